"""Positions over statements: which issues a statement is about, its stance towards each,
and the reversals of a speaker's stance, computed from dated statements or reported by the
text ("volte-face"). Pure functions over :class:`dixit.model.Statement`; ``docs/positions.md``.
"""

from dixit.analyse.issues import Issue, issues_of, load_catalogue
from dixit.analyse.reversals import (
    Evidence,
    Position,
    Reversal,
    annotate,
    computed_reversals,
)
from dixit.analyse.stance import StanceReading, stance_of, stance_towards
from dixit.analyse.timeline import IssuePosition, timeline

__all__ = [
    "Evidence",
    "Issue",
    "IssuePosition",
    "Position",
    "Reversal",
    "StanceReading",
    "annotate",
    "computed_reversals",
    "issues_of",
    "load_catalogue",
    "stance_of",
    "stance_towards",
    "timeline",
]
