"""Statement dates: cues, inheritance and publication dates, on short French and English texts.

Every text here is written for these tests. Statements are built by hand (spans found with
``str.find``), so the tests check the date rules alone, not the extractor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from dixit.lang import UnknownLanguage
from dixit.model import Article, Speaker, Statement
from dixit.resolve.dates import (
    BadDate,
    assign_dates,
    find_time_expressions,
    load_time_lexicon,
    parse_published,
)

HEADLINE = "Budget de la ville : les élus divisés"
LEAD = "Le conseil municipal a examiné le budget dans une ambiance tendue."
HEADLINE_EN = "City budget: councillors split"
LEAD_EN = "The city council examined the budget in a tense atmosphere."


@dataclass
class Said:
    """A statement to build: its content, cue and speaker as written in the test's text."""

    content: str
    cue: str | None = None
    mention: str | None = None
    speaker: str | None = None
    kind: str = "indirect"
    cue_lemma: str | None = None
    method: str = ""
    speaker_type: str = "unknown"


def _near(text: str, needle: str, anchor: tuple[int, int]) -> tuple[int, int] | None:
    """The occurrence of ``needle`` nearest to ``anchor`` and outside it."""
    best: tuple[int, tuple[int, int]] | None = None
    start = text.find(needle)
    while start >= 0:
        span = (start, start + len(needle))
        if not (anchor[0] <= start < anchor[1]):
            gap = min(abs(span[0] - anchor[1]), abs(anchor[0] - span[1]))
            if best is None or gap < best[0]:
                best = (gap, span)
        start = text.find(needle, start + 1)
    return best[1] if best else None


def build(
    paragraphs: list[str],
    said: list[Said],
    published: date | None,
    language: str = "fr",
    headline: bool = True,
    intro: list[str] | None = None,
) -> tuple[Article, list[Statement]]:
    """An article whose first two paragraphs are a headline and a lead without statements
    (or the paragraphs ``intro`` gives)."""
    if headline:
        if intro is None:
            intro = [HEADLINE, LEAD] if language == "fr" else [HEADLINE_EN, LEAD_EN]
        paragraphs = intro + paragraphs
    text = "\n".join(paragraphs)
    article = Article(text=text, published=published, language=language)
    statements = []
    for item in said:
        start = text.find(item.content)
        assert start >= 0, item.content
        span = (start, start + len(item.content))
        statements.append(
            Statement(
                article=article.id,
                kind=item.kind,  # type: ignore[arg-type]
                content=item.content,
                content_span=span,
                cue=item.cue,
                cue_span=_near(text, item.cue, span) if item.cue else None,
                cue_lemma=item.cue_lemma,
                speaker_mention=item.mention,
                speaker_mention_span=_near(text, item.mention, span) if item.mention else None,
                speaker=(
                    Speaker(item.speaker, item.speaker, item.speaker_type)  # type: ignore[arg-type]
                    if item.speaker
                    else None
                ),
                method=item.method,
            )
        )
    statements.sort(key=lambda s: s.content_span[0])
    assign_dates(article, statements)
    return article, statements


# --------------------------------------------------------------------------- one sentence, one cue

