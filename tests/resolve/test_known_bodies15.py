"""A bare "le syndicat" takes up the union the article named last; when that union is a
section whose name runs on after the confederation's ("l'Unsa Sepra"), the
section is the speaker, not its confederation (session 15). Invented sentences in the
layout of French economic wire copy."""

from __future__ import annotations

import pytest

from dixit.core import statements_from_doc
from dixit.model import Article


def speakers(nlp, text: str) -> list[str | None]:
    found = statements_from_doc(nlp(text), Article(text=text))
    return [s.speaker.name if s.speaker else None for s in found]


@pytest.mark.parametrize(
    ("union", "expected"),
    [("l'Unsa Sepra", "Unsa Sepra"), ("la CGT", "CGT")],
)
def test_the_union_noun_takes_up_the_whole_name(nlp, union, expected) -> None:
    text = (
        f"Selon {union}, le plan de la direction est « d'une brutalité rare ». Le syndicat "
        "réclame « une vraie négociation » et prévient qu'il « ne signera rien en l'état ».\n"
    )
    found = speakers(nlp, text)
    assert found and set(found) == {expected}
