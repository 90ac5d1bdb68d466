"""The English stance and reversal words: the same functions, another language's data."""

from __future__ import annotations

import pytest
from positions_story import said

from dixit.analyse import stance_of
from dixit.analyse.reported import reversal_cues


@pytest.mark.parametrize(
    ("content", "lemma", "polarity", "expected"),
    [
        ("sending engineers to the dam", "reject", "affirmed", "opposes"),
        ("sending engineers to the dam", "reject", "negated", "open"),
        ("a new bridge over the estuary", "promise", "affirmed", "supports"),
        ("a toll was out of the question", "say", "affirmed", "opposes"),
        ("the ferry won't stop at Harwick", "say", "affirmed", "opposes"),
        ("the council will meet on Tuesday", "say", "affirmed", "unclear"),
    ],
)
def test_english_stance(content: str, lemma: str, polarity: str, expected: str) -> None:
    statement = said(content, cue="said", lemma=lemma, polarity=polarity)
    assert stance_of(statement, "en").stance == expected


def test_english_reversal_cues() -> None:
    text = "The mayor made a U-turn on Friday; by Monday she had changed her mind again."
    assert [c.text for c in reversal_cues(text, "en")] == ["U-turn", "changed her mind"]


def test_english_denied_cue() -> None:
    assert reversal_cues("The mayor denied any U-turn on the toll.", "en") == []