SINGLE = [
    # (sentence, content, cue, published, expected date, precision, method)
    pytest.param(
        "Lundi, la ministre a déclaré que le texte serait voté.",
        "le texte serait voté",
        "a déclaré",
        date(2025, 8, 17),  # a Sunday: the Monday six days before
        date(2025, 8, 11),
        "day",
        "relative",
        id="weekday-sunday-publication",
    ),
    pytest.param(
        "Lundi, la ministre a déclaré que le texte serait voté.",
        "le texte serait voté",
        "a déclaré",
        date(2025, 8, 18),  # a Monday: "lundi" is the same day
        date(2025, 8, 18),
        "day",
        "relative",
        id="weekday-same-day",
    ),
    pytest.param(
        "Vendredi, le préfet a indiqué que la route resterait fermée.",
        "la route resterait fermée",
        "a indiqué",
        date(2025, 9, 2),
        date(2025, 8, 29),
        "day",
        "relative",
        id="weekday-month-boundary",
    ),
    pytest.param(
        "Mercredi, le maire a assuré que les travaux reprendraient.",
        "les travaux reprendraient",
        "a assuré",
        date(2026, 1, 2),
        date(2025, 12, 31),
        "day",
        "relative",
        id="weekday-year-boundary",
    ),
    pytest.param(
        "Mardi soir, l'entraîneur a reconnu que son équipe avait manqué d'envie.",
        "son équipe avait manqué d'envie",
        "a reconnu",
        date(2025, 8, 20),
        date(2025, 8, 19),
        "day",
        "relative",
        id="weekday-evening",
    ),
    pytest.param(
        "Lundi dernier, le syndicat a affirmé que la grève continuerait.",
        "la grève continuerait",
        "a affirmé",
        date(2025, 8, 18),  # a Monday: "lundi dernier" is the week before
        date(2025, 8, 11),
        "day",
        "relative",
        id="weekday-dernier",
    ),
    pytest.param(
        "Lundi prochain, le syndicat a affirmé que la grève continuerait.",
        "la grève continuerait",
        "a affirmé",
        date(2025, 8, 19),
        None,
        None,
        None,
        id="weekday-prochain-is-future",
    ),
    pytest.param(
        "La directrice a expliqué hier que l'école ouvrirait plus tard.",
        "l'école ouvrirait plus tard",
        "a expliqué",
        date(2025, 3, 1),
        date(2025, 2, 28),
        "day",
        "relative",
        id="hier-month-boundary",
    ),
    pytest.param(
        "Avant-hier, le procureur a annoncé que l'enquête était close.",
        "l'enquête était close",
        "a annoncé",
        date(2025, 8, 19),
        date(2025, 8, 17),
        "day",
        "relative",
        id="avant-hier",
    ),
    pytest.param(
        "Ce matin, la porte-parole a confirmé que le sommet aurait lieu.",
        "le sommet aurait lieu",
        "a confirmé",
        date(2025, 8, 19),
        date(2025, 8, 19),
        "day",
        "relative",
        id="ce-matin",
    ),
    pytest.param(
        "Le chef de l'opposition a jugé aujourd'hui que le budget était insincère.",
        "le budget était insincère",
        "a jugé",
        date(2025, 8, 19),
        date(2025, 8, 19),
        "day",
        "relative",
        id="aujourd-hui",
    ),
    pytest.param(
        "Demain, le ministre a promis que les aides seraient versées.",
        "les aides seraient versées",
        "a promis",
        date(2025, 8, 19),
        None,
        None,
        None,
        id="demain-is-future",
    ),
    pytest.param(
        "Le 18 août, le président du club a affirmé que le stade serait agrandi.",
        "le stade serait agrandi",
        "a affirmé",
        date(2026, 1, 10),  # a January publication: last year's August
        date(2025, 8, 18),
        "day",
        "explicit",
        id="day-month-previous-year",
    ),
    pytest.param(
        "Le 25 décembre, l'évêque a appelé à la paix.",
        "à la paix",
        "a appelé",
        date(2026, 1, 4),  # a week after Christmas: across the year boundary
        date(2025, 12, 25),
        "day",
        "explicit",
        id="day-month-across-new-year",
    ),
    pytest.param(
        "Le 10 juillet, la directrice a promis que le festival serait gratuit.",
        "le festival serait gratuit",
        "a promis",
        date(2025, 7, 6),  # four days ahead is nearer than a year back: a future date
        None,
        None,
        None,
        id="day-month-just-ahead-is-future",
    ),
    pytest.param(
        "Le 3 mars dernier, la rectrice a annoncé que trois lycées fermeraient.",
        "trois lycées fermeraient",
        "a annoncé",
        date(2025, 6, 1),
        date(2025, 3, 3),
        "day",
        "explicit",
        id="day-month-dernier",
    ),
    pytest.param(
        "Le 1er juillet, le directeur a affirmé que les comptes étaient sains.",
        "les comptes étaient sains",
        "a affirmé",
        date(2025, 7, 20),
        date(2025, 7, 1),
        "day",
        "explicit",
        id="premier-du-mois",
    ),
    pytest.param(
        "Dans un courrier daté du 18/08/2025, l'avocat a soutenu que la procédure était nulle.",
        "la procédure était nulle",
        "a soutenu",
        date(2025, 8, 20),
        date(2025, 8, 18),
        "day",
        "explicit",
        id="numeric-date",
    ),
    pytest.param(
        "Le mardi 4 mars 2025, la sénatrice a affirmé que la loi serait censurée.",
        "la loi serait censurée",
        "a affirmé",
        None,  # no publication date: a full written date still pins the day
        date(2025, 3, 4),
        "day",
        "explicit",
        id="full-date-without-publication",
    ),
    pytest.param(
        "Le 30 août 2025, le maire a affirmé que la fête aurait lieu.",
        "la fête aurait lieu",
        "a affirmé",
        date(2025, 8, 19),
        None,  # after publication: rejected
        None,
        None,
        id="date-after-publication",
    ),
    pytest.param(
        "La semaine dernière, la présidente de région a promis que les trains seraient à l'heure.",
        "les trains seraient à l'heure",
        "a promis",
        date(2025, 8, 20),
        # a week is no day of saying (statement_day_only): undated, not the week's Monday
        None,
        None,
        None,
        id="semaine-derniere",
    ),
    pytest.param(
        "Le mois dernier, le PDG a annoncé que l'usine serait vendue.",
        "l'usine serait vendue",
        "a annoncé",
        date(2025, 1, 15),
        # a month is no day of saying either (its value, December 2024, is the expression's)
        None,
        None,
        None,
        id="mois-dernier-year-boundary",
    ),
    pytest.param(
        "Il y a trois jours, la ministre a assuré que le plan était financé.",
        "le plan était financé",
        "a assuré",
        date(2025, 8, 19),
        date(2025, 8, 16),
        "day",
        "relative",
        id="il-y-a-trois-jours",
    ),
    pytest.param(
        "Interrogée par une radio locale jeudi, la maire a estimé que la piscine était trop chère.",
        "la piscine était trop chère",
        "a estimé",
        date(2025, 8, 23),
        date(2025, 8, 21),
        "day",
        "relative",
        id="cue-inside-participial-phrase",
    ),
    pytest.param(
        "Lors de son déplacement à Nantes jeudi, la ministre a affirmé que le port serait agrandi.",
        "le port serait agrandi",
        "a affirmé",
        date(2025, 8, 23),
        date(2025, 8, 21),
        "day",
        "relative",
        id="cue-in-during-phrase-dates-statement",
    ),
    pytest.param(
        "Après sa visite à Lyon la semaine dernière, le ministre a affirmé que l'usine resterait.",
        "l'usine resterait",
        "a affirmé",
        date(2025, 8, 23),
        None,  # the cue dates the visit, not the saying
        None,
        None,
        id="cue-in-after-phrase-dates-other-event",
    ),
    pytest.param(
        "Avant la réunion de lundi, le délégué a prévenu que les salariés refuseraient.",
        "les salariés refuseraient",
        "a prévenu",
        date(2025, 8, 23),
        None,
        None,
        None,
        id="cue-in-before-phrase",
    ),
    pytest.param(
        "La ministre, qui était à Lille lundi, a affirmé que la ligne serait rouverte.",
        "la ligne serait rouverte",
        "a affirmé",
        date(2025, 8, 23),
        None,  # the relative clause tells where she was, not when she spoke
        None,
        None,
        id="cue-in-relative-clause",
    ),
    pytest.param(
        "Le syndicat, qui représente les caristes, a affirmé mardi que la grève durerait.",
        "la grève durerait",
        "a affirmé",
        date(2025, 8, 23),
        date(2025, 8, 19),
        "day",
        "relative",
        id="cue-after-relative-clause",
    ),
    pytest.param(
        "Le maire a affirmé mardi que le chantier finirait, "
        "avant de préciser jeudi qu'il coûterait plus.",
        "il coûterait plus",
        "de préciser",
        date(2025, 8, 23),
        date(2025, 8, 21),
        "day",
        "relative",
        id="own-verb-inside-avant-phrase",
    ),
    pytest.param(
        "Le collectif répète depuis lundi que la décision est illégale.",
        "la décision est illégale",
        "répète",
        date(2025, 8, 23),
        None,
        None,
        None,
        id="depuis-is-not-a-day",
    ),
    pytest.param(
        "Le ministre a affirmé que la réforme entrerait en vigueur en janvier 2029.",
        "la réforme entrerait en vigueur en janvier 2029",
        "a affirmé",
        date(2025, 8, 19),
        None,  # the only time is inside the content: a mentioned time
        None,
        None,
        id="content-time-is-not-the-date",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "content", "cue", "published", "expected", "precision", "method"), SINGLE
)
def test_single_cue(
    sentence: str,
    content: str,
    cue: str,
    published: date | None,
    expected: date | None,
    precision: str | None,
    method: str | None,
) -> None:
    _, [statement] = build([sentence], [Said(content, cue)], published)
    assert statement.statement_date == expected
    assert statement.date_precision == precision
    assert statement.date_method == method
    if method in ("relative", "explicit"):
        assert statement.date_cue is not None
        assert statement.date_cue_span is not None
    else:
        assert statement.date_cue is None


