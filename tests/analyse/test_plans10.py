"""Session 10: a reversal cue whose object is the holder's own plan ("renonce à son projet
de parking") names the earlier side itself; a personal pronoun the parser reads as an
expletive before a verb of position ("Il renonce finalement à …") still holds it.
Invented sentences; each with cases that must report nothing (habits in the plural, a plan
kept, a third party giving up someone else's plan)."""

from __future__ import annotations

import pytest

from dixit.analyse.subjects import is_subject
from dixit.core import parse

pytestmark = pytest.mark.slow


def test_giving_up_ones_own_plan_is_a_change(reversals_in) -> None:
    text = (
        "Face à la colère des riverains, le maire de Lormes, Paul Darnac, renonce à son "
        "projet de parking souterrain sous la place du marché."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Paul Darnac"
    assert reversal["before"]["content"].startswith("son projet de parking")
    assert reversal["after"]["content"].startswith("renonce à son projet")


def test_the_plan_told_earlier_is_the_old_side_when_the_text_tells_it(reversals_in) -> None:
    text = (
        "Le maire de Lormes, Paul Darnac, avait défendu pendant des mois le parking "
        "souterrain. Il renonce finalement à son projet de parking sous la place."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Paul Darnac"
    assert "avait défendu" in reversal["before"]["content"]
    assert "renonce finalement" in reversal["after"]["content"]


def test_promises_in_the_plural_are_a_habit_not_a_change(reversals_in) -> None:
    text = "Le maire de Lormes, Paul Darnac, renonce à ses promesses de campagne."
    assert reversals_in(text) == []


def test_a_plan_defended_and_kept_is_none(reversals_in) -> None:
    text = (
        "Le maire de Lormes, Paul Darnac, a défendu jeudi son projet de parking "
        "souterrain, qu'il ne compte pas abandonner."
    )
    assert reversals_in(text) == []


def test_someone_else_giving_up_the_mayors_plan_is_none(reversals_in) -> None:
    text = "Le préfet, Jean Aubert, renonce au projet de parking du maire de Lormes."
    assert reversals_in(text) == []


def test_a_pronoun_read_as_an_expletive_before_a_verb_of_position_holds_it(nlp) -> None:
    doc = parse(nlp, "Il renonce finalement à son projet de parking.")
    pronoun = doc[0]
    if pronoun.dep_ != "expl:subj":
        pytest.skip("the parser read the pronoun as a subject")
    assert is_subject(pronoun)


def test_an_impersonal_il_is_no_holder(nlp) -> None:
    doc = parse(nlp, "Il faut renoncer au parking.")
    pronoun = doc[0]
    if pronoun.dep_ != "expl:subj":
        pytest.skip("the parser read the pronoun as a subject")
    assert not is_subject(pronoun)
