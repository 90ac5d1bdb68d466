"""Who speaks next (round 10, issue 11): incises the extractor kept inside a quotation or
left after it, whatever their verb.

Each construction has a positive text and a negative one (the same words where the floor
does not change hands), as one parametrised test where the expectation has the same shape.
The texts are invented French, laid out as real copy; ``run`` builds the statements by hand,
as in ``test_speakers.py``, so these tests check the resolution rules alone.
"""

from __future__ import annotations

import pytest
from test_speakers import Said, names, run

pytestmark = pytest.mark.slow


# -- an incise inside the quotation names its speaker ---------------------------------------------

_INNER = (
    "« Le bureau doit rester neutre », a prévenu la présidente, Corinne Vasseur.\n\n"
    "Hugo Marchal n'a pas apprécié la remarque et a quitté la salle.\n\n"
    "« Est-ce qu'on me menace ? {incise} Le droit de parole d'un élu ne se négocie pas. "
    "Je ne me tairai pas », a-t-il lancé."
)


def _inner_said(incise: str) -> list[Said]:
    return [
        Said("Le bureau doit rester neutre", "la présidente, Corinne Vasseur"),
        Said(
            f"Est-ce qu'on me menace ? {incise} Le droit de parole d'un élu "
            "ne se négocie pas. Je ne me tairai pas",
            "il",
            after="a-t-",
        ),
    ]


def test_an_incise_inside_the_quotation_names_the_pronoun(fr_nlp, registry):
    incise = "a alors demandé M. Lemaire."
    out = run(fr_nlp, registry, _INNER.format(incise=incise), _inner_said(incise))
    assert names(out) == ["Corinne Vasseur", "Lemaire"]


def test_a_name_inside_the_quotation_that_is_no_incise_is_no_speaker(fr_nlp, registry):
    incise = "Je ne suis pas M. Lemaire."
    out = run(fr_nlp, registry, _INNER.format(incise=incise), _inner_said(incise))
    assert names(out)[-1] != "Lemaire"


_INNER_FLOATING = (
    "« Nous avons manqué le début du match, a reconnu Yanis Ferrand, le gardien. "
    "Il faudra mieux entrer dans la partie. »\n\n"
    "« Je voulais des certitudes avant le déplacement à Colmar. Là, c'est inquiétant, "
    "{incise} En rentrant au vestiaire, j'ai parlé aux joueurs. »"
)


@pytest.mark.parametrize(
    ("incise", "expected"),
    [
        pytest.param("a appuyé Julien Morvan.", "Julien Morvan", id="incise-names-its-speaker"),
        pytest.param("avec Julien Morvan.", "Yanis Ferrand", id="no-incise-continues"),
    ],
)
def test_an_incise_inside_a_floating_quotation(fr_nlp, registry, incise, expected):
    said = [
        Said("Il faudra mieux entrer dans la partie.", "Yanis Ferrand, le gardien"),
        Said(
            "Je voulais des certitudes avant le déplacement à Colmar. Là, c'est inquiétant, "
            f"{incise} En rentrant au vestiaire, j'ai parlé aux joueurs.",
            None,
            method="floating",
        ),
    ]
    out = run(fr_nlp, registry, _INNER_FLOATING.format(incise=incise), said)
    assert names(out) == ["Yanis Ferrand", expected]


def test_an_incise_in_a_nested_quotation_is_someone_elses_dialogue(fr_nlp, registry):
    text = (
        "« Nous avons manqué le début du match », a reconnu Yanis Ferrand, le gardien.\n\n"
        "« Le coach nous a prévenus : “Restez concentrés, a répété Morvan, sinon on coule.” "
        "Nous ne l'avons pas écouté. »"
    )
    said = [
        Said("Nous avons manqué le début du match", "Yanis Ferrand, le gardien"),
        Said(
            "Le coach nous a prévenus : “Restez concentrés, a répété Morvan, sinon on coule.” "
            "Nous ne l'avons pas écouté.",
            None,
            method="floating",
        ),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Yanis Ferrand", "Yanis Ferrand"]


# -- an incise after a floating quotation, whatever its verb --------------------------------------

_AFTER = (
    "« On va essayer de ne pas en prendre dix », plaisantait Léa Girardin avant le match. "
    "« En vérité, on ne connaît pas leur niveau »{after}"
)


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        pytest.param(", coupe Maëlle Favre.", "Maëlle Favre", id="inverted-subject-any-verb"),
        pytest.param(", est revenue Mme Favre.", "Favre", id="auxiliary-and-participle"),
        pytest.param(", et elle coupe Maëlle Favre.", "Léa Girardin", id="own-subject-no-one"),
    ],
)
def test_an_incise_after_a_floating_quotation(fr_nlp, registry, after, expected):
    said = [
        Said("On va essayer de ne pas en prendre dix", "Léa Girardin"),
        Said("En vérité, on ne connaît pas leur niveau", None, method="floating"),
    ]
    out = run(fr_nlp, registry, _AFTER.format(after=after), said)
    assert names(out) == ["Léa Girardin", expected]


