"""Quote pairing: find quoted passages as character spans, before any parsing decision.

Pairing works on characters, not tokens, because spaCy's sentence splitter often cuts a
quotation in two (a closing mark alone in its "sentence"). Rules:

- typographic marks pair with their own closers (« », “ ”, „ “, ‹ ›), nesting allowed;
- straight double quotes open when they follow a space or an opening bracket and close
  when one is open;
- a quote left open at the end of a paragraph continues into the next paragraph when that
  one starts with a quote mark (French convention) or closes one before opening another;
  otherwise it closes there when the page plainly lost its closer (a nested quotation's
  closer ends the paragraph, or the quotation opens a sentence and the paragraph ends on a
  full stop), and is dropped as unbalanced if not;
- apostrophes (' and ’) are never quote marks; where a language pairs ‘ ’ (British
  English), a ’ between two letters or digits ("don’t", "Qatar’s") is still an apostrophe;
- a mark the language lists as ``doubled_marks``, written twice (''…'' in archive copy),
  is one double quotation mark;
- a closer the language lists in ``doubled_closers`` for the open mark, two single marks
  ("“We will win,’’ he said", "“…,'' he said"), closes that quotation.

The marks are the language's (``lang/<code>/quotes.yaml``, read as :class:`QuoteMarks`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property

from spacy.language import Language
from spacy.tokens import Doc

from dixit.extract.extensions import doc_text, register_extensions
from dixit.lang import get_language, language_code

_SPACE = " \t\u00a0\u202f\u2009"
#: Characters a page's layout leaves between an opening mark and the words ('« _ Nous').
_STRAY = "_*•"
#: Words a quotation left open at its paragraph's end needs to be closed there.
MIN_UNCLOSED_WORDS = 4
#: Words a quotation the text's end cuts needs to be closed there: an excerpt or a paywall
#: cuts a speaker's paragraph, where a short unclosed fragment ('« Ouvert, puis') may be a
#: stray mark.
MIN_CUT_WORDS = 8
#: Words of an incise after the paragraph's last closing mark ('», a dit le maire.').
MAX_INCISE_TAIL_WORDS = 8
#: Characters after which a straight quote opens (besides the language's opening marks);
#: the apostrophe of an elided word opens one too: qu'"une …", l'"affaire".
_OPEN_CONTEXT = set(_SPACE + "\n([{—–-/:'’") | {""}


@dataclass(frozen=True)
class QuoteMarks:
    """A language's quotation marks, read once from its ``quotes`` lexicon.

    Every rule that asks "is this a quote mark?" or "does this mark close?" reads it here,
    so that a language defines its marks in one file. The derived sets are computed once
    (one object per language): quote pairing asks them for every character.
    """

    #: Opening mark -> the closing marks it pairs with.
    pairs: dict[str, tuple[str, ...]]
    #: Marks that, opening a paragraph, continue a quotation left open by the previous one.
    continuation: frozenset[str]
    #: Openers whose quotation also continues into a paragraph that closes a quote before
    #: opening one, without a re-opening mark.
    continues_unmarked: frozenset[str]
    #: Repair a layout some sites print (``page_layouts`` in the quotes lexicon): a
    #: paragraph after a colon that closes a quotation with no opener.
    page_layouts: bool = False
    #: Closing marks that double as apostrophes: between two letters they close nothing.
    apostrophes: frozenset[str] = frozenset()
    #: Marks that, written twice in a row, stand for a double quotation mark: archive copy
    #: types ''…'' for “…”.
    doubled: frozenset[str] = frozenset()
    #: Opener -> closers typed as two single marks (“We will win,’’ he said).
    doubled_closers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Opener -> closers of another pair that some pages print for its own (« … ", “ … »):
    #: they close it when no quotation they pair with is open.
    mixed_closers: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @cached_property
    def openers(self) -> frozenset[str]:
        return frozenset(self.pairs)

    @cached_property
    def closers(self) -> frozenset[str]:
        return frozenset(c for cs in self.pairs.values() for c in cs)

    @cached_property
    def all(self) -> frozenset[str]:
        """Every character that is a quotation mark."""
        return self.openers | self.closers

    @cached_property
    def pairing_stops(self) -> re.Pattern[str]:
        """The characters quote pairing acts on (every mark, and the line break that may
        carry a quotation on): ``find_quotes`` skips straight from one to the next."""
        firsts = {c[0] for cs in self.doubled_closers.values() for c in cs}
        chars = "".join(sorted(self.all | self.apostrophes | self.doubled | firsts | {"\n"}))
        return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")

    @cached_property
    def symmetric(self) -> frozenset[str]:
        """Marks that close themselves (the straight quote): context says which they are."""
        return frozenset(m for m, cs in self.pairs.items() if m in cs)

    @cached_property
    def typographic_openers(self) -> frozenset[str]:
        """Marks that can only open or pair with another mark: « “ „ ‹."""
        return self.openers - self.symmetric

    @cached_property
    def closing_only(self) -> frozenset[str]:
        """Marks that never open a quotation: » ” ›."""
        return self.closers - self.openers

    @cached_property
    def sentence_closers(self) -> frozenset[str]:
        """Marks that, after a full stop, end the quoted sentence rather than open one."""
        return self.closing_only | self.symmetric


def quote_marks(language: str | None) -> QuoteMarks:
    """The quotation marks of ``language`` ("fr", "fr-FR"...)."""
    return _quote_marks(language_code(language))


def quote_lexicon(language: str | None) -> dict:
    """The language's ``quotes`` lexicon as read (marks, layouts, attribution words)."""
    return get_language(language_code(language)).lexicon("quotes")


