"""Date rules, session 16: the day of each statement on real French copy (issue 11).

Every text is invented for these tests (people, places, events); statements are built by
hand with ``tests/resolve/test_dates.py``'s helpers, so only the date rules are tested.
"""

from __future__ import annotations

from datetime import date

from test_dates import Said, build

FRIDAY = date(2026, 3, 13)
SATURDAY_BEFORE = date(2026, 3, 7)
SUNDAY = date(2026, 3, 15)
SATURDAY = date(2026, 3, 14)
MONDAY = date(2026, 3, 16)

# ------------------------------------------- "ce samedi": a day of the publication's own week

PLANNED = (
    "Le préfet de la Brenne, Marc Aubertin, a reçu la presse pour évoquer le rassemblement "
    "des taxis, prévu ce samedi à Valbrune."
)
PLANNED_NEXT = "Il a ensuite jugé que les renforts suffiraient."
SAID_PLANNED_NEXT = Said(
    "les renforts suffiraient", "a ensuite jugé", "Il", "Marc Aubertin", cue_lemma="juger"
)


def test_ce_samedi_in_a_friday_copy_is_tomorrow_and_dates_no_saying() -> None:
    """A Friday's "ce samedi" is the coming day: the Saturday six days back, which copy
    calls "samedi dernier", is no day of the story."""
    _, [statement] = build([PLANNED + " " + PLANNED_NEXT], [SAID_PLANNED_NEXT], FRIDAY)
    assert statement.statement_date != SATURDAY_BEFORE
    assert statement.statement_date is None


def test_a_saying_ce_samedi_in_a_friday_copy_is_not_dated_last_week() -> None:
    _, [statement] = build(
        ["Ce samedi, la maire de Valbrune a promis que la piscine rouvrirait."],
        [Said("la piscine rouvrirait", "a promis", "la maire de Valbrune")],
        FRIDAY,
    )
    assert statement.statement_date is None


def test_ce_samedi_in_a_sunday_copy_is_the_day_before() -> None:
    """The same words the day after: the Saturday of the publication's week is past."""
    _, [statement] = build(
        ["Ce samedi, la maire de Valbrune a promis que la piscine rouvrirait."],
        [Said("la piscine rouvrirait", "a promis", "la maire de Valbrune")],
        SUNDAY,
    )
    assert statement.statement_date == SATURDAY


def test_ce_dimanche_in_a_monday_copy_may_be_the_day_before() -> None:
    """Copy dated Monday is often written on Sunday evening: "ce dimanche" one day back
    keeps its day."""
    _, [statement] = build(
        ["Ce dimanche, la maire de Valbrune a promis que la piscine rouvrirait."],
        [Said("la piscine rouvrirait", "a promis", "la maire de Valbrune")],
        MONDAY,
    )
    assert statement.statement_date == SUNDAY


def test_a_bare_samedi_in_a_friday_copy_is_still_the_last_one() -> None:
    """Without "ce", a bare weekday keeps its reading: the latest such day."""
    _, [statement] = build(
        ["Samedi, la maire de Valbrune a promis que la piscine rouvrirait."],
        [Said("la piscine rouvrirait", "a promis", "la maire de Valbrune")],
        FRIDAY,
    )
    assert statement.statement_date == SATURDAY_BEFORE
