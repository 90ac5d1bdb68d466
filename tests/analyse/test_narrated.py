"""Narrated positions: the earlier or new position the journalist tells in their own words,
read from the parse and paired by a reversal cue. Invented sentences, each construction
with a case that must report nothing."""

from __future__ import annotations

import pytest

from dixit.analyse.narrated import narrated_positions
from dixit.analyse.reported import reversal_cues
from dixit.core import parse, statements_from_doc
from dixit.model import Article

pytestmark = pytest.mark.slow


def narrated(nlp, text: str) -> list:
    article = Article(text=text, id="t", language="fr")
    doc = parse(nlp, text)
    statements = statements_from_doc(doc, article)
    cues = [(c.start, c.end) for c in reversal_cues(text, "fr")]
    return narrated_positions(doc, article, statements, cues)


def test_earlier_adjective_and_final_turn(reversals_in) -> None:
    text = (
        "Le maire Thierry Brasseur, jusque-là réticent à l'idée d'ouvrir un "
        "marché le dimanche, a fini par donner son accord au projet des commerçants."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Thierry Brasseur"
    assert reversal["before"]["content"].startswith("jusque-là réticent")
    assert reversal["before"]["statement"] is None
    assert "donner son accord" in reversal["after"]["content"]
    assert reversal["before"]["stance"] == "opposes"


def test_a_reluctance_without_a_turn_is_no_reversal(reversals_in) -> None:
    text = (
        "Le maire Thierry Brasseur, jusque-là réticent à l'idée d'ouvrir un "
        "marché le dimanche, a reçu les commerçants mardi."
    )
    assert reversals_in(text) == []


def test_pluperfect_promise_then_volte_face(reversals_in) -> None:
    text = (
        "La présidente de la région, Odile Carmaux, avait promis en mars que la ligne de car "
        "vers Saint-Aubry serait maintenue jusqu'en 2030. Volte-face mardi : elle a annoncé "
        "que la ligne fermerait dès l'automne, faute de voyageurs."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Odile Carmaux"
    assert "serait maintenue" in reversal["before"]["content"]
    assert "fermerait" in reversal["after"]["content"]


def test_a_denied_volte_face_over_the_same_promise_is_none(reversals_in) -> None:
    text = (
        "La présidente de la région, Odile Carmaux, avait promis en mars que la ligne de car "
        "vers Saint-Aubry serait maintenue jusqu'en 2030. Elle dément toute volte-face : "
        "elle a assuré mardi que la ligne resterait ouverte."
    )
    assert reversals_in(text) == []


def test_after_having_said_the_opposite(nlp) -> None:
    found = narrated(
        nlp,
        "La maire, Claire Jodet, après avoir tergiversé tout l'hiver, a signé lundi "
        "l'arrêté de fermeture de la piscine.",
    )
    [earlier] = [p for p in found if p.content.startswith("après avoir tergiversé")]
    assert earlier.cue.startswith("après avoir")
    assert earlier.speaker is not None and earlier.speaker.name == "Claire Jodet"


def test_a_quoted_verb_is_no_narrated_position(nlp) -> None:
    found = narrated(
        nlp,
        "« Nous refusons cette fermeture », a déclaré mardi la syndicaliste Inès Palud.",
    )
    assert found == []


def test_narrated_clause_stays_in_its_sentence(nlp) -> None:
    found = narrated(
        nlp,
        "Cette réforme était pourtant la promesse du ministre Paul Verdan. Les débats ont "
        "duré quatre mois.",
    )
    [promise] = found
    assert promise.content.startswith("était pourtant la promesse")
    assert "débats" not in promise.content


def test_relative_promise_against_a_final_decision(reversals_in) -> None:
    text = (
        "La directrice de l'hôpital, Agnès Ferrand, qui avait promis de garder la maternité "
        "ouverte, a finalement signé sa fermeture."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Agnès Ferrand"
    assert reversal["before"]["content"].startswith("avait promis de garder la maternité")
    assert "signé sa fermeture" in reversal["after"]["content"]


def test_a_promise_kept_is_no_turn(reversals_in) -> None:
    text = (
        "La directrice de l'hôpital, Agnès Ferrand, qui avait promis de garder la maternité "
        "ouverte, a inauguré sa nouvelle aile."
    )
    assert reversals_in(text) == []


def test_body_speaking_through_impersonal_subject_after_the_contrary(reversals_in) -> None:
    text = (
        "Au syndicat Force ouvrière, on assure désormais que la grève n'est plus d'actualité, "
        "après avoir pourtant affirmé l'inverse pendant des semaines."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Force ouvrière"
    assert reversal["before"]["content"].startswith("après avoir pourtant affirmé l'inverse")
    assert reversal["after"]["content"].startswith("assure désormais")


def test_the_same_position_repeated_is_no_turn(reversals_in) -> None:
    text = (
        "Au syndicat Force ouvrière, on assure que la grève reste d'actualité, après avoir "
        "affirmé la même chose pendant des semaines."
    )
    assert reversals_in(text) == []


def test_a_volte_face_told_again_in_one_sentence_counts_once(reversals_in) -> None:
    text = (
        "La présidente de la région, Odile Carmaux, avait promis en mars que la ligne de bus "
        "vers Saint-Aubry serait maintenue. Volte-face mardi : elle a annoncé que la ligne "
        "fermerait dès l'automne. Odile Carmaux, qui avait promis de la maintenir, a "
        "finalement signé l'arrêté de fermeture."
    )
    assert len(reversals_in(text)) == 1


def test_an_imperfect_opposition_against_a_final_acceptance(reversals_in) -> None:
    text = (
        "Alors qu'il s'y opposait depuis des mois, le maire Paul Denain a finalement accepté "
        "la fermeture de la piscine."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Paul Denain"
    assert "opposait" in reversal["before"]["content"]
    assert reversal["after"]["content"].startswith("a finalement accepté")


def test_an_imperfect_support_beside_an_unrelated_act_is_no_turn(reversals_in) -> None:
    text = "Le maire Paul Denain, qui défendait la piscine, a inauguré mardi le nouveau gymnase."
    assert reversals_in(text) == []


def test_a_promise_of_the_holder_named_after_a_fused_article(reversals_in) -> None:
    # "la promesse du maire": the holder is the definite description "le maire", which
    # the article binds to the person it names.
    text = (
        "Le maire de Vernoux, Gilles Ferrand, a annoncé lundi renoncer à agrandir la "
        "médiathèque municipale. Ce chantier était pourtant la promesse du maire lors de "
        "la campagne de 2020."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Gilles Ferrand"
    assert "promesse du maire" in reversal["before"]["content"]
    assert reversal["before"]["stance"] == "supports"
    assert "renoncer à agrandir" in reversal["after"]["content"]
    assert reversal["after"]["stance"] == "opposes"


def test_a_promise_of_someone_else_named_after_a_fused_article_is_no_reversal(
    nlp, reversals_in
) -> None:
    # The promise is the predecessor's: another holder, no change of the mayor's.
    text = (
        "Le maire de Vernoux, Gilles Ferrand, a annoncé lundi renoncer à agrandir la "
        "médiathèque municipale. Ce chantier était la promesse du conseil départemental "
        "lors de la campagne de 2020."
    )
    assert reversals_in(text) == []


def test_a_headline_repeating_the_body_leaves_it_both_sides(reversals_in) -> None:
    # The headline's "renonce" is as near a position as the body's: the cue with the
    # earlier position beside it takes the body's fuller words.
    text = (
        "Gilles Ferrand renonce à la médiathèque\n\n"
        "Le maire de Vernoux, Gilles Ferrand, a annoncé lundi renoncer à agrandir la "
        "médiathèque municipale. Ce chantier était pourtant la promesse du maire lors de "
        "la campagne de 2020."
    )
    [reversal] = reversals_in(text)
    assert "renoncer à agrandir" in reversal["after"]["content"]


def test_an_earlier_opposition_describing_the_subject_is_a_turn(reversals_in) -> None:
    # No cue word: the adjective set before the story against the main clause says it.
    text = (
        "Le conseil municipal s'est réuni mardi. Le maire de Vernoux, Gilles Ferrand, "
        "jusque-là opposé à l'extension du camping, a donné son feu vert au projet."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Gilles Ferrand"
    assert reversal["before"]["content"].startswith("jusque-là opposé")
    assert reversal["before"]["stance"] == "opposes"
    assert "feu vert" in reversal["after"]["content"]
    assert reversal["after"]["stance"] == "supports"


def test_an_earlier_opposition_held_again_is_no_turn(reversals_in) -> None:
    text = (
        "Le conseil municipal s'est réuni mardi. Le maire de Vernoux, Gilles Ferrand, "
        "jusque-là opposé à l'extension du camping, a de nouveau rejeté le projet."
    )
    assert reversals_in(text) == []


def test_contrary_to_what_the_holder_said_is_a_turn(reversals_in) -> None:
    # "contrairement à ce qu'il affirmait": the pronoun takes up the main clause's subject,
    # and the earlier position is the contrary of the new one.
    text = (
        "Le conseil municipal s'est réuni mardi. Contrairement à ce qu'il affirmait en "
        "janvier, le maire de Vernoux, Gilles Ferrand, a accepté l'extension du camping."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Gilles Ferrand"
    assert reversal["before"]["content"].startswith("Contrairement à ce qu'il affirmait")
    assert reversal["before"]["stance"] == "opposes"
    assert reversal["after"]["stance"] == "supports"


def test_contrary_to_what_someone_else_said_is_no_turn(reversals_in) -> None:
    # "elle" cannot take up "le maire": the earlier words are another person's.
    text = (
        "Le conseil municipal s'est réuni mardi. Contrairement à ce qu'elle affirmait en "
        "janvier, le maire de Vernoux, Gilles Ferrand, a accepté l'extension du camping."
    )
    assert reversals_in(text) == []


def test_contrary_to_what_was_said_by_nobody_named_is_no_turn(reversals_in) -> None:
    # "on": what was said, by nobody in particular; the mayor's acceptance is no change.
    text = (
        "Le conseil municipal s'est réuni mardi. Contrairement à ce qu'on affirmait en "
        "janvier, le maire de Vernoux, Gilles Ferrand, a accepté l'extension du camping."
    )
    assert reversals_in(text) == []


def test_a_relative_promise_on_a_name_in_apposition_is_a_turn(reversals_in) -> None:
    # The parser may hang the relative clause on the name after the description.
    text = (
        "Le conseil municipal s'est réuni mardi. Le maire de Vernoux, Gilles Ferrand, qui "
        "avait promis de fermer le camping municipal, a finalement décidé de le garder ouvert."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Gilles Ferrand"
    assert reversal["before"]["content"].startswith("avait promis de fermer")
    assert "garder ouvert" in reversal["after"]["content"]


CAMPING = "Le maire de Vernoux, Gilles Ferrand, "


def test_brought_himself_to_after_a_promise_is_a_reversal(reversals_in) -> None:
    # "il s'est résolu à": the parser reads the pronoun of a pronominal verb as an
    # expletive; it is the holder.
    text = (
        CAMPING + "avait promis en janvier de garder le camping ouvert. Mardi, il s'est "
        "résolu à le fermer, faute de moyens."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Gilles Ferrand"
    assert reversal["evidence"]["cue"] == "s'est résolu"
    assert reversal["before"]["content"].startswith("avait promis")
    assert reversal["after"]["content"].startswith("s'est résolu à le fermer")


def test_brought_himself_to_without_an_earlier_position_is_none(reversals_in) -> None:
    text = (
        CAMPING + "a réuni le conseil municipal lundi. Mardi, il s'est résolu à fermer le "
        "camping, faute de moyens."
    )
    assert reversals_in(text) == []


def test_accepted_at_last_after_a_refusal_is_a_reversal(reversals_in) -> None:
    text = (
        CAMPING + "avait refusé en janvier d'agrandir le camping municipal. Mardi, il a "
        "finalement accepté de l'étendre."
    )
    [reversal] = reversals_in(text)
    assert (reversal["before"]["stance"], reversal["after"]["stance"]) == ("opposes", "supports")


def test_accepted_at_last_after_a_promise_is_no_reversal(reversals_in) -> None:
    # "finalement" says the decision came at last, not that it changed: the stances do
    # not read as a change.
    text = (
        CAMPING + "avait promis en janvier d'agrandir le camping municipal. Mardi, il a "
        "finalement accepté de l'étendre."
    )
    assert reversals_in(text) == []
