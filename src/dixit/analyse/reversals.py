"""Reversals: a speaker's change of stance on one issue, computed or reported.

Both kinds share one shape (:class:`Reversal`) and one JSON form (``docs/positions.md``):
the speaker, the issue, the position before and after (each with its statement's evidence
span and date), how the change is known (``computed`` from two dated statements, or
``reported`` by words of the text such as "volte-face") and a strength in [0, 1].
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any, Literal

from dixit.analyse.issues import Issue, issues_of
from dixit.analyse.stance import Stance, StanceReading, stance_towards
from dixit.analyse.words import Phrase, find, phrases, words
from dixit.lang import get_language
from dixit.model import Article, IssueStance, Speaker, Statement, normalise_text

EvidenceKind = Literal["computed", "reported"]

#: A change between these two stances is a full reversal; one side "open" is a softer one.
FULL_CHANGE = frozenset({"supports", "opposes"})
#: Strength kept for a change that involves "open" ("n'a pas exclu" then "a exclu").
SOFT_CHANGE_WEIGHT = 0.8


@dataclass(frozen=True)
class ArticleSource:
    """Where a position was published: its article's title, outlet, address and day, as
    far as the article record knows them."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None

    @classmethod
    def of(cls, article: Article) -> ArticleSource:
        return cls(article.title, article.outlet, article.url, article.published)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
        }


@dataclass(frozen=True)
class Position:
    """One side of a reversal: where the text shows it, and the stance read from it.

    ``statement`` is the statement that shows it; a position the journalist only narrates
    ("jusque-là réticent", "après avoir assuré l'inverse") has none, only its span.
    ``speaker_mention`` and ``cue`` are the words that name the holder and tell the
    position (a narrated clause's own), ``stance_basis`` how the stance was read (the
    ``StanceReading`` basis, or "inferred: …" when the text reports a change and only the
    other side says a stance), ``source`` the article's title, outlet, url and day.
    """

    article: str
    content: str
    content_span: tuple[int, int]
    statement_date: date | None
    stance: Stance
    confidence: float
    statement: Statement | None = None
    stance_basis: str | None = None
    speaker_mention: str | None = None
    cue: str | None = None
    source: ArticleSource | None = None

    @classmethod
    def of(cls, statement: Statement, reading: StanceReading) -> Position:
        """The position a statement shows, with its stance reading."""
        return cls(
            article=statement.article,
            content=statement.content,
            content_span=statement.content_span,
            statement_date=statement.statement_date,
            stance=reading.stance,
            confidence=reading.confidence,
            statement=statement,
            stance_basis=reading.basis,
            speaker_mention=statement.speaker_mention,
            cue=statement.cue,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "statement": self.statement.id if self.statement else None,
            "article": self.article,
            "content": self.content,
            "content_span": list(self.content_span),
            "statement_date": self.statement_date.isoformat() if self.statement_date else None,
            "stance": self.stance,
            "stance_basis": self.stance_basis,
            "speaker_mention": self.speaker_mention,
            "cue": self.cue,
        } | (self.source or ArticleSource()).to_dict()


@dataclass(frozen=True)
class Evidence:
    """How the reversal is known: computed from stances, or reported by the text's words."""

    kind: EvidenceKind
    cue: str | None = None
    cue_span: tuple[int, int] | None = None
    article: str | None = None

    def to_dict(self) -> dict[str, Any]:
        if self.kind == "computed":
            return {"kind": "computed"}
        return {
            "kind": "reported",
            "cue": self.cue,
            "cue_span": list(self.cue_span) if self.cue_span else None,
            "article": self.article,
        }


@dataclass(frozen=True)
class Reversal:
    """A speaker's change of position on one issue."""

    speaker: Speaker
    issue: Issue | None
    before: Position
    after: Position
    evidence: Evidence
    strength: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": {"id": self.speaker.id, "name": self.speaker.name},
            "issue": {
                "id": self.issue.id if self.issue else None,
                "label": self.issue.label if self.issue else None,
            },
            "before": self.before.to_dict(),
            "after": self.after.to_dict(),
            "evidence": self.evidence.to_dict(),
            "strength": round(self.strength, 3),
        }


def is_change(before: Stance, after: Stance) -> bool:
    """A reversal moves to or away from opposing: open/supports -> opposes, or back."""
    return before != after and "opposes" in (before, after) and "unclear" not in (before, after)


def change_strength(before: Position, after: Position) -> float:
    """Both stances' confidence, lowered when one side is only "open"."""
    weight = 1.0 if {before.stance, after.stance} == FULL_CHANGE else SOFT_CHANGE_WEIGHT
    return min(before.confidence, after.confidence) * weight


