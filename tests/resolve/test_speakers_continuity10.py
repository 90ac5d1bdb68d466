"""Who speaks next (round 10, issue 11): incises the extractor kept inside a quotation or
left after it, whatever their verb.

Each construction has a positive text and a negative one (the same words where the floor
does not change hands). The texts are invented French, laid out as real copy; ``run`` builds
the statements by hand, as in ``test_speakers.py``, so these tests check the resolution
rules alone.
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


def test_an_incise_inside_the_quotation_names_the_pronoun(fr_nlp, registry):
    text = _INNER.format(incise="a alors demandé M. Lemaire.")
    said = [
        Said("Le bureau doit rester neutre", "la présidente, Corinne Vasseur"),
        Said(
            "Est-ce qu'on me menace ? a alors demandé M. Lemaire. Le droit de parole d'un élu "
            "ne se négocie pas. Je ne me tairai pas",
            "il",
            after="a-t-",
        ),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Corinne Vasseur", "Lemaire"]


def test_a_name_inside_the_quotation_that_is_no_incise_is_no_speaker(fr_nlp, registry):
    text = _INNER.format(incise="Je ne suis pas M. Lemaire.")
    said = [
        Said("Le bureau doit rester neutre", "la présidente, Corinne Vasseur"),
        Said(
            "Est-ce qu'on me menace ? Je ne suis pas M. Lemaire. Le droit de parole d'un élu "
            "ne se négocie pas. Je ne me tairai pas",
            "il",
            after="a-t-",
        ),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out)[-1] != "Lemaire"


_INNER_FLOATING = (
    "« Nous avons manqué le début du match, a reconnu Yanis Ferrand, le gardien. "
    "Il faudra mieux entrer dans la partie. »\n\n"
    "« Je voulais des certitudes avant le déplacement à Colmar. Là, c'est inquiétant, "
    "{incise} En rentrant au vestiaire, j'ai parlé aux joueurs. »"
)


def test_an_incise_inside_a_floating_quotation_names_its_speaker(fr_nlp, registry):
    text = _INNER_FLOATING.format(incise="a appuyé Julien Morvan.")
    said = [
        Said("Il faudra mieux entrer dans la partie.", "Yanis Ferrand, le gardien"),
        Said(
            "Je voulais des certitudes avant le déplacement à Colmar. Là, c'est inquiétant, "
            "a appuyé Julien Morvan. En rentrant au vestiaire, j'ai parlé aux joueurs.",
            None,
            method="floating",
        ),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Yanis Ferrand", "Julien Morvan"]


def test_a_floating_quotation_without_an_incise_continues(fr_nlp, registry):
    text = _INNER_FLOATING.format(incise="avec Julien Morvan.")
    said = [
        Said("Il faudra mieux entrer dans la partie.", "Yanis Ferrand, le gardien"),
        Said(
            "Je voulais des certitudes avant le déplacement à Colmar. Là, c'est inquiétant, "
            "avec Julien Morvan. En rentrant au vestiaire, j'ai parlé aux joueurs.",
            None,
            method="floating",
        ),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Yanis Ferrand", "Yanis Ferrand"]


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


def test_an_inverted_subject_after_any_verb_names_the_speaker(fr_nlp, registry):
    text = _AFTER.format(after=", coupe Maëlle Favre.")
    said = [
        Said("On va essayer de ne pas en prendre dix", "Léa Girardin"),
        Said("En vérité, on ne connaît pas leur niveau", None, method="floating"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Léa Girardin", "Maëlle Favre"]


def test_an_auxiliary_and_participle_before_the_name_name_the_speaker(fr_nlp, registry):
    text = _AFTER.format(after=", est revenue Mme Favre.")
    said = [
        Said("On va essayer de ne pas en prendre dix", "Léa Girardin"),
        Said("En vérité, on ne connaît pas leur niveau", None, method="floating"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Léa Girardin", "Favre"]


def test_a_clause_with_its_own_subject_after_the_quotation_names_nobody_new(fr_nlp, registry):
    text = _AFTER.format(after=", et elle coupe Maëlle Favre.")
    said = [
        Said("On va essayer de ne pas en prendre dix", "Léa Girardin"),
        Said("En vérité, on ne connaît pas leur niveau", None, method="floating"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Léa Girardin", "Léa Girardin"]


# -- a body is "elle" or "il" by the noun that names it -------------------------------------------

_BODY = (
    "« Qui paiera la facture ? », s'interroge la Chambre des métiers de Valbrune. "
    "Pour sa part, l'association Ventavia demande le report du mouvement. "
    "« Nous devons nous asseoir autour d'une table », {incise}."
)


def test_a_body_after_a_fronted_adjunct_is_she_by_its_noun(fr_nlp, registry):
    text = _BODY.format(incise="dit-elle")
    said = [
        Said("Qui paiera la facture ?", "la Chambre des métiers de Valbrune"),
        Said("le report du mouvement", "l'association Ventavia"),
        Said("Nous devons nous asseoir autour d'une table", "elle", after="dit-"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert out[2].speaker is not None and out[2].speaker.id == out[1].speaker.id
    assert "Part" not in names(out)


def test_a_body_of_a_feminine_noun_is_not_he(fr_nlp, registry):
    text = _BODY.format(incise="dit-il")
    said = [
        Said("Qui paiera la facture ?", "la Chambre des métiers de Valbrune"),
        Said("le report du mouvement", "l'association Ventavia"),
        Said("Nous devons nous asseoir autour d'une table", "il", after="dit-"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert out[2].speaker is None or out[2].speaker.id != out[1].speaker.id
    assert "Part" not in names(out)


# -- a pronoun opening its paragraph takes up the unnamed subject closing the one before ----------

_OPENER = (
    "« Le dossier est vide », a plaidé Me Joris Vautrin, l'avocat de Damien Roche.\n\n"
    "{subject} a été le premier à s'exprimer mardi, réclamant trois ans de prison "
    "contre Damien Roche, absent à l'audience.\n\n"
    "Pour lui, « l'accusé a menti du début à la fin »."
)
# The full pipeline (``nlp``): a newline ends a sentence, as in every analysed article.


def test_a_pronoun_opening_its_paragraph_is_the_body_its_unnamed_subject_speaks_for(nlp, registry):
    text = _OPENER.format(subject="Le représentant du parquet de Valbrune")
    said = [
        Said("Le dossier est vide", "Me Joris Vautrin, l'avocat de Damien Roche"),
        Said("l'accusé a menti du début à la fin", "lui", after="Pour "),
    ]
    out = run(nlp, registry, text, said)
    assert out[1].speaker is not None and out[1].speaker.type == "organisation"
    assert "Damien Roche" not in names(out)


def test_a_named_subject_there_is_left_to_the_other_rules(nlp, registry):
    text = _OPENER.format(subject="Le procureur Alain Ferrer")
    said = [
        Said("Le dossier est vide", "Me Joris Vautrin, l'avocat de Damien Roche"),
        Said("l'accusé a menti du début à la fin", "lui", after="Pour "),
    ]
    out = run(nlp, registry, text, said)
    assert names(out)[1] == "Alain Ferrer"


# -- a preposed reporting verb whose subject the extractor lost -----------------------------------

_LOST = (
    "« Il mérite ce qui lui arrive », a lancé l'entraîneur Julien Morvan.\n\n"
    "{subject} a aussi précisé que le gardien souffrait d'une entorse au genou."
)


def test_the_parse_gives_the_subject_of_a_preposed_verb(nlp, registry):
    text = _LOST.format(subject="Le capitaine Hugo Marchal")
    said = [
        Said("Il mérite ce qui lui arrive", "l'entraîneur Julien Morvan"),
        Said(
            "le gardien souffrait d'une entorse au genou",
            None,
            method="que",
            cue_at="a aussi précisé",
        ),
    ]
    out = run(nlp, registry, text, said)
    assert names(out) == ["Julien Morvan", "Hugo Marchal"]


def test_a_pronoun_subject_there_names_nobody(nlp, registry):
    text = _LOST.format(subject="Il")
    said = [
        Said("Il mérite ce qui lui arrive", "l'entraîneur Julien Morvan"),
        Said(
            "le gardien souffrait d'une entorse au genou",
            None,
            method="que",
            cue_at="a aussi précisé",
        ),
    ]
    out = run(nlp, registry, text, said)
    assert names(out) == ["Julien Morvan", None]


# -- the person a sentence reports is its pronoun's antecedent -------------------------------------

_SAYER = (
    "« Nous ferons un geste pour les carrières longues », a annoncé Mme Sophie Lanvin, "
    "la Première ministre.\n\n"
    "Si {who} a reconnu que le texte allait « dans le bon sens », "
    "« cela reste insuffisant », selon elle."
)


def test_the_subject_of_a_reporting_verb_in_the_sentence_takes_the_pronoun(fr_nlp, registry):
    text = _SAYER.format(who="Mme Claire Dutertre")
    said = [
        Said("Nous ferons un geste pour les carrières longues", "Mme Sophie Lanvin"),
        Said("cela reste insuffisant", "elle", after="selon "),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Sophie Lanvin", "Claire Dutertre"]


def test_a_reporting_subject_of_the_other_gender_does_not(fr_nlp, registry):
    text = _SAYER.format(who="M. Claude Dutertre")
    said = [
        Said("Nous ferons un geste pour les carrières longues", "Mme Sophie Lanvin"),
        Said("cela reste insuffisant", "elle", after="selon "),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Sophie Lanvin", "Sophie Lanvin"]
