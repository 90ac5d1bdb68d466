"""The kept answers of round 11 (docs/scale.md): the same as the walks and comparisons they
save."""

from __future__ import annotations

from types import SimpleNamespace

from dixit.resolve.dates.state import DateState
from dixit.resolve.speakers.descriptions import _same_words


def _walk(captions: set[int], block: int) -> int:
    previous = block - 1
    while previous > 0 and previous in captions:
        previous -= 1
    return previous


def test_block_before_kept_equals_the_walk_over_captions() -> None:
    captions = {1, 2, 3, 5, 8, 9, 10, 11, 14}
    for order in (range(0, 17), reversed(range(0, 17)), [12, 4, 11, 3, 16, 9, 0, 1]):
        state = SimpleNamespace(befores={}, caption_block=lambda b: b in captions)
        for block in order:
            assert DateState.block_before(state, block) == _walk(captions, block)  # type: ignore[arg-type]
        for block in range(0, 17):  # asked again, from the kept answers
            assert DateState.block_before(state, block) == _walk(captions, block)  # type: ignore[arg-type]


def test_same_words_reads_inflections_both_ways_and_keeps_the_length() -> None:
    assert _same_words(["la", "présidente"], ("la", "président"))
    assert _same_words(("procureur",), ["procureure"])
    assert _same_words(["maire"], ["mairesse"])
    assert not _same_words(["maire"], ["maire", "adjoint"])
    assert not _same_words(["préfète"], ["préfet"])  # no rule gives this feminine
    assert _same_words([], [])