SINGLE_EN = [
    pytest.param(
        "On Monday, the minister said the bill would pass.",
        "the bill would pass",
        "said",
        date(2025, 8, 20),
        date(2025, 8, 18),
        "day",
        id="en-weekday",
    ),
    pytest.param(
        "The mayor said yesterday that the pool would close.",
        "the pool would close",
        "said",
        date(2025, 8, 1),
        date(2025, 7, 31),
        "day",
        id="en-yesterday",
    ),
    # English copy dates statements to the day only (``statement_day_only``): a week is none
    pytest.param(
        "Last week, the union warned that the strike would go on.",
        "the strike would go on",
        "warned",
        date(2025, 8, 20),
        None,
        None,
        id="en-last-week",
    ),
    pytest.param(
        "Next Monday, the union warned that the strike would go on.",
        "the strike would go on",
        "warned",
        date(2025, 8, 20),
        None,
        None,
        id="en-next-is-future",
    ),
    pytest.param(
        "On August 18, the coach said the team was ready.",
        "the team was ready",
        "said",
        date(2026, 1, 3),
        date(2025, 8, 18),
        "day",
        id="en-month-day",
    ),
    pytest.param(
        "After his trip to Ohio last week, the senator said the plant would stay open.",
        "the plant would stay open",
        "said",
        date(2025, 8, 20),
        None,
        None,
        id="en-after-phrase",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "content", "cue", "published", "expected", "precision"), SINGLE_EN
)
def test_single_cue_english(
    sentence: str,
    content: str,
    cue: str,
    published: date,
    expected: date | None,
    precision: str | None,
) -> None:
    _, [statement] = build([sentence], [Said(content, cue)], published, language="en")
    assert statement.statement_date == expected
    assert statement.date_precision == precision


# --------------------------------------------------------------------- context and inheritance

TUESDAY = date(2025, 8, 19)

