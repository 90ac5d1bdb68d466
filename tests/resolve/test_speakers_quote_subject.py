"""The incise pronoun after a quotation that a subject of its own sentence introduces.

"X est monté au créneau : « … », s'est-il empressé de déclarer" — the pronoun takes up X,
not the speaker of the statement before. Sentences invented; statements built by hand as in
``test_speakers.py``.
"""

from __future__ import annotations

import pytest
from test_speakers import Said, names, run

pytestmark = pytest.mark.slow


def test_the_subject_before_the_quote_takes_the_incise_pronoun(fr_nlp, registry):
    text = (
        "En janvier, Paul Garnier refusait de parler de la réforme des halles. "
        "À l'époque, Lucien Marchal était aussitôt monté au créneau au micro de Radio Vallée: "
        '"Je défends les halles de Mirecourt", s\'était-il alors empressé de déclarer.'
    )
    said = [
        Said("de parler de la réforme des halles", "Paul Garnier"),
        Said("Je défends les halles de Mirecourt", "il", after="s'était-"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Paul Garnier", "Lucien Marchal"]


def test_a_name_after_the_quote_does_not_take_the_pronoun(fr_nlp, registry):
    # The same words, but the only other person of the sentence comes after the quote
    # it closes: the pronoun keeps the speaker of the statement before.
    text = (
        "En janvier, Paul Garnier refusait de parler de la réforme des halles. "
        "À l'époque, il était aussitôt monté au créneau au micro de Radio Vallée: "
        '"Je défends les halles de Mirecourt", s\'était-il alors empressé de déclarer à '
        "Lucien Marchal."
    )
    said = [
        Said("de parler de la réforme des halles", "Paul Garnier"),
        Said("Je défends les halles de Mirecourt", "il", after="s'était-"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Paul Garnier", "Paul Garnier"]
