"""Verbs of grumbling as incises ("« … » peste Julie Arnaud", "…, fulmine le maire",
"…, maugrée un commerçant"): they report the quotation before them and name its speaker,
only as incises (``incise_only``); the same words in narration ("la peste porcine",
"Julie Arnaud peste contre la fermeture") report nothing (session 15). Invented sentences."""

from __future__ import annotations

import pytest

from dixit.core import statements_from_doc
from dixit.model import Article

LEAD = (
    "Le conseil municipal de Valbrune a voté lundi la fermeture de la piscine. "
    "« Nous ne pouvons plus payer le chauffage », a expliqué l'adjoint Marc Delorme.\n\n"
)


@pytest.mark.parametrize(
    ("paragraph", "cue", "mention"),
    [
        ("« Les enfants n'auront plus où nager » peste Julie Arnaud.", "peste", "Julie Arnaud"),
        (
            "« Les enfants n'auront plus où nager », fulmine le maire de Lèze.",
            "fulmine",
            "le maire de Lèze",
        ),
        (
            "« Les enfants n'auront plus où nager », maugrée un commerçant.",
            "maugrée",
            "un commerçant",
        ),
    ],
)
def test_a_grumbling_incise_names_the_speaker(nlp, paragraph, cue, mention) -> None:
    text = LEAD + paragraph + "\n"
    [last] = [
        s
        for s in statements_from_doc(nlp(text), Article(text=text))
        if s.content.startswith("Les enfants")
    ]
    assert (last.cue, last.speaker_mention) == (cue, mention)


@pytest.mark.parametrize(
    "paragraph",
    [
        "La peste porcine a touché trois élevages de la commune l'an dernier.",
        "Julie Arnaud peste contre la fermeture de la piscine depuis des semaines.",
    ],
)
def test_grumbling_words_in_narration_report_nothing(nlp, paragraph) -> None:
    text = "Valbrune ferme sa piscine\n\n" + paragraph + "\n"
    assert statements_from_doc(nlp(text), Article(text=text)) == []
