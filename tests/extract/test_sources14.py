"""A noun that names a claim before "selon laquelle" (session 14): "l'information selon
laquelle …", "l'idée selon laquelle …" state a claim and name no one behind it, so they
give no statement; with "de X" the claim has a holder, and a report or a person before the
relative pronoun is still the source.

The sentences are invented; the layout is that of news copy.
"""

from __future__ import annotations

import pytest

from dixit.core import statements_from_doc
from dixit.model import Article, ExtractionRule


def by_preposition(nlp, text: str):
    found = statements_from_doc(nlp(text), Article(text=text))
    return [s for s in found if s.method == ExtractionRule.PREPOSITION]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "L'information selon laquelle le maire de Vernelle aurait démissionné a été "
            "démentie dans la soirée.",
            id="an-information-denied",
        ),
        pytest.param(
            "L'idée selon laquelle la taxe foncière baissera circule depuis lundi.",
            id="an-idea-circulating",
        ),
        pytest.param(
            "Les enquêteurs écartent l'hypothèse selon laquelle le feu aurait été allumé "
            "volontairement.",
            id="a-hypothesis-ruled-out",
        ),
    ],
)
def test_a_claim_with_no_holder_before_selon_laquelle_is_no_source(nlp, text: str) -> None:
    assert by_preposition(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        pytest.param(
            "Les informations du syndicat, selon lesquelles l'usine fermera en mars, ont "
            "été confirmées.",
            "Les informations du syndicat",
            "l'usine fermera en mars",
            id="a-claim-with-its-holder",
        ),
        pytest.param(
            "Le rapport, selon lequel les comptes de la régie sont faux, sera publié jeudi.",
            "Le rapport",
            "les comptes de la régie sont faux",
            id="a-report",
        ),
        pytest.param(
            "En effet, selon Chantal Verdier, cela retarderait la pose des caméras.",
            "Chantal Verdier",
            "cela retarderait la pose des caméras",
            id="a-connective",
        ),
        pytest.param(
            "À Lyon, selon le préfet, les travaux reprendront en mars.",
            "le préfet",
            "les travaux reprendront en mars",
            id="a-place",
        ),
        pytest.param(
            "Mais selon la syndique, cela retarderait la pose des caméras.",
            "la syndique",
            "cela retarderait la pose des caméras",
            id="a-conjunction-the-parser-hung-on-the-source",
        ),
    ],
)
def test_the_source_is_named_and_its_report_kept(nlp, text: str, source: str, content: str) -> None:
    [statement] = by_preposition(nlp, text)
    assert statement.speaker_mention == source
    assert statement.content == content


def test_a_relative_not_set_off_by_a_comma_runs_past_a_nested_relative(nlp) -> None:
    text = (
        "Le procureur a par ailleurs démenti des informations de presse selon lesquelles "
        "l'audition du suspect par les juges, qui avait été reportée à la demande de son "
        "avocat, aurait lieu vendredi."
    )
    [statement] = by_preposition(nlp, text)
    assert statement.content == (
        "l'audition du suspect par les juges, qui avait été reportée à la demande de son "
        "avocat, aurait lieu vendredi"
    )


def test_a_relative_set_off_by_commas_ends_where_the_main_clause_resumes(nlp) -> None:
    text = "Le rapport, selon lequel les comptes de la régie sont faux, a été publié jeudi."
    [statement] = by_preposition(nlp, text)
    assert statement.content == "les comptes de la régie sont faux"


def test_a_subject_before_the_source_keeps_the_whole_clause(nlp) -> None:
    text = "Le maire, selon le préfet, a quitté la réunion avant le vote."
    [statement] = by_preposition(nlp, text)
    assert statement.content == "Le maire, selon le préfet, a quitté la réunion avant le vote"
