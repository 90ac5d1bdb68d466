"""Reported speech on fresh real copy (session 16, issue 11), on sentences written for the test.

Each construction has a positive case and a negative one: the same words in narration that
reports nothing, or a neighbouring construction that must keep its old reading. The texts
are invented, laid out as wire copy, diplomatic and court pages write them.
"""

from __future__ import annotations

import pytest
from extracted import extract


def by_cue(statements) -> dict[str, str]:
    return {s.cue: s.content for s in statements}


# -- "…, a déclaré X" after an infinitive: the complement ends at the postposed clause -----------


def test_an_infinitive_complement_ends_before_a_postposed_compound_cue(nlp) -> None:
    text = (
        "Le conducteur a reconnu avoir bu deux bières, mais pas le troisième verre, "
        "a déclaré mardi Paul Lemoine, le procureur de Vernelle."
    )
    found = by_cue(extract(nlp, text))
    assert found["a reconnu"] == "avoir bu deux bières, mais pas le troisième verre"
    assert found["a déclaré"] == (
        "Le conducteur a reconnu avoir bu deux bières, mais pas le troisième verre"
    )


def test_a_compound_cue_inside_the_clause_with_its_own_subject_does_not_cut_it(nlp) -> None:
    text = "Le procureur a indiqué que le conducteur, qui avait bu, a reconnu les faits."
    (statement,) = extract(nlp, text)
    assert statement.content == "le conducteur, qui avait bu, a reconnu les faits"


# -- "…, et ont condamné « … »": a second cue in a compound tense, the same speaker -------------


def test_a_coordinated_compound_cue_ends_the_clause_and_reports_for_the_same_speaker(nlp) -> None:
    text = (
        "Les élus ont également demandé à ce qu'une réunion soit organisée avec la direction, "
        'et ont condamné "la brutalité de cette annonce".'
    )
    statements = extract(nlp, text)
    found = by_cue(statements)
    assert found["ont également demandé"] == ("une réunion soit organisée avec la direction")
    assert found["ont condamné"] == '"la brutalité de cette annonce"'
    assert {s.speaker_mention for s in statements} == {"Les élus"}


def test_a_coordinated_compound_cue_keeps_the_first_subject(nlp) -> None:
    text = (
        "Dix jours après avoir lancé un appel aux dons, le président de l'association, "
        "Marc Delorme, s'est félicité vendredi que des centaines de familles aient répondu "
        "mais a estimé que l'effort devait durer."
    )
    statements = extract(nlp, text)
    estimated = next(s for s in statements if s.cue == "a estimé")
    assert estimated.content == "l'effort devait durer"
    assert estimated.speaker_mention == "le président de l'association, Marc Delorme"


def test_a_coordinated_verb_that_reports_nothing_stays_in_the_clause(nlp) -> None:
    text = "Les élus ont demandé que la salle soit rénovée et ont voté le budget."
    (statement,) = extract(nlp, text)
    assert statement.cue == "ont demandé"


# -- "…, a déclaré X, précisant que …": a participle after the incise is the incise speaker's ----


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        pytest.param(
            '"Nous sommes inquiets" a déclaré le directeur du port, Luc Berthe, précisant que '
            "trois navires avaient été retenus.",
            "précisant",
            "le directeur du port, Luc Berthe",
            id="after-a-quotation-without-a-comma",
        ),
        pytest.param(
            "La pluie n'a pas cessé, s'est félicité M. Roux en soulignant qu'il \"reste "
            'beaucoup à faire pour les nappes".',
            "soulignant",
            "M. Roux",
            id="a-gerund-after-a-postposed-clause",
        ),
        pytest.param(
            "« Le chantier avance », a-t-il déclaré mardi sur Radio Vernelle, tout en assurant "
            "que la rocade ouvrirait en juin.",
            "assurant",
            "il",
            id="after-an-inverted-pronoun",
        ),
    ],
)
def test_a_participle_after_an_incise_reports_for_the_incise_speaker(
    nlp, text: str, cue: str, speaker: str
) -> None:
    statement = next(s for s in extract(nlp, text) if s.cue == cue)
    assert statement.speaker_mention == speaker


def test_a_participle_after_a_named_object_keeps_the_subject_before_the_verb(nlp) -> None:
    text = (
        "La sénatrice Anne Colin a répondu lundi au discours du maire Paul Favre en critiquant "
        "le projet de rocade."
    )
    statement = next(s for s in extract(nlp, text) if s.cue == "critiquant")
    assert statement.speaker_mention == "La sénatrice Anne Colin"


def test_a_participle_of_narration_after_an_incise_reports_nothing(nlp) -> None:
    text = "La digue a cédé, a indiqué la préfecture, les pompiers restant mobilisés toute la nuit."
    (statement,) = extract(nlp, text)
    assert statement.cue == "a indiqué"


# -- "a redit son opposition à …": a stance noun with a possessive, after any verb of saying ------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "L'association a également rappelé son opposition à tout projet de forage dans "
            "la vallée.",
            "son opposition à tout projet de forage dans la vallée",
            id="rappeler-son-opposition",
        ),
        pytest.param(
            "Le syndicat a dit son opposition à la réforme des horaires.",
            "son opposition à la réforme des horaires",
            id="dire-son-opposition",
        ),
        pytest.param(
            "La fédération a exprimé sa préoccupation face à la hausse des prix de l'énergie.",
            "sa préoccupation face à la hausse des prix de l'énergie",
            id="exprimer-sa-preoccupation",
        ),
        pytest.param(
            "L'organisation a fait part de son « inquiétude » face à la montée des eaux.",
            "de son « inquiétude » face à la montée des eaux",
            id="faire-part-de",
        ),
    ],
)
def test_a_stance_noun_with_a_possessive_is_a_stated_position(nlp, text: str, content: str) -> None:
    (statement,) = extract(nlp, text)
    assert statement.content == content


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("La guide a rappelé les règles de sécurité aux visiteurs.", id="rules"),
        pytest.param("Le comédien a dit son texte sans une hésitation.", id="a-text"),
        pytest.param("L'association a rappelé son président, parti en vacances.", id="a-person"),
    ],
)
def test_another_object_of_a_verb_of_saying_reports_nothing(nlp, text: str) -> None:
    assert extract(nlp, text) == []


# -- "la communauté internationale", "la coalition": bodies that speak ----------------------------


def test_the_international_community_condemns(nlp) -> None:
    text = "La communauté internationale a condamné l'attaque du convoi et appelé à une trêve."
    found = by_cue(extract(nlp, text))
    assert found["a condamné"] == "l'attaque du convoi"
    assert found["appelé"] == "à une trêve"
