"""Date rules, session 17: the day of each statement on fresh real French copy.

Every text is invented for these tests (people, places, events); statements are built by
hand with ``tests/resolve/test_dates.py``'s helpers, so only the date rules are tested.
"""

from __future__ import annotations

from datetime import date

from test_dates import Said, build

THURSDAY_NOV = date(2026, 11, 5)
WEDNESDAY_NOV = date(2026, 11, 4)
MONDAY = date(2026, 3, 16)
TUESDAY = date(2026, 3, 17)
WEDNESDAY = date(2026, 3, 18)

# ------------------------------------------- a wire dateline's abbreviated month dates the lead

WIRE_HEADLINE = "Le ministre de la Mobilité veut des trains ponctuels"
WIRE_LEAD = (
    "BRUXELLES, 4 nov (Belga) – Le ministre de la Mobilité, Arnaud Delvigne, a présenté son "
    "plan devant la commission de la Chambre. « Nous devons rattraper dix ans de retard », "
    "a-t-il déclaré."
)
WIRE_SAID = Said(
    "Nous devons rattraper dix ans de retard", "a-t-il déclaré", "il", "Arnaud Delvigne", "direct"
)
WIRE_MORE = "« Les voyageurs n'ont plus de patience », a ajouté le ministre."
WIRE_MORE_SAID = Said(
    "Les voyageurs n'ont plus de patience",
    "a ajouté",
    "le ministre",
    "Arnaud Delvigne",
    "direct",
    cue_lemma="ajouter",
)


def test_a_belga_dateline_gives_the_lead_its_day() -> None:
    """ "4 nov" without a full stop is the day of filing: the lead's sayings were made then,
    not on the day of publication."""
    _, [said, _] = build(
        [WIRE_MORE], [WIRE_SAID, WIRE_MORE_SAID], THURSDAY_NOV, intro=[WIRE_HEADLINE, WIRE_LEAD]
    )
    assert said.statement_date == WEDNESDAY_NOV


def test_the_dateline_day_goes_on_with_the_same_speaker() -> None:
    _, [_, more] = build(
        [WIRE_MORE], [WIRE_SAID, WIRE_MORE_SAID], THURSDAY_NOV, intro=[WIRE_HEADLINE, WIRE_LEAD]
    )
    assert more.statement_date == WEDNESDAY_NOV


def test_a_number_before_sept_is_no_month_without_a_day_and_month() -> None:
    """ "en sept ans" names no September: the abbreviations are read after a day number only."""
    _, [statement] = build(
        ["Le maire de Valbrune a estimé que la ville avait changé en sept ans."],
        [Said("la ville avait changé en sept ans", "a estimé", "Le maire de Valbrune")],
        MONDAY,
    )
    assert statement.mentioned_times == []
    assert statement.statement_date is None


# ------------------------------------- an earlier event in the lead: no publication day for it

FIRE_HEADLINE = "L'entrepôt de Lormes détruit par les flammes"
FIRE_SAID = Said("l'activité reprendrait rapidement", "a assuré", "Le bourgmestre, Paul Renard")


def test_a_lead_telling_last_thursdays_fire_leaves_the_reaction_undated() -> None:
    """A Monday's lead on "jeudi dernier" reports what followed the fire: the mayor may
    have spoken on any day since, so the publication day is not his."""
    lead = (
        "L'incendie qui a ravagé jeudi dernier l'entrepôt de la société Delcour était "
        "accidentel. Le bourgmestre, Paul Renard, a assuré que l'activité reprendrait "
        "rapidement."
    )
    _, [statement] = build([], [FIRE_SAID], MONDAY, intro=[FIRE_HEADLINE, lead])
    assert statement.statement_date is None


def test_a_lead_telling_last_weeks_fire_leaves_the_reaction_undated() -> None:
    lead = (
        "La semaine dernière, un incendie a détruit l'entrepôt de la société Delcour. Le "
        "bourgmestre, Paul Renard, a assuré que l'activité reprendrait rapidement."
    )
    _, [statement] = build([], [FIRE_SAID], MONDAY, intro=[FIRE_HEADLINE, lead])
    assert statement.statement_date is None


def test_a_lead_without_a_past_day_keeps_the_publication_day() -> None:
    """The near miss: the same lead with no earlier day reports the day's news."""
    lead = (
        "L'incendie de l'entrepôt de la société Delcour était accidentel. Le bourgmestre, "
        "Paul Renard, a assuré que l'activité reprendrait rapidement."
    )
    _, [statement] = build([], [FIRE_SAID], MONDAY, intro=[FIRE_HEADLINE, lead])
    assert statement.statement_date == MONDAY


