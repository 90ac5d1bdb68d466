"""Reported speech as real copy writes it (third pass), on sentences written for the test.

Each construction has a positive case and a negative one: the same words in narration
that reports nothing.
"""

from __future__ import annotations

import pytest
from extracted import extract

from dixit.model import ExtractionRule


def test_a_compound_word_does_not_end_a_reported_clause(nlp) -> None:
    # The tokenizer splits an unknown compound at its hyphen; no sentence ends there.
    text = (
        "Le sénateur Paul Dumas avait estimé qu'un accord-cadre entre Vernac et la région "
        "n'était pas possible avant l'été."
    )
    [s] = extract(nlp, text)
    assert (s.method, s.content) == (
        ExtractionRule.QUE,
        "un accord-cadre entre Vernac et la région n'était pas possible avant l'été",
    )


def test_a_compound_word_in_narration_reports_nothing(nlp) -> None:
    text = "Le sénateur Paul Dumas avait signé un accord-cadre entre Vernac et la région."
    assert extract(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "method", "content", "mention"),
    [
        # The tagger reads "dément" as an adjective or an adverb before a bare infinitive.
        (
            "Le directeur du port dément avoir reçu la lettre du syndicat.",
            ExtractionRule.INFINITIVE,
            "avoir reçu la lettre du syndicat",
            "Le directeur du port",
        ),
        (
            "La juge Karin Morel dément avoir rencontré le promoteur.",
            ExtractionRule.INFINITIVE,
            "avoir rencontré le promoteur",
            "La juge Karin Morel",
        ),
        # "juge" read as a part of the name before it.
        (
            "Karin Morel juge que le budget va durcir les positions de la région.",
            ExtractionRule.QUE,
            "le budget va durcir les positions de la région",
            "Karin Morel",
        ),
    ],
)
def test_a_cue_the_tagger_did_not_read_as_a_verb(nlp, text, method, content, mention) -> None:
    [s] = extract(nlp, text)
    assert (s.method, s.content, s.speaker_mention) == (method, content, mention)


@pytest.mark.parametrize(
    "text",
    [
        "Un homme dément a frappé le gardien du parc de Vernac.",
        "Karin Morel, juge au tribunal de Vernac, a signé le registre.",
    ],
)
def test_the_same_forms_as_an_adjective_or_a_noun_report_nothing(nlp, text) -> None:
    assert extract(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Le maire de Vernac se défend de tout favoritisme.", "de tout favoritisme"),
        (
            "La conseillère prend acte de la victoire des écologistes, mais estime que la ville "
            "doit rester prudente.",
            "de la victoire des écologistes",
        ),
        (
            "L'entraîneur a rendu hommage au courage des joueurs de Lizac.",
            "au courage des joueurs de Lizac",
        ),
    ],
)
def test_a_position_after_a_preposition_of_the_cue(nlp, text, content) -> None:
    objects = [s for s in extract(nlp, text) if s.method == ExtractionRule.OBJECT]
    assert [s.content for s in objects] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Le club de Vernac se défend de mieux en mieux depuis l'hiver.",
        "La conseillère prend des notes de la séance du conseil.",
        "La conseillère a rendu visite au maire de Lizac.",
    ],
)
def test_the_same_verbs_without_their_cue_words_report_nothing(nlp, text) -> None:
    assert extract(nlp, text) == []


def test_a_viewpoint_opening_a_coordinated_clause(nlp) -> None:
    text = (
        "Pour le syndicat, il est scandaleux que les deux hommes soient libres, mais pour le "
        "parquet, il n'y avait pas assez de preuves."
    )
    found = [(s.content, s.speaker_mention) for s in extract(nlp, text)]
    assert found == [
        ("il est scandaleux que les deux hommes soient libres", "le syndicat"),
        ("il n'y avait pas assez de preuves", "le parquet"),
    ]


def test_a_purpose_opening_a_coordinated_clause_reports_nothing(nlp) -> None:
    text = "Le maire a acheté des fleurs, et pour la fête, la salle a été décorée."
    assert extract(nlp, text) == []
