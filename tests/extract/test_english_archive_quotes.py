"""Archive copy types a double quotation mark as two apostrophes: ''We will win,'' he said.

English lists the apostrophe as a doubled mark (``doubled_marks`` in
``lang/en/quotes.yaml``): two in a row open a quotation where a word starts and close the
one open; a single apostrophe stays an apostrophe or a British single quote. Sentences
written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from dixit.core import analyze
from dixit.extract.quotes import find_quotes
from dixit.model import Article


def inner(text: str) -> list[str]:
    return [text[q.inner_start : q.inner_end] for q in find_quotes(text, "en")]


def test_two_apostrophes_are_one_double_quotation_mark() -> None:
    text = "''We will win the harbour vote,'' Senator Orla Venn said."
    assert inner(text) == ["We will win the harbour vote,"]


def test_a_doubled_quotation_holds_a_single_quoted_one() -> None:
    text = "''They told us 'wait' for a year,'' the docker said."
    assert inner(text) == ["They told us 'wait' for a year,"]


@pytest.mark.parametrize(
    "text",
    [
        "The dockers' union backs the harbour tax.",
        "The ferry ' ' timetable was printed twice.",
        "The dockers'' union backs the tax.",
    ],
)
def test_apostrophes_that_open_no_word_quote_nothing(text: str) -> None:
    assert inner(text) == []


def test_a_language_without_doubled_marks_reads_none() -> None:
    assert find_quotes("''Nous gagnerons,'' a dit la maire.", "fr") == []


def test_an_archive_quotation_is_a_direct_statement(en_ready: None) -> None:
    text = (
        "Kessel harbour tax faces a vote\n\n"
        "''The tax is dead,'' said Senator Orla Venn. ''We have the votes.''"
    )
    statements = analyze(Article(text=text, published=date(2025, 3, 3), language="en"))
    assert [(s.kind, s.content) for s in statements] == [
        ("direct", "The tax is dead"),
        ("direct", "We have the votes."),
    ]
    assert all(s.speaker is not None and s.speaker.name == "Orla Venn" for s in statements)
