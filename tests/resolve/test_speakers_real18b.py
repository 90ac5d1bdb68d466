"""Speakers on real French copy (session 18b): descriptions, titles, first names, clubs.

Each class was found on real French news pages; the texts here are invented (people,
places, clubs, events) in the layout of that copy.
"""

from __future__ import annotations

from datetime import date

from said_by import speaker_of, speakers

from dixit.core import statements_from_doc
from dixit.model import Article

# 1. A description whose office no head of a state or a body holds besides ("le ministre")
# is not the person the article has called only by a head's title ("le président X"), and
# "le président" is not a person called only "le ministre": with no compatible person the
# description stays unresolved rather than given to someone of another function.

PRESIDENT_THEN_MINISTER = (
    "Le président Hervé Lambrecht a reçu mardi les syndicats à l'Élysée. « Nous ne céderons "
    "rien sur le calendrier », a déclaré Hervé Lambrecht devant la presse.\n\n"
    "« Les discussions reprendront la semaine prochaine », a ajouté le {office} à la sortie "
    "de la réunion.\n"
)


def test_the_minister_is_not_the_president_named_before(nlp) -> None:
    text = PRESIDENT_THEN_MINISTER.format(office="ministre")
    assert speaker_of(nlp, text, "le ministre") != "Hervé Lambrecht"


def test_the_president_still_takes_up_the_president_named_before(nlp) -> None:
    text = PRESIDENT_THEN_MINISTER.format(office="président")
    assert speaker_of(nlp, text, "le président") == "Hervé Lambrecht"


MINISTER_THEN_PRESIDENT = (
    "Le ministre de l'Intérieur Paul Garnier a rencontré les maires mardi. « Nous "
    "renforcerons les effectifs », a déclaré Paul Garnier.\n\n"
    "« Le plan sera présenté en janvier », a ajouté le {office} à l'issue de la réunion.\n"
)


def test_the_president_is_not_the_minister_named_before(nlp) -> None:
    text = MINISTER_THEN_PRESIDENT.format(office="président")
    assert speaker_of(nlp, text, "le président") != "Paul Garnier"


def test_the_minister_still_takes_up_the_minister_named_before(nlp) -> None:
    text = MINISTER_THEN_PRESIDENT.format(office="ministre")
    assert speaker_of(nlp, text, "le ministre") == "Paul Garnier"


# 2. A masculine title for a woman ("Le commissaire principal, Rita X,"): her first name
# says she is a woman, so "elle" after her statement is her.

OFFICER = (
    "Un incendie a ravagé un entrepôt dans la nuit de lundi à mardi à Montfaucon. Le "
    "commissaire principal, {name} Dumoulin, a indiqué que l'origine criminelle n'était pas "
    "exclue. « Nous avons ouvert une enquête », a-t-{pronoun} précisé.\n"
)


def test_a_woman_with_a_masculine_title_is_elle(nlp) -> None:
    text = OFFICER.format(name="Rita", pronoun="elle")
    assert speaker_of(nlp, text, "elle") == "Rita Dumoulin"


def test_a_man_with_the_same_title_is_not_elle(nlp) -> None:
    text = OFFICER.format(name="Marc", pronoun="elle")
    assert speaker_of(nlp, text, "elle") != "Marc Dumoulin"


# 3. A first name alone as subject in feature copy ("Lina a raconté que …") is the one
# person whose full name the article opened with it; with none, it stays the first name.

FEATURE = (
    "{intro} a quitté Lyon il y a dix ans pour s'installer dans un village de l'Ardèche. "
    "Elle y tient aujourd'hui une petite boulangerie.\n\n"
    "Lina a raconté que les premiers mois avaient été très durs.\n"
)


def test_a_first_name_alone_is_the_person_named_in_full_before(nlp) -> None:
    text = FEATURE.format(intro="Lina Ferrand")
    assert speaker_of(nlp, text, "Lina") == "Lina Ferrand"


def test_a_first_name_alone_stays_itself_with_no_full_name(nlp) -> None:
    text = FEATURE.format(intro="Une jeune femme")
    assert speaker_of(nlp, text, "Lina") == "Lina"


def test_a_first_name_two_people_open_stays_itself(nlp) -> None:
    text = FEATURE.format(intro="Lina Ferrand, avec sa cousine Lina Morel,")
    assert speaker_of(nlp, text, "Lina") == "Lina"


# 4. A person's name glued to a club's name ending in capitals ("le capitaine du Paris FC
# Maxence Laurel"): the mention goes on to the person, not only to the club.

CLUB = (
    "« On n'a pas été au niveau ce soir », a déclaré l'entraîneur de l'AS Monaco Nikola "
    "Kovarić après la rencontre.\n\n"
    "« Nous avons manqué de réalisme », a reconnu le capitaine du Paris FC{after}\n"
)


def test_a_name_glued_to_a_club_in_capitals_is_the_speaker(nlp) -> None:
    text = CLUB.format(after=" Maxence Laurel.")
    assert speaker_of(nlp, text, "le capitaine du Paris FC Maxence Laurel") == "Maxence Laurel"


def test_a_club_in_capitals_with_no_name_after_is_no_one_named(nlp) -> None:
    text = CLUB.format(after=". Maxence Laurel est sorti blessé.")
    got = [name for said, name in speakers(nlp, text) if said.startswith("le capitaine")]
    assert got and got[-1] != "Maxence Laurel"


# 5. A headline's description before anyone is named ("…, souligne le procureur") is not a
# person whose registry office on the day is of another function (the minister of the
# Interior the lead names), though the article has not yet described him.

HEADLINE_OFFICE = (
    "Incendie à Valmeuse : « Une nuit d'une violence inouïe », souligne le {office}\n"
    "Gérald Darmanin s'est rendu mercredi sur place. « Je suis venu soutenir les pompiers », "
    "a déclaré Gérald Darmanin devant la caserne. Il a rencontré les familles.\n"
)


def headline_speaker(nlp, office: str) -> str | None:
    text = HEADLINE_OFFICE.format(office=office)
    article = Article(text=text, published=date(2021, 3, 3))
    found = statements_from_doc(nlp(text), article)
    mention = f"le {office}"
    named = [s.speaker.name if s.speaker else None for s in found if s.speaker_mention == mention]
    assert named, f"no statement with the mention 'le {office}'"
    return named[0]


def test_a_headline_prosecutor_is_not_the_minister_of_the_registry(nlp) -> None:
    assert headline_speaker(nlp, "procureur") != "Gérald Darmanin"


def test_a_headline_minister_is_still_the_minister_named_below(nlp) -> None:
    assert headline_speaker(nlp, "ministre") == "Gérald Darmanin"
