"""A "que" with nothing after it reports nothing, and never stops the analysis (a text cut
after "a dit que" crashed the que-clause rule; found by the robustness test's examples)."""

from __future__ import annotations

import pytest

from dixit.core import analyze

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", ["Il a dit que", "Le maire de Valbrune a dit que"])
def test_a_text_ending_on_que_gives_no_statement(text: str) -> None:
    assert analyze(text) == []


def test_a_que_clause_before_the_end_is_still_reported() -> None:
    statements = analyze("Le maire de Valbrune a dit que la route rouvrira lundi.")
    assert [s.content for s in statements] == ["la route rouvrira lundi"]
