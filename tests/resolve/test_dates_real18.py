"""Date rules, session 18: the page's own day of publishing, and replies.

Every text is invented for these tests (people, places, events); statements are built by
hand with ``tests/resolve/test_dates.py``'s helpers, so only the date rules are tested.
"""

from __future__ import annotations

from datetime import date

from test_dates import Said, build

TUESDAY = date(2026, 3, 10)
WEDNESDAY = date(2026, 3, 11)
THURSDAY = date(2026, 3, 12)
FRIDAY = date(2026, 3, 13)
SUNDAY = date(2026, 3, 15)

HEADLINE = "Valbrune : la piscine municipale fermera cet été"
MAYOR = "La maire de Valbrune, Odile Fertin"
LEAD_TUESDAY = f"{MAYOR}, a annoncé mardi que la piscine fermera en juillet."
LEAD_SAID = Said("la piscine fermera en juillet", "a annoncé", MAYOR, "Odile Fertin")
LEAD_YESTERDAY = f"{MAYOR}, a annoncé hier que la piscine fermera en juillet."


def _lead(stamp: str, lead: str, published: date | None) -> date | None:
    _, [said] = build([], [LEAD_SAID], published, intro=[HEADLINE, stamp, lead])
    return said.statement_date


# ------------------------------------------------ the page's stamp when the metadata has no date


def test_a_publication_stamp_stands_for_missing_metadata() -> None:
    """ "Publié le jeudi 12 mars 2026 à 18h40" is the day the page went out: "mardi" counts
    from it."""
    assert _lead("Publié le jeudi 12 mars 2026 à 18h40", LEAD_TUESDAY, None) == TUESDAY


def test_a_date_line_with_a_byline_stands_for_missing_metadata() -> None:
    assert _lead("jeudi 12 mars 2026 par Radio Valbrune", LEAD_YESTERDAY, None) == WEDNESDAY


def test_an_update_stamp_is_no_day_of_publishing() -> None:
    """ "Mis à jour le …" is a later day: the statement stays undated without metadata."""
    assert _lead("Mis à jour le jeudi 12 mars 2026 à 18h40", LEAD_TUESDAY, None) is None


def test_a_caption_with_its_date_is_no_stamp() -> None:
    caption = "Odile Fertin lors de l'inauguration du bassin rénové de Valbrune, le 12 mars 2026"
    assert _lead(caption, LEAD_TUESDAY, None) is None


# ------------------------------------------ metadata shifted across midnight by its time zone


def test_the_printed_stamp_wins_over_metadata_a_day_later() -> None:
    """A page stamped "jeudi 12 mars 2026 à 23h50" whose metadata says the 13th (a UTC
    timestamp): its "hier" is the 11th."""
    stamp = "Publié le jeudi 12 mars 2026 à 23h50"
    assert _lead(stamp, LEAD_YESTERDAY, FRIDAY) == WEDNESDAY


def test_metadata_two_days_off_the_stamp_is_kept() -> None:
    """Two days apart is no time zone: the metadata stands ("hier" from Sunday 15)."""
    stamp = "Publié le jeudi 12 mars 2026 à 23h50"
    assert _lead(stamp, LEAD_YESTERDAY, SUNDAY) == date(2026, 3, 14)


WIRE_LEAD = (
    "PARIS, 4 nov (AFP) – La ministre de la Santé, Claire Vautrin, a déclaré hier que les "
    "urgences rouvriront la nuit."
)
WIRE_SAID = Said(
    "les urgences rouvriront la nuit",
    "a déclaré",
    "La ministre de la Santé, Claire Vautrin",
    "Claire Vautrin",
)


def test_a_wire_dateline_a_day_before_the_metadata_anchors_hier() -> None:
    """Wire copy filed on 4 November and stamped the 5th by the site: "hier" is the 3rd."""
    _, [said] = build([], [WIRE_SAID], date(2026, 11, 5), intro=[HEADLINE, WIRE_LEAD])
    assert said.statement_date == date(2026, 11, 3)


def test_a_wire_dateline_on_the_metadata_day_changes_nothing() -> None:
    _, [said] = build([], [WIRE_SAID], date(2026, 11, 4), intro=[HEADLINE, WIRE_LEAD])
    assert said.statement_date == date(2026, 11, 3)


