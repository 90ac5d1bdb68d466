"""Changes real copy tells without a reversal word (session 9): a past position marked as
held until then ("assurait pourtant", "Jusque-là, X se refusait à …", "jusqu'à présent, il
prônait …") against the same holder's current one. Invented sentences; each construction
with cases that must report nothing (a position repeated, another holder, a plan suspended
by someone else)."""

from __future__ import annotations

import pytest

from dixit.analyse.stance import stance_of
from dixit.model import Statement

pytestmark = pytest.mark.slow


def test_a_quote_set_against_a_new_candidacy_by_pourtant(reversals_in) -> None:
    text = (
        "La présidente de la région, Odile Merlin, a confirmé mardi sa candidature aux "
        "sénatoriales de septembre.\n\n"
        "« Je ne serai jamais sénatrice », assurait pourtant Odile Merlin en 2021, lors "
        "d'une visite à Pontrieux."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Odile Merlin"
    assert reversal["before"]["content"] == "Je ne serai jamais sénatrice"
    assert "candidature" in reversal["after"]["content"]


def test_the_same_refusal_repeated_after_pourtant_is_no_change(reversals_in) -> None:
    text = (
        "La présidente de la région, Odile Merlin, a confirmé mardi qu'elle ne serait pas "
        "candidate aux sénatoriales de septembre.\n\n"
        "« Je ne serai jamais sénatrice », assurait pourtant Odile Merlin en 2021, lors "
        "d'une visite à Pontrieux."
    )
    assert reversals_in(text) == []


def test_until_then_undecided_then_settled_now(reversals_in) -> None:
    text = (
        "Le maire de Quimerch, Alain Le Duff, ne sera pas candidat en mars.\n\n"
        "Jusque-là, Alain Le Duff se refusait à trancher. « Non, je ne me représenterai "
        "pas », tranche-t-il désormais dans un entretien au journal local."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Alain Le Duff"
    assert "trancher" in reversal["before"]["content"]
    assert reversal["before"]["stance"] == "open"
    assert "je ne me représenterai pas" in reversal["after"]["content"]


def test_another_holder_settling_is_no_change_of_the_first(reversals_in) -> None:
    text = (
        "Jusque-là, Alain Le Duff se refusait à trancher sur le projet de piscine. "
        "« Nous voterons contre la piscine », tranche désormais son premier adjoint, "
        "Paul Kerhervé."
    )
    assert reversals_in(text) == []


def test_until_now_advocated_then_at_last_for(reversals_in) -> None:
    text = (
        "Le sénateur Marc Aubriot s'est finalement prononcé pour la fermeture de la ligne "
        "ferroviaire de Vitré, mardi lors d'une réunion publique. C'est la première fois "
        "que l'élu emploie ce mot alors que, jusqu'à présent, il prônait une simple "
        "réduction des horaires."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Marc Aubriot"
    assert "réduction des horaires" in reversal["before"]["content"]
    assert "fermeture de la ligne" in reversal["after"]["content"]


def test_an_opposition_held_until_then_and_now_firmer_is_no_change(reversals_in) -> None:
    text = (
        "Le sénateur Marc Aubriot dénonce désormais fermement la fermeture de la ligne "
        "ferroviaire de Vitré. Jusqu'à présent, il critiquait déjà la fermeture de la ligne."
    )
    assert reversals_in(text) == []


def test_a_plan_suspended_by_someone_else_is_no_change(reversals_in) -> None:
    text = (
        "Le préfet des Côtes-d'Armor, Luc Sarrazin, avait pourtant autorisé le festival "
        "de Quintin en mars. La maire de Quintin, Rose Allain, a suspendu le festival "
        "samedi, invoquant la sécheresse."
    )
    assert reversals_in(text) == []


def test_going_back_on_ones_decision_after_avant_de(reversals_in) -> None:
    text = (
        "En 2018, le chanteur Paul Sorin avait annoncé sa décision de mettre fin à sa "
        "carrière, avant de revenir sur sa décision. Sa tournée passera par Nantes en mai."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Paul Sorin"
    assert "mettre fin à sa carrière" in reversal["before"]["content"]
    assert "revenir sur sa décision" in reversal["after"]["content"]


def test_coming_back_to_a_subject_is_no_change(reversals_in) -> None:
    text = (
        "En 2018, le chanteur Paul Sorin avait annoncé sa décision de mettre fin à sa "
        "carrière, avant de revenir sur le sujet dans un livre. Sa tournée passera par "
        "Nantes en mai."
    )
    assert reversals_in(text) == []


def test_correcting_ones_own_words_hours_later(reversals_in) -> None:
    text = (
        "La ministre du Budget, Clara Voisin, avait indiqué lundi matin qu'une taxe sur les "
        "piscines privées serait créée. Quelques heures plus tard, elle rectifiait "
        "qu'aucune taxe nouvelle ne serait créée cette année."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Clara Voisin"
    assert "serait créée" in reversal["before"]["content"]
    assert "aucune taxe nouvelle" in reversal["after"]["content"]


def test_a_corrected_typing_error_is_no_change(reversals_in) -> None:
    text = (
        "La mairie de Paimpol a annoncé lundi la réouverture de la médiathèque. Le "
        "service de communication a rectifié mardi une erreur de date dans le communiqué."
    )
    assert reversals_in(text) == []


def statement(content: str, cue: str, lemma: str, text_before: str = "") -> Statement:
    """A narrated-like statement whose content follows its cue (or holds it)."""
    full = text_before + content
    start = len(text_before)
    cue_at = full.index(cue)
    return Statement(
        article="t",
        kind="indirect",
        content=content,
        content_span=(start, len(full)),
        cue=cue,
        cue_span=(cue_at, cue_at + len(cue)),
        cue_lemma=lemma,
        method="narrated",
        id="t:1",
    )


def test_refusing_to_decide_keeps_the_matter_open() -> None:
    found = statement("à trancher sur sa candidature", "se refusait", "refuser", "se refusait ")
    assert stance_of(found, "fr").stance == "open"


def test_refusing_to_close_still_opposes() -> None:
    found = statement("de fermer la piscine", "a refusé", "refuser", "a refusé ")
    assert stance_of(found, "fr").stance == "opposes"


def test_a_clause_on_renoncer_opposes_what_it_gives_up() -> None:
    found = statement("a renoncé à ce projet dès mardi", "a renoncé", "renoncer")
    assert stance_of(found, "fr").stance == "opposes"


def test_refusing_to_give_up_still_holds_on() -> None:
    found = statement("de renoncer à ce projet", "a refusé", "refuser", "a refusé ")
    assert stance_of(found, "fr").stance == "supports"
