"""Statement dates: the day each statement was made, anchored on the publication date.

A news report rarely writes the date of what it quotes. It writes "mardi", "hier", "la veille",
"plus tard dans la journée", or nothing at all and lets the reader carry the day over from the
sentence before. This module turns those cues into dates with a few general rules of news
writing (``docs/dates.md`` lists them):

1. Time expressions are found with patterns built from the language's lexicon
   (``lexicons/<lang>/time.yaml``): weekdays, deictic words, anaphoric words, continuation
   phrases, written dates (read with ``dateparser``).
2. An expression inside a statement's content is a *mentioned* time, never its date.
3. An expression in the statement's own sentence dates it, unless it sits in a phrase about
   another event ("après sa visite la semaine dernière, X a déclaré …").
4. Without a cue, the headline and lead take the publication date; other statements inherit
   the time of their paragraph, or of the same speaker's statement in the paragraph just
   before; otherwise they stay undated. Undated is better than wrongly dated.

Publication is the only anchor: without it, only a written date with a year can date anything,
and today's date is never used.
"""

from __future__ import annotations

import bisect
import email.utils
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

import yaml

from dixit.errors import DixitError
from dixit.model import Article, Span, Statement

logger = logging.getLogger(__name__)

Precision = Literal["day", "week", "month", "year"]

