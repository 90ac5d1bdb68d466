"""Date rules, round 7: flashbacks in the pluperfect, photo captions inside the body, nights
written with their weekdays and dates.

Every text is invented for these tests (people, places); statements are built by hand with
``tests/resolve/test_dates.py``'s helpers, so only the date rules are tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_dates import Said, build

WEDNESDAY = date(2026, 3, 11)
MONDAY = date(2026, 3, 9)


# --------------------------------------------------------------------------- pluperfect flashback


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        # said before the story's time: the next statement of hers is another moment
        ("avait annoncé", None),
        # said on the story's Monday: her next words in the paragraph go on with it
        ("a annoncé", MONDAY),
    ],
)
def test_a_pluperfect_saying_lends_its_day_to_nothing(verb: str, expected: date | None) -> None:
    body = (
        f"La maire, Odile Sarrazin, {verb} lundi que la piscine de Vernolles fermerait. "
        "« Les travaux dureront tout l'été », écrit-elle dans un communiqué."
    )
    _, [first, second] = build(
        [body],
        [
            Said("la piscine de Vernolles fermerait", verb, "La maire, Odile Sarrazin"),
            Said("Les travaux dureront tout l'été", "écrit-elle", "elle", kind="direct"),
        ],
        WEDNESDAY,
    )
    assert first.statement_date == MONDAY
    assert second.statement_date == expected
