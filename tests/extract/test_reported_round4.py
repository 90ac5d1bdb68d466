"""Reported speech as real copy writes it (fourth pass), on sentences written for the test.

Each construction has a positive case and a negative one: the same words in narration
that reports nothing.
"""

from __future__ import annotations

import pytest
from extracted import extract

from dixit.model import ExtractionRule

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


def test_an_incise_inside_a_sentence_reports_the_words_after_it(nlp) -> None:
    text = "Par ailleurs, a-t-elle ajouté, la commune a « tenu tous ses engagements »."
    [s] = extract(nlp, text)
    assert (s.method, s.kind, s.content, s.speaker_mention) == (
        ExtractionRule.POSTPOSED,
        "mixed",
        "la commune a « tenu tous ses engagements »",
        "elle",
    )


def test_an_incise_after_the_subject_keeps_the_subject(nlp) -> None:
    text = "Le nouveau stade, a-t-il précisé, sera livré avant la fin de la saison."
    [s] = extract(nlp, text)
    assert s.content == text.rstrip(".")


def test_the_same_verb_with_its_own_object_between_commas_reports_nothing(nlp) -> None:
    assert extract(nlp, "Par ailleurs, a-t-elle ajouté du sel, la soupe était fade.") == []


def test_comme_and_a_cue_after_a_comma_attribute_the_clause_before(nlp) -> None:
    text = (
        "Les relevés avaient été transmis aux avocats dès lundi, comme le rappelle "
        "le parquet de Vernac jeudi soir dans un communiqué."
    )
    [s] = extract(nlp, text)
    assert (s.method, s.content, s.speaker_mention) == (
        ExtractionRule.POSTPOSED,
        "Les relevés avaient été transmis aux avocats dès lundi",
        "le parquet de Vernac",
    )


def test_comme_after_a_report_ends_its_object_and_attributes_nothing_more(nlp) -> None:
    # Whose words the clause holds (the mayor's denial, the papers' story) is unclear.
    text = (
        "Le maire a nié l'existence d'un projet de fusion des deux écoles, "
        "comme l'ont rapporté certains journaux."
    )
    [s] = extract(nlp, text)
    assert (s.content, s.speaker_mention) == (
        "l'existence d'un projet de fusion des deux écoles",
        "Le maire",
    )


@pytest.mark.parametrize(
    "text",
    [
        # A wish fulfilled, and a rule followed: no one says the clause.
        "La réunion a été reportée, comme le souhaitaient les syndicats depuis des semaines.",
        "Les relevés avaient été transmis aux avocats dès lundi, comme le veut la procédure.",
    ],
)
def test_comme_with_a_wish_or_a_rule_reports_nothing(nlp, text) -> None:
    assert extract(nlp, text) == []


SAID = "« Nous livrerons les logements au printemps », a assuré Lise Marnier, cheffe du chantier."


def test_et_de_and_a_cue_report_the_speaker_the_text_follows(nlp) -> None:
    text = SAID + " Et d'ajouter que le budget serait tenu."
    quote, added = extract(nlp, text)
    assert (added.method, added.content) == (ExtractionRule.FLOATING, "le budget serait tenu")
    assert added.speaker == quote.speaker


def test_de_and_a_cue_inside_a_clause_of_narration_report_nothing(nlp) -> None:
    text = SAID + " Il est temps de dire que le chantier a pris du retard."
    [quote] = extract(nlp, text)
    assert quote.method == ExtractionRule.INCISE


def test_an_attribute_whose_topic_the_parser_hung_on_the_verb_is_a_position(nlp) -> None:
    text = "Le ministre des transports se montrait sceptique sur une réouverture de la ligne."
    [s] = extract(nlp, text)
    assert (s.method, s.content) == (
        ExtractionRule.ATTRIBUTE,
        "sceptique sur une réouverture de la ligne",
    )


def test_an_attribute_followed_by_a_place_is_a_manner(nlp) -> None:
    text = "Le ministre des transports se montrait plus sévère dans les couloirs du ministère."
    assert extract(nlp, text) == []
