"""English speakers: words glued to a name, and offices written with their seat.

- "Meanwhile Venn said …": the tagger reads the sentence's opening adverb as a first name
  ("Meanwhile Venn"); the person is the Venn the article names, and "Venn" alone stays hers.
- "Will Orrin own the result?": a question's auxiliary read as a first name; "Will Orrin,
  a councillor, said …" is a man called Will.
- "the Labour TD for North Ward", "the Taoiseach": an office, alone or with its seat after
  "for", describes the person the article names; it is never a body or a person of that
  name.
Every person, place and body here is invented; the whole English pipeline runs.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dixit.core import analyze
from dixit.lang import get_language
from dixit.model import Article, Statement
from dixit.resolve.speakers.state import entities_without_openers

HEADLINE = "Kessel harbour tax faces a vote"


def statements_of(text: str) -> list[Statement]:
    return analyze(Article(text=f"{HEADLINE}\n\n{text}", published=date(2025, 3, 3), language="en"))


def speakers_of(text: str) -> dict[str, str | None]:
    return {s.content: s.speaker.name if s.speaker else None for s in statements_of(text)}


def tagged_doc(words: list[str], tags: list[str], ents: list[str]) -> Doc:
    """A doc as a tagger left it: one sentence, the given fine tags and entity tags."""
    starts = [True] + [False] * (len(words) - 1)
    return Doc(Vocab(), words=words, tags=tags, ents=ents, sent_starts=starts)


@pytest.mark.parametrize(
    ("words", "tags", "kept"),
    [
        (["Meanwhile", "Venn", "spoke", "."], ["RB", "NNP", "VBD", "."], "Venn"),
        (["Will", "Orrin", "win", "?"], ["MD", "NNP", "VB", "."], "Orrin"),
        (["Will", "Orrin", "spoke", "."], ["MD", "NNP", "VBD", "."], "Will Orrin"),
        (["Rosa", "Venn", "spoke", "."], ["NNP", "NNP", "VBD", "."], "Rosa Venn"),
    ],
)
def test_an_opener_is_cut_from_the_entity_it_was_glued_to(
    words: list[str], tags: list[str], kept: str
) -> None:
    doc = tagged_doc(words, tags, ["B-PERSON", "I-PERSON", "O", "O"])
    [ent], openers = entities_without_openers(doc, get_language("en").grammar)
    assert (ent.text, ent.label_) == (kept, "PERSON")
    assert openers == ({0} if kept == "Venn" or kept == "Orrin" else set())


def test_a_language_without_openers_keeps_its_entities() -> None:
    doc = tagged_doc(
        ["Meanwhile", "Venn", "spoke", "."], ["RB", "NNP", "VBD", "."], ["B-PER", "I-PER", "O", "O"]
    )
    [ent], openers = entities_without_openers(doc, get_language("fr").grammar)
    assert ent.text == "Meanwhile Venn" and not openers


@pytest.mark.parametrize("opener", ["Meanwhile", "However"])
def test_a_sentence_opener_is_no_part_of_the_name(en_ready: None, opener: str) -> None:
    text = (
        "Rosa Venn, the harbour minister, visited the yards in Kessel on Monday.\n"
        f"{opener} Venn defended the tax before the council.\n"
        "Venn said the yards would reopen in May."
    )
    found = speakers_of(text)
    assert found["the yards would reopen in May"] == "Rosa Venn"
    assert "the tax before the council" not in found or (
        found["the tax before the council"] == "Rosa Venn"
    )


def test_a_first_name_opening_the_sentence_stays_the_name(en_ready: None) -> None:
    text = "Will Orrin, a Kessel councillor, said the tax would pass."
    assert speakers_of(text)["the tax would pass"] == "Will Orrin"


def test_a_question_s_auxiliary_is_no_first_name(en_ready: None) -> None:
    text = (
        "Dan Orrin leads the council of Kessel.\n"
        "Will Orrin own the result?\n"
        "Mr Orrin said the tax would pass."
    )
    assert speakers_of(text)["the tax would pass"] == "Dan Orrin"


def test_an_office_with_its_seat_is_its_holder(en_ready: None) -> None:
    text = (
        'The council will survive the vote with a "clear majority", chief whip Tom Garvey '
        "has said.\n"
        "The Labour TD for North Ward said the public wanted serious policies.\n"
        '"The people listening want serious policies," he said.'
    )
    found = speakers_of(text)
    assert found["the public wanted serious policies"] == "Tom Garvey"
    assert found["The people listening want serious policies"] == "Tom Garvey"


def test_a_body_with_its_seat_stays_a_body(en_ready: None) -> None:
    text = "The Office for Ports of North Ward said the tax would pass."
    assert speakers_of(text)["the tax would pass"] == "Office for Ports of North Ward"


def test_a_head_of_government_named_by_office_is_its_holder(en_ready: None) -> None:
    text = (
        "Taoiseach Ann Kesby spoke in Vellport on Monday before the party dinner.\n"
        "The Taoiseach added that the assembly should finish its work."
    )
    assert speakers_of(text)["the assembly should finish its work"] == "Ann Kesby"


def test_an_office_with_no_holder_is_nobody(en_ready: None) -> None:
    text = "The Taoiseach added that the assembly should finish its work."
    assert speakers_of(text)["the assembly should finish its work"] is None


def test_a_knight_s_first_name_is_the_person_so_named(en_ready: None) -> None:
    text = (
        "Dan Orrin, the Labour leader, toured the yards of Kessel on Monday.\n"
        "Sir Dan said the tax would pass."
    )
    assert speakers_of(text)["the tax would pass"] == "Dan Orrin"


def test_a_knight_s_first_name_shared_by_two_is_nobody_named(en_ready: None) -> None:
    text = (
        "Dan Orrin, the Labour leader, and Dan Keswick, his deputy, toured the yards on "
        "Monday.\nSir Dan said the tax would pass."
    )
    assert speakers_of(text)["the tax would pass"] not in {"Dan Orrin", "Dan Keswick"}


def test_a_name_the_tagger_reads_as_a_month_is_a_person(en_ready: None) -> None:
    text = (
        "Susan May urges councillors to keep the harbour tax\n\n"
        "Susan May warned councillors against the vote on Monday.\n\n"
        "Addressing the council, the Prime Minister said the tax would pass."
    )
    assert speakers_of(text)["the tax would pass"] == "Susan May"


def test_a_month_with_no_first_name_before_it_is_no_person(en_ready: None) -> None:
    text = "The council of Vellport meets in May.\n\nThe Prime Minister said the tax would pass."
    assert speakers_of(text)["the tax would pass"] is None


def test_an_office_opening_the_standfirst_is_its_holder(en_ready: None) -> None:
    text = (
        "Taoiseach Ann Kesby spoke in Vellport on Monday.\n\n"
        "Taoiseach warns rebels by insisting the vote would trigger an election"
    )
    found = speakers_of(text)
    assert found["the vote would trigger an election"] == "Ann Kesby"