#: spaces inside one paragraph: time expressions never run across a line break
_SP = r"[^\S\n]+"
_LEFT = r"(?<![\w-])"
_RIGHT = r"(?![\w-])"
_QUOTE_OPEN = "«“"
_QUOTE_CLOSE = "»”"
_SENTENCE_END = ".!?…"
_ABBREVIATIONS = frozenset({"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "mr"})
_DELIMITERS = ",;:()–—"
#: sentences of the lead paragraph that report the day's news (a lead is one or two sentences;
#: text scraped without line breaks is all one paragraph, and must not all count as lead)
_LEAD_SENTENCES = 2
#: share of a headline quotation's words a body statement must hold to be the same statement
_HEADLINE_MATCH = 0.6
#: how many sentences back a statement may take its paragraph's time from
_PARAGRAPH_REACH = 3
#: a "paragraph" longer than this is text that lost its line breaks: each of its sentences is
#: then treated as a paragraph of its own, so that inheritance stays local
_LONG_PARAGRAPH = 6


class BadDate(DixitError):
    """A publication date that cannot be read: the message names the value and the forms read."""

    def __init__(self, value: object, reason: str) -> None:
        self.value = value
        self.reason = reason
        super().__init__(
            f"cannot read {value!r} as a publication date: {reason}; write it as YYYY-MM-DD "
            f"(or an ISO datetime), DD/MM/YYYY, '19 août 2025' or an RFC 2822 date"
        )


# --------------------------------------------------------------------------- publication dates

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
    parsed = _dateparse(text, ("fr", "en"), None, None)
    if parsed is None:
        raise BadDate(value, "not a date dateparser can read")
    return parsed


@lru_cache(maxsize=4096)
def _dateparse(
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


# --------------------------------------------------------------------------- lexicon


def _phrase(text: str) -> str:
    """A lexicon phrase as a regex: any spacing between words, either apostrophe."""
    words = [re.escape(w).replace("'", "['’]") for w in text.split()]
    return _SP.join(words)


def _alternation(phrases: Iterable[str]) -> str:
    """Longest phrases first, so that "hier soir" wins over "hier"."""
    unique = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not unique:
        return r"(?!x)x"
    return "(?:" + "|".join(_phrase(p) for p in unique) + ")"


def _bounded(pattern: str) -> str:
    return _LEFT + pattern + _RIGHT


@dataclass
class TimeLexicon:
    """One language's time words (``lexicons/<lang>/time.yaml``) and the patterns built on them."""

    language: str
    data: dict[str, Any]
    patterns: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    heads: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))
    head_kinds: dict[str, str] = field(default_factory=dict)
    head_exceptions: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))
    interview: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))
    continuation_forms: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))
    pluperfect: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))
    new_occasion: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))
    not_time: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))

    def __post_init__(self) -> None:
        self._build()

    def words(self, key: str) -> list[str]:
        return [str(w) for w in self.data.get(key) or []]

    def lookup(self, key: str, word: str) -> Any:
        """The value of ``word`` in the mapping ``key``, ignoring case and apostrophe style."""
        table = self.data.get(key) or {}
        norm = word.lower().replace("’", "'")
        norm = re.sub(r"\s+", " ", norm)
        for name, value in table.items():
            if str(name).lower() == norm:
                return value
        return None

    def phrase_value(self, key: str, text: str) -> dict[str, Any]:
        """The entry of the list ``key`` (deictic, anaphoric) whose text is ``text``."""
        norm = re.sub(r"\s+", " ", text.lower().replace("’", "'"))
        for entry in self.data.get(key) or []:
            if str(entry["text"]).lower() == norm:
                return entry
        return {}

    def _build(self) -> None:
        d = self.data
        weekdays = _alternation(map(str, d.get("weekdays") or {}))
        months_all = _alternation(map(str, d.get("months") or {}))
        months_full = _alternation(m for m in map(str, d.get("months") or {}) if "." not in m)
        past = _alternation(self.words("past_markers"))
        future = _alternation(self.words("future_markers"))
        parts = _alternation(self.words("day_parts"))
        prefixes = d.get("weekday_prefixes") or {}
        pre_all = _alternation(
            [*prefixes.get("past", []), *prefixes.get("future", []), *prefixes.get("neutral", [])]
        )
        ordinals = "|".join(re.escape(o) for o in self.words("ordinals"))
        day = rf"(?P<day>\d{{1,2}}(?:st|nd|rd|th)?{'|' + ordinals if ordinals else ''})"
        year = r"(?P<year>(?:1[89]|20)\d{2})"
        mark = rf"(?:{_SP}(?P<mark>{past}|{future}))?"
        wd_lead = rf"(?:(?:le|the|on){_SP})?(?:(?P<wd>{weekdays}),?{_SP})?"
        patterns: list[tuple[str, str]] = []
        orders = self.words("date_orders") or ["day_month"]
        if "day_month" in orders:
            patterns.append(
                (
                    "explicit",
                    rf"{wd_lead}{day}{_SP}(?:of{_SP})?(?P<month>{months_all})"
                    rf"(?:,?{_SP}{year})?{mark}",
                )
            )
        if "month_day" in orders:
            patterns.append(
                (
                    "explicit",
                    rf"{wd_lead}(?P<month>{months_all}){_SP}{day}(?:,?{_SP}{year})?",
                )
            )
        patterns.append(("numeric", r"(?P<d1>\d{1,2})[/.](?P<d2>\d{1,2})[/.](?P<y>\d{4})"))
        patterns.append(("iso", r"(?P<iso>\d{4}-\d{2}-\d{2})"))
        night = d.get("night") or {}
        if night.get("lead"):
            patterns.append(
                (
                    "weekday",
                    rf"{_alternation(night['lead'])}{_SP}(?P<first>{weekdays}){_SP}"
                    rf"{_alternation(night.get('joiners') or [])}{_SP}(?P<wd>{weekdays})",
                )
            )
        patterns.append(
            (
                "weekday",
                rf"(?:(?P<pre>{pre_all}){_SP})?(?P<wd>{weekdays})(?:{_SP}(?P<part>{parts}))?{mark}",
            )
        )
        for kind in ("deictic", "anaphoric"):
            texts = [str(e["text"]) for e in d.get(kind) or []]
            patterns.append((kind, _alternation(texts)))
        for kind in ("continuation", "same_interview", "vague_future", "vague_past"):
            patterns.append((kind, _alternation(self.words(kind))))
        ago = d.get("ago") or {}
        numbers = _alternation(map(str, ago.get("numbers") or {}))
        units = _alternation(map(str, ago.get("units") or {}))
        count = rf"(?P<n>\d+|{numbers})"
        if ago.get("lead"):
            patterns.append(("ago", rf"{_phrase(ago['lead'])}{_SP}{count}{_SP}(?P<unit>{units})"))
        if ago.get("tail"):
            patterns.append(("ago", rf"{count}{_SP}(?P<unit>{units}){_SP}{_phrase(ago['tail'])}"))
        counted = d.get("vague_future_counted") or {}
        if counted:
            lead = _alternation(counted.get("lead") or [])
            tail = _alternation(counted.get("tail") or [])
            patterns.append(
                (
                    "future_count",
                    rf"(?P<lead>{lead}){_SP}(?:{count}{_SP})?(?P<unit>{units})"
                    rf"(?:{_SP}(?P<tail>{tail}))?",
                )
            )
        month_preps = _alternation(self.words("month_prepositions"))
        patterns.append(
            (
                "month",
                rf"(?:{month_preps}{_SP}(?P<month>{months_full})(?:{_SP}{year})?"
                rf"|(?P<month2>{months_full}){_SP}(?P<year2>(?:1[89]|20)\d{{2}}))",
            )
        )
        year_preps = _alternation(self.words("year_prepositions"))
        patterns.append(("year", rf"{year_preps}{_SP}{year}"))
        heads = d.get("frame_heads") or {}
        demonstratives = _alternation(self.words("demonstratives"))
        anaphoric_heads = _alternation([*heads.get("after", []), *heads.get("during", [])])
        patterns.append(
            ("anaphoric_event", rf"(?P<head>{anaphoric_heads}){_SP}{demonstratives}{_SP}[\w-]+")
        )
        self.patterns = [
            (kind, re.compile(_bounded(p), re.IGNORECASE)) for kind, p in patterns if p
        ]
        self.head_kinds = {
            str(h).lower().replace("’", "'"): kind for kind, hs in heads.items() for h in hs
        }
        self.heads = re.compile(_LEFT + _alternation(self.head_kinds) + r"(?![\w-])", re.IGNORECASE)
        self.head_exceptions = re.compile(
            _bounded(_alternation(self.words("frame_head_exceptions"))), re.IGNORECASE
        )
        self.interview = re.compile(
            _bounded(_alternation(self.words("interview_words"))), re.IGNORECASE
        )
        self.continuation_forms = re.compile(
            _bounded(_alternation(self.words("continuation_forms"))), re.IGNORECASE
        )
        # "avait-il ajouté": the auxiliary may be followed by a hyphen
        self.pluperfect = re.compile(
            _LEFT + _alternation(self.words("pluperfect_auxiliaries")) + r"(?!\w)", re.IGNORECASE
        )
        media = _alternation(self.words("media"))
        media_preps = _alternation(self.words("media_prepositions"))
        self.new_occasion = re.compile(
            _bounded(rf"(?:{_alternation(self.words('new_occasion'))}|{media_preps}{_SP}{media})"),
            re.IGNORECASE,
        )
        self.not_time = re.compile(_bounded(_alternation(self.words("not_time"))), re.IGNORECASE)

    def head_kind(self, text: str) -> str | None:
        norm = re.sub(r"\s+", " ", text.lower().replace("’", "'"))
        return self.head_kinds.get(norm)


