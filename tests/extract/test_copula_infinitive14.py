"""A cue followed by the copula in the infinitive (session 14): "Le groupe a annoncé lundi
être victime d'une cyberattaque", "Le club a annoncé être en négociation". The copula
stands for the infinitive its attribute leans on, as "avoir" does in "assure n'avoir rien
vu".

The sentences are invented; the layout is that of business wire copy.
"""

from __future__ import annotations

import pytest

from dixit.core import statements_from_doc
from dixit.model import Article, ExtractionRule


def infinitives(nlp, text: str):
    found = statements_from_doc(nlp(text), Article(text=text))
    return [s for s in found if s.method == ExtractionRule.INFINITIVE]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "Le groupe Varnel a annoncé lundi être victime d'une cyberattaque.",
            "être victime d'une cyberattaque",
            id="after-a-day-word",
        ),
        pytest.param(
            "Le club a annoncé être en négociation avec deux acheteurs.",
            "être en négociation avec deux acheteurs",
            id="right-after-the-cue",
        ),
    ],
)
def test_a_copula_in_the_infinitive_after_a_cue_is_reported(nlp, text: str, content: str) -> None:
    [statement] = infinitives(nlp, text)
    assert statement.content == content


def test_a_copula_after_a_verb_of_seeming_reports_nothing(nlp) -> None:
    assert infinitives(nlp, "Le stade a semblé être plein dès le coup d'envoi.") == []
