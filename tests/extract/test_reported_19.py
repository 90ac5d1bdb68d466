"""Reported speech on real French copy (session 19, indirect and mixed statements):
constructions found missed on fresh pages, written here as invented sentences.

Each construction has a positive case and a negative one: the same words in narration that
reports nothing, or a neighbouring construction that must keep its old reading.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article


def extract(nlp, text: str):
    return statements_from_doc(nlp(text), Article(text=text, language="fr"))


def contents(statements) -> list[str]:
    return [s.content for s in statements]


# -- "demande à Y de …": the request after the one addressed ---------------------------------


def test_asking_someone_to_act_reports_the_request(nlp) -> None:
    text = (
        "La maire de Vernelle, Claire Dumont, demande même au nouveau préfet de l'inviter "
        "à la réunion."
    )
    (statement,) = extract(nlp, text)
    assert statement.content == "de l'inviter à la réunion"
    assert statement.speaker_mention == "La maire de Vernelle, Claire Dumont"


def test_asking_colleagues_to_vote_reports_the_request(nlp) -> None:
    text = "Paul Ravel a demandé à ses collègues de voter contre le budget de Vernelle."
    (statement,) = extract(nlp, text)
    assert statement.content == "de voter contre le budget de Vernelle"


def test_asking_for_a_right_keeps_the_whole_object(nlp) -> None:
    text = "Le syndicat des pêcheurs a demandé le droit de manifester devant la mairie de Vernelle."
    (statement,) = extract(nlp, text)
    assert statement.content.startswith("le droit de manifester")


# -- "protestent contre …": the protest's object -------------------------------------------------


def test_protesting_against_a_measure_reports_it(nlp) -> None:
    text = "Les pêcheurs de Vernelle protestent contre les quotas fixés par la préfecture."
    (statement,) = extract(nlp, text)
    assert statement.content == "contre les quotas fixés par la préfecture"


def test_protesting_after_an_adjunct_reports_it(nlp) -> None:
    text = (
        "Les pêcheurs de Vernelle protestent en premier lieu contre les quotas et les zones "
        "interdites fixés par la préfecture."
    )
    (statement,) = extract(nlp, text)
    assert statement.content.startswith("contre les quotas et les zones interdites")


def test_gathering_to_protest_is_no_statement(nlp) -> None:
    text = "Les pêcheurs de Vernelle se sont rassemblés samedi pour protester contre les quotas."
    assert extract(nlp, text) == []
