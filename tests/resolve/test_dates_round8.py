"""Date rules, round 8: a narrated occasion of the speaker, a possessive day word, and a
French gathering dated by the noun it qualifies.

Every text is invented for these tests (people, places); statements are built by hand with
``tests/resolve/test_dates.py``'s helpers, so only the date rules are tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_dates import Said, build

SATURDAY = date(2026, 3, 14)
FRIDAY = date(2026, 3, 13)
THURSDAY = date(2026, 3, 12)
TUESDAY = date(2026, 3, 10)
WEDNESDAY = date(2026, 3, 11)


# --------------------------------------------------------------------------- narrated occasion

# the sentence that dates the occasion holds a saying no statement was read from (as when the
# extractor misses an inverted subject): it stays narration naming the speaker
OCCASION = (
    "Pas question de vendre la filiale, a répété hier le président du groupe, Aurèle "
    "Vantrin, lors de l'assemblée annuelle des actionnaires."
)
BETWEEN = "Les comptes des autres filiales ont été présentés aux porteurs de parts."
LATER = "« Nous gardons nos journaux, et nous investirons encore », a indiqué M. Vantrin."
LATER_SAID = Said(
    "Nous gardons nos journaux, et nous investirons encore",
    "a indiqué",
    "M. Vantrin",
    "Aurèle Vantrin",
    kind="direct",
)


def test_a_narrated_occasion_of_the_speaker_dates_their_later_words() -> None:
    _, [statement] = build([OCCASION, BETWEEN, LATER], [LATER_SAID], SATURDAY)
    assert statement.statement_date == FRIDAY
    assert statement.date_method == "inherited"


def test_a_narrated_day_without_an_occasion_of_speaking_dates_nothing() -> None:
    # the same speaker named on a day, but visiting: no occasion where he spoke
    visit = "Le président du groupe, Aurèle Vantrin, a visité hier l'imprimerie de Sornac."
    _, [statement] = build([visit, BETWEEN, LATER], [LATER_SAID], SATURDAY)
    assert statement.statement_date is None


def test_a_narrated_occasion_of_someone_else_dates_nothing() -> None:
    other = OCCASION.replace("Aurèle Vantrin", "Lucienne Berthaud")
    _, [statement] = build([other, BETWEEN, LATER], [LATER_SAID], SATURDAY)
    assert statement.statement_date is None


def test_a_narrated_occasion_in_the_pluperfect_dates_nothing() -> None:
    flashback = OCCASION.replace("a répété hier", "avait répété mardi")
    _, [statement] = build([flashback, BETWEEN, LATER], [LATER_SAID], SATURDAY)
    assert statement.statement_date is None


def test_english_an_address_to_a_press_club_is_an_occasion() -> None:
    body = [
        "Premier Dana Whitlow told the Riverside Press Club on Tuesday that the levy would go.",
        "Her remarks came a week before the vote in the chamber.",
        '"We will not tax the harbour twice," the premier said.',
    ]
    said = [
        Said("the levy would go", "told", "Premier Dana Whitlow", "Dana Whitlow"),
        Said(
            "We will not tax the harbour twice",
            "said",
            "the premier",
            "Dana Whitlow",
            kind="direct",
        ),
    ]
    _, statements = build(body, said, THURSDAY, language="en")
    assert [s.statement_date for s in statements] == [TUESDAY, TUESDAY]


def test_english_telling_a_colleague_names_no_occasion() -> None:
    # a paraphrase of hers (a quotation is that saying's words: test_dates_round10.py)
    body = [
        "Premier Dana Whitlow told her deputy on Tuesday that the levy would go.",
        "Her remarks came a week before the vote in the chamber.",
        "The premier said the harbour would not be taxed twice.",
    ]
    said = [
        Said("the levy would go", "told", "Premier Dana Whitlow", "Dana Whitlow"),
        Said("the harbour would not be taxed twice", "said", "The premier", "Dana Whitlow"),
    ]
    _, statements = build(body, said, THURSDAY, language="en")
    assert [s.statement_date for s in statements] == [TUESDAY, None]


# --------------------------------------------------------------------------- possessive day word


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "tonight's" qualifies the votes: the day of an event, not of the saying
        (
            "The coalition looks set to survive tonight's budget votes, but members say the "
            "outcome cannot be taken for granted.",
            None,
        ),
        (
            "Ahead of Tuesday's vote, members say the outcome cannot be taken for granted.",
            None,
        ),
        # said at that event: its day is the saying's
        (
            "Speaking at Tuesday's meeting, members say the outcome cannot be taken for granted.",
            TUESDAY,
        ),
        # at an event that is no occasion of speaking: still the event's day
        (
            "Members predict a win at Saturday's election, and say the outcome cannot be "
            "taken for granted.",
            None,
        ),
        # the bare day word tells when they said it
        ("On Tuesday, members said the outcome cannot be taken for granted.", TUESDAY),
    ],
)
def test_english_a_possessive_day_word_names_an_event(sentence: str, expected: date | None) -> None:
    verb = "say" if " say " in sentence else "said"
    said = Said("the outcome cannot be taken for granted", verb, "members")
    _, [statement] = build([sentence], [said], WEDNESDAY, language="en")
    assert statement.statement_date == expected


# --------------------------------------------------------------------------- French gatherings

COUNCIL_LEAD = (
    "Venus nombreux à la séance du conseil municipal du mardi 10 mars, les riverains de la "
    "zone des Glaisières n'ont obtenu aucune réponse de la maire."
)
COUNCIL_BODY = (
    "« Nous avions déposé nos questions par écrit », a regretté Joëlle Marsaud, présidente de "
    "l'association des riverains."
)
COUNCIL_SAID = Said(
    "Nous avions déposé nos questions par écrit",
    "a regretté",
    "Joëlle Marsaud",
    "Joëlle Marsaud",
    kind="direct",
)


def test_french_a_gathering_dated_by_its_noun_dates_whoever_speaks_there() -> None:
    _, [statement] = build(
        [COUNCIL_LEAD, COUNCIL_BODY], [COUNCIL_SAID], THURSDAY, intro=["Conseil : le silence"]
    )
    assert statement.statement_date == TUESDAY


def test_french_an_event_dated_by_its_noun_is_no_gathering() -> None:
    # the same construction with a building site: a day naming an event, no gathering
    lead = (
        "Venus nombreux au chantier de la rocade du mardi 10 mars, les riverains de la zone "
        "des Glaisières n'ont obtenu aucune réponse de la maire."
    )
    _, [statement] = build(
        [lead, COUNCIL_BODY], [COUNCIL_SAID], THURSDAY, intro=["Conseil : le silence"]
    )
    assert statement.statement_date is None


def test_french_a_gathering_after_another_day_told_dates_nothing() -> None:
    told = "Mercredi, la préfecture a suspendu le permis de construire."
    _, [statement] = build(
        [COUNCIL_LEAD, told, COUNCIL_BODY],
        [COUNCIL_SAID],
        THURSDAY,
        intro=["Conseil : le silence"],
    )
    assert statement.statement_date is None


# --------------------------------------------------------------------------- "au" + date, trials


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # a postponement to a date, a deadline: no day of the saying
        ("Le syndicat avait accepté un report au 10 mars", None),
        ("Les grévistes tiendront jusqu'au 10 mars", None),
        # the same date told as the day of the story
        ("Le 10 mars, le syndicat a refusé le report", TUESDAY),
    ],
)
def test_french_a_date_after_au_is_an_end_not_a_day(clause: str, expected: date | None) -> None:
    sentence = f"{clause} : « Nous ne reculerons plus », précise Gaëlle Vernier."
    said = Said(
        "Nous ne reculerons plus", "précise", "Gaëlle Vernier", "Gaëlle Vernier", kind="direct"
    )
    _, [statement] = build([sentence], [said], THURSDAY)
    assert statement.statement_date == expected


TRIAL_LEAD = (
    "Depuis deux jours, les experts se succèdent devant les jurés. Quand l'accusé s'avance "
    "à la barre ce mardi 10 mars, la salle se tait."
)
TRIAL_BODY = "« Je ne voulais pas la blesser », répète-t-il, la voix basse."
TRIAL_SAID = Said("Je ne voulais pas la blesser", "répète-t-il", "il", kind="direct")


def test_french_the_day_at_the_bar_dates_the_trials_words() -> None:
    _, [statement] = build([TRIAL_LEAD, TRIAL_BODY], [TRIAL_SAID], THURSDAY, headline=False)
    assert statement.statement_date == TUESDAY


def test_french_the_bar_of_a_council_vote_is_no_trial() -> None:
    # the same words with a vote that sets a bar: no gathering, no day for the words
    lead = (
        "Depuis deux jours, les experts se succèdent devant les jurés. Le conseil a fixé la "
        "barre à deux cents places ce mardi 10 mars, et la salle se tait."
    )
    _, [statement] = build([lead, TRIAL_BODY], [TRIAL_SAID], THURSDAY, headline=False)
    assert statement.statement_date is None


# --------------------------------------------------------------------------- one person, two names


@pytest.mark.parametrize(
    ("second_speaker", "expected"),
    [
        # the chief resolved once with the title and once without: the same person goes on
        ("Dana Whitlow", TUESDAY),
        # another person sharing the title's words only
        ("Police Chief Morgan Tell", None),
        # one shared word is no one's name
        ("Whitlow", None),
    ],
)
def test_english_a_name_held_whole_in_the_other_is_the_same_speaker(
    second_speaker: str, expected: date | None
) -> None:
    body = [
        "Police in Harlow said on Tuesday that they had found the stolen van.",
        '"The driver is known to us," the chief said during a briefing.',
    ]
    said = [
        Said("they had found the stolen van", "said", "Police", "Police Chief Dana Whitlow"),
        Said("The driver is known to us", "said", "the chief", second_speaker, kind="direct"),
    ]
    _, statements = build(body, said, THURSDAY, language="en")
    assert [s.statement_date for s in statements] == [TUESDAY, expected]


# --------------------------------------------------------------------------- a pluperfect's clause


@pytest.mark.parametrize(
    ("narrated", "expected"),
    [
        # the pluperfect is in a clause of its own: yesterday is the story's day
        (
            "Mayor Jo Harlan had declined interviews since May, but yesterday she met "
            "reporters at the harbour.",
            WEDNESDAY,
        ),
        # the same day word in the pluperfect's clause: a flashback, nothing inherits it
        ("Mayor Jo Harlan had met reporters at the harbour yesterday.", None),
    ],
)
def test_english_a_pluperfect_marks_a_flashback_in_its_own_clause_only(
    narrated: str, expected: date | None
) -> None:
    paragraph = f'{narrated} "We will rebuild the pier," she said.'
    said = Said("We will rebuild the pier", "said", "she", "Jo Harlan", kind="direct")
    _, [statement] = build([paragraph], [said], THURSDAY, language="en")
    assert statement.statement_date == expected


def test_french_a_pluperfect_marks_a_flashback_in_its_own_clause_only() -> None:
    paragraph = (
        "La maire, Jeanne Harlan, avait refusé toute interview depuis mai, mais hier elle a "
        "reçu la presse sur le port. « Nous reconstruirons la jetée », a-t-elle dit."
    )
    said = Said("Nous reconstruirons la jetée", "a-t-elle dit", "elle", "Jeanne Harlan")
    _, [statement] = build([paragraph], [said], THURSDAY)
    assert statement.statement_date == WEDNESDAY
