"""Page stamps: when a page went out, as its headings print it.

A page stamped in the small hours ("Publié le 23 novembre 2015 à 00:52") reports the night's
news, told on the day before its publication: neither the publication day nor the stamp's
date is the day of its lead's news (``resolver.lead_time``, ``rules.lead``).
"""

from __future__ import annotations

import re

from dixit.resolve.dates.state import DateState

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
