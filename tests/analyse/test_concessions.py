"""A concession before a noun of a position held ("malgré ses promesses", "malgré les
dénégations répétées du principal intéressé"): the holder had said the contrary of what the
clause tells. Invented sentences; each with cases that must report nothing (another holder,
a noun that holds no position, a matter that is not an announcement, a position repeated)."""

from __future__ import annotations

import pytest

from dixit.analyse.reported import reported_reversals
from dixit.core import parse, statements_from_doc
from dixit.model import Article

pytestmark = pytest.mark.slow


def run(nlp, text: str) -> list[dict]:
    article = Article(text=text, id="t", language="fr")
    doc = parse(nlp, text)
    statements = statements_from_doc(doc, article)
    return [r.to_dict() for r in reported_reversals(article, statements, doc=doc)]


ANNOUNCEMENT = (
    "« J'ai décidé de ne pas me représenter à la tête de la région », a déclaré Hélène "
    "Vasseur dans un communiqué. « Je remercie les élus qui m'ont soutenue », a-t-elle "
    "ajouté.\n\n"
)


def test_an_announcement_made_despite_ones_denials_is_a_reversal(nlp) -> None:
    text = ANNOUNCEMENT + (
        "Cette annonce, attendue malgré les dénégations répétées de la principale "
        "intéressée, bouscule la campagne régionale."
    )
    [reversal] = run(nlp, text)
    assert reversal["speaker"]["name"] == "Hélène Vasseur"
    assert "dénégations répétées" in reversal["before"]["content"]
    # "Cette annonce" is the announcement, the first of her statements, not the thanks.
    assert "ne pas me représenter" in reversal["after"]["content"]
    # The denials held the other side of what is announced.
    assert (reversal["before"]["stance"], reversal["after"]["stance"]) == ("supports", "opposes")


def test_a_deed_despite_ones_own_promises_is_a_reversal(nlp) -> None:
    text = (
        "Le maire de Vernoux, Paul Darnac, a fermé l'école du hameau malgré ses promesses "
        "répétées aux parents."
    )
    [reversal] = run(nlp, text)
    assert reversal["speaker"]["name"] == "Paul Darnac"
    assert "promesses" in reversal["before"]["content"]
    assert "a fermé l'école" in reversal["after"]["content"]


def test_a_deed_despite_someone_elses_denials_is_none(nlp) -> None:
    text = (
        "Le préfet des Landes, Marc Ollier, a fermé la route du col malgré les dénégations "
        "du maire de Vernoux, Paul Darnac."
    )
    assert run(nlp, text) == []


def test_a_deed_despite_criticism_is_none(nlp) -> None:
    # "critiques" holds no position of the maire's own.
    text = (
        "Le maire de Vernoux, Paul Darnac, a fermé l'école du hameau malgré les critiques "
        "répétées des parents."
    )
    assert run(nlp, text) == []


def test_an_inquiry_opened_despite_denials_is_no_announcement(nlp) -> None:
    text = ANNOUNCEMENT + (
        "Cette enquête, ouverte malgré les dénégations répétées de la principale "
        "intéressée, bouscule la campagne régionale."
    )
    assert run(nlp, text) == []


def test_a_denied_volte_face_despite_promises_is_none(nlp) -> None:
    # A promise kept: the concession says the clause goes against it, and nothing here
    # does; no concession noun, no cue (the volte-face is denied).
    text = (
        "Le maire de Vernoux, Paul Darnac, a rouvert l'école du hameau, comme il l'avait "
        "promis aux parents. Il dément toute volte-face."
    )
    assert run(nlp, text) == []
