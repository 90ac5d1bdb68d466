"""Dates of statements made at the occasion the lead dates, and of participial statements.

Every text is invented for these tests (people, places, outlets); statements are built by
hand, so only the date rules are tested.
"""

from __future__ import annotations

from datetime import date

from test_dates import Said, build

THURSDAY = date(2026, 3, 12)
TUESDAY = date(2026, 3, 10)

HEADLINE = "Piscine de Corvalle : le maire promet une réouverture"
INTERVIEW_LEAD = (
    "Le maire de Corvalle, Anselme Rivière, a annoncé mardi sur franceinfo que la piscine "
    "rouvrirait avant l'été."
)
VISIT_LEAD = "Le maire de Corvalle, Anselme Rivière, a visité mardi le chantier de la piscine."
MIDDLE = "Le bassin avait été fermé il y a deux ans après la découverte de fissures."
LATER = "« Nous avons trouvé les fonds », explique Anselme Rivière."


def test_the_lead_speaker_keeps_the_day_of_the_interview() -> None:
    _, statements = build(
        [HEADLINE, INTERVIEW_LEAD, MIDDLE, LATER],
        [
            Said("la piscine rouvrirait avant l'été", "a annoncé", "Anselme Rivière"),
            Said("Nous avons trouvé les fonds", "explique", "Anselme Rivière", kind="direct"),
        ],
        THURSDAY,
        headline=False,
    )
    assert [s.statement_date for s in statements] == [TUESDAY, TUESDAY]
    assert statements[1].date_method == "inherited"


def test_a_visit_is_no_occasion_of_speaking() -> None:
    _, statements = build(
        [HEADLINE, VISIT_LEAD, MIDDLE, LATER],
        [Said("Nous avons trouvé les fonds", "explique", "Anselme Rivière", kind="direct")],
        THURSDAY,
        headline=False,
    )
    assert statements[0].statement_date is None


def test_another_speaker_does_not_take_the_interview_day() -> None:
    later = "« Rien n'est financé », juge l'opposante Maëlle Dubreuil."
    _, statements = build(
        [HEADLINE, INTERVIEW_LEAD, MIDDLE, later],
        [
            Said("la piscine rouvrirait avant l'été", "a annoncé", "Anselme Rivière"),
            Said("Rien n'est financé", "juge", "l'opposante Maëlle Dubreuil", kind="direct"),
        ],
        THURSDAY,
        headline=False,
    )
    assert [s.statement_date for s in statements] == [TUESDAY, None]


def test_an_earlier_saying_of_the_lead_speaker_stays_undated() -> None:
    later = "Anselme Rivière avait affirmé que le bassin était sûr."
    _, statements = build(
        [HEADLINE, INTERVIEW_LEAD, MIDDLE, later],
        [
            Said("la piscine rouvrirait avant l'été", "a annoncé", "Anselme Rivière"),
            Said("le bassin était sûr", "avait affirmé", "Anselme Rivière"),
        ],
        THURSDAY,
        headline=False,
    )
    assert [s.statement_date for s in statements] == [TUESDAY, None]


def test_a_participle_takes_the_date_of_its_reporting_verb() -> None:
    text = (
        "Le préfet a déclaré jeudi que la route resterait fermée, estimant que les risques "
        "étaient trop grands."
    )
    _, statements = build(
        [text],
        [
            Said("la route resterait fermée", "a déclaré", "Le préfet", cue_lemma="déclarer"),
            Said("les risques étaient trop grands", "estimant", None, cue_lemma="estimer"),
        ],
        THURSDAY,
    )
    assert [s.statement_date for s in statements] == [THURSDAY, THURSDAY]


def test_a_participle_after_an_undated_verb_stays_undated() -> None:
    text = (
        "Mardi, les élus se sont réunis. Le préfet avait indiqué que la route resterait "
        "fermée, estimant que les risques étaient trop grands."
    )
    _, statements = build(
        [text],
        [
            Said("la route resterait fermée", "avait indiqué", "Le préfet", cue_lemma="indiquer"),
            Said("les risques étaient trop grands", "estimant", None, cue_lemma="estimer"),
        ],
        THURSDAY,
    )
    assert [s.statement_date for s in statements] == [None, None]


def test_a_written_statement_dated_in_the_lead_is_an_occasion_too() -> None:
    lead = (
        "La députée Lorène Castagnet a dénoncé mardi dans un communiqué la fermeture de la "
        "maternité de Sabrel."
    )
    later = "« C'est une faute », juge Lorène Castagnet."
    _, statements = build(
        [HEADLINE, lead, MIDDLE, later],
        [
            Said("la fermeture de la maternité de Sabrel", "a dénoncé", "Lorène Castagnet"),
            Said("C'est une faute", "juge", "Lorène Castagnet", kind="direct"),
        ],
        THURSDAY,
        headline=False,
    )
    assert [s.statement_date for s in statements] == [TUESDAY, TUESDAY]


