"""Speakers of real French copy in hard genres (session 16b, issue 11): vox pops of the
regional press, sports reactions, court reports.

Each class was found on unseen real pages; the texts here are invented (people, places,
events) in the layout of that copy.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article


def speakers(nlp, text: str) -> list[str | None]:
    found = statements_from_doc(nlp(text), Article(text=text))
    return [s.speaker.name if s.speaker else None for s in found]


# A person introduced by a first name alone and a description after a comma ("Odile,
# habitante de Vaubrune, a trouvé …"): the tagger calls the lone first name a miscellany,
# yet it is a person, whom a pronoun after it takes up.


def test_a_first_name_with_its_description_is_the_pronoun_antecedent(nlp) -> None:
    text = (
        "Mardi, Odile, habitante de Vaubrune où le ruisseau a débordé, a trouvé « un lac » "
        "dans son jardin. « L'eau arrivait aux genoux », raconte-t-elle à la radio locale.\n"
    )
    assert speakers(nlp, text) == ["Odile"]


def test_a_first_name_with_an_adverb_before_its_description(nlp) -> None:
    text = (
        "Le quartier a été évacué dans la nuit.\n"
        "Maëlle, également habitante de la rue, a dû dormir chez sa sœur. « C'est "
        "épuisant, on vide la cave chaque matin », explique-t-elle.\n"
    )
    assert speakers(nlp, text) == ["Maëlle"]


def test_a_capitalised_word_before_a_comma_and_no_description_is_no_person(nlp) -> None:
    text = (
        "Dans la nuit, Vaubrune, commune de la vallée, a vu le ruisseau déborder. « L'eau "
        "arrivait aux genoux », raconte-t-elle à la radio locale.\n"
    )
    assert speakers(nlp, text) == [None]