# -- a body is "elle" or "il" by the noun that names it -------------------------------------------

_BODY = (
    "« Qui paiera la facture ? », s'interroge la Chambre des métiers de Valbrune. "
    "Pour sa part, l'association Ventavia demande le report du mouvement. "
    "« Nous devons nous asseoir autour d'une table », {incise}."
)


@pytest.mark.parametrize(
    ("pronoun", "is_the_body"),
    [
        pytest.param("elle", True, id="a-feminine-body-is-she"),
        pytest.param("il", False, id="a-feminine-body-is-not-he"),
    ],
)
def test_a_body_after_a_fronted_adjunct_by_the_gender_of_its_noun(
    fr_nlp, registry, pronoun, is_the_body
):
    said = [
        Said("Qui paiera la facture ?", "la Chambre des métiers de Valbrune"),
        Said("le report du mouvement", "l'association Ventavia"),
        Said("Nous devons nous asseoir autour d'une table", pronoun, after="dit-"),
    ]
    out = run(fr_nlp, registry, _BODY.format(incise=f"dit-{pronoun}"), said)
    same = out[2].speaker is not None and out[2].speaker.id == out[1].speaker.id
    assert same is is_the_body
    assert "Part" not in names(out)


# -- a pronoun opening its paragraph takes up the unnamed subject closing the one before ----------

_OPENER = (
    "« Le dossier est vide », a plaidé Me Joris Vautrin, l'avocat de Damien Roche.\n\n"
    "{subject} a été le premier à s'exprimer mardi, réclamant trois ans de prison "
    "contre Damien Roche, absent à l'audience.\n\n"
    "Pour lui, « l'accusé a menti du début à la fin »."
)
_OPENER_SAID = [
    Said("Le dossier est vide", "Me Joris Vautrin, l'avocat de Damien Roche"),
    Said("l'accusé a menti du début à la fin", "lui", after="Pour "),
]
# The full pipeline (``nlp``): a newline ends a sentence, as in every analysed article.


def test_a_pronoun_opening_its_paragraph_is_the_body_its_unnamed_subject_speaks_for(nlp, registry):
    text = _OPENER.format(subject="Le représentant du parquet de Valbrune")
    out = run(nlp, registry, text, _OPENER_SAID)
    assert out[1].speaker is not None and out[1].speaker.type == "organisation"
    assert "Damien Roche" not in names(out)


def test_a_named_subject_there_is_left_to_the_other_rules(nlp, registry):
    out = run(nlp, registry, _OPENER.format(subject="Le procureur Alain Ferrer"), _OPENER_SAID)
    assert names(out)[1] == "Alain Ferrer"


# -- a preposed reporting verb whose subject the extractor lost -----------------------------------

_LOST = (
    "« Il mérite ce qui lui arrive », a lancé l'entraîneur Julien Morvan.\n\n"
    "{subject} a aussi précisé que le gardien souffrait d'une entorse au genou."
)


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        pytest.param("Le capitaine Hugo Marchal", "Hugo Marchal", id="the-parse-gives-it"),
        pytest.param("Il", None, id="a-pronoun-names-nobody"),
    ],
)
def test_the_subject_of_a_preposed_verb(nlp, registry, subject, expected):
    said = [
        Said("Il mérite ce qui lui arrive", "l'entraîneur Julien Morvan"),
        Said(
            "le gardien souffrait d'une entorse au genou",
            None,
            method="que",
            cue_at="a aussi précisé",
        ),
    ]
    out = run(nlp, registry, _LOST.format(subject=subject), said)
    assert names(out) == ["Julien Morvan", expected]


# -- the person a sentence reports is its pronoun's antecedent -------------------------------------

_SAYER = (
    "« Nous ferons un geste pour les carrières longues », a annoncé Mme Sophie Lanvin, "
    "la Première ministre.\n\n"
    "Si {who} a reconnu que le texte allait « dans le bon sens », "
    "« cela reste insuffisant », selon elle."
)


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        pytest.param("Mme Claire Dutertre", "Claire Dutertre", id="the-reporting-subject"),
        pytest.param("M. Claude Dutertre", "Sophie Lanvin", id="not-of-the-other-gender"),
    ],
)
def test_the_subject_of_a_reporting_verb_in_the_sentence_takes_the_pronoun(
    fr_nlp, registry, who, expected
):
    said = [
        Said("Nous ferons un geste pour les carrières longues", "Mme Sophie Lanvin"),
        Said("cela reste insuffisant", "elle", after="selon "),
    ]
    out = run(fr_nlp, registry, _SAYER.format(who=who), said)
    assert names(out) == ["Sophie Lanvin", expected]
