"""A source set inside its clause between commas (session 13): "La réforme serait, selon le
ministre, votée avant l'été", "Ce projet, d'après la préfecture, coûtera deux millions". The
words on both sides of the source are one clause, so the statement is the whole sentence;
the source phrase sits inside it, as an incise sits inside a quotation.

The sentences are invented; the layout is that of wire copy.
"""

from __future__ import annotations

import pytest
from extracted import extract

from dixit.model import ExtractionRule


def by_preposition(nlp, text: str):
    return [s for s in extract(nlp, text) if s.method == ExtractionRule.PREPOSITION]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Toute nouvelle fouille pourrait, selon le parquet, nuire à l'enquête en cours.",
            "parquet",
            id="between-a-modal-and-its-infinitive",
        ),
        pytest.param(
            "La réforme des retraites serait, selon le ministre, votée avant l'été.",
            "ministre",
            id="between-an-auxiliary-and-its-participle",
        ),
        pytest.param(
            "Le chantier du pont de Vernelle, d'après la préfecture, coûtera deux millions "
            "d'euros de plus que prévu.",
            "préfecture",
            id="between-the-subject-and-its-verb",
        ),
    ],
)
def test_a_source_between_commas_inside_its_clause_reports_the_whole_clause(
    nlp, text: str, speaker: str
) -> None:
    [statement] = by_preposition(nlp, text)
    assert statement.content == text.rstrip(".")
    assert statement.kind == "indirect"
    assert statement.speaker_mention is not None
    assert speaker in statement.speaker_mention.lower()


def test_a_named_source_with_its_apposition_inside_the_clause(nlp) -> None:
    text = "Cette fermeture, selon la maire, Odile Brassac, sera définitive dès janvier."
    [statement] = by_preposition(nlp, text)
    assert statement.content == text.rstrip(".")
    assert statement.speaker is not None and statement.speaker.name == "Odile Brassac"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Le convoi est reparti, selon l'horaire prévu, vers la frontière.",
            id="a-timetable-is-no-source",
        ),
        pytest.param(
            "Le camion a été retrouvé, selon toute vraisemblance, dans un fossé.",
            id="a-likelihood-is-no-source",
        ),
    ],
)
def test_a_phrase_that_names_no_source_between_commas_reports_nothing(nlp, text: str) -> None:
    assert by_preposition(nlp, text) == []


def test_a_new_clause_after_the_source_still_leaves_the_words_before_it(nlp) -> None:
    text = (
        "Le tir visait le gérant, selon les dires du témoin, mais la balle s'est logée "
        "dans la vitrine."
    )
    [statement] = by_preposition(nlp, text)
    assert statement.content == "Le tir visait le gérant"


def test_a_name_after_a_fronted_named_source_is_the_subject_of_the_reported_clause(nlp) -> None:
    text = (
        "Selon l'AFP, Marc Delorme, qui dirige la coopérative depuis dix ans, a affirmé "
        "que les prix baisseraient en mars."
    )
    found = {(s.method, s.speaker_mention, s.content) for s in extract(nlp, text)}
    assert found == {
        (
            ExtractionRule.PREPOSITION,
            "l'AFP",
            "Marc Delorme, qui dirige la coopérative depuis dix ans, a affirmé que les prix "
            "baisseraient en mars",
        ),
        (ExtractionRule.QUE, "Marc Delorme", "les prix baisseraient en mars"),
    }


def test_a_common_noun_after_a_fronted_source_leaves_the_source_alone(nlp) -> None:
    text = "Selon l'agence Reuters, le port, fermé depuis lundi, a rouvert dans la matinée."
    [statement] = extract(nlp, text)
    assert statement.speaker_mention == "l'agence Reuters"
    assert statement.content == "le port, fermé depuis lundi, a rouvert dans la matinée"
