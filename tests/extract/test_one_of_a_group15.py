"""A postposed subject that picks one of a group ("…, glisse l'une d'elles", "…, confie
l'un des grévistes"): the pronoun "un"/"une" with its article and the complement naming
the group is the incise's subject even when the parser makes it the verb's object, so the
statement keeps that mention (an anonymous member of the group) instead of none or a
pronoun of the quotation (session 15). Invented sentences in the layout of a report."""

from __future__ import annotations

import pytest

from dixit.core import statements_from_doc
from dixit.model import Article

LEAD = "Les salariés de la fonderie de Brévanne ont bloqué l'entrée du site mardi matin.\n\n"


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        (
            "« Je ne sais pas comment je vais payer mon loyer », glisse l'une d'elles.",
            "l'une d'elles",
        ),
        ("« On nous a menti depuis le début », glisse l'un des grévistes.", "l'un des grévistes"),
        ("« Nous irons jusqu'au bout », soupire l'une d'entre elles.", "l'une d'entre elles"),
    ],
)
def test_one_of_a_group_after_an_incise_verb_is_the_speaker(nlp, paragraph, mention) -> None:
    text = LEAD + paragraph + "\n"
    [statement] = statements_from_doc(nlp(text), Article(text=text))
    assert statement.speaker_mention == mention


def test_one_of_a_group_after_a_preposition_is_spoken_to(nlp) -> None:
    text = LEAD + "« Tenez bon », a lancé le maire Henri Castagne à l'une d'elles.\n"
    [statement] = statements_from_doc(nlp(text), Article(text=text))
    assert statement.speaker_mention == "le maire Henri Castagne"


def test_one_of_a_group_in_narration_reports_nothing(nlp) -> None:
    text = LEAD + "Le directeur a reçu l'un d'eux dans son bureau en fin de journée.\n"
    assert statements_from_doc(nlp(text), Article(text=text)) == []
