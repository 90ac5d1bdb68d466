"""A speaker's positions on each issue as a chart drawn on the server (inline SVG).

One chart per issue: time runs left to right on an axis shared by all the speaker's
issues, the stance sets the height (supports at the top, opposes at the bottom), a line
joins the dated positions in order, and a reversal is a ring on its second position with
a link to its page. Undated positions stand apart on the right: their order is unknown.
The chart is computed here as coordinates; the template only writes them out, escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dixit.api.positions import TimelinePoint

WIDTH = 640
HEIGHT = 130
LEFT = 70
RIGHT_DATED = 540
UNDATED_X = 600
#: Height of each stance's lane.
LANES = {"supports": 25, "open": 50, "unclear": 75, "opposes": 100}
AXIS_Y = 118
#: Horizontal gap between positions that fall on the same day and stance.
SAME_SPOT_SHIFT = 11


@dataclass(frozen=True)
class ChartPoint:
    x: float
    y: float
    stance: str
    day: str | None
    content: str
    anchor: str
    reversal: str | None = None


@dataclass(frozen=True)
class IssueChart:
    """The chart of one issue: its points, the line through the dated ones, axis labels."""

    issue_id: str
    label: str
    points: list[ChartPoint]
    line: str
    ticks: list[tuple[float, str]]
    width: int = WIDTH
    height: int = HEIGHT
    lanes: dict[str, int] = field(default_factory=lambda: dict(LANES))
    undated_x: int = UNDATED_X
    axis_y: int = AXIS_Y
    left: int = LEFT
    right: int = RIGHT_DATED


def _x(day: date, first: date, last: date) -> float:
    if first == last:
        return (LEFT + RIGHT_DATED) / 2
    return LEFT + (RIGHT_DATED - LEFT) * (day - first).days / (last - first).days


def charts(
    points: Sequence[TimelinePoint],
    reversals: Sequence[dict[str, Any]],
    anchors: dict[str, str],
) -> list[IssueChart]:
    """One chart per issue of ``points``; ``anchors`` maps a statement id to its anchor on
    the page; a reversal's second statement gets a ring linking to the reversal."""
    days = [p.statement.statement_date for p in points if p.statement.statement_date]
    first, last = (min(days), max(days)) if days else (None, None)
    rings = {
        (r["issue"].get("id"), r["after"].get("statement")): r["id"]
        for r in reversals
        if r["after"].get("statement")
    }
    by_issue: dict[str, list[TimelinePoint]] = {}
    labels: dict[str, str] = {}
    for point in points:
        by_issue.setdefault(point.issue.id, []).append(point)
        labels[point.issue.id] = point.issue.label
    found = []
    for issue_id, issue_points in by_issue.items():
        drawn = []
        undated = 0
        taken: dict[tuple[float, int], int] = {}
        for point in issue_points:
            day = point.statement.statement_date
            if day is not None and first is not None and last is not None:
                x = _x(day, first, last)
            else:
                x = UNDATED_X + 8 * (undated % 4)
                undated += 1
            stance = point.issue.stance if point.issue.stance in LANES else "unclear"
            # two positions on one day and stance would hide each other: set them apart
            spot = (round(x, 1), LANES[stance])
            x += SAME_SPOT_SHIFT * taken.get(spot, 0)
            taken[spot] = taken.get(spot, 0) + 1
            drawn.append(
                ChartPoint(
                    x=round(x, 1),
                    y=LANES[stance],
                    stance=stance,
                    day=day.isoformat() if day else None,
                    content=point.statement.content,
                    anchor=anchors.get(point.statement.id, ""),
                    reversal=rings.get((issue_id, point.statement.id)),
                )
            )
        line = " ".join(f"{p.x},{p.y}" for p in drawn if p.day is not None)
        ticks = []
        if first is not None and last is not None:
            ticks.append((float(LEFT), first.isoformat()))
            if last != first:
                ticks.append((float(RIGHT_DATED), last.isoformat()))
        found.append(IssueChart(issue_id, labels[issue_id], drawn, line, ticks))
    return found
