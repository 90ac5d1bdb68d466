"""Venue: the occasion and the medium of a statement, from its reporting clause (invented copy)."""

from __future__ import annotations

import pytest

from dixit.core import analyze
from dixit.model import Article, Statement, VenueType


def statements(nlp, text: str) -> list[Statement]:
    return analyze(Article(text=text, language="fr"), nlp=nlp)


def placed(nlp, text: str, content_start: str) -> Statement:
    found = [s for s in statements(nlp, text) if s.content.startswith(content_start)]
    assert found, f"no statement starting {content_start!r} in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "content", "venue_type", "venue"),
    [
        (
            "Lors d'une conférence de presse à Besançon, la préfète Claire Vautrin a annoncé "
            "que le pont serait rouvert en mars.",
            "le pont",
            VenueType.PRESS_CONFERENCE,
            "conférence de presse à Besançon",
        ),
        (
            "« Nous ne fermerons aucune classe », a assuré Hélène Ravier mardi sur France Inter.",
            "Nous ne fermerons",
            VenueType.INTERVIEW,
            "France Inter",
        ),
        (
            "Le sénateur Marc Dunoyer a estimé dans un entretien au Monde que la taxe était "
            "mal conçue.",
            "la taxe",
            VenueType.INTERVIEW,
            "Le Monde",
        ),
        (
            "« C'est un passage en force », a dénoncé le syndicat Force ouvrière dans un "
            "communiqué.",
            "C'est un passage",
            VenueType.STATEMENT,
            "communiqué",
        ),
        (
            "L'ancien gouverneur Dale Hoskins a affirmé sur son réseau Truth Social que "
            "l'élection avait été volée.",
            "l'élection",
            VenueType.SOCIAL_MEDIA,
            "Truth Social",
        ),
        (
            "Devant l'Assemblée nationale, la ministre Inès Camoin a assuré que le budget "
            "serait tenu.",
            "le budget",
            VenueType.PARLIAMENT,
            "Assemblée nationale",
        ),
        (
            "Interrogé par Fox News jeudi, le sénateur Ray Calder a répondu : « Je ne "
            "voterai pas ce texte. »",
            "Je ne voterai",
            VenueType.INTERVIEW,
            "Fox News",
        ),
        (
            "Le porte-parole Yann Ferrec a indiqué à la sortie du conseil des ministres que "
            "le décret serait publié vendredi.",
            "le décret",
            VenueType.OTHER,
            "sortie du conseil des ministres",
        ),
        (
            "Lors d'un meeting à Rodez, la candidate Sylvie Aubrac a promis que les "
            "petites lignes de train seraient sauvées.",
            "les petites lignes",
            VenueType.SPEECH,
            "meeting à Rodez",
        ),
    ],
)
def test_a_venue_of_the_reporting_clause(nlp, text, content, venue_type, venue) -> None:
    statement = placed(nlp, text, content)
    assert statement.venue_type is venue_type
    assert statement.venue == venue


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a place of the narration, not of the saying
        (
            "Après avoir visité les studios de France Inter à Paris, la ministre Inès Camoin "
            "a assuré que le budget serait tenu.",
            "le budget",
        ),
        # the medium inside what was said
        (
            "La maire Odile Brunet a déclaré que le débat sur France Inter avait été utile.",
            "le débat",
        ),
        # a conference the speaker had held before, in a relative clause
        (
            "Le ministre Paul Sarrade, qui avait tenu une conférence de presse la veille, a "
            "assuré que la réforme passerait.",
            "la réforme",
        ),
        # "à Paris" is a place, no medium
        ("La députée Léa Fournier a déclaré à Paris que la loi serait votée.", "la loi"),
    ],
)
def test_no_venue_outside_the_reporting_clause(nlp, text, content) -> None:
    statement = placed(nlp, text, content)
    assert statement.venue is None
    assert statement.venue_type is None


@pytest.mark.parametrize(
    ("text", "venue_type", "venue"),
    [
        # an agency inside an occasion is the interview's medium
        (
            "Le préfet Marc Lestrade a affirmé dans un entretien à l'AFP que la route serait "
            "rouverte lundi.",
            VenueType.INTERVIEW,
            "AFP",
        ),
        # told alone, the agency is the reporter (the addressee): no venue
        (
            "Le préfet Marc Lestrade a déclaré à l'AFP que la route serait rouverte lundi.",
            None,
            None,
        ),
    ],
)
def test_an_agency_is_a_venue_only_inside_an_occasion(nlp, text, venue_type, venue) -> None:
    statement = placed(nlp, text, "la route")
    assert statement.venue_type is venue_type
    assert statement.venue == venue
    if venue is None:
        assert statement.addressee_mention == "l'AFP"


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [("said in an interview with Reuters", "Reuters"), ("told Reuters", None)],
)
def test_an_english_agency_told_is_no_venue(sentence: str, venue: str | None) -> None:
    text = f"The mayor, Tom Hadley, {sentence} that the bridge would reopen on Monday."
    [statement] = analyze(Article(text=text, language="en"))
    assert statement.venue == venue


