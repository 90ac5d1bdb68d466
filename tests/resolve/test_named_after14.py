"""A person's name inside an institution's or a place's name (session 14): "Denis X,
co-directeur de la Fondation Jean Moulin, a déclaré …" is Denis X speaking; "Jean Moulin"
is part of the foundation's name ("named_after_heads" in speakers.yaml). A description
followed by its person's name still names that person.

The people and institutions are invented; the layout is that of news copy.
"""

from __future__ import annotations

import pytest

from dixit.core import statements_from_doc
from dixit.model import Article


def speaker_names(nlp, text: str) -> list[str | None]:
    found = statements_from_doc(nlp(text), Article(text=text))
    return [s.speaker.name if s.speaker else None for s in found]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Denis Quillet, co-directeur de l'Observatoire de la Fondation Jean Moulin, a "
            "déclaré que le message était clair.",
            id="a-foundation",
        ),
        pytest.param(
            "Denis Quillet, proviseur du lycée Victor-Hugo, a assuré que les cours "
            "reprendraient lundi.",
            id="a-school",
        ),
    ],
)
def test_a_name_inside_an_institutions_name_does_not_speak(nlp, text: str) -> None:
    assert speaker_names(nlp, text) == ["Denis Quillet"]


def test_a_description_followed_by_its_persons_name_still_names_the_person(nlp) -> None:
    text = "Le président du conseil départemental Marc Lenoir a assuré que le pont rouvrirait."
    assert speaker_names(nlp, text) == ["Marc Lenoir"]


def test_a_relative_of_saying_on_an_appositions_complement_is_the_persons(nlp) -> None:
    text = (
        "Ou Denis Quillet, co-directeur de l'Observatoire de la Fondation Jean Moulin, qui "
        'répond par une citation : "Un seul message pour deux fautes."'
    )
    assert speaker_names(nlp, text) == ["Denis Quillet"]


def test_a_relative_that_says_nothing_keeps_its_noun(nlp) -> None:
    text = (
        "Anne Morel, directrice de l'association Les Amis du port, qui compte trois cents "
        "membres, a déclaré que la fête aurait lieu."
    )
    assert speaker_names(nlp, text) == ["Anne Morel"]
