"""Speakers of real French news copy the resolver got wrong (session 16a, issue 11).

Each class was found on unseen wire, regional and political copy; the texts here are
invented (people, places, events) in the layout of that copy.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article


def speakers(nlp, text: str) -> dict[str, str | None]:
    found = statements_from_doc(nlp(text), Article(text=text))
    return {s.speaker_mention or "": s.speaker.name if s.speaker else None for s in found}


# A person's noun in the complement of a phrase that names no person ("le cas du député X",
# "la décision de la maire X") is X's function: "député" binds to X, not "cas du député",
# so a later "le député de la Drôme" is X, and never the mayor the story named first.

TWO_FUNCTIONS = (
    "Le marché de Noël divise les élus\n\n"
    "Dernier exemple en date, la décision prise par le maire de Valbrune, Hugo Marchetti, de "
    "supprimer le marché de Noël. Un choix qui a provoqué un tollé.\n\n"
    "C'est notamment le cas du député Lucien Ferrand, président du groupe Avenir commun à "
    "l'Assemblée nationale. Sur son blog, l'élu a tenu à mettre en garde ses amis. "
    "« Attention aux mauvais symboles », {verb}.\n"
)


def test_a_function_in_a_complement_binds_to_the_name_after_it(nlp) -> None:
    text = TWO_FUNCTIONS.format(verb="regrette le député de la Drôme")
    assert speakers(nlp, text)["le député de la Drôme"] == "Lucien Ferrand"


def test_the_other_function_is_still_the_mayor(nlp) -> None:
    text = TWO_FUNCTIONS.format(verb="regrette le maire de Valbrune")
    assert speakers(nlp, text)["le maire de Valbrune"] == "Hugo Marchetti"


def test_a_phrase_headed_by_a_person_noun_keeps_its_own_head(nlp) -> None:
    # "le président du conseil départemental X": the head is already a person's noun.
    text = (
        "Le président du conseil départemental Marc Oudin a reçu les maires lundi. "
        "« Les routes seront refaites avant l'hiver », a assuré le président du conseil "
        "départemental.\n"
    )
    assert speakers(nlp, text)["le président du conseil départemental"] == "Marc Oudin"


# A description whose complement names a person ("ce proche de X", "la fille de X") never
# describes X: with nobody else to take it up, it stays unresolved rather than X.


def test_a_relative_of_a_person_is_not_that_person(nlp) -> None:
    text = (
        "Le maire de Valbrune, Hugo Marchetti, a défendu mardi son projet de parc urbain.\n\n"
        "Sur son blog, ce proche d'Hugo Marchetti a salué un projet « utile pour tout le "
        "quartier ».\n"
    )
    found = speakers(nlp, text)
    assert found["ce proche d'Hugo Marchetti"] != "Hugo Marchetti"


def test_a_description_without_a_complement_still_takes_him_up(nlp) -> None:
    text = (
        "Le maire de Valbrune, Hugo Marchetti, a défendu mardi son projet de parc urbain.\n\n"
        "Sur son blog, l'édile a salué un projet « utile pour tout le quartier ».\n"
    )
    assert speakers(nlp, text)["l'édile"] == "Hugo Marchetti"
