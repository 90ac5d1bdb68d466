"""Regular expressions that skip, in one test, the positions where no match can start.

Python's ``re`` tries a pattern at every position of the text. A pattern that opens on a
look-behind and an alternation of many phrases ("(?<![\\w-])(?:hier soir|hier|lundi|…)",
the time lexicon's) pays for the whole alternation at the start of every word.
``guarded`` puts before such a pattern a look-ahead on the characters any of its matches
can start with (``(?=[hl…])``, read from the pattern's own parse), so that a position
whose character is none of them fails at once. The look-ahead holds wherever the pattern
matches, and a position where it fails held no match: ``finditer`` and ``search`` find
the same matches. A pattern whose first characters cannot be listed (one that may start
with any character, or match the empty string) is compiled as it is.
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_CATEGORIES = {
    c.CATEGORY_DIGIT: r"\d",
    c.CATEGORY_NOT_DIGIT: r"\D",
    c.CATEGORY_SPACE: r"\s",
    c.CATEGORY_NOT_SPACE: r"\S",
    c.CATEGORY_WORD: r"\w",
    c.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)


class _Unknown(Exception):
    """The pattern may start with a character the guard cannot list."""


def _char(code: int) -> str:
    return re.escape(chr(code))


def _class_items(items: list[tuple[Any, Any]]) -> list[str]:
    out = []
    for op, av in items:
        if op is c.LITERAL:
            out.append(_char(av))
        elif op is c.RANGE:
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is c.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:  # NEGATE and the rest: any character, or too many to list
            raise _Unknown
    return out


def _first(items: list[tuple[Any, Any]]) -> tuple[list[str], bool]:
    """The class items of the characters a sequence's match can start with, and whether
    the sequence can match the empty string."""
    firsts: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            return [*firsts, _char(av)], False
        if op is c.IN:
            return firsts + _class_items(av), False
        if op in _ZERO_WIDTH:
            continue
        if op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unknown
            found, empty = _first(sub.data)
        elif op is c.BRANCH:
            found, empty = [], False
            for alternative in av[1]:
                more, may_be_empty = _first(alternative.data)
                found += more
                empty = empty or may_be_empty
        elif op in _REPEATS:
            low, _high, sub = av
            found, empty = _first(sub.data)
            empty = empty or low == 0
        else:
            raise _Unknown
        firsts += found
        if not empty:
            return firsts, False
    return firsts, True


def first_class(source: str, flags: int = 0) -> str | None:
    """A character class holding every character a match of ``source`` can start with
    (under ``flags``), or None when it cannot be listed."""
    try:
        items, empty = _first(_parser.parse(source, flags).data)
    except _Unknown:
        return None
    if empty or not items:
        return None
    return "[" + "".join(dict.fromkeys(items)) + "]"


def guarded(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, with a look-ahead on its first characters before it
    when they can be listed: the same matches, fewer positions tried."""
    first = first_class(source, flags)
    return re.compile(source if first is None else f"(?={first})(?:{source})", flags)