@lru_cache(maxsize=8)
def load_time_lexicon(language: str | None = "fr") -> TimeLexicon:
    """The time lexicon of ``language`` (French when absent or unknown), loaded once."""
    lang = (language or "fr").lower().split("-")[0].split("_")[0]
    folder = resources.files("dixit") / "lexicons"
    path = folder / lang / "time.yaml"
    if not path.is_file():
        logger.debug("no time lexicon for language %r; using French", language)
        lang = "fr"
        path = folder / lang / "time.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return TimeLexicon(language=lang, data=data)


# --------------------------------------------------------------------------- time expressions


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in the text, before it is resolved to a date."""

    text: str
    span: Span
    kind: str
    weekday: int | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None
    offset: int = 0
    unit: str | None = None
    direction: Literal["past", "future"] | None = None
    definite: bool = True


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


def _number(lexicon: TimeLexicon, text: str | None) -> int | None:
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    numbers = (lexicon.data.get("ago") or {}).get("numbers") or {}
    for name, number in numbers.items():
        if str(name).lower() == text.lower():
            return int(number)
    return None


def _unit(lexicon: TimeLexicon, text: str | None) -> str | None:
    if text is None:
        return None
    units = (lexicon.data.get("ago") or {}).get("units") or {}
    for name, unit in units.items():
        if str(name).lower() == text.lower():
            return str(unit)
    return None


def _direction(lexicon: TimeLexicon, word: str | None) -> Literal["past", "future"] | None:
    if not word:
        return None
    norm = re.sub(r"\s+", " ", word.lower())
    prefixes = lexicon.data.get("weekday_prefixes") or {}
    if norm in [w.lower() for w in lexicon.words("past_markers")] + [
        str(w).lower() for w in prefixes.get("past", [])
    ]:
        return "past"
    if norm in [w.lower() for w in lexicon.words("future_markers")] + [
        str(w).lower() for w in prefixes.get("future", [])
    ]:
        return "future"
    return None


def _day_number(text: str) -> int:
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else 1  # "1er", "premier"


def _expression(lexicon: TimeLexicon, kind: str, m: re.Match[str]) -> TimeExpression | None:
    """Read the parts of one match into a :class:`TimeExpression`."""
    g = m.groupdict()
    base = {"text": m.group(), "span": m.span(), "kind": kind}
    if kind == "explicit":
        weekday = lexicon.lookup("weekdays", g["wd"]) if g.get("wd") else None
        return TimeExpression(
            **base,
            weekday=weekday,
            day=_day_number(g["day"]),
            month=int(lexicon.lookup("months", g["month"])),
            year=int(g["year"]) if g.get("year") else None,
            direction=_direction(lexicon, g.get("mark")),
        )
    if kind == "numeric":
        first, second = int(g["d1"]), int(g["d2"])
        order = str(lexicon.data.get("numeric_order") or "DMY")
        day, month = (second, first) if order.startswith("M") else (first, second)
        return TimeExpression(
            **{**base, "kind": "explicit"}, day=day, month=month, year=int(g["y"])
        )
    if kind == "iso":
        y, mo, d = (int(p) for p in g["iso"].split("-"))
        return TimeExpression(**{**base, "kind": "explicit"}, day=d, month=mo, year=y)
    if kind == "weekday":
        direction = _direction(lexicon, g.get("mark")) or _direction(lexicon, g.get("pre"))
        return TimeExpression(
            **base, weekday=int(lexicon.lookup("weekdays", g["wd"])), direction=direction
        )
    if kind in ("deictic", "anaphoric"):
        entry = lexicon.phrase_value(kind, m.group())
        for unit in ("days", "weeks", "months"):
            if unit in entry:
                offset = int(entry[unit])
                direction = "future" if offset > 0 else "past"
                return TimeExpression(**base, offset=offset, unit=unit, direction=direction)
        return None
    if kind == "ago":
        n, unit = _number(lexicon, g.get("n")), _unit(lexicon, g.get("unit"))
        if n is None or unit is None:
            return None
        return TimeExpression(**base, offset=-n, unit=unit, direction="past")
    if kind == "future_count":
        n, unit = _number(lexicon, g.get("n")), _unit(lexicon, g.get("unit"))
        if n is None and not g.get("tail"):
            return None  # "dans les mois" alone is not a time expression
        lead = re.sub(r"\s+", " ", (g.get("lead") or "").lower())
        definite = n is not None and not g.get("tail") and len(lead.split()) == 1
        return TimeExpression(
            **base, offset=n or 0, unit=unit, direction="future", definite=definite
        )
    if kind == "month":
        name = g.get("month") or g.get("month2")
        year_text = g.get("year") or g.get("year2")
        return TimeExpression(
            **base,
            month=int(lexicon.lookup("months", name)),
            year=int(year_text) if year_text else None,
        )
    if kind == "year":
        return TimeExpression(**base, year=int(g["year"]))
    if kind in ("vague_future", "vague_past"):
        direction = "future" if kind == "vague_future" else "past"
        return TimeExpression(**base, direction=direction, definite=False)
    return TimeExpression(**base)  # continuation, same_interview, anaphoric_event


def find_time_expressions(text: str, lexicon: TimeLexicon) -> list[TimeExpression]:
    """Every time expression in ``text``, longest first where two overlap."""
    found: list[tuple[int, int, int, str, re.Match[str]]] = []
    for rank, (kind, pattern) in enumerate(lexicon.patterns):
        for m in pattern.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), -(m.end() - m.start()), rank, kind, m))
    found.sort(key=lambda f: (f[0], f[1], f[2]))
    blocked = [m.span() for m in lexicon.not_time.finditer(text)]
    expressions: list[TimeExpression] = []
    last_end = -1
    for start, _, _, kind, m in found:
        if start < last_end or any(_overlaps(m.span(), b) for b in blocked):
            continue
        expression = _expression(lexicon, kind, m)
        if expression is not None:
            expressions.append(expression)
            last_end = m.end()
    return expressions


# --------------------------------------------------------------------------- resolution


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
    parsed = _dateparse(text, (lexicon.language,), published, None)
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
    if kind in ("continuation", "same_interview", "anaphoric_event"):
        return reference
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
        if expr.direction == "future":
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


# --------------------------------------------------------------------------- text structure


def _sentence_spans(text: str, paragraphs: Sequence[Span], protected: Sequence[Span]) -> list[Span]:
    """Sentences within paragraphs, never cut inside quote marks or a statement's content.

    A sentence ends at . ! ? … outside quote marks, or at a closing quote mark right after one
    of them (« Nous tiendrons. » La maire …), when a capital or an opening quote follows.
    """
    spans: list[Span] = []
    for p_start, p_end in paragraphs:
        para = text[p_start:p_end]
        track_guillemets = para.count("«") == para.count("»")
        track_curly = para.count("“") == para.count("”")
        track_straight = para.count('"') % 2 == 0
        depth, straight = 0, False
        start = p_start
        for i in range(p_start, p_end):
            ch = text[i]
            closed = False
            if ch in "«“" and (track_guillemets if ch == "«" else track_curly):
                depth += 1
            elif ch in "»”" and (track_guillemets if ch == "»" else track_curly):
                depth = max(0, depth - 1)
                closed = depth == 0 and not straight
            elif ch == '"' and track_straight:
                straight = not straight
                closed = not straight and depth == 0
            if closed:
                before = text[start:i].rstrip()
                if not before or before[-1] not in _SENTENCE_END:
                    continue
            elif ch not in _SENTENCE_END or depth or straight:
                continue
            end = i + 1
            while end < p_end and text[end] in _SENTENCE_END + _QUOTE_CLOSE + ")":
                end += 1
            if end >= p_end or not text[end].isspace():
                continue
            following = text[end:p_end].lstrip()
            if not following or not (
                following[0].isupper() or following[0] in _QUOTE_OPEN + '"-–—'
            ):
                continue
            word = re.search(r"(\w+)\.$", text[start : i + 1]) if ch == "." else None
            if word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
                continue
            if any(s < end < e for s, e in protected):
                continue
            spans.append((start, end))
            start = end + (len(text[end:p_end]) - len(text[end:p_end].lstrip()))
        if start < p_end:
            spans.append((start, p_end))
    return spans


def _inside(inner: Span, outer: Span) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _distance(a: Span, b: Span) -> int:
    if _overlaps(a, b):
        return 0
    return b[0] - a[1] if a[1] <= b[0] else a[0] - b[1]


_CAPITALISED = re.compile(r"\b[A-ZÀ-Ý][\w'’-]+")


#: capitalised words that name nobody: determiners and titles opening a mention
_NOT_NAMES = frozenset(
    [
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "ce",
        "cette",
        "m",
        "mme",
        "mlle",
        "me",
        "dr",
        "pr",
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "mr",
        "mrs",
        "ms",
    ]
)


def _name_words(statement: Statement) -> set[str]:
    words: set[str] = set()
    for text in (statement.speaker.name if statement.speaker else None, statement.speaker_mention):
        if text:
            found = (w.lower().replace("’", "'") for w in _CAPITALISED.findall(text))
            words.update(w for w in found if w.split("'")[0] not in _NOT_NAMES)
    return words


# --------------------------------------------------------------------------- assignment


@dataclass
class _Entry:
    """A point of the story's timeline: a dated (or knowingly undated) statement or sentence."""

    position: int
    block: int
    resolved: Resolved | None
    interview: bool
    statement: Statement | None
    sentence: Span
    background: bool = False


