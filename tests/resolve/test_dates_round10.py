"""Date rules, round 10: a saying dated without a named occasion, quoted further down.

Every text is invented for these tests (people, places); statements are built by hand with
``tests/resolve/test_dates.py``'s helpers, so only the date rules are tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_dates import Said, build

THURSDAY = date(2026, 3, 12)
WEDNESDAY = date(2026, 3, 11)

# ------------------------------------------------- a dated saying, then quotations of the speaker

HEADLINE = ["Budget : la trésorière de Valbrune reste prudente"]
LEAD = (
    "La commune de Valbrune n'échappera pas à une hausse de la taxe foncière, a réitéré "
    "mercredi la trésorière municipale, Noémie Castagnet."
)
BACKGROUND = (
    "Le conseil municipal avait déjà repoussé deux fois le vote du budget. La dette de la "
    "commune dépasse douze millions d'euros."
)
QUOTED = (
    "« Nous ne pouvons plus reporter les travaux de la station d'épuration », estime Mme Castagnet."
)
PARAPHRASED = (
    "Mme Castagnet a reconnu que les travaux de la station d'épuration ne pouvaient plus attendre."
)
SAID_LEAD = Said(
    "La commune de Valbrune n'échappera pas à une hausse de la taxe foncière",
    "a réitéré",
    "la trésorière municipale, Noémie Castagnet",
    "Noémie Castagnet",
)
SAID_QUOTED = Said(
    "Nous ne pouvons plus reporter les travaux de la station d'épuration",
    "estime",
    "Mme Castagnet",
    "Noémie Castagnet",
    kind="direct",
)
SAID_PARAPHRASED = Said(
    "les travaux de la station d'épuration ne pouvaient plus attendre",
    "a reconnu",
    "Mme Castagnet",
    "Noémie Castagnet",
)


def test_french_a_quotation_of_the_speaker_dated_in_the_lead_takes_its_day() -> None:
    _, statements = build(
        [LEAD, BACKGROUND, QUOTED], [SAID_LEAD, SAID_QUOTED], THURSDAY, intro=HEADLINE
    )
    assert [s.statement_date for s in statements] == [WEDNESDAY, WEDNESDAY]
    assert statements[1].date_method == "inherited"


def test_french_a_paraphrase_of_the_same_speaker_stays_undated() -> None:
    # "a reconnu que …" may sum up a position held from anywhere: no quotation, no day
    _, statements = build(
        [LEAD, BACKGROUND, PARAPHRASED], [SAID_LEAD, SAID_PARAPHRASED], THURSDAY, intro=HEADLINE
    )
    assert [s.statement_date for s in statements] == [WEDNESDAY, None]


def test_french_a_quotation_after_another_day_told_stays_undated() -> None:
    # an earlier day told in between (a new scene) ends an occasion the text never named
    scene = (
        "À la suite des inondations de samedi, des riverains ont envahi la salle du conseil. "
        "Plusieurs caves ont été vidées par les pompiers."
    )
    _, statements = build([LEAD, scene, QUOTED], [SAID_LEAD, SAID_QUOTED], THURSDAY, intro=HEADLINE)
    assert [s.statement_date for s in statements] == [WEDNESDAY, None]


def test_french_a_quotation_of_another_speaker_stays_undated() -> None:
    other = QUOTED.replace("Mme Castagnet", "le maire, Rémi Saulnier")
    said = Said(
        SAID_QUOTED.content, "estime", "le maire, Rémi Saulnier", "Rémi Saulnier", kind="direct"
    )
    _, statements = build([LEAD, BACKGROUND, other], [SAID_LEAD, said], THURSDAY, intro=HEADLINE)
    assert [s.statement_date for s in statements] == [WEDNESDAY, None]


HEADLINE_EN = ["Harbour levy: Brackwell treasurer holds the line"]
LEAD_EN = (
    "Brackwell will not scrap its harbour levy this year, treasurer Colm Ashdown said on Wednesday."
)
BACKGROUND_EN = (
    "The levy was introduced after the storm damage to the pier. Fishing crews have opposed "
    "it since its first year."
)
QUOTED_EN = "“We cannot repair the pier with good wishes,” Mr Ashdown said."
PARAPHRASED_EN = "Mr Ashdown said the pier could not be repaired without the levy."


def test_english_a_quotation_of_the_speaker_dated_in_the_lead_takes_its_day() -> None:
    said = [
        Said(
            "Brackwell will not scrap its harbour levy this year",
            "said",
            "treasurer Colm Ashdown",
            "Colm Ashdown",
        ),
        Said(
            "We cannot repair the pier with good wishes",
            "said",
            "Mr Ashdown",
            "Colm Ashdown",
            kind="direct",
        ),
    ]
    _, statements = build(
        [LEAD_EN, BACKGROUND_EN, QUOTED_EN], said, THURSDAY, language="en", intro=HEADLINE_EN
    )
    assert [s.statement_date for s in statements] == [WEDNESDAY, WEDNESDAY]


def test_english_a_paraphrase_of_the_same_speaker_stays_undated() -> None:
    said = [
        Said(
            "Brackwell will not scrap its harbour levy this year",
            "said",
            "treasurer Colm Ashdown",
            "Colm Ashdown",
        ),
        Said(
            "the pier could not be repaired without the levy", "said", "Mr Ashdown", "Colm Ashdown"
        ),
    ]
    _, statements = build(
        [LEAD_EN, BACKGROUND_EN, PARAPHRASED_EN],
        said,
        THURSDAY,
        language="en",
        intro=HEADLINE_EN,
    )
    assert [s.statement_date for s in statements] == [WEDNESDAY, None]


# ----------------------------------------------------- a position held before, in the imperfect

SUMMIT = (
    "En visite à Orlenval ce samedi, la sénatrice Laure Dambrine a promis de défendre la "
    "ligne ferroviaire."
)
QUOTE = "« Nous ne lâcherons pas les usagers », a affirmé la sénatrice."
FORMER = (
    "Alors qu'elle proposait de fermer la ligne il y a deux ans, elle avait changé d'avis "
    "l'hiver dernier."
)
SAID_SUMMIT = Said("de défendre la ligne ferroviaire", "a promis", "la sénatrice Laure Dambrine")
SAID_QUOTE = Said(
    "Nous ne lâcherons pas les usagers",
    "a affirmé",
    "la sénatrice",
    "Laure Dambrine",
    kind="direct",
)
SAID_FORMER = Said("de fermer la ligne il y a deux ans", "proposait", "elle", "Laure Dambrine")
SATURDAY = date(2026, 3, 14)


def test_french_an_imperfect_after_a_contrast_opener_is_a_past_position() -> None:
    said_summit = Said(
        "de défendre la ligne ferroviaire",
        "a promis",
        "la sénatrice Laure Dambrine",
        "Laure Dambrine",
    )
    _, statements = build(
        [SUMMIT, QUOTE, FORMER], [said_summit, SAID_QUOTE, SAID_FORMER], SATURDAY, intro=HEADLINE
    )
    assert [s.statement_date for s in statements] == [SATURDAY, SATURDAY, None]
    assert statements[2].date_method is None


def test_french_the_same_imperfect_without_a_contrast_opener_goes_on_with_its_scene() -> None:
    # a scene told in the imperfect ("proposait-elle encore") is the day's, not a past position
    scene = "Elle proposait de rouvrir la ligne dès l'été, a-t-elle précisé devant les élus."
    said_summit = Said(
        "de défendre la ligne ferroviaire",
        "a promis",
        "la sénatrice Laure Dambrine",
        "Laure Dambrine",
    )
    said = Said("de rouvrir la ligne dès l'été", "proposait", "Elle", "Laure Dambrine")
    _, statements = build(
        [SUMMIT, QUOTE + " " + scene], [said_summit, SAID_QUOTE, said], SATURDAY, intro=HEADLINE
    )
    assert [s.statement_date for s in statements] == [SATURDAY, SATURDAY, SATURDAY]


def test_french_elided_phrases_of_the_time_lexicon_match_before_a_word() -> None:
    from dixit.resolve.dates import find_time_expressions, load_time_lexicon

    lexicon = load_time_lexicon("fr")
    # "alors qu'" is "whereas", no time word; "lors d'" opens a phrase placing the saying
    assert find_time_expressions("Alors qu'il pleuvait, la foule attendait.", lexicon) == []
    assert lexicon.heads.search("Lors d'une réunion jeudi, le maire a tranché.") is not None
    assert [e.text for e in find_time_expressions("Alors, il a tranché.", lexicon)] == ["Alors"]


# ------------------------------------------------ the lead's present, dated further down the body

PRESENT_LEAD = (
    "Le maire de Castelvieil, Gilles Roubaud, prévient que la piscine municipale ne rouvrira "
    "pas avant l'automne."
)
RATE = "Le coût des travaux a doublé depuis le printemps."
DATED_LATER = "Il a dit mercredi que les entreprises manquaient de personnel."
SAID_PRESENT = Said(
    "la piscine municipale ne rouvrira pas avant l'automne",
    "prévient",
    "Le maire de Castelvieil, Gilles Roubaud",
    "Gilles Roubaud",
)
SAID_LATER = Said("les entreprises manquaient de personnel", "a dit", "Il", "Gilles Roubaud")


def test_french_a_lead_in_the_present_takes_the_day_its_speaker_is_dated_below() -> None:
    _, statements = build(
        [PRESENT_LEAD, RATE, DATED_LATER], [SAID_PRESENT, SAID_LATER], THURSDAY, intro=HEADLINE
    )
    assert [s.statement_date for s in statements] == [WEDNESDAY, WEDNESDAY]


def test_french_a_lead_in_the_present_keeps_no_day_from_another_speaker() -> None:
    other = Said("les entreprises manquaient de personnel", "a dit", "Il", "Hélène Pagès")
    _, statements = build(
        [PRESENT_LEAD, RATE, DATED_LATER], [SAID_PRESENT, other], THURSDAY, intro=HEADLINE
    )
    assert [s.statement_date for s in statements] == [None, WEDNESDAY]


def test_english_a_lead_in_the_present_takes_the_day_its_speaker_is_dated_below() -> None:
    lead = "Opposition leader Maura Keane is confirming she will table a motion of no confidence."
    later = "Speaking at the legislature on Wednesday, Keane said the motion would come first."
    said = [
        Said(
            "she will table a motion of no confidence",
            "is confirming",
            "Opposition leader Maura Keane",
            "Maura Keane",
        ),
        Said("the motion would come first", "said", "Keane", "Maura Keane"),
    ]
    _, statements = build([lead, RATE_EN, later], said, THURSDAY, language="en", intro=HEADLINE_EN)
    assert [s.statement_date for s in statements] == [WEDNESDAY, WEDNESDAY]


RATE_EN = "The party has trailed in the polls since the spring."


# ------------------------------------------- a speaker moved to another day, then quoted on

MONDAY = date(2026, 3, 9)
MAY_LEAD = "Governor Ilsa Marrow said at a news conference on Wednesday that the dam would hold."
MAY_BODY = (
    "“The spillway is sound,” the governor said on Monday. “We checked every gate.” "
    "Engineers have since lowered the reservoir."
)
MAY_SAID = [
    Said("the dam would hold", "said", "Governor Ilsa Marrow", "Ilsa Marrow"),
    Said("The spillway is sound", "said", "the governor", "Ilsa Marrow", kind="direct"),
    Said("We checked every gate.", None, None, "Ilsa Marrow", kind="direct"),
]


def test_english_words_going_on_from_a_saying_of_another_day_are_not_the_leads() -> None:
    _, statements = build(
        [MAY_LEAD, MAY_BODY], MAY_SAID, THURSDAY, language="en", intro=HEADLINE_EN
    )
    assert [s.statement_date for s in statements] == [WEDNESDAY, MONDAY, MONDAY]


def test_english_the_leads_speaker_quoted_in_a_later_paragraph_keeps_the_leads_day() -> None:
    # the same quotation a paragraph further down: the lead's occasion again
    body = MAY_BODY.replace(" “We checked every gate.”", "")
    later = "“We checked every gate,” she said."
    said = [
        *MAY_SAID[:2],
        Said("We checked every gate", "said", "she", "Ilsa Marrow", kind="direct"),
    ]
    _, statements = build([MAY_LEAD, body, later], said, THURSDAY, language="en", intro=HEADLINE_EN)
    assert statements[2].statement_date == WEDNESDAY


# ---------------------------------------------------- a weekday after a verb of what is to come


def test_a_weekday_after_a_future_verb_is_the_coming_day() -> None:
    from dixit.resolve.dates import find_time_expressions, load_time_lexicon

    french, english = load_time_lexicon("fr"), load_time_lexicon("en")
    for text in ["Les discussions doivent reprendre lundi.", "Le jury se prononcera mardi."]:
        assert [e.direction for e in find_time_expressions(text, french)] == ["future"]
    assert [
        e.direction for e in find_time_expressions("The board will vote on Tuesday.", english)
    ] == ["future"]
    # the same weekdays after a past verb: the latest such day
    for text in ["Les discussions ont repris lundi.", "Le jury s'est prononcé mardi."]:
        assert [e.direction for e in find_time_expressions(text, french)] == [None]
    assert [e.direction for e in find_time_expressions("The board voted on Tuesday.", english)] == [
        None
    ]


def test_a_future_day_told_in_between_does_not_end_the_quoted_saying() -> None:
    # "doivent reprendre lundi" tells a coming day, not a scene of another day
    ahead = "Les travaux de la station doivent reprendre lundi. La dette dépasse douze millions."
    _, statements = build([LEAD, ahead, QUOTED], [SAID_LEAD, SAID_QUOTED], THURSDAY, intro=HEADLINE)
    assert [s.statement_date for s in statements] == [WEDNESDAY, WEDNESDAY]


# -------------------------------------------- a bare quotation across a line of narration

MATCH = "Le Stade de Kerlouan a battu Vannes mercredi soir devant ses supporters."
COACH = "« Nous avons tenu jusqu'au bout », a déclaré l'entraîneur Yann Morvezen."
NARRATION = "Le technicien avait aussi un mot pour son gardien de but."
BARE = "« Il a été parfait du début à la fin. »"
SAID_COACH = Said(
    "Nous avons tenu jusqu'au bout",
    "a déclaré",
    "l'entraîneur Yann Morvezen",
    "Yann Morvezen",
    kind="direct",
)


def test_french_a_bare_quotation_refers_back_across_a_line_of_narration() -> None:
    bare = Said("Il a été parfait du début à la fin.", None, None, "Yann Morvezen", kind="direct")
    paragraphs = [MATCH, COACH, NARRATION, BARE]
    _, statements = build(paragraphs, [SAID_COACH, bare], THURSDAY, intro=HEADLINE)
    assert [s.statement_date for s in statements] == [WEDNESDAY, WEDNESDAY]


def test_french_a_bare_quotation_of_someone_else_does_not_refer_back() -> None:
    bare = Said("Il a été parfait du début à la fin.", None, None, "Loïc Tanguy", kind="direct")
    paragraphs = [MATCH, COACH, NARRATION, BARE]
    _, statements = build(paragraphs, [SAID_COACH, bare], THURSDAY, intro=HEADLINE)
    assert [s.statement_date for s in statements] == [WEDNESDAY, None]


# ------------------------------------------- a day word going on from the quoted clause


def test_french_a_date_after_the_closing_quote_mark_belongs_to_the_quoted_clause() -> None:
    text = (
        "« Les électeurs de la vallée ont choisi le changement » le 2 mars et le 9 mars, "
        "argumente la députée Anne Vasseur."
    )
    said = Said(
        "Les électeurs de la vallée ont choisi le changement",
        "argumente",
        "la députée Anne Vasseur",
        "Anne Vasseur",
        kind="direct",
    )
    lead = "La campagne municipale de la vallée a pris un tour plus vif."
    _, [statement] = build([lead, text], [said], THURSDAY, intro=HEADLINE)
    assert statement.statement_date is None


def test_french_a_date_after_the_reporting_verb_dates_the_saying() -> None:
    text = (
        "« Les électeurs de la vallée ont choisi le changement », a argumenté le 2 mars la "
        "députée Anne Vasseur."
    )
    said = Said(
        "Les électeurs de la vallée ont choisi le changement",
        "a argumenté",
        "la députée Anne Vasseur",
        "Anne Vasseur",
        kind="direct",
    )
    lead = "La campagne municipale de la vallée a pris un tour plus vif."
    _, [statement] = build([lead, text], [said], THURSDAY, intro=HEADLINE)
    assert statement.statement_date == date(2026, 3, 2)


# ------------------------------------------------ a presentation as an occasion of speaking

PRESENTING = (
    "« Nous ne céderons rien », a lancé mercredi Paule Ressac, présidente de l'Union des "
    "artisans, à l'occasion de la présentation du bilan annuel."
)
ARTISANS_BACKGROUND = "Le secteur compte douze mille entreprises dans la région."
ARTISANS_LATER = "Mme Ressac estime que les commandes reculent partout."
SAID_PRESENTING = Said(
    "Nous ne céderons rien", "a lancé", "Paule Ressac", "Paule Ressac", kind="direct"
)
SAID_ARTISANS = Said("les commandes reculent partout", "estime", "Mme Ressac", "Paule Ressac")


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        pytest.param(PRESENTING, [WEDNESDAY, WEDNESDAY], id="a-presentation-is-an-occasion"),
        pytest.param(
            PRESENTING.replace(", à l'occasion de la présentation du bilan annuel", ""),
            [WEDNESDAY, None],
            id="without-its-occasion-no-day-for-a-paraphrase",
        ),
    ],
)
def test_french_a_presentation_as_an_occasion_of_speaking(
    opening: str, expected: list[date | None]
) -> None:
    _, statements = build(
        [opening, ARTISANS_BACKGROUND, ARTISANS_LATER],
        [SAID_PRESENTING, SAID_ARTISANS],
        THURSDAY,
        intro=HEADLINE,
    )
    assert [s.statement_date for s in statements] == expected


def test_french_an_imperfect_after_the_main_clause_tells_the_same_scene() -> None:
    # "alors qu'il expliquait" after the main clause: while he was explaining, that day
    scene = (
        "Samedi, le sénateur Gaël Trémeur a visité la gare d'Orlenval. Il a été hué alors "
        "qu'il expliquait que la ligne fermerait."
    )
    said = Said("la ligne fermerait", "expliquait", "il", "Gaël Trémeur")
    _, [statement] = build([scene], [said], SATURDAY, intro=HEADLINE)
    assert statement.statement_date == SATURDAY


# ---------------------------------------------- "X was speaking at … on Tuesday" dates their words

TAOISEACH = [
    "Premier Orla Keating said the ferry contract would be reviewed.",
    "Ms Keating was speaking at the opening of a harbour bridge in Kilbarra on Wednesday.",
    "Premier Orla Keating added that the review would take a month.",
]
TAOISEACH_SAID = [
    Said("the ferry contract would be reviewed", "said", "Premier Orla Keating", "Orla Keating"),
    Said("the review would take a month", "added", "Premier Orla Keating", "Orla Keating"),
]


def test_english_a_was_speaking_sentence_dates_the_speakers_words_around_it() -> None:
    _, statements = build(TAOISEACH, TAOISEACH_SAID, THURSDAY, language="en", intro=HEADLINE_EN)
    assert [s.statement_date for s in statements] == [WEDNESDAY, WEDNESDAY]


def test_english_a_was_speaking_sentence_of_someone_else_dates_nothing() -> None:
    other = [TAOISEACH[0], TAOISEACH[1].replace("Ms Keating", "Mr Dolan"), TAOISEACH[2]]
    _, statements = build(other, TAOISEACH_SAID, THURSDAY, language="en", intro=HEADLINE_EN)
    assert [s.statement_date for s in statements] == [None, None]


def test_french_a_sentence_saying_where_she_spoke_dates_her_words() -> None:
    paragraphs = [
        "La ministre Hélène Garrigue a estimé que le barrage devait être renforcé.",
        "Mme Garrigue s'exprimait mardi lors de l'inauguration d'une écluse à Sornac.",
    ]
    said = Said(
        "le barrage devait être renforcé",
        "a estimé",
        "La ministre Hélène Garrigue",
        "Hélène Garrigue",
    )
    _, [statement] = build(paragraphs, [said], THURSDAY, intro=HEADLINE)
    assert statement.statement_date == TUESDAY


TUESDAY = date(2026, 3, 10)


# ------------------------------------------------------ a briefing at the end of a council


def test_french_words_at_the_end_of_a_council_of_ministers_take_its_day() -> None:
    text = (
        "À l'issue du Conseil des ministres de mercredi, la porte-parole Lise Carmaux a "
        "annoncé que les péages seraient gelés."
    )
    said = Said(
        "les péages seraient gelés", "a annoncé", "la porte-parole Lise Carmaux", "Lise Carmaux"
    )
    lead = "Le gouvernement prépare un budget de transition."
    _, [statement] = build([lead, text], [said], THURSDAY, intro=HEADLINE)
    assert statement.statement_date == WEDNESDAY


def test_french_words_after_another_meeting_stay_undated() -> None:
    # a mere meeting in the "after" phrase dates that meeting, not the words
    text = (
        "Après la réunion des élus de mercredi, la porte-parole Lise Carmaux a annoncé que les "
        "péages seraient gelés."
    )
    said = Said(
        "les péages seraient gelés", "a annoncé", "la porte-parole Lise Carmaux", "Lise Carmaux"
    )
    lead = "Le gouvernement prépare un budget de transition."
    _, [statement] = build([lead, text], [said], THURSDAY, intro=HEADLINE)
    assert statement.statement_date is None
