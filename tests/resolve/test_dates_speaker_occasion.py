"""A speaker's later statements keep the day of the occasion their own words date.

Every text is invented for these tests (people, places); statements are built by hand, so
only the date rules are tested.
"""

from __future__ import annotations

from datetime import date

from test_dates import Said, build

THURSDAY = date(2026, 3, 12)
TUESDAY = date(2026, 3, 10)

DATED = (
    "La présidente du syndicat des vignerons, Odile Ferrandier, a expliqué mardi lors d'une "
    "conférence de presse que la récolte serait maigre."
)
BETWEEN = "Les gelées tardives ont touché une grande partie des coteaux de la vallée."
LATER = "« Nous ne savons pas encore combien de parcelles sont perdues », souligne Mme Ferrandier."
FIRST = Said("la récolte serait maigre", "a expliqué", "Odile Ferrandier")
SECOND = Said(
    "Nous ne savons pas encore combien de parcelles sont perdues",
    "souligne",
    "Mme Ferrandier",
    kind="direct",
)


def test_a_later_statement_keeps_the_day_of_the_speakers_dated_occasion() -> None:
    _, statements = build([DATED, BETWEEN, LATER], [FIRST, SECOND], THURSDAY)
    assert [s.statement_date for s in statements] == [TUESDAY, TUESDAY]
    assert statements[1].date_method == "inherited"
    assert statements[1].date_cue is None


def test_a_source_preposition_of_the_same_speaker_keeps_the_day() -> None:
    later = "Selon Mme Ferrandier, les parcelles du sud ont le plus souffert."
    said = Said("les parcelles du sud ont le plus souffert", "Selon", "Mme Ferrandier")
    _, statements = build([DATED, BETWEEN, later], [FIRST, said], THURSDAY)
    assert [s.statement_date for s in statements] == [TUESDAY, TUESDAY]


def test_an_undated_narration_of_the_speaker_gives_no_day() -> None:
    # the same words, but the first sentence tells no saying of hers: nothing dates her
    narrated = (
        "La présidente du syndicat des vignerons, Odile Ferrandier, a visité mardi les "
        "coteaux touchés."
    )
    _, statements = build([narrated, BETWEEN, LATER], [SECOND], THURSDAY)
    assert statements[0].statement_date is None


def test_a_dated_saying_without_an_occasion_of_speaking_gives_no_day() -> None:
    # she may be reported from several days: "a expliqué mardi" alone names no occasion for
    # a paraphrase (a quotation of hers is that saying's words: test_dates_round10.py)
    bare = (
        "La présidente du syndicat des vignerons, Odile Ferrandier, a expliqué mardi que la "
        "récolte serait maigre."
    )
    later = (
        "Mme Ferrandier a reconnu que personne ne savait encore combien de parcelles étaient "
        "perdues."
    )
    said = Said(
        "personne ne savait encore combien de parcelles étaient perdues",
        "a reconnu",
        "Mme Ferrandier",
    )
    _, statements = build([bare, BETWEEN, later], [FIRST, said], THURSDAY)
    assert [s.statement_date for s in statements] == [TUESDAY, None]


def test_another_speaker_does_not_take_the_day() -> None:
    later = "« Nous ne savons pas encore combien de parcelles sont perdues », souligne M. Castagné."
    said = Said(SECOND.content, "souligne", "M. Castagné", kind="direct")
    _, statements = build([DATED, BETWEEN, later], [FIRST, said], THURSDAY)
    assert [s.statement_date for s in statements] == [TUESDAY, None]


def test_a_pluperfect_saying_of_the_speaker_stays_undated() -> None:
    later = "Mme Ferrandier avait affirmé que les coteaux étaient protégés."
    said = Said("les coteaux étaient protégés", "avait affirmé", "Mme Ferrandier")
    _, statements = build([DATED, BETWEEN, later], [FIRST, said], THURSDAY)
    assert [s.statement_date for s in statements] == [TUESDAY, None]


def test_a_new_channel_is_a_new_occasion() -> None:
    later = "Dans un communiqué, Mme Ferrandier souligne que les pertes seront chiffrées."
    said = Said("les pertes seront chiffrées", "souligne", "Mme Ferrandier")
    _, statements = build([DATED, BETWEEN, later], [FIRST, said], THURSDAY)
    assert [s.statement_date for s in statements] == [TUESDAY, None]


def test_a_story_told_on_another_day_ends_the_occasion() -> None:
    other_day = "Samedi, la grêle avait déjà haché les vignes du plateau."
    narrated = "Dimanche, des centaines de viticulteurs se sont rassemblés devant la mairie."
    _, statements = build([DATED, other_day, narrated, LATER], [FIRST, SECOND], THURSDAY)
    assert [s.statement_date for s in statements] == [TUESDAY, None]


def test_a_dated_bulletin_is_an_occasion_of_its_author() -> None:
    dated = "Le gel pourrait durer, indique mardi dans un bulletin l'institut Agrimet."
    later = "Les vignes les plus précoces seront touchées, selon Agrimet."
    _, statements = build(
        [dated, BETWEEN, later],
        [
            Said("Le gel pourrait durer", "indique", "l'institut Agrimet", kind="direct"),
            Said("Les vignes les plus précoces seront touchées", "selon", "Agrimet"),
        ],
        THURSDAY,
    )
    assert [s.statement_date for s in statements] == [TUESDAY, TUESDAY]


def test_a_bulletin_without_a_day_dates_nothing() -> None:
    undated = "Le gel pourrait durer, indique dans un bulletin l'institut Agrimet."
    later = "Les vignes les plus précoces seront touchées, selon Agrimet."
    _, statements = build(
        [undated, BETWEEN, later],
        [
            Said("Le gel pourrait durer", "indique", "l'institut Agrimet", kind="direct"),
            Said("Les vignes les plus précoces seront touchées", "selon", "Agrimet"),
        ],
        THURSDAY,
    )
    assert [s.statement_date for s in statements] == [None, None]


def test_a_broadcast_named_by_its_kind_is_a_new_occasion() -> None:
    for channel, expected in (("à la radio régionale", None), ("aux viticulteurs", TUESDAY)):
        later = (
            f"La récolte ne couvrira pas les frais de l'année, a estimé Mme Ferrandier {channel}."
        )
        said = Said("La récolte ne couvrira pas les frais de l'année", "a estimé", "Ferrandier")
        _, statements = build([DATED, BETWEEN, later], [FIRST, said], THURSDAY)
        assert statements[1].statement_date == expected, channel


def test_a_continuation_on_another_channel_is_another_occasion() -> None:
    for channel, expected in ((" sur RTL", None), ("", TUESDAY)):
        later = f"« Nous replanterons », a ajouté Mme Ferrandier{channel}."
        said = Said("Nous replanterons", "a ajouté", "Mme Ferrandier", kind="direct")
        _, statements = build([DATED, BETWEEN, later], [FIRST, said], THURSDAY)
        assert statements[1].statement_date == expected, channel
