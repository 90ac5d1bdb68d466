"""Cues: which time expressions date a statement, and which only date another event.

Rules 2 and 3 of the package docstring. A cue in the statement's own sentence, outside any
content, dates it (``frame_expressions``, ``leading``), unless it sits in a phrase about
another event ("après sa visite la semaine dernière", found by ``frame_head``). ``resolve``
anchors a cue on publication or on the timeline's last date.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from datetime import date

from dixit.model import Span, Statement
from dixit.resolve.dates.anchoring import Resolved, resolve_expression
from dixit.resolve.dates.article import ArticleStructure
from dixit.resolve.dates.expressions import TimeExpression
from dixit.resolve.dates.inheritance import _same_named_speaker
from dixit.resolve.dates.sentences import _inside, _overlaps

_DELIMITERS = ",;:()–—"


class CueReader(ArticleStructure):
    """Finds a statement's cues and tells whether each dates it."""

    def frame_expressions(self, region: Span, excluded: Iterable[Span]) -> list[TimeExpression]:
        excluded = list(excluded)
        lo = bisect.bisect_left(self.expression_starts, region[0])
        hi = bisect.bisect_right(self.expression_starts, region[1])
        return [
            e
            for e in self.expressions[lo:hi]
            if _inside(e.span, region) and not any(_overlaps(e.span, x) for x in excluded)
        ]

    def leading(self, statement: Statement) -> list[TimeExpression]:
        """A time word opening reported content belongs to the reporting verb before it.

        "a dénoncé dimanche « un abandon »": when the content starts right on "dimanche" (no
        "que" before it), the word says when the denouncing happened, not what was said.
        """
        if statement.kind == "direct":
            return []
        start, end = statement.content_span
        return [
            e
            for e in self.expressions_starting(start, end)
            if start <= e.span[0] < end
            and not self.text[start : e.span[0]].strip()
            and e.kind in ("weekday", "deictic", "explicit")
        ]

    def frame_head(
        self, expr: TimeExpression, sentence: Span, excluded: Sequence[Span]
    ) -> tuple[str, Span] | None:
        """The head (après, lors de …) of the phrase holding ``expr``, with the phrase's extent."""
        start = sentence[0]
        for x in excluded:
            if x[1] <= expr.span[0]:
                start = max(start, x[1])
        segment = self.text[start : expr.span[0]]
        cut = max((segment.rfind(c) for c in _DELIMITERS), default=-1)
        seg_start = start + cut + 1
        head: tuple[str, Span] | None = None
        for m in self.lexicon.heads.finditer(self.text, seg_start, expr.span[0]):
            if any(
                x.start() <= m.start() < x.end()
                for x in self.lexicon.head_exceptions.finditer(
                    self.text, max(seg_start - 10, 0), expr.span[0]
                )
            ):
                continue
            kind = self.lexicon.head_kind(m.group())
            if kind:
                head = (kind, (m.start(), m.end()))
        if head is None:
            return None
        end = expr.span[1]
        limit = min([x[0] for x in excluded if x[0] >= end] + [sentence[1]])
        while end < limit and self.text[end] not in _DELIMITERS:
            end += 1
        return head[0], (head[1][0], end)

    def applicable(
        self, expr: TimeExpression, sentence: Span, excluded: Sequence[Span], own_cue: Span | None
    ) -> bool | None:
        """True: the cue dates the statement. False: it dates another event. None: no bearing."""
        if expr.kind in ("year", "vague_future", "vague_past", "future_count"):
            return None
        if expr.kind == "month":
            before = self.text[sentence[0] : expr.span[0]]
            if not re.fullmatch(r"\W*(?:\w+\W+)?", before):
                return None  # a month is a statement's time only as a preposed adverbial
        if expr.kind in ("continuation", "same_interview", "anaphoric_event"):
            return True  # these keep the story on a day it has already told
        head = self.frame_head(expr, sentence, excluded)
        if head is None or head[0] == "during":
            return True
        # "…, avant de préciser mardi que": the phrase is the statement itself
        return bool(own_cue and _inside(own_cue, head[1]))

    def reference(self, interview: bool = False) -> Resolved | None:
        for entry in reversed(self.timeline):
            if entry.resolved is not None and (entry.interview or not interview):
                return entry.resolved
        return None

    def same_occasion(self, statement: Statement | None) -> Resolved | None:
        """The occasion "dans la même interview" refers to.

        The last dated sentence that mentions an interview; failing that, the same speaker's
        last dated statement, since an interview the article did not name is still theirs.
        """
        found = self.reference(interview=True)
        if found is not None or statement is None:
            return found
        for entry in reversed(self.timeline):
            earlier = entry.statement
            if entry.resolved and earlier and _same_named_speaker(earlier, statement):
                return entry.resolved
        return None

    def resolve(
        self,
        expr: TimeExpression,
        anchor: date | None = None,
        statement: Statement | None = None,
    ) -> Resolved | None:
        published = anchor if anchor is not None else self.published
        if expr.kind == "same_interview":
            return self.same_occasion(statement)
        if expr.kind in ("continuation", "anaphoric", "anaphoric_event"):
            ref = self.reference()
            return resolve_expression(expr, published, ref, self.lexicon)
        return resolve_expression(expr, published, None, self.lexicon)

    def mentions_interview(self, region: Span, excluded: Sequence[Span]) -> bool:
        return self.mentions(self.lexicon.interview, region, excluded)

    def mentions(self, pattern: re.Pattern[str], region: Span, excluded: Sequence[Span]) -> bool:
        """Whether ``pattern`` occurs in ``region`` outside the ``excluded`` spans."""
        for m in pattern.finditer(self.text, region[0], region[1]):
            if not any(_overlaps(m.span(), x) for x in excluded):
                return True
        return False
