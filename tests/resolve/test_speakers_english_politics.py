"""English speakers in political copy: members' titles, offices, bodies' names, entourages.

- "Vestland Liberal MP Dan Orrin", "Assemblywoman Rosa Quill", "Secretary of State Ivo
  Brandt", "Rep. Ana Quill, D-Vestland": the title, its complement, the party and state
  describe the person; the name is what is left.
- "the Opposition Leader", "the Foreign Secretary" (an office in capitals) name nobody by
  themselves: the person who holds the office in the article speaks, never a person called
  "Opposition Leader".
- "the Office for Harbour Responsibility": a capitalised body keeps the name after its link
  word.
- "Venn's allies", "her aides": the people around someone are not that someone.
- "Trump" beside "Ivanka Trump" and "Donald Trump": the one the registry knows by the
  surname; "Pellow said" with no full name in the text is a person.
Every person, place and body here is invented (but the registry's Donald Trump); the whole
English pipeline runs.
"""

from __future__ import annotations

from datetime import date

import pytest

from dixit.core import analyze
from dixit.model import Article, Statement

HEADLINE = "Kessel harbour tax faces a vote"


def statements_of(text: str) -> list[Statement]:
    return analyze(Article(text=f"{HEADLINE}\n\n{text}", published=date(2025, 3, 3), language="en"))


def speaker_of(text: str, content: str) -> str | None:
    [statement] = [s for s in statements_of(text) if s.content == content]
    return statement.speaker.name if statement.speaker else None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Vestland Liberal MP Dan Orrin said the tax would pass.", "Dan Orrin"),
        ("Rep. Ana Quill, D-Vestland, said the tax would pass.", "Ana Quill"),
        ("Secretary of State Ivo Brandt said the tax would pass.", "Ivo Brandt"),
        ("Chancellor of the Exchequer Ana Quill said the tax would pass.", "Ana Quill"),
        ("Assemblywoman Rosa Quill said the tax would pass.", "Rosa Quill"),
        ("Councillor Ivo Brandt said the tax would pass.", "Ivo Brandt"),
    ],
)
def test_a_member_s_title_is_no_part_of_the_name(en_ready: None, text: str, speaker: str) -> None:
    assert speaker_of(text, "the tax would pass") == speaker


def test_an_office_in_capitals_is_its_holder_in_the_article(en_ready: None) -> None:
    text = (
        "Peter Dalloway led the opposition campaign in Kessel on Monday. "
        "The Opposition Leader said the tax would pass."
    )
    assert speaker_of(text, "the tax would pass") == "Peter Dalloway"


def test_an_office_in_capitals_with_no_holder_is_nobody(en_ready: None) -> None:
    assert (
        speaker_of("The Foreign Secretary said the tax would pass.", "the tax would pass") is None
    )


def test_an_office_written_in_capitals_is_its_holder(en_ready: None) -> None:
    text = (
        "Prime Minister Ada Kellow answered questions in the chamber on Monday. "
        "The PM said the tax would pass."
    )
    assert speaker_of(text, "the tax would pass") == "Ada Kellow"


def test_an_office_written_in_capitals_with_no_holder_is_nobody(en_ready: None) -> None:
    [statement] = statements_of("The PM said the tax would pass.")
    assert statement.speaker is None


def test_a_capitalised_body_keeps_the_name_after_its_link_word(en_ready: None) -> None:
    text = "The Office for Harbour Responsibility said the tax would pass."
    [statement] = statements_of(text)
    assert statement.speaker_mention == "The Office for Harbour Responsibility"
    assert statement.speaker is not None
    assert statement.speaker.name == "Office for Harbour Responsibility"


def test_a_person_s_place_after_of_stays_out_of_the_name(en_ready: None) -> None:
    text = "Senator Orla Venn of Vestland said the tax would pass."
    assert speaker_of(text, "the tax would pass") == "Orla Venn"


@pytest.mark.parametrize(
    "text",
    [
        "The tax could close the yards, Senator Orla Venn's allies believe.",
        "Senator Orla Venn spoke on Monday. Her aides said the tax would pass.",
    ],
)
def test_the_people_around_someone_are_not_that_someone(en_ready: None, text: str) -> None:
    found = [s for s in statements_of(text) if s.speaker is not None]
    assert all(s.speaker.name != "Orla Venn" for s in found)  # type: ignore[union-attr]


def test_the_named_person_speaks_for_herself(en_ready: None) -> None:
    text = "The tax could close the yards, Senator Orla Venn believes."
    assert speaker_of(text, "The tax could close the yards") == "Orla Venn"


def test_a_shared_surname_the_registry_knows_is_its_holder(en_ready: None) -> None:
    """The shipped registry knows Donald Trump by his surname; the sentences are invented."""
    text = (
        "Ivanka Trump, a businesswoman, said the harbour was lovely. Her father Donald Trump "
        'said the cranes were old. "The harbour is beautiful," Trump said.'
    )
    assert speaker_of(text, "The harbour is beautiful") == "Donald Trump"


def test_a_lone_proper_noun_is_a_surname(en_ready: None) -> None:
    # a name the English model tags with no entity label
    text = 'The host pressed the senator on the harbour. "Who else?" Pellow said.'
    assert speaker_of(text, "Who else?") == "Pellow"


@pytest.mark.parametrize("subject", ["Critics", "Residents"])
def test_a_lone_common_noun_is_nobody(en_ready: None, subject: str) -> None:
    assert speaker_of(f"{subject} said the tax would pass.", "the tax would pass") is None


def test_a_first_name_the_parser_split_off_stays_with_the_surname(en_ready: None) -> None:
    """The parser may leave a paragraph's first word in a sentence of its own."""
    text = "Ivanka Trump said the harbour was lovely. Donald Trump said the cranes were old."
    [first, second] = statements_of(text)
    assert (first.speaker_mention, second.speaker_mention) == ("Ivanka Trump", "Donald Trump")
    assert first.speaker is not None and first.speaker.name == "Ivanka Trump"


def test_the_one_told_after_a_described_speaker_is_not_the_speaker(en_ready: None) -> None:
    text = (
        '"We expect a vote next week," Ana Quill, director of the port authority, told reporters.'
    )
    [statement] = statements_of(text)
    assert statement.content == "We expect a vote next week"
    assert statement.speaker is not None and statement.speaker.name == "Ana Quill"


def test_a_speaker_after_the_words_still_tells_reporters(en_ready: None) -> None:
    text = "The port will reopen in May, the harbour master told reporters."
    [statement] = statements_of(text)
    assert statement.speaker_mention == "the harbour master"
