"""Constructions real reversal articles use (round 3): an earlier time before an imperfect,
a cue whose demonstrative object takes up the position just told, a saying verb before a
quotation, a noun of position under a pluperfect. Invented sentences; each construction
with a case that must report nothing (a denied volte-face, a position repeated in other
words, a change of a third party)."""

from __future__ import annotations

import pytest

from dixit.analyse.narrated import narrated_positions
from dixit.analyse.reported import is_earlier, reversal_cues, reversal_lexicon
from dixit.core import parse, statements_from_doc
from dixit.model import Article

pytestmark = pytest.mark.slow


def narrated(nlp, text: str) -> list:
    article = Article(text=text, id="t", language="fr")
    doc = parse(nlp, text)
    statements = statements_from_doc(doc, article)
    cues = [(c.start, c.end) for c in reversal_cues(text, "fr")]
    return narrated_positions(doc, article, statements, cues)


def earlier(nlp, text: str, words: str) -> bool:
    [found] = [p for p in narrated(nlp, text) if words in p.content]
    return is_earlier(found, reversal_lexicon("fr"))


def test_the_day_before_still_sets_an_imperfect_position_earlier(nlp) -> None:
    text = (
        "La veille encore, le maire de Lormes, Paul Darnac, assurait que le parking "
        "souterrain serait construit avant l'été."
    )
    assert earlier(nlp, text, "serait construit")


def test_still_today_with_a_present_is_the_current_position(nlp) -> None:
    text = (
        "Aujourd'hui encore, le maire de Lormes, Paul Darnac, assure que le parking "
        "souterrain sera construit avant l'été."
    )
    assert not earlier(nlp, text, "sera construit")


