"""Times inside a statement's content: nested reported speech and mentioned times.

A time inside content is what was talked about, never when it was said (rule 2), except
for speech reported inside speech, which only a cue inside the outer content dates
(``date_nested``). ``mention_times`` lists every time a content mentions, counted from the
day its words were spoken.
"""

from __future__ import annotations

import bisect
from datetime import date
from typing import Any

from dixit.model import Statement
from dixit.resolve.dates.anchoring import Resolved, _nearest_day, resolve_expression
from dixit.resolve.dates.article import ArticleStructure
from dixit.resolve.dates.sentences import _distance, _inside
from dixit.resolve.dates.timeline import _set


class ContentTimes(ArticleStructure):
    """Dates nested statements and lists the times a content mentions."""

    def date_nested(self, statement: Statement, outer: Statement) -> None:
        """Reported speech inside reported speech: only a cue inside the outer content dates it."""
        region = outer.content_span
        own = statement.content_span
        lo = bisect.bisect_left(self.content_starts, region[0])
        hi = bisect.bisect_right(self.content_starts, region[1])
        excluded = [
            st.content_span
            for st in self.by_start[lo:hi]
            if st.content_span != region and _inside(st.content_span, region)
        ]
        if own not in excluded:
            excluded.append(own)
        cues = [
            e
            for e in self.frame_expressions(region, excluded)
            if self.applicable(e, region, excluded, statement.cue_span)
            and e.kind not in ("continuation", "same_interview", "anaphoric_event", "anaphoric")
        ]
        if not cues:
            return
        anchor = statement.cue_span or own
        cue = min(cues, key=lambda e: (_distance(e.span, anchor), e.span[0]))
        resolved = self.resolve(cue, anchor=self.speech_anchor(outer))
        if resolved and not resolved.future and resolved.precision != "year":
            method = "explicit" if cue.kind == "explicit" else "relative"
            _set(statement, resolved, cue.text, cue.span, method)

    def speech_anchor(self, statement: Statement) -> date | None:
        """The day that deictic words in ``statement``'s content count from.

        In quoted words "hier" counts from the day they were said; in indirect speech the
        journalist has already shifted it to the day of publication.
        """
        if statement.kind == "indirect":
            return self.published
        if statement.date_precision == "day":
            return statement.statement_date
        return None

    def mention_times(self, statement: Statement) -> None:
        anchor = self.speech_anchor(statement)
        reference = (
            Resolved(statement.statement_date, statement.date_precision)
            if statement.statement_date and statement.date_precision
            else None
        )
        mentioned: list[dict[str, Any]] = []
        leading = self.leading(statement)
        start, end = statement.content_span
        for expr in self.expressions_starting(start, end):
            if not _inside(expr.span, statement.content_span) or expr in leading:
                continue
            if expr.kind in ("continuation", "same_interview", "anaphoric_event", "anaphoric"):
                resolved = resolve_expression(expr, anchor, reference, self.lexicon)
            elif expr.kind == "explicit" and expr.year is not None:
                resolved = resolve_expression(expr, None, None, self.lexicon)
            elif expr.kind == "explicit" and anchor:
                resolved = _nearest_day(expr, anchor)
            else:
                resolved = resolve_expression(expr, anchor, None, self.lexicon) if anchor else None
            mentioned.append(
                {
                    "text": expr.text,
                    "span": [expr.span[0], expr.span[1]],
                    "value": resolved.timex() if resolved else None,
                }
            )
        statement.mentioned_times = mentioned