# ------------------------------------------------------------- a reply answers the words before

EXCHANGE = (
    "« Allez-vous rester au gouvernement ? », demande la journaliste Nina Orsel à la ministre "
    "Hélène Brissac sur le plateau de Télé Valbrune ce jeudi. « Je reste à mon poste », lui "
    "répond la ministre."
)
QUESTION = Said(
    "Allez-vous rester au gouvernement ?",
    "demande",
    "la journaliste Nina Orsel",
    "Nina Orsel",
    "direct",
    cue_lemma="demander",
)
REPLY = Said(
    "Je reste à mon poste",
    "répond",
    "la ministre",
    "Hélène Brissac",
    "direct",
    cue_lemma="répondre",
)
EARLIER = "Hélène Brissac a affirmé mardi sur Radio Orme qu'elle ne commentait pas les rumeurs."
EARLIER_SAID = Said(
    "elle ne commentait pas les rumeurs", "a affirmé", "Hélène Brissac", "Hélène Brissac"
)


def test_a_reply_takes_the_day_of_the_question_it_answers() -> None:
    _, [_, reply] = build([EXCHANGE], [QUESTION, REPLY], FRIDAY)
    assert reply.statement_date == THURSDAY


def test_a_reply_is_not_dated_by_the_speakers_earlier_occasion() -> None:
    """Her Tuesday saying on the radio is another occasion: the reply is Thursday's."""
    _, [_, _, reply] = build([EARLIER, EXCHANGE], [EARLIER_SAID, QUESTION, REPLY], FRIDAY)
    assert reply.statement_date == THURSDAY


def test_answering_with_no_one_named_is_no_reply() -> None:
    """ "répond la ministre aux critiques": no clitic, nothing is answered just before."""
    text = (
        "« Allez-vous rester au gouvernement ? », demande la journaliste Nina Orsel à la "
        "ministre Hélène Brissac sur le plateau de Télé Valbrune ce jeudi. « Je reste à mon "
        "poste », répond la ministre aux critiques."
    )
    _, [_, reply] = build([text], [QUESTION, REPLY], FRIDAY)
    assert reply.statement_date is None


def test_a_reply_paragraphs_away_takes_nothing() -> None:
    quiet = "La séance s'est poursuivie dans le calme."
    later = "« Je reste à mon poste », lui répond la ministre."
    question = (
        "« Allez-vous rester au gouvernement ? », demande la journaliste Nina Orsel à la "
        "ministre Hélène Brissac sur le plateau de Télé Valbrune ce jeudi."
    )
    _, [_, reply] = build([question, quiet, quiet, later], [QUESTION, REPLY], FRIDAY)
    assert reply.statement_date is None


# ------------------------------------------ the day's scene told with "être" in the imperfect

SATURDAY = date(2026, 3, 14)
MARCHER = Said(
    "Nous voulons être entendus",
    "expliquait",
    "un des manifestants",
    None,
    "direct",
    cue_lemma="expliquer",
)


def _scene(paragraph: str, said: Said = MARCHER) -> date | None:
    _, [statement] = build([paragraph], [said], SUNDAY)
    return statement.statement_date


def test_etre_in_the_imperfect_tells_the_days_scene() -> None:
    """ "Ils étaient environ 300 à manifester ce samedi" is no pluperfect: the scene is
    Saturday's, and the demonstrator quoted in it spoke then."""
    text = (
        "Ils étaient environ 300 à manifester ce samedi à Valbrune. Deux cortèges se sont "
        "rejoints devant la mairie. « Nous voulons être entendus », expliquait un des "
        "manifestants."
    )
    assert _scene(text) == SATURDAY


def test_etre_before_a_participle_is_still_a_flashback() -> None:
    """ "Ils étaient arrivés samedi" is a pluperfect: background, which nothing inherits."""
    text = (
        "Ils étaient arrivés samedi à Valbrune. Deux cortèges se sont rejoints devant la "
        "mairie. « Nous voulons être entendus », expliquait un des manifestants."
    )
    assert _scene(text) is None


# ------------------------------------------------ a participant of the dated scene, in the present

