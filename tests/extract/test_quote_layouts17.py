"""Quote marks and incises as real copy lays them out (session 17): dashes and brackets
around an incise inside the marks, mixed and swapped marks. Each construction comes with
the narration or near-miss that must keep its old reading.

Every sentence is invented for the test (people and places included).
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.extract.quotes import find_quotes
from dixit.model import Article, Statement


def extract(nlp, text: str) -> list[Statement]:
    return statements_from_doc(nlp(text), Article(text=text))


def direct(nlp, text: str) -> list[tuple[str, str | None]]:
    return [
        (s.content, s.speaker.name if s.speaker else None)
        for s in extract(nlp, text)
        if s.kind == "direct"
    ]


def inner(text: str) -> list[str]:
    return [text[q.inner_start : q.inner_end] for q in find_quotes(text)]


LEAD = "Le club de Vernay a perdu samedi à domicile. "


# -- an incise set off by dashes or brackets inside the marks --


def test_an_incise_between_dashes_inside_the_marks_names_the_speaker(nlp) -> None:
    text = LEAD + "« Nous tiendrons – assurait le capitaine Marc Oudin – jusqu'au bout. »"
    assert direct(nlp, text) == [
        ("Nous tiendrons", "Marc Oudin"),
        ("jusqu'au bout.", "Marc Oudin"),
    ]


def test_an_incise_between_long_dashes_inside_the_marks_names_the_speaker(nlp) -> None:
    text = LEAD + "« Nous ne céderons rien — a prévenu Lise Amalric — et nous reviendrons. »"
    assert direct(nlp, text) == [
        ("Nous ne céderons rien", "Lise Amalric"),
        ("et nous reviendrons.", "Lise Amalric"),
    ]


def test_an_incise_in_brackets_inside_the_marks_names_the_speaker(nlp) -> None:
    text = LEAD + "« Nous tiendrons (assurait le capitaine Marc Oudin) jusqu'au bout. »"
    assert direct(nlp, text) == [
        ("Nous tiendrons", "Marc Oudin"),
        ("jusqu'au bout.", "Marc Oudin"),
    ]


def test_an_aside_between_dashes_with_no_reporting_verb_stays_in_the_words(nlp) -> None:
    text = LEAD + "« Nous tiendrons – coûte que coûte – jusqu'au bout », a déclaré Marc Oudin."
    assert direct(nlp, text) == [
        ("Nous tiendrons – coûte que coûte – jusqu'au bout", "Marc Oudin"),
    ]


def test_a_dash_in_narration_sets_off_no_incise(nlp) -> None:
    text = LEAD + "Le stade de Vernay – rénové l'an dernier – accueillera la finale en mai."
    assert extract(nlp, text) == []


# -- mixed and swapped marks --


def test_a_straight_quote_closes_a_guillemet_left_open(nlp) -> None:
    text = LEAD + "« Nous tiendrons jusqu'au bout \", a déclaré le capitaine Marc Oudin."
    assert direct(nlp, text) == [("Nous tiendrons jusqu'au bout", "Marc Oudin")]


def test_a_guillemet_closes_an_english_quote_left_open(nlp) -> None:
    text = LEAD + "“Nous tiendrons jusqu'au bout », a déclaré le capitaine Marc Oudin."
    assert direct(nlp, text) == [("Nous tiendrons jusqu'au bout", "Marc Oudin")]


def test_spaced_straight_quotes_inside_guillemets_stay_nested() -> None:
    text = '« Il parle de " traîtres " à tout bout de champ », a déclaré Marc Oudin.'
    assert inner(text) == ['Il parle de " traîtres " à tout bout de champ']


def test_a_title_in_mixed_marks_in_narration_is_no_statement(nlp) -> None:
    text = LEAD + "Le cinéma de Vernay projette « Les Ombres du port \" jusqu'à dimanche."
    assert extract(nlp, text) == []


def test_swapped_guillemets_still_quote(nlp) -> None:
    text = LEAD + "» Nous tiendrons jusqu'au bout «, a déclaré le capitaine Marc Oudin."
    assert direct(nlp, text) == [("Nous tiendrons jusqu'au bout", "Marc Oudin")]


def test_swapped_guillemets_around_a_title_in_narration_quote_nothing() -> None:
    assert inner("Il pleut sur Vernay. » Les Ombres « sort mercredi en salle.") == []