@cache
def _quote_marks(code: str) -> QuoteMarks:
    lexicon = get_language(code).lexicon("quotes")
    return QuoteMarks(
        pairs={opener: tuple(closers) for opener, closers in lexicon["pairs"].items()},
        continuation=frozenset(lexicon.get("continuation_marks", [])),
        continues_unmarked=frozenset(lexicon.get("continues_unmarked", [])),
        page_layouts=bool(lexicon.get("page_layouts", False)),
        apostrophes=frozenset(lexicon.get("apostrophes", [])),
        doubled=frozenset(lexicon.get("doubled_marks", [])),
        doubled_closers={
            opener: tuple(closers) for opener, closers in lexicon.get("doubled_closers", {}).items()
        },
        mixed_closers={
            opener: tuple(closers) for opener, closers in lexicon.get("mixed_closers", {}).items()
        },
    )


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
    #: Closed at its paragraph's end, where the page lost the closing mark: an incise may
    #: end it ('« Nous tiendrons, a dit X.\n').
    unclosed: bool = False

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (
        text[start] in _SPACE or (text[start] in _STRAY and text[start + 1 : start + 2] in _SPACE)
    ):
        start += 1  # '« _ Nous …': a stray mark of the page's layout before the words
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
    marks = quote_marks(language)
    sentence_ends = get_language(language).grammar.sentence_ends
    pairs = marks.pairs
    closers = marks.closers
    quotes: list[Quote] = []
    stack: list[_Open] = []
    stops = marks.pairing_stops
    i, n = 0, len(text)
    while i < n:
        # Any other character leaves the quotations as they are.
        stop = stops.search(text, i)
        if stop is None:
            break
        i = stop.start()
        ch = text[i]
        if stack and any(
            text.startswith(c, i) for c in marks.doubled_closers.get(stack[-1].mark, ())
        ):
            # “We will win,’’ he said: two single marks close the double quotation.
            _close(text, i, stack, quotes, width=2)
            i += 2
            continue
        if ch in marks.doubled and text.startswith(ch + ch, i):
            i = _doubled(text, i, stack, quotes)
            continue
        if ch in marks.apostrophes and _inside_a_word(text, i):
            i += 1
            continue
        if ch == "\n":
            if stack:
                i = _cross_paragraph(text, i, stack, marks, quotes)
                continue
        elif ch in marks.symmetric and _closes_mixed(text, i, stack, marks):
            # '« Nous tiendrons jusqu'au bout ", a dit X': a straight quote that can open
            # nothing closes the guillemet left open.
            _close(text, i, stack, quotes)
        elif ch in marks.symmetric:
            _straight(text, i, stack, quotes, marks, sentence_ends)
        elif stack and ch in pairs.get(stack[-1].mark, ()):
            _close(text, i, stack, quotes)
        elif stack and stack[-1].mark == ch and _closes_as_misprint(text, i):
            # Copy that prints the opener for the closer: '“Il faudra voir“, a dit …'.
            _close(text, i, stack, quotes)
        elif ch in pairs:
            # „ and “ are ambiguous: “ closes an open „.
            stack.append(_Open(ch, i))
        elif ch in closers and stack and any(ch in pairs.get(o.mark, ()) for o in stack):
            # A closer that matches an outer opener: close the inner ones silently.
            for depth in range(len(stack) - 1, -1, -1):
                if ch in pairs.get(stack[depth].mark, ()):
                    del stack[depth + 1 :]
                    _close(text, i, stack, quotes)
                    break
        elif ch in closers and stack and _closes_mixed(text, i, stack, marks):
            # '“Nous tiendrons jusqu'au bout », a dit X': another pair's closer.
            _close(text, i, stack, quotes)
        elif ch in marks.closing_only and not stack and _reversed_pair(text, i, marks):
            # '» Nous tiendrons jusqu'au bout «, a dit X': the page swapped the marks.
            j = _reversed_pair(text, i, marks)
            stack.append(_Open(_opener_of(ch, marks), i))
            _close(text, j, stack, quotes)
            i = j + 1
            continue
        elif (
            ch in closers
            and not stack
            and marks.page_layouts
            and _closes_an_unopened_paragraph(text, i, marks)
        ):
            # 'X raconte :\nQuand j'ai commencé, … continuer ».': the page lost the opener.
            line_start = text.rfind("\n", 0, i) + 1
            stack.append(_Open(_opener_of(ch, marks), line_start - 1))
            _close(text, i, stack, quotes)
        elif ch in closers and ch not in marks.apostrophes and _opens_as_misprint(text, i):
            # Wire copy that prints the closer for the opener: '… a-t-elle dit.”Le …”'.
            stack.append(_Open(_opener_of(ch, marks), i))
        i += 1
    if stack:
        # The text ends inside a quotation: close it where the page lost its closer.
        _close_at_text_end(text, stack, quotes, marks)
    return quotes