PARTICIPANT = Said(
    "Nous voulons être entendus",
    "explique",
    "Paul Mirot",
    "Paul Mirot",
    "direct",
    cue_lemma="expliquer",
)


def test_a_demonstrator_in_the_present_speaks_at_the_dated_scene() -> None:
    text = (
        "Environ 300 personnes ont manifesté ce samedi à Valbrune. « Nous voulons être "
        "entendus », explique Paul Mirot, un des manifestants."
    )
    assert _scene(text, PARTICIPANT) == SATURDAY


def test_a_resident_in_the_present_holds_a_position() -> None:
    """A resident may be met any day after the scene: the present stays a position held."""
    text = (
        "Environ 300 personnes ont manifesté ce samedi à Valbrune. « Nous voulons être "
        "entendus », explique Paul Mirot, un habitant du quartier."
    )
    assert _scene(text, PARTICIPANT) is None


def test_a_participant_on_a_channel_of_his_own_is_not_at_the_scene() -> None:
    text = (
        "Environ 300 personnes ont manifesté ce samedi à Valbrune. « Nous voulons être "
        "entendus », explique sur les réseaux sociaux Paul Mirot, un des manifestants."
    )
    assert _scene(text, PARTICIPANT) is None


# -------------------------------------------- a narrated event marked as earlier is background

UNION_HEADLINE = "Les maraîchers promettent de nouvelles actions"
UNION_SAID = Said(
    "Nous irons devant chaque préfecture", "a esquissé", "Paul Mirot", "Paul Mirot", "direct"
)
UNION_NEXT = "« Nous irons devant chaque préfecture », a esquissé Paul Mirot."


def _union(second: str) -> date | None:
    lead = (
        "Le président du syndicat des maraîchers, Paul Mirot, a annoncé mercredi de nouvelles "
        f"actions pour la semaine prochaine. {second}"
    )
    _, [said] = build([UNION_NEXT], [UNION_SAID], THURSDAY, intro=[UNION_HEADLINE, lead])
    return said.statement_date


def test_an_event_told_as_already_done_does_not_move_the_story() -> None:
    """ "a déjà organisé des actions lundi et mardi" tells what came before the day's news:
    the next quotation of the speaker is Wednesday's, not Tuesday's."""
    second = "Le syndicat a déjà organisé des actions cette semaine, lundi et mardi."
    assert _union(second) == WEDNESDAY


def test_an_event_told_without_the_adverb_still_moves_the_story() -> None:
    second = "Le syndicat a organisé des actions mardi devant la préfecture."
    assert _union(second) == TUESDAY


# --------------------------------------------- an occasion at a clock time is of the current day

NIGHT_LEAD = "Trois gendarmes ont été tués dans la nuit de mardi à mercredi à Valbrune."
PROSECUTOR = Said(
    "C'est une scène de guerre", "a déclaré", "le procureur Paul Mirot", "Paul Mirot", "direct"
)


def _prosecutor(paragraph: str) -> date | None:
    _, [said] = build([paragraph], [PROSECUTOR], WEDNESDAY, intro=[HEADLINE, NIGHT_LEAD])
    return said.statement_date


def test_a_press_conference_at_a_clock_time_is_of_the_day() -> None:
    """ "lors d'une conférence de presse à 17 heures" names no day: a part of the story's
    current day, here the day of publishing, as "dans la soirée" is."""
    text = (
        "« C'est une scène de guerre », a déclaré le procureur Paul Mirot lors d'une "
        "conférence de presse à 17 heures."
    )
    assert _prosecutor(text) == WEDNESDAY


def test_a_press_conference_at_a_clock_time_and_a_day_takes_the_day() -> None:
    text = (
        "« C'est une scène de guerre », a déclaré le procureur Paul Mirot lors d'une "
        "conférence de presse à 17 heures mardi."
    )
    assert _prosecutor(text) == TUESDAY


def test_a_clock_time_of_a_narrated_event_is_no_occasion() -> None:
    text = (
        "L'assaut a été donné à 17 heures. « C'est une scène de guerre », a déclaré le "
        "procureur Paul Mirot."
    )
    assert _prosecutor(text) is None
