"""Date rules, session 17: the day of a dated speaking occasion carries to its later words.

Every text is invented for these tests (people, places, events); statements are built by
hand with ``tests/resolve/test_dates.py``'s helpers, so only the date rules are tested.
"""

from __future__ import annotations

from datetime import date

from test_dates import Said, build

SATURDAY = date(2026, 3, 14)
FRIDAY = date(2026, 3, 13)
MONDAY = date(2026, 3, 16)

# ------------------------------------ a day word opening quoted words is not the saying's day


def test_a_day_word_opening_words_told_before_their_verb_is_the_speakers() -> None:
    """A quotation that lost its opening mark still reads before its incise: its "Hier
    soir" is the speaker's word, and the lead's day of the prefect goes on."""
    _, statements = build(
        [
            "Le préfet de la Brenne a jugé samedi que la ville de Valbrune restait calme.",
            "Hier soir, nous n'aurions pas parié sur ce quartier\", a-t-il dit.",
        ],
        [
            Said("la ville de Valbrune restait calme", "a jugé", "Le préfet de la Brenne"),
            Said(
                "Hier soir, nous n'aurions pas parié sur ce quartier",
                "a-t-il dit",
                "il",
                "Le préfet de la Brenne",
            ),
        ],
        SATURDAY,
    )
    assert statements[1].statement_date != FRIDAY
    assert statements[1].statement_date == SATURDAY


def test_a_day_word_opening_reported_words_after_their_verb_dates_the_saying() -> None:
    """The near miss keeps its reading: "a dénoncé dimanche …" after the verb is the day of
    the denouncing."""
    _, [statement] = build(
        ["Le maire de Valbrune a dénoncé vendredi « un abandon de la vallée »."],
        [Said("vendredi « un abandon de la vallée »", "a dénoncé", "Le maire de Valbrune")],
        SATURDAY,
    )
    assert statement.statement_date == FRIDAY
