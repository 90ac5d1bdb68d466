"""Session 10: a decision told is a position ("a décidé de céder le stade", "a annulé le
festival"), and a refusal in the sentence before a cue does not deny it ("X avait exclu de
vendre. Volte-face : …"). Invented sentences; each with cases that must report nothing (a
plan suspended by someone else, a decision that keeps the promise, a denied volte-face)."""

from __future__ import annotations

import pytest
from positions_story import said

from dixit.analyse import stance_of
from dixit.analyse.reported import reversal_cues

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("content", "cue", "lemma", "expected"),
    [
        ("de céder le stade à la ville", "a décidé", "décider", "supports"),
        ("de ne pas céder le stade", "a décidé", "décider", "opposes"),
        ("de fermer la piscine en juillet", "a choisi", "choisir", "supports"),
        ("le festival d'été", "a annulé", "annuler", "opposes"),
    ],
)
def test_a_decision_told_takes_a_stance(content: str, cue: str, lemma: str, expected: str) -> None:
    statement = said(content, cue=cue, lemma=lemma)
    assert stance_of(statement, "fr").stance == expected


def test_a_refusal_in_the_sentence_before_does_not_deny_the_cue() -> None:
    text = "Le club avait exclu de vendre le stade. Volte-face jeudi : il a décidé de le céder."
    assert [c.text for c in reversal_cues(text, "fr")] == ["Volte-face"]


def test_a_refusal_in_the_cues_own_sentence_still_denies_it() -> None:
    text = "Le président du club exclut toute volte-face sur la vente du stade."
    assert reversal_cues(text, "fr") == []


def test_a_refusal_then_a_decision_after_a_volte_face(reversals_in) -> None:
    text = (
        "Luc Ferrand, le président du club de Vernoux, avait exclu de vendre le stade. "
        "Volte-face jeudi : il a décidé de le céder à la ville."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Luc Ferrand"
    assert "exclu de vendre" in reversal["before"]["content"]
    assert "décidé de le céder" in reversal["after"]["content"]


def test_a_promise_then_a_cancellation_after_a_revirement(reversals_in) -> None:
    text = (
        "« Le festival aura lieu », avait assuré l'organisateur, Marc Tessier. Revirement "
        "mardi : il a annulé l'édition 2026."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Marc Tessier"
    assert "annulé" in reversal["after"]["content"]


def test_a_plan_suspended_by_someone_else_is_none(reversals_in) -> None:
    text = (
        "Le maire de Vernoux, Paul Darnac, avait promis la rénovation de la piscine. Le "
        "préfet, Jean Aubert, a décidé de suspendre le chantier."
    )
    assert reversals_in(text) == []


def test_a_decision_that_keeps_the_promise_is_none(reversals_in) -> None:
    text = (
        "Le maire de Vernoux, Paul Darnac, avait promis de rénover la piscine. Il a décidé "
        "de lancer les travaux en mai."
    )
    assert reversals_in(text) == []


def test_a_revirement_of_a_third_party_is_none(reversals_in) -> None:
    text = (
        "L'organisateur, Marc Tessier, avait annoncé le festival pour juin. Revirement du "
        "préfet, Jean Aubert : il a annulé l'édition 2026."
    )
    assert reversals_in(text) == []
