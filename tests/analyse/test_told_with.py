"""One sentence tells one position: once a reversal takes a side, the other clauses of that
sentence held by the same speaker are no side of another reversal (``told_with``).
Invented sentences; statements built by hand."""

from __future__ import annotations

import pytest

from dixit.analyse.reported import told_with
from dixit.core import parse
from dixit.model import Speaker, Statement

pytestmark = pytest.mark.slow

TEXT = (
    "Lundi, le maire Paul Darnac affirmait qu'il ne fermerait pas la piscine, "
    "fustigeant au passage le rapport de la préfecture. La préfète Anne Morvan, elle, "
    "réclamait la fermeture, fustigeant le maire. Mardi, Paul Darnac a annoncé la fermeture."
)
DARNAC = Speaker(id="paul-darnac", name="Paul Darnac", type="person")
MORVAN = Speaker(id="anne-morvan", name="Anne Morvan", type="person")


def said(words: str, speaker: Speaker) -> Statement:
    start = TEXT.index(words)
    return Statement(
        article="t",
        kind="indirect",
        content=words,
        content_span=(start, start + len(words)),
        speaker=speaker,
        id=f"t:{start}",
    )


def test_the_rest_of_a_sides_sentence_is_told_with_it(nlp) -> None:
    doc = parse(nlp, TEXT)
    before = said("qu'il ne fermerait pas la piscine", DARNAC)
    rest = said("fustigeant au passage le rapport de la préfecture", DARNAC)
    after = said("a annoncé la fermeture", DARNAC)
    assert told_with([before, rest, after], (before, after), doc) >= {rest.id}


def test_another_sentence_or_another_speaker_is_not(nlp) -> None:
    doc = parse(nlp, TEXT)
    before = said("qu'il ne fermerait pas la piscine", DARNAC)
    after = said("a annoncé la fermeture", DARNAC)
    hers = said("fustigeant le maire", MORVAN)
    claim = said("réclamait la fermeture", MORVAN)
    told = told_with([before, after, hers, claim], (before, after), doc)
    assert hers.id not in told and claim.id not in told
    assert told_with([before, after], (before, after), None) == set()
