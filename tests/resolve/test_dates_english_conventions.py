"""How English copy dates its statements: the conventions of ``lang/en/time.yaml``.

A wire dateline's day, the publication day, a timeless headline, a narrated event's day in the
lead and a week or a month date no statement; the same words in French copy keep the French
reading. Every text is written for these tests (invented people and places); statements are
built by hand with ``tests/resolve/test_dates.py``'s helpers, so the date rules are checked
alone.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from test_dates import Said
from test_dates import build as build_article

from dixit.extract.datelines import dateline_spans
from dixit.model import Article, Statement
from dixit.resolve.dates import assign_dates

HEADLINE = "Kessel harbour stays shut"


def build(
    paragraphs: list[str], said: list[Said], published: date, language: str = "en"
) -> tuple[Article, list[Statement]]:
    """An article of ``paragraphs`` as written (the first one without a full stop is the
    headline)."""
    return build_article(paragraphs, said, published, language, headline=False)


# --------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("paragraph", "dateline"),
    [
        ("KESSEL, Aug 12 (Wirepress) - The harbour master said …", "KESSEL, Aug 12 (Wirepress) - "),
        ("DUNMORE, Vestland, May 3 – Police say …", "DUNMORE, Vestland, May 3 – "),
        ("PORT ELLIS (Wirepress) — The mayor said …", "PORT ELLIS (Wirepress) — "),
        ("Brandmoor, Aug. 19 (Wire) - Fishermen said …", "Brandmoor, Aug. 19 (Wire) - "),
    ],
)
def test_dateline_is_read_at_the_opening_of_a_paragraph(paragraph: str, dateline: str) -> None:
    spans = dateline_spans(paragraph, [(0, len(paragraph))], ["–", "—", "--", "-"])
    assert [paragraph[a:b] for a, b in spans] == [dateline]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a name before a dash, with no day and no agency, is no dateline
        "Orla Venn - the harbour master - said the port would reopen.",
        "The mayor said - again - that the port would reopen.",
    ],
)
def test_capitalised_words_before_a_dash_are_no_dateline(paragraph: str) -> None:
    assert dateline_spans(paragraph, [(0, len(paragraph))], ["–", "—", "--", "-"]) == []


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # the dateline's day is the day of filing: no statement's
        ("KESSEL, Aug 12 (Wirepress) - The harbour master said", None),
        # the same day written in the sentence dates the saying
        ("KESSEL (Wirepress) - On Aug 12 the harbour master said", date(2025, 8, 12)),
    ],
)
def test_dateline_day_dates_no_statement(opening: str, expected: date | None) -> None:
    text = f"{opening} the coast road would reopen."
    _, [statement] = build(
        [HEADLINE, text], [Said("the coast road would reopen", "said")], date(2025, 8, 12)
    )
    assert statement.statement_date == expected


def test_french_copy_reads_no_dateline() -> None:
    text = "KESSEL, 12 août (Wirepress) - Le 12 août, la capitaine a déclaré que la route rouvre."
    spans = dateline_spans(text, [(0, len(text))], [])
    assert spans == []


# --------------------------------------------------------------------------- headlines


@pytest.mark.parametrize(
    ("headline", "content", "expected"),
    [
        # a headline gives the news without its day, even when the lead dates it
        ("Kessel port will reopen, harbour master says", "Kessel port will reopen", None),
        # its own day word dates it
        (
            "Kessel port will reopen, harbour master said on Tuesday",
            "Kessel port will reopen",
            date(2025, 8, 12),
        ),
    ],
)
def test_english_headline_takes_a_day_only_from_its_own_words(
    headline: str, content: str, expected: date | None
) -> None:
    lead = "Harbour master Ines Calloway said on Tuesday that the port would reopen in a week."
    _, statements = build(
        [headline, lead],
        [
            Said(content, "says" if "says" in headline else "said", "harbour master"),
            Said("the port would reopen in a week", "said", "Harbour master Ines Calloway"),
        ],
        date(2025, 8, 13),
    )
    assert statements[0].statement_date == expected
    assert statements[1].statement_date == date(2025, 8, 12)


def test_french_headline_keeps_the_lead_day() -> None:
    _, statements = build(
        [
            "Le port de Kessel rouvrira, selon la capitaine",
            "La capitaine Ines Calloway a déclaré mardi que le port rouvrirait dans une semaine.",
        ],
        [
            Said("Le port de Kessel rouvrira", "selon", "la capitaine"),
            Said("le port rouvrirait dans une semaine", "a déclaré", "La capitaine"),
        ],
        date(2025, 8, 13),
        language="fr",
    )
    assert statements[1].statement_date == date(2025, 8, 12)


# --------------------------------------------------------------------------- the lead


def test_publication_day_dates_no_english_lead() -> None:
    _, [statement] = build(
        [HEADLINE, "Skipper Orla Venn told a Kessel court that the charges were false."],
        [Said("the charges were false", "told", "Skipper Orla Venn", "Orla Venn")],
        date(2025, 8, 13),
    )
    assert statement.statement_date is None


def test_undated_english_lead_takes_its_speakers_later_dated_occasion() -> None:
    _, statements = build(
        [
            HEADLINE,
            "Skipper Orla Venn told a Kessel court that the charges were false.",
            "The trial opened last spring.",
            "Venn said on Tuesday at the hearing that she had never seen the crates.",
        ],
        [
            Said("the charges were false", "told", "Skipper Orla Venn", "Orla Venn"),
            Said("she had never seen the crates", "said", "Venn", "Orla Venn"),
        ],
        date(2025, 8, 13),
    )
    assert [s.statement_date for s in statements] == [date(2025, 8, 12), date(2025, 8, 12)]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # the lead's day is a narrated event's: another sentence's saying is not dated by it
        ("Fish prices surge at the Kessel market on Monday", None),
        # the lead's day is an occasion of speaking's: the lead's sayings were made there
        ("Fish prices dominate a Kessel press briefing on Monday", date(2025, 8, 11)),
    ],
)
def test_english_lead_day_reaches_another_sentence_only_from_an_occasion(
    headline: str, expected: date | None
) -> None:
    _, [statement] = build(
        [headline, "Traders said the storm had emptied the nets."],
        [Said("the storm had emptied the nets", "said", "Traders")],
        date(2025, 8, 12),
    )
    assert statement.statement_date == expected


# --------------------------------------------------------------------------- days only


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        # a month is no day of saying, and nothing is carried from it
        ("During her testimony last month", None),
        ("During her testimony last Tuesday", date(2025, 8, 12)),
    ],
)
def test_english_statement_is_dated_to_a_day_only(when: str, expected: date | None) -> None:
    _, statements = build(
        [
            HEADLINE,
            "The trial of a Kessel skipper resumed after a break of several weeks.",
            f"{when}, the deckhand said the crates were already on board. "
            "She said the skipper had checked them.",
        ],
        [
            Said("the crates were already on board", "said", "the deckhand"),
            Said("the skipper had checked them", "said", "She"),
        ],
        date(2025, 8, 13),
    )
    assert [s.statement_date for s in statements] == [expected, expected]


# --------------------------------------------------------------------------- gatherings

TITLE_LEAD = "Tempers flared at a Kessel harbour board meeting Monday when fishermen spoke."
TITLE_NARRATION = "Fish prices surged at the Kessel market on Monday as the boats stayed in port."


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the title repeated as the first paragraph is the lead: its gathering's day holds
        (TITLE_LEAD, date(2026, 2, 9)),
        # the same layout with a narrated event's day: no gathering, no day
        (TITLE_NARRATION, None),
    ],
)
def test_gathering_dated_by_the_title_standing_as_lead(title: str, expected: date | None) -> None:
    quoted = '"We were never consulted," said Orla Venn, whose boat was impounded.'
    article, statements = build(
        [title, "Several skippers asked for the board to resign.", quoted],
        [Said("We were never consulted,", "said", "Orla Venn", "Orla Venn", kind="direct")],
        date(2026, 2, 10),
    )
    titled = dataclasses.replace(article, title=title)
    assign_dates(titled, statements)
    assert statements[0].statement_date == expected


# --------------------------------------------------------------------------- relative clauses


@pytest.mark.parametrize(
    ("second", "content", "cue", "expected"),
    [
        # background about the firms: words said at some time the text does not give
        (
            "The tax would pay the two firms that Venn said had built the wall.",
            "had built the wall",
            "said",
            None,
        ),
        # the same words told as the chairman's next statement: the same day
        (
            "Venn said the two firms had built the wall.",
            "the two firms had built the wall",
            "said",
            date(2025, 8, 11),
        ),
        # a relative after a preposition goes on with the story
        (
            "A fisherman asked about the wall, to which Venn replied that it was paid for.",
            "it was paid for",
            "replied",
            date(2025, 8, 11),
        ),
    ],
)
def test_english_relative_clause_is_background(
    second: str, content: str, cue: str, expected: date | None
) -> None:
    _, statements = build(
        [HEADLINE, f"The chairman, Ivo Venn, said on Monday that the tax would stay. {second}"],
        [
            Said("the tax would stay", "said", "The chairman, Ivo Venn", "Ivo Venn"),
            Said(content, cue, "Venn", "Ivo Venn"),
        ],
        date(2025, 8, 12),
    )
    assert statements[0].statement_date == date(2025, 8, 11)
    assert statements[1].statement_date == expected
