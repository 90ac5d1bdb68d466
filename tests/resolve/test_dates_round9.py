"""Date rules, round 9: an occasion named after the lead's day, earlier days as background,
a relative clause about the occasion, the day after an event.

Every text is invented for these tests (people, places); statements are built by hand with
``tests/resolve/test_dates.py``'s helpers, so only the date rules are tested.
"""

from __future__ import annotations

from datetime import date

from test_dates import Said, build

THURSDAY = date(2026, 3, 12)
WEDNESDAY = date(2026, 3, 11)
TUESDAY = date(2026, 3, 10)

# ------------------------------------------------------------- a gathering named after the lead

HEADLINE = ["Tunnel de Vaudrenne : l'opposition cherche la facture"]
LEAD = (
    "La ministre des Transports, Odile Ferrand, cache le coût réel du tunnel de Vaudrenne, ont "
    "accusé mardi les deux chefs de l'opposition."
)
SCENE = "La rentrée parlementaire a tourné à l'affrontement au palais législatif."
ASKED = (
    "« Vous savez combien il coûte, vous refusez de le dire », a lancé Armand Quélen lors de la "
    "période des questions."
)
ANSWER = "« Les chiffres sont publics depuis l'automne », a répliqué la ministre."
SAID = [
    Said(
        "Vous savez combien il coûte, vous refusez de le dire",
        "a lancé",
        "Armand Quélen",
        "Armand Quélen",
        kind="direct",
    ),
    Said(
        "Les chiffres sont publics depuis l'automne",
        "a répliqué",
        "la ministre",
        "Odile Ferrand",
        kind="direct",
    ),
]


def test_french_question_period_named_after_the_lead_takes_its_day() -> None:
    _, statements = build([LEAD, SCENE, ASKED, ANSWER], SAID, THURSDAY, intro=HEADLINE)
    assert [s.statement_date for s in statements] == [TUESDAY, TUESDAY]


def test_french_the_same_words_without_a_gathering_stay_undated() -> None:
    # a blog post instead of the question period: no occasion where both spoke
    asked = ASKED.replace("lors de la période des questions", "sur son blogue")
    _, statements = build([LEAD, SCENE, asked, ANSWER], SAID, THURSDAY, intro=HEADLINE)
    assert [s.statement_date for s in statements] == [None, None]


def test_french_a_gathering_after_another_day_is_not_the_leads() -> None:
    told = "Mercredi, le ministère a publié un nouveau devis."
    _, statements = build([LEAD, told, ASKED, ANSWER], SAID, THURSDAY, intro=HEADLINE)
    assert statements[1].statement_date is None


def test_french_a_gathering_far_below_the_lead_is_not_its_news() -> None:
    background = [
        "Le chantier a été lancé il y a six ans.",
        "Il devait coûter quatre cents millions.",
        "Les études géologiques ont été refaites deux fois.",
    ]
    _, statements = build([LEAD, *background, ASKED, ANSWER], SAID, THURSDAY, intro=HEADLINE)
    assert [s.statement_date for s in statements] == [None, None]


def test_french_an_earlier_day_told_in_between_is_background() -> None:
    # a dated flashback between the gathering and the answer does not end the gathering
    flashback = "Le devis initial, signé le 3 mars 2019, ne prévoyait aucun puits d'aération."
    _, statements = build([LEAD, SCENE, ASKED, flashback, ANSWER], SAID, THURSDAY, intro=HEADLINE)
    assert [s.statement_date for s in statements] == [TUESDAY, TUESDAY]


def test_french_a_later_day_told_in_between_ends_the_gathering() -> None:
    later = "Mercredi, la commission a convoqué les ingénieurs du chantier."
    _, statements = build([LEAD, SCENE, ASKED, later, ANSWER], SAID, THURSDAY, intro=HEADLINE)
    assert statements[0].statement_date == TUESDAY
    assert statements[1].statement_date != TUESDAY


def test_french_la_veille_before_the_gathering_is_another_day() -> None:
    told = "La veille, le ministère avait publié un nouveau devis."
    _, statements = build([LEAD, told, ASKED, ANSWER], SAID, THURSDAY, intro=HEADLINE)
    assert [s.statement_date for s in statements] == [None, None]


