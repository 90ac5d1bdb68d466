"""``regex_guard.guarded``: a look-ahead on a pattern's first characters, the same matches."""

from __future__ import annotations

import re

import pytest

from dixit.regex_guard import first_class, guarded

_LEFT = r"(?<![\w-])"
TEXT = (
    "Mardi soir, le maire de Brézolles, Lucie Varenne, a annoncé qu'elle se représenterait "
    "en mars 2027. « Hier, nous avons voté », a-t-elle dit le 4/11/2026, il y a 3 jours.\n"
    "Demain-matin n'est pas une date ; l'après-midi du 12 mai non plus, ni lundi-là."
)
PATTERNS = [
    _LEFT + r"(?:hier soir|hier|demain|mardi soir|mardi|lundi)(?![\w-])",
    _LEFT + r"(?:(?:le|ce)\s+)?(?P<day>\d{1,2})\s+(?P<month>mars|mai)",
    _LEFT + r"il\s+y\s+a\s+(?P<n>\d+|trois)\s+jours",
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})",
    r"(?:en\s+)?(?:mars|mai)(?:\s+\d{4})?",
    r"[«“]\s*[A-Z]\w+",
]


@pytest.mark.parametrize("source", PATTERNS)
def test_guarded_finds_the_same_matches(source: str) -> None:
    plain, fast = re.compile(source, re.IGNORECASE), guarded(source, re.IGNORECASE)
    assert fast.pattern != plain.pattern  # a guard was put
    found = [(m.span(), m.groupdict()) for m in fast.finditer(TEXT)]
    assert found == [(m.span(), m.groupdict()) for m in plain.finditer(TEXT)]
    assert found  # the text does hold matches


def test_first_class_lists_the_first_characters() -> None:
    assert first_class(_LEFT + r"(?:hier|lundi)") == "[hl]"
    assert first_class(r"(?:le\s+)?\d+") == r"[l\d]"  # an optional opening adds the next


@pytest.mark.parametrize(
    "source",
    [r".+soir", r"[^a]bc", r"(?:le)?", r"a*", r"(?i:mardi)"],
    ids=["any", "negated class", "empty", "may be empty", "inline flags"],
)
def test_a_pattern_whose_first_characters_cannot_be_listed_is_kept_as_it_is(
    source: str,
) -> None:
    assert first_class(source) is None
    assert guarded(source).pattern == source
