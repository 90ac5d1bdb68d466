"""Exact and near duplicates, on hand-made wire copies of one dispatch."""

from __future__ import annotations

from pathlib import Path

import pytest

from dixit.ingest.dedup import (
    NEAR_DUPLICATE_THRESHOLD,
    Deduplicator,
    content_hash,
    minhash,
    signature_bytes,
    signature_from_bytes,
)

WIRE = Path(__file__).parent.parent / "fixtures" / "ingest" / "wire"
COPIES = ["copy_outlet.txt", "copy_trimmed.txt", "copy_edited.txt"]
OTHERS = ["same_story_other.txt", "same_story_reaction.txt"]


def text(name: str) -> str:
    return (WIRE / name).read_text(encoding="utf-8")


def test_threshold_separates_copies_from_other_articles():
    base = minhash(text("dispatch.txt"))
    copies = [base.jaccard(minhash(text(n))) for n in COPIES]
    others = [base.jaccard(minhash(text(n))) for n in OTHERS]
    assert min(copies) > NEAR_DUPLICATE_THRESHOLD + 0.05
    assert max(others) < NEAR_DUPLICATE_THRESHOLD - 0.3


@pytest.mark.parametrize("name", COPIES)
def test_wire_copies_point_at_the_original(name):
    dedup = Deduplicator()
    dedup.remember("dispatch", content_hash(text("dispatch.txt")), minhash(text("dispatch.txt")))
    found = dedup.original_of(name, content_hash(text(name)), minhash(text(name)))
    assert found is not None and found[0] == "dispatch"


@pytest.mark.parametrize("name", OTHERS)
def test_other_articles_are_not_duplicates(name):
    dedup = Deduplicator()
    dedup.remember("dispatch", content_hash(text("dispatch.txt")), minhash(text("dispatch.txt")))
    assert dedup.original_of(name, content_hash(text(name)), minhash(text(name))) is None


def test_exact_duplicate_ignores_spacing_and_unicode_form():
    dedup = Deduplicator()
    dedup.remember("a", content_hash("La maire a dit « non »."), None)
    found = dedup.original_of("b", content_hash("  La maire   a dit « non ».\n"), None)
    assert found == ("a", 1.0)
    assert dedup.original_of("a", content_hash("La maire a dit « non »."), None) is None


def test_signatures_round_trip_through_bytes():
    signature = minhash(text("dispatch.txt"))
    restored = signature_from_bytes(signature_bytes(signature))
    assert restored.jaccard(signature) == 1.0
    dedup = Deduplicator()
    dedup.remember_many([("dispatch", "h", signature_bytes(signature), None)])
    assert dedup.original_of("x", "other", minhash(text("copy_outlet.txt")))[0] == "dispatch"


def test_short_texts_are_only_compared_exactly():
    assert minhash("Le ministre a déclaré que non.") is None


def test_copies_chain_to_the_first_original():
    dedup = Deduplicator()
    order = ["copy_edited.txt", "copy_outlet.txt", "copy_trimmed.txt", "dispatch.txt"]
    first, *rest = order
    dedup.remember(first, content_hash(text(first)), minhash(text(first)))
    for name in rest:
        found = dedup.original_of(name, content_hash(text(name)), minhash(text(name)))
        assert found is not None and found[0] == first, name
        dedup.remember_copy(name, found[0], minhash(text(name)))


def test_shared_permutations_give_datasketchs_own_signature():
    """Signatures stored by earlier versions (own permutations per MinHash) stay comparable."""
    from datasketch import MinHash

    from dixit.ingest.dedup import NUM_PERM, SCHEME, shingles

    body = text("dispatch.txt")
    plain = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    plain.update_batch([s.encode("utf-8") for s in shingles(body)])
    assert (minhash(body).hashvalues == plain.hashvalues).all()
    assert minhash(body).permutations is minhash(text("copy_outlet.txt")).permutations


def test_band_index_finds_what_datasketch_lsh_finds():
    """The light LSH index answers the same candidates as datasketch's, for the same banding."""
    import random

    from datasketch import MinHashLSH

    from dixit.ingest.dedup import CANDIDATE_THRESHOLD, NUM_PERM, _banding, _Bands

    names = ["dispatch.txt", *COPIES, *OTHERS]
    signatures = {name: minhash(text(name)) for name in names}
    rnd = random.Random(7)
    base = text("dispatch.txt").split()
    for i in range(40):  # more texts, some overlapping a lot with the dispatch
        words = list(base)
        for _ in range(rnd.randrange(0, len(words))):
            words[rnd.randrange(len(words))] = f"mot{rnd.randrange(10**6)}"
        signatures[f"variant{i}"] = minhash(" ".join(words))
    theirs = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM)
    ours = _Bands(*_banding(CANDIDATE_THRESHOLD))
    for key, signature in signatures.items():
        expected = set(theirs.query(signature))
        assert ours.query(signature.hashvalues) == expected, key
        theirs.insert(key, signature)
        ours.insert(key, signature.hashvalues)
    assert any(len(theirs.query(s)) > 1 for s in signatures.values())
