"""Reversal cues in the imperfect and the present plural ("renonçait", "renoncent"), as
real copy tells a giving up; a negation before them still cancels them."""

from __future__ import annotations

from dixit.analyse.reported import reversal_cues


def test_an_imperfect_giving_up_is_a_cue() -> None:
    text = "En fin de journée, la coopérative annonçait qu'elle renonçait à ce projet."
    assert [c.text for c in reversal_cues(text, "fr")] == ["renonçait"]


def test_a_plural_present_giving_up_is_a_cue() -> None:
    text = "Les élus de Lormes renoncent à la hausse de la taxe de séjour."
    assert [c.text for c in reversal_cues(text, "fr")] == ["renoncent"]


def test_a_negated_giving_up_is_none() -> None:
    text = "La coopérative ne renonçait pas à ce projet, assurait son président."
    assert reversal_cues(text, "fr") == []