def test_french_a_nights_events_hold_no_gathering_that_day() -> None:
    # the lead's day is a night's (the facts of a trial): the hearing named next is later
    lead = (
        "Le tunnel de Vaudrenne a été tagué dans la nuit du 9 au 10 mars, ont accusé les deux "
        "chefs de l'opposition."
    )
    _, statements = build([lead, SCENE, ASKED, ANSWER], SAID, THURSDAY, intro=HEADLINE)
    assert [s.statement_date for s in statements] == [None, None]


# ------------------------------------------------------------- a relative clause about the occasion

DEBATE_LEAD = (
    "La présidente du groupe écologiste, Solène Darrieux, a dénoncé un budget « sans cap », lors "
    "des débats sur la loi de finances qui commencent mercredi."
)
DEBATE_NEXT = "« Rien pour les transports du quotidien », a-t-elle regretté."
DEBATE_SAID = [
    Said("un budget « sans cap »", "a dénoncé", "Solène Darrieux", "Solène Darrieux", kind="mixed"),
    Said(
        "Rien pour les transports du quotidien",
        "a-t-elle regretté",
        "elle",
        "Solène Darrieux",
        kind="direct",
    ),
]


def test_french_a_relative_clause_on_the_occasion_gives_its_day() -> None:
    _, statements = build([DEBATE_LEAD, DEBATE_NEXT], DEBATE_SAID, THURSDAY, headline=False)
    assert [s.statement_date for s in statements] == [WEDNESDAY, WEDNESDAY]


def test_french_a_relative_clause_on_a_person_dates_nothing() -> None:
    # the same day in a relative clause about someone, after a comma: another event's day
    lead = (
        "La présidente du groupe écologiste, Solène Darrieux, a dénoncé un budget « sans cap », "
        "face au ministre, qui est rentré mercredi de Bruxelles."
    )
    _, statements = build([lead, DEBATE_NEXT], DEBATE_SAID, THURSDAY, headline=False)
    assert statements[0].statement_date != WEDNESDAY


# ------------------------------------------------------------- the day after an event


def test_french_the_day_after_the_event_referred_back_to() -> None:
    council = "Le conseil municipal de ce lundi 9 mars a duré six heures."
    body = (
        "Au lendemain de cette séance houleuse, les élus d'opposition ont dénoncé « un mépris "
        "constant »."
    )
    said = Said("un mépris constant", "ont dénoncé", "les élus d'opposition", kind="mixed")
    _, [statement] = build([council, body], [said], WEDNESDAY, intro=["Conseil agité"])
    assert statement.statement_date == TUESDAY


def test_french_after_the_event_referred_back_to_is_its_day() -> None:
    council = "Le conseil municipal de ce lundi 9 mars a duré six heures."
    body = (
        "À l'issue de cette séance houleuse, les élus d'opposition ont dénoncé « un mépris "
        "constant »."
    )
    said = Said("un mépris constant", "ont dénoncé", "les élus d'opposition", kind="mixed")
    _, [statement] = build([council, body], [said], WEDNESDAY, intro=["Conseil agité"])
    assert statement.statement_date == date(2026, 3, 9)


# ------------------------------------------------------------- a speaker's occasion, earlier days

CONF_LEAD = (
    'Mayor Ida Renholm on Wednesday denied the report at a news conference, calling it "a fiction".'
)
CONF_QUOTE = '"Nobody at City Hall saw that memo," she said.'
CONF_MORE = '"I will not resign over a rumor."'
CONF_LATER = "She denied that the council had met in secret."
CONF_SAID = [
    Said("Nobody at City Hall saw that memo", "said", "she", "Ida Renholm", kind="direct"),
    Said("the council had met in secret", "denied", "She", "Ida Renholm", cue_lemma="deny"),
]


def test_english_an_earlier_day_told_in_between_keeps_the_occasion() -> None:
    earlier = "The report was first published by a local weekly on Tuesday."
    _, statements = build(
        [CONF_LEAD, CONF_QUOTE, earlier, CONF_LATER], CONF_SAID, THURSDAY, language="en"
    )
    assert statements[-1].statement_date == WEDNESDAY


def test_english_a_later_day_told_in_between_ends_the_occasion() -> None:
    later = "On Thursday, the council voted to open an inquiry."
    _, statements = build(
        [CONF_LEAD, CONF_QUOTE, later, CONF_LATER], CONF_SAID, THURSDAY, language="en"
    )
    assert statements[-1].statement_date != WEDNESDAY
