"""A concession before a noun of a position held ("malgré ses promesses", "malgré les
dénégations répétées du principal intéressé"): the holder had said the contrary of what the
clause tells. Invented sentences; each with cases that must report nothing (another holder,
a noun that holds no position, a matter that is not an announcement, a position repeated)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


ANNOUNCEMENT = (
    "« J'ai décidé de ne pas me représenter à la tête de la région », a déclaré Hélène "
    "Vasseur dans un communiqué. « Je remercie les élus qui m'ont soutenue », a-t-elle "
    "ajouté.\n\n"
)


def test_an_announcement_made_despite_ones_denials_is_a_reversal(reversals_in) -> None:
    text = ANNOUNCEMENT + (
        "Cette annonce, attendue malgré les dénégations répétées de la principale "
        "intéressée, bouscule la campagne régionale."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Hélène Vasseur"
    assert "dénégations répétées" in reversal["before"]["content"]
    # "Cette annonce" is the announcement, the first of her statements, not the thanks.
    assert "ne pas me représenter" in reversal["after"]["content"]
    # The denials held the other side of what is announced.
    assert (reversal["before"]["stance"], reversal["after"]["stance"]) == ("supports", "opposes")


def test_a_deed_despite_ones_own_promises_is_a_reversal(reversals_in) -> None:
    text = (
        "Le maire de Vernoux, Paul Darnac, a fermé l'école du hameau malgré ses promesses "
        "répétées aux parents."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Paul Darnac"
    assert "promesses" in reversal["before"]["content"]
    assert "a fermé l'école" in reversal["after"]["content"]


def test_a_deed_despite_someone_elses_denials_is_none(reversals_in) -> None:
    text = (
        "Le préfet des Landes, Marc Ollier, a fermé la route du col malgré les dénégations "
        "du maire de Vernoux, Paul Darnac."
    )
    assert reversals_in(text) == []


def test_a_deed_despite_criticism_is_none(reversals_in) -> None:
    # "critiques" holds no position of the maire's own.
    text = (
        "Le maire de Vernoux, Paul Darnac, a fermé l'école du hameau malgré les critiques "
        "répétées des parents."
    )
    assert reversals_in(text) == []


def test_an_inquiry_opened_despite_denials_is_no_announcement(reversals_in) -> None:
    text = ANNOUNCEMENT + (
        "Cette enquête, ouverte malgré les dénégations répétées de la principale "
        "intéressée, bouscule la campagne régionale."
    )
    assert reversals_in(text) == []


def test_a_denied_volte_face_despite_promises_is_none(reversals_in) -> None:
    # A promise kept: the concession says the clause goes against it, and nothing here
    # does; no concession noun, no cue (the volte-face is denied).
    text = (
        "Le maire de Vernoux, Paul Darnac, a rouvert l'école du hameau, comme il l'avait "
        "promis aux parents. Il dément toute volte-face."
    )
    assert reversals_in(text) == []
