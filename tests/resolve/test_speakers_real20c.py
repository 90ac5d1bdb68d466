"""Speakers on real French copy (session 20c): place bodies of an overseas département,
initial-abbreviated surnames, interviews, a party's leader, a company's press service.

Each class was found on real French news pages (study set rotated in this session); the
texts here are invented (people, places, bodies) in the layout of that copy.
"""

from __future__ import annotations

from said_by import speaker_of, speakers

# 1. A bare "la préfecture" takes the département the article names; a place wire copy names
# by habit (dateline "Paris, France | Agence", time zone "(heure de Paris)") gives way to it.

STORM = (
    "Paris, France | Agence | lundi 3/02/2025 - La Guyane subit depuis dimanche de fortes "
    "pluies, qui ont coupé plusieurs routes, a-t-on appris lundi auprès de la préfecture.\n\n"
    "Dans un message publié à 06H00 (heure de Paris), la préfecture a indiqué que "
    "la crue était encore en cours.\n"
)


def test_a_bare_prefecture_takes_the_named_departement_not_the_dateline(nlp) -> None:
    found = speakers(nlp, STORM)
    names = {name for said, name in found if said == "la préfecture"}
    assert names == {"Préfecture de la Guyane"}


def test_a_bare_prefecture_in_a_paris_only_story_stays_in_paris(nlp) -> None:
    text = STORM.replace("La Guyane subit", "La capitale subit")
    found = speakers(nlp, text)
    names = {name for said, name in found if said == "la préfecture"}
    assert names == {"Préfecture de Paris"}


# An adverb after a postposed subject ("annonçait la préfecture un peu plus tôt") is the
# verb's, not part of the body's name.

EARLIER = (
    "La Guyane sera placée en alerte rouge, a annoncé la préfecture dans un communiqué.\n\n"
    "La zone sera « très surveillée », annonçait {subject} un peu plus tôt, lors du passage "
    "en alerte orange.\n"
)


def test_an_adverb_after_a_postposed_body_is_not_its_name(nlp) -> None:
    found = speakers(nlp, EARLIER.format(subject="la préfecture"))
    assert found[-1] == ("la préfecture", "Préfecture de la Guyane")


def test_an_adverb_after_a_postposed_name_leaves_the_name_whole(nlp) -> None:
    found = speakers(nlp, EARLIER.format(subject="le maire Paul Durandet"))
    assert found[-1] == ("le maire Paul Durandet", "Paul Durandet")


# A place body named with its département written another way ("la préfecture de Guyane")
# takes the lexicon's form ("Préfecture de la Guyane"); a body of no département keeps its name.


def test_a_prefecture_of_a_departement_takes_the_lexicon_form(nlp) -> None:
    text = "La préfecture de Guyane a annoncé la fermeture des écoles jeudi.\n"
    assert speaker_of(nlp, text, "La préfecture de Guyane") == "Préfecture de la Guyane"


def test_a_prefecture_of_no_departement_keeps_its_name(nlp) -> None:
    text = "La préfecture de police a annoncé la fermeture des écoles jeudi.\n"
    assert speaker_of(nlp, text, "La préfecture de police") == "Préfecture de police"


# 2. A surname cut to its initial ("Marc T.") keeps the full stop the article writes after it;
# a surname written whole keeps no stop of the sentence's end.


def test_an_initial_surname_keeps_its_full_stop(nlp) -> None:
    text = (
        "« Je ne regrette rien », reconnaît Marc T., cuisinier à Lyon, qui attend toujours "
        "son jugement.\n"
    )
    assert speaker_of(nlp, text, "Marc T") == "Marc T."


def test_a_whole_surname_takes_no_full_stop(nlp) -> None:
    text = "« Je ne regrette rien », reconnaît le cuisinier Marc Tellier.\n"
    assert speakers(nlp, text)[-1][1] == "Marc Tellier"
