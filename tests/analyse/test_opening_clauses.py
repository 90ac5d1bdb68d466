"""An opening "Après avoir affirmé que …, X a finalement …" clause, however the parser hangs
it: its holder is the main clause's subject, not the subject of what was affirmed, and its
words run up to that subject. Invented sentences; the same construction that tells no
change (a position confirmed) reports nothing."""

from __future__ import annotations

OPENING = (
    "Après avoir affirmé que la halle aux grains resterait ouverte le dimanche, la maire de "
    "Vernoux, Odile Fresnel, a finalement annoncé que les marchands seraient installés sur "
    "le quai."
)


def test_an_opening_affirmation_then_a_final_announcement(reversals_in) -> None:
    [reversal] = reversals_in(OPENING)
    assert reversal["speaker"]["name"] == "Odile Fresnel"
    before, after = reversal["before"], reversal["after"]
    assert before["content"].endswith("que la halle aux grains resterait ouverte le dimanche")
    assert "installés sur le quai" in after["content"]
    # The text tells the change; the new side says no stance of its own.
    assert (before["stance"], after["stance"]) == ("supports", "opposes")
    assert after["stance_basis"].startswith("inferred")


def test_an_opening_affirmation_then_a_confirmation_is_no_change(reversals_in) -> None:
    text = (
        "Après avoir affirmé que la halle aux grains resterait ouverte le dimanche, la maire "
        "de Vernoux, Odile Fresnel, a confirmé que les marchands y seraient accueillis."
    )
    assert reversals_in(text) == []


def test_the_completive_runs_to_the_main_subject_when_hung_on_the_main_verb(
    reversals_in,
) -> None:
    text = (
        "Après avoir promis que la halle aux grains resterait ouverte le dimanche, le maire "
        "de Vernoux, Paul Darnac, a finalement décidé de la fermer."
    )
    [reversal] = reversals_in(text)
    assert reversal["before"]["content"] == (
        "Après avoir promis que la halle aux grains resterait ouverte le dimanche"
    )
    assert reversal["after"]["content"].endswith("décidé de la fermer")


def test_an_opening_assurance_repeated_is_no_change(reversals_in) -> None:
    # Both clauses are held by the mayor and say the same: a position kept.
    text = (
        "Après avoir assuré que le marché resterait place du Foirail, la maire de Vernoux, "
        "Odile Fresnel, a répété que le marché resterait place du Foirail."
    )
    assert reversals_in(text) == []