CONTEXT = [
    # (paragraphs, statements, published, expected dates in text order)
    pytest.param(
        [
            "Mardi, le maire a déclaré que la piscine fermerait.",
            "La veille, son adjoint a affirmé que les travaux étaient urgents.",
        ],
        [
            Said("la piscine fermerait", "a déclaré", "le maire", "maire"),
            Said("les travaux étaient urgents", "a affirmé", "son adjoint", "adjoint"),
        ],
        TUESDAY,
        [date(2025, 8, 19), date(2025, 8, 18)],
        id="la-veille-after-dated-statement",
    ),
    pytest.param(
        [
            "Lundi, la directrice a annoncé que le site fermerait.",
            "Le lendemain, le délégué syndical a dénoncé une décision brutale.",
        ],
        [
            Said("le site fermerait", "a annoncé", "la directrice", "directrice"),
            Said("une décision brutale", "a dénoncé", "le délégué syndical", "delegue"),
        ],
        date(2025, 8, 21),
        [date(2025, 8, 18), date(2025, 8, 19)],
        id="le-lendemain",
    ),
    pytest.param(
        [
            "Jeudi, la députée a dénoncé un texte injuste. "
            "Elle a aussi estimé que le gouvernement reculerait."
        ],
        [
            Said("un texte injuste", "a dénoncé", "la députée", "deputee"),
            Said("le gouvernement reculerait", "a aussi estimé", "Elle", "deputee"),
        ],
        date(2025, 8, 23),
        [date(2025, 8, 21), date(2025, 8, 21)],
        id="same-paragraph-inherits",
    ),
    pytest.param(
        [
            "Jeudi, la députée Claire Morin a estimé que le texte était injuste.",
            "Le sénateur Paul Lenoir a répondu que la loi serait votée.",
        ],
        [
            Said("le texte était injuste", "a estimé", "la députée Claire Morin", "morin"),
            Said("la loi serait votée", "a répondu", "Le sénateur Paul Lenoir", "lenoir"),
        ],
        date(2025, 8, 23),
        [date(2025, 8, 21), None],
        id="other-speaker-next-paragraph-undated",
    ),
    pytest.param(
        [
            "Jeudi, la députée Claire Morin a estimé que le texte était injuste.",
            "Claire Morin a ensuite déploré que le débat soit si court.",
        ],
        [
            Said("le texte était injuste", "a estimé", "la députée Claire Morin", "morin"),
            Said("le débat soit si court", "a ensuite déploré", "Claire Morin", "morin"),
        ],
        date(2025, 8, 23),
        [date(2025, 8, 21), date(2025, 8, 21)],
        id="same-speaker-next-paragraph-continues",
    ),
    pytest.param(
        [
            "Jeudi, la députée Claire Morin a estimé que le texte était injuste.",
            "Les débats ont repris dans la soirée.",
            "Claire Morin a ensuite déploré que le débat soit si court.",
        ],
        [
            Said("le texte était injuste", "a estimé", "la députée Claire Morin", "morin"),
            Said("le débat soit si court", "a ensuite déploré", "Claire Morin", "morin"),
        ],
        date(2025, 8, 23),
        [date(2025, 8, 21), None],
        id="same-speaker-two-paragraphs-later-undated",
    ),
    pytest.param(
        [
            "Jeudi, la députée Claire Morin a estimé que le texte était injuste.",
            "Les débats ont repris dans la soirée.",
            '"Nous ne lâcherons rien", a-t-elle ajouté.',
        ],
        [
            Said("le texte était injuste", "a estimé", "la députée Claire Morin", "morin"),
            Said("Nous ne lâcherons rien", "a-t-elle ajouté", "elle", None, "direct"),
        ],
        date(2025, 8, 23),
        [date(2025, 8, 21), date(2025, 8, 21)],
        id="a-t-elle-ajoute-continues",
    ),
    pytest.param(
        [
            "Interrogée par une radio mercredi, la présidente a affirmé que le club serait vendu.",
            "Plus tard dans la journée, l'entraîneur a assuré que l'équipe resterait unie.",
        ],
        [
            Said("le club serait vendu", "a affirmé", "la présidente", "presidente"),
            Said("l'équipe resterait unie", "a assuré", "l'entraîneur", "entraineur"),
        ],
        date(2025, 8, 22),
        [date(2025, 8, 20), date(2025, 8, 20)],
        id="plus-tard-dans-la-journee",
    ),
    pytest.param(
        [
            "Interrogée par une radio mercredi, la présidente a affirmé que le club serait vendu.",
            "Vendredi, le directeur sportif a déclaré que le recrutement était terminé.",
            "La présidente a déclaré dans le même entretien que le stade serait rénové.",
        ],
        [
            Said("le club serait vendu", "a affirmé", "la présidente", "presidente"),
            Said("le recrutement était terminé", "a déclaré", "le directeur sportif", "dir"),
            Said("le stade serait rénové", "a déclaré", "La présidente", "presidente"),
        ],
        date(2025, 8, 23),
        [date(2025, 8, 20), date(2025, 8, 22), date(2025, 8, 20)],
        id="dans-le-meme-entretien",
    ),
    pytest.param(
        [
            "Sur une chaîne d'info mercredi, la présidente a affirmé que le club serait vendu.",
            "Vendredi, le directeur sportif a déclaré que le recrutement était terminé.",
            "La présidente a déclaré dans la même interview que le stade serait rénové.",
        ],
        [
            Said("le club serait vendu", "a affirmé", "la présidente", "presidente"),
            Said("le recrutement était terminé", "a déclaré", "le directeur sportif", "dir"),
            Said("le stade serait rénové", "a déclaré", "La présidente", "presidente"),
        ],
        date(2025, 8, 23),
        [date(2025, 8, 20), date(2025, 8, 22), date(2025, 8, 20)],
        id="meme-interview-unnamed-falls-back-on-speaker",
    ),
    pytest.param(
        [
            "Les ministres se sont réunis à Bruxelles lundi.",
            "Répondant à la presse après cette réunion, la ministre a jugé l'accord fragile.",
        ],
        [Said("l'accord fragile", "a jugé", "la ministre", "ministre")],
        date(2025, 8, 20),
        [date(2025, 8, 18)],
        id="apres-cette-reunion-refers-back",
    ),
    pytest.param(
        [
            "Jeudi, le maire a déclaré que le marché serait déplacé. "
            "Son prédécesseur avait affirmé que ce serait impossible."
        ],
        [
            Said("le marché serait déplacé", "a déclaré", "le maire", "maire"),
            Said("ce serait impossible", "avait affirmé", "Son prédécesseur", "ancien"),
        ],
        date(2025, 8, 23),
        [date(2025, 8, 21), None],
        id="pluperfect-does-not-inherit",
    ),
    pytest.param(
        [
            "Jeudi, le maire a déclaré que le marché serait déplacé.",
            "Selon lui, les commerçants ont été consultés.",
        ],
        [
            Said("le marché serait déplacé", "a déclaré", "le maire", "maire"),
            Said("les commerçants ont été consultés", "Selon", "lui", "maire"),
        ],
        date(2025, 8, 23),
        [date(2025, 8, 21), date(2025, 8, 21)],
        id="selon-lui-continues",
    ),
    pytest.param(
        [
            "Jeudi, le maire a déclaré que le marché serait déplacé. "
            "Selon la préfecture, les commerçants ont été consultés."
        ],
        [
            Said("le marché serait déplacé", "a déclaré", "le maire", "maire"),
            Said("les commerçants ont été consultés", "Selon", "la préfecture", "prefecture"),
        ],
        date(2025, 8, 23),
        [date(2025, 8, 21), None],
        id="selon-a-source-inherits-nothing",
    ),
    pytest.param(
        [
            "Jeudi, le sénateur a dénoncé un budget insincère.",
            "« Ce texte est une provocation », a-t-il ironisé dans un communiqué.",
        ],
        [
            Said("un budget insincère", "a dénoncé", "le sénateur", "senateur"),
            Said("Ce texte est une provocation", "a-t-il ironisé", "il", "senateur", "direct"),
        ],
        date(2025, 8, 23),
        [date(2025, 8, 21), None],
        id="new-channel-is-a-new-occasion",
    ),
    pytest.param(
        [
            "Interpellée par un agriculteur qui lui reprochait de ne rien faire, "
            "la ministre a répondu que des aides arriveraient."
        ],
        [
            Said("de ne rien faire", "reprochait", "un agriculteur", "agriculteur"),
            Said("des aides arriveraient", "a répondu", "la ministre", "ministre"),
        ],
        date(2025, 8, 23),
        [None, None],
        id="sentence-mates-undated-together",
    ),
    pytest.param(
        [
            "Jeudi, la ministre a promis des aides aux éleveurs.",
            "Interpellée par un agriculteur qui lui reprochait de ne rien faire, "
            "elle a répondu que des aides arriveraient.",
        ],
        [
            Said("des aides aux éleveurs", "a promis", "la ministre", "ministre"),
            Said("de ne rien faire", "reprochait", "un agriculteur", "agriculteur"),
            Said("des aides arriveraient", "a répondu", "elle", "ministre"),
        ],
        date(2025, 8, 23),
        [date(2025, 8, 21), date(2025, 8, 21), date(2025, 8, 21)],
        id="sentence-mates-share-a-time",
    ),
    pytest.param(
        [
            "Le 3 août, les syndicats avaient réclamé une hausse des salaires.",
            "Leur porte-parole avait alors dénoncé un dialogue de sourds.",
        ],
        [
            Said("une hausse des salaires", "avaient réclamé", "les syndicats", "syndicats"),
            Said("un dialogue de sourds", "avait alors dénoncé", "Leur porte-parole", "pp"),
        ],
        date(2025, 8, 23),
        [date(2025, 8, 3), date(2025, 8, 3)],
        id="alors-refers-back",
    ),
    pytest.param(
        [
            "Jeudi, le maire a déclaré que le marché serait déplacé. "
            "Il a ajouté, alors que la salle protestait, que rien n'était décidé."
        ],
        [
            Said("le marché serait déplacé", "a déclaré", "le maire", "maire"),
            Said("rien n'était décidé", "a ajouté", "Il", "maire"),
        ],
        date(2025, 8, 23),
        [date(2025, 8, 21), date(2025, 8, 21)],
        id="alors-que-is-not-a-time",
    ),
]


@pytest.mark.parametrize(("paragraphs", "said", "published", "expected"), CONTEXT)
def test_context(
    paragraphs: list[str], said: list[Said], published: date, expected: list[date | None]
) -> None:
    _, statements = build(paragraphs, said, published)
    assert [s.statement_date for s in statements] == expected


def test_inherited_statements_name_no_cue() -> None:
    _, [first, second] = build(
        ["Jeudi, la députée a dénoncé un texte injuste. Elle a estimé que le vote serait serré."],
        [
            Said("un texte injuste", "a dénoncé", "la députée", "deputee"),
            Said("le vote serait serré", "a estimé", "Elle", "deputee"),
        ],
        date(2025, 8, 23),
    )
    assert (first.date_method, first.date_cue) == ("relative", "Jeudi")
    assert first.date_cue_span is not None
    assert (second.date_method, second.date_cue, second.date_cue_span) == ("inherited", None, None)


# --------------------------------------------------------------------------- headline and lead


