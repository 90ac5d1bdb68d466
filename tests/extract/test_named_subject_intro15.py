"""A quotation closing its paragraph right after a sentence of narration whose subject is
a person's name ("L'entraîneur Paul Garnier savourait après la finale. « … »") is that
person's statement even when no earlier statement is there for it to continue; a sentence
whose subject names no one, names the person only as an object, or has the person
refuse to speak (a negated verb, a verb of saying left to the cue rules), hands the floor to
nobody and the quotation stays out (session 15). Invented sentences in the layout of a
sports report."""

from __future__ import annotations

import pytest

from dixit.core import statements_from_doc
from dixit.model import Article

LEAD = "Le FC Valbrune a remporté dimanche la coupe régionale face à Lèze.\n\n"
QUOTE = "« Ce groupe a montré un caractère incroyable. Personne ne nous attendait. »"


@pytest.mark.parametrize(
    "intro",
    [
        "L'entraîneur Paul Garnier savourait après la finale.",
        "Paul Garnier savourait après la finale.",
        "Paul Garnier ne cachait pas sa joie :",
    ],
)
def test_a_named_subject_hands_the_floor_to_the_quotation(nlp, intro) -> None:
    text = LEAD + intro + " " + QUOTE + "\n"
    [statement] = statements_from_doc(nlp(text), Article(text=text))
    assert statement.content.startswith("Ce groupe a montré")
    assert statement.speaker is not None
    assert statement.speaker.name == "Paul Garnier"


@pytest.mark.parametrize(
    "intro",
    [
        "Le stade était comble après la finale.",
        "Le club a recruté Paul Garnier l'été dernier.",
        "Paul Garnier n'assistait pas à la finale.",
    ],
)
def test_narration_naming_no_subject_hands_the_floor_to_nobody(nlp, intro) -> None:
    text = LEAD + intro + " " + QUOTE + "\n"
    assert statements_from_doc(nlp(text), Article(text=text)) == []