@dataclass
class _Unit:
    """What the assigner walks through in text order: a statement or a narrative sentence."""

    position: int
    sentence: Span
    statements: list[Statement] = field(default_factory=list)


class _DateAssigner:
    """Walks an article in text order, keeping the timeline that later cues refer back to."""

    def __init__(self, article: Article, statements: list[Statement]) -> None:
        self.article = article
        self.text = article.text
        self.published = article.published
        self.lexicon = load_time_lexicon(article.language or "fr")
        self.statements = statements
        self.contents = [s.content_span for s in statements]
        self.paragraph_starts = [p[0] for p in article.paragraphs]
        self.sentences = _sentence_spans(self.text, article.paragraphs, self.contents)
        self.expressions = find_time_expressions(self.text, self.lexicon)
        self.expression_starts = [e.span[0] for e in self.expressions]
        # Statements by content start, and the longest content: the candidates that may
        # hold a given span lie in a window found by bisection, not in the whole article.
        self.by_start = sorted(statements, key=lambda st: st.content_span[0])
        self.content_starts = [st.content_span[0] for st in self.by_start]
        self.longest = max((e - b for b, e in self.contents), default=0)
        self.timeline: list[_Entry] = []
        self.sentence_starts = [s[0] for s in self.sentences]
        self.headline = False
        self.lead = self._lead_sentences()
        self.lead_time: Resolved | None = None
        self.blocks = self._blocks()

    # ----- structure

    def paragraph_of(self, position: int) -> int:
        return max(0, bisect.bisect_right(self.paragraph_starts, position) - 1)

    def sentence_index(self, position: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, position) - 1)

    def _blocks(self) -> list[int]:
        """Per sentence, the number of its paragraph, counting each sentence of an overlong one."""
        sizes: dict[int, int] = {}
        for sentence in self.sentences:
            paragraph = self.paragraph_of(sentence[0])
            sizes[paragraph] = sizes.get(paragraph, 0) + 1
        blocks: list[int] = []
        block, last = -1, None
        for sentence in self.sentences:
            paragraph = self.paragraph_of(sentence[0])
            if paragraph != last or sizes[paragraph] > _LONG_PARAGRAPH:
                block += 1
            last = paragraph
            blocks.append(block)
        return blocks

    def block_of(self, position: int) -> int:
        """The paragraph (or, in an overlong paragraph, the sentence) holding ``position``."""
        if not self.blocks:
            return self.paragraph_of(position)
        return self.blocks[self.sentence_index(position)]

    def _lead_sentences(self) -> set[int]:
        """Indices of the headline's sentences and the first sentences of the lead paragraph.

        The headline is a first paragraph without final punctuation (or equal to the title);
        the lead is the paragraph after it, or the first one when there is no headline.
        """
        paragraphs = self.article.paragraphs
        if not paragraphs:
            return set()
        first = self.text[paragraphs[0][0] : paragraphs[0][1]].strip()
        bare = first.rstrip(" " + _QUOTE_CLOSE + "\"'»")
        is_headline = len(paragraphs) > 1 and bool(
            (self.article.title and first == self.article.title.strip())
            or not bare.endswith(tuple(_SENTENCE_END))
        )
        self.headline = is_headline
        lead: set[int] = set()
        lead_paragraph = 1 if is_headline else 0
        in_lead = 0
        for index, sentence in enumerate(self.sentences):
            paragraph = self.paragraph_of(sentence[0])
            if is_headline and paragraph == 0:
                lead.add(index)
            elif paragraph == lead_paragraph and in_lead < _LEAD_SENTENCES:
                lead.add(index)
                in_lead += 1
        return lead

    def statement_range(self, statement: Statement) -> Span:
        """The statement's content with its cue and speaker mention when in the same paragraph."""
        start, end = statement.content_span
        paragraph = self.paragraph_of(start)
        for span in (statement.cue_span, statement.speaker_mention_span):
            if span and self.paragraph_of(span[0]) == paragraph:
                start, end = min(start, span[0]), max(end, span[1])
        return start, end

    def statement_end(self, statement: Statement) -> int:
        """The last character of the statement with its cue, which may follow in the next
        paragraph (a quotation whose « …, explique X » closes the paragraph after)."""
        end = statement.content_span[1] - 1
        cue = statement.cue_span
        if cue and cue[0] >= statement.content_span[1]:
            gap = self.paragraph_of(cue[0]) - self.paragraph_of(statement.content_span[0])
            if gap <= 1:
                end = max(end, cue[1] - 1)
        return end

    def _near(self, span: Span) -> list[Statement]:
        """Statements whose content can overlap ``span``."""
        lo = bisect.bisect_left(self.content_starts, span[0] - self.longest)
        hi = bisect.bisect_right(self.content_starts, span[1])
        return self.by_start[lo:hi]

    def contents_in(self, region: Span) -> list[Span]:
        """Content spans that overlap ``region``."""
        return [st.content_span for st in self._near(region) if _overlaps(st.content_span, region)]

    def sentence_of(self, span: Span) -> Span:
        lo = max(0, bisect.bisect_right(self.sentence_starts, span[0]) - 1)
        hi = bisect.bisect_right(self.sentence_starts, span[1])
        window = self.sentences[lo : hi + 1]
        touched = [s for s in window if _overlaps(s, span) or _inside(span, s)]
        if not touched:
            return span
        return touched[0][0], touched[-1][1]

    def ancestor(self, statement: Statement) -> Statement | None:
        """The statement whose content reports this one (nested reported speech), innermost.

        Nested when its content, its reporting verb or its speaker lies (mostly) inside the
        other's content: "X a déclaré que le groupe avait promis de …" nests the promise even
        when the extractor ended X's content at "le groupe".
        """
        best: Statement | None = None
        reach = [statement.content_span] + [
            sp for sp in (statement.cue_span, statement.speaker_mention_span) if sp is not None
        ]
        window = (min(sp[0] for sp in reach), max(sp[1] for sp in reach))
        for other in self._near(window):
            if other is statement or other.content_span == statement.content_span:
                continue
            reported = [
                span
                for span in (statement.cue_span, statement.speaker_mention_span)
                if span is not None
            ]
            holds = _inside(statement.content_span, other.content_span) or (
                not _inside(other.content_span, statement.content_span)
                and any(
                    2 * _overlap(span, other.content_span) >= span[1] - span[0] for span in reported
                )
            )
            if holds and (best is None or _inside(other.content_span, best.content_span)):
                best = other
        return best

    # ----- cues

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
            for e in self.expressions
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

    # ----- the walk

    def units(self) -> list[_Unit]:
        """Sentences in text order, each with the statements it holds (nested ones apart)."""
        spans: list[tuple[Span, list[Statement]]] = []
        for statement in self.statements:
            if self.ancestor(statement) is None:
                sentence = self.sentence_of(self.statement_range(statement))
                spans.append((sentence, [statement]))
        spans.sort(key=lambda item: item[0])
        merged: list[tuple[Span, list[Statement]]] = []
        for sentence, group in spans:
            if merged and _overlaps(merged[-1][0], sentence):
                last_span, last_group = merged[-1]
                union = (last_span[0], max(last_span[1], sentence[1]))
                merged[-1] = (union, last_group + group)
            else:
                merged.append((sentence, group))
        units = [
            _Unit(span[0], span, sorted(group, key=lambda s: s.content_span[0]))
            for span, group in merged
        ]
        for sentence in self.sentences:
            if not any(_overlaps(sentence, span) for span, _ in merged):
                units.append(_Unit(sentence[0], sentence))
        units.sort(key=lambda u: u.position)
        return units

    def run(self) -> None:
        for statement in self.statements:
            _clear(statement)
        self.lead_time = self._lead_time()
        previous: Statement | None = None
        for unit in self.units():
            if not unit.statements:
                self.narrate(unit.sentence)
                continue
            outcomes = []
            for statement in unit.statements:
                outcomes.append(self.date_statement(statement, unit.sentence, previous))
                previous = statement
            self.share_within_sentence(unit.statements, outcomes)
            excluded = self.contents_in(unit.sentence)
            interview = self.mentions_interview(unit.sentence, excluded)
            for statement in unit.statements:
                self.timeline.append(
                    _Entry(
                        self.statement_range(statement)[0],
                        self.block_of(self.statement_end(statement)),
                        _resolved_of(statement),
                        interview,
                        statement,
                        unit.sentence,
                    )
                )
        self.date_headline()
        for statement in self.statements:
            outer = self.ancestor(statement)
            if outer is not None:
                self.date_nested(statement, outer)
        for statement in self.statements:
            self.mention_times(statement)

    def date_headline(self) -> None:
        """A headline quotes a statement the body reports: it takes that statement's date."""
        if not self.headline:
            return
        headlines = [s for s in self.statements if self.paragraph_of(s.content_span[0]) == 0]
        body = [s for s in self.statements if self.paragraph_of(s.content_span[0]) > 0]
        for statement in headlines:
            words = _content_words(statement.content)
            if len(words) < 2:
                continue
            for candidate in body:
                shared = words & _content_words(candidate.content)
                if len(shared) / len(words) >= _HEADLINE_MATCH and candidate.statement_date:
                    _set(statement, _resolved_of(candidate), None, None, "inherited")  # type: ignore[arg-type]
                    break

    def _lead_time(self) -> Resolved | None:
        """The day of the lead's main event: its first day cue (a headline repeats the lead)."""
        for index in sorted(self.lead):
            sentence = self.sentences[index]
            excluded = self.contents_in(sentence)
            for expr in self.frame_expressions(sentence, excluded):
                if expr.kind not in ("weekday", "deictic", "explicit", "ago"):
                    continue
                if not self.applicable(expr, sentence, excluded, None):
                    continue
                resolved = resolve_expression(expr, self.published, None, self.lexicon)
                if resolved and resolved.precision == "day" and not resolved.future:
                    return resolved
        return None

    def share_within_sentence(self, statements: list[Statement], outcomes: list[str]) -> None:
        """Statements of one sentence belong to one moment: an open one takes its neighbour's."""
        dated = [
            s
            for s, o in zip(statements, outcomes, strict=True)
            if o == "dated" and s.statement_date
        ]
        if not dated:
            return
        for statement, outcome in zip(statements, outcomes, strict=True):
            if outcome == "open":
                _set(statement, _resolved_of(dated[0]), None, None, "inherited")  # type: ignore[arg-type]

    def narrate(self, sentence: Span) -> None:
        """A sentence without statements moves the story's time when it has a day cue."""
        excluded = self.contents_in(sentence)
        # a flashback ("Le 3 mars, ils avaient réclamé …") does not move the story's present,
        # but "alors", "la veille" may still refer to it
        background = bool(self.lexicon.pluperfect.search(self.text, sentence[0], sentence[1]))
        for expr in self.frame_expressions(sentence, excluded):
            if not self.applicable(expr, sentence, excluded, None):
                continue
            resolved = self.resolve(expr)
            if resolved and resolved.precision == "day" and not resolved.future:
                self.timeline.append(
                    _Entry(
                        sentence[0],
                        self.block_of(sentence[0]),
                        resolved,
                        self.mentions_interview(sentence, excluded),
                        None,
                        sentence,
                        background,
                    )
                )
                return

    def mentions_interview(self, region: Span, excluded: Sequence[Span]) -> bool:
        return self.mentions(self.lexicon.interview, region, excluded)

    def mentions(self, pattern: re.Pattern[str], region: Span, excluded: Sequence[Span]) -> bool:
        """Whether ``pattern`` occurs in ``region`` outside the ``excluded`` spans."""
        for m in pattern.finditer(self.text, region[0], region[1]):
            if not any(_overlaps(m.span(), x) for x in excluded):
                return True
        return False

    def date_statement(
        self, statement: Statement, sentence: Span, previous: Statement | None
    ) -> str:
        """Date one statement; say how it went ("dated", "open", or why it stays undated)."""
        excluded = self.contents_in(sentence)
        cues = self.frame_expressions(sentence, excluded) + self.leading(statement)
        own_cue = statement.cue_span
        anchor = own_cue or statement.content_span
        applicable = [e for e in cues if self.applicable(e, sentence, excluded, own_cue)]
        blocked = [e for e in cues if self.applicable(e, sentence, excluded, own_cue) is False]
        index = self.sentence_index(sentence[0])
        headline = index in self.lead and self.paragraph_of(sentence[0]) == 0 and self.headline
        if applicable:
            cue = min(applicable, key=lambda e: (_distance(e.span, anchor), e.span[0]))
            resolved = self.resolve(cue, statement=statement)
            if resolved is None or resolved.future or resolved.precision == "year":
                logger.debug(
                    "article %s: cue %r for %s gives %s; left undated",
                    self.article.id,
                    cue.text,
                    statement.id,
                    resolved.timex() if resolved else "no date",
                )
                return "rejected"
            method = "explicit" if cue.kind == "explicit" else "relative"
            if cue.kind in ("continuation", "same_interview", "anaphoric_event"):
                method = "inherited"
            _set(statement, resolved, cue.text, cue.span, method)
            return "dated"
        if any(e.kind != "anaphoric" for e in blocked):
            logger.debug(
                "article %s: %s is placed after or before another dated event; left undated",
                self.article.id,
                statement.id,
            )
            return "blocked"
        pronouns = {p.lower() for p in self.lexicon.words("pronouns")}
        mention = (statement.speaker_mention or "").strip().lower()
        if self.by_source_preposition(statement) and not headline and mention not in pronouns:
            # "selon X": a position held, not an utterance with a day ("selon lui" goes on
            # with the speaker before, and is dated like any continuation)
            return "source"
        if index in self.lead:
            lead = self.lead_time or (
                Resolved(self.published, "day") if self.published is not None else None
            )
            if lead is not None:
                _set(statement, lead, None, None, "inherited")
                return "dated"
        continued = previous is not None and self.continues(statement)
        if continued and _same_speaker(previous, statement, pronouns):  # type: ignore[arg-type]
            carried = _resolved_of(previous)  # type: ignore[arg-type]
            if carried is None:
                return "undated"
            _set(statement, carried, None, None, "inherited")
            return "dated"
        if self.is_pluperfect(statement):
            return "pluperfect"  # said before the story's time: nothing to inherit
        carried, decided = self.inherit(statement, sentence, previous, pronouns)
        if carried is not None:
            _set(statement, carried, None, None, "inherited")
            return "dated"
        return "undated" if decided else "open"

    def inherit(
        self, statement: Statement, sentence: Span, previous: Statement | None, pronouns: set[str]
    ) -> tuple[Resolved | None, bool]:
        """The time a statement without a cue carries over from before, and whether a rule spoke.

        Same paragraph (a few sentences back) first; then the paragraph just before, when it
        ends with the same speaker's statement, or with a dated sentence of the lead or one
        naming the speaker; a statement made on a channel of its own ("dans un communiqué",
        "sur BFMTV") is a new occasion and does not cross paragraphs.
        """
        block = self.block_of(statement.content_span[0])
        here = self.sentence_index(sentence[0])
        same_paragraph = [
            e
            for e in self.timeline
            if e.block == block
            and not e.background
            and here - self.sentence_index(e.position) <= _PARAGRAPH_REACH
        ]
        if same_paragraph:
            return same_paragraph[-1].resolved, True
        excluded = self.contents_in(sentence)
        if self.mentions(self.lexicon.new_occasion, sentence, excluded):
            return None, True
        before = [e for e in self.timeline if e.block == block - 1 and not e.background]
        if not before:
            return None, False
        last = before[-1]
        if last.statement is not None:
            if _same_speaker(last.statement, statement, pronouns):
                return last.resolved, True
            return None, False
        in_lead = self.sentence_index(last.sentence[0]) in self.lead
        if in_lead or self.names_speaker(last.sentence, statement, pronouns):
            return last.resolved, True
        return None, False

    def names_speaker(self, region: Span, statement: Statement, pronouns: set[str]) -> bool:
        """Whether the text in ``region`` names the speaker (or the mention is a pronoun)."""
        mention = (statement.speaker_mention or "").strip().lower()
        if mention in pronouns:
            return True
        words = _name_words(statement)
        found = {w.lower() for w in _CAPITALISED.findall(self.text[region[0] : region[1]])}
        return bool(words & found)

    def by_source_preposition(self, statement: Statement) -> bool:
        cue = re.sub(r"\s+", " ", (statement.cue or "").strip().lower().replace("’", "'"))
        lemma = (statement.cue_lemma or "").lower()
        sources = {w.lower() for w in self.lexicon.words("source_prepositions")}
        return cue in sources or lemma in sources

    def continues(self, statement: Statement) -> bool:
        lemmas = {w.lower() for w in self.lexicon.words("continuation_verbs")}
        if statement.cue_lemma and statement.cue_lemma.lower() in lemmas:
            return True
        return bool(statement.cue and self.lexicon.continuation_forms.search(statement.cue))

    def is_pluperfect(self, statement: Statement) -> bool:
        return bool(statement.cue and self.lexicon.pluperfect.search(statement.cue))

    def date_nested(self, statement: Statement, outer: Statement) -> None:
        """Reported speech inside reported speech: only a cue inside the outer content dates it."""
        region = outer.content_span
        own = statement.content_span
        excluded = [c for c in self.contents if c != region and _inside(c, region)]
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
        for expr in self.expressions:
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


