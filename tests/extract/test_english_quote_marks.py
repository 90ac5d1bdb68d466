"""English quotation marks typed two ways in one quotation.

Copy pasted from another editor opens a quotation with a straight mark and closes it with
a curly one (said: "… .”): the curly mark closes it, so the quotation is the speaker's,
not a belief ("I think …") read inside it. Every person and place here is invented.
"""

from __future__ import annotations

from datetime import date

from dixit.core import analyze
from dixit.extract.quotes import find_quotes
from dixit.model import Article, Statement


def statements_of(text: str) -> list[Statement]:
    return analyze(Article(text=text, published=date(2025, 3, 3), language="en"))


def test_a_straight_opener_closes_on_a_curly_closer() -> None:
    text = 'The mayor said: "I think this belongs to the commentators.” He left.'
    [quote] = find_quotes(text, "en")
    assert text[quote.start + 1 : quote.end - 1] == "I think this belongs to the commentators."


def test_a_curly_closer_after_a_straight_opener_makes_a_direct_statement(en_ready: None) -> None:
    text = (
        "Vellport mayor rejects talk of defections\n\n"
        "Asked how the defections made him feel, the mayor said: "
        '"I think this really belongs to the commentators, whom I leave to it.”\n'
        'He added: "I think it is my job to talk about the harbour.”'
    )
    found = [(s.kind, s.speaker_mention, s.content) for s in statements_of(text)]
    assert (
        "direct",
        "the mayor",
        "I think this really belongs to the commentators, whom I leave to it.",
    ) in found
    assert all(mention != "I" for _, mention, _ in found)


def test_an_apostrophe_after_a_straight_opener_closes_nothing() -> None:
    text = 'The mayor said: "The harbour’s cranes are old and the council’s plan is late."'
    [quote] = find_quotes(text, "en")
    assert text[quote.start + 1 : quote.end - 1].endswith("plan is late.")