FURNITURE = ["Société", "Publié", HEADLINE]


def test_page_furniture_before_the_headline_does_not_hide_the_lead() -> None:
    _, statements = build(
        [*FURNITURE, INTERVIEW_LEAD, MIDDLE, LATER],
        [
            Said("la piscine rouvrirait avant l'été", "a annoncé", "Anselme Rivière"),
            Said("Nous avons trouvé les fonds", "explique", "Anselme Rivière", kind="direct"),
        ],
        THURSDAY,
        headline=False,
    )
    assert [s.statement_date for s in statements] == [TUESDAY, TUESDAY]


def test_a_present_position_in_an_undated_lead_takes_no_day() -> None:
    lead = "Le maire de Corvalle, Anselme Rivière, estime que la piscine doit rouvrir."
    _, statements = build(
        [*FURNITURE, lead],
        [Said("la piscine doit rouvrir", "estime", "Anselme Rivière", cue_lemma="estimer")],
        THURSDAY,
        headline=False,
    )
    assert statements[0].statement_date is None


def test_a_past_saying_in_an_undated_lead_takes_the_publication_day() -> None:
    lead = "Le maire de Corvalle, Anselme Rivière, a affirmé que la piscine devait rouvrir."
    headline = "Corvalle : le maire promet de rouvrir la piscine"
    _, statements = build(
        [headline, lead],
        [
            Said("de rouvrir la piscine", "promet", "le maire"),
            Said("la piscine devait rouvrir", "a affirmé", "Anselme Rivière"),
        ],
        THURSDAY,
        headline=False,
    )
    assert [s.statement_date for s in statements] == [THURSDAY, THURSDAY]


def test_a_headline_in_the_present_over_an_undated_lead_takes_no_day() -> None:
    lead = "Les pompiers de Sabrel surveillent depuis l'aube la crue de la Lisonne."
    present = "Crue de la Lisonne : la décrue sera lente, prévient la préfecture"
    verbless = "Crue de la Lisonne : pour la préfecture, « la décrue sera lente »"
    for headline, expected in ((present, None), (verbless, THURSDAY)):
        cue, lemma = ("prévient", "prévenir") if headline == present else ("pour", "pour")
        _, statements = build(
            [headline, lead],
            [Said("la décrue sera lente", cue, "la préfecture", cue_lemma=lemma)],
            THURSDAY,
            headline=False,
        )
        assert statements[0].statement_date == expected, headline


def test_a_future_verb_is_not_read_as_the_present() -> None:
    headline = "Crue de la Lisonne : les digues ne céderont pas, la préfecture confiante"
    lead = "Les pompiers de Sabrel surveillent depuis l'aube la crue de la Lisonne."
    _, statements = build(
        [headline, lead],
        [Said("les digues", "ne céderont", "la préfecture", cue_lemma="céder")],
        THURSDAY,
        headline=False,
    )
    assert statements[0].statement_date == THURSDAY


def test_a_text_cut_inside_the_story_has_no_lead_day() -> None:
    cut = (
        "« Nous avons manqué de lucidité en fin de match », a poursuivi l'entraîneur de "
        "Corvalle, Basile Marchetti."
    )
    lead = (
        "« Nous avons manqué de lucidité en fin de match », a reconnu l'entraîneur de "
        "Corvalle, Basile Marchetti."
    )
    for paragraph, cue, lemma, expected in (
        (cut, "a poursuivi", "poursuivre", None),
        (lead, "a reconnu", "reconnaître", THURSDAY),
    ):
        _, statements = build(
            # under a headline: a page opening on a quote without one is cut anyway
            ["Corvalle battu à domicile", paragraph, "Les supporters ont quitté le stade."],
            [
                Said(
                    "Nous avons manqué de lucidité en fin de match",
                    cue,
                    "Basile Marchetti",
                    kind="direct",
                    cue_lemma=lemma,
                )
            ],
            THURSDAY,
            headline=False,
        )
        assert statements[0].statement_date == expected, cue


def test_a_pluperfect_saying_in_the_lead_takes_no_day() -> None:
    lead = "Le maire de Corvalle, Anselme Rivière, avait affirmé que la piscine devait rouvrir."
    _, statements = build(
        [*FURNITURE, lead],
        [Said("la piscine devait rouvrir", "avait affirmé", "Anselme Rivière")],
        THURSDAY,
        headline=False,
    )
    assert statements[0].statement_date is None


def test_a_date_in_parentheses_is_an_aside_not_the_statement_date() -> None:
    text = (
        "Le maire a dénoncé une action « stupide » (Le Courrier de Sabrel, 3 mars 2026), "
        "a rappelé l'élue Lorène Castagnet."
    )
    plain = "Le maire a dénoncé le 3 mars 2026 une action « stupide »."
    for paragraph, expected in ((text, None), (plain, date(2026, 3, 3))):
        _, statements = build(
            [paragraph],
            [Said("une action « stupide »", "a dénoncé", "Le maire", kind="mixed")],
            THURSDAY,
        )
        assert statements[0].statement_date == expected, paragraph


