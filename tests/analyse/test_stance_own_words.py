"""Stance words a speaker uses of their own position: holding to it ("je maintiens mes
propos", "je suis défenseur de …") supports, withdrawing from it ("que je me retire")
opposes; a negation, or a verb of refusal over the withdrawal, reads the other way."""

from __future__ import annotations

import pytest
from positions_story import said

from dixit.analyse import stance_of


@pytest.mark.parametrize(
    ("content", "cue", "lemma", "expected"),
    [
        ("Je maintiens mes propos sur la piscine de Lormes", "a déclaré", "déclarer", "supports"),
        ("Je ne maintiens pas ces propos sur la piscine", "a déclaré", "déclarer", "opposes"),
        ("Je suis défenseur de la halle aux grains", "a lancé", "lancer", "supports"),
        ("Je ne suis pas défenseur de ce projet de halle", "a lancé", "lancer", "opposes"),
        ("il est temps que je me retire de la course", "a déclaré", "déclarer", "opposes"),
        ("de se retirer de la course à la mairie", "a refusé", "refuser", "supports"),
        ("la course à la mairie reprendra lundi", "a déclaré", "déclarer", "unclear"),
    ],
)
def test_own_words_of_holding_and_withdrawing(content, cue, lemma, expected) -> None:
    statement = said(content, cue=cue, lemma=lemma)
    assert stance_of(statement, "fr").stance == expected
