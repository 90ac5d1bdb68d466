"""Who speaks a floating quotation (round 7, issue 11): the copy before it may hand the floor
to someone new.

Each construction has a positive text and a negative one (the same words where the floor
does not change hands). The texts are invented, laid out as reportages, portraits and
sport pages set their witnesses; ``run`` builds the statements by hand, as in
``test_speakers.py``, so these tests check the resolution rules alone.
"""

from __future__ import annotations

import pytest
from test_speakers import Said, names, run

pytestmark = pytest.mark.slow


# -- a newcomer subject, across a quoted word ------------------------------------------------------


def test_a_newcomer_whose_sentence_holds_a_quoted_word_takes_the_floor(fr_nlp, registry):
    text = (
        "« On a tout perdu dans la nuit », lâche Corentin Vasseur, 52 ans. Son fils Hugo, "
        "casquette sur la tête, est venu de Quimper pour « aider les anciens » du quartier. "
        "« Je n'ai jamais vu l'eau monter aussi vite. »"
    )
    said = [
        Said("On a tout perdu dans la nuit", "Corentin Vasseur"),
        Said("Je n'ai jamais vu l'eau monter aussi vite.", None, method="floating"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Corentin Vasseur", "Hugo"]


def test_the_speaker_named_again_as_subject_goes_on(fr_nlp, registry):
    text = (
        "« On a tout perdu dans la nuit », lâche Corentin Vasseur, 52 ans. Corentin Vasseur "
        "est venu de Quimper pour « aider les anciens » du quartier. « Je n'ai jamais vu "
        "l'eau monter aussi vite. »"
    )
    said = [
        Said("On a tout perdu dans la nuit", "Corentin Vasseur", after="perdu"),
        Said("Je n'ai jamais vu l'eau monter aussi vite.", None, method="floating"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Corentin Vasseur", "Corentin Vasseur"]


# -- a sentence with no verb that introduces the next witness -------------------------------------


def test_a_verbless_sentence_naming_a_witness_introduces_them(fr_nlp, registry):
    text = (
        "« Les prix ne couvrent plus nos charges », s'agace Gilles Morvan, éleveur à Pontivy. "
        "Même constat pour Estelle Quéré, 38 ans, venue avec une dizaine de voisines. « Il "
        "faut que le ministre nous entende. »"
    )
    said = [
        Said("Les prix ne couvrent plus nos charges", "Gilles Morvan"),
        Said("Il faut que le ministre nous entende.", None, method="floating"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Gilles Morvan", "Estelle Quéré"]


def test_a_sentence_whose_verb_has_a_subject_is_no_introduction(fr_nlp, registry):
    text = (
        "« Les prix ne couvrent plus nos charges », s'agace Gilles Morvan, éleveur à Pontivy. "
        "Il a longuement salué Estelle Quéré, venue avec une dizaine de voisines. « Il faut "
        "que le ministre nous entende. »"
    )
    said = [
        Said("Les prix ne couvrent plus nos charges", "Gilles Morvan"),
        Said("Il faut que le ministre nous entende.", None, method="floating"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Gilles Morvan", "Gilles Morvan"]


# -- a caption line above the quotation -----------------------------------------------------------


def test_a_line_naming_a_witness_above_a_quotation_is_their_caption(fr_nlp, registry):
    text = (
        "Elles ont repris la ferme familiale et racontent leur métier.\n"
        "Solène Garrec, maraîchère à Plouvien dans le Finistère.\n"
        "« Quand j'ai commencé, personne ne croyait que je tiendrais un hiver. »\n"
        "Lucie Tanguy, éleveuse de brebis à Sizun.\n"
        "« Je vends tout en circuit court, au marché du samedi. »"
    )
    said = [
        Said(
            "Quand j'ai commencé, personne ne croyait que je tiendrais un hiver.",
            None,
            method="floating",
        ),
        Said("Je vends tout en circuit court, au marché du samedi.", None, method="floating"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Solène Garrec", "Lucie Tanguy"]


def test_a_line_of_narration_above_a_quotation_is_no_caption(fr_nlp, registry):
    text = (
        "« Je vends tout en circuit court », explique Solène Garrec, maraîchère à Plouvien.\n"
        "Lucie Tanguy lui achète ses légumes chaque samedi depuis des années.\n"
        "« Le marché du samedi fait vivre toute la ferme. »"
    )
    said = [
        Said("Je vends tout en circuit court", "Solène Garrec"),
        Said("Le marché du samedi fait vivre toute la ferme.", None, method="floating"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Solène Garrec", "Solène Garrec"]


# -- a quoted subheading that a later quotation holds ---------------------------------------------


def test_a_quoted_subheading_held_in_a_later_quotation_is_its_speakers(fr_nlp, registry):
    text = (
        "« L'équipe est solide », prédit l'ancien trésorier Marc Delorme.\n"
        "« Dans le grand bain tout de suite »\n"
        "La nouvelle présidente du club hérite d'un budget serré.\n"
        "« On entre dans le grand bain tout de suite, il faut boucler la saison », "
        "assure Nadia Ferrer."
    )
    said = [
        Said("L'équipe est solide", "l'ancien trésorier Marc Delorme"),
        Said("Dans le grand bain tout de suite", None, method="floating"),
        Said(
            "On entre dans le grand bain tout de suite, il faut boucler la saison", "Nadia Ferrer"
        ),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Marc Delorme", "Nadia Ferrer", "Nadia Ferrer"]


def test_a_quoted_subheading_no_later_quotation_holds_continues(fr_nlp, registry):
    text = (
        "« L'équipe est solide », prédit l'ancien trésorier Marc Delorme.\n"
        "« Une saison à boucler sans dettes »\n"
        "La nouvelle présidente du club hérite d'un budget serré.\n"
        "« On entre dans le grand bain tout de suite », assure Nadia Ferrer."
    )
    said = [
        Said("L'équipe est solide", "l'ancien trésorier Marc Delorme"),
        Said("Une saison à boucler sans dettes", None, method="floating"),
        Said("On entre dans le grand bain tout de suite", "Nadia Ferrer"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Marc Delorme", "Marc Delorme", "Nadia Ferrer"]


# -- the quotation's own words give its speaker's gender ------------------------------------------


def test_words_of_a_woman_after_a_man_go_to_the_woman_before_him(fr_nlp, registry):
    text = (
        "« On nous a promis un repreneur », raconte Sandrine Le Goff, ouvrière depuis vingt "
        "ans. « Nous devons réduire les coûts », répond le directeur, Marc Olivier. « Je suis "
        "révoltée, personne ne nous a consultés. »"
    )
    said = [
        Said("On nous a promis un repreneur", "Sandrine Le Goff"),
        Said("Nous devons réduire les coûts", "le directeur, Marc Olivier"),
        Said("Je suis révoltée, personne ne nous a consultés.", None, method="floating"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Sandrine Le Goff", "Marc Olivier", "Sandrine Le Goff"]


def test_words_of_a_woman_after_the_only_speaker_a_man_name_nobody(fr_nlp, registry):
    text = (
        "« Nous devons réduire les coûts », justifie le directeur, Marc Olivier. Dans la "
        "cour, les salariés écoutent en silence. « Je suis révoltée, personne ne nous a "
        "consultés. »"
    )
    said = [
        Said("Nous devons réduire les coûts", "le directeur, Marc Olivier"),
        Said("Je suis révoltée, personne ne nous a consultés.", None, method="floating"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Marc Olivier", None]


def test_a_participle_after_avoir_says_nothing_of_the_speakers_gender(fr_nlp, registry):
    text = (
        "« On nous a promis un repreneur », raconte Sandrine Le Goff, ouvrière depuis vingt "
        "ans. « J'ai commencé ici à dix-huit ans, j'ai tout donné à cette usine. »"
    )
    said = [
        Said("On nous a promis un repreneur", "Sandrine Le Goff"),
        Said(
            "J'ai commencé ici à dix-huit ans, j'ai tout donné à cette usine.",
            None,
            method="floating",
        ),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Sandrine Le Goff", "Sandrine Le Goff"]


# -- the speaker named right after the quotation ---------------------------------------------------


def test_a_sentence_taking_the_quotation_up_names_its_speaker(fr_nlp, registry):
    text = (
        "Les grévistes ont bloqué l'entrée mardi, selon la directrice Anne Berthet. « Nous "
        "ne lâcherons rien tant que le plan ne sera pas retiré » : ainsi Paul Marchand "
        "a-t-il résumé l'état d'esprit des salariés."
    )
    said = [
        Said("Les grévistes ont bloqué l'entrée mardi", "la directrice Anne Berthet"),
        Said("Nous ne lâcherons rien tant que le plan ne sera pas retiré", None, method="floating"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Anne Berthet", "Paul Marchand"]


def test_a_sentence_after_the_quotation_without_a_reporting_verb_changes_nothing(fr_nlp, registry):
    text = (
        "Les grévistes ont bloqué l'entrée mardi, selon la directrice Anne Berthet. « Nous "
        "ne lâcherons rien tant que le plan ne sera pas retiré » : ainsi Paul Marchand "
        "a-t-il quitté la salle sous les applaudissements."
    )
    said = [
        Said("Les grévistes ont bloqué l'entrée mardi", "la directrice Anne Berthet"),
        Said("Nous ne lâcherons rien tant que le plan ne sera pas retiré", None, method="floating"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Anne Berthet", "Anne Berthet"]


def test_a_quotation_opening_the_page_is_said_by_whom_the_next_line_names(fr_nlp, registry):
    text = (
        "Grève à l'usine de Valmeyre\n"
        "« Nous ne lâcherons rien tant que le plan ne sera pas retiré. »\n"
        "Paul Marchand, délégué syndical, a rejoint les grévistes devant les grilles mardi."
    )
    said = [
        Said("Nous ne lâcherons rien tant que le plan ne sera pas retiré.", None, method="floating")
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Paul Marchand"]


def test_a_reporting_verb_after_a_full_stop_is_the_next_speakers(fr_nlp, registry):
    text = (
        "Les grévistes ont bloqué l'entrée mardi, selon la directrice Anne Berthet. « Nous "
        "ne rouvrirons pas avant lundi. » Paul Marchand a également réagi sur les réseaux "
        "sociaux."
    )
    said = [
        Said("Les grévistes ont bloqué l'entrée mardi", "la directrice Anne Berthet"),
        Said("Nous ne rouvrirons pas avant lundi.", None, method="floating"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Anne Berthet", "Anne Berthet"]


# -- a present participle with no subject after a quotation ---------------------------------------


def test_a_participle_after_a_quotation_is_said_by_whom_the_narration_is_about(fr_nlp, registry):
    text = (
        "La présidente de région, Claire Montel, a dressé son bilan vendredi.\n"
        "Claire Montel était très fière lorsqu'elle a parlé des lycées rénovés.\n"
        "« Nous avions promis ces travaux, nous les avons faits », assurant que le budget "
        "avait été tenu."
    )
    said = [
        Said(
            "Nous avions promis ces travaux, nous les avons faits",
            None,
            method="incise",
            cue_at="assurant",
        )
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Claire Montel"]


def test_a_finite_cue_whose_subject_is_lost_stays_unresolved(fr_nlp, registry):
    text = (
        "La présidente de région, Claire Montel, a dressé son bilan vendredi.\n"
        "Claire Montel était très fière lorsqu'elle a parlé des lycées rénovés.\n"
        "« Nous avions promis ces travaux, nous les avons faits », a crié un opposant."
    )
    said = [
        Said(
            "Nous avions promis ces travaux, nous les avons faits",
            None,
            method="incise",
            cue_at="a crié",
        )
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == [None]


# -- an inverted subject after the cue that the extractor did not keep ---------------------------


def test_a_name_right_after_an_inverted_cue_is_the_speaker(fr_nlp, registry):
    text = (
        "Le discours du président a déçu l'opposition. « Je n'ai entendu aucune réforme », "
        "a jugé Vasseur, en marge de la réception officielle."
    )
    said = [
        Said("Je n'ai entendu aucune réforme", None, method="incise", cue_at="a jugé"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Vasseur"]


def test_a_date_right_after_an_inverted_cue_names_nobody(fr_nlp, registry):
    text = (
        "Le discours du président a déçu l'opposition. « Je n'ai entendu aucune réforme », "
        "a jugé mardi soir un élu, en marge de la réception officielle."
    )
    said = [
        Said("Je n'ai entendu aucune réforme", None, method="incise", cue_at="a jugé"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == [None]
