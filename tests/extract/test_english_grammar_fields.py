"""English-only constructions are switched on by named ``Grammar`` fields, French off.

Each behaviour the extractor once keyed on ``bare_clause_labels`` being set has a field of
its own, so a new language takes the ones its copy needs.
"""

from __future__ import annotations

import pytest

from dixit.lang import get_language
from dixit.lang.base import Grammar

ENGLISH_ONLY = (
    "quotation_as_complement",
    "complement_cut_by_quotation",
    "subject_before_complementizer",
    "dash_ends_complement",
    "subordinate_cue_in_complement",
    "breaker_ends_complement",
)


@pytest.mark.parametrize("name", ENGLISH_ONLY)
def test_english_construction_has_its_own_field(name: str) -> None:
    assert getattr(get_language("en").grammar, name) is True
    assert getattr(get_language("fr").grammar, name) is False


def test_yes_no_fields_are_read_as_booleans_and_lists_as_sets() -> None:
    grammar = Grammar.from_mapping({"dash_ends_complement": True, "copulas": ["be"]})
    assert grammar.dash_ends_complement is True
    assert grammar.copulas == frozenset({"be"})
    assert Grammar.from_mapping({"dash_ends_complement": False}).dash_ends_complement is False


def test_datelines_are_read_in_both_languages_their_conventions_in_english_only() -> None:
    # French wire copy opens on datelines too ("LORMONT (AFP) - …"); a headline's trailing
    # source after a dash and a dateline's day that dates nothing are English conventions.
    for code in ("en", "fr"):
        assert "–" in get_language(code).grammar.dateline_dashes
    assert ":" not in get_language("fr").grammar.dateline_dashes
    assert "-" in get_language("en").grammar.headline_source_dashes
    assert not get_language("fr").grammar.headline_source_dashes
    assert get_language("en").grammar.dateline_day_dates_nothing is True
    assert get_language("fr").grammar.dateline_day_dates_nothing is False
