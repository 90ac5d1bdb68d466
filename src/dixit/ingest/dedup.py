"""Duplicates: the same text twice (exact) and wire copies of one dispatch (near).

An exact duplicate has the same normalised text, hence the same content hash
(:func:`dixit.model.article_id_for`). A wire copy differs by a headline, a dateline, an
outlet's footer or a trimmed paragraph: MinHash over word 5-shingles, indexed by LSH,
finds those in constant time per article. The threshold was measured on our fixtures
(``tests/fixtures/ingest/wire/``, checked by ``tests/ingest/test_dedup.py``): wire copies
with a new headline, a trimmed paragraph or light edits score 0.62 to 0.85 estimated
Jaccard (0.67 to 0.87 exact), other articles on the same story 0.00 to 0.01, so 0.5
leaves room on both sides. LSH looks up candidates at a lower threshold (0.3) so that a
copy near 0.5 is not lost to banding; each candidate is then checked against 0.5.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from dixit.model import article_id_for, normalise_text

#: Estimated Jaccard similarity of 5-shingle sets above which two articles are copies.
NEAR_DUPLICATE_THRESHOLD = 0.5
#: LSH candidate threshold: lower than the decision threshold, for recall.
CANDIDATE_THRESHOLD = 0.3
NUM_PERM = 128
#: datasketch's hashing scheme, pinned so stored signatures stay comparable across upgrades.
SCHEME = "affine32"
SHINGLE_WORDS = 5
#: Texts with fewer words than this are only compared exactly: short items share too
#: large a part of their shingles by chance ("a déclaré le ministre").
MIN_WORDS = 25

_WORD = re.compile(r"\w+", re.UNICODE)
#: The permutation parameters, drawn once and shared by every signature (datasketch would
#: otherwise draw and keep a copy of them, 2 x NUM_PERM numbers, in each one).
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


def content_hash(text: str) -> str:
    """The exact-duplicate key: the id dixit gives a text without one."""
    return article_id_for(text)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Word ``size``-grams of the case-folded text, punctuation ignored."""
    return _shingles_of(_WORD.findall(normalise_text(text).casefold()), size)


def _shingles_of(words: list[str], size: int) -> set[str]:
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def minhash(text: str) -> MinHash | None:
    """The MinHash signature of ``text``, or None when it is too short to compare."""
    words = _WORD.findall(normalise_text(text).casefold())
    if len(words) < MIN_WORDS:
        return None
    signature = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_PERMUTATIONS)
    signature.update_batch([s.encode("utf-8") for s in _shingles_of(words, SHINGLE_WORDS)])
    return signature


def signature_bytes(signature: MinHash) -> bytes:
    """A signature as bytes, to be stored beside its article."""
    return signature.hashvalues.astype("<u8").tobytes()


def signature_from_bytes(data: bytes) -> MinHash:
    return MinHash(
        num_perm=NUM_PERM,
        scheme=SCHEME,
        hashvalues=np.frombuffer(data, dtype="<u8"),
        permutations=_PERMUTATIONS,
    )


@lru_cache(maxsize=8)
def _banding(threshold: float) -> tuple[int, int]:
    """datasketch's (bands, rows per band) for ``threshold``: 37 x 3 at 0.3."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return lsh.b, lsh.r


class _Bands:
    """MinHash LSH in one dict: each band of a signature keys a bucket holding an id.

    The candidates are those of ``datasketch.MinHashLSH`` with the same banding (articles
    sharing a whole band with the query), but datasketch keeps a ``set`` per bucket per
    band table, about 12 KB per article, which made the index the one part of an ingest
    run that grows with the corpus. A bucket here holds one id, or a list when several
    articles share it (rare outside copies): about 4 KB per article. Bucket keys are
    Python hashes of (band, band bytes); a collision only adds a candidate, which the
    caller checks against the threshold anyway.
    """

    def __init__(self, bands: int, rows: int) -> None:
        self._ranges = [(i * rows, (i + 1) * rows) for i in range(bands)]
        self._buckets: dict[int, str | list[str]] = {}

    def _keys(self, values: np.ndarray) -> list[int]:
        return [hash((i, values[a:b].tobytes())) for i, (a, b) in enumerate(self._ranges)]

    def insert(self, article_id: str, values: np.ndarray) -> None:
        buckets = self._buckets
        for key in self._keys(values):
            held = buckets.get(key)
            if held is None:
                buckets[key] = article_id
            elif isinstance(held, str):
                buckets[key] = [held, article_id]
            else:
                held.append(article_id)

    def query(self, values: np.ndarray) -> set[str]:
        found: set[str] = set()
        for key in self._keys(values):
            held = self._buckets.get(key)
            if held is None:
                continue
            if isinstance(held, str):
                found.add(held)
            else:
                found.update(held)
        return found


class Deduplicator:
    """Remembers the originals seen so far and says which earlier article a new one copies.

    Seed it with what the store already holds (:meth:`remember`) so that a second run
    finds copies of articles ingested by the first. Per article it keeps the signature's
    hash values (512 bytes) and its LSH buckets: about 4 KB in all.
    """

    def __init__(self, threshold: float = NEAR_DUPLICATE_THRESHOLD) -> None:
        self.threshold = threshold
        self._hashes: dict[str, str] = {}
        self._lsh = _Bands(*_banding(min(threshold, CANDIDATE_THRESHOLD)))
        self._signatures: dict[str, np.ndarray] = {}
        self._original: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._hashes)

    def _index(self, article_id: str, signature: MinHash | None) -> None:
        if signature is not None and article_id not in self._signatures:
            values = signature.hashvalues
            self._lsh.insert(article_id, values)
            self._signatures[article_id] = values

    def remember(self, article_id: str, text_hash: str, signature: MinHash | None) -> None:
        """Record an original (never a duplicate: copies point at the first one)."""
        self._hashes.setdefault(text_hash, article_id)
        self._index(article_id, signature)

    def remember_copy(self, article_id: str, original: str, signature: MinHash | None) -> None:
        """Record a copy: later articles close to it are copies of its original.

        Copies edited in different places can be closer to one another than to the
        dispatch they all come from; chaining through copies finds them.
        """
        self._original[article_id] = self._original.get(original, original)
        self._index(article_id, signature)

    def remember_many(self, rows: Iterable[tuple[str, str, bytes | None, str | None]]) -> None:
        """Seed from stored rows ``(id, content hash, signature bytes, duplicate_of)``."""
        for article_id, text_hash, data, duplicate_of in rows:
            signature = signature_from_bytes(data) if data else None
            if duplicate_of:
                self.remember_copy(article_id, duplicate_of, signature)
            else:
                self.remember(article_id, text_hash, signature)

    def original_of(
        self, article_id: str, text_hash: str, signature: MinHash | None
    ) -> tuple[str, float] | None:
        """``(original id, similarity)`` when the article copies one already seen."""
        exact = self._hashes.get(text_hash)
        if exact is not None and exact != article_id:
            return exact, 1.0
        if signature is None:
            return None
        values = signature.hashvalues
        best: tuple[str, float] | None = None
        for candidate in self._lsh.query(values):
            if candidate == article_id:
                continue
            # MinHash.jaccard: the share of equal hash values.
            score = np.count_nonzero(values == self._signatures[candidate]) / len(values)
            if score >= self.threshold and (best is None or score > best[1]):
                best = (self._original.get(candidate, candidate), score)
        if best is not None and best[0] == article_id:
            return None
        return best
