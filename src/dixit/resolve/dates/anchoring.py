"""From a time expression to a date: anchored on publication, or on an earlier date.

``resolve_expression`` gives the ``Resolved`` date (with its precision, and whether it lies
after publication) that an expression stands for: deictic words ("hier", "mardi") count
from ``published``, anaphoric ones ("la veille") from a reference date, written dates
without a year take the nearest plausible year. ``nearest_day`` does the same for a day
mentioned in someone's words, which may lie ahead.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from dixit.resolve.dates.expressions import TimeExpression
from dixit.resolve.dates.lexicon import TimeLexicon
from dixit.resolve.dates.publication import dateparse

#: how many days back "ce samedi" must reach into the week before publication to be read as
#: the coming one: a Friday's "ce samedi" is tomorrow, not six days ago, while a Monday's "ce
#: dimanche" may be the day before (copy written the evening before its date)
THIS_WEEK_REACH = 2

logger = logging.getLogger(__name__)


Precision = Literal["day", "week", "month", "year"]


@dataclass(frozen=True)
class Resolved:
    """A date with its precision; ``future`` when it lies after publication."""

    value: date
    precision: Precision
    future: bool = False

    def timex(self) -> str:
        """ISO 8601 form at its precision: 2025-08-18, 2025-W34, 2025-08, 2025."""
        if self.precision == "week":
            iso = self.value.isocalendar()
            return f"{iso.year}-W{iso.week:02d}"
        if self.precision == "month":
            return f"{self.value.year:04d}-{self.value.month:02d}"
        if self.precision == "year":
            return f"{self.value.year:04d}"
        return self.value.isoformat()


def _first_of_month(d: date, months: int = 0) -> date:
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _shift(anchor: date, offset: int, unit: str) -> Resolved:
    """``anchor`` moved by ``offset`` units, at the precision the unit gives."""
    if unit == "days":
        return Resolved(anchor + timedelta(days=offset), "day")
    if unit == "weeks":
        monday = anchor - timedelta(days=anchor.weekday())
        return Resolved(monday + timedelta(weeks=offset), "week")
    if unit == "months":
        return Resolved(_first_of_month(anchor, offset), "month")
    return Resolved(date(anchor.year + offset, 1, 1), "year")


def _mark_future(resolved: Resolved | None, published: date | None) -> Resolved | None:
    if resolved is None or published is None:
        return resolved
    start_of_published = {
        "day": published,
        "week": published - timedelta(days=published.weekday()),
        "month": published.replace(day=1),
        "year": published.replace(month=1, day=1),
    }[resolved.precision]
    return Resolved(resolved.value, resolved.precision, resolved.value > start_of_published)


def _explicit(expr: TimeExpression, published: date | None, lexicon: TimeLexicon) -> date | None:
    """A written date, read by dateparser; without a year, the latest one not after publication."""
    assert expr.day is not None and expr.month is not None
    if expr.year is None and published is None:
        return None  # a day and month alone need the publication year
    month_name = next(
        (
            str(name)
            for name, number in (lexicon.data.get("months") or {}).items()
            if number == expr.month and "." not in str(name)
        ),
        None,
    )
    text = f"{expr.day} {month_name} {expr.year or ''}".strip()
    parsed = dateparse(text, (lexicon.language,), published, None)
    if parsed is None:
        try:
            parsed = date(expr.year or (published.year if published else 1), expr.month, expr.day)
        except ValueError:
            logger.debug("no such date: %r", expr.text)
            return None
    if expr.year is None and published is not None:
        # "dernier": the latest such day before publication; "prochain": the next one after;
        # otherwise the one nearest publication, so that "le 18 août" in January is last
        # August and "le 10 juillet" on 6 July is four days ahead (a future date)
        this_year = parsed.replace(year=published.year)
        before = (
            this_year
            if this_year < published or (this_year == published and expr.direction != "past")
            else _same_day_in(this_year, published.year - 1)
        )
        after = this_year if this_year > published else _same_day_in(this_year, published.year + 1)
        if expr.direction == "past":
            parsed = before
        elif expr.direction == "future":
            parsed = after
        else:
            parsed = before if (published - before) <= (after - published) else after
    if expr.weekday is not None and parsed.weekday() != expr.weekday:
        logger.debug("weekday of %r does not match %s; keeping the day number", expr.text, parsed)
    return parsed


def _same_day_in(d: date, year: int) -> date:
    try:
        return d.replace(year=year)
    except ValueError:  # 29 February
        return date(year, 2, 28)


def resolve_expression(
    expr: TimeExpression,
    published: date | None,
    reference: Resolved | None,
    lexicon: TimeLexicon,
) -> Resolved | None:
    """The date ``expr`` stands for, or None when nothing anchors it.

    ``published`` anchors deictic words (hier, mardi); ``reference`` (the last dated statement
    or event) anchors anaphoric ones (la veille, plus tard dans la journée).
    """
    kind = expr.kind
    if kind == "explicit":
        value = _explicit(expr, published, lexicon)
        return _mark_future(Resolved(value, "day"), published) if value else None
    if kind == "anaphoric_event" and expr.unit is not None:
        # the day after the event referred back to ("au lendemain de cette séance")
        if reference is None or reference.precision != "day":
            return None
        return _mark_future(_shift(reference.value, expr.offset, expr.unit), published)
    if kind in ("continuation", "same_interview", "anaphoric_event"):
        return reference
    if kind == "day_part":
        # "à la mi-journée": a part of the story's current day, else of the day of publishing
        if reference is not None and reference.precision == "day":
            return reference
        return Resolved(published, "day") if published else None
    if kind == "anaphoric":
        if reference is None or reference.precision != "day" or expr.unit is None:
            return None
        return _mark_future(_shift(reference.value, expr.offset, expr.unit), published)
    if kind == "month" and expr.month is not None:
        if expr.year is not None:
            return _mark_future(Resolved(date(expr.year, expr.month, 1), "month"), published)
        if published is None:
            return None
        year = published.year if expr.month <= published.month else published.year - 1
        return Resolved(date(year, expr.month, 1), "month")
    if kind == "year" and expr.year is not None:
        return _mark_future(Resolved(date(expr.year, 1, 1), "year"), published)
    if published is None:
        return None
    if kind == "weekday" and expr.weekday is not None:
        back = (published.weekday() - expr.weekday) % 7
        if expr.direction == "future" or (
            expr.this_week and expr.weekday > published.weekday() and back >= THIS_WEEK_REACH
        ):
            ahead = (expr.weekday - published.weekday()) % 7 or 7
            return Resolved(published + timedelta(days=ahead), "day", future=True)
        if expr.direction == "past" and back == 0:
            back = 7
        return Resolved(published - timedelta(days=back), "day")
    if kind in ("deictic", "ago") and expr.unit:
        return _mark_future(_shift(published, expr.offset, expr.unit), published)
    if kind == "future_count" and expr.definite and expr.unit:
        return _mark_future(_shift(published, expr.offset, expr.unit), published)
    return None


def nearest_day(expr: TimeExpression, anchor: date) -> Resolved | None:
    """A day and month in someone's words: the occurrence nearest the day they spoke.

    Unlike a statement's own date, a mentioned date may lie ahead ("le texte sera présenté
    le 15 février"), so neither direction is preferred.
    """
    assert expr.day is not None and expr.month is not None
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, expr.month, expr.day))
        except ValueError:
            continue
    if not candidates:
        return None
    best = min(candidates, key=lambda d: abs((d - anchor).days))
    return Resolved(best, "day", future=best > anchor)
