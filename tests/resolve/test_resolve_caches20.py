"""The kept answers of round 11 (docs/scale.md): the same as the walks and comparisons they
save."""

from __future__ import annotations

from types import SimpleNamespace

from dixit.resolve.dates.speakers import CAPITALISED, name_words, resolved_name_words
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


def _scan_entries(timeline: list[SimpleNamespace], block: int) -> list[SimpleNamespace]:
    found = []
    for entry in reversed(timeline):
        if entry.block < block:
            break
        if entry.block == block:
            found.append(entry)
    found.reverse()
    return found


def _entries_state() -> SimpleNamespace:
    return SimpleNamespace(timeline=[], timeline_blocks=[], timeline_in_order=True)


def test_block_entries_by_bisection_equal_the_scan_from_the_end() -> None:
    for blocks in ([0, 0, 1, 3, 3, 3, 4, 7], [0, 2, 2, 1, 2, 5, 4, 4]):  # in order, then not
        state = _entries_state()
        for k, block in enumerate(blocks):
            state.timeline.append(SimpleNamespace(block=block, position=k))
            for asked in range(-1, 9):  # asked as the timeline grows
                got = DateState.block_entries(state, asked)  # type: ignore[arg-type]
                assert got == _scan_entries(state.timeline, asked)
        assert state.timeline_in_order == (blocks == sorted(blocks))


def _fresh_name_words(text: str, openers: set[str]) -> set[str]:
    found = (w.lower().replace("’", "'") for w in CAPITALISED.findall(text))
    return {w for w in found if w.split("'")[0] not in openers}


def test_name_words_kept_per_text_equal_a_fresh_reading() -> None:
    openers = {"Le", "la", "l", "mme"}
    for mention in ("Mme Anne Roy-Vasseur", "l’ancien maire d’Orval", "Le ministre", ""):
        said = SimpleNamespace(speaker=None, speaker_mention=mention)
        for _ in range(2):  # read, then kept
            words = name_words(said, frozenset(openers))  # type: ignore[arg-type]
            assert words == _fresh_name_words(mention, openers)
            words.add("changed")  # the caller's set is its own
        assert resolved_name_words(said, openers) == set()  # type: ignore[arg-type]


def test_lead_entries_are_the_timeline_s_entries_in_the_lead_in_order() -> None:
    starts = [0, 10, 20, 30, 40]
    state = SimpleNamespace(
        timeline=[],
        lead={0, 2},
        lead_read=(0, []),
        sentence_index=lambda position: max(k for k, s in enumerate(starts) if s <= position),
    )
    for position in (3, 12, 25, 1, 45, 21):
        state.timeline.append(SimpleNamespace(position=position))
        got = DateState.lead_entries(state)  # type: ignore[arg-type]
        scan = [e for e in state.timeline if state.sentence_index(e.position) in state.lead]
        assert got == scan
    assert [e.position for e in got] == [3, 25, 1, 21]


def test_speaker_mentions_counted_once_per_word_equal_a_fresh_count() -> None:
    from dixit.describe.confidence import speaker_mentions

    text = "Anne Roy a parlé. Selon Roy, tout va bien. Le maire Paul Roy-Vasseur s'est tu."
    counted: dict[str, int] = {}
    for name in ("Anne Roy", "Paul Roy-Vasseur", "Anne Roy", "Inconnu"):
        said = SimpleNamespace(speaker=SimpleNamespace(name=name))
        assert speaker_mentions(said, text, counted) == speaker_mentions(said, text)  # type: ignore[arg-type]
    assert counted == {"Roy": 3, "Roy-Vasseur": 1, "Inconnu": 0}
    assert speaker_mentions(SimpleNamespace(speaker=None), text, counted) is None  # type: ignore[arg-type]
