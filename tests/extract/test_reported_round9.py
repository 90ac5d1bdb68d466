"""Reported speech on unseen copy (ninth pass), on sentences written for the test.

Each construction has a positive case and a negative one: the same words in narration
that reports nothing, or a neighbouring construction that must keep its old reading.
"""

from __future__ import annotations

import pytest
from extracted import extract

from dixit.model import ExtractionRule


def test_a_name_before_brackets_is_the_subject_the_parse_lost(nlp) -> None:
    text = (
        "Dernière à monter à la tribune au nom du groupe le plus nombreux de l'assemblée, "
        "Odile Vernet (PLV) a fustigé une majorité « qui ne sait plus où elle va »."
    )
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.OBJECT
    assert statement.content == "une majorité « qui ne sait plus où elle va »"
    assert "Vernet" in (statement.speaker_mention or "")


def test_a_name_before_brackets_of_a_passive_verb_speaks_not(nlp) -> None:
    text = "L'échevin Marc Delaune (PLV) a été condamné à verser une amende de mille euros."
    assert extract(nlp, text) == []


def test_a_titled_name_before_a_comma_set_adjunct_speaks(nlp) -> None:
    text = (
        "M. Larivière, d'un ton moqueur, a répondu que la majorité était gênée par "
        "une opposition bien plus habile qu'elle."
    )
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.QUE
    assert statement.content.startswith("la majorité était gênée")
    assert statement.speaker_mention == "M. Larivière"


def test_a_relative_que_after_a_noun_opens_no_reported_clause(nlp) -> None:
    text = (
        "Hélène Quinet réagit aux résultats du scrutin dans un entretien qu'elle accorde "
        "à la radio régionale."
    )
    assert [s for s in extract(nlp, text) if s.method == ExtractionRule.QUE] == []


def test_a_que_after_the_one_addressed_still_reports(nlp) -> None:
    text = "Hélène Quinet a déclaré aux journalistes qu'elle briguerait un second mandat."
    (statement,) = extract(nlp, text)
    assert statement.content == "elle briguerait un second mandat"


def test_the_subject_of_a_multi_word_cue_hung_on_its_last_word(nlp) -> None:
    text = "Elle a fait valoir que « c'est une excellente affaire pour les familles de Valnoir »."
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.QUE
    assert statement.speaker_mention == "Elle"


def test_others_as_a_subject_are_a_group_that_speaks(nlp) -> None:
    text = (
        "Trois analystes ont prédit une hausse des taux. Les autres ont dit qu'il n'y aurait "
        "aucun changement avant l'automne."
    )
    contents = [s.content for s in extract(nlp, text)]
    assert "il n'y aurait aucun changement avant l'automne" in contents


def test_the_others_in_narration_say_nothing(nlp) -> None:
    text = "Trois coureurs ont abandonné. Les autres ont franchi la ligne avant la nuit."
    assert extract(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "La directrice a insisté sur la nécessité de rénover les salles de classe.",
            "sur la nécessité de rénover les salles de classe",
        ),
        (
            "Le député Paul Ternier a crié au scandale après la fermeture de la maternité.",
            "au scandale après la fermeture de la maternité",
        ),
        (
            "Paule Marin a de son côté pointé du doigt les retards du chantier de la gare.",
            "les retards du chantier de la gare",
        ),
    ],
)
def test_prepositional_and_idiom_objects_of_speech(nlp, text, content) -> None:
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.OBJECT
    assert statement.content == content


@pytest.mark.parametrize(
    "text",
    [
        "Le guide a pointé du doigt la montagne au loin.",
        "Les enfants ont crié dans la cour avant la sonnerie.",
    ],
)
def test_the_same_verbs_in_narration_report_nothing(nlp, text) -> None:
    assert extract(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "La sénatrice Lise Caron s'est étonnée du manque de cohérence de la majorité.",
            "du manque de cohérence de la majorité",
        ),
        (
            "Le syndicat des cheminots s'est insurgé contre la suppression de quarante postes.",
            "contre la suppression de quarante postes",
        ),
        (
            "L'élue écologiste s'est insurgée contre l'abattage des platanes de l'avenue.",
            "contre l'abattage des platanes de l'avenue",
        ),
    ],
)
def test_a_reaction_with_its_prepositional_object_is_a_statement(nlp, text, content) -> None:
    (statement,) = extract(nlp, text)
    # the tagger reads some of these participles as adjectives: the attribute's rule
    assert statement.method in {ExtractionRule.OBJECT, ExtractionRule.ATTRIBUTE}
    assert statement.content == content