@pytest.mark.parametrize(
    ("text", "venue_type", "venue"),
    [
        (
            "« Ce rapport est truqué », a déclaré la députée Lucie Marchal au Washington Post.",
            VenueType.INTERVIEW,
            "Washington Post",
        ),
        # "Post" of the newspaper's name is no social-media post; the article is the cause
        (
            "« Ce rapport est truqué », a réagi la députée Lucie Marchal après l'article du "
            "Washington Post.",
            None,
            None,
        ),
        # "Sénat" of a channel's name is no parliament
        (
            "« Ce rapport est truqué », a assuré la députée Lucie Marchal sur Public Sénat.",
            VenueType.INTERVIEW,
            "Public Sénat",
        ),
    ],
)
def test_an_occasion_word_inside_a_medium_name_is_no_occasion(nlp, text, venue_type, venue) -> None:
    statement = placed(nlp, text, "Ce rapport")
    assert statement.venue_type is venue_type
    assert statement.venue == venue


def test_another_persons_occasion_is_answered_not_spoken_at(nlp) -> None:
    answered = placed(
        nlp,
        "La candidate Lucie Marchal a répondu mardi au discours de Paul Vernier en promettant "
        "que les impôts baisseraient.",
        "les impôts",
    )
    assert answered.venue is None
    own = placed(
        nlp,
        "Lors de son discours à Rodez, la candidate Lucie Marchal a promis que les impôts "
        "baisseraient.",
        "les impôts",
    )
    assert own.venue_type is VenueType.SPEECH
    assert own.venue == "discours à Rodez"


QUOTE = "« Le rail n'est pas à vendre », a lancé samedi la candidate Lucie Marchal. "


@pytest.mark.parametrize(
    ("after", "venue_type", "venue"),
    [
        (
            "Ces propos, tenus lors d'un meeting à Rodez, ont aussitôt fait réagir ses "
            "adversaires.",
            VenueType.SPEECH,
            "meeting à Rodez",
        ),
        # in the next paragraph, after a blank line
        (
            "\n\nCes propos, tenus lors d'un meeting à Rodez, ont fait réagir ses adversaires.",
            VenueType.SPEECH,
            "meeting à Rodez",
        ),
        (
            "Ces propos, tenus sur France Inter, ont fait réagir ses adversaires.",
            VenueType.INTERVIEW,
            "France Inter",
        ),
        # the occasion is not where the words were said
        ("Ces propos ont choqué les participants d'un meeting à Rodez.", None, None),
        # passed on later is no saying
        ("Ces propos, relayés sur son compte X, ont fait réagir ses adversaires.", None, None),
    ],
)
def test_words_taken_up_with_their_venue(nlp, after, venue_type, venue) -> None:
    statement = placed(nlp, QUOTE + after, "Le rail")
    assert statement.venue_type is venue_type
    assert statement.venue == venue


def test_english_remarks_taken_up_with_their_venue() -> None:
    text = (
        '"The plant will stay open," Governor Ann Reyes said on Saturday. These remarks, '
        "made at a rally in Dayton, drew sharp criticism."
    )
    [statement] = analyze(Article(text=text, language="en"))
    assert statement.venue_type is VenueType.SPEECH
    assert statement.venue is not None and statement.venue.startswith("rally")


def test_the_same_interview_takes_up_the_venue_told_before(nlp) -> None:
    text = (
        "Interrogé par RTL mardi, le maire de Vesoul, Alain Chapuis, a répondu : « Le "
        "marché couvert sera reconstruit. »\n"
        "La préfète Claire Vautrin a jugé le projet trop coûteux.\n"
        "Alain Chapuis a ajouté dans la même interview que les travaux dureraient deux ans."
    )
    statement = placed(nlp, text, "les travaux")
    assert statement.venue == "RTL"
    assert statement.venue_type is VenueType.INTERVIEW


def test_a_speaker_going_on_keeps_the_venue(nlp) -> None:
    text = (
        "La ministre Inès Camoin a défendu sa réforme mercredi sur RTL.\n"
        "« Personne ne perdra un euro », a-t-elle assuré.\n"
        "Le député Hugo Sallenave a dénoncé « une réforme bâclée »."
    )
    found = statements(nlp, text)
    kept = next(s for s in found if s.content.startswith("Personne"))
    other = next(s for s in found if "une réforme" in s.content)
    assert kept.venue == "RTL"
    assert other.venue is None


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_language_has_its_venue_words(language: str) -> None:
    from dixit.describe.lexicon import addressee_lexicon, certainty_lexicon, venue_lexicon

    venues = venue_lexicon(language)
    assert venues.occasions.search("x " + next(iter(venues.occasion_types)) + " y")
    assert venues.carried <= set(VenueType)
    assert addressee_lexicon(language).prepositions
    assert certainty_lexicon(language).hedging_cues