def annotate(
    statements: Iterable[Statement], catalogue: Iterable[Issue], language: str | None
) -> list[Statement]:
    """Copies of ``statements`` with ``issues`` filled: each issue and the stance towards it."""
    catalogue = list(catalogue)
    annotated = []
    for statement in statements:
        found = issues_of(statement, catalogue, language)
        issues = [
            IssueStance(i.id, i.label, stance_towards(statement, i, language).stance) for i in found
        ]
        annotated.append(replace(statement, issues=issues))
    return annotated


def duplicate_key(statement: Statement) -> tuple[str, str]:
    """Two statements with this same key say the same thing: a copied dispatch, a repeat."""
    speaker = statement.speaker.id if statement.speaker else ""
    return speaker, normalise_text(statement.content).lower()


def unique_statements(statements: Iterable[Statement]) -> list[Statement]:
    """One statement per id and per (speaker, content): the earliest dated one is kept."""
    kept: dict[tuple[str, str], Statement] = {}
    seen_ids: set[str] = set()
    for statement in statements:
        if statement.id in seen_ids:
            continue
        seen_ids.add(statement.id)
        key = duplicate_key(statement)
        other = kept.get(key)
        if other is None or _earlier(statement.statement_date, other.statement_date):
            kept[key] = statement
    return list(kept.values())


def _earlier(a: date | None, b: date | None) -> bool:
    return a is not None and (b is None or a < b)


def day_position(positions: list[Position]) -> Position | None:
    """The stance one speaker held on one day: the stance with most confidence, or None on
    a tie (the day says both things and cannot anchor a change), shown by its most
    confident and fullest statement."""
    weight: dict[str, float] = defaultdict(float)
    for position in positions:
        weight[position.stance] += position.confidence
    ranked = sorted(weight.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    best = ranked[0][0]
    # The fullest statement of that stance: a headline says it in fewer words.
    return max(
        (p for p in positions if p.stance == best), key=lambda p: (p.confidence, len(p.content))
    )


#: When a statement was made: its day, then 1 when the text sets it later that day.
Moment = tuple[date, int]


@cache
def later_in_day(language: str | None) -> list[Phrase]:
    """Date cues that set a statement later in its day (``reversals.yaml``)."""
    data = get_language(language).lexicon("reversals")
    return phrases(data.get("later_in_day") or ())


def moment_of(statement: Statement, language: str | None) -> Moment:
    """The statement's day, and whether its date cue sets it later that day ("plus tard
    dans la journée", "dans la soirée"): a change within one day is a reversal too."""
    assert statement.statement_date is not None
    cue = words(statement.date_cue or "")
    later = bool(cue) and bool(find([("later", p) for p in later_in_day(language)], cue))
    return statement.statement_date, int(later)


def position_key(position: Position) -> str:
    """What identifies a position: its statement, else its place in its article."""
    if position.statement is not None:
        return position.statement.id
    return f"{position.article}:{position.content_span[0]}-{position.content_span[1]}"


def computed_reversals(
    statements: Iterable[Statement], catalogue: Iterable[Issue], language: str | None
) -> list[Reversal]:
    """Changes of stance of each canonical speaker on each issue, between dated days.

    Undated statements take no part (their order is unknown); duplicates count once; a
    day on which the speaker's statements disagree equally anchors nothing. Within a day,
    a statement the text sets later ("plus tard dans la journée") comes after the others
    (``moment_of``); the stance towards each issue is read with the issue's sides.
    """
    catalogue = list(catalogue)
    by_thread: dict[tuple[str, str], dict[Moment, list[Position]]] = defaultdict(
        lambda: defaultdict(list)
    )
    speakers: dict[str, Speaker] = {}
    issues: dict[str, Issue] = {}
    for statement in unique_statements(statements):
        if statement.speaker is None or statement.statement_date is None:
            continue
        for issue in issues_of(statement, catalogue, language):
            reading = stance_towards(statement, issue, language)
            if reading.stance == "unclear":
                continue
            speakers[statement.speaker.id] = statement.speaker
            issues[issue.id] = issue
            position = Position.of(statement, reading)
            moment = moment_of(statement, language)
            by_thread[statement.speaker.id, issue.id][moment].append(position)
    reversals: list[Reversal] = []
    # Two statements that reverse on two issues at once are one change of mind.
    seen: set[tuple[str, str]] = set()
    for (speaker_id, issue_id), days in sorted(by_thread.items()):
        previous: Position | None = None
        for moment in sorted(days):
            current = day_position(days[moment])
            if current is None:
                continue
            if previous is not None and is_change(previous.stance, current.stance):
                pair = (position_key(previous), position_key(current))
                if pair in seen:
                    previous = current
                    continue
                seen.add(pair)
                reversals.append(
                    Reversal(
                        speaker=speakers[speaker_id],
                        issue=issues[issue_id],
                        before=previous,
                        after=current,
                        evidence=Evidence("computed"),
                        strength=change_strength(previous, current),
                    )
                )
            previous = current
    return reversals
