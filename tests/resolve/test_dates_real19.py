"""Date rules, session 19: a wire dispatch's dateline dates the sayings it reports.

Every text is invented for these tests (people, places, agency, events); statements are built
by hand with ``tests/resolve/test_dates.py``'s helpers, so only the date rules are tested.
"""

from __future__ import annotations

from datetime import date

from test_dates import Said, build

MONDAY_FEB = date(2026, 2, 9)
FRIDAY_JAN = date(2026, 1, 9)

HEADLINE = "Le ministre de la Mer en tournée dans les ports du sud"
MINISTER = "Le ministre de la Mer, Anselme Dutoit"
TOUR = "effectue une tournée dans les ports du sud"
TOUR_SAID = Said(f"{MINISTER}, {TOUR}", "indique", "un communiqué", None, "indirect")
FOLLOW = "Ce déplacement doit permettre de suivre les chantiers des criées"
FOLLOW_SAID = Said(FOLLOW, "précise", "le texte")


def _dispatch(lead: str, more: list[str], said: list[Said], published: date) -> list:
    _, statements = build(more, said, published, intro=[HEADLINE, lead])
    return statements


def test_a_dateline_dates_the_dispatch_s_present_sayings() -> None:
    """ "Port-Lérin, 9 fév (APL) – … indique un communiqué" then "…, précise le texte": the
    communiqué reported under the dateline was issued on its day ("fév" as wire copy
    abbreviates it)."""
    lead = f"Port-Lérin, 9 fév (APL) – {MINISTER}, {TOUR}, indique un communiqué reçu à l'APL."
    first, second = _dispatch(
        lead, [f"{FOLLOW}, précise le texte."], [TOUR_SAID, FOLLOW_SAID], MONDAY_FEB
    )
    assert first.statement_date == MONDAY_FEB
    assert second.statement_date == MONDAY_FEB


def test_a_dateline_in_january_is_read() -> None:
    """ "9 jan": the wire's short January, read after a day number only."""
    content = "les maires de veiller à l'entretien des digues"
    lead = f"Port-Lérin, 9 jan (APL) – {MINISTER}, recommande aux {content}, lit-on dans le texte."
    said = Said(content, "recommande", MINISTER, "Anselme Dutoit")
    [statement] = _dispatch(lead, [], [said], FRIDAY_JAN)
    assert statement.statement_date == FRIDAY_JAN


def test_a_dateline_dates_a_saying_by_selon() -> None:
    """ "Selon la même source, il a demandé …": the dispatch's source, on the dispatch's day."""
    lead = f"Port-Lérin, 9 fév (APL) – {MINISTER}, {TOUR}, indique un communiqué reçu à l'APL."
    content = "aux préfets de recenser les quais à consolider"
    more = [f"{FOLLOW}, précise le texte.", f"Selon la même source, il a demandé {content}."]
    said = Said(content, "Selon", "il", "Anselme Dutoit")
    _, _, statement = _dispatch(lead, more, [TOUR_SAID, FOLLOW_SAID, said], MONDAY_FEB)
    assert statement.statement_date == MONDAY_FEB


def test_without_a_dateline_the_present_sayings_stay_undated() -> None:
    """The same dispatch without its dateline: no word dates the text's later precision."""
    lead = f"{MINISTER}, {TOUR}, indique un communiqué reçu à l'APL."
    _, second = _dispatch(
        lead, [f"{FOLLOW}, précise le texte."], [TOUR_SAID, FOLLOW_SAID], MONDAY_FEB
    )
    assert second.statement_date is None


def test_a_dispatch_that_tells_another_day_leaves_its_sayings_to_it() -> None:
    """ "Samedi, le ministre a inauguré …": the story has moved off the day of filing; a
    later saying without a day word is not the dateline's."""
    lead = f"Port-Lérin, 9 fév (APL) – {MINISTER}, {TOUR}, indique un communiqué reçu à l'APL."
    more = [
        "Samedi, le ministre a inauguré la nouvelle criée de Vabres-sur-Mer.",
        "La criée emploiera quarante personnes, précise le texte.",
    ]
    said = Said("La criée emploiera quarante personnes", "précise", "le texte")
    _, statement = _dispatch(lead, more, [TOUR_SAID, said], MONDAY_FEB)
    assert statement.statement_date != MONDAY_FEB


def test_a_dateline_does_not_date_a_flashback() -> None:
    """ "Le ministre avait promis …": said before the dispatch's day (pluperfect)."""
    lead = f"Port-Lérin, 9 fév (APL) – {MINISTER}, {TOUR}, indique un communiqué reçu à l'APL."
    content = "les travaux seraient achevés avant l'été"
    more = [f"Le ministre avait promis que {content}."]
    said = Said(content, "avait promis", "Le ministre", "Anselme Dutoit")
    _, statement = _dispatch(lead, more, [TOUR_SAID, said], MONDAY_FEB)
    assert statement.statement_date is None


