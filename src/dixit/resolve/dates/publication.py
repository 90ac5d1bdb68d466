"""Publication dates: reading the date a source gives an article.

``parse_published`` reads the forms sources write (ISO dates and datetimes, DD/MM/YYYY,
"19 août 2025", RFC 2822) and refuses relative words, since they would be read against
today's date; an unreadable value is a ``BadDate`` naming it. ``dateparse`` wraps
``dateparser`` (loaded lazily, cached) with the settings dixit needs, for written dates
in the text as well.
"""

from __future__ import annotations

import email.utils
import re
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any

from dixit.errors import DixitError


class BadDate(DixitError):
    """A publication date that cannot be read: the message names the value and the forms read."""

    def __init__(self, value: object, reason: str) -> None:
        self.value = value
        self.reason = reason
        super().__init__(
            f"cannot read {value!r} as a publication date: {reason}; write it as YYYY-MM-DD "
            f"(or an ISO datetime), DD/MM/YYYY, '19 août 2025' or an RFC 2822 date"
        )


_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ].*)?")
_DMY = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")


def parse_published(value: str) -> date:
    """Read a publication date as sources write it (ISO, DD/MM/YYYY, "19 août 2025", RFC 2822).

    A datetime keeps the calendar day written in its own offset: "2025-08-19T23:30:00-04:00"
    is the 19th, the day the outlet's readers saw. Relative words ("hier") are refused, because
    they would be read against today's date.
    """
    if not isinstance(value, str):
        raise BadDate(value, "expected a string")
    text = value.strip()
    if not text:
        raise BadDate(value, "the value is empty")
    try:
        if _ISO.fullmatch(text):
            try:
                return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
            except ValueError:
                return date.fromisoformat(text[:10])
        match = _DMY.fullmatch(text)
        if match:
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
    except ValueError as exc:
        raise BadDate(value, str(exc)) from exc
    if re.search(r"[A-Za-z]{3},?\s+\d{1,2}\s+[A-Za-z]{3}\s+\d{4}", text) or re.fullmatch(
        r"\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}.*", text
    ):
        try:
            parsed = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError):
            parsed = None
        if parsed is not None:
            return parsed.date()
    if not re.search(r"\d{4}", text):
        raise BadDate(value, "no year in it")
    parsed = dateparse(text, ("fr", "en"), None, None)
    if parsed is None:
        raise BadDate(value, "not a date dateparser can read")
    return parsed


@lru_cache(maxsize=4096)
def dateparse(
    text: str, languages: tuple[str, ...], base: date | None, order: str | None
) -> date | None:
    """dateparser with the settings dixit needs: past preferred, never today's date as base."""
    import dateparser  # imported here: loading it takes a second, and many runs never need it

    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "REQUIRE_PARTS": ["day", "month"] if base else ["day", "month", "year"],
    }
    if base is not None:
        settings["RELATIVE_BASE"] = datetime.combine(base, time())
    if order:
        settings["DATE_ORDER"] = order
    parsed = dateparser.parse(text, languages=list(languages), settings=settings)
    return parsed.date() if parsed else None
