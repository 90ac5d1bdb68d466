"""The cheap first pass: which paragraphs of an article the parser has to read.

Parsing is most of the cost of an analysis (``docs/scale.md``), and a news article has
paragraphs that cannot hold a statement and that no statement's resolution reads: the
journalist's narration after the last quotation, figures, background without anyone in
it. This pass reads the raw text only (no model) and keeps:

- every paragraph that can hold a statement: a quotation mark, a word that can be a form
  of a reporting verb of the cue lexicon (by its stem, so that over-keeping is the
  failure mode, not missing), a cue noun ("communiqué") or a cue preposition ("selon"),
  a turn of an interview (a paragraph opening with a dash or "Q."/"R."), a colon in the
  headline;
- the headline and the lead (the first two paragraphs: the dateline, the publication's
  anchor for dates, and the people a report opens with);
- before the last paragraph kept so far, every paragraph that may introduce someone a
  later statement refers back to: a capitalised word after its first, a title ("M.",
  "Mme"), an office or a description head of the speaker lexicon ("le ministre").

What is left (narration after the last statement, paragraphs without a person or a
reporting word) is blanked by ``blank_dropped``: each of its characters but the line
breaks becomes a space, so the parser reads one whitespace token there and every offset
of the text is unchanged; a few words stay on each side of a kept paragraph, so that the
model reads the kept words with the same neighbours as in the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from itertools import pairwise

from dixit.errors import InputError
from dixit.lang import get_language, language_code
from dixit.settings import get_settings


class ParseMode(StrEnum):
    """What the full model parses: every paragraph, or only the selection's."""

    ALL = "all"
    CANDIDATES = "candidates"


def parse_mode(mode: ParseMode | str | None = None) -> ParseMode:
    """``mode``, or the settings' (``DIXIT_PARSE``); a user error for an unknown one."""
    try:
        return ParseMode(mode or get_settings().parse)
    except ValueError:
        choices = ", ".join(m.value for m in ParseMode)
        where = str(mode or "DIXIT_PARSE")
        raise InputError(where, f"the parse mode is one of {choices}") from None


#: Headline and lead: always parsed (paragraphs counted from the first non-empty one).
OPENING_PARAGRAPHS = 2
#: A verb stem shorter than this is too common a prefix ("di" of "dire"): only the
#: lexicon's written forms and participle stand for such a verb.
MIN_STEM = 4
#: Verb endings cut off a lemma to get the stem its forms start with.
_LEMMA_ENDINGS = ("oir", "re", "er", "ir", "e")

_WORD = re.compile(r"\w[\w'’-]*")


@dataclass(frozen=True)
class SelectionLexicon:
    """What the first pass looks for in one language, from its lexicon files."""

    quote_marks: frozenset[str]
    stems: tuple[str, ...]
    forms: frozenset[str]
    phrases: tuple[str, ...]
    sentence_openers: tuple[str, ...]
    turn_markers: tuple[str, ...]
    person_words: frozenset[str]

    def is_cue_word(self, word: str) -> bool:
        return word in self.forms or word.startswith(self.stems)


def _stem(lemma: str) -> str:
    for ending in _LEMMA_ENDINGS:
        if lemma.endswith(ending) and len(lemma) - len(ending) >= MIN_STEM:
            return lemma[: -len(ending)]
    return lemma if len(lemma) >= MIN_STEM else ""