def test_the_eve_of_a_named_event_is_not_counted_from_the_story() -> None:
    named = (
        "Mardi, les élus ont visité le chantier. Le maire a déclaré, à la veille du conseil "
        "municipal, que la piscine rouvrirait."
    )
    told = "Mardi, le conseil a voté. La veille, le maire avait assuré que rien ne changerait."
    _, statements = build(
        [named], [Said("la piscine rouvrirait", "a déclaré", "Le maire")], THURSDAY
    )
    assert statements[0].statement_date == TUESDAY  # the paragraph's day, not Monday
    _, statements = build(
        [told], [Said("rien ne changerait", "avait assuré", "le maire")], THURSDAY
    )
    assert statements[0].statement_date == date(2026, 3, 9)


def test_a_time_word_in_quote_marks_is_someones_words_even_without_a_statement() -> None:
    quoted = "« Nous sommes fiers mardi », a lancé la capitaine. Elle a jugé la saison réussie."
    narrated = "Mardi, la capitaine a lancé un appel. Elle a jugé la saison réussie."
    for paragraph, expected in ((quoted, None), (narrated, TUESDAY)):
        _, statements = build([paragraph], [Said("la saison réussie", "a jugé", "Elle")], THURSDAY)
        assert statements[0].statement_date == expected, paragraph


def test_a_spokespersons_dated_statement_is_a_briefing() -> None:
    lead = (
        "La préfecture ne rouvrira pas le col, a déclaré mardi Irène Vasquez, porte-parole "
        "du préfet."
    )
    later = "« La route reste dangereuse », a noté Mme Vasquez."
    _, statements = build(
        [HEADLINE, lead, MIDDLE, later],
        [
            Said("La préfecture ne rouvrira pas le col", "a déclaré", "Irène Vasquez"),
            Said("La route reste dangereuse", "a noté", "Mme Vasquez", kind="direct"),
        ],
        THURSDAY,
        headline=False,
    )
    assert [s.statement_date for s in statements] == [TUESDAY, TUESDAY]


def test_the_leads_day_dates_what_is_told_from_its_sentence_on() -> None:
    confirmed = "Le procureur a confirmé l'ouverture d'une enquête."
    arrested = "Un homme a été interpellé mardi à Brésac."
    said = [Said("l'ouverture d'une enquête", "a confirmé", "Le procureur")]
    for lead, expected in ((f"{confirmed} {arrested}", None), (f"{arrested} {confirmed}", TUESDAY)):
        _, statements = build([HEADLINE, lead], said, THURSDAY, headline=False)
        assert statements[0].statement_date == expected, lead


def test_a_participle_after_the_incise_is_not_inside_the_quotation() -> None:
    # the speaker resolution may point the participle's subject at "Nous" inside the quote
    text = (
        "« Nous rouvrirons le pont avant l'hiver », a déclaré lundi le maire, soulignant que "
        "les travaux avaient pris du retard."
    )
    _, statements = build(
        [text],
        [
            Said("Nous rouvrirons le pont avant l'hiver", "a déclaré", "le maire", kind="direct"),
            Said("les travaux avaient pris du retard", "soulignant", "Nous"),
        ],
        THURSDAY,
    )
    assert [s.statement_date for s in statements] == [date(2026, 3, 9)] * 2


def test_speech_reported_inside_an_early_ended_content_stays_nested() -> None:
    # the same participle, but its subject and verb are inside what the maire reports
    text = "Le maire a déclaré lundi que le syndicat avait promis de lever le blocage."
    _, statements = build(
        [text],
        [
            Said("le syndicat", "a déclaré", "Le maire"),
            Said("de lever le blocage", "avait promis", "le syndicat"),
        ],
        THURSDAY,
    )
    assert [s.statement_date for s in statements] == [date(2026, 3, 9), None]


def test_a_text_opening_on_a_place_it_never_named_has_no_lead_day() -> None:
    for place, expected in (("dans cette ville", None), ("à Sabrel", THURSDAY)):
        lead = (
            f"Lors d'une réunion publique {place}, le maire Anselme Rivière a affirmé que la "
            "piscine rouvrirait."
        )
        _, statements = build(
            [lead, MIDDLE],
            [Said("la piscine rouvrirait", "a affirmé", "Anselme Rivière", cue_lemma="affirmer")],
            THURSDAY,
            headline=False,
        )
        assert statements[0].statement_date == expected, place


def test_a_place_pointed_back_to_inside_reported_words_counts_too() -> None:
    lead = "Le parquet de Brésac a confirmé l'interpellation d'un homme dans cette ville."
    said = Said("l'interpellation d'un homme dans cette ville", "a confirmé", "Le parquet")
    _, statements = build([lead, MIDDLE], [said], THURSDAY, headline=False)
    assert statements[0].statement_date is None
