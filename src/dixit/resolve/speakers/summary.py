"""Speakers across articles: joining surnames to full names, and listing who said how much.

``unify_speakers`` is the cross-article pass (an article that only says "Leavitt" joins the
corpus's one "Karoline Leavitt"; "Oleksiy Chernyshenko" in an English article joins
"Oleksiï Tchernychenko" in a French one); ``summarise_speakers`` makes the rows of ``dixit
speakers``. Both work on resolved statements, not on text.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from dixit.model import Speaker, Statement
from dixit.registry import normalise_name, slugify, transliteration_key


def unify_speakers(statement_lists: Iterable[list[Statement]]) -> None:
    """Cross-article pass: a surname-only speaker joins the one full name the corpus knows.

    Within an article "Leavitt" already joins "Karoline Leavitt"; across articles an article
    that only says "Leavitt" is joined too, but only when exactly one full-name speaker of the
    corpus ends with that surname. Registry ids are already shared and are left alone.
    """
    lists = [list(s) for s in statement_lists]
    full: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for statements in lists:
        for st in statements:
            sp = st.speaker
            if sp and sp.type == "person":
                words = normalise_name(sp.name).split()
                for n in range(1, len(words)):
                    full[" ".join(words[n:])].add((sp.id, sp.name, sp.type))
    for statements in lists:
        for st in statements:
            sp = st.speaker
            if not sp or sp.type != "person" or sp.id != slugify(sp.name):
                continue
            candidates = full.get(normalise_name(sp.name), set())
            if len(candidates) == 1:
                sid, name, type_ = next(iter(candidates))
                if sid != sp.id:
                    st.speaker = Speaker(id=sid, name=name, type=type_)  # type: ignore[arg-type]
                    st.speaker_method = "alias"
                    st.confidence = round(min(st.confidence, 0.75), 3)
    join_transliterations(lists)


def join_transliterations(lists: list[list[Statement]]) -> None:
    """People the registry does not know, named in full by two transliteration habits
    ("Oleksiï Tchernychenko" in French copy, "Oleksiy Chernyshenko" in English copy), are one
    person: every spelling takes the id and name of the one with the most statements (the
    first met on a tie). Names of different words or first names stay apart."""
    counts: Counter[str] = Counter()
    spelled: dict[str, Speaker] = {}
    groups: dict[str, list[str]] = defaultdict(list)
    for statements in lists:
        for st in statements:
            sp = st.speaker
            if not sp or sp.type != "person" or sp.id != slugify(sp.name):
                continue
            if len(normalise_name(sp.name).split()) < 2:
                continue
            counts[sp.id] += 1
            if sp.id not in spelled:
                spelled[sp.id] = sp
                groups[transliteration_key(sp.name)].append(sp.id)
    canonical: dict[str, Speaker] = {}
    for ids in groups.values():
        if len(ids) < 2:
            continue
        best = max(ids, key=lambda i: (counts[i], -ids.index(i)))
        for i in ids:
            canonical[i] = spelled[best]
    for statements in lists:
        for st in statements:
            sp = st.speaker
            if sp is None or sp.id not in canonical or canonical[sp.id].id == sp.id:
                continue
            st.speaker = canonical[sp.id]
            st.speaker_method = "alias"
            st.confidence = round(min(st.confidence, 0.75), 3)


@dataclass
class SpeakerSummary:
    """One canonical speaker across a set of articles: for ``dixit speakers``."""

    id: str
    name: str
    type: str
    statements: int = 0
    articles: set[str] = field(default_factory=set)
    mentions: Counter[str] = field(default_factory=Counter)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "statements": self.statements,
            "articles": len(self.articles),
            "mentions": dict(self.mentions.most_common()),
        }


def summarise_speakers(statements: Iterable[Statement]) -> list[SpeakerSummary]:
    """Canonical speakers with their statement counts and the mentions that named them."""
    table: dict[str, SpeakerSummary] = {}
    unresolved = SpeakerSummary(id="", name="(unresolved)", type="unknown")
    for st in statements:
        if st.speaker is None:
            row = unresolved
        else:
            row = table.setdefault(
                st.speaker.id, SpeakerSummary(st.speaker.id, st.speaker.name, st.speaker.type)
            )
        row.statements += 1
        row.articles.add(st.article)
        if st.speaker_mention:
            row.mentions[" ".join(st.speaker_mention.split())] += 1
    rows = sorted(table.values(), key=lambda r: (-r.statements, r.name.lower()))
    if unresolved.statements:
        rows.append(unresolved)
    return rows
