"""Date rules, session 20: gatherings told anywhere in the text, council sittings, hearings.

Every text is invented for these tests (people, places, councils, courts); statements are
built by hand with ``tests/resolve/test_dates.py``'s helpers, so only the date rules are tested.
"""

from __future__ import annotations

from datetime import date

from test_dates import Said, build

TUESDAY = date(2026, 3, 10)
MONDAY = date(2026, 3, 9)

# ------------------------------------------ a gathering narrated mid-text: everyone speaks there

COUNCIL_HEADLINE = "Valmont : cinq nouveaux élus au conseil"
COUNCIL_LEAD = "Cinq nouveaux élus ont pris place au conseil de Valmont, où une chaise est vide."
PROMISE = "Nous serons vigilants sur chaque dépense"
INVITE = "les élus à travailler ensemble sur le dossier de la piscine"


def _council(scene: str, between: list[str] | None = None) -> list:
    more = [
        "Le nouveau parti de Jeanne Morel attend toujours un recomptage des voix dans un district.",
        scene,
        f"« {PROMISE} », a promis Paul Ferrand.",
        *(between or []),
        f"De son côté, la maire Odile Lasserre a invité {INVITE}.",
    ]
    said = [
        Said(PROMISE, "a promis", "Paul Ferrand", "Paul Ferrand", "direct"),
        Said(INVITE, "a invité", "la maire Odile Lasserre", "Odile Lasserre"),
    ]
    _, statements = build(more, said, TUESDAY, intro=[COUNCIL_HEADLINE, COUNCIL_LEAD])
    return statements


def test_another_speaker_at_a_narrated_sitting_takes_its_day() -> None:
    """ "… lors de la première séance du conseil lundi soir." told in the fourth paragraph, then
    one councillor and the mayor quoted without a day word: both spoke at that sitting."""
    scene = "Paul Ferrand a mené l'opposition lors de la première séance du conseil lundi soir."
    _, mayor = _council(scene)
    assert mayor.statement_date == MONDAY


def test_another_speaker_after_a_narrated_visit_keeps_no_day() -> None:
    """ "… lors d'une visite du chantier lundi soir": a visit is no gathering where everyone
    speaks; the mayor's words, in another paragraph, may come from any day."""
    scene = "Paul Ferrand a mené l'opposition lors d'une visite du chantier lundi soir."
    _, mayor = _council(scene)
    assert mayor.statement_date is None


def test_a_sitting_s_day_ends_when_the_story_tells_another() -> None:
    """A later day told between ("Mardi matin, la maire a visité …") moves the story off the
    sitting: the mayor's words are not the sitting's."""
    scene = "Paul Ferrand a mené l'opposition lors de la première séance du conseil lundi soir."
    between = ["Mardi matin, la maire a visité le chantier de la piscine avec les techniciens."]
    _, mayor = _council(scene, between)
    assert mayor.statement_date != MONDAY


# ----------------------------------------------------- a council's sitting, named by its body

SITTING_HEADLINE = "Valmont : la piscine divise les élus"
CRITICISM = "l'absence d'étude sur le coût des travaux"
ANSWER = "l'étude serait publiée avant l'été"


def _sitting(lead: str) -> list:
    more = [
        f"Le conseiller Paul Ferrand a dénoncé {CRITICISM}.",
        f"La maire Odile Lasserre a répondu que {ANSWER}.",
    ]
    said = [
        Said(CRITICISM, "a dénoncé", "Le conseiller Paul Ferrand", "Paul Ferrand"),
        Said(ANSWER, "a répondu", "La maire Odile Lasserre", "Odile Lasserre"),
    ]
    _, statements = build(more, said, TUESDAY, intro=[SITTING_HEADLINE, lead])
    return statements


def test_a_council_that_opens_its_sitting_is_a_gathering() -> None:
    """ "Le conseil municipal de Valmont s'est ouvert lundi soir …": the body as the subject of
    a verb of sitting names its sitting, where councillors and the mayor speak in turn."""
    lead = "Le conseil municipal de Valmont s'est ouvert lundi soir dans une salle comble."
    criticism, answer = _sitting(lead)
    assert criticism.statement_date == MONDAY
    assert answer.statement_date == MONDAY


def test_a_statement_before_the_council_is_at_its_sitting() -> None:
    """ "lors du conseil municipal de lundi soir": the body after a preposition of time."""
    lead = "La piscine a occupé les élus lors du conseil municipal lundi soir à Valmont."
    criticism, answer = _sitting(lead)
    assert criticism.statement_date == MONDAY
    assert answer.statement_date == MONDAY


def test_a_council_that_votes_is_no_gathering() -> None:
    """ "Le conseil municipal de Valmont a voté lundi soir …": the body deciding, a narrated
    decision; the words quoted next were not said at a sitting the text dates."""
    lead = "Le conseil municipal de Valmont a voté lundi soir la fermeture de la piscine."
    _, answer = _sitting(lead)
    assert answer.statement_date is None


# ------------------------------------------------------- a hearing told after a night's events

