"""Reported speech on real French copy (session 21, second round), written here as invented
sentences: a source named as the agent of the participle on a document ("selon les chiffres
communiqués par la fédération …").

Each construction has a positive case and a negative one.
"""

from __future__ import annotations

from extracted import extract

# -- "d'après les chiffres communiqués par la fédération …": the agent is the source --------


def test_definite_agent_of_the_figures_is_the_source(nlp) -> None:
    text = (
        "La fréquentation des piscines a reculé de 12 % cet été à Vernelle, d'après les "
        "chiffres communiqués par la fédération des maîtres-nageurs."
    )
    (statement,) = extract(nlp, text)
    assert statement.speaker is not None
    assert statement.speaker.name.casefold() == "fédération des maîtres-nageurs"


def test_definite_agent_of_the_information_is_the_source(nlp) -> None:
    text = (
        "Selon les informations publiées par le ministère de la santé, trois cliniques de "
        "Vernelle fermeront leurs urgences la nuit."
    )
    (statement,) = extract(nlp, text)
    assert statement.speaker is not None
    assert statement.speaker.name.casefold() == "ministère de la santé"


def test_indefinite_agent_names_nobody(nlp) -> None:
    text = (
        "La fréquentation des piscines a reculé de 12 % cet été à Vernelle, d'après les "
        "chiffres communiqués par une association de maîtres-nageurs."
    )
    (statement,) = extract(nlp, text)
    assert statement.speaker is None
