"""Page stamps: when a page went out, as its headings print it.

Without a publication date in the metadata, or with one shifted a day by its time zone,
the page's own stamp or its wire dateline gives it (``adopt_page_day``).

A page stamped in the small hours ("Publié le 23 novembre 2015 à 00:52") reports the night's
news, told on the day before its publication: neither the publication day nor the stamp's
date is the day of its lead's news (``resolver.lead_time``, ``rules.lead``).
"""

from __future__ import annotations

import re
from datetime import date

from dixit.model import Span
from dixit.resolve.dates.anchoring import Resolved, resolve_expression
from dixit.resolve.dates.expressions import TimeExpression
from dixit.resolve.dates.state import DateState

_WORD = re.compile(r"\w{4,}")

#: a clock time as page stamps write it: "00:52", "0h52", "00 h 52"
CLOCK = re.compile(r"(?<!\d)(?P<hour>[01]?\d|2[0-3])\s?[h:]\s?[0-5]\d(?!\d)")


def stamped_small_hours(state: DateState) -> bool:
    """Whether a heading stamps the page's publication in the small hours ("Publié le 23
    novembre 2015 à 00:52"; ``publication_stamps`` and ``small_hours_end`` in ``time.yaml``):
    a page out just after midnight reports the night's news, not the publication day's."""
    words = state.lexicon.words("publication_stamps")
    end = state.lexicon.data.get("small_hours_end")
    if not words or end is None or not state.headings:
        return False
    stamp = re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.IGNORECASE
    )
    heads = state.text[: state.paragraph_starts[state.headings]]
    for line in heads.splitlines():
        found = stamp.search(line)
        clock = CLOCK.search(line, found.end()) if found else None
        if clock and int(clock.group("hour")) < int(end):
            return True
    return False


def stamp_taken_up(state: DateState, index: int, day: Resolved) -> bool:
    """Whether the page's date stamp (sentence ``index``, day ``day``) is a day of the news:
    the stamp's line carries a statement of the page (a video caption, "X sur la chaîne : « …
    » / 2 min. / le 8 mai 2019": the day of the recording), or a day word of the copy below
    the headings, outside quotations, names the same day ("La ministre a annoncé lundi …"
    under a stamp of that Monday). A bare stamp ("12.03.2024 - Mise à jour : 12.03.2024",
    "05/06/2018 14:10") with nothing of the copy taking it up tells when the page went out,
    not when anything was said (the shared convention: no date without dating words)."""
    start, end = state.sentences[index]
    if any(start <= s.content_span[0] < end for s in state.statements):
        return True
    if state.headings >= len(state.paragraph_starts):
        return False
    body = state.paragraph_starts[state.headings]
    for sentence in state.sentences:
        if sentence[0] < body:
            continue
        for expr in state.frame_expressions(sentence, state.contents_in(sentence)):
            if expr.kind not in ("weekday", "deictic", "explicit"):
                continue
            resolved = resolve_expression(expr, state.published, None, state.lexicon)
            if resolved and resolved.precision == "day" and resolved.value == day.value:
                return True
    return False


def is_date_line(state: DateState, sentence: tuple[int, int]) -> bool:
    """Whether a heading is the page's date stamp ("lundi, septembre 25, 2017", "25 septembre
    2017 | Q. Dupin | Lyon"): a written date with its year, or nothing but time words. It
    names the day of publishing, not the day of the news, so it gives the lead no day."""
    text = state.text[sentence[0] : sentence[1]]
    found = state.frame_expressions(sentence, [])
    if any(expr.kind == "explicit" and expr.year is not None for expr in found):
        return True
    for expr in sorted(found, key=lambda e: -e.span[0]):
        start, end = expr.span[0] - sentence[0], expr.span[1] - sentence[0]
        text = text[:start] + " " + text[end:]
    months = {str(m).lower() for m in state.lexicon.data.get("months") or {}}
    rest = [w for w in _WORD.findall(text) if not w.isdigit() and w.lower() not in months]
    return bool(found) and len(rest) <= 1