def test_an_earlier_time_before_an_imperfect_is_the_old_side(reversals_in) -> None:
    text = (
        "Le maire de Lormes, Paul Darnac, a annoncé jeudi que le parking souterrain ne "
        "serait pas construit, faute de crédits. Un revirement complet pour l'élu. "
        "Il y a deux semaines encore, Paul Darnac jurait que le chantier démarrerait en mai."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Paul Darnac"
    assert "démarrerait en mai" in reversal["before"]["content"]
    assert "ne serait pas construit" in reversal["after"]["content"]


def test_a_denied_revirement_with_an_earlier_time_is_none(reversals_in) -> None:
    text = (
        "Le maire de Lormes, Paul Darnac, a annoncé jeudi que le chantier du parking "
        "souterrain démarrerait en juin. Il dément tout revirement. Il y a deux semaines "
        "encore, Paul Darnac jurait que le chantier démarrerait en mai."
    )
    assert reversals_in(text) == []


def test_a_body_goes_back_on_this_promise_through_its_president(reversals_in) -> None:
    text = (
        "Il y a trois mois encore, le conseil départemental jurait que le collège de "
        "Saint-Aubry resterait ouvert. Le 4 mars, la présidente du département, Anne "
        "Castel, est revenue sur cette promesse, annonçant la fermeture du collège en juin."
    )
    [reversal] = reversals_in(text)
    assert "resterait ouvert" in reversal["before"]["content"]
    assert "fermeture du collège" in reversal["after"]["content"]


def test_a_successor_going_back_on_this_promise_is_no_reversal(reversals_in) -> None:
    text = (
        "En 2019, l'ancien maire de Vernoux, Jean Vidal, jurait que la piscine resterait "
        "ouverte. Son successeur, Luc Berthier, est revenu sur cette promesse, annonçant la "
        "fermeture de la piscine en juin."
    )
    assert reversals_in(text) == []


def test_a_quotation_after_first_said_is_the_old_side(reversals_in) -> None:
    text = (
        "La ministre des Sports, Lucie Marchal, a d’abord dit: “Je maintiens ma décision. "
        "Le stade de Vernoux fermera en juin”. Des clubs ont protesté toute la semaine.\n\n"
        "Dans son mea-culpa publié vendredi, Lucie Marchal a indiqué: “Le stade restera "
        "ouvert tout l'été, je me suis trompée”."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Lucie Marchal"
    assert "fermera en juin" in reversal["before"]["content"]
    assert "restera ouvert" in reversal["after"]["content"]


def test_a_quotation_after_first_said_then_the_same_words_is_no_reversal(reversals_in) -> None:
    text = (
        "La ministre des Sports, Lucie Marchal, a d’abord dit: “Je maintiens ma décision. "
        "Le stade de Vernoux fermera en juin”. Des clubs ont protesté toute la semaine.\n\n"
        "Pas de revirement vendredi: Lucie Marchal a indiqué: “Le stade fermera bien en "
        "juin, comme je l'ai annoncé”."
    )
    assert reversals_in(text) == []


def test_a_quotation_a_statement_holds_is_not_read_twice(nlp) -> None:
    found = narrated(
        nlp,
        "Le maire, Hugo Ferrand, a déclaré : « Nous garderons la piscine ouverte tout l'été. »",
    )
    assert not [p for p in found if "garderons" in p.content and p.cue.endswith("déclaré")]


def test_a_decision_of_the_holder_under_a_pluperfect_is_the_old_side(reversals_in) -> None:
    text = (
        "La maire de Brévanne, Hélène Vasseur, porte depuis un an le projet de parking "
        "payant. Cette décision assumée de la maire avait irrité les commerçants.\n\n"
        "Mais la mairie a depuis opéré un virage. La maire a indiqué jeudi que le "
        "stationnement resterait gratuit en centre-ville."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Hélène Vasseur"
    assert reversal["before"]["content"] == "Cette décision assumée de la maire"
    assert "resterait gratuit" in reversal["after"]["content"]


def test_a_decision_under_a_passe_compose_is_no_earlier_position(nlp) -> None:
    found = narrated(
        nlp,
        "Cette décision assumée de la maire, Hélène Vasseur, a irrité les commerçants.",
    )
    assert not [p for p in found if p.content.startswith("Cette décision")]


def test_a_decision_of_a_third_party_is_not_the_holders_old_side(reversals_in) -> None:
    text = (
        "La maire de Brévanne, Hélène Vasseur, porte depuis un an le projet de parking "
        "payant. Cette décision du préfet de la Valière avait irrité les commerçants.\n\n"
        "Mais la maire a depuis opéré un virage. Hélène Vasseur a indiqué jeudi que le "
        "stationnement resterait gratuit en centre-ville."
    )
    found = reversals_in(text)
    assert not [r for r in found if "préfet" in r["before"]["content"]]


RETRACTION = (
    "L'agence régionale de santé se rétracte sur la qualité de l'eau de Lormes.\n\n"
    "Devant les critiques, l'agence régionale de santé a dû reconnaître mardi que l'origine "
    "de la pollution restait à ce jour inconnue. Plusieurs élus avaient réclamé une "
    "enquête indépendante et dénoncé une communication précipitée. Des habitants ont "
    "raconté avoir acheté de l'eau en bouteille toute la semaine, faute de réponse claire "
    "de la préfecture ou de la mairie.\n\n"
    "Lors d'une conférence de presse, lundi, {speaker} a affirmé que l'eau du réseau "
    "pouvait être bue sans aucun risque."
)


def test_a_retraction_takes_back_a_claim_told_anywhere_in_the_article(reversals_in) -> None:
    speaker = "le directeur de l'agence régionale de santé, Marc Ollier,"
    [reversal] = reversals_in(RETRACTION.format(speaker=speaker))
    assert "bue sans aucun risque" in reversal["before"]["content"]
    assert "restait à ce jour inconnue" in reversal["after"]["content"]


def test_a_retraction_is_not_paired_with_a_third_partys_claim(reversals_in) -> None:
    speaker = "le président de l'association des usagers, Marc Ollier,"
    found = reversals_in(RETRACTION.format(speaker=speaker))
    assert not [r for r in found if "bue sans aucun risque" in r["before"]["content"]]


def test_undoing_what_the_holder_had_set_up_is_a_reversal(reversals_in) -> None:
    text = (
        "Le maire de Lormes, Paul Darnac, a annulé jeudi la hausse des tarifs de la cantine "
        "qu'il avait lui-même décidée en janvier."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Paul Darnac"
    assert reversal["before"]["content"].startswith("qu'il avait lui-même décidée")
    assert "a annulé" in reversal["after"]["content"]


def test_undoing_what_someone_else_had_set_up_is_no_reversal(reversals_in) -> None:
    text = (
        "Le maire de Lormes, Paul Darnac, a annulé jeudi la hausse des tarifs de la cantine "
        "que son prédécesseur avait décidée en janvier."
    )
    assert reversals_in(text) == []


def test_undoing_what_the_holder_had_opposed_is_no_reversal(reversals_in) -> None:
    text = (
        "Le maire de Lormes, Paul Darnac, a annulé jeudi la hausse des tarifs de la cantine "
        "qu'il avait dénoncée pendant toute la campagne."
    )
    assert reversals_in(text) == []


def test_undoing_what_another_person_had_set_up_is_no_reversal(reversals_in) -> None:
    text = (
        "La maire de Lormes, Claire Jodet, a annulé jeudi la hausse des tarifs de la cantine "
        "qu'il avait décidée en janvier, a-t-elle expliqué."
    )
    assert reversals_in(text) == []


GIVING_UP = (
    "Le 3 mars, le conseil régional de la Valière a annoncé {first}, a indiqué l'agence "
    "locale de presse en fin d'après-midi. La région voulait ainsi économiser près de deux "
    "millions d'euros sur le budget des transports scolaires, parmi lesquels la gratuité "
    "des cars pour les lycéens et la ligne de nuit vers Saint-Aubry.\n\n"
    "Mais quelques heures plus tard, {second} a affirmé que ces aides seraient quand même "
    "maintenues.\n\n"
    "« Après discussion avec les maires, nous gardons l'ensemble des aides prévues en "
    "janvier. Nous avons entendu les familles, nous ne voulions pas les laisser sans "
    "solution », a déclaré un conseiller de la région, cité par la presse locale, qui "
    "n'a pas souhaité donner davantage de détails sur le calendrier.\n\n"
    "Ce revirement n'est pas passé inaperçu des parents d'élèves."
)


def test_a_giving_up_then_a_keeping_told_apart_from_the_cue(reversals_in) -> None:
    text = GIVING_UP.format(
        first="le renoncement à plusieurs aides au transport",
        second="le conseil régional de la Valière",
    )
    [reversal] = reversals_in(text)
    assert "renoncement" in reversal["before"]["content"]
    assert "maintenues" in reversal["after"]["content"]


def test_a_keeping_said_twice_in_other_words_is_no_reversal(reversals_in) -> None:
    text = GIVING_UP.format(
        first="le maintien de plusieurs aides au transport",
        second="le conseil régional de la Valière",
    )
    assert reversals_in(text) == []


def test_a_giving_up_then_someone_elses_keeping_is_no_reversal(reversals_in) -> None:
    text = GIVING_UP.format(
        first="le renoncement à plusieurs aides au transport",
        second="le syndicat des transporteurs",
    )
    assert reversals_in(text) == []


def stance(cue_lemma: str, content: str) -> str:
    from dixit.analyse.stance import stance_of
    from dixit.model import Statement

    said = Statement(
        article="t",
        kind="indirect",
        content=content,
        content_span=(0, len(content)),
        cue_lemma=cue_lemma,
    )
    return stance_of(said, "fr").stance


def test_ruling_out_a_giving_up_holds_on() -> None:
    assert stance("exclure", "de renoncer à la réforme des cantines") == "supports"
    assert stance("refuser", "de céder sur le calendrier des travaux") == "supports"


def test_ruling_out_the_matter_itself_opposes_it() -> None:
    assert stance("exclure", "toute réforme des cantines avant l'été") == "opposes"
    assert stance("dénoncer", "une mesure inacceptable pour les familles") == "opposes"