def test_headline_and_lead_take_the_publication_date() -> None:
    paragraphs = [
        "Grève des éboueurs : la maire promet une sortie de crise",
        "La maire a promis que les rues seraient nettoyées avant la fin de la semaine.",
        "Le préfet a rappelé que la loi serait appliquée.",
    ]
    _, statements = build(
        paragraphs,
        [
            Said("la maire promet une sortie de crise", ":", "la maire", "maire"),
            Said("les rues seraient nettoyées avant la fin de la semaine", "a promis"),
            Said("la loi serait appliquée", "a rappelé", "Le préfet", "prefet"),
        ],
        TUESDAY,
        headline=False,
    )
    assert [s.statement_date for s in statements] == [TUESDAY, TUESDAY, None]
    assert [s.date_method for s in statements] == ["inherited", "inherited", None]
    assert statements[0].date_cue is None


def test_headline_takes_the_date_of_the_statement_it_quotes() -> None:
    paragraphs = [
        "Festival : « Nous ne céderons rien », prévient la directrice",
        "Le conseil municipal a voté samedi une baisse de la subvention du festival.",
        "« Nous ne céderons rien, pas un euro », a prévenu dimanche la directrice, Inès Morel.",
    ]
    _, statements = build(
        paragraphs,
        [
            Said("Nous ne céderons rien", "prévient", "la directrice", "morel", "direct"),
            Said("Nous ne céderons rien, pas un euro", "a prévenu", "la directrice", "morel"),
        ],
        date(2025, 8, 25),
        headline=False,
    )
    assert [s.statement_date for s in statements] == [date(2025, 8, 24), date(2025, 8, 24)]


def test_headline_takes_the_day_of_the_lead() -> None:
    paragraphs = [
        "Sécheresse : le préfet n'exclut pas de couper l'eau",
        "Le préfet de la Drôme n'a pas exclu mercredi des coupures d'eau potable cet été.",
    ]
    _, statements = build(
        paragraphs,
        [
            Said("de couper l'eau", "n'exclut pas", "le préfet", "prefet"),
            Said("des coupures d'eau potable cet été", "n'a pas exclu", "Le préfet", "prefet"),
        ],
        date(2025, 7, 24),
        headline=False,
    )
    assert [s.statement_date for s in statements] == [date(2025, 7, 23), date(2025, 7, 23)]


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        pytest.param([], date(2025, 8, 21), id="next-paragraph"),
        pytest.param(
            ["Les travaux de l'hôpital voisin ont pris du retard."], None, id="a-paragraph-later"
        ),
    ],
)
def test_lead_scene_carries_into_the_next_paragraph(
    between: list[str], expected: date | None
) -> None:
    """The lead tells the day's event; the reaction right after it belongs to that day."""
    paragraphs = [
        "Maternité de Lozac : la fermeture votée",
        "Le conseil d'administration a voté jeudi la fermeture de la maternité.",
        *between,
        "« C'est une faute », a réagi le député de la circonscription, Paul Lenoir.",
    ]
    _, [statement] = build(
        paragraphs,
        [Said("C'est une faute", "a réagi", "le député de la circonscription", "lenoir", "direct")],
        date(2025, 8, 23),
        headline=False,
    )
    assert statement.statement_date == expected


def test_lead_statement_by_an_unnamed_source_is_undated() -> None:
    paragraphs = ["Selon des sources proches du dossier, la piste criminelle est écartée."]
    _, [statement] = build(
        paragraphs, [Said("la piste criminelle est écartée", "Selon")], TUESDAY, headline=False
    )
    assert statement.statement_date is None


def test_lead_statement_after_another_dated_event_is_undated() -> None:
    paragraphs = [
        "Après sa rencontre avec les syndicats vendredi, le ministre a assuré que la réforme "
        "serait amendée."
    ]
    _, [statement] = build(
        paragraphs, [Said("la réforme serait amendée", "a assuré")], TUESDAY, headline=False
    )
    assert statement.statement_date is None


def test_lead_veille_phrase_is_relative_to_the_statement() -> None:
    """ "la veille" in an "après" phrase places the other event before the statement's day."""
    paragraphs = [
        "Mardi, le ministre a reçu les syndicats.",
        "Le ministre a exclu toute hausse d'impôt, après avoir entretenu le doute la veille.",
    ]
    _, [statement] = build(
        paragraphs, [Said("toute hausse d'impôt", "a exclu")], TUESDAY, headline=False
    )
    assert statement.statement_date == TUESDAY


def test_text_without_line_breaks_keeps_inheritance_local() -> None:
    """Scraped text that lost its paragraphs must not let one date spread through it all."""
    sentences = [
        "Le maire a annoncé jeudi que la piscine fermerait.",
        "Les travaux doivent durer deux ans.",
        "L'opposition municipale a dénoncé un gâchis.",
        "Le chantier a pris du retard à cause des pluies.",
        "Une association de riverains a déposé un recours.",
        "Les commerçants du quartier s'inquiètent.",
        "La préfecture n'a pas encore répondu.",
        "Le budget total dépasse dix millions d'euros.",
    ]
    _, statements = build(
        [" ".join(sentences)],
        [
            Said("la piscine fermerait", "a annoncé", "Le maire", "maire"),
            Said("un gâchis", "a dénoncé", "L'opposition municipale", "opposition"),
        ],
        date(2025, 8, 23),
    )
    assert [s.statement_date for s in statements] == [date(2025, 8, 21), None]


def test_sentence_ends_after_a_closing_quote() -> None:
    """A quotation ending with its own full stop closes the sentence: its cue stays out."""
    paragraph = (
        'Jeudi, la maire a estimé que le projet était "mort. Enterré." '
        "Après sa visite de lundi, le préfet a répondu que le dossier restait ouvert."
    )
    _, statements = build(
        [paragraph],
        [
            Said('le projet était "mort. Enterré."', "a estimé", "la maire", "maire"),
            Said("le dossier restait ouvert", "a répondu", "Le préfet", "prefet"),
        ],
        date(2025, 8, 23),
    )
    assert [s.statement_date for s in statements] == [date(2025, 8, 21), None]


# --------------------------------------------------------------------------- no publication date

NO_PUBLICATION = [
    pytest.param("Lundi, le maire a déclaré que la piscine fermerait.", id="weekday"),
    pytest.param("Hier, le maire a déclaré que la piscine fermerait.", id="hier"),
    pytest.param("La semaine dernière, le maire a déclaré que la piscine fermerait.", id="week"),
    pytest.param("Le 18 août, le maire a déclaré que la piscine fermerait.", id="no-year"),
    pytest.param("Le maire a déclaré que la piscine fermerait.", id="no-cue"),
]