def _close_at_text_end(
    text: str, stack: list[_Open], quotes: list[Quote], marks: QuoteMarks
) -> None:
    """The repairs of a paragraph's end (``_close_on_shared_closer``,
    ``_close_at_paragraph_end``) at the end of the text."""
    end = len(text.rstrip(_SPACE + "\n"))
    if not _close_on_shared_closer(text, end, stack, quotes):
        _close_at_paragraph_end(text, end, stack, quotes, marks) or _close_at_cut(
            text, end, stack, quotes, marks
        )


def _close_at_cut(
    text: str, end: int, stack: list[_Open], quotes: list[Quote], marks: QuoteMarks
) -> bool:
    """'… a-t-il souri.\n« Nous avons fait une bonne première période, on a jou': the page
    is cut (an excerpt, a paywall) inside a quotation that opens a sentence of the text's
    last paragraph; the quotation runs to the cut, mid-word if so. A mark opened inside a
    sentence ('le « plan') or with fewer than ``MIN_CUT_WORDS`` words after it is not
    closed."""
    if len(stack) != 1 or stack[0].nested or stack[0].paragraphs != 1:
        return False
    opened = stack[0].pos
    line_start = text.rfind("\n", 0, opened) + 1
    before = text[line_start:opened].rstrip(_SPACE)
    if before and before[-1] not in ".!?:":
        return False
    inner = text[opened + 1 : end].rstrip(_SPACE)
    if any(c in marks.all for c in inner) or len(inner.split()) < MIN_CUT_WORDS:
        return False
    quotes.append(_unclosed(text, opened, opened + 1 + len(inner), stack[0].mark))
    return True


def _doubled(text: str, i: int, stack: list[_Open], quotes: list[Quote]) -> int:
    """A mark written twice (''): it closes the doubled quotation open, else opens one where
    a word starts. The quotation's words start after the second mark and end before the
    first closing one. Returns where reading goes on."""
    mark = text[i : i + 2]
    if stack and stack[-1].mark == mark:
        _close(text, i, stack, quotes)
        return i + 2
    before = text[i - 1] if i > 0 else ""
    after = text[i + 2] if i + 2 < len(text) else ""
    if before in _OPEN_CONTEXT and after and after not in _SPACE + "\n":
        stack.append(_Open(mark, i + 1))
    return i + 2


def _straight(
    text: str,
    i: int,
    stack: list[_Open],
    quotes: list[Quote],
    marks: QuoteMarks,
    sentence_ends: frozenset[str],
) -> None:
    """A straight quote closes an open straight quote, else opens one where a word starts."""
    ch = text[i]
    if stack and stack[-1].mark == ch:
        _close(text, i, stack, quotes)
        return
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if (
        (before in _OPEN_CONTEXT or before in marks.typographic_openers)
        and after
        and after not in _SPACE + "\n"
    ) or _opens_spaced_sentence(text, i, sentence_ends):
        stack.append(_Open(ch, i))


