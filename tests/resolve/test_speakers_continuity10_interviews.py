"""An interview announced by its own line (round 10, issue 11): "Interview de X" before
questions whose short answers need not say "je".

Every text is invented for the test (people and places included).
"""

from __future__ import annotations

import pytest

from dixit.core import statements_from_doc
from dixit.model import Article, Statement

pytestmark = pytest.mark.slow


def answers(nlp, text: str) -> list[Statement]:
    statements = statements_from_doc(nlp(text), Article(text=text, language="fr"))
    return [s for s in statements if s.method == "interview"]


_ANNOUNCED = (
    "Élections à Valbrune : la liste sortante en tête\n"
    "Nadège Pellerin, adjointe sortante, devance Marc Ollivier de six points.\n"
    "{line}\n"
    "Quel est votre métier ?\n"
    "« Infirmière »\n"
    "Quelle qualité vous reconnaissez-vous ?\n"
    "« La ténacité »\n"
    "Un défaut ?\n"
    "« L'impatience, sans doute »\n"
)


def test_a_line_announcing_an_interview_makes_short_answers_the_interviewees(nlp) -> None:
    found = answers(nlp, _ANNOUNCED.format(line="Entretien avec Nadège Pellerin, candidate"))
    assert [s.content for s in found] == ["Infirmière", "La ténacité", "L'impatience, sans doute"]
    assert {s.speaker.name for s in found if s.speaker} == {"Nadège Pellerin"}


def test_without_the_announcing_line_short_answers_are_no_interview(nlp) -> None:
    found = answers(nlp, _ANNOUNCED.format(line="Le dépouillement s'est achevé tard"))
    assert found == []