THURSDAY = date(2026, 8, 20)
FRIDAY = date(2026, 8, 21)
COURT_HEADLINE = "Tribunal de Brenac : l'audience renvoyée"
NIGHT = "C'était la nuit du 2 au 3 mai, devant un bar du centre."
WANTS = "il veut un avocat pour sa défense"
REFERRAL = "Sans avocat, le renvoi est obligatoire"


def _hearing(appears: str) -> list:
    lead = f"{NIGHT} Le prévenu, détenu pour une autre affaire, {appears}."
    more = [f"Le prévenu dit qu'{WANTS}.", f"« {REFERRAL} », dit le procureur."]
    said = [
        Said(WANTS, "dit", "Le prévenu"),
        Said(REFERRAL, "dit", "le procureur", None, "direct"),
    ]
    _, statements = build(more, said, FRIDAY, intro=[COURT_HEADLINE, lead])
    return statements


def test_a_defendant_who_appears_today_is_at_the_day_s_hearing() -> None:
    """ "C'était la nuit du 2 au 3 mai" (the facts) then "comparaît ce jeudi 20 août": the
    defendant's and the prosecutor's words, in the present, are the hearing's."""
    wants, referral = _hearing("comparaît sous escorte ce jeudi 20 août")
    assert wants.statement_date == THURSDAY
    assert referral.statement_date == THURSDAY


def test_a_defendant_released_today_is_at_no_hearing() -> None:
    """ "est libéré ce jeudi 20 août": no hearing; the words in the present stay undated."""
    wants, referral = _hearing("est libéré ce jeudi 20 août")
    assert wants.statement_date is None
    assert referral.statement_date is None


# ------------------------------------- a communiqué relaying the words of a dated occasion

FRIDAY_NOV = date(2026, 11, 6)
THURSDAY_NOV = date(2026, 11, 5)
CABINET_HEADLINE = "Le président Vasseur devant le conseil des ministres"
CABINET_LEAD = (
    "Le président Anton Vasseur a déclaré jeudi, lors de l'ouverture du conseil des ministres, "
    "que les mesures d'exception seraient levées."
)
LIFTED = "les mesures d'exception seraient levées"
WILL = "sa volonté de dialoguer avec tous les partis"
SAVED = "Ces mesures ont sauvé le pays"


def _cabinet(channel: str) -> list:
    more = [f"« {SAVED} », a-t-il rappelé.", f"{channel}, Anton Vasseur a réaffirmé {WILL}."]
    said = [
        Said(LIFTED, "a déclaré", "Le président Anton Vasseur", "Anton Vasseur"),
        Said(SAVED, "a-t-il rappelé", "il", "Anton Vasseur", "direct"),
        Said(WILL, "a réaffirmé", "Anton Vasseur", "Anton Vasseur"),
    ]
    _, statements = build(more, said, FRIDAY_NOV, intro=[CABINET_HEADLINE, CABINET_LEAD])
    return statements


def test_words_cited_in_a_communique_keep_the_occasion_s_day() -> None:
    """ "Cité dans un communiqué de la présidence, X a réaffirmé …" after his words dated
    jeudi and a quotation of the same occasion: the communiqué quotes what he said there; no
    new occasion."""
    _, _, will = _cabinet("Cité dans un communiqué de la présidence")
    assert will.statement_date == THURSDAY_NOV


def test_words_said_in_a_communique_are_a_new_occasion() -> None:
    """ "Dans un communiqué de la présidence, X a réaffirmé …": the communiqué is where he
    spoke, on a day the text does not tell."""
    _, _, will = _cabinet("Dans un communiqué de la présidence")
    assert will.statement_date is None


# ------------------------------------------- a body's position in the present at a gathering

SATURDAY_JUN = date(2026, 6, 6)
MEETING_HEADLINE = "L'assemblée générale de Vectra perturbée par des militants"
MEETING_LEAD = (
    "L'assemblée générale des actionnaires de Vectra a été interrompue samedi 6 juin par des "
    "militants écologistes."
)
MESSAGE = "Nous sommes venus parler aux actionnaires"
DEMAND = "l'abandon du projet de mine dans la vallée"


def _meeting(speaker: str, speaker_type: str) -> list:
    more = [
        f"« {MESSAGE} », a déclaré une militante à la tribune.",
        f"{speaker} réclame {DEMAND}.",
    ]
    said = [
        Said(MESSAGE, "a déclaré", "une militante", None, "direct"),
        Said(DEMAND, "réclame", speaker, speaker, speaker_type=speaker_type),
    ]
    _, statements = build(more, said, SATURDAY_JUN, intro=[MEETING_HEADLINE, MEETING_LEAD])
    return statements


def test_a_body_s_demand_in_the_present_is_not_the_gathering_s() -> None:
    """ "L'association Terre Vive réclame …" after the meeting's scene: a position the body
    holds, stated in writing on no day the meeting gives."""
    _, demand = _meeting("L'association Terre Vive", "organisation")
    assert demand.statement_date is None


def test_a_person_s_words_in_the_present_at_the_gathering_keep_its_day() -> None:
    """ "La militante Ines Marchal réclame …": a person at the meeting speaks there."""
    _, demand = _meeting("La militante Ines Marchal", "person")
    assert demand.statement_date == SATURDAY_JUN


