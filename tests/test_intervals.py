"""``Cover`` answers what a scan of every span would, on overlapping, nested and empty spans."""

from __future__ import annotations

import random

import pytest

from dixit.intervals import Cover

SPANS = [(10, 20), (12, 15), (30, 30), (25, 40), (41, 45), (0, 3)]


@pytest.mark.parametrize("position", range(-1, 50))
def test_holds_is_a_scan_of_every_span(position: int) -> None:
    expected = any(s <= position < e for s, e in SPANS)
    assert Cover(SPANS).holds(position) is expected


@pytest.mark.parametrize("position", range(-1, 50))
def test_holds_inside_leaves_out_the_edges(position: int) -> None:
    expected = any(s < position < e for s, e in SPANS)
    assert Cover(SPANS).holds_inside(position) is expected


def test_an_end_is_not_held_but_a_start_is() -> None:
    cover = Cover([(5, 9)])
    assert cover.holds(5)
    assert not cover.holds(9)
    assert not cover.holds_inside(5)
    assert cover.holds_inside(6)


def test_overlaps_matches_the_pairwise_rule_on_random_spans() -> None:
    rng = random.Random(7)
    for _ in range(200):
        spans = [(a, a + rng.randint(0, 8)) for a in (rng.randint(0, 60) for _ in range(6))]
        cover = Cover(spans)
        for start in range(0, 70, 3):
            end = start + rng.randint(0, 6)
            expected = any(start < e and s < end for s, e in spans)
            assert cover.overlaps(start, end) is expected, (spans, start, end)


def test_no_spans_hold_nothing() -> None:
    cover = Cover([])
    assert not cover.holds(0)
    assert not cover.holds_inside(0)
    assert not cover.overlaps(0, 100)
