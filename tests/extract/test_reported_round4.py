"""Reported speech as real copy writes it (fourth pass), on sentences written for the test.

Each construction has a positive case and a negative one: the same words in narration
that reports nothing.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article, ExtractionRule


def extract(nlp, text: str):
    return statements_from_doc(nlp(text), Article(text=text))


INCISE = "« Le match était serré jusqu'au bout, on a manqué de réalisme », a poursuivi le capitaine"


def test_a_relative_clause_on_the_subject_of_an_incise_reports_that_speaker(nlp) -> None:
    # The parser hangs "qui …" on the incise verb, not on its postposed subject.
    text = INCISE + ", qui a rendu hommage à la combativité des Écossais."
    quote, homage = extract(nlp, text)
    assert quote.method == ExtractionRule.INCISE
    assert (homage.method, homage.content, homage.speaker_mention) == (
        ExtractionRule.OBJECT,
        "à la combativité des Écossais",
        "le capitaine",
    )


def test_a_relative_clause_of_narration_after_an_incise_reports_nothing(nlp) -> None:
    text = INCISE + ", qui a rendu visite aux blessés de la veille."
    [quote] = extract(nlp, text)
    assert quote.method == ExtractionRule.INCISE


QUOTED = "« Nous avons tenu parole, les familles ont reçu leur aide », a déclaré la maire, "


def test_a_participle_after_an_incise_speaks_for_the_incise_subject(nlp) -> None:
    text = QUOTED + "assurant que cela n'avait pas été fait aux dépens des écoles."
    quote, claim = extract(nlp, text)
    assert quote.method == ExtractionRule.INCISE
    assert (claim.method, claim.content, claim.speaker_mention) == (
        ExtractionRule.QUE,
        "cela n'avait pas été fait aux dépens des écoles",
        "la maire",
    )


def test_a_participle_of_narration_after_an_incise_reports_nothing(nlp) -> None:
    text = QUOTED + "ajustant ses lunettes devant les caméras du journal."
    [quote] = extract(nlp, text)
    assert quote.method == ExtractionRule.INCISE


def test_a_participle_after_a_quotation_borrows_no_word_of_the_quotation(nlp) -> None:
    # No incise: "de l'argent" inside the quotation must not become the speaker.
    text = (
        "« Nous avions promis de rendre de l'argent aux familles, nous avons tenu parole », "
        "assurant que cela n'avait pas été fait aux dépens des écoles."
    )
    for s in extract(nlp, text):
        assert s.speaker_mention != "l'argent"