def _closes_mixed(text: str, i: int, stack: list[_Open], marks: QuoteMarks) -> bool:
    """A closer of another pair (``mixed_closers``) that ends the innermost quotation: it
    stands where a quotation closes (glued to the word before it, or followed by no word)
    and, for a straight quote, cannot open one (no word glued after it)."""
    if not stack or text[i] not in marks.mixed_closers.get(stack[-1].mark, ()):
        return False
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if after.isalnum() or _own_closer_ahead(text, i, stack[-1].mark, marks):
        return False
    return before not in _SPACE or not after or after in _SPACE + "\n,.;:!?)"


def _own_closer_ahead(text: str, i: int, mark: str, marks: QuoteMarks) -> bool:
    """Whether the quotation opened by ``mark`` still finds its own closer on its line
    after ``i`` (« Il parle de " traîtres " ici »: the straight quotes are nested words)."""
    line_end = text.find("\n", i)
    rest = text[i + 1 : line_end if line_end >= 0 else len(text)]
    return any(c in rest for c in marks.pairs.get(mark, ()))


def _reversed_pair(text: str, i: int, marks: QuoteMarks) -> int | None:
    """Where the swapped pair opened by the closer at ``i`` ends ('» Nous irons «, a dit
    X'): the closer opens its line or follows a sentence end or a colon, a capital letter
    starts the words, and the opener it pairs with comes later on the same line, with no
    other mark between, where a quotation closes (before a comma, a stop or the line's
    end). None when the marks are not swapped."""
    before = text[:i].rstrip(_SPACE)
    if before and before[-1] not in ".!?:\n":
        return None
    words = text[i + 1 : i + 4].lstrip(_SPACE)
    if not words[:1].isupper():
        return None
    line_end = text.find("\n", i)
    line_end = len(text) if line_end < 0 else line_end
    opener = _opener_of(text[i], marks)
    for j in range(i + 1, line_end):
        if text[j] == opener:
            after = text[j + 1 : line_end].lstrip(_SPACE)
            return j if not after or after[0] in ",.;:!?" else None
        if text[j] in marks.all and not _inside_a_word(text, j):
            return None
    return None


def _opens_as_misprint(text: str, i: int) -> bool:
    """A closing mark with no quotation open, glued to the word that follows it and set
    after a space, a full stop or an elided word, can only open a quotation."""
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return after.isalpha() and (before in _OPEN_CONTEXT or before in ".!?")


def _inside_a_word(text: str, i: int) -> bool:
    """A mark between two letters or digits: the apostrophe of "don’t" or "Qatar’s"."""
    return 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def _closes_as_misprint(text: str, i: int) -> bool:
    """An opening mark glued to the word or punctuation before it and followed by no word,
    while the same mark is open, can only close that quotation ('… voir“, a dit')."""
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if bool(before) and before not in _SPACE + "\n" and not after.isalnum():
        return True
    # '… le moral est bon « , a confié X': spaced as the closer is, and followed by the
    # punctuation of a closing, never by words
    following = text[i + 1 : i + 4].lstrip(_SPACE)
    return before in _SPACE and following[:1] in {",", ";", ")"}


def _opener_of(closer: str, marks: QuoteMarks) -> str:
    """The typographic opener a closing mark pairs with (” -> “, » -> «)."""
    return next((o for o, cs in marks.pairs.items() if closer in cs and o != closer), closer)


def _opens_spaced_sentence(text: str, i: int, sentence_ends: frozenset[str]) -> bool:
    """'… a-t-il dit. " Nous irons …': a straight quote set off by spaces on both sides
    opens a quotation when it stands between a sentence end and a capital letter; so does
    one that opens a paragraph ('\n" Je suis …') or follows a colon ('a répondu : " J'ai
    …'), as some sites print every quotation with inner spaces."""
    before = text[max(0, i - 3) : i].rstrip(_SPACE)
    after = text[i + 1 : i + 4].lstrip(_SPACE)
    return (
        (i == 0 or text[i - 1] in _SPACE + "\n")
        and i + 1 < len(text)
        and text[i + 1] in _SPACE
        and (not before or before[-1] in sentence_ends or before[-1] in ":\n")
        and after[:1].isupper()
    )


