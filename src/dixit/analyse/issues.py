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

``sides`` (optional) holds, per language, the phrases that name each side of the issue::

        sides:
          fr:
            supports: [restera ouverte, maintien de la piscine]
            opposes: [fermeture, fermer]

A statement that names a side is read towards the issue, not towards its own words: "a
exclu toute fermeture de la piscine" rejects the opposing side, so it supports "Keep the
pool open" (``dixit.analyse.stance.stance_towards``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from dixit.analyse.words import Phrase, find, phrases, words
from dixit.errors import InputError
from dixit.lang import language_code
from dixit.model import Statement

#: The sides an issue's phrases can name.
SIDES = ("supports", "opposes")


@dataclass(frozen=True)
class Issue:
    """One issue of a catalogue: its id, its label, and its phrase groups by language."""

    id: str
    label: str
    terms: Mapping[str, tuple[tuple[Phrase, ...], ...]]
    #: Per language, the phrases that name the supporting and the opposing side.
    side_terms: Mapping[str, Mapping[str, tuple[Phrase, ...]]] = field(default_factory=dict)

    def groups(self, language: str | None) -> tuple[tuple[Phrase, ...], ...]:
        """The phrase groups for ``language``; none when the catalogue has none for it."""
        return self.terms.get(language_code(language), ())

    def sides(self, language: str | None) -> list[tuple[str, Phrase]]:
        """The side phrases for ``language``, each tagged with its stance."""
        found = self.side_terms.get(language_code(language), {})
        return [(stance, phrase) for stance, group in found.items() for phrase in group]


def issue_from_mapping(data: Mapping[str, Any]) -> Issue:
    """One catalogue entry; a group given as a single list of phrases is one group."""
    terms: dict[str, tuple[tuple[Phrase, ...], ...]] = {}
    for code, groups in (data.get("terms") or {}).items():
        if groups and all(isinstance(g, str) for g in groups):
            groups = [groups]
        terms[language_code(code)] = tuple(tuple(phrases(g)) for g in groups or ())
    sides: dict[str, dict[str, tuple[Phrase, ...]]] = {}
    for code, by_stance in (data.get("sides") or {}).items():
        sides[language_code(code)] = {
            str(stance): tuple(phrases(sources or ()))
            for stance, sources in (by_stance or {}).items()
            if stance in SIDES
        }
    return Issue(
        id=str(data["id"]),
        label=str(data.get("label") or data["id"]),
        terms=terms,
        side_terms=sides,
    )


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