def test_a_reaction_verb_with_an_adjunct_only_reports_nothing(nlp) -> None:
    text = "La sénatrice Lise Caron s'est étonnée dans les couloirs du palais."
    assert extract(nlp, text) == []


def test_a_gerund_before_a_multi_word_cue_leaves_the_clause_to_that_cue(nlp) -> None:
    text = (
        "Le sélectionneur, en répondant à son homologue, fait remarquer que « les deux "
        "équipes se connaissent par cœur »."
    )
    statements = extract(nlp, text)
    assert [s.method for s in statements] == [ExtractionRule.QUE]


def test_a_gerund_after_a_postposed_incise_leaves_the_words_before_it(nlp) -> None:
    text = (
        "Au résidentiel, les hausses ne dépasseront pas 2 %, a-t-il précisé en assurant "
        "qu'il tenait à garder les tarifs bas."
    )
    statements = extract(nlp, text)
    postposed = [s for s in statements if s.method == ExtractionRule.POSTPOSED]
    assert [s.content for s in postposed] == ["Au résidentiel, les hausses ne dépasseront pas 2 %"]
    (que,) = [s for s in statements if s.method == ExtractionRule.QUE]
    assert que.speaker_mention == "il"


def test_a_gerund_of_narration_after_a_comma_is_no_incise(nlp) -> None:
    text = "Les hausses ne dépasseront pas 2 %, en attendant la décision du conseil."
    assert extract(nlp, text) == []


def test_a_noun_phrase_and_its_relative_before_a_glued_incise_are_reported(nlp) -> None:
    text = "Une conjoncture qui pousse les ménages à épargner davantage, a-t-elle reconnu."
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.POSTPOSED
    assert statement.content == "Une conjoncture qui pousse les ménages à épargner davantage"


def test_a_noun_phrase_before_a_verb_with_its_own_subject_is_no_report(nlp) -> None:
    text = "Une conjoncture qui pousse les ménages à épargner, la ministre a reconnu."
    assert [s for s in extract(nlp, text) if s.method == ExtractionRule.POSTPOSED] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Pour ce qui est du frère, la faute est « bien moins nette », dixit la procureure.",
            "Pour ce qui est du frère, la faute est « bien moins nette »",
        ),
        (
            "À en croire le maire de Valnoir, le pont rouvrira avant l'été.",
            "le pont rouvrira avant l'été",
        ),
        (
            "Le taux directeur montera d'un quart de point en mars, selon les économistes "
            "interrogés par l'agence, qui prévoient ensuite une pause.",
            "Le taux directeur montera d'un quart de point en mars",
        ),
    ],
)
def test_sources_given_by_a_preposition(nlp, text, content) -> None:
    contents = [s.content for s in extract(nlp, text) if s.method == ExtractionRule.PREPOSITION]
    assert contents == [content]


def test_a_source_followed_by_narration_of_its_own_is_no_preposition_report(nlp) -> None:
    text = (
        "Le taux directeur montera en mars, selon les économistes de la banque, et la "
        "monnaie a reculé aussitôt."
    )
    assert [s for s in extract(nlp, text) if s.method == ExtractionRule.PREPOSITION] == []


def test_a_source_that_opens_the_sentence_keeps_the_words_after_it(nlp) -> None:
    text = (
        "Pour la conservatrice du musée, Claire Vaudan, l'œuvre de Luc Morel « montre ce "
        "que nous oublions et ce qui nous survit »."
    )
    contents = [s.content for s in extract(nlp, text) if s.method == ExtractionRule.PREPOSITION]
    assert contents == [
        "l'œuvre de Luc Morel « montre ce que nous oublions et ce qui nous survit »"
    ]