# ------------------------------------------------ a parliamentary hearing: everyone speaks there

HEARING_HEADLINE = "La commission entend le directeur de l'agence"
HEARING_CHAIR = Said(
    "ces explications étaient peu convaincantes", "a jugé", "La présidente, Anne Mercier"
)
HEARING_MEMBER = Said("les rapports internes soient publiés", "a demandé", "Le député Paul Hermans")
HEARING_BODY = [
    "La présidente, Anne Mercier, a jugé que ces explications étaient peu convaincantes. Le "
    "député Paul Hermans a demandé que les rapports internes soient publiés."
]


def test_the_chair_and_members_at_a_dated_inquiry_hearing_speak_on_its_day() -> None:
    lead = (
        "Le directeur de l'Agence de l'eau, Thomas Berger, était entendu mardi par la "
        "commission d'enquête du Parlement régional."
    )
    _, statements = build(
        HEARING_BODY, [HEARING_CHAIR, HEARING_MEMBER], WEDNESDAY, intro=[HEARING_HEADLINE, lead]
    )
    assert [s.statement_date for s in statements] == [TUESDAY, TUESDAY]


def test_a_commission_that_only_decides_is_no_hearing() -> None:
    """The near miss: "la commission" alone (a body that decides, publishes) gathers no
    speakers; its day is the decision's, which the member's later request does not take (the
    chair's words right after the lead keep the lead's scene: an older rule)."""
    lead = "La commission de l'Agence de l'eau a rejeté mardi le projet de barrage."
    _, [_, member] = build(
        HEARING_BODY, [HEARING_CHAIR, HEARING_MEMBER], WEDNESDAY, intro=[HEARING_HEADLINE, lead]
    )
    assert member.statement_date is None


# ---------------------------------------- a quoted headline announces the lead's dated saying

THURSDAY = date(2026, 3, 19)
SUMMIT_LEAD = (
    "Le Premier ministre, Jean Dupin, a affirmé que des points restaient à régler avant le "
    "sommet européen."
)
SUMMIT_SAID = Said(
    "des points restaient à régler avant le sommet européen",
    "a affirmé",
    "Le Premier ministre, Jean Dupin",
    "Jean Dupin",
)


def test_a_quoted_headline_in_the_present_takes_the_lead_saying_day() -> None:
    """ "« … », affirme X" over the lead's "X a affirmé que …" announces that saying: it
    takes the day the lead's saying got (here the publication day), though its quotation
    is not found in the body."""
    headline = "Sommet : « Je peux faire des compromis », affirme Jean Dupin"
    quoted = Said("Je peux faire des compromis", "affirme", "Jean Dupin", "Jean Dupin", "direct")
    _, [head, _] = build([], [quoted, SUMMIT_SAID], THURSDAY, intro=[headline, SUMMIT_LEAD])
    assert head.statement_date == THURSDAY


def test_a_headline_paraphrase_in_the_present_stays_a_position_held() -> None:
    """The near miss: "X refuse tout compromis" sums up a position, which no day pins."""
    headline = "Sommet : Jean Dupin refuse tout compromis"
    paraphrase = Said("tout compromis", "refuse", "Jean Dupin", "Jean Dupin")
    _, [head, _] = build([], [paraphrase, SUMMIT_SAID], THURSDAY, intro=[headline, SUMMIT_LEAD])
    assert head.statement_date is None


# ------------------------------------- the bar, then the day: the hearing's scene gets its day

FRIDAY = date(2026, 3, 13)
THURSDAY_BEFORE = date(2026, 3, 12)
TRIAL_HEADLINE = "Procès du garagiste de Valbrune"
TRIAL_DAY = (
    "Sa présence, ce jeudi 12 mars devant le tribunal correctionnel de Valbrune, étonne la salle."
)
TRIAL_BODY = [
    "« Je n'ai rien volé », affirme-t-il. La présidente a répliqué que les factures disaient "
    "le contraire."
]
TRIAL_SAID = [
    Said("Je n'ai rien volé", "affirme-t-il", "il", "Luc Morand", "direct"),
    Said("les factures disaient le contraire", "a répliqué", "La présidente"),
]


def test_the_bar_told_before_the_day_sentence_is_the_hearing_of_that_day() -> None:
    """ "Il s'avance à la barre … Sa présence, ce jeudi 12 mars …": the day sentence goes on
    with the scene at the bar; the accused (in the present) and the judge spoke there."""
    lead = "Luc Morand s'avance à la barre, le visage grave. " + TRIAL_DAY
    _, statements = build(TRIAL_BODY, TRIAL_SAID, FRIDAY, intro=[TRIAL_HEADLINE, lead])
    assert [s.statement_date for s in statements] == [THURSDAY_BEFORE, THURSDAY_BEFORE]


