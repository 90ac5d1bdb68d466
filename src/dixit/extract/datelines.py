"""Wire datelines: "NAIROBI, Kenya, May 29 – …", "GENEVA, Sept 16 (Reuters) - …".

A dateline opens a paragraph: a place (in capitals, or followed by a date or an agency), maybe
a region or a country, maybe the day of filing and the agency between brackets, then a dash.
Its place is where the copy was filed from, never who speaks ("NAIROBI, Kenya, May 29 – Police
say …": the police do), and its day is the day of filing, as the publication date is: the
convention of the real sets is that neither dates a statement. A language lists the closing
dashes as ``Grammar.dateline_dashes``; one listing none has no datelines read (French copy
keeps its own rules).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from dixit.model import Span

#: a place word: "NAIROBI", "N.Y.", "Kenya", "O'HARE", "GENÈVE", "ÉVIAN"
_WORD = r"[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ][\w'’.\-]*"
#: up to four place words, the first one capitalised
_PLACE = rf"(?P<place>{_WORD}(?:[ ]{_WORD}){{0,3}})"
#: ", Kenya", ", N.Y.": up to two regions or countries
_REGIONS = rf"(?:,[ ]+{_WORD}(?:[ ]{_WORD}){{0,2}}){{0,2}}"
#: ", May 29", " Aug. 19", ", 3 mars", ", le 1er juin 2024": the day of filing, the month's
#: name before its day (English) or after it in lower case (French)
_DAY = (
    r"(?P<day>,?[ ]+(?:[A-Z][a-z]{2,8}\.?[ ]+\d{1,2}"
    r"|(?:le[ ]+)?\d{1,2}(?:er)?[ ]+[a-zéû]{3,9}\.?(?:[ ]+\d{4})?))?"
)
#: the marks that close a dateline as dashes do; any other listed mark (a colon) is stricter
_DASHES = frozenset({"–", "—", "--", "-"})
#: " (Reuters)", " (AP)"
_AGENCY = r"(?P<agency>[ ]*\([^()\n]{1,40}\))?"


@lru_cache(maxsize=8)
def dateline_pattern(dashes: frozenset[str]) -> re.Pattern[str] | None:
    """The dateline pattern closed by one of ``dashes``; None without dashes."""
    if not dashes:
        return None
    closing = "|".join(re.escape(d) for d in sorted(dashes, key=len, reverse=True))
    return re.compile(rf"{_PLACE}{_REGIONS}{_DAY}{_AGENCY}[ ]*(?P<mark>{closing})[ ]")


def dateline_spans(text: str, paragraphs: Sequence[Span], dashes: Iterable[str]) -> list[Span]:
    """The datelines opening ``paragraphs`` of ``text``, dash included."""
    found = []
    for start, end in paragraphs:
        length = dateline_at(text, start, end, dashes)
        if length:
            found.append((start, start + length))
    return found


def dateline_at(text: str, start: int, end: int, dashes: Iterable[str]) -> int:
    """The length of the dateline opening ``text[start:end]``, 0 when none does."""
    pattern = dateline_pattern(frozenset(dashes))
    if pattern is None:
        return 0
    match = pattern.match(text, start, end)
    if match is None:
        return 0
    place = match.group("place")
    if match.group("mark") not in _DASHES:
        # a colon ("WASHINGTON: The senator said …", "LONDON, May 3: …") closes a dateline
        # after a place in capitals with a word of four letters or more ("EU: talks fail" is
        # a headline's subject), or with a day
        if match.group("day") or (place.isupper() and re.search(r"[A-Z]{4}", place)):
            return match.end() - start
        return 0
    # a capitalised phrase before a dash ("Orla Venn - the skipper - said") is a dateline
    # only in capitals or with a day or an agency
    if place.isupper() or match.group("day") or match.group("agency"):
        return match.end() - start
    return 0