def _close(text: str, i: int, stack: list[_Open], quotes: list[Quote], width: int = 1) -> None:
    """Close the innermost open quotation on the mark at ``i`` (``width`` characters)."""
    opened = stack.pop()
    if stack:
        stack[-1].nested.append((opened.pos, i + width))
        return
    inner_start, inner_end = _trim(text, opened.pos + 1, i)
    if inner_end <= inner_start:
        return
    quotes.append(
        Quote(
            start=opened.pos,
            end=i + width,
            inner_start=inner_start,
            inner_end=inner_end,
            opener=opened.mark,
            paragraphs=opened.paragraphs,
            nested=tuple(opened.nested),
        )
    )


def _cross_paragraph(
    text: str, i: int, stack: list[_Open], marks: QuoteMarks, quotes: list[Quote]
) -> int:
    """At a newline with quotes open: continue them into the next paragraph, or drop them
    (closing the outer one on a nested quotation's closer that ends the paragraph)."""
    j = i
    while j < len(text) and (text[j] == "\n" or text[j] in _SPACE):
        j += 1
    continuation = marks.continuation
    if _wrapped_line(text, i, j) and (_closes_later(text, j, marks) or len(stack) > 1):
        # '« Nous tiendrons\njusqu'au bout », a dit X': a line cut mid-sentence, not a
        # new paragraph; the quotation runs on.
        return j
    if j < len(text) and _continues(text, j, stack[0], stack, marks):
        for opened in stack:
            opened.paragraphs += 1
        # Skip the re-opening mark of the continued paragraph.
        return j + 1 if text[j] in continuation and text[j] not in marks.closing_only else j
    _close_on_shared_closer(text, i, stack, quotes) or _close_at_paragraph_end(
        text, i, stack, quotes, marks
    )
    stack.clear()
    return i + 1


def _continues(text: str, j: int, outer: _Open, stack: list[_Open], marks: QuoteMarks) -> bool:
    """Whether the quotations open at a paragraph's end go on into the paragraph at ``j``:
    it opens on a quote mark, or closes one before it opens one, or a later paragraph
    closes the quotation (``_closing_paragraph_ahead``)."""
    closes_later = _closes_later(text, j, marks)
    return (
        text[j] in marks.continuation
        or (outer.mark in marks.continues_unmarked and closes_later)
        or (
            outer.mark in marks.continues_unmarked
            and len(stack) == 1
            and _closing_paragraph_ahead(text, j, outer.mark, marks)
        )
    )


def _closes_later(text: str, j: int, marks: QuoteMarks) -> bool:
    """Whether the line at ``j`` closes a quotation before it opens one."""
    next_line_end = text.find("\n", j)
    next_line = text[j : next_line_end if next_line_end >= 0 else len(text)]
    first_close = _first_of(next_line, marks.closing_only)
    first_open = _first_of(next_line, marks.typographic_openers)
    return first_close >= 0 and (first_open < 0 or first_close < first_open)


def _incise_tail(rest: str) -> bool:
    """'», a-t-il ajouté.': a comma, a few words and a full stop after the paragraph's last
    closing mark, the shape of an incise after a quotation."""
    rest = rest.strip(_SPACE)
    if not rest.startswith(",") or rest[-1:] not in ".!?":
        return False
    return 1 <= len(rest[1:-1].split()) <= MAX_INCISE_TAIL_WORDS and not any(
        c in rest for c in '«»“”"()'
    )


def _close_at_paragraph_end(
    text: str, i: int, stack: list[_Open], quotes: list[Quote], marks: QuoteMarks
) -> bool:
    """'… samedi. « Nous tiendrons jusqu'au bout, a assuré X.\nLe match …': a quotation
    opened at a sentence's start, with no other mark after it, whose paragraph ends on a
    full stop and is not continued: the page lost its closing mark at the paragraph's
    end, where it closes."""
    if len(stack) != 1 or stack[0].nested or stack[0].mark not in marks.typographic_openers:
        return False
    opened = stack[0].pos
    before = text[:opened].rstrip(_SPACE)
    if before and before[-1] not in ".!?:\n":
        return False
    inner = text[opened + 1 : i].rstrip(_SPACE)
    if not inner or inner[-1] not in ".!?…" or any(c in marks.all for c in inner):
        return False
    if len(inner.split()) < MIN_UNCLOSED_WORDS:
        return False
    quotes.append(_unclosed(text, opened, opened + 1 + len(inner), stack[0].mark))
    return True


