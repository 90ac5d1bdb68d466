"""English statement dates: datelines, attributive dates and occasions of speaking.

Every text is written for these tests (invented people and places); statements are built by
hand with ``tests/resolve/test_dates.py``'s helpers, so the date rules are checked alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from test_dates import Said as StatementToBuild
from test_dates import build as build_article

from dixit.model import Article, Statement

HEADLINE = "Harbour reopens after the storm"


@dataclass
class Said(StatementToBuild):
    """A statement to build (``test_dates.Said``), found by a que-like rule by default."""

    method: str = "que"


def build(
    paragraphs: list[str], said: list[Said], published: date, headline: bool = True
) -> tuple[Article, list[Statement]]:
    """An English article of ``paragraphs`` (after a headline without a statement)."""
    return build_article(paragraphs, said, published, "en", headline, intro=[HEADLINE])


#: a lead without a statement or a day: what follows is dated by its own words only
LEAD = "Storm damage closed the coast road into Brandmoor for a third day."


@pytest.mark.parametrize(
    ("sentence", "content", "expected"),
    [
        # a dateline writes the month without a full stop
        ("On Aug 12 the mayor said the bridge would reopen.", "the bridge would reopen", 12),
        ("On Aug. 12 the mayor said the bridge would reopen.", "the bridge would reopen", 12),
        # the same date inside what was said is a mentioned time, not the day of saying
        (
            "The mayor said the bridge would reopen on Aug 30.",
            "the bridge would reopen on Aug 30",
            0,
        ),
    ],
)
def test_month_abbreviation_without_full_stop(sentence: str, content: str, expected: int) -> None:
    _, [statement] = build([LEAD, sentence], [Said(content, "said")], date(2025, 8, 20))
    assert statement.statement_date == (date(2025, 8, expected) if expected else None)


def test_date_qualifying_the_content_subject_is_no_day_of_saying() -> None:
    text = "The Jan. 30 decision was taken in good time, the director told a briefing."
    _, [statement] = build(
        [LEAD, text],
        [Said("The Jan. 30 decision was taken in good time", "told", "the director")],
        date(2025, 5, 2),
    )
    assert statement.statement_date is None
    assert [m["value"] for m in statement.mentioned_times] == ["2025-01-30"]


def test_date_opening_reported_content_is_the_day_of_saying() -> None:
    text = "The director said Jan. 30 that the decision had been taken in good time."
    _, [statement] = build(
        [LEAD, text],
        [Said("Jan. 30 that the decision had been taken in good time", "said", "The director")],
        date(2025, 5, 2),
    )
    assert statement.statement_date == date(2025, 1, 30)


PRESS_LEAD = (
    "Harbour master Ines Calloway said on Friday at a press briefing that the port would stay "
    "shut until the storm passed."
)
PLAIN_LEAD = (
    "Harbour master Ines Calloway said on Friday that the port would stay shut until the "
    "storm passed."
)
LATER = "Calloway said that two ferries had been moved to Kessel Bay."


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (PRESS_LEAD, date(2025, 3, 7)),
        # a bare "said on Friday" names no occasion: the same person may be quoted from
        # several days, and a later paragraph stays undated
        (PLAIN_LEAD, None),
    ],
)
def test_lead_speaking_occasion_dates_the_same_speaker_later(
    lead: str, expected: date | None
) -> None:
    background = "The storm had closed three harbours along the coast since the weekend."
    _, statements = build(
        [lead, background, LATER],
        [
            Said(
                "the port would stay shut until the storm passed",
                "said",
                "Harbour master Ines Calloway",
                "Ines Calloway",
            ),
            Said("two ferries had been moved to Kessel Bay", "said", "Calloway", "Ines Calloway"),
        ],
        date(2025, 3, 8),
        headline=False,
    )
    assert statements[0].statement_date == date(2025, 3, 7)
    assert statements[1].statement_date == expected


MEETING_LEAD = (
    "Tempers flared at a Kessel harbour board meeting Monday when fishermen demanded that "
    "the board resign."
)
NO_GATHERING_LEAD = "Fishermen in Kessel demanded on Monday that the board resign."
QUOTED = '"We were never consulted," said Orla Venn, whose boat was impounded.'
ANOTHER_DAY = "On Saturday, two trawlers had been towed out of the port."


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        ([MEETING_LEAD, QUOTED], date(2026, 2, 9)),
        # no gathering in the lead: another speaker quoted later may have spoken any day
        ([NO_GATHERING_LEAD, QUOTED], None),
        # the story told another day since the lead: the gathering's time is over
        ([MEETING_LEAD, ANOTHER_DAY.replace("had been", "were"), QUOTED], None),
    ],
)
def test_everyone_quoted_at_the_dated_gathering_spoke_that_day(
    paragraphs: list[str], expected: date | None
) -> None:
    _, statements = build(
        paragraphs,
        [
            Said("that the board resign", "demanded", "fishermen"),
            Said("We were never consulted,", "said", "Orla Venn", "Orla Venn"),
        ],
        date(2026, 2, 10),
    )
    assert statements[0].statement_date == date(2026, 2, 9)
    assert statements[1].statement_date == expected


@pytest.mark.parametrize(
    "heading",
    [
        # a photo caption with its own full date: the picture's day, not the news's
        "Ines Calloway at a news conference in Kessel, on Feb. 28, 2025",
        # the page's date stamp: the day of publishing
        "Friday 2 May 2025",
    ],
)
def test_heading_with_a_full_date_gives_the_lead_no_other_day(heading: str) -> None:
    _, [statement] = build(
        [
            heading,
            "Harbour master Ines Calloway defended the port's record on Friday at a press "
            "briefing.",
            "Calloway said the warning had come in time.",
        ],
        [Said("the warning had come in time", "said", "Calloway", "Ines Calloway")],
        date(2025, 5, 2),
    )
    assert statement.statement_date == date(2025, 5, 2)


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The man appeared before Kessel District Court today for a bail hearing.", 14),
        # the day of a move, not of a gathering where people speak
        ("The man was moved to a cell in Kessel today by two guards.", 0),
    ],
)
def test_gathering_dated_in_the_second_sentence_of_the_body(second: str, expected: int) -> None:
    _, [statement] = build(
        [
            "A judge criticised the transfer of a prisoner from Dunmore to Kessel.",
            second,
            "A guard told Judge Orla Venn that the cells in Dunmore were full.",
        ],
        [Said("that the cells in Dunmore were full", "told", "A guard")],
        date(2025, 8, 14),
    )
    assert statement.statement_date == (date(2025, 8, expected) if expected else None)


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("said", date(2025, 6, 2)),
        # the present: a position the mayor holds, which the lead's news does not date
        ("says", None),
    ],
)
def test_present_reporting_verb_takes_no_day_from_the_news(cue: str, expected: date | None) -> None:
    _, statements = build(
        [
            "The harbour master told reporters on Monday the pool would close.",
            f"The mayor, Orla Venn, {cue} the pool cannot be saved.",
        ],
        [Said("the pool cannot be saved", cue, "The mayor, Orla Venn", "Orla Venn")],
        date(2025, 6, 3),
    )
    assert statements[0].statement_date == expected


@pytest.mark.parametrize(
    ("cue", "lemma", "expected"),
    [
        ("said", "say", date(2025, 6, 2)),
        # the bare verb after a plural subject is the present: a position held
        ("say", "say", None),
    ],
)
def test_plural_present_takes_no_day_from_the_news(
    cue: str, lemma: str, expected: date | None
) -> None:
    _, statements = build(
        [
            "The harbour master told reporters on Monday the pool would close.",
            f"Swimmers {cue} the pool cannot be saved.",
        ],
        [Said("the pool cannot be saved", cue, "Swimmers", cue_lemma=lemma)],
        date(2025, 6, 3),
    )
    assert statements[0].statement_date == expected


SENTENCED = "A Kessel skipper was sentenced today to two years in prison for smuggling eels."


@pytest.mark.parametrize(
    ("later", "content", "expected"),
    [
        (
            "The judge, Orla Venn, said the skipper had shown no remorse.",
            "the skipper had shown no remorse",
            date(2025, 9, 4),
        ),
        # a relative clause tells background about someone, not words said at the hearing
        (
            "He had paid two dockers who said they had seen nothing.",
            "they had seen nothing",
            None,
        ),
    ],
)
def test_sentencing_is_a_gathering(later: str, content: str, expected: date | None) -> None:
    _, [statement] = build(
        [SENTENCED, "The eels were found in crates of ice.", later],
        [Said(content, "said")],
        date(2025, 9, 4),
    )
    assert statement.statement_date == expected
