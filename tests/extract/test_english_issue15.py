"""Issue 15 (English): closing quotation marks typed as two single marks, colon datelines.

- “We will win,’’ she said / “We will win,'' she said: copy typed on a layout without the
  curly closer doubles the single one; the pair closes the quotation “ opened.
- "WASHINGTON: …", "KESSEL, May 3: …": a place in capitals (or with a day) before a colon
  opening a paragraph is where the copy was filed from, never who speaks, and its day is
  the day of filing.
Every person, place and body here is invented; the whole English pipeline runs.
"""

from __future__ import annotations

from datetime import date

import pytest

from dixit.core import analyze
from dixit.extract.quotes import find_quotes
from dixit.model import Article, Statement

HEADLINE = "Kessel harbour tax faces a vote"


def statements_of(text: str) -> list[Statement]:
    return analyze(Article(text=f"{HEADLINE}\n\n{text}", published=date(2025, 3, 7), language="en"))


@pytest.mark.parametrize("closer", ["’’", "''"])
def test_two_single_marks_close_a_double_quotation(closer: str) -> None:
    text = f"“We will keep the harbour open,{closer} Orla Venn said."
    [quote] = find_quotes(text, "en")
    assert text[quote.inner_start : quote.inner_end] == "We will keep the harbour open,"
    assert text[quote.start : quote.end] == f"“We will keep the harbour open,{closer}"


@pytest.mark.parametrize("closer", ["’’", "''"])
def test_a_quotation_closed_by_two_single_marks_is_attributed(closer: str) -> None:
    [statement] = statements_of(f"“We will keep the harbour open,{closer} Orla Venn said.")
    assert statement.kind == "direct"
    assert statement.content == "We will keep the harbour open"
    assert statement.speaker is not None and statement.speaker.name == "Orla Venn"


def test_a_possessive_after_a_closing_mark_is_no_second_closer() -> None:
    # negative: a single ’ of a possessive inside the quotation closes nothing
    text = "“The harbourmasters’ pay will rise,” Orla Venn said."
    [quote] = find_quotes(text, "en")
    assert text[quote.inner_start : quote.inner_end] == "The harbourmasters’ pay will rise,"


def test_two_single_marks_with_no_quotation_open_close_nothing() -> None:
    # negative: the same marks with no “ open are no quotation
    assert find_quotes("The harbour’’ tax was approved.", "en") == []


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("VARNO, March 3: The Harbour Trust said", "Harbour Trust"),
        ("VARNO: Councillor Orla Venn said", "Orla Venn"),
        ("VARNO, March 3 - The Harbour Trust said", "Harbour Trust"),
    ],
)
def test_a_colon_dateline_is_the_place_and_day_of_filing(opening: str, speaker: str) -> None:
    [statement] = statements_of(f"{opening} the tax would rise.")
    assert statement.content == "the tax would rise"
    assert statement.speaker is not None and statement.speaker.name == speaker
    assert statement.speaker_mention is not None
    assert "VARNO" not in statement.speaker_mention and "3" not in statement.speaker_mention
    assert statement.statement_date is None  # the day of filing dates nothing


def test_the_same_day_in_narration_dates_the_statement() -> None:
    # negative: "On March 3" is no dateline, the day is when the Trust spoke
    [statement] = statements_of("On March 3 the Harbour Trust said the tax would rise.")
    assert statement.speaker is not None and statement.speaker.name == "Harbour Trust"
    assert statement.statement_date == date(2025, 3, 3)


def test_a_colon_after_a_place_inside_a_sentence_is_no_dateline() -> None:
    # negative: the same capitals and colon inside narration open no dateline; the quoted
    # words after them stay the statement's
    [statement] = statements_of("Orla Venn said one thing to VARNO: “the tax will rise”.")
    assert "the tax will rise" in statement.content


@pytest.mark.parametrize("verb", ["added", "warned"])
def test_a_second_reporting_verb_joined_by_and_is_the_first_speakers(verb: str) -> None:
    # the parser joins the second verb to the reported clause's "close"
    first, second = statements_of(
        f"Petra Lund said the port would close and {verb} that the staff would be paid."
    )
    assert first.content == "the port would close"
    assert second.content == "the staff would be paid"
    assert second.speaker is not None and second.speaker.name == "Petra Lund"
    assert second.speaker_mention == "Petra Lund"


def test_a_clause_joined_by_and_stays_in_the_report() -> None:
    # negative: the same words with no second verb: one statement, both clauses reported
    [statement] = statements_of("Petra Lund said the port would close and the staff would be paid.")
    assert statement.content == "the port would close and the staff would be paid"


def test_the_writers_clause_after_an_incise_is_no_second_report() -> None:
    # '"…," X said of the suspects, one of them …': the incise reports the quotation only
    [statement] = statements_of(
        "“We have a clear description of the two men,” Tom Holt said of the suspects, "
        "one of them said to have left a bag in a shop."
    )
    assert statement.kind == "direct"
    assert statement.content == "We have a clear description of the two men"


def test_a_clause_after_a_comma_with_no_quotation_is_reported() -> None:
    # negative: the same words with no quotation before the verb: the clause is what he said
    text = "Tom Holt said of the suspects, one of them had left a bag in a shop."
    [statement] = statements_of(text)
    assert statement.content == "one of them had left a bag in a shop"


def test_a_content_noun_before_that_opens_what_was_said() -> None:
    # the parser makes "forecast" the object of "said" and hangs "that …" on the verb
    [statement] = statements_of(
        "Petra Lund said the earlier forecast that the tax would rise no longer held."
    )
    assert statement.content == "the earlier forecast that the tax would rise no longer held"


def test_the_one_addressed_before_that_is_no_part_of_what_was_said() -> None:
    # negative: the same layout with the one addressed as the object
    [statement] = statements_of("Petra Lund told reporters that the tax would rise.")
    assert statement.content == "the tax would rise"


@pytest.mark.parametrize(
    ("headline", "mention"),
    [
        ("Kessel to raise harbour tax in May -minister", "minister"),
        ("Kessel to raise harbour tax in May - sources", "sources"),
        ("Kessel to raise harbour tax in May – Varno council", "Varno council"),
    ],
)
def test_a_wire_headline_names_its_source_after_a_dash(headline: str, mention: str) -> None:
    text = f"{headline}\n\nThe minister, Petra Lund, said the tax would rise."
    found = analyze(Article(text=text, published=date(2025, 3, 7), language="en"))
    [statement] = [s for s in found if s.content_span[0] == 0]
    assert statement.content == "Kessel to raise harbour tax in May"
    assert statement.speaker_mention == mention


@pytest.mark.parametrize(
    "headline", ["Kessel harbour tax - a guide", "Kessel to raise harbour tax - explainer"]
)
def test_a_headline_dash_before_no_source_reports_nothing(headline: str) -> None:
    # negative: the same layout with no source after the dash, or no clause before it
    text = f"{headline}\n\nThe minister, Petra Lund, said the tax would rise."
    found = analyze(Article(text=text, published=date(2025, 3, 7), language="en"))
    assert [s for s in found if s.content_span[0] == 0] == []
