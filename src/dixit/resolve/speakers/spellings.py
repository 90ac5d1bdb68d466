"""One person written two ways in one article ("Julien Staphan" in a caption, "Julien
Stéphan" in the lead and the headline): the rules already make them one person
(``names.misspelt_surname``, ``names.spelling_variant``), named as first written. The
canonical name is the spelling the article writes most often, a tie going to the one first
written in full, since a slip is written once and the right spelling again and again.
"""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz.distance import Levenshtein

from dixit.model import Speaker, Statement
from dixit.resolve.speakers.state import ArticleState


def _written_times(state: ArticleState, full: tuple[str, ...], others: set[str]) -> int:
    """How often the article writes the spelling ``full``: its words that the other
    spellings of the same person do not share ("staphan"), counted wherever they stand
    ("Stéphan" alone in a headline counts); the whole name when every word is shared."""
    own = [w for w in full if w not in others]
    if not own:
        return len(state.phrase_spans(full))
    return max(len(state.phrase_spans((word,))) for word in own)


def _respelt(first: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether ``other`` writes the same words as ``first`` with a slip or two in one of
    them ("julien staphan" / "julien stephan"), not another name the rules joined to it."""
    if len(first) != len(other):
        return False
    differing = [(a, b) for a, b in zip(first, other, strict=True) if a != b]
    return len(differing) == 1 and Levenshtein.distance(*differing[0]) <= 2


def usual_spelling(state: ArticleState, statements: list[Statement]) -> None:
    """Rename each person spoken for under two spellings after the one written most often."""
    spellings: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for full, key in state.full_names:
        written = tuple(full)
        if len(written) > 1 and written not in spellings[key]:
            spellings[key].append(written)
    renamed = {}
    for key, forms in spellings.items():
        entity = state.entities.get(key)
        if len(forms) < 2 or entity is None or entity.type != "person" or entity.entry:
            continue
        first = forms[0]
        forms = [f for f in forms if f == first or _respelt(first, f)]
        if len(forms) < 2:
            continue
        counts = []
        for k, form in enumerate(forms):
            others = {w for other in forms if other != form for w in other}
            counts.append((_written_times(state, form, others), -k, form))
        best = max(counts)[2]
        spans = state.phrase_spans(best)
        if not spans or best == forms[0]:
            continue
        i, j = spans[0]
        entity.name = state.doc[i:j].text
        renamed[key] = entity
    if not renamed:
        return
    for st in statements:
        if st.speaker is not None and st.speaker.id in renamed:
            st.speaker = renamed[st.speaker.id].speaker()


def _first_and_count(text: str, form: str) -> tuple[int, int]:
    """Where ``form`` is first written as a whole word in ``text`` and how many times."""
    found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text)]
    return (found[0] if found else len(text), len(found))


def glued_spelling(state: ArticleState, statements: list[Statement]) -> None:
    """A body written with and without a space between its words ("BFM TV" and "BFMTV")
    is one body: its name is the form the registry knows, else the one written most often,
    a tie going to the one written first."""
    written: dict[str, tuple[int, int]] = {}  # each form read once over the text
    for st in statements:
        speaker = st.speaker
        if speaker is None or speaker.type == "person" or " " not in speaker.name:
            continue
        glued = speaker.name.replace(" ", "")
        if not glued[:1].isupper() or glued == speaker.name:
            continue
        for form in (speaker.name, glued):
            if form not in written:
                written[form] = _first_and_count(state.text, form)
        spaced_first, spaced_count = written[speaker.name]
        glued_first, glued_count = written[glued]
        if not glued_count:
            continue
        known = state.registry.lookup(glued, fuzzy=False)
        if known is not None or (glued_count, -glued_first) > (spaced_count, -spaced_first):
            st.speaker = Speaker(id=speaker.id, name=glued, type=speaker.type)