@pytest.mark.parametrize("sentence", NO_PUBLICATION)
def test_without_publication_nothing_is_dated(sentence: str) -> None:
    _, [statement] = build([sentence], [Said("la piscine fermerait", "a déclaré")], None)
    assert statement.statement_date is None
    assert statement.date_precision is None
    assert statement.date_method is None


def test_without_publication_the_lead_stays_undated() -> None:
    _, statements = build(
        [],
        [Said("les élus divisés", ":")],
        None,
    )
    assert statements[0].statement_date is None


# --------------------------------------------------------------------------- mentioned times


def test_mentioned_times_are_kept_apart() -> None:
    sentence = (
        "Mardi, le ministre a affirmé que la réforme entrerait en vigueur en janvier 2029 "
        "et qu'un bilan serait fait dans les deux semaines à venir."
    )
    content = (
        "la réforme entrerait en vigueur en janvier 2029 "
        "et qu'un bilan serait fait dans les deux semaines à venir"
    )
    article, [statement] = build([sentence], [Said(content, "a affirmé")], TUESDAY)
    assert statement.statement_date == TUESDAY
    assert [(m["text"], m["value"]) for m in statement.mentioned_times] == [
        ("en janvier 2029", "2029-01"),
        ("dans les deux semaines à venir", None),
    ]
    for mention in statement.mentioned_times:
        start, end = mention["span"]
        assert article.text[start:end] == mention["text"]


def test_mentioned_day_without_year_is_the_nearest_one() -> None:
    sentence = "Mardi, la ministre a annoncé que le texte serait présenté le 15 février."
    _, [statement] = build(
        [sentence], [Said("le texte serait présenté le 15 février", "a annoncé")], date(2025, 1, 23)
    )
    assert statement.statement_date == date(2025, 1, 21)
    assert statement.mentioned_times[0]["value"] == "2025-02-15"


def test_quoted_hier_counts_from_the_day_of_speaking() -> None:
    sentence = '"Nous avons signé hier", a déclaré jeudi la présidente du syndicat.'
    _, [statement] = build(
        [sentence], [Said("Nous avons signé hier", "a déclaré", kind="direct")], date(2025, 8, 23)
    )
    assert statement.statement_date == date(2025, 8, 21)
    assert statement.mentioned_times[0]["text"] == "hier"
    assert statement.mentioned_times[0]["value"] == "2025-08-20"


def test_time_in_content_does_not_date_a_later_statement_in_the_sentence() -> None:
    sentence = (
        "Le maire a affirmé que la fête avait eu lieu lundi, et son adjoint a "
        "précisé que le bilan était bon."
    )
    _, statements = build(
        [sentence],
        [
            Said("la fête avait eu lieu lundi", "a affirmé", "Le maire", "maire"),
            Said("le bilan était bon", "a précisé", "son adjoint", "adjoint"),
        ],
        TUESDAY,
    )
    assert [s.statement_date for s in statements] == [None, None]
    assert statements[0].mentioned_times[0]["value"] == "2025-08-18"


def test_nested_statement_is_not_given_the_reporters_date() -> None:
    sentence = (
        "Mardi, la porte-parole a déclaré que le président russe avait promis qu'il viendrait."
    )
    _, statements = build(
        [sentence],
        [
            Said("le président russe avait promis qu'il viendrait", "a déclaré"),
            Said("qu'il viendrait", "avait promis", "le président russe", "poutine"),
        ],
        TUESDAY,
    )
    assert [s.statement_date for s in statements] == [TUESDAY, None]


def test_statement_whose_speaker_is_inside_another_content_is_nested() -> None:
    """An extractor may end the outer content early; the inner speaker still shows the nesting."""
    sentence = (
        "Mardi, le ministre a déclaré que le groupe repreneur avait promis de garder l'usine."
    )
    article, _ = build([sentence], [], TUESDAY)
    text = article.text
    outer_content = "le groupe repreneur"
    inner_content = "de garder l'usine"
    outer = Statement(
        article=article.id,
        kind="indirect",
        content=outer_content,
        content_span=(text.find(outer_content), text.find(outer_content) + len(outer_content)),
        cue="a déclaré",
        cue_span=(text.find("a déclaré"), text.find("a déclaré") + len("a déclaré")),
    )
    inner = Statement(
        article=article.id,
        kind="indirect",
        content=inner_content,
        content_span=(text.find(inner_content), text.find(inner_content) + len(inner_content)),
        cue="avait promis",
        cue_span=(text.find("avait promis"), text.find("avait promis") + len("avait promis")),
        speaker_mention=outer_content,
        speaker_mention_span=outer.content_span,
    )
    assign_dates(article, [outer, inner])
    assert (outer.statement_date, inner.statement_date) == (TUESDAY, None)


def test_time_word_opening_reported_content_dates_the_verb() -> None:
    sentence = "Le député a dénoncé dimanche un abandon des campagnes."
    _, [statement] = build(
        [sentence], [Said("dimanche un abandon des campagnes", "a dénoncé")], TUESDAY
    )
    assert statement.statement_date == date(2025, 8, 17)
    assert statement.date_cue == "dimanche"
    assert statement.mentioned_times == []


def test_flashback_is_referred_to_but_not_inherited() -> None:
    paragraphs = [
        "Le 3 août, les délégués avaient quitté la table des négociations. "
        "La veille, la direction a affirmé que l'usine fermerait.",
        "Le 3 août, les délégués avaient quitté la table des négociations. "
        "La directrice a affirmé que le plan serait maintenu.",
    ]
    _, statements = build(
        paragraphs,
        [
            Said("l'usine fermerait", "a affirmé", "la direction", "direction"),
            Said("le plan serait maintenu", "a affirmé", "La directrice", "directrice"),
        ],
        date(2025, 8, 23),
    )
    assert [s.statement_date for s in statements] == [date(2025, 8, 2), None]


def test_running_twice_gives_the_same_result() -> None:
    article, statements = build(
        ["Lundi, le maire a déclaré que la piscine fermerait."],
        [Said("la piscine fermerait", "a déclaré")],
        TUESDAY,
    )
    first = [s.to_dict() for s in statements]
    assign_dates(article, statements)
    assert [s.to_dict() for s in statements] == first


# --------------------------------------------------------------------------- expressions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("avant-hier", ["avant-hier"]),
        ("hier soir", ["hier soir"]),
        ("le mardi 19 août 2025", ["le mardi 19 août 2025"]),
        ("cet après-midi", ["cet après-midi"]),
        ("d'après le maire", []),
        ("les entretiens avec le ministre", []),
        ("il y a deux semaines", ["il y a deux semaines"]),
        ("sept personnes", []),
        ("alors que la salle protestait", []),
        ("dans la nuit de jeudi à vendredi", ["dans la nuit de jeudi à vendredi"]),
    ],
)
def test_expressions_found(text: str, expected: list[str]) -> None:
    found = find_time_expressions(text, load_time_lexicon("fr"))
    assert [e.text for e in found] == expected


