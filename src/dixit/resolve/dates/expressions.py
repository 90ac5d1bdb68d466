"""Finding time expressions in text, before any date is given to them.

``find_time_expressions`` runs the lexicon's patterns over a text and keeps the longest match
where two overlap; ``_expression`` reads one match into a ``TimeExpression`` (weekday, day,
month, year, offset and unit, direction). Rule 1 of the package docstring.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from dixit.model import Span
from dixit.resolve.dates.lexicon import TimeLexicon
from dixit.resolve.dates.spans import overlaps


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
    #: a weekday named as one of the publication's own week ("ce samedi": weekday_prefixes
    #: current_week in time.yaml)
    this_week: bool = False


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
            month=lexicon.month_number(g["month"]),
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
        prefixes = lexicon.data.get("weekday_prefixes") or {}
        this_week = bool(g.get("pre")) and re.sub(r"\s+", " ", g["pre"].lower()) in {
            str(w).lower() for w in prefixes.get("current_week", [])
        }
        return TimeExpression(
            **base,
            weekday=int(lexicon.lookup("weekdays", g["wd"])),
            direction=direction,
            this_week=this_week and g.get("mark") is None,
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
    if kind == "anaphoric_event":
        # "au lendemain de cette séance": the day after the event referred back to
        head = re.sub(r"\s+", " ", (g.get("head") or "").lower().replace("’", "'"))
        if head in {w.lower() for w in lexicon.words("next_day_heads")}:
            return TimeExpression(**base, offset=1, unit="days", direction="future")
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
        if start < last_end or any(overlaps(m.span(), b) for b in blocked):
            continue
        expression = _expression(lexicon, kind, m)
        if expression is not None:
            if kind == "weekday" and expression.direction is None and told_ahead(text, m, lexicon):
                expression = replace(expression, direction="future")
            expressions.append(expression)
            last_end = m.end()
    return expressions


#: how many words after an opening weekday its clause's verb is looked for
FUTURE_REACH_AFTER = 8
#: words after which the clause is another's ("Samedi, il a dit qu'il sera là")
_SUBORDINATE = {"que", "qu'", "qui", "si", "quand", "lorsque", "où", "dont"}


def told_ahead_after(text: str, m: re.Match[str], lexicon: TimeLexicon) -> bool:
    """Whether a weekday opening its sentence before a comma ("Samedi, un hommage national
    sera rendu") heads a clause in the future: one of ``future_forms`` ("sera", "aura") or
    ``future_auxiliaries`` among the first words after it, before any subordinating word."""
    if m.start() > 0 and not re.search(r"(^|[.!?\n])\s*$", text[max(0, m.start() - 3) : m.start()]):
        return False
    after = text[m.end() : m.end() + 120]
    if not after.startswith(","):
        return False
    cut = _CLAUSE_END.search(after, 1)
    clause = after[1 : cut.start()] if cut else after[1:]
    words = re.findall(r"[\w'’-]+", clause.lower().replace("’", "'"))[:FUTURE_REACH_AFTER]
    forms = {w.lower() for w in lexicon.words("future_forms")}
    auxiliaries = {w.lower() for w in lexicon.words("future_auxiliaries") if " " not in w}
    for word in words:
        if word in _SUBORDINATE or word.startswith(("qu'", "lorsqu'")):
            return False
        if word in forms or word in auxiliaries:
            return True
    return False


#: what ends the clause a weekday's verb is read in
_CLAUSE_END = re.compile(r"[.,;:!?«»“”\"()\n]")
#: how many words before a weekday its verb is looked for
FUTURE_REACH = 5


def told_ahead(text: str, m: re.Match[str], lexicon: TimeLexicon) -> bool:
    """Whether a bare weekday belongs to a verb that tells what is still to come: "les
    négociations doivent reprendre lundi", "le conseil se réunira mardi", "the vote will be
    held on Tuesday" (``future_auxiliaries`` a few words before it in its clause, or a verb
    with one of ``future_endings`` right before it, in ``time.yaml``). Such a day is the
    coming one, not the latest past one: no statement was made on it. So is a weekday opening
    its sentence whose clause goes on in the future ("Samedi, un hommage sera rendu",
    ``told_ahead_after``, session 17)."""
    if told_ahead_after(text, m, lexicon):
        return True
    start = m.start()
    clause = text[max(0, start - 80) : start]
    cut = [x.end() for x in _CLAUSE_END.finditer(clause)]
    clause = clause[cut[-1] :] if cut else clause
    words = re.findall(r"[\w'’-]+", clause.lower().replace("’", "'"))[-FUTURE_REACH:]
    if not words:
        return False
    joined = " " + " ".join(words) + " "
    auxiliaries = [w.lower() for w in lexicon.words("future_auxiliaries")]
    if any(f" {a} " in joined for a in auxiliaries):
        return True
    endings = tuple(w.lower() for w in lexicon.words("future_endings"))
    skip = {w.lower() for w in lexicon.words("future_skip")}
    verb = [w for w in words if w not in skip]
    return bool(endings and verb) and len(verb[-1]) >= 5 and verb[-1].endswith(endings)