_WORD = re.compile(r"\w{4,}")


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _nearest_day(expr: TimeExpression, anchor: date) -> Resolved | None:
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


def _same_named_speaker(earlier: Statement, later: Statement) -> bool:
    """Same speaker id, or a shared capitalised name word: pronouns prove nothing here."""
    if earlier.speaker and later.speaker:
        return earlier.speaker.id == later.speaker.id
    return bool(_name_words(earlier) & _name_words(later))


def _resolved_of(statement: Statement) -> Resolved | None:
    if statement.statement_date is None or statement.date_precision is None:
        return None
    return Resolved(statement.statement_date, statement.date_precision)


def _same_speaker(earlier: Statement, later: Statement, pronouns: set[str]) -> bool:
    """Whether ``later`` continues ``earlier``'s speaker: same id, a pronoun, or a shared name."""
    if earlier.speaker and later.speaker:
        return earlier.speaker.id == later.speaker.id
    mention = (later.speaker_mention or "").strip().lower()
    if not mention or mention in pronouns:
        return True
    if mention == (earlier.speaker_mention or "").strip().lower():
        return True  # "le ministre" twice
    return bool(_name_words(earlier) & _name_words(later))


def _clear(statement: Statement) -> None:
    statement.statement_date = None
    statement.date_precision = None
    statement.date_cue = None
    statement.date_cue_span = None
    statement.date_method = None
    statement.mentioned_times = []


def _set(
    statement: Statement,
    resolved: Resolved,
    cue: str | None,
    cue_span: Span | None,
    method: Literal["explicit", "relative", "inherited"],
) -> None:
    statement.statement_date = resolved.value
    statement.date_precision = resolved.precision if resolved.precision != "year" else None
    statement.date_cue = cue
    statement.date_cue_span = cue_span
    statement.date_method = method


def assign_dates(article: Article, statements: list[Statement]) -> None:
    """Set each statement's date, precision, cue, method and mentioned times, in place.

    ``statements`` are those of ``article``, in text order. See the module docstring and
    ``docs/dates.md`` for the rules.
    """
    if not statements:
        return
    _DateAssigner(article, statements).run()
