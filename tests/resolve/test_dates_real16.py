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


# ------------------------------------- "Il s'est exprimé mercredi …": the occasion told after

WEDNESDAY = date(2026, 3, 11)
EXPLAINS = "L'enquête sur le dépôt d'armes de Valbrune progresse, explique la procureure."
SAID_EXPLAINS = Said(
    "L'enquête sur le dépôt d'armes de Valbrune progresse",
    "explique",
    "la procureure",
    "Procureure de Valbrune",
    cue_lemma="expliquer",
)


def test_a_pronoun_speaking_sentence_in_the_compound_past_dates_the_words_before() -> None:
    """The sentence "Elle s'est exprimée mercredi 11 mars …" says when the speaker just
    quoted spoke."""
    _, [statement] = build(
        [EXPLAINS + " Elle s'est exprimée pour la première fois mercredi 11 mars au tribunal."],
        [SAID_EXPLAINS],
        FRIDAY,
    )
    assert statement.statement_date == WEDNESDAY


def test_a_named_speaking_sentence_in_the_compound_past_dates_that_speaker() -> None:
    _, [statement] = build(
        [
            "L'enquête progresse, explique la procureure Anne Vasseur. Mme Vasseur s'est "
            "exprimée mercredi au tribunal."
        ],
        [Said("L'enquête progresse", "explique", "la procureure Anne Vasseur", "Anne Vasseur")],
        FRIDAY,
    )
    assert statement.statement_date == WEDNESDAY


def test_another_person_speaking_dates_nothing_of_the_words_before() -> None:
    """The same words about someone else: the prosecutor's words keep no day."""
    _, [statement] = build(
        [EXPLAINS + " Le maire, Paul Gervais, s'est exprimé mercredi 11 mars au conseil."],
        [SAID_EXPLAINS],
        FRIDAY,
    )
    assert statement.statement_date is None


def test_a_pronoun_takes_up_the_last_speaker_only() -> None:
    """The sentence "Il s'est exprimé mercredi" after the mayor's words dates the mayor's, not the
    prosecutor's told before them."""
    _, statements = build(
        [
            EXPLAINS + " Rien n'est réglé, a estimé le maire, Paul Gervais. Il s'est exprimé "
            "mercredi 11 mars au conseil."
        ],
        [
            SAID_EXPLAINS,
            Said("Rien n'est réglé", "a estimé", "le maire, Paul Gervais", "Paul Gervais"),
        ],
        FRIDAY,
    )
    assert [s.statement_date for s in statements] == [None, WEDNESDAY]


# ----------------------- the main verb's day before a day in a participle on its subject

MARCH_2 = date(2026, 3, 2)
MARCH_9 = date(2026, 3, 9)
BUDGET_HEADLINE = ["Valbrune : le budget de la maire rejeté une seconde fois"]
REJECTED = (
    "Le budget de la maire de Valbrune, déjà rejeté lors de la séance du conseil municipal "
    "du 2 mars, a subi le même sort le 9 mars."
)
OPPOSITION = "« Nous ne céderons pas », a lancé la conseillère d'opposition Léa Morin."
SAID_OPPOSITION = Said(
    "Nous ne céderons pas",
    "a lancé",
    "la conseillère d'opposition Léa Morin",
    "Léa Morin",
    kind="direct",
)


def test_the_day_after_the_main_verb_and_its_object_is_the_lead_s_day() -> None:
    """ "a subi le même sort le 9 mars": the day of the main verb, past its short object,
    is the news; the 2 March session belongs to the participle on the subject."""
    _, [statement] = build([REJECTED, OPPOSITION], [SAID_OPPOSITION], FRIDAY, intro=BUDGET_HEADLINE)
    assert statement.statement_date == MARCH_9


def test_without_a_day_of_the_main_verb_the_session_s_day_stands() -> None:
    """The same words without the main verb's day: the session's day is the only one told."""
    _, [statement] = build(
        [REJECTED.replace(" le 9 mars", ""), OPPOSITION],
        [SAID_OPPOSITION],
        FRIDAY,
        intro=BUDGET_HEADLINE,
    )
    assert statement.statement_date == MARCH_2


# ------------------------------------ "la manifestation de samedi": an event's day, not a saying's


def test_an_event_s_weekday_after_de_dates_no_saying() -> None:
    """In a Friday's copy "la manifestation de samedi" is tomorrow's: the prefect's refusal
    is not dated to the Saturday six days back."""
    _, [statement] = build(
        [
            "Pour la manifestation de samedi à Valbrune, le préfet refuse de donner le nombre "
            "de gendarmes mobilisés."
        ],
        [Said("de donner le nombre de gendarmes mobilisés", "refuse", "le préfet")],
        FRIDAY,
    )
    assert statement.statement_date is None


def test_a_weekday_after_de_on_a_channel_still_dates_the_saying() -> None:
    """The same construction on a channel of speaking: "dans le journal de samedi" is the
    day the words were printed."""
    _, [statement] = build(
        [
            "Dans le journal de samedi, le préfet a refusé de donner le nombre de gendarmes "
            "mobilisés."
        ],
        [Said("de donner le nombre de gendarmes mobilisés", "a refusé", "le préfet")],
        FRIDAY,
    )
    assert statement.statement_date == SATURDAY_BEFORE


def test_a_preposed_weekday_with_the_same_event_still_dates_the_saying() -> None:
    """ "Samedi, lors de la manifestation, …": the weekday stands alone and dates the saying."""
    _, [statement] = build(
        [
            "Samedi, lors de la manifestation, le préfet a refusé de donner le nombre de "
            "gendarmes mobilisés."
        ],
        [Said("de donner le nombre de gendarmes mobilisés", "a refusé", "le préfet")],
        SUNDAY,
    )
    assert statement.statement_date == SATURDAY


# ------------------------------ "Jeudi dernier, un incendie …": an event told as background

THURSDAY_BEFORE = date(2026, 3, 5)
THURSDAY = date(2026, 3, 12)
FIRE_HEADLINE = ["Incendie de l'usine Marlin : le maire demande des comptes"]
MAYOR = "Le maire, Henri Castel, a demandé une enquête administrative."
SAID_MAYOR = Said(
    "une enquête administrative", "a demandé", "Le maire, Henri Castel", "Henri Castel"
)


def test_an_event_told_with_jeudi_dernier_lends_its_day_to_no_saying() -> None:
    """ "Jeudi dernier" tells when the fire happened, a week before the story: the mayor's
    request told next is not dated to it."""
    _, [statement] = build(
        ["Jeudi dernier, un incendie a ravagé l'entrepôt de l'usine Marlin.", MAYOR],
        [SAID_MAYOR],
        THURSDAY,
        intro=FIRE_HEADLINE,
    )
    assert statement.statement_date is None


def test_a_saying_dated_jeudi_dernier_by_its_own_words_keeps_it() -> None:
    _, [statement] = build(
        ["Jeudi dernier, le maire, Henri Castel, a demandé une enquête administrative."],
        [SAID_MAYOR],
        THURSDAY,
        intro=FIRE_HEADLINE,
    )
    assert statement.statement_date == THURSDAY_BEFORE


def test_an_event_told_with_a_bare_weekday_still_dates_the_scene() -> None:
    """The same story told as the day's news ("Mercredi, un incendie …"): the scene of the
    lead still dates what is said next, as before."""
    _, [statement] = build(
        ["Mercredi, un incendie a ravagé l'entrepôt de l'usine Marlin.", MAYOR],
        [SAID_MAYOR],
        THURSDAY,
        intro=FIRE_HEADLINE,
    )
    assert statement.statement_date == WEDNESDAY
