"""Date rules, round 7: flashbacks in the pluperfect, photo captions inside the body, nights
written with their weekdays and dates.

Every text is invented for these tests (people, places); statements are built by hand with
``tests/resolve/test_dates.py``'s helpers, so only the date rules are tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_dates import Said, build

from dixit.resolve.dates import find_time_expressions, load_time_lexicon

WEDNESDAY = date(2026, 3, 11)
MONDAY = date(2026, 3, 9)
TUESDAY = date(2026, 3, 10)


# --------------------------------------------------------------------------- pluperfect flashback


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        # said before the story's time: the next statement of hers is another moment
        ("avait annoncé", None),
        # said on the story's Monday: her next words in the paragraph go on with it
        ("a annoncé", MONDAY),
    ],
)
def test_a_pluperfect_saying_lends_its_day_to_nothing(verb: str, expected: date | None) -> None:
    body = (
        f"La maire, Odile Sarrazin, {verb} lundi que la piscine de Vernolles fermerait. "
        "« Les travaux dureront tout l'été », écrit-elle dans un communiqué."
    )
    _, [first, second] = build(
        [body],
        [
            Said("la piscine de Vernolles fermerait", verb, "La maire, Odile Sarrazin"),
            Said("Les travaux dureront tout l'été", "écrit-elle", "elle", kind="direct"),
        ],
        WEDNESDAY,
    )
    assert first.statement_date == MONDAY
    assert second.statement_date == expected


# --------------------------------------------------------------------------- nights with weekdays


@pytest.mark.parametrize(
    "night",
    [
        "dans la nuit du dimanche 8 au lundi 9 mars",
        "dans la nuit du dimanche 8 mars au lundi 9 mars",
        "dans la nuit du 8 au 9 mars",
    ],
)
def test_a_night_with_its_weekdays_is_one_expression(night: str) -> None:
    lexicon = load_time_lexicon("fr")
    found = find_time_expressions(f"Des vitrines ont été brisées {night} à Vernolles.", lexicon)
    assert [e.text for e in found] == [night]


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        # the night's event: what is said about it is said afterwards, on a day unsaid
        ("Dans la nuit du dimanche 8 au lundi 9 mars", None),
        # one day of the story: its scene carries into the next paragraph
        ("Lundi 9 mars", MONDAY),
    ],
)
def test_a_night_puts_no_day_on_the_statements_after_it(when: str, expected: date | None) -> None:
    lead = f"{when}, des vitrines ont été brisées dans le centre de Vernolles."
    body = "« Nous porterons plainte », a déclaré le maire, Paul Ardouin."
    _, [statement] = build(
        [lead, body],
        [Said("Nous porterons plainte", "a déclaré", "le maire, Paul Ardouin", kind="direct")],
        WEDNESDAY,
        intro=["Vitrines brisées à Vernolles"],
    )
    assert statement.statement_date == expected


# --------------------------------------------------------------------------- captions in the body

LEAD_EN = "LONDON - Transport minister Ada Quell said on Monday the Kessel ferry would be sold."
SAID_EN = '"We will sell it to a local operator," Quell told parliament.'


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        # a photo caption closing on its credit: the picture's day, page furniture
        (
            "Ada Quell speaks at a port fair in Kessel, Britain February 6, 2026. "
            "J. Doe/Handout via REUTERS",
            MONDAY,
        ),
        ("Ada Quell at a port fair in Kessel, February 6, 2026. (AP Photo/J. Doe)", MONDAY),
        # the same words told as the story: a day of hers the next statement goes on with
        ("Ada Quell spoke at a port fair in Kessel on February 6, 2026.", date(2026, 2, 6)),
    ],
)
def test_a_photo_caption_between_paragraphs_dates_nothing(
    between: str, expected: date | None
) -> None:
    _, [first, second] = build(
        [LEAD_EN, between, SAID_EN],
        [
            Said(
                "the Kessel ferry would be sold",
                "said",
                "Transport minister Ada Quell",
                "Ada Quell",
            ),
            Said(
                "We will sell it to a local operator", "told", "Quell", "Ada Quell", kind="direct"
            ),
        ],
        WEDNESDAY,
        "en",
        intro=["Kessel ferry to be sold"],
    )
    assert first.statement_date == MONDAY
    assert second.statement_date == expected


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        ("Ada Quell sur le port de Kessel, le 6 février 2026 (Photo : Jeanne Dorval)", MONDAY),
        ("Ada Quell sur le port de Kessel, le 6 février 2026. - [Keystone - J. Dorval]", MONDAY),
        ("Ada Quell a visité le port de Kessel le 6 février 2026.", date(2026, 2, 6)),
        # an agency signing the story is no photo credit
        ("Ada Quell a visité le port de Kessel le 6 février 2026 (AFP).", date(2026, 2, 6)),
    ],
)
def test_a_french_caption_with_its_credit_dates_nothing(
    between: str, expected: date | None
) -> None:
    lead = "La ministre des Transports, Ada Quell, a annoncé lundi la vente du bac de Kessel."
    said = "« Nous le vendrons à un armateur local », a déclaré Mme Quell."
    _, [first, second] = build(
        [lead, between, said],
        [
            Said("la vente du bac de Kessel", "a annoncé", "La ministre des Transports, Ada Quell"),
            Said("Nous le vendrons à un armateur local", "a déclaré", "Mme Quell", kind="direct"),
        ],
        WEDNESDAY,
        intro=["Le bac de Kessel sera vendu"],
    )
    assert first.statement_date == MONDAY
    assert second.statement_date == expected


# --------------------------------------------------------------------------- another channel


@pytest.mark.parametrize(
    ("second", "said", "expected"),
    [
        # another speaker on a channel of their own: another occasion, its day unsaid
        (
            "In a tweet, Mayor Tom Brill accused the state of moving too slowly.",
            Said("the state of moving too slowly", "accused", "Mayor Tom Brill", "Tom Brill"),
            None,
        ),
        # the same words without a channel: the scene's day goes on
        (
            "Mayor Tom Brill accused the state of moving too slowly.",
            Said("the state of moving too slowly", "accused", "Mayor Tom Brill", "Tom Brill"),
            MONDAY,
        ),
        # the same speaker on a channel: her occasion goes on
        (
            "In a tweet, Ostrow wrote that the state was moving fast.",
            Said("the state was moving fast", "wrote", "Ostrow", "Lena Ostrow"),
            MONDAY,
        ),
    ],
)
def test_a_channel_of_their_own_takes_no_day_from_another_speaker(
    second: str, said: Said, expected: date | None
) -> None:
    # the day of the scene, told as narration naming the governor
    first = "Governor Lena Ostrow toured the harbour on Monday."
    _, [statement] = build([f"{first} {second}"], [said], WEDNESDAY, "en")
    assert statement.statement_date == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Dans un tweet, le maire, Tom Brill, a accusé l'État de traîner.", None),
        ("Le maire, Tom Brill, a accusé l'État de traîner.", MONDAY),
    ],
)
def test_a_french_channel_of_their_own_takes_no_day_from_another_speaker(
    second: str, expected: date | None
) -> None:
    first = "La préfète, Lena Ostrow, a visité lundi le port."
    _, [statement] = build(
        [f"{first} {second}"],
        [Said("l'État de traîner", "a accusé", "le maire, Tom Brill", "Tom Brill")],
        WEDNESDAY,
    )
    assert statement.statement_date == expected


# --------------------------------------------------------------------- a page opening on a quote

QUOTE = "« Nous ne fermerons pas la maternité », a assuré la ministre, Irène Valloton."
QUOTED = Said(
    "Nous ne fermerons pas la maternité", "a assuré", "la ministre, Irène Valloton", kind="direct"
)


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        # no headline above: the page was cut from it, its opening is no lead of the day
        ([], None),
        # under its headline, the opening quote is the day's news
        (["Maternité de Sornac : la ministre rassure"], WEDNESDAY),
    ],
)
def test_a_page_opening_on_a_quote_without_headline_is_no_lead(
    intro: list[str], expected: date | None
) -> None:
    body = "La maternité de Sornac accueille six cents naissances par an."
    _, [statement] = build([QUOTE, body], [QUOTED], WEDNESDAY, intro=intro)
    assert statement.statement_date == expected


def test_a_page_opening_on_a_quote_keeps_its_own_day() -> None:
    dated = QUOTE.replace("a assuré la ministre", "a assuré lundi la ministre")
    _, [statement] = build([dated], [QUOTED], WEDNESDAY, intro=[])
    assert statement.statement_date == MONDAY


# --------------------------------------------------------------------------- a lead's narrated day


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a narrated event's day: the spokesman's words in the next paragraph are undated
        ("The vote on the ferry budget was delayed Monday by the Kessel council.", None),
        # a gathering where people speak: its day is the day of what is said there
        ("The ferry budget was debated at a council meeting Monday in Kessel.", MONDAY),
    ],
)
def test_an_english_lead_event_dates_no_saying_after_it(lead: str, expected: date | None) -> None:
    said = '"We need more time to read the figures," said Ed Varga, a council spokesman.'
    _, [statement] = build(
        [lead, said],
        [
            Said(
                "We need more time to read the figures",
                "said",
                "Ed Varga, a council spokesman",
                "Ed Varga",
                kind="direct",
            )
        ],
        WEDNESDAY,
        "en",
        intro=["Kessel ferry budget"],
    )
    assert statement.statement_date == expected


# --------------------------------------------------------------------------- titles are no one's


@pytest.mark.parametrize(
    ("later", "speaker", "expected"),
    [
        # another leader of the same chamber: their titles share words, their names none
        ("Senate Minority Leader Bo Park", "Bo Park", None),
        # the same person, named by her surname: her occasion goes on
        ("Kole", "Ann Kole", TUESDAY),
    ],
)
def test_shared_title_words_make_no_same_person(
    later: str, speaker: str, expected: date | None
) -> None:
    first = "Senate Majority Leader Ann Kole told reporters on Tuesday the bill would pass."
    second = f'"The votes are there," {later} said.'
    _, [opening, statement] = build(
        [first, "The bill funds the state's ferries for two more years.", second],
        [
            Said(
                "the bill would pass",
                "told",
                "Senate Majority Leader Ann Kole",
                "Ann Kole",
            ),
            Said("The votes are there", "said", later, speaker, kind="direct"),
        ],
        WEDNESDAY,
        "en",
    )
    assert opening.statement_date == TUESDAY
    assert statement.statement_date == expected


# --------------------------------------------------------------------------- heard by the court


@pytest.mark.parametrize(
    ("heard", "expected"),
    [
        # heard by the court: she speaks at the hearing the lead dates
        ("Entendue par la cour, la conservatrice", TUESDAY),
        # heard by the investigators: another occasion, months before the trial
        ("Entendue par les enquêteurs, la conservatrice", None),
    ],
)
def test_a_witness_heard_by_the_court_speaks_at_the_hearing(
    heard: str, expected: date | None
) -> None:
    _, [_, statement] = build(
        [
            "La cour d'assises de Sornac a jugé mardi un ancien gardien du musée Darnal.",
            "Selon l'acte d'accusation, six toiles ont disparu des réserves.",
            f"{heard} a affirmé que trois toiles manquaient depuis l'été.",
        ],
        [
            Said("six toiles ont disparu des réserves", "Selon", "l'acte d'accusation"),
            Said("trois toiles manquaient depuis l'été", "a affirmé", "la conservatrice"),
        ],
        WEDNESDAY,
        intro=["Vol au musée Darnal : l'ancien gardien devant les assises"],
    )
    assert statement.statement_date == expected


# --------------------------------------------------------------------------- an earlier time

LEAD_KOLE = "Mayor Ann Kole told reporters on Monday the harbour would close."


@pytest.mark.parametrize(
    ("sentence", "cue", "content", "expected"),
    [
        ("Kole previously said the fleet would move.", "said", "the fleet would move", None),
        (
            "Kole has long argued the harbour loses money.",
            "has long argued",
            "the harbour loses money",
            None,
        ),
        ("She said in 2019 that the fleet would move.", "said", "the fleet would move", None),
        ("In 2019, Kole said the fleet would move.", "said", "the fleet would move", None),
        # no earlier time of its own: her dated occasion goes on
        ("Kole said the fleet would move.", "said", "the fleet would move", MONDAY),
        # a year naming another event, before the verb: still her occasion
        (
            "Kole, elected in 2019, said the fleet would move.",
            "said",
            "the fleet would move",
            MONDAY,
        ),
    ],
)
def test_a_saying_at_an_earlier_time_inherits_no_day(
    sentence: str, cue: str, content: str, expected: date | None
) -> None:
    mention = "She" if sentence.startswith("She") else "Kole"
    _, [_, statement] = build(
        [LEAD_KOLE, "The harbour has lost money for a decade.", sentence],
        [
            Said("the harbour would close", "told", "Mayor Ann Kole", "Ann Kole"),
            Said(content, cue, mention, "Ann Kole"),
        ],
        WEDNESDAY,
        "en",
        intro=["Kessel harbour to close"],
    )
    assert statement.statement_date == expected


@pytest.mark.parametrize(
    ("verb", "expected"),
    [("a déjà indiqué", None), ("a longtemps défendu", None), ("a indiqué", MONDAY)],
)
def test_a_french_saying_at_an_earlier_time_inherits_no_day(
    verb: str, expected: date | None
) -> None:
    lead = (
        "La maire, Ann Kole, a déclaré lundi lors d'une conférence de presse que le port fermerait."
    )
    body = f"Mme Kole {verb} que la flotte serait déplacée à Darnel."
    _, [_, statement] = build(
        [lead, "Le port perd de l'argent depuis dix ans.", body],
        [
            Said("le port fermerait", "a déclaré", "La maire, Ann Kole", "Ann Kole"),
            Said("la flotte serait déplacée à Darnel", verb, "Mme Kole", "Ann Kole"),
        ],
        WEDNESDAY,
        intro=["Le port de Kessel va fermer"],
    )
    assert statement.statement_date == expected


# --------------------------------------------------------------------------- a comparison


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # the day of the occasion compared with, not of this saying
        ("Comme il l'avait fait lundi, le maire", None),
        ("À l'instar de ce qu'il avait dit lundi, le maire", None),
        # the same words as the saying's own time
        ("Lundi, le maire", MONDAY),
    ],
)
def test_a_comparison_gives_its_day_to_no_saying(opening: str, expected: date | None) -> None:
    body = f"{opening} a dénoncé le coût du port de plaisance."
    _, [statement] = build(
        [body], [Said("le coût du port de plaisance", "a dénoncé", "le maire")], WEDNESDAY
    )
    assert statement.statement_date == expected


@pytest.mark.parametrize(
    ("opening", "expected"),
    [("As he did on Monday, the mayor", None), ("On Monday, the mayor", MONDAY)],
)
def test_an_english_comparison_gives_its_day_to_no_saying(
    opening: str, expected: date | None
) -> None:
    body = f"{opening} said the harbour cost too much."
    _, [statement] = build(
        [body], [Said("the harbour cost too much", "said", "the mayor")], WEDNESDAY, "en"
    )
    assert statement.statement_date == expected


# --------------------------------------------------------------------------- one speaker's occasion


@pytest.mark.parametrize(
    ("lead", "other", "expected"),
    [
        # a rally or a news conference is one speaker's occasion: her rival was not heard there
        (
            "Governor Ann Kole told a rally in Darnel on Tuesday the ferry would run.",
            "Her rival, Senator Leo Marsh",
            None,
        ),
        (
            "Governor Ann Kole said at a news conference on Tuesday the ferry would run.",
            "Her rival, Senator Leo Marsh",
            None,
        ),
        # a meeting is a gathering where many speak: a councillor is heard there
        (
            "At a council meeting on Tuesday, Governor Ann Kole said the ferry would run.",
            "Councillor Leo Marsh",
            TUESDAY,
        ),
    ],
)
def test_one_speakers_occasion_dates_no_one_else(
    lead: str, other: str, expected: date | None
) -> None:
    _, [_, own, others] = build(
        [
            lead,
            '"We will not abandon the islands," Kole said.',
            f"{other} said the ferry was losing millions.",
        ],
        [
            Said(
                "the ferry would run",
                "said" if "said" in lead else "told",
                "Governor Ann Kole",
                "Ann Kole",
            ),
            Said("We will not abandon the islands", "said", "Kole", "Ann Kole", kind="direct"),
            Said("the ferry was losing millions", "said", other, "Leo Marsh"),
        ],
        WEDNESDAY,
        "en",
        intro=["Ferry fight heats up"],
    )
    assert own.statement_date == TUESDAY
    assert others.statement_date == expected


# --------------------------------------------------------------------------- another speaker's day


@pytest.mark.parametrize(
    ("first", "said_first", "expected"),
    [
        # another speaker's saying tells nothing of when the direction spoke
        (
            "Le syndicat a dénoncé lundi la fermeture de l'usine.",
            Said("la fermeture de l'usine", "a dénoncé", "Le syndicat"),
            None,
        ),
        # the scene of the day, told as narration: the direction spoke there
        ("Lundi, les salariés ont manifesté devant l'usine.", None, MONDAY),
    ],
)
def test_another_speakers_saying_lends_no_day_in_the_paragraph(
    first: str, said_first: Said | None, expected: date | None
) -> None:
    body = f"{first} La direction a assuré que les emplois seraient maintenus."
    said = [Said("les emplois seraient maintenus", "a assuré", "La direction")]
    _, statements = build([body], ([said_first] if said_first else []) + said, WEDNESDAY)
    assert statements[-1].statement_date == expected


def test_the_same_speakers_saying_lends_its_day_in_the_paragraph() -> None:
    body = (
        "Le syndicat a dénoncé lundi la fermeture de l'usine. "
        "Le syndicat a réclamé une médiation de l'État."
    )
    _, [_, second] = build(
        [body],
        [
            Said("la fermeture de l'usine", "a dénoncé", "Le syndicat"),
            Said("une médiation de l'État", "a réclamé", "Le syndicat"),
        ],
        WEDNESDAY,
    )
    assert second.statement_date == MONDAY
