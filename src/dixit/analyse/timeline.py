"""What a speaker has said about an issue: their positions in date order.

The first half of "What has X said about Y, and did X change their mind?"; the reversals
(``computed_reversals``) answer the second half over the same positions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from dixit.analyse.issues import Issue, issues_of
from dixit.analyse.reversals import Position, unique_statements
from dixit.analyse.stance import stance_of
from dixit.model import Statement


@dataclass(frozen=True)
class IssuePosition:
    """One position of one speaker on one issue."""

    speaker_id: str
    issue: Issue
    position: Position

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker_id,
            "issue": {"id": self.issue.id, "label": self.issue.label},
        } | self.position.to_dict()


def timeline(
    statements: Iterable[Statement],
    catalogue: Iterable[Issue],
    language: str | None,
    *,
    speaker_id: str | None = None,
    issue_id: str | None = None,
) -> list[IssuePosition]:
    """Each (speaker, issue) position of ``statements``, duplicates once, in date order
    (undated ones last, in text order), narrowed to one speaker and/or issue if given.

    Unlike reversals, an ``unclear`` stance is kept: the user asked what was said.
    """
    catalogue = [i for i in catalogue if issue_id is None or i.id == issue_id]
    found: list[IssuePosition] = []
    for statement in unique_statements(statements):
        if statement.speaker is None:
            continue
        if speaker_id is not None and statement.speaker.id != speaker_id:
            continue
        issues = issues_of(statement, catalogue, language)
        if not issues:
            continue
        position = Position.of(statement, stance_of(statement, language))
        found += [IssuePosition(statement.speaker.id, issue, position) for issue in issues]
    return sorted(found, key=_order)


def _order(item: IssuePosition) -> tuple[bool, date, str, int]:
    day = item.position.statement_date
    return day is None, day or date.min, item.position.article, item.position.content_span[0]