def test_unknown_language_is_named_not_read_as_french() -> None:
    with pytest.raises(UnknownLanguage):
        load_time_lexicon("xx")
    assert load_time_lexicon("en-GB").language == "en"


# --------------------------------------------------------------------------- publication dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-08-19", date(2025, 8, 19)),
        ("2025-08-19T23:30:00-04:00", date(2025, 8, 19)),
        ("2025-08-19T06:00:00Z", date(2025, 8, 19)),
        ("19/08/2025", date(2025, 8, 19)),
        ("19 août 2025", date(2025, 8, 19)),
        ("mardi 19 août 2025", date(2025, 8, 19)),
        ("Tue, 19 Aug 2025 08:00:00 +0000", date(2025, 8, 19)),
        ("August 19, 2025", date(2025, 8, 19)),
    ],
)
def test_parse_published(value: str, expected: date) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["", "   ", "hier", "32/13/2025", "pas une date 2025"])
def test_parse_published_refuses(value: str) -> None:
    with pytest.raises(BadDate) as caught:
        parse_published(value)
    assert repr(value) in str(caught.value)


# --------------------------------------------------------------------------- occasion and tense

OCCASION = [
    # (paragraphs after the headline, statements, published, expected dates in text order)
    pytest.param(
        [
            "La cour d'assises a jugé mardi l'ancien notaire de Belval pour escroquerie.",
            "Selon l'acte d'accusation, le préjudice dépasse deux millions d'euros.",
            "À la barre, l'accusé a nié tout détournement.",
        ],
        [
            Said("le préjudice dépasse deux millions d'euros", "Selon", "l'acte d'accusation"),
            Said("tout détournement", "a nié", "l'accusé", "notaire"),
        ],
        date(2025, 8, 22),
        [None, date(2025, 8, 19)],
        id="scene-of-the-hearing-takes-the-lead-day",
    ),
    pytest.param(
        [
            "Le conseil départemental a adopté lundi soir le budget des collèges.",
            "Les travaux du collège Jean-Moulin attendront encore un an.",
            "« Nous n'avons plus un euro », a reconnu en séance le vice-président, Marc Aubry.",
        ],
        [Said("Nous n'avons plus un euro", "a reconnu", "le vice-président", "aubry", "direct")],
        date(2025, 8, 20),
        [date(2025, 8, 18)],
        id="en-seance-takes-the-lead-day",
    ),
    pytest.param(
        [
            "Le conseil départemental a adopté le budget des collèges.",
            "Les travaux du collège Jean-Moulin attendront encore un an.",
            "« Nous n'avons plus un euro », a reconnu en séance le vice-président, Marc Aubry.",
        ],
        [Said("Nous n'avons plus un euro", "a reconnu", "le vice-président", "aubry", "direct")],
        date(2025, 8, 20),
        [None],
        id="scene-without-a-lead-day-stays-undated",
    ),
    pytest.param(
        [
            "Le parc naturel a publié jeudi le comptage annuel des bouquetins.",
            "« Les femelles ont moins de petits depuis trois ans », explique la biologiste "
            "Léa Fournier.",
        ],
        [
            Said(
                "Les femelles ont moins de petits depuis trois ans",
                "explique",
                "la biologiste Léa Fournier",
                "fournier",
                "direct",
                "expliquer",
            )
        ],
        date(2025, 8, 23),
        [None],
        id="present-tense-takes-no-day-from-the-lead",
    ),
    pytest.param(
        [
            "Les pêcheurs de l'étang de Vaux s'inquiètent de la baisse des eaux.",
            "Le garde-pêche Louis Carré a fait visiter les berges mercredi.",
            "« L'eau a perdu quarante centimètres », constate Louis Carré.",
        ],
        [
            Said(
                "L'eau a perdu quarante centimètres",
                "constate",
                "Louis Carré",
                "carre",
                "direct",
                "constater",
            )
        ],
        date(2025, 8, 23),
        [date(2025, 8, 20)],
        id="present-tense-takes-the-day-of-a-sentence-naming-the-speaker",
    ),
    pytest.param(
        [
            "Les pêcheurs de l'étang de Vaux s'inquiètent de la baisse des eaux.",
            "Le syndicat des eaux a annoncé mercredi des restrictions. Son directeur juge la "
            "situation « préoccupante ».",
        ],
        [
            Said("des restrictions", "a annoncé", "Le syndicat des eaux", "syndicat"),
            Said(
                "la situation « préoccupante »",
                "juge",
                "Son directeur",
                "directeur",
                "indirect",
                "juger",
            ),
        ],
        date(2025, 8, 23),
        [date(2025, 8, 20), None],
        id="present-tense-takes-no-day-from-another-speaker",
    ),
    pytest.param(
        [
            "Le FC Lormont s'est imposé samedi face à Talence (2-1).",
            "« On a souffert », a reconnu l'entraîneur lormontais, Yann Bosc, après la rencontre.",
            "Le capitaine talençais, Noé Ribes, a regretté deux occasions manquées.",
        ],
        [
            Said("On a souffert", "a reconnu", "l'entraîneur lormontais", "bosc", "direct"),
            Said("deux occasions manquées", "a regretté", "Le capitaine talençais", "ribes"),
        ],
        date(2025, 8, 25),
        [date(2025, 8, 23), None],
        id="another-speaker-next-paragraph-is-not-pinned",
    ),
    pytest.param(
        [
            "Les discussions se sont poursuivies à Genève.",
            "Dans un texte diffusé dans la nuit de lundi à mardi, l'ONG a réclamé une trêve.",
        ],
        [Said("une trêve", "a réclamé", "l'ONG", "ong")],
        date(2025, 8, 22),
        [None],
        id="a-night-pins-no-day",
    ),
    pytest.param(
        [
            "Un chauffeur de bus a été agressé à Vaux.",
            "Le suspect nie les coups, a indiqué la procureure dans un communiqué mardi soir.",
        ],
        [Said("les coups", "nie", "Le suspect", "suspect", "indirect", "nier")],
        date(2025, 8, 22),
        [None],
        id="a-time-word-after-another-reporting-incise-is-the-incise-s",
    ),
]


@pytest.mark.parametrize(("paragraphs", "said", "published", "expected"), OCCASION)
def test_occasion_and_tense(
    paragraphs: list[str], said: list[Said], published: date, expected: list[date | None]
) -> None:
    _, statements = build(
        ["Vallée de Vaux : la journée en bref", *paragraphs], said, published, headline=False
    )
    assert [s.statement_date for s in statements] == expected


