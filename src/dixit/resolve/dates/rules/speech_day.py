"""A quotation that names its own day ("“Steve Barclay had a constructive meeting with Michel
Barnier this morning,” a spokesman said"): the speaker's "today", "this morning" or "this
afternoon" is the day they spoke, which news copy with nothing else to date the statement
reports on the day of publication. Only a direct quotation (the speaker's own deixis, not the
writer's paraphrase) and only a word of that same day; "yesterday" or "tomorrow" in the
quotation tells of another day, never when it was said. For languages that set
``Grammar.quoted_deixis_dates``.
"""

from __future__ import annotations

from dixit.model import DateMethod, Statement
from dixit.resolve.dates.anchoring import Resolved
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    published = state.article.published
    if not state.grammar.quoted_deixis_dates or statement.kind != "direct" or published is None:
        return None
    start, end = statement.content_span
    for expression in state.expressions_starting(start, end):
        if expression.span[1] > end:
            break
        if expression.kind == "deictic" and expression.unit == "days" and expression.offset == 0:
            return DateResolution.dated(
                Resolved(published, "day"),
                DateMethod.RELATIVE,
                expression.text,
                expression.span,
            )
    return None
