"""Reported speech on unseen copy (eleventh pass, issue 11), on sentences written for the test.

Each construction has a positive case and a negative one: the same words in narration that
reports nothing, or a neighbouring construction that must keep its old reading. The texts
are invented, laid out as wire copy and regional pages write them.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article


def extract(nlp, text: str):
    return statements_from_doc(nlp(text), Article(text=text, language="fr"))


def speakers(statements) -> list[str | None]:
    return [s.speaker.name if s.speaker else None for s in statements]


# -- a country named like a demonym is no person's description -------------------------------


def test_a_country_ending_like_a_demonym_speaks_as_a_place(nlp) -> None:
    text = "L'Ukraine a affirmé jeudi que les frappes sur Kherbalt avaient repris dans la nuit."
    (statement,) = extract(nlp, text)
    assert statement.content == "les frappes sur Kherbalt avaient repris dans la nuit"
    assert speakers([statement]) == ["Ukraine"]


def test_a_demonym_of_the_same_country_stays_a_person(nlp) -> None:
    text = (
        "L'Ukrainienne a affirmé jeudi que les frappes sur Kherbalt avaient repris dans la nuit."
    )
    (statement,) = extract(nlp, text)
    assert speakers([statement]) != ["Ukraine"]
