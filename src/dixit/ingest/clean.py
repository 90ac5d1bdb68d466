"""Clean extracted text before it becomes an article: Unicode form and page furniture.

Pages come with navigation labels, share buttons and cookie notices that extractors
sometimes keep ("Lire aussi", a lone "Publicité"). They are not what anyone said, and
they make wire copies of one dispatch look different, so they go. The lists are data
(``lang/<code>/boilerplate.yaml``), not code; French and English lists both apply
because French pages often carry English widgets.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from dixit.ingest.base import decode_text
from dixit.lang import get_language

__all__ = ["Boilerplate", "boilerplate", "clean_text", "decode_text", "is_boilerplate_line"]

_TRAILING = " \t.:;!?…·|>»›-–—"
_INLINE_SPACES = re.compile(r"[ \t\u00a0\u202f]+")
_BLANK_RUNS = re.compile(r"\n{3,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Boilerplate:
    """Line patterns of page furniture for one or more languages."""

    labels: frozenset[str]
    prefixes: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    max_words: int

    def matches(self, line: str) -> bool:
        """True when ``line`` (one paragraph) is furniture rather than text."""
        key = line.strip().casefold()
        if not key:
            return False
        if len(key.split()) > self.max_words:
            return False
        if key.strip(_TRAILING) in self.labels:
            return True
        if key.startswith(self.prefixes):
            return True
        return any(p.match(key) for p in self.patterns)


@lru_cache(maxsize=8)
def boilerplate(languages: tuple[str, ...] = ("fr", "en")) -> Boilerplate:
    """The merged boilerplate lists of ``languages``, read once."""
    labels: set[str] = set()
    prefixes: list[str] = []
    patterns: list[re.Pattern[str]] = []
    max_words = 0
    for lang in languages:
        language = get_language(lang)
        if not language.has_lexicon("boilerplate"):
            continue
        data = language.lexicon("boilerplate")
        labels.update(str(x).casefold().strip(_TRAILING) for x in data.get("labels", []))
        prefixes.extend(str(x).casefold() for x in data.get("prefixes", []))
        patterns.extend(re.compile(str(x), re.IGNORECASE) for x in data.get("patterns", []))
        max_words = max(max_words, int(data.get("max_words", 12)))
    return Boilerplate(frozenset(labels), tuple(prefixes), tuple(patterns), max_words or 12)


def is_boilerplate_line(line: str, languages: tuple[str, ...] = ("fr", "en")) -> bool:
    return boilerplate(languages).matches(line)


def clean_text(text: str, languages: tuple[str, ...] = ("fr", "en")) -> str:
    """NFC text with unified newlines and spaces, furniture lines and control characters gone.

    Paragraphs stay one per line (a blank line between blocks is kept once) so that
    :func:`dixit.model.paragraph_spans` still finds them.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    rules = boilerplate(languages)
    kept: list[str] = []
    for raw in text.split("\n"):
        line = _INLINE_SPACES.sub(" ", raw).strip()
        if line and rules.matches(line):
            continue
        kept.append(line)
    cleaned = "\n".join(kept)
    return _BLANK_RUNS.sub("\n\n", cleaned).strip()
