"""A person and the body they speak for as one holder of a reversal, when the article ties
them. Invented sentences; each tie has a case where nothing ties the two."""

from __future__ import annotations

import pytest

from dixit.analyse.holders import holder, named_in, same_holder
from dixit.model import Speaker

GOVERNMENT = Speaker(
    id="gouvernement-d-anne-morvan", name="Gouvernement d'Anne Morvan", type="organisation"
)
MORVAN = Speaker(id="anne-morvan", name="Anne Morvan", type="person")
OTHER = Speaker(id="anne-le-goff", name="Anne Le Goff", type="person")


def test_a_body_named_after_its_leader_holds_her_positions() -> None:
    assert named_in(MORVAN, GOVERNMENT)
    assert same_holder(MORVAN, GOVERNMENT)
    assert holder(GOVERNMENT, MORVAN) == GOVERNMENT
    assert holder(MORVAN, GOVERNMENT) == GOVERNMENT


def test_a_person_sharing_a_first_name_is_not_tied() -> None:
    assert not same_holder(OTHER, GOVERNMENT)
    assert not same_holder(OTHER, MORVAN)


def test_ties_the_article_gives_join_two_ids() -> None:
    union = Speaker(id="upl", name="Union des producteurs de lait", type="organisation")
    assert not same_holder(OTHER, union)
    assert same_holder(OTHER, union, {frozenset({"anne-le-goff", "upl"})})


SPOKESWOMAN = (
    "La porte-parole de l'Union des producteurs de lait (UPL), Claire Dumas, avait assuré "
    "lundi que le syndicat ne signerait jamais l'accord sur les prix. Volte-face mardi : "
)


@pytest.mark.slow
def test_a_spokeswoman_then_her_union_is_the_union_s_reversal(reversals_in) -> None:
    text = SPOKESWOMAN + "l'UPL a annoncé qu'elle signerait l'accord dès la semaine prochaine."
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Union des producteurs de lait"
    assert "ne signerait jamais" in reversal["before"]["content"]
    assert "signerait l'accord dès" in reversal["after"]["content"]


@pytest.mark.slow
def test_a_person_described_without_the_body_is_not_its_voice(reversals_in) -> None:
    text = (
        "L'éleveuse Claire Dumas, installée à Lormes, avait assuré lundi que le syndicat ne "
        "signerait jamais l'accord sur les prix. Volte-face mardi : l'Union des producteurs "
        "de lait (UPL) a annoncé qu'elle signerait l'accord dès la semaine prochaine."
    )
    assert reversals_in(text) == []


@pytest.mark.slow
def test_a_government_named_after_its_leader_then_the_leader(reversals_in) -> None:
    text = (
        "Le gouvernement d'Anne Morvan avait promis lundi que la taxe sur le fioul serait "
        "maintenue. Volte-face mardi : Anne Morvan a annoncé que la taxe serait supprimée "
        "dès janvier."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Gouvernement d'Anne Morvan"
    assert "serait maintenue" in reversal["before"]["content"]


@pytest.mark.slow
def test_a_government_then_another_person_is_no_reversal(reversals_in) -> None:
    text = (
        "Le gouvernement d'Anne Morvan avait promis lundi que la taxe sur le fioul serait "
        "maintenue. Volte-face mardi : le député Paul Orsel a annoncé que la taxe serait "
        "supprimée dès janvier."
    )
    assert reversals_in(text) == []