# ------------------------------------------------------ a final or a match: a gathering's day

SATURDAY = date(2026, 6, 6)
SUNDAY = date(2026, 6, 7)
SPORT_HEADLINE = "Tennis : Mila Karsten remporte le tournoi de Valbrune"
PLAYER = "la joueuse de Brenau"
FIRST = "Je ne pensais pas gagner ici un jour"
LATER = "Je veux remercier toute mon équipe"


def _match_report(after: str) -> list:
    lead = f"{after} samedi à Valbrune. « {FIRST} », a réagi {PLAYER} sur le court."
    more = [f"« {LATER} », a déclaré Mila Karsten."]
    said = [
        Said(FIRST, "a réagi", PLAYER, "Mila Karsten", "direct"),
        Said(LATER, "a déclaré", "Mila Karsten", "Mila Karsten", "direct"),
    ]
    _, statements = build(more, said, SUNDAY, intro=[SPORT_HEADLINE, lead])
    return statements


def test_words_said_after_a_final_take_its_day() -> None:
    """ "… a remporté le tournoi après sa victoire en finale samedi. « … », a réagi la joueuse
    sur le court": she spoke as the final ended, and her later words go on from there."""
    first, later = _match_report("Mila Karsten a remporté le tournoi après sa victoire en finale")
    assert first.statement_date == SATURDAY
    assert later.statement_date == SATURDAY


def test_words_said_after_an_injury_are_not_dated_by_it() -> None:
    """ "après sa blessure samedi": an injury is no gathering where anyone speaks; the day
    it names is not the day of the words quoted next."""
    first, later = _match_report("Mila Karsten a renoncé au tournoi après sa blessure")
    assert first.statement_date != SATURDAY
    assert later.statement_date != SATURDAY


def test_words_posted_after_a_final_on_a_channel_of_their_own_are_not_its() -> None:
    """A message posted on a network after the final is another occasion, with no day told."""
    lead = (
        "Mila Karsten a remporté le tournoi après sa victoire en finale samedi à Valbrune. "
        f"« {FIRST} », a réagi {PLAYER} sur le court."
    )
    more = [f"« {LATER} », a écrit Mila Karsten dans un communiqué."]
    said = [
        Said(FIRST, "a réagi", PLAYER, "Mila Karsten", "direct"),
        Said(LATER, "a écrit", "Mila Karsten", "Mila Karsten", "direct"),
    ]
    _, [_, later] = build(more, said, SUNDAY, intro=[SPORT_HEADLINE, lead])
    assert later.statement_date is None


# ------------------------------------- the lead's day told after the quotation, of its speaker

WEDNESDAY = date(2026, 3, 11)
THURSDAY = date(2026, 3, 12)
VISIT_HEADLINE = "Le premier ministre défend son équipe"
QUOTE = "Mon équipe a toujours agi de façon professionnelle"
ADDED = "Je ne partage pas ces conclusions"
PM = "le premier ministre Hector Vaillancourt"


def _quoted_then_day(day_sentence: str) -> list:
    lead = f"« {QUOTE} », a dit {PM}, en réaction au rapport. {day_sentence}"
    more = [f"« {ADDED} », a-t-il ajouté."]
    said = [
        Said(QUOTE, "a dit", PM, "Hector Vaillancourt", "direct"),
        Said(ADDED, "a-t-il ajouté", "il", "Hector Vaillancourt", "direct"),
    ]
    _, statements = build(more, said, THURSDAY, intro=[VISIT_HEADLINE, lead])
    return statements


def test_a_day_sentence_opening_on_the_speaker_s_title_dates_the_quotation_before_it() -> None:
    """ "« … », a dit le premier ministre X. Le premier ministre était de passage à Brenau
    mercredi soir": he spoke there; his next words carry that day."""
    first, added = _quoted_then_day("Le premier ministre était de passage à Brenau mercredi soir.")
    assert first.statement_date == WEDNESDAY
    assert added.statement_date == WEDNESDAY


def test_a_day_sentence_naming_the_speaker_dates_the_quotation_before_it() -> None:
    first, _ = _quoted_then_day("Hector Vaillancourt visitait une usine de Brenau mercredi soir.")
    assert first.statement_date == WEDNESDAY


def test_a_day_sentence_of_another_subject_does_not_date_the_quotation() -> None:
    """ "Le rapport a été publié mercredi": the day of the news the quotation answers, not
    of the words."""
    first, added = _quoted_then_day("Le rapport du commissaire a été publié mercredi soir.")
    assert first.statement_date != WEDNESDAY
    assert added.statement_date != WEDNESDAY