# --------------------------------------- another speaker's words told in a relative clause

WEDNESDAY_FEB = date(2026, 2, 25)
VOTERS = "les électeurs trancheraient dans quelques mois"
RESIGN = "la démission du maire"
ACTED = "Nous avons toujours agi correctement"


def _reply(sentence: str) -> list:
    lead = f"« {ACTED} », a dit le maire Louis Garnier mercredi soir dans le quartier du port."
    said = [
        Said(ACTED, "a dit", "le maire Louis Garnier", "Louis Garnier", "direct"),
        Said(RESIGN, "a demandé", "Paul Morin", "Paul Morin"),
        Said(VOTERS, "a répondu", "le maire", "Louis Garnier"),
    ]
    headline = "Le maire Garnier répond à ses opposants"
    _, [_, *statements] = build([sentence], said, WEDNESDAY_FEB, intro=[headline, lead])
    return statements


def test_a_relative_clause_s_saying_is_not_the_sentence_s_day() -> None:
    """ "En réaction à Paul Morin, qui a demandé la démission du maire, le maire a répondu
    …": Morin's demand is background about him, made on a day of its own."""
    resign, voters = _reply(
        f"En réaction à Paul Morin, qui a demandé {RESIGN}, le maire a répondu que {VOTERS}."
    )
    assert voters.statement_date == WEDNESDAY_FEB
    assert resign.statement_date is None


def test_a_saying_in_a_main_clause_shares_the_sentence_s_day() -> None:
    """ "Paul Morin a demandé …, et le maire a répondu …": two main clauses of one exchange."""
    resign, voters = _reply(f"Paul Morin a demandé {RESIGN}, et le maire a répondu que {VOTERS}.")
    assert voters.statement_date == WEDNESDAY_FEB
    assert resign.statement_date == WEDNESDAY_FEB


# ------------------------------- a statement placed at a gathering whose day was told before

MONDAY_SEP = date(2026, 9, 14)
MOTION_HEADLINE = "Valmont : une motion sur la piscine"
MOTION_LEAD = "L'opposition de Valmont veut que les élus se prononcent sur l'avenir de la piscine."
STUDY = "elle prendrait le temps d'étudier la motion"


def _motion(session: str, placed: str = "avant le conseil municipal") -> object:
    more = [
        "La région veut réduire le nombre d'élus de Valmont. La campagne est déjà lancée.",
        f"Valmont Ensemble déposera à la séance du conseil municipal, {session}, une motion.",
        f"La maire Odile Lasserre a indiqué {placed} qu'{STUDY}.",
    ]
    said = [Said(STUDY, "a indiqué", "La maire Odile Lasserre", "Odile Lasserre")]
    _, [statement] = build(more, said, MONDAY_SEP, intro=[MOTION_HEADLINE, MOTION_LEAD])
    return statement


def test_a_statement_before_the_council_takes_the_sitting_s_day() -> None:
    """ "… à la séance du conseil municipal, qui s'ouvre lundi, …" then "La maire a indiqué
    avant le conseil municipal que …": she spoke at the sitting told before, that Monday."""
    assert _motion("qui s'ouvre lundi").statement_date == MONDAY_SEP


def test_a_sitting_still_to_come_dates_no_statement() -> None:
    """ "… qui s'ouvrira jeudi …": the sitting is ahead; what she said before it is undated."""
    assert _motion("qui s'ouvrira jeudi").statement_date is None


def test_a_sitting_told_without_a_day_dates_no_statement() -> None:
    """ "… à la séance du conseil municipal, la prochaine, …": no day told of the sitting."""
    assert _motion("la prochaine").statement_date is None


def test_a_statement_on_a_channel_of_its_own_is_not_the_sitting_s() -> None:
    """ "a indiqué dans un communiqué avant le conseil municipal": the communiqué is where she
    spoke, on a day the text does not tell."""
    placed = "dans un communiqué avant le conseil municipal"
    assert _motion("qui s'ouvre lundi", placed).statement_date is None


# ----------------------------------------------- a saying told over a whole span of time

VERDICT_HEADLINE = "Brenac : vingt ans de réclusion pour le meurtre du bijoutier"
VERDICT_LEAD = "Ce jeudi, le verdict est tombé devant la cour d'assises de Brenac."
ROBBERY = "avoir agi pour voler la caisse"


def _verdict(clause: str) -> object:
    more = [f"L'accusé reconnaît les coups mais {clause} il a contesté {ROBBERY}."]
    said = [Said(ROBBERY, "a contesté", "il")]
    _, [statement] = build(more, said, THURSDAY, intro=[VERDICT_HEADLINE, VERDICT_LEAD])
    return statement


def test_a_saying_over_the_whole_trial_has_no_day() -> None:
    """ "… mais tout au long du procès il a contesté …": said over many hearings, not on the
    day of the verdict."""
    assert _verdict("tout au long du procès").statement_date is None


def test_a_saying_at_the_bar_keeps_the_verdict_s_day() -> None:
    """ "… mais à la barre il a contesté …": at the day's hearing."""
    assert _verdict("à la barre").statement_date == THURSDAY
