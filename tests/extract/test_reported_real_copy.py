"""Reported speech as real copy writes it (third pass), on sentences written for the test.

Each construction has a positive case and a negative one: the same words in narration
that reports nothing.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article, ExtractionRule


def extract(nlp, text: str):
    return statements_from_doc(nlp(text), Article(text=text))


def test_a_compound_word_does_not_end_a_reported_clause(nlp) -> None:
    # The tokenizer splits an unknown compound at its hyphen; no sentence ends there.
    text = (
        "Le sénateur Paul Dumas avait estimé qu'un accord-cadre entre Vernac et la région "
        "n'était pas possible avant l'été."
    )
    [s] = extract(nlp, text)
    assert (s.method, s.content) == (
        ExtractionRule.QUE,
        "un accord-cadre entre Vernac et la région n'était pas possible avant l'été",
    )


def test_a_compound_word_in_narration_reports_nothing(nlp) -> None:
    text = "Le sénateur Paul Dumas avait signé un accord-cadre entre Vernac et la région."
    assert extract(nlp, text) == []
