"""Reversal words of session 9 and where they stop: backing down ("recule"), talking about a
matter again ("revenir sur le sujet"), one sentence telling one change ("le premier à céder,
annonçant se retirer"). Invented sentences, each with a case that must report nothing."""

from __future__ import annotations

import pytest

from dixit.analyse.reported import reversal_cues

pytestmark = pytest.mark.slow


def cue_texts(text: str) -> list[str]:
    return [c.text for c in reversal_cues(text, "fr")]


def test_backing_down_is_a_cue() -> None:
    assert cue_texts("Face à la colère des parents, la mairie de Lormes recule.") == ["recule"]


def test_not_backing_down_is_none() -> None:
    assert cue_texts("« On ne recule pas », a assuré le maire de Lormes.") == []


def test_coming_back_to_the_incident_is_no_cue() -> None:
    assert cue_texts("La ministre est revenue sur l'incident de mercredi.") == []


def test_going_back_on_a_decision_is_a_cue() -> None:
    assert cue_texts("La ministre est revenue sur sa décision mercredi.") == ["revenue sur"]


def test_the_mayor_backs_down_on_the_pool(reversals_in) -> None:
    text = (
        "Le maire de Lormes, Paul Darnac, avait assuré en janvier que la piscine "
        "municipale fermerait en juin. Face à la pétition, le maire recule : la piscine "
        "restera ouverte tout l'été, a annoncé Paul Darnac jeudi."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Paul Darnac"
    assert "fermerait en juin" in reversal["before"]["content"]
    assert "restera ouverte" in reversal["after"]["content"]


def test_giving_in_and_withdrawing_in_one_sentence_is_one_side(reversals_in) -> None:
    text = (
        "Sous la pression des supporters, le club de Vernoux est le premier à céder, "
        "annonçant dans un communiqué se retirer de la nouvelle ligue."
    )
    assert reversals_in(text) == []


def test_a_possessive_cue_leaves_the_change_to_the_cue_that_tells_it(reversals_in) -> None:
    text = (
        "Il fait volte-face ! Jeudi, le maire de Lormes, Paul Darnac, a annoncé que la "
        "piscine municipale resterait ouverte tout l'été.\n\n"
        "En mars, Paul Darnac avait renoncé à ouvrir la piscine cet été.\n\n"
        "Sur sa page, Paul Darnac a commenté son revirement. « Les familles comptent sur "
        "nous », a-t-il écrit jeudi."
    )
    [reversal] = reversals_in(text)
    assert "renoncé à ouvrir la piscine" in reversal["before"]["content"]
    assert "resterait ouverte" in reversal["after"]["content"]


def test_a_possessive_cue_alone_without_an_earlier_side_is_none(reversals_in) -> None:
    text = "Le maire de Lormes, Paul Darnac, a justifié son revirement par la pétition."
    assert reversals_in(text) == []


def test_they_go_back_on_their_decision_is_a_cue() -> None:
    text = "Les maires du canton reviennent sur leur décision de fermer les écoles lundi."
    assert cue_texts(text) == ["reviennent sur"]


def test_they_come_back_to_the_facts_is_no_cue() -> None:
    text = "Les maires du canton reviennent sur les faits de lundi devant la presse."
    assert cue_texts(text) == []