def test_a_scene_without_a_gathering_before_the_day_dates_no_other_speaker() -> None:
    """The near miss: no bar, no hearing named; the judge's words are not pinned."""
    lead = "Luc Morand s'avance dans la salle, le visage grave. " + TRIAL_DAY
    _, [_, judge] = build(TRIAL_BODY, TRIAL_SAID, FRIDAY, intro=[TRIAL_HEADLINE, lead])
    assert judge.statement_date is None


# ----------------------------- a day set off by a comma at the end of a noun-phrase object


def test_a_day_closing_an_object_after_a_comma_dates_the_saying() -> None:
    """ "a défendu son plan, hier, en accusant …": set off from the noun, "hier" is the
    verb's adjunct that the object ran over."""
    _, [statement] = build(
        [
            "La ministre des Finances, Léa Marchal, a défendu son plan de relance, hier, en "
            "accusant l'opposition de caricature."
        ],
        [
            Said(
                "son plan de relance, hier",
                "a défendu",
                "La ministre des Finances, Léa Marchal",
                method="object",
            )
        ],
        TUESDAY,
    )
    assert statement.statement_date == MONDAY


def test_a_day_qualifying_the_object_noun_does_not_date_the_saying() -> None:
    """The near miss: "le plan voté hier" tells when the plan was voted."""
    _, [statement] = build(
        ["La ministre des Finances, Léa Marchal, a défendu le plan voté hier."],
        [
            Said(
                "le plan voté hier",
                "a défendu",
                "La ministre des Finances, Léa Marchal",
                method="object",
            )
        ],
        TUESDAY,
    )
    assert statement.statement_date is None


# ------------------------------------ a spokesperson speaks for the body the paragraph dates

COUNCIL_DAY = (
    "Le Conseil régional de la Brenne s'est réuni ce mercredi pour examiner le dossier de "
    "la ligne ferroviaire. "
)


def council_quote(body: str) -> list[str]:
    return [
        COUNCIL_DAY + f"« La décision sera rendue lundi », rapporte Julie Ferrand, porte-parole "
        f"{body}."
    ]


COUNCIL_SAID = Said(
    "La décision sera rendue lundi", "rapporte", "Julie Ferrand", "Julie Ferrand", "direct"
)


def test_the_spokesperson_of_the_body_met_that_day_speaks_on_its_day() -> None:
    """ "…, rapporte Julie Ferrand, porte-parole du Conseil régional": her words in the
    present are the council's, whose meeting the sentence before dates."""
    _, [statement] = build(council_quote("du Conseil régional"), [COUNCIL_SAID], THURSDAY)
    assert statement.statement_date == WEDNESDAY


def test_the_spokesperson_of_another_body_is_not_dated_by_the_meeting() -> None:
    """The near miss: a federation's spokesperson holds a position in the present; the
    council's meeting says nothing of when she spoke."""
    _, [statement] = build(council_quote("de la Fédération des artisans"), [COUNCIL_SAID], THURSDAY)
    assert statement.statement_date is None


# ----------------------------------------------------- a party congress: its speakers in turn

CONGRESS_HEADLINE = "Le parti régionaliste fixe le cap"
CONGRESS_BODY = [
    "« Nous serons prêts », a-t-il lancé sous les applaudissements.",
    "Plus tard, la vice-présidente, Marie Colin, a appelé à l'unité du mouvement.",
]
CONGRESS_SAID = [
    Said("Nous serons prêts", "a-t-il lancé", "il", "Henri Dufresne", "direct"),
    Said("à l'unité du mouvement", "a appelé", "la vice-présidente, Marie Colin", "Marie Colin"),
]


def test_a_vice_president_speaking_later_at_the_dated_congress_takes_its_day() -> None:
    """Everyone speaking at the congress the lead dates spoke on its day, not only the
    president the lead names."""
    lead = (
        "Le président du parti, Henri Dufresne, s'exprimait ce vendredi devant les militants "
        "réunis en congrès à Lormes."
    )
    _, [_, vice] = build(CONGRESS_BODY, CONGRESS_SAID, FRIDAY, intro=[CONGRESS_HEADLINE, lead])
    assert vice.statement_date == FRIDAY


def test_a_parliament_called_congress_is_no_gathering_of_speakers() -> None:
    """The near miss: "devant le Congrès", a parliament, is one speaker's occasion: the
    vice-president's later words are not pinned."""
    lead = "Le président du parti, Henri Dufresne, s'exprimait ce vendredi devant le Congrès."
    _, [_, vice] = build(CONGRESS_BODY, CONGRESS_SAID, FRIDAY, intro=[CONGRESS_HEADLINE, lead])
    assert vice.statement_date is None


