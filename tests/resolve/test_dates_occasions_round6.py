"""Occasions of speaking, round 6: after a gathering, a speaker quoted from several moments,
a written channel at a hearing.

Every text is invented for these tests (people, places); statements are built by hand with
``tests/resolve/test_dates.py``'s helpers, so only the date rules are tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_dates import Said, build

from dixit.resolve.dates import find_time_expressions, load_time_lexicon

THURSDAY = date(2026, 3, 12)
TUESDAY = date(2026, 3, 10)
MONDAY = date(2026, 3, 9)
HEADLINE_EN = "Kessel ferry fares frozen"


# --------------------------------------------------------------------------- after a gathering


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # what is said after a meeting is said as it breaks up, on its day
        ("after the council meeting on Tuesday", TUESDAY),
        ("following the board meeting on Tuesday", TUESDAY),
        # a visit is no gathering where people speak: its day is another event's
        ("after her visit to the harbour on Tuesday", None),
    ],
)
def test_a_day_after_a_gathering_dates_the_saying(after: str, expected: date | None) -> None:
    body = f"Councillor Maren Holt said the ferry fares would be frozen {after}."
    _, [statement] = build(
        [HEADLINE_EN, "The island's ferry service has lost money for years.", body],
        [Said("the ferry fares would be frozen", "said", "Councillor Maren Holt", "Maren Holt")],
        THURSDAY,
        "en",
        headline=False,
    )
    assert statement.statement_date == expected


def test_a_french_day_after_a_meeting_still_dates_another_event() -> None:
    # French copy lists no gatherings: "après la réunion … mardi" keeps blocking the day
    body = (
        "Après la réunion du conseil mardi, la conseillère a assuré que les tarifs seraient gelés."
    )
    _, [statement] = build(
        [body], [Said("les tarifs seraient gelés", "a assuré", "la conseillère")], THURSDAY
    )
    assert statement.statement_date is None


# --------------------------------------------------------------------------- quoted from before

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


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        # she was quoted without a day before her dated occasion: her words come from several
        # moments, and the occasion the text dates is not the one of the rest
        ("Odile Ferrandier", [None, TUESDAY, None]),
        # the same words from another person leave her occasion the current one
        ("Paul Castagné", [None, TUESDAY, TUESDAY]),
    ],
)
def test_a_speaker_quoted_undated_before_the_occasion_keeps_no_day(
    speaker: str, expected: list[date | None]
) -> None:
    earlier = f"{speaker} a longtemps répété que les coteaux du nord étaient les plus fragiles."
    said = Said("les coteaux du nord étaient les plus fragiles", "a longtemps répété", speaker)
    _, statements = build([earlier, DATED, BETWEEN, LATER], [said, FIRST, SECOND], THURSDAY)
    assert [s.statement_date for s in statements] == expected


@pytest.mark.parametrize(
    ("earlier", "expected"),
    [
        ("Board spokesman Ivo Lind said divers were inspecting the pylons.", [None, MONDAY, None]),
        # narration of him, not a saying: the press conference stays his occasion
        ("Board spokesman Ivo Lind sent divers to inspect the pylons.", [MONDAY, MONDAY]),
    ],
)
def test_an_english_speaker_quoted_undated_before_the_press_conference(
    earlier: str, expected: list[date | None]
) -> None:
    paragraphs = [
        HEADLINE_EN,
        "The harbour board is looking into the collapse of the Kessel pier.",
        earlier,
        '"We are working with engineers from the mainland," Lind told a press conference on '
        "Monday.",
        "Meanwhile, fishermen moved their boats to the north quay.",
        "Lind said the pier would stay closed for the summer.",
    ]
    said = [
        Said("divers were inspecting the pylons", "said", "Board spokesman Ivo Lind", "Ivo Lind"),
        Said(
            "We are working with engineers from the mainland", "told", "Lind", "Ivo Lind", "direct"
        ),
        Said("the pier would stay closed for the summer", "said", "Lind", "Ivo Lind"),
    ]
    said = said if "said" in earlier else said[1:]
    _, statements = build(paragraphs, said, TUESDAY, "en", headline=False)
    assert [s.statement_date for s in statements] == expected


# --------------------------------------------------------------------------- a channel in court

TRIAL = "The trial of harbour pilot Edwin Marr opened at Kessel Crown Court on Monday."


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        # the scene of the day's hearing: said there, on its day
        ("In court, the prosecutor said Marr had ignored the storm warnings.", "said", MONDAY),
        # a filing is written before the hearing, whatever "in court" says
        (
            "The prosecutor argued in court papers that Marr had ignored the storm warnings.",
            "argued",
            None,
        ),
    ],
)
def test_court_papers_are_a_channel_of_their_own(
    sentence: str, cue: str, expected: date | None
) -> None:
    _, [statement] = build(
        ["Kessel pilot on trial", TRIAL, sentence],
        [Said("Marr had ignored the storm warnings", cue, "the prosecutor")],
        TUESDAY,
        "en",
        headline=False,
    )
    assert statement.statement_date == expected


# --------------------------------------------------------------------------- a night with dates


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        # a night written with its dates spans two days, like "la nuit de mardi à mercredi"
        ("Dans la nuit du 13 au 14 février", None),
        ("dans la nuit du 1er au 2 février 2026", None),
        # one written day is the day of saying
        ("Le 14 février", date(2026, 2, 14)),
    ],
)
def test_a_night_written_with_its_dates_pins_no_statement(when: str, expected: date | None) -> None:
    body = f"{when}, le gardien du phare a affirmé que la digue avait cédé."
    _, [statement] = build(
        [body], [Said("la digue avait cédé", "a affirmé", "le gardien du phare")], THURSDAY
    )
    assert statement.statement_date == expected


# --------------------------------------------------------------------------- page stamps

FLOOD = "Crue de la Vesle : le quartier des Tanneurs évacué"
CAPTION = "Des pompiers évacuent une rue du quartier des Tanneurs, le 10 mars 2026"


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        # out just after midnight: the night's news, told on the day before publication
        ("Publié le 12 mars 2026 à 00:47", None),
        ("Mis à jour le 12 mars 2026 à 3h15", None),
        # out in the morning: the stamp alone, which no day word of the copy takes up, still
        # tells when the page went out, not when anybody spoke (session 21)
        ("Publié le 12 mars 2026 à 08:47", None),
    ],
)
def test_a_page_stamped_in_the_small_hours_gives_its_lead_no_day(
    stamp: str, expected: date | None
) -> None:
    lead = "Le quartier des Tanneurs a été évacué, a indiqué la préfecture à la presse."
    said = Said("Le quartier des Tanneurs a été évacué", "a indiqué", "la préfecture")
    _, [statement] = build([lead], [said], date(2026, 3, 12), intro=[FLOOD, stamp, CAPTION])
    assert statement.statement_date == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # a photo caption's written date is the picture's day, not a day of the story
        (CAPTION, None),
        # the same day narrated in the statement's paragraph does date it
        (None, date(2026, 3, 10)),
    ],
)
def test_a_caption_day_is_no_day_of_the_story(caption: str | None, expected: date | None) -> None:
    # a page cut inside the story (its first speaker is a pronoun): no lead rule speaks
    said = Said("l'eau baisserait dans la nuit", "a assuré", "Il")
    saying = "Il a assuré que l'eau baisserait dans la nuit."
    if caption is None:
        opening = "Les pompiers ont évacué le 10 mars 2026 une rue du quartier des Tanneurs."
        _, [statement] = build([f"{opening} {saying}"], [said], date(2026, 3, 12), intro=[FLOOD])
    else:
        _, [statement] = build([saying], [said], date(2026, 3, 12), intro=[FLOOD, caption])
    assert statement.statement_date == expected


# --------------------------------------------------------------------------- present in the lead

POOL = "Vernoux : la piscine municipale fermera à l'automne"
VOTE = "Le maire, Aurélien Tassin, a fait voter jeudi la fermeture de la piscine Jean-Bouin."


@pytest.mark.parametrize(
    ("second", "said", "expected"),
    [
        # a position held in the present by someone the day's sentence does not name
        (
            "Les clubs de natation dénoncent une décision brutale.",
            Said("une décision brutale", "dénoncent", "Les clubs de natation"),
            None,
        ),
        # the same tense for the speaker the day's sentence names: that day's saying
        (
            "M. Tassin estime que la piscine coûtait trop cher.",
            Said("la piscine coûtait trop cher", "estime", "M. Tassin", "Aurélien Tassin"),
            THURSDAY,
        ),
        # a past saying of the lead takes the lead's day, whoever speaks
        (
            "Les clubs de natation ont dénoncé une décision brutale.",
            Said("une décision brutale", "ont dénoncé", "Les clubs de natation"),
            THURSDAY,
        ),
    ],
)
def test_a_present_in_the_lead_is_dated_only_for_the_speaker_of_its_day(
    second: str, said: Said, expected: date | None
) -> None:
    _, [statement] = build([f"{VOTE} {second}"], [said], date(2026, 3, 13), intro=[POOL])
    assert statement.statement_date == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # the headline's present tells the news of the lead's dated sentence
        ("Vernoux : le maire promet de rouvrir la piscine Jean-Bouin en 2027", THURSDAY),
        # a headline's present about something else is a position held
        ("Vernoux : les nageurs réclament un bassin provisoire", None),
    ],
)
def test_a_headline_in_the_present_repeating_the_lead_takes_its_day(
    headline: str, expected: date | None
) -> None:
    lead = "Le maire de Vernoux a promis jeudi de rouvrir la piscine Jean-Bouin en 2027."
    content = headline.split(" le maire promet ")[-1].split(" les nageurs réclament ")[-1]
    promise = "promet" in headline
    said = Said(
        content, "promet" if promise else "réclament", "le maire" if promise else "les nageurs"
    )
    _, [statement] = build([lead], [said], date(2026, 3, 13), intro=[headline])
    assert statement.statement_date == expected


# --------------------------------------------------------------------------- "C'était ce mercredi"

COUNCIL = (
    "« Nous suivons la situation de près », a déclaré la ministre Awa Diallo à la fin du "
    "Conseil des ministres."
)
SAID_COUNCIL = Said("Nous suivons la situation de près", "a déclaré", "la ministre Awa Diallo")


@pytest.mark.parametrize(
    ("after", "published", "expected"),
    [
        # a sentence that only says when dates the sentence before it
        ("C'était ce mercredi 9 avril 2025, au palais.", None, date(2025, 4, 9)),
        ("C’était mercredi, au palais.", date(2025, 4, 11), date(2025, 4, 9)),
        # the same day told with an event of its own dates that event, not the saying before
        ("Le conseil s'est réuni ce mercredi 9 avril 2025, au palais.", None, None),
    ],
)
def test_a_sentence_that_only_says_when_dates_the_sentence_before(
    after: str, published: date | None, expected: date | None
) -> None:
    _, [statement] = build([f"{COUNCIL} {after}"], [SAID_COUNCIL], published)
    assert statement.statement_date == expected


def test_a_weekday_after_ce_keeps_its_written_date() -> None:
    lexicon = load_time_lexicon("fr")
    [found] = find_time_expressions("C'était ce mercredi 7 septembre 2016.", lexicon)
    assert (found.kind, found.day, found.month, found.year) == ("explicit", 7, 9, 2016)


# --------------------------------------------------------------------------- the lead's channel

MONDAY_PAPER = date(2026, 3, 16)
SUNDAY = date(2026, 3, 15)
TAXES = "Budget 2027 : les ménages épargnés"
EXCLUDED = Said("toute hausse d'impôt", "a exclu", "Léa Marchal", "Léa Marchal")
RADIO = "« Il n'y aura pas de hausse pour les ménages », a-t-elle affirmé sur franceinfo."
ON_RADIO = Said(
    "Il n'y aura pas de hausse pour les ménages",
    "a-t-elle affirmé",
    "elle",
    "Léa Marchal",
    "direct",
)


@pytest.mark.parametrize(
    ("where", "between", "expected"),
    [
        # the lead dated her saying without a channel: the next paragraph names it
        ("", [], SUNDAY),
        # the lead's saying had a channel of its own: franceinfo is a new occasion
        (" dans un communiqué", [], None),
        # told further down, the channel may be another day's
        ("", ["Le texte sera présenté au conseil des ministres en avril."], None),
    ],
)
def test_the_lead_saying_placed_on_its_channel_in_the_next_paragraph(
    where: str, between: list[str], expected: date | None
) -> None:
    lead = f"La ministre, Léa Marchal, a exclu dimanche{where} toute hausse d'impôt."
    _, statements = build(
        [lead, *between, RADIO], [EXCLUDED, ON_RADIO], MONDAY_PAPER, intro=[TAXES]
    )
    assert [s.statement_date for s in statements] == [SUNDAY, expected]


# --------------------------------------------------------------------------- a photograph's day


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a caption's participle dates the photograph, not the saying
        ("pictured at the harbour on Monday", None),
        ("photographed at the harbour on Monday", None),
        # speaking there that day: the saying's day
        ("speaking at the harbour on Monday", MONDAY),
    ],
)
def test_a_photograph_day_is_not_the_saying_day(phrase: str, expected: date | None) -> None:
    body = f"The harbour master, {phrase}, said the pier would reopen in May."
    _, [statement] = build(
        [HEADLINE_EN, "The Kessel pier has been closed since the winter storms.", body],
        [Said("the pier would reopen in May", "said", "The harbour master")],
        TUESDAY,
        "en",
        headline=False,
    )
    assert statement.statement_date == expected


# --------------------------------------------------------------------------- "la veille" narrated

FRIDAY_PAPER = date(2026, 3, 13)
WEDNESDAY = date(2026, 3, 11)


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        # "la veille" counts back from the story's day: a flashback nothing inherits (and the
        # day of the paragraph above, told outside the lead, does not reach the saying)
        ("La veille, les avocats ont déposé une requête en nullité.", None),
        # a day of its own moves the story's time
        ("Mercredi, les avocats ont déposé une requête en nullité.", WEDNESDAY),
    ],
)
def test_a_narrated_day_before_is_a_flashback(before: str, expected: date | None) -> None:
    lead = "Le procès du skipper Marc Delorme s'est poursuivi jeudi devant la cour d'assises."
    saying = "Le procureur a affirmé qu'il s'opposerait à toute remise en liberté."
    said = Said("il s'opposerait à toute remise en liberté", "a affirmé", "Le procureur")
    _, [statement] = build([lead, f"{before} {saying}"], [said], FRIDAY_PAPER)
    assert statement.statement_date == expected