@cache
def selection_lexicon(code: str) -> SelectionLexicon:
    """The first pass's words of language ``code`` (read once per process)."""
    language = get_language(code)
    cues = language.lexicon("cues")
    quotes = language.lexicon("quotes")
    speakers = language.lexicon("speakers")
    stems: set[str] = set()
    forms: set[str] = set()
    for lemma, flags in (cues.get("verbs") or {}).items():
        # "se dire", "prendre acte", "mettre en avant": the longest word gives the stem,
        # and every other long enough word stands for the cue too ("a mis en avant").
        words = lemma.lower().split()
        head = max(words, key=len)
        forms.add(head)
        forms.update(w for w in words if len(w) >= MIN_STEM)
        if stem := _stem(head):
            stems.add(stem)
        participle = (flags or {}).get("participle")
        if participle:
            forms.add(str(participle).lower())
            stems.add(str(participle).lower())
    for written in (cues.get("forms") or {}).values():
        forms.update(w.lower() for w in written)
    marks = {m for opener, closers in quotes.get("pairs", {}).items() for m in (opener, *closers)}
    prepositions = cues.get("prepositions") or {}
    phrases = [
        p.lower() for p, flags in prepositions.items() if not (flags or {}).get("sentence_initial")
    ]
    openers = [
        p.lower() for p, flags in prepositions.items() if (flags or {}).get("sentence_initial")
    ]
    phrases += [n.lower() for n in cues.get("nouns") or []]
    titles = speakers.get("titles") or {}
    person_words = {w.lower().rstrip(".") for words in titles.values() for w in words or []}
    for heads in ("description_heads", "organisation_heads", "group_heads"):
        person_words |= {h.lower().split()[0] for h in speakers.get(heads) or []}
    for names in (speakers.get("first_names") or {}).values():
        person_words |= {n.lower() for n in names or []}
    return SelectionLexicon(
        quote_marks=frozenset(marks),
        stems=tuple(sorted(s for s in stems if s)),
        forms=frozenset(forms),
        phrases=tuple(phrases),
        sentence_openers=tuple(openers),
        turn_markers=tuple((quotes.get("interview") or {}).get("turn_markers") or ()),
        person_words=frozenset(person_words),
    )


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The non-blank lines of ``text`` as (start, end) offsets, end before the line break."""
    found = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            found.append((start, end))
        start = end + 1
    return found


def may_hold_statement(paragraph: str, lex: SelectionLexicon, *, headline: bool) -> bool:
    """Whether a statement can start or sit in ``paragraph`` (over-inclusive)."""
    if any(mark in paragraph for mark in lex.quote_marks):
        return True
    stripped = paragraph.lstrip()
    if lex.turn_markers and stripped.startswith(lex.turn_markers):
        return True
    if headline and ":" in paragraph:
        return True
    lowered = paragraph.lower()
    if any(phrase in lowered for phrase in lex.phrases):
        return True
    if lex.sentence_openers and _opens_a_sentence(lowered, lex.sentence_openers):
        return True
    return any(lex.is_cue_word(w) for w in _words(lowered))


def _opens_a_sentence(lowered: str, openers: tuple[str, ...]) -> bool:
    """Whether a sentence of ``lowered`` (roughly cut at full stops) opens with an opener."""
    return any(sentence.lstrip().startswith(openers) for sentence in re.split(r"[.!?…]\s", lowered))


def may_introduce_someone(paragraph: str, lex: SelectionLexicon) -> bool:
    """Whether ``paragraph`` may name a person or a body a later statement refers to:
    a title, an office or a body's head word of the speaker lexicon, a name of two
    capitalised words or an acronym."""
    words = _WORD.findall(paragraph)
    for before, word in pairwise(words):
        if word[:1].isupper() and (before[:1].isupper() or word.isupper()) and len(word) > 1:
            return True
    return any(w in lex.person_words for w in _words(paragraph.lower()))


def _words(text: str) -> Iterable[str]:
    for word in _WORD.findall(text):
        yield word
        # "a-t-il", "qu'il", "l’annonce": the pieces are words too.
        if "-" in word or "'" in word or "’" in word:
            yield from re.split(r"['’-]", word)


def kept_paragraphs(text: str, language: str | None) -> list[tuple[int, int]]:
    """The paragraphs (start, end) of ``text`` the full model must parse, in text order."""
    lex = selection_lexicon(language_code(language) or "fr")
    spans = paragraphs(text)
    keep = [False] * len(spans)
    for k, (start, end) in enumerate(spans):
        keep[k] = k < OPENING_PARAGRAPHS or may_hold_statement(
            text[start:end], lex, headline=k == 0
        )
    last = max((k for k, kept in enumerate(keep) if kept), default=-1)
    for k in range(last):
        if not keep[k] and may_introduce_someone(text[spans[k][0] : spans[k][1]], lex):
            keep[k] = True
    return [span for span, kept in zip(spans, keep, strict=True) if kept]


def blank_dropped(text: str, kept: list[tuple[int, int]]) -> str:
    """``text`` with what lies between the ``kept`` paragraphs made spaces (line breaks
    stay), but for ``MARGIN`` words on each side of every kept paragraph.

    The model reads each word with its neighbours (spaCy's encoders look a few tokens
    either way), so a kept paragraph's first and last words are read as in the whole text
    only if their neighbours are there too; a gap of up to twice the margin is kept whole.
    """
    pieces = []
    at = 0
    for start, end in [*kept, (len(text), len(text))]:
        pieces.append(_blank_middle(text[at:start], before=at > 0, after=start < len(text)))
        pieces.append(text[start:end])
        at = end
    return "".join(pieces)


#: Words (runs of non-space characters, and line breaks) kept around a kept paragraph.
MARGIN = 6
_PIECE = re.compile(r"\S+|\n")


def _blank_middle(gap: str, *, before: bool, after: bool) -> str:
    """``gap`` with its middle blanked: ``MARGIN`` pieces stay after a kept paragraph
    (``before``) and before the next one (``after``)."""
    found = list(_PIECE.finditer(gap))
    head = MARGIN if before else 0
    tail = MARGIN if after else 0
    if len(found) <= head + tail:
        return gap
    start = found[head - 1].end() if head else 0
    end = found[len(found) - tail].start() if tail else len(gap)
    return gap[:start] + _blank(gap[start:end]) + gap[end:]


def _blank(text: str) -> str:
    return "".join(c if c == "\n" else " " for c in text)