@pytest.mark.parametrize(
    ("cue", "lemma", "expected"),
    [
        ("a déclaré", "déclarer", "past"),
        ("a-t-il dit", "dire", "past"),
        ("s'est dite", "dire", "past"),
        ("n'a pas exclu", "exclure", "past"),
        ("accusé", "accuser", "past"),
        ("démenti", "démentir", "past"),
        ("estimant", "estimer", "participle"),
        ("avait affirmé", "affirmer", "pluperfect"),
        ("explique", "expliquer", "present"),
        ("poursuit-elle", "poursuivre", "present"),
        ("n'exclut pas", "exclure", "present"),
        ("dit", "dire", "present"),
        ("concluait", "conclure", None),
        ("souhaiterait", "souhaiter", None),
        ("Selon", "selon", None),
    ],
)
def test_reporting_verb_tense(cue: str, lemma: str, expected: str | None) -> None:
    from dixit.resolve.dates.lexicon import load_time_lexicon as lexicon_of
    from dixit.resolve.dates.verbs import tense

    text = f"La porte-parole {cue} que rien ne change."
    article = Article(text=text, published=TUESDAY, language="fr")
    statement = Statement(
        article=article.id,
        kind="indirect",
        content="rien ne change",
        content_span=(text.find("rien"), text.find("rien") + 14),
        cue=cue,
        cue_lemma=lemma,
    )
    assert tense(statement, lexicon_of("fr")) == expected


def test_two_readings_holding_each_others_verb_leave_the_incise_its_day() -> None:
    """An extractor may read "X ne fermera aucune école …, a déclaré mardi Y" twice: as Y's
    statement, and as the council's, whose content runs over Y's incise. The first reading
    is the outer one and is walked; the second hides nothing of the incise, whose "mardi"
    dates Y's statement and what Y adds later."""
    sentence = (
        "Le conseil ne fermera aucune école avant la rentrée, a déclaré mardi la maire "
        "Odile Perrin."
    )
    later = "« Les classes resteront ouvertes », a ajouté Odile Perrin."
    _, statements = build(
        [sentence, "Les parents d'élèves étaient venus nombreux.", later],
        [
            Said("Le conseil ne fermera aucune école avant la rentrée", "a déclaré", "Perrin"),
            Said(
                "aucune école avant la rentrée, a déclaré mardi la maire Odile Perrin",
                "ne fermera",
                "Le conseil",
            ),
            Said("Les classes resteront ouvertes", "a ajouté", "Odile Perrin", kind="direct"),
        ],
        date(2025, 8, 21),
        headline=False,
    )
    assert statements[0].statement_date == TUESDAY
    assert statements[2].statement_date == TUESDAY


def test_a_nested_reading_inside_the_outer_content_still_hides_its_day() -> None:
    sentence = (
        "La maire a déclaré que le conseil avait promis mardi de ne fermer aucune école, "
        "selon la gazette."
    )
    _, statements = build(
        [sentence],
        [
            Said(
                "le conseil avait promis mardi de ne fermer aucune école", "a déclaré", "La maire"
            ),
            Said("de ne fermer aucune école", "avait promis", "le conseil"),
        ],
        date(2025, 8, 21),
    )
    assert statements[0].statement_date is None


def test_an_event_still_to_come_does_not_block_the_story_day() -> None:
    """A phrase about another event blocks a statement's inheritance only when that event
    is told as past: the story's time cannot have moved to a day still to come."""
    for day, expected in (("28 août", TUESDAY), ("14 août", None)):
        paragraph = (
            "Mardi, la maire de Sabrel a présenté le budget aux élus. Abordant la dette, "
            f"qui sera examinée après le conseil du {day}, elle a jugé que la ville tiendrait."
        )
        _, statements = build(
            [paragraph],
            [Said("la ville tiendrait", "a jugé", "elle")],
            date(2025, 8, 21),
        )
        assert statements[0].statement_date == expected, day


def test_a_time_word_next_to_an_occasion_in_a_noun_object_dates_the_saying() -> None:
    """An object's content may run over the verb's adjuncts: "a défendu sa réforme mardi
    sur France Inter" says when she defended it; "une grève mardi dans les écoles" is the
    strike's day, not the announcement's."""
    cases = (
        ("a défendu", "sa réforme mardi sur France Inter", TUESDAY),
        ("a défendu", "sa réforme lors d'une conférence de presse mardi", TUESDAY),
        ("a annoncé", "une grève mardi dans les écoles", None),
    )
    for verb, content, expected in cases:
        sentence = f"La présidente du syndicat, Inès Fabre, {verb} {content}."
        _, statements = build(
            [sentence], [Said(content, verb, "Inès Fabre", method="object")], date(2025, 8, 21)
        )
        assert statements[0].statement_date == expected, content
        assert not any(t["text"] == "mardi" for t in statements[0].mentioned_times) or not expected


def test_a_pronoun_after_a_subheading_goes_on_with_the_speaker_above_it() -> None:
    said = "« Nous ne toucherons pas aux impôts », a déclaré mardi la maire Odile Perrin."
    told = "Mardi, la maire Odile Perrin a présenté le budget aux élus."
    later = "Elle a cependant averti que la dette pèserait sur les comptes."
    warning = Said("la dette pèserait sur les comptes", "a averti", "Elle", "Odile Perrin")
    first = Said(
        "Nous ne toucherons pas aux impôts", "a déclaré", "Odile Perrin", "Odile Perrin", "direct"
    )
    _, statements = build([said, "« Pas de hausse »", later], [first, warning], date(2025, 8, 21))
    assert [s.statement_date for s in statements] == [TUESDAY, TUESDAY]
    _, statements = build([told, "« Pas de hausse »", later], [warning], date(2025, 8, 21))
    assert statements[0].statement_date is None


def test_a_pronoun_goes_on_with_its_speaker_across_undated_narration() -> None:
    said = "« Nous ne toucherons pas aux impôts », a déclaré mardi la maire Odile Perrin."
    later = "Elle a cependant averti que la dette pèserait sur les comptes."
    first = Said(
        "Nous ne toucherons pas aux impôts", "a déclaré", "Odile Perrin", "Odile Perrin", "direct"
    )
    warning = Said("la dette pèserait sur les comptes", "a averti", "Elle", "Odile Perrin")
    for between, expected in (
        ("La ville avait emprunté 30 millions d'euros pour sa médiathèque.", TUESDAY),
        # dated narration is not silent: the story has moved to its day
        ("Mercredi, les élus de l'opposition ont voté contre le budget.", date(2025, 8, 20)),
    ):
        _, statements = build([said, between, later], [first, warning], date(2025, 8, 21))
        assert statements[1].statement_date == expected, between
