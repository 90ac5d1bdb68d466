"""Issue catalogues: what a statement is about, from terms written as data.

A catalogue is a YAML file (``samples/issues/*.yaml``, ``docs/positions.md``)::

    issues:
      - id: troops-ukraine
        label: Sending US troops to Ukraine
        terms:
          fr: [[troupe*, soldat*, bottes], [ukrain*, terrain, sol]]
          en: [[troop*, soldier*, boots], [ukrain*, ground]]

``terms`` holds, per language, groups of phrases: a statement belongs to the issue when
each group has a phrase in its content (or in its cue). Two groups let "troupes" count
only when Ukraine or the ground is also named, without listing every combination.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from dixit.analyse.words import Phrase, find, phrases, words
from dixit.errors import InputError
from dixit.lang import language_code
from dixit.model import Statement


@dataclass(frozen=True)
class Issue:
    """One issue of a catalogue: its id, its label, and its phrase groups by language."""

    id: str
    label: str
    terms: Mapping[str, tuple[tuple[Phrase, ...], ...]]

    def groups(self, language: str | None) -> tuple[tuple[Phrase, ...], ...]:
        """The phrase groups for ``language``; none when the catalogue has none for it."""
        return self.terms.get(language_code(language), ())


def issue_from_mapping(data: Mapping[str, Any]) -> Issue:
    """One catalogue entry; a group given as a single list of phrases is one group."""
    terms: dict[str, tuple[tuple[Phrase, ...], ...]] = {}
    for code, groups in (data.get("terms") or {}).items():
        if groups and all(isinstance(g, str) for g in groups):
            groups = [groups]
        terms[language_code(code)] = tuple(tuple(phrases(g)) for g in groups or ())
    return Issue(id=str(data["id"]), label=str(data.get("label") or data["id"]), terms=terms)


def load_catalogue(path: str | Path) -> list[Issue]:
    """Read a catalogue file; an unreadable one is an ``InputError`` naming it."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        return [issue_from_mapping(entry) for entry in data.get("issues") or ()]
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(str(path), f"not a readable issue catalogue ({exc})") from exc


def statement_text(statement: Statement) -> str:
    """What an issue is matched on: the content, and the cue ("a exclu l'envoi")."""
    return " ".join(part for part in (statement.cue or "", statement.content) if part)


def issues_of(
    statement: Statement, catalogue: Iterable[Issue], language: str | None
) -> list[Issue]:
    """The issues of ``catalogue`` that ``statement`` is about (zero or more)."""
    text_words = words(statement_text(statement))
    found: list[Issue] = []
    for issue in catalogue:
        groups = issue.groups(language)
        if groups and all(find([("", p) for p in group], text_words) for group in groups):
            found.append(issue)
    return found