def _unclosed(text: str, opened: int, end: int, mark: str) -> Quote:
    """A quotation opened at ``opened`` that no mark closes, its words running to ``end``."""
    inner_start = _trim(text, opened + 1, end)[0]
    return Quote(
        start=opened, end=end, inner_start=inner_start, inner_end=end, opener=mark, unclosed=True
    )


def _wrapped_line(text: str, i: int, j: int) -> bool:
    """Whether the line break at ``i`` cuts a sentence (the line ends on a word or a comma,
    the next one, from ``j``, goes on in lower case) rather than ends a paragraph."""
    before = text[:i].rstrip(_SPACE)
    return (
        bool(before)
        and (before[-1].isalnum() or before[-1] == ",")
        and j < len(text)
        and text[j].islower()
    )


def _close_on_shared_closer(text: str, i: int, stack: list[_Open], quotes: list[Quote]) -> bool:
    """'X : « A fait du « a », B a fait du « b. »\n': a quotation left open at the end of
    its paragraph whose last nested quotation closes on the paragraph's last mark shares
    that closer: the page printed one mark for both."""
    if len(stack) != 1 or not stack[0].nested:
        return False
    nested_end = stack[0].nested[-1][1]
    if text[nested_end:i].strip(_SPACE + ".!?…") and not _incise_tail(text[nested_end:i]):
        return False
    stack[0].nested.pop()
    _close(text, nested_end - 1, stack, quotes)
    return True


def _closes_an_unopened_paragraph(text: str, i: int, marks: QuoteMarks) -> bool:
    """A closing mark that ends a paragraph with no mark before it, right after a paragraph
    that ends on a colon ('X raconte :\nQuand j'ai … continuer ».'): the whole paragraph is
    the quotation whose opening mark the page lost."""
    if text[i] in marks.symmetric or i == 0:
        return False
    line_start = text.rfind("\n", 0, i) + 1
    line_end = text.find("\n", i)
    rest = text[i + 1 : line_end if line_end >= 0 else len(text)]
    if rest.strip(_SPACE + ".!?;,") or line_start == 0:
        return False
    if any(c in marks.all for c in text[line_start:i]):
        return False
    before = text[: line_start - 1].rstrip(_SPACE + "\n")
    return before.endswith(":")


def _closing_paragraph_ahead(text: str, j: int, mark: str, marks: QuoteMarks) -> bool:
    """Whether a quotation left open at a paragraph's end goes on over the next paragraphs,
    which carry no mark at all, to one that closes it ('Marc Dupont: "On avait …\nJe trouve
    …\nLes gens … en même temps."'): that paragraph's first mark closes (a straight quote:
    its only one, at its end). At most three paragraphs ahead."""
    for _ in range(3):
        end = text.find("\n", j)
        line = text[j : end if end >= 0 else len(text)]
        found = [k for k, c in enumerate(line) if c in marks.all and not _inside_a_word(line, k)]
        if found:
            if mark in marks.symmetric:
                return len(found) == 1 and not line[found[0] + 1 :].strip(_SPACE + ".!?")
            return line[found[0]] in marks.pairs.get(mark, ())
        if end < 0:
            return False
        j = end + 1
        while j < len(text) and (text[j] == "\n" or text[j] in _SPACE):
            j += 1
    return False


def _first_of(line: str, chars: frozenset[str]) -> int:
    """Position of the first of ``chars`` in ``line``, -1 when none is there."""
    return min((line.find(c) for c in chars if c in line), default=-1)


@Language.factory(
    "dixit_quotes",
    default_config={"language": "fr"},
    assigns=["doc._.dixit_quotes"],
)
def make_quote_finder(nlp: Language, name: str, language: str) -> QuoteFinder:
    return QuoteFinder(language)


class QuoteFinder:
    """Pipeline component: stores the article's quotations on ``doc._.dixit_quotes``.

    The marks are those of the document's language (``doc.lang_``); ``language`` only
    stands in for a document whose vocabulary names none.
    """

    def __init__(self, language: str = "fr") -> None:
        register_extensions()
        self.language = language

    def __call__(self, doc: Doc) -> Doc:
        doc._.dixit_quotes = find_quotes(doc_text(doc), doc.lang_ or self.language)
        return doc