def test_speakers_after_a_congress_opened_that_day_take_its_day() -> None:
    """ "Le 12e congrès du parti s'est ouvert ce vendredi": the members quoted next spoke
    there."""
    lead = "Le 12e congrès du Parti régionaliste s'est ouvert ce vendredi à Lormes."
    _, [_, vice] = build(CONGRESS_BODY, CONGRESS_SAID, FRIDAY, intro=[CONGRESS_HEADLINE, lead])
    assert vice.statement_date == FRIDAY


# ------------------------------------- a parliamentary committee's sitting: ministers in turn

COMMITTEE_HEADLINE = "Les ministres s'expliquent sur l'interception d'Anvers"
COMMITTEE_BODY = [
    "« Il y a eu des contacts avec la police », a-t-elle dit.",
    "Le ministre de la Défense, Paul Claes, a rappelé que les militaires avaient donné l'alerte.",
]
COMMITTEE_SAID = [
    Said(
        "Il y a eu des contacts avec la police", "a-t-elle dit", "elle", "Anne Verhulst", "direct"
    ),
    Said(
        "les militaires avaient donné l'alerte",
        "a rappelé",
        "Le ministre de la Défense, Paul Claes",
    ),
]


def test_a_second_minister_at_the_dated_committee_sitting_takes_its_day() -> None:
    lead = (
        "La ministre de la Justice, Anne Verhulst, a indiqué mercredi en commission de la "
        "Chambre que le parquet avait déconseillé toute communication."
    )
    _, [_, second] = build(
        COMMITTEE_BODY, COMMITTEE_SAID, THURSDAY, intro=[COMMITTEE_HEADLINE, lead]
    )
    assert second.statement_date == WEDNESDAY


def test_a_second_minister_after_a_written_statement_stays_undated() -> None:
    """The near miss: a communiqué is one speaker's channel, where no one else speaks."""
    lead = (
        "La ministre de la Justice, Anne Verhulst, a indiqué mercredi dans un communiqué que "
        "le parquet avait déconseillé toute communication."
    )
    _, [_, second] = build(
        COMMITTEE_BODY, COMMITTEE_SAID, THURSDAY, intro=[COMMITTEE_HEADLINE, lead]
    )
    assert second.statement_date is None


# ------------------------- quotations of the first saying told on the lead's day, further down

APERO_HEADLINE = "Le gouvernement régional à la rencontre des habitants"
APERO_LEAD = (
    "Environ deux cents habitants de Valbrune ont partagé l'apéritif avec les membres du "
    "gouvernement régional mercredi."
)
APERO_FIRST = "« C'est ici que nous rencontrons nos électeurs », a déclaré Paul Morel aux médias."
APERO_OTHER = "Le ministre des Finances a dit qu'il n'appréciait pas cette expression."
APERO_SAID = [
    Said(
        "C'est ici que nous rencontrons nos électeurs",
        "a déclaré",
        "Paul Morel",
        "Paul Morel",
        "direct",
    ),
    Said("il n'appréciait pas cette expression", "a dit", "Le ministre des Finances"),
]


def test_a_later_quotation_of_the_lead_days_first_speaker_takes_that_day() -> None:
    """The first saying after a lead dating the day's occasion was said that day; a later
    quotation of the same person, with no other day told in between, gives words of that
    occasion, even past another speaker the text left undated."""
    later = "« Ce n'est possible nulle part ailleurs », a souligné Paul Morel."
    said = [
        *APERO_SAID,
        Said(
            "Ce n'est possible nulle part ailleurs",
            "a souligné",
            "Paul Morel",
            "Paul Morel",
            "direct",
        ),
    ]
    _, [_, _, quoted] = build(
        [APERO_FIRST, APERO_OTHER, later], said, THURSDAY, intro=[APERO_HEADLINE, APERO_LEAD]
    )
    assert quoted.statement_date == WEDNESDAY


def test_a_later_paraphrase_of_the_same_speaker_stays_undated() -> None:
    """The near miss: a paraphrase ("X a estimé que …") may sum up a position held from
    anywhere."""
    later = "Paul Morel a estimé que ce n'était possible nulle part ailleurs."
    said = [
        *APERO_SAID,
        Said("ce n'était possible nulle part ailleurs", "a estimé", "Paul Morel", "Paul Morel"),
    ]
    _, [_, _, paraphrase] = build(
        [APERO_FIRST, APERO_OTHER, later], said, THURSDAY, intro=[APERO_HEADLINE, APERO_LEAD]
    )
    assert paraphrase.statement_date is None
