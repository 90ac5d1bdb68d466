"""A narrated clause in "ne … que" ("qui n'avait exclu que la hausse") is affirmed: the
restriction does not turn its stance as "n'avait pas exclu" does. Invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("earlier", "stance"),
    [
        ("qui n'avait exclu que la hausse de la taxe foncière", "opposes"),
        ("qui n'avait pas exclu la hausse de la taxe foncière", "open"),
    ],
)
def test_the_earlier_side_of_a_turn_in_ne_que(reversals_in, earlier: str, stance: str) -> None:
    text = f"Le maire de Lormes, Bastien Corre, {earlier}, a finalement renoncé à toute hausse."
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Bastien Corre"
    assert reversal["before"]["content"].endswith("la hausse de la taxe foncière")
    assert reversal["before"]["stance"] == stance
