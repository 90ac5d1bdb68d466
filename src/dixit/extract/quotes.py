"""Quote pairing: find quoted passages as character spans, before any parsing decision.

Pairing works on characters, not tokens, because spaCy's sentence splitter often cuts a
quotation in two (a closing mark alone in its "sentence"). Rules:

- typographic marks pair with their own closers (« », “ ”, „ “, ‹ ›), nesting allowed;
- straight double quotes open when they follow a space or an opening bracket and close
  when one is open;
- a quote left open at the end of a paragraph continues into the next paragraph when that
  one starts with a quote mark (French convention) or closes one before opening another;
  otherwise it is dropped as unbalanced;
- apostrophes (' and ’) are never quote marks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from dixit.extract.extensions import register_extensions
from dixit.lang import get_language

_SPACE = " \t\u00a0\u202f\u2009"
_OPEN_CONTEXT = set(_SPACE + "\n([{—–-/:") | {""}


@dataclass(frozen=True)
class Quote:
    """A top-level quotation: ``start``/``end`` include the marks, ``inner`` excludes them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    opener: str
    paragraphs: int = 1
    nested: tuple[tuple[int, int], ...] = field(default=())

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    return start, end


class _Open:
    __slots__ = ("mark", "nested", "paragraphs", "pos")

    def __init__(self, mark: str, pos: int) -> None:
        self.mark = mark
        self.pos = pos
        self.paragraphs = 1
        self.nested: list[tuple[int, int]] = []


def find_quotes(text: str, language: str = "fr") -> list[Quote]:
    """All top-level quotations of ``text``, in order. Never raises on odd input."""
    lexicon = get_language(language).lexicon("quotes")
    pairs: dict[str, list[str]] = lexicon["pairs"]
    continuation = set(lexicon.get("continuation_marks", []))
    closers = {c for cs in pairs.values() for c in cs}
    quotes: list[Quote] = []
    stack: list[_Open] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            if stack:
                i = _cross_paragraph(text, i, stack, continuation)
                continue
        elif ch == '"':
            _straight(text, i, stack, quotes)
        elif stack and ch in pairs.get(stack[-1].mark, ()) and ch != '"':
            _close(text, i, stack, quotes)
        elif ch in pairs and ch != '"':
            # „ and “ are ambiguous: “ closes an open „.
            stack.append(_Open(ch, i))
        elif ch in closers and stack:
            # A closer that matches an outer opener: close the inner ones silently.
            for depth in range(len(stack) - 1, -1, -1):
                if ch in pairs.get(stack[depth].mark, ()):
                    del stack[depth + 1 :]
                    _close(text, i, stack, quotes)
                    break
        i += 1
    return quotes


def _straight(text: str, i: int, stack: list[_Open], quotes: list[Quote]) -> None:
    """A straight quote closes an open straight quote, else opens one where a word starts."""
    if stack and stack[-1].mark == '"':
        _close(text, i, stack, quotes)
        return
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if (before in _OPEN_CONTEXT or before in "«“„") and after and after not in _SPACE + "\n":
        stack.append(_Open('"', i))


def _close(text: str, i: int, stack: list[_Open], quotes: list[Quote]) -> None:
    opened = stack.pop()
    if stack:
        stack[-1].nested.append((opened.pos, i + 1))
        return
    inner_start, inner_end = _trim(text, opened.pos + 1, i)
    if inner_end <= inner_start:
        return
    quotes.append(
        Quote(
            start=opened.pos,
            end=i + 1,
            inner_start=inner_start,
            inner_end=inner_end,
            opener=opened.mark,
            paragraphs=opened.paragraphs,
            nested=tuple(opened.nested),
        )
    )


def _cross_paragraph(text: str, i: int, stack: list[_Open], continuation: set[str]) -> int:
    """At a newline with quotes open: continue them into the next paragraph, or drop them."""
    j = i
    while j < len(text) and (text[j] == "\n" or text[j] in _SPACE):
        j += 1
    next_line_end = text.find("\n", j)
    next_line = text[j : next_line_end if next_line_end >= 0 else len(text)]
    outer = stack[0]
    first_close = min((next_line.find(c) for c in "»”" if c in next_line), default=-1)
    first_open = min((next_line.find(c) for c in "«“" if c in next_line), default=-1)
    closes_later = first_close >= 0 and (first_open < 0 or first_close < first_open)
    if j < len(text) and (text[j] in continuation or (outer.mark == "«" and closes_later)):
        for opened in stack:
            opened.paragraphs += 1
        # Skip the re-opening mark of the continued paragraph.
        return j + 1 if text[j] in continuation and text[j] not in "»”" else j
    stack.clear()
    return i + 1


@Language.factory(
    "dixit_quotes",
    default_config={"language": "fr"},
    assigns=["doc._.dixit_quotes"],
)
def make_quote_finder(nlp: Language, name: str, language: str) -> QuoteFinder:
    return QuoteFinder(language)


class QuoteFinder:
    """Pipeline component: stores the article's quotations on ``doc._.dixit_quotes``."""

    def __init__(self, language: str = "fr") -> None:
        register_extensions()
        self.language = language

    def __call__(self, doc: Doc) -> Doc:
        doc._.dixit_quotes = find_quotes(doc.text, self.language)
        return doc
