"""Issue 15 (English speakers): the name set off after "an adviser to Y", and the subject
after an opening phrase.

- "An adviser to the mayor, Petra Lund, said …": the parser hangs the name on "the mayor";
  set off by commas right before the subject's verb, it names the adviser, who speaks. "A
  letter to the mayor, Petra Lund, said …" names the mayor: a letter is no person.
Every person, place and body here is invented; the whole English pipeline runs.
"""

from __future__ import annotations

from datetime import date

import pytest

from dixit.core import analyze
from dixit.model import Article, Statement

HEADLINE = "Kessel harbour tax faces a vote"


def statements_of(text: str) -> list[Statement]:
    return analyze(Article(text=f"{HEADLINE}\n\n{text}", published=date(2025, 3, 7), language="en"))


def speaker_of(text: str) -> str | None:
    [statement] = statements_of(text)
    return statement.speaker.name if statement.speaker else None


@pytest.mark.parametrize(
    "subject",
    [
        "An adviser to the mayor, Petra Lund,",
        "A senior adviser to Mayor Orla Venn, Petra Lund,",
        "The spokeswoman for the harbour board, Petra Lund,",
    ],
)
def test_the_name_after_an_adviser_to_someone_is_the_adviser(subject: str) -> None:
    assert speaker_of(f"{subject} said the port would stay open.") == "Petra Lund"


@pytest.mark.parametrize(
    "text",
    [
        # negative: a letter is no person; the name set off after "the mayor" is hers
        "A letter to the mayor, Petra Lund, said the port would stay open.",
        # negative: the same name as the object of narration speaks for no one
        "The adviser met the mayor, Petra Lund, and said the port would stay open.",
    ],
)
def test_a_name_set_off_after_a_non_speaker_is_not_the_speaker(text: str) -> None:
    assert speaker_of(text) != "Petra Lund"


@pytest.mark.parametrize(
    ("opening", "speaker", "day"),
    [
        # the parser reads the name as a conjunct of "Wednesday" and the participle as the
        # subject: the name after the comma is the subject, the opening phrase's day dates
        (
            "Asked about the vote on Wednesday, Petra Lund, the mayor, replied that",
            "Petra Lund",
            date(2025, 3, 5),
        ),
        ("Briefing journalists on Tuesday, Tom Holt underlined that", "Tom Holt", date(2025, 3, 4)),
        ("Pressed on cost on Monday, the Harbour Trust said", "Harbour Trust", date(2025, 3, 3)),
    ],
)
def test_an_opening_phrase_leaves_the_subject_speaking_on_its_day(
    opening: str, speaker: str, day: date
) -> None:
    [statement] = statements_of(f"{opening} the tax would rise.")
    assert statement.content == "the tax would rise"
    assert statement.speaker is not None and statement.speaker.name == speaker
    assert statement.statement_date == day


@pytest.mark.parametrize(
    "text",
    [
        # negative: the same opening phrases before a verb that reports nothing
        "Asked about the vote on Wednesday, Petra Lund, the mayor, smiled and left the hall.",
        "Briefing journalists on Tuesday, Tom Holt looked tired.",
    ],
)
def test_an_opening_phrase_before_narration_reports_nothing(text: str) -> None:
    assert statements_of(text) == []


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        # a body's name with its link word, untagged by the model, capital link or not
        ("The Fund for Peace", "Fund for Peace"),
        ("The Fund For Peace", "Fund For Peace"),
        # an office with two complements before the name: the name is the person's
        ("Minister of State for Trade Petra Lund", "Petra Lund"),
        ("Secretary of State Mark Tolley", "Mark Tolley"),
    ],
)
def test_link_words_inside_names_are_kept(subject: str, speaker: str) -> None:
    assert speaker_of(f"{subject} said the port would stay open.") == speaker


def test_an_office_with_a_link_word_is_no_body() -> None:
    # negative: the same shape headed by an office is a person, never a body of that name
    assert speaker_of("The Minister for Ports said the port would stay open.") != (
        "Minister for Ports"
    )


def test_it_takes_up_the_body_the_sentence_before_has_as_its_subject() -> None:
    [_, statement] = statements_of(
        "The Harbour Trust criticised the plan. It said on Monday that the port would close."
    )
    assert statement.content == "the port would close"
    assert statement.speaker is not None and statement.speaker.name == "Harbour Trust"
    assert statement.statement_date == date(2025, 3, 3)


@pytest.mark.parametrize(
    "text",
    [
        # negative: after a person or a document as the subject, "it" speaks for no one
        "Petra Lund met the board on Friday. It said on Monday that the port would close.",
        "The report was published on Friday. It said on Monday that the port would close.",
    ],
)
def test_it_after_no_body_reports_nothing(text: str) -> None:
    assert statements_of(text) == []


def test_a_spokesperson_of_a_body_in_capitals_is_the_body() -> None:
    assert speaker_of("A PSNV spokesperson said the port would close.") == "PSNV"


def test_a_named_spokesperson_of_a_body_in_capitals_is_the_person() -> None:
    # negative: the same body and noun before a person's name: the person speaks
    assert speaker_of("PSNV spokesperson Tom Holt said the port would close.") == "Tom Holt"


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        # a compound of common nouns ending on a body's noun is that body
        ("The finance ministry", "Finance ministry"),
        ("The election commission", "Election commission"),
        # a place's possessive before a body's common nouns is part of the body's name
        ("Vestland's finance ministry", "Vestland finance ministry"),
    ],
)
def test_a_body_named_by_common_nouns_speaks(subject: str, speaker: str) -> None:
    assert speaker_of(f"{subject} said the port would close.") == speaker


@pytest.mark.parametrize("subject", ["The finance minister", "The police spokesman"])
def test_a_person_named_by_common_nouns_is_no_body(subject: str) -> None:
    # negative: the same compounds ending on a person's noun name no body
    assert speaker_of(f"{subject} said the port would close.") is None


def test_a_body_is_not_named_after_its_spokesperson() -> None:
    # "Police Spokesman Tom Holt" later on does not make "Police" a body of that name
    first, second = statements_of(
        "Police say they are looking for two suspects.\n\n"
        "Police Spokesman Tom Holt said the suspects had left Kessel."
    )
    assert first.speaker is not None and first.speaker.name == "Police"
    assert second.speaker is not None and second.speaker.name == "Tom Holt"


def test_a_body_keeps_the_complement_that_names_it() -> None:
    # negative: a capitalised complement naming no person still says which body
    first, _ = statements_of(
        "The ministry said the port would close.\n\n"
        "Officials at the Ministry of Ports said the staff would be paid."
    )
    assert first.speaker is not None and first.speaker.name == "Ministry of Ports"


def test_a_quotation_saying_this_morning_was_spoken_on_the_day_of_publication() -> None:
    text = "A council spokesman said: “The board met Petra Lund this morning.”"
    [statement] = statements_of(text)
    assert statement.statement_date == date(2025, 3, 7)
    assert statement.date_cue == "this morning"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # negative: another day in the quotation tells of that day, not of the speaking
        ("A council spokesman said: “The board met Petra Lund yesterday.”", None),
        # negative: the writer's paraphrase holds no deixis of the speaker's
        ("A council spokesman said the board met Petra Lund this morning.", None),
        # negative: the sentence's own day dates the statement first
        (
            "On Monday, a council spokesman said: “The board met Petra Lund this morning.”",
            date(2025, 3, 3),
        ),
    ],
)
def test_a_quotation_is_not_dated_by_another_days_word(text: str, day: date | None) -> None:
    [statement] = statements_of(text)
    assert statement.statement_date == day
