"""A name the tagger labels as a person's that names a disease, a feast or an event
("sans Covid", "avant Pâques", ``not_person_names``) is no one a description can take up;
a person whose name holds such a word ("Noël Mercier") is still a person (session 15).

The sentences are invented; the layout is that of Swiss regional copy, where a headline's
"sans Covid" was the only "person" of the article.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article

TITLED = (
    "Comme un été sans Covid\n\n"
    "Face à l'affluence, la police a renforcé ses patrouilles samedi soir.\n\n"
    "« Pour nous, ce n'est pas une surprise, on s'y attendait », ajoute le porte-parole de "
    "la police.\n"
)


def speakers(nlp, text: str) -> list[str | None]:
    found = statements_from_doc(nlp(text), Article(text=text))
    return [s.speaker.name if s.speaker else None for s in found]


def test_a_disease_in_the_headline_is_no_speaker(nlp) -> None:
    found = speakers(nlp, TITLED)
    assert found and "Covid" not in found


def test_a_person_named_like_a_feast_still_speaks(nlp) -> None:
    text = (
        "Noël Mercier, maire de Sorvilier, a annoncé mardi que la patinoire rouvrirait en "
        "décembre.\n"
    )
    assert speakers(nlp, text) == ["Noël Mercier"]


def test_a_spokesperson_is_no_one_only_named_in_passing(nlp) -> None:
    text = TITLED.replace("sans Covid", "sans Paul Martin")
    assert "Paul Martin" not in speakers(nlp, text)


def test_a_spokesperson_takes_up_the_person_who_spoke_before(nlp) -> None:
    text = (
        "Patrouilles renforcées à Sorvilier\n\n"
        "Lucie Marchal a confirmé samedi l'envoi de trois patrouilles en ville.\n\n"
        "« Pour nous, ce n'est pas une surprise, on s'y attendait », ajoute la porte-parole "
        "de la police.\n"
    )
    assert speakers(nlp, text)[-1] == "Lucie Marchal"
