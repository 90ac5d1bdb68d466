"""Word matching shared by issues, stance and reported reversals: lower-cased words with
their character offsets, and phrases written as data ("pas question", "impossible*").

Matching on words rather than on a parse keeps these functions pure and fast over stored
statements, which carry text but no parse.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

# A word: letters, digits and inner hyphens; an apostrophe stays with the word before it
# ("n'", "d'", "qu'") so that elisions can be written as they are read.
_WORD = re.compile(r"\w+(?:[-]\w+)*'?")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})


@dataclass(frozen=True)
class Word:
    """One lower-cased word of a text and where it is."""

    text: str
    start: int
    end: int


def words(text: str) -> list[Word]:
    """The words of ``text``, lower-cased, with typographic apostrophes made straight."""
    plain = unicodedata.normalize("NFC", text).translate(_APOSTROPHES).lower()
    return [Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(plain)]


@dataclass(frozen=True)
class Phrase:
    """A phrase of the data files: words, each possibly a prefix ("troupe*")."""

    source: str
    parts: tuple[str, ...]


def _phrase(source: str) -> Phrase:
    prefixes = source.split()
    parts: list[str] = []
    for chunk in prefixes:
        star = chunk.endswith("*")
        pieces = [w.text for w in words(chunk.rstrip("*"))]
        if star and pieces:
            pieces[-1] += "*"
        parts.extend(pieces)
    return Phrase(source, tuple(parts))


def phrases(sources: Iterable[str]) -> list[Phrase]:
    """Parse the phrases of a data file; the empty ones are dropped."""
    return [p for p in (_phrase(str(s)) for s in sources) if p.parts]


@dataclass(frozen=True)
class Match:
    """Where a phrase matched: the index of its first and past-last word, and its tag."""

    phrase: Phrase
    first: int
    last: int
    tag: str = ""


def _matches_at(phrase: Phrase, text_words: list[Word], i: int) -> bool:
    if i + len(phrase.parts) > len(text_words):
        return False
    for part, word in zip(phrase.parts, text_words[i:], strict=False):
        wanted = part.rstrip("*")
        if part.endswith("*"):
            if not word.text.startswith(wanted):
                return False
        elif word.text != wanted:
            return False
    return True


def find(tagged: Iterable[tuple[str, Phrase]], text_words: list[Word]) -> list[Match]:
    """Every match of the tagged phrases, a longer match hiding those it overlaps.

    "pas exclu" hides "exclu" inside it, so the words of a data file can spell both the
    plain and the negated form of a phrase with different meanings.

    Each word is tried only against the phrases whose first word can be it (looked up by
    the word, plus the few phrases that open with a prefix), not against the whole lexicon:
    the verification lexicon over a whole article was a fifth of an ingest's time.
    """
    by_first: dict[str, list[int]] = {}
    by_prefix: list[tuple[str, int]] = []
    entries = list(tagged)
    for k, (_, phrase) in enumerate(entries):
        first = phrase.parts[0]
        if first.endswith("*"):
            by_prefix.append((first.rstrip("*"), k))
        else:
            by_first.setdefault(first, []).append(k)
    candidates: list[tuple[int, int]] = []  # (phrase's place in ``tagged``, first word)
    for i, word in enumerate(text_words):
        for k in by_first.get(word.text, ()):
            candidates.append((k, i))
        for prefix, k in by_prefix:
            if word.text.startswith(prefix):
                candidates.append((k, i))
    # In ``tagged``'s order, then the text's: the order the ties of the sort below keep.
    candidates.sort()
    found = [
        Match(entries[k][1], i, i + len(entries[k][1].parts), entries[k][0])
        for k, i in candidates
        if _matches_at(entries[k][1], text_words, i)
    ]
    return longest_first(found)


def longest_first(found: list[Match]) -> list[Match]:
    """The matches that no longer (or, as long, earlier) match overlaps, in text order."""
    kept: list[Match] = []
    taken: set[int] = set()
    for match in sorted(found, key=lambda m: (-(m.last - m.first), m.first)):
        span = set(range(match.first, match.last))
        if span & taken:
            continue
        kept.append(match)
        taken |= span
    return sorted(kept, key=lambda m: m.first)


def find_across(
    tagged: Iterable[tuple[str, Phrase]], text_words: list[Word], gaps: Iterable[Phrase]
) -> list[Match]:
    """``find``, where a phrase may also run across words of ``gaps`` ("reste à ce jour
    inconnu" holds "reste inconnu", "pas encore exclu" holds "pas exclu"): the gap phrases
    are taken out and the phrases matched again; a match across a gap covers its words in
    ``text_words`` (indexes refer to it), so it hides the shorter matches inside it."""
    entries = list(tagged)
    direct = find(entries, text_words)
    gap_matches = find([("gap", p) for p in gaps], text_words)
    if not gap_matches:
        return direct
    out = {i for m in gap_matches for i in range(m.first, m.last)}
    kept = [i for i in range(len(text_words)) if i not in out]
    across = []
    for match in find(entries, [text_words[i] for i in kept]):
        first, last = kept[match.first], kept[match.last - 1] + 1
        if last - first > match.last - match.first:  # it runs across a gap
            across.append(Match(match.phrase, first, last, match.tag))
    return longest_first(direct + across)