#: a wire dateline opening the lead, up to its day: "BRUXELLES, " then "4 nov (Belga) – …"
_DATELINE_PLACE = re.compile(r"[A-ZÀ-Ý][\w'’.\-]*(?:[ /][\w'’.\-]+){0,3},\s*$")
#: what closes a dateline after its day: the agency between brackets, then a dash
_DATELINE_CLOSE = re.compile(r"\s*(?:\([^()\n]{1,40}\))?\s*[-–—]\s")
#: at most this many other words on a line that is only a date stamp ("jeudi 22 juin 2017
#: par RFI", "Mercredi 22 Septembre 2010 | Le Quotidien")
STAMP_LINE_WORDS = 3
#: how far before its date a stamp word may stand ("Rédigé par la rédaction le …")
STAMP_REACH = 30


def adopt_page_day(state: DateState) -> None:
    """Take the page's own day of publishing, as it prints it, for the publication date when
    the metadata has none, or when the metadata's day is one off the printed one (a
    timestamp shifted across midnight by its time zone): a heading's stamp ("Publié le
    samedi 15 avril 2017 à 23h35", "jeudi 22 juin 2017 par RFI") or, with the metadata's
    year, the lead's wire dateline ("PARIS, 4 nov (AFP) –"). Relative words ("hier",
    "mardi") count from the day the page's readers saw; an update's stamp ("mis à jour le
    …") is a later day, and a caption's date (a sentence of words) none of publishing."""
    printed = page_stamp_day(state) or dateline_day(state)
    if printed is None or printed == state.published:
        return
    if state.published is None or abs((printed - state.published).days) == 1:
        state.published = printed


def page_stamp_day(state: DateState) -> date | None:
    """The day a heading stamps the page with: a written date with its year after a stamp
    word ("publié le", "rédigé par … le") or alone on its line but for a byline."""
    stamps = _stamp_words(state, "publication_stamps")
    updates = _stamp_words(state, "update_stamps")
    if stamps is None or not state.headings:
        return None
    end = state.paragraph_starts[state.headings]
    for sentence in state.sentences:
        if sentence[0] >= end:
            break
        for expr in state.frame_expressions(sentence, []):
            if expr.kind != "explicit" or expr.year is None or expr.day is None:
                continue
            before = state.text[max(sentence[0], expr.span[0] - STAMP_REACH) : expr.span[0]]
            if updates is not None and updates.search(before):
                continue
            alone = _other_words(state, sentence, expr) <= STAMP_LINE_WORDS
            if alone or stamps.search(before):
                resolved = resolve_expression(expr, None, None, state.lexicon)
                if resolved is not None and resolved.precision == "day":
                    return resolved.value
    return None


def dateline_day(state: DateState) -> date | None:
    """The day of a wire dateline opening the lead's paragraph ("PARIS, 4 nov (AFP) –"), read
    with the metadata's year: a dateline writes none."""
    found = dateline(state)
    return found[1].value if found is not None else None


def dateline(state: DateState) -> tuple[TimeExpression, Resolved] | None:
    """The day expression of a wire dateline opening the lead's paragraph and the day it
    stands for (read with the metadata's year), if the lead opens on one."""
    if state.published is None or state.headings >= len(state.paragraph_starts):
        return None
    start = state.paragraph_starts[state.headings]
    for expr in state.expressions:
        if expr.span[0] < start:
            continue
        if expr.span[0] - start > 60 or expr.kind != "explicit" or expr.day is None:
            return None
        if not _DATELINE_PLACE.fullmatch(state.text[start : expr.span[0]]):
            return None
        if not _DATELINE_CLOSE.match(state.text, expr.span[1]):
            return None
        resolved = resolve_expression(expr, state.published, None, state.lexicon)
        if resolved is None or resolved.precision != "day":
            return None
        return expr, resolved
    return None


def _stamp_words(state: DateState, key: str) -> re.Pattern[str] | None:
    words = state.lexicon.words(key)
    if not words:
        return None
    joined = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{joined})(?![\w-])", re.IGNORECASE)


def _other_words(state: DateState, sentence: Span, expr: TimeExpression) -> int:
    """How many words of ``sentence`` lie outside ``expr`` and its clock time."""
    rest = state.text[sentence[0] : expr.span[0]] + " " + state.text[expr.span[1] : sentence[1]]
    rest = CLOCK.sub(" ", rest)
    return len([w for w in re.findall(r"[^\W\d_]{2,}", rest) if w.lower() not in ("le", "à")])
