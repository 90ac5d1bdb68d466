"""Quoted speech: a quotation with its cue after it, before it, inside it, or none.

Methods: ``incise`` ("« … », a déclaré X"), ``preposed`` ("X a déclaré : « … »"),
``que_quote`` ("X a souligné que « … »"), ``floating`` (no cue: the previous speaker).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from functools import cached_property, lru_cache
from typing import NamedTuple

from spacy.tokens import Span as Span_
from spacy.tokens import Token

from dixit.extract.context import ArticleContext
from dixit.extract.cues import Cue, CueLexicon
from dixit.extract.datelines import dateline_at
from dixit.extract.extensions import FoundStatement
from dixit.extract.interval_index import GrowingSpans
from dixit.extract.quotes import Quote, quote_lexicon
from dixit.extract.syntax import (
    inverted_pronoun,
    is_inverted_pronoun,
    is_person_or_body,
    is_source,
    mention_span,
    sentence_bounds,
    subject_of,
    trim_span,
)
from dixit.lang import get_language
from dixit.model import ExtractionRule, Span

#: Spaces a line may end with before its closing marks.
_SPACES = " \t\u00a0\u202f"


@lru_cache(maxsize=64)
def _mark_class(marks: frozenset[str]) -> re.Pattern[str]:
    """A pattern matching any one of ``marks``."""
    return re.compile("[" + "".join(re.escape(m) for m in sorted(marks)) + "]")


#: Words of a verbless phrase after an incise's subject that still belong to the incise
#: (its title or place: "…, a dit Paul Roy, le maire du village. …").
MAX_INCISE_PHRASE_WORDS = 10


#: Marks closing a wire dateline in capitals before a quotation that opens its paragraph
#: ("VERNAY, FRANCE: « … »: Paul Roy a lancé …").
DATELINE_CLOSERS = frozenset({":", "–", "—", "-"})

#: Words of a name phrase before a colon that gives it the quotation after ("Mila Ortiz
#: sur RadioSud : « … »"), and of one whose name is followed by a title set off by a comma
#: ("Me Paul Roy, directeur de cabinet du président de la région : « … »").
MAX_NAME_LABEL_WORDS = 8
MAX_TITLED_NAME_WORDS = 16

#: Quotations set side by side before one incise that are read as its speaker's.
MAX_CHAINED_QUOTATIONS = 4
#: Words (commas included) of a clause between two such quotations (", dont … ,").
MAX_LINKING_CLAUSE_WORDS = 16


#: Words at most of the topic a headline opens on before a spaced dash and the speaker's
#: name ("Euro dames - Lina Borel : « … »").
MAX_TOPIC_WORDS = 5


class InnerIncise(NamedTuple):
    """An incise set inside a quotation: the words before ``piece_end`` are its speaker's,
    and the quotation goes on at ``resume``."""

    cue: Cue
    subject: Token | None
    piece_end: int
    resume: int


#: Labels of the complements of a clause (object, oblique, noun modifier): a relative
#: clause on one of them tells about that person or thing ("rétorque à celui qui persiste
#: à nier : « … »"), unlike one on the subject or its apposition.
#: Paragraphs at most from a quoted subheading to the statement it repeats.
REPEAT_REACH = 3
COMPLEMENT_LABELS = frozenset({"obj", "obl", "iobj", "nmod"})
#: Words a quotation after a colon needs to be taken, with no speaker named before it, for
#: the words of the speaker the text follows rather than a slogan or a title.
MIN_SENTENCE_QUOTE_WORDS = 8


class QuotedSpeech(ArticleContext):
    """Rules that start from a quotation."""

    min_sentence_quote_words = MIN_SENTENCE_QUOTE_WORDS

    @cached_property
    def cue_forms(self) -> frozenset[str]:
        """Every written form of the language's reporting verbs ("juge", "estime")."""
        return frozenset(CueLexicon.for_language(self.language).forms)

    @cached_property
    def source_nouns(self) -> frozenset[str]:
        """Nouns for people and bodies that speak ("ministre", "syndicat")."""
        return frozenset(get_language(self.language).lexicon("sources").get("nouns", []))

    @cached_property
    def sources_after_quotation(self) -> frozenset[str]:
        """Prepositions that, right after a quotation and its comma, name its source
        ("« … », pour le ministre X"): the quotes lexicon's ``sources_after_quotation``."""
        return frozenset(quote_lexicon(self.language).get("sources_after_quotation") or ())

    def from_quote(
        self,
        quote: Quote,
        found: list[FoundStatement],
        by_content: GrowingSpans[FoundStatement] | None = None,
    ) -> list[FoundStatement]:
        """The statements ``quote`` gives, none when one of ``found`` already holds it;
        ``by_content`` (``found`` by content, when given) narrows that search."""
        chained = self.chained_incise(quote)
        source = self.source_after(quote) or self.source_before(quote)
        owned = {c.span for c in (chained and chained[0], source and source[0]) if c}
        holding = (
            found
            if by_content is None
            else by_content.could_hold(quote.inner_start, quote.inner_end - 1)
        )
        for statement in holding:
            if (
                statement.content[0] <= quote.inner_start
                and quote.inner_end <= statement.content[1] + 1
                and statement.cue not in owned
            ):
                return []
        if source is not None and chained is None:
            # "« … », pour le ministre X, lors d'un entretien": the source after the
            # quotation, through a preposition of attribution.
            cue, mention = source
            return [
                self.found(piece, ExtractionRule.INCISE, cue, mention, kind="direct")
                for piece in self.paragraph_pieces(quote)
            ]
        if chained is not None:
            # '"A", "B" mais "C", a-t-il déclaré': each quotation is the incise's speaker's;
            # the clause of narration that took them all for its words gives way.
            cue, subject = chained
            return [
                self._direct(piece, ExtractionRule.INCISE, cue, subject)
                for piece in self.paragraph_pieces(quote)
            ]
        inner = self.doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        words = [t for t in inner or [] if not t.is_punct and not t.is_space]
        pieces = self.paragraph_pieces(quote)
        incise = self.cue_after(quote)
        if incise is not None and self.reports_a_clause_of_its_own(incise[0]):
            incise = None  # 'Speaking on KTV's "Harbour Hour," X admitted that …': a title
        if incise is not None:
            cue, subject = incise
            start = self.doc[self.written_sentence(self.token_at(quote.start).i)[0]]
            if (
                quote.paragraphs == 1
                and not self._opens_clause(quote)
                and not any(
                    start.idx <= c.span[0] < quote.start
                    and not self.doc[c.token].dep_.startswith(("acl", "amod"))
                    for c in self.cues
                )
            ):
                # "Un scénario « cruel », a renchéri X": the words before the quotation are
                # the speaker's too; the statement is the sentence up to the closing mark.
                # Not when a reporting verb of its own comes first ("X se dit « … »"); a
                # participle of a noun ("l'homme interpellé") is no reporting verb.
                span = trim_span(self.text, start.idx, quote.end, keep_final=True)
                return [self._direct(span, ExtractionRule.INCISE, cue, subject, kind="mixed")]
            inner = self.incises_inside(quote)
            if inner:
                return self.split_at_incises(quote, inner, incise)
            return [self._direct(piece, ExtractionRule.INCISE, cue, subject) for piece in pieces]
        resumed = self.incise_before(quote)
        if resumed is not None:
            # '« A », a dit X, « B »': the speaker goes on right after the incise.
            cue, subject = resumed
            return [self._direct(piece, ExtractionRule.INCISE, cue, subject) for piece in pieces]
        preposed = self.cue_before(quote)
        if preposed is not None:
            cue, subject, method = preposed
            if subject is None:
                # "Et de poursuivre : « … »": the words of the speaker the text follows,
                # linked to the previous statement as a floating quotation is.
                return [
                    self.found(piece, ExtractionRule.FLOATING, cue, None, kind="direct")
                    for piece in pieces
                ]
            if method == ExtractionRule.QUE_QUOTE:
                start = self.opening_complementizer(quote) or quote.start
                end = self._clause_end_after(quote)
                return [self._direct((start, end), method, cue, subject, kind="mixed")]
            return [self._direct(piece, method, cue, subject) for piece in pieces]
        titled = (
            self.name_before_colon(quote)
            or self.name_after_quotation(quote)
            or self.caption_before(quote)
            or self.speech_label_before(quote)
            or self.speech_label_after(quote)
        )
        if titled is not None:
            colon, mention = titled
            return [FoundStatement.labelled(self.text, piece, colon, mention) for piece in pieces]
        announced = self.clause_before_colon(quote)
        if announced is not None:
            cue, subject = announced
            named = self.named_incises_inside(quote)
            if named:
                # "La police a dû trier ses interventions : « A, explique X. B »": the
                # narration's verb announces no words; the incise names their speaker.
                return self.split_at_incises(quote, named, None)
            if subject is not None:
                return [
                    self._direct(piece, ExtractionRule.PREPOSED, cue, subject) for piece in pieces
                ]
            if len(words) >= self.min_sentence_quote_words:
                return [
                    FoundStatement(kind="direct", content=piece, method=ExtractionRule.FLOATING)
                    for piece in pieces
                ]
            return []
        inner = self.incises_inside(quote)
        if inner:
            return self.split_at_incises(quote, inner, None)
        title = self.quoted_title(quote, words)
        if title is not None:
            return [FoundStatement(kind="mixed", content=title, method=ExtractionRule.FLOATING)]
        if len(words) < self.min_quote_words or not self._stands_alone(quote):
            return []
        if self._verbless_term_in_narration(quote, words):
            return []
        earlier = self.speaker_earlier_in_paragraph(quote, found)
        if earlier is not None:
            cue, subject = earlier
            return [self._direct(piece, ExtractionRule.PREPOSED, cue, subject) for piece in pieces]
        return [
            FoundStatement(kind="direct", content=piece, method=ExtractionRule.FLOATING)
            for piece in pieces
        ]

    def with_repeated_subheadings(self, found: list[FoundStatement]) -> list[FoundStatement]:
        """``found`` with the quoted subheadings that repeat a statement given below them
        (« Je serai candidat » on its own line, then "« Je serai candidat, parce que … »,
        a-t-il déclaré"), as floating quotations even when too short to stand alone
        (``shared/corpus/real_fr/README.md``); the resolver gives each the speaker of the
        statement it repeats (``resolver.subheading_repeats``) and ``link`` keeps them
        (``repeated_subheadings``). A line quoting a title or a slogan that no statement
        repeats gives nothing."""
        later = sorted(found, key=lambda s: s.content[0])
        added: list[FoundStatement] = []
        for quote in self.quotes:
            if quote.paragraphs != 1 or not self.alone_on_its_line(quote):
                continue
            said = (quote.inner_start, quote.inner_end)
            if self.statement_repeating(said, later) is None:
                continue
            self.repeated_subheadings.add(said)
            if not any(s.content[0] < said[1] and said[0] < s.content[1] for s in found):
                added.append(
                    FoundStatement(kind="direct", content=said, method=ExtractionRule.FLOATING)
                )
        return found + added

    @cached_property
    def repeated_subheadings(self) -> set[Span]:
        """The contents of quoted subheadings that a statement below repeats."""
        return set()

    def alone_on_its_line(self, quote: Quote) -> bool:
        """A quotation that is its line, with nothing but spaces around its marks."""
        line_start = self.text.rfind("\n", 0, quote.start) + 1
        line_end = self.text.find("\n", quote.end)
        line_end = len(self.text) if line_end < 0 else line_end
        return (
            not self.text[line_start : quote.start].strip()
            and not self.text[quote.end : line_end].strip()
        )

    def statement_repeating(self, said: Span, later: list[FoundStatement]) -> FoundStatement | None:
        """The first of ``later`` (statements in text order) after ``said``, within
        ``REPEAT_REACH`` paragraphs, that names its speaker (a mention, no floating
        reading) and whose words hold the words of ``said`` in a row."""
        words = _plain_words(self.text[said[0] : said[1]])
        if not words:
            return None
        first = bisect.bisect_left(later, said[1], key=lambda s: s.content[0])
        for statement in later[first:]:
            if self.paragraphs_between(said[1], statement.content[0]) > REPEAT_REACH:
                break
            if statement.mention is None or statement.method == ExtractionRule.FLOATING:
                continue
            held = _plain_words(self.text[statement.content[0] : statement.content[1]])
            if any(held[i : i + len(words)] == words for i in range(len(held) - len(words) + 1)):
                return statement
        return None

    def incise_before(self, quote: Quote) -> tuple[Cue, Token | None] | None:
        """The incise of the quotation just before this one on its line, when nothing but
        that incise (its cue, its subject, a short verbless phrase after it) and a comma
        or a colon separates them: '« A », a dit X, « B ».', '"A" a martelé X "B"'."""
        if not self.grammar.chained_quotations or quote.paragraphs != 1:
            return None
        index = self.quote_position.get(id(quote))
        if not index:
            return None
        before = self.quotes[index - 1]
        if before.paragraphs != 1 or "\n" in self.text[before.end : quote.start]:
            return None
        incise = self.cue_after(before) if self._opens_clause(before) else None
        if incise is None:
            return None
        cue, subject = incise
        if self.cue_at.get(cue.token) is not cue and not self._plainly_inverted(cue, subject):
            return None  # '« froid », avait le contrôle de ses actes': no incise at all
        tail = cue.span[1]
        if subject is not None and subject.idx >= cue.span[1]:
            tail = max(tail, mention_span(subject)[1])
        if tail > quote.start:
            return None
        gap = self.text[tail : quote.start]
        words = gap.strip(_SPACES + ",:")
        if words and not (
            gap.lstrip(_SPACES)[:1] == "," and self._incise_phrase_then_comma(tail, quote.start)
        ):
            return None
        return cue, subject

    def _incise_phrase_then_comma(self, tail: int, start: int) -> bool:
        """ "…, a dit Paul Roy, le maire, « B »": a verbless phrase set off by commas."""
        gap = self.text[tail:start].strip(_SPACES)
        if not (gap.startswith(",") and gap.rstrip(_SPACES).endswith((",", ":"))):
            return False
        first = tail + self.text[tail:start].index(",") + 1
        last = tail + len(self.text[tail:start].rstrip(_SPACES)) - 1
        return first < last and self._incise_phrase(first, last)

    def chained_incise(self, quote: Quote) -> tuple[Cue, Token | None] | None:
        """The incise after the last of quotations set side by side in one sentence
        ('"A", "B", "C", a-t-il déclaré'; « A » mais « B », a dit X; « A », dont …,
        « B », a ajouté X), when ``quote`` is one of them (``Grammar.chained_quotations``).

        The first quotation opens its clause (a sentence, or after a colon or comma: not
        "X a dénoncé « A » et « B »", a clause of narration); none but the last has an
        incise of its own; what links two of them is only punctuation, a coordinating
        conjunction, or a short clause set off by commas (``links_quotations``)."""
        if not self.grammar.chained_quotations:
            return None
        quotes = self.quotes
        index = self.quote_position.get(id(quote))
        if index is None:
            return None
        first = index
        while (
            first > 0
            and first > index - MAX_CHAINED_QUOTATIONS
            and self.links_quotations(quotes[first - 1], quotes[first])
            and self.cue_after(quotes[first - 1]) is None
        ):
            first -= 1
        last = index
        while (
            last + 1 < len(quotes)
            and last < index + MAX_CHAINED_QUOTATIONS
            and self.cue_after(quotes[last]) is None
            and self.links_quotations(quotes[last], quotes[last + 1])
        ):
            last += 1
        if first == last or not self._opens_clause(quotes[first]):
            return None
        incise = self.cue_after(quotes[last])
        if incise is None or self.reports_a_clause_of_its_own(incise[0]):
            return None
        return incise

    def links_quotations(self, before: Quote, after: Quote) -> bool:
        """Whether only punctuation, a coordinating conjunction ("mais", "et"), or a
        clause set off by commas that opens on a relative pronoun or has no finite verb
        (", dont l'examen commence lundi,") stands between two quotations of one line."""
        between = self.text[before.end : after.start]
        if "\n" in between or any(c in self.grammar.sentence_ends for c in between):
            return False
        if before.paragraphs != 1 or after.paragraphs != 1:
            return False
        span = self.doc.char_span(before.end, after.start, alignment_mode="contract")
        words = [t for t in span or [] if not t.is_space]
        if not words:
            return not between.strip()  # « A » « B »
        if all(t.is_punct or t.pos_ == "CCONJ" for t in words):
            return len(words) <= 3
        if len(words) > MAX_LINKING_CLAUSE_WORDS or words[0].text != "," or words[-1].text != ",":
            return False
        inner = words[1:-1]
        if any(t.text in self.marks.all or t.i in self.cue_at for t in inner):
            return False
        return "Rel" in inner[0].morph.get("PronType") or not any(
            t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in inner
        )

    def quoted_title(self, quote: Quote, words: list[Token]) -> Span | None:
        """A headline or subheading that quotes someone's words inside a clause of its own
        ("Les chiffres ne seront pas publiés pour « des raisons de concurrence »", printed
        without a final stop): the whole line is a statement, its speaker the one the
        article gives it. A quotation of one word ("après les propos « inacceptables »") or
        a line with no finite verb ("Propos « menaçants »") is a label, not a statement."""
        if not self.grammar.quoted_titles:
            return None
        if len(words) < 2 or quote.paragraphs != 1 or all(w.text[:1].isupper() for w in words):
            return None  # one word, or a name or title in marks ("le stade « Jean Ardoin »")
        line_start = self.text.rfind("\n", 0, quote.start) + 1
        line_end = self.text.find("\n", quote.end)
        line_end = len(self.text) if line_end < 0 else line_end
        start, end = trim_span(self.text, line_start, line_end, keep_final=True)
        line = self.text[start:end]
        bare = line.rstrip("".join(self.marks.all) + _SPACES)
        if not bare or bare[-1] in self.grammar.sentence_ends or bare[-1] in ")]":
            return None  # a sentence, or a caption: not a title
        if any(
            ch in self.grammar.sentence_ends and not self.in_quote(start + k)
            for k, ch in enumerate(line)
        ):
            return None  # several sentences: a paragraph of narration
        if (start, end) == (quote.start, quote.end) or (
            quote.start - start <= 1 and end - quote.end <= 1
        ):
            return None  # the whole line quoted: a quotation alone, other rules
        tokens = self.doc.char_span(start, end, alignment_mode="expand") or []
        count = sum(1 for t in tokens if not (t.is_punct or t.is_space))
        if not 4 <= count <= 25:
            return None
        if not any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in tokens):
            return None
        return start, end

    def speaker_earlier_in_paragraph(
        self, quote: Quote, found: list[FoundStatement]
    ) -> tuple[Cue, Token] | None:
        """ "X juge sévèrement les propos du maire. « … »": a bare quotation after a sentence
        whose reporting verb has no statement of its own is the words of that verb's subject.

        Only the last reporting verb of the quotation's own paragraph counts, outside any
        quotation, with no quotation between them, and only when its subject names someone.
        """
        para_start = self.text.rfind("\n", 0, quote.start) + 1
        used = {s.cue for s in found if s.cue is not None}
        earlier = [
            c
            for c in self.cues
            if c.kind == "verb"
            and not c.outermost  # "The PAC backed Venn." is no one's words before a quotation
            and para_start <= c.span[0]
            and c.span[1] <= quote.start
        ]
        if not earlier:
            return None
        cue = earlier[-1]
        if cue.span in used or self.in_quote(cue.span[0]) or cue.negated:
            return None
        if any(cue.span[1] <= q.start < quote.start for q in self.quotes):
            return None
        verb = self.doc[cue.token]
        subject = subject_of(verb, self.doc[cue.end_token]) or self.name_by_position(cue)
        if subject is None or subject.idx > cue.span[0] or not is_person_or_body(subject):
            return None
        return cue, subject

    def paragraphs_between(self, start: int, end: int) -> int:
        """How many paragraph breaks lie between two offsets; blank lines between paragraphs
        (a common page layout) do not count as paragraphs of their own."""
        return sum(1 for line in self.text[start:end].split("\n")[1:] if line.strip())

    def paragraph_pieces(self, quote: Quote) -> list[Span]:
        """A quotation running over paragraphs gives one statement per paragraph."""
        if quote.paragraphs == 1:
            return [(quote.inner_start, quote.inner_end)]
        pieces: list[Span] = []
        start = quote.inner_start
        while start < quote.inner_end:
            cut = self.text.find("\n", start, quote.inner_end)
            end = quote.inner_end if cut < 0 else cut
            piece = trim_span(self.text, start, end, keep_final=True)
            while piece[0] < piece[1] and self.text[piece[0]] in self.marks.all:
                piece = trim_span(self.text, piece[0] + 1, piece[1], keep_final=True)
            if piece[1] > piece[0]:
                pieces.append(piece)
            start = end + 1
        return pieces or [(quote.inner_start, quote.inner_end)]

    def incises_inside(self, quote: Quote) -> list[InnerIncise]:
        """« Première partie, a-t-il dit. Seconde partie » -- incises set inside the marks.

        An incise opens after a comma (or, in a language listing them as
        ``incise_inside_breaks``, after a question or exclamation mark: « Vraiment ? a
        demandé X. … »), with the shape of an incise after a quotation: a reporting verb
        with its subject, or (``inverted_incise_inside``) any verb with its subject inverted
        (« …, rageait-il. … »). It runs past its subject and any short verbless phrase
        (« …, a dit Paul Roy, le maire du village. … ») to the comma or stop after which
        the words go on. Breaks inside a nested quotation are not read."""
        found: list[InnerIncise] = []
        breaks = self.grammar.incise_inside_breaks or frozenset({","})
        resume = quote.inner_start
        # Only a break or an incise's opening bracket can open an incise: the other
        # characters are skipped in one regular-expression scan.
        marks = self._incise_marks(breaks)
        for found_mark in marks.finditer(self.text, quote.inner_start + 1, quote.inner_end - 1):
            b = found_mark.start()
            mark = self.text[b]
            if b < resume or self._in_nested(quote, b):
                continue
            closer = self._incise_bracket(b)
            if closer is not None:
                inner = self._incise_at(quote, b, b, closer)
                if inner is not None:
                    found.append(inner)
                    resume = inner.resume
                continue
            if mark not in breaks:
                continue
            piece_end = b
            if mark != ",":
                following = self.text[b + 1 : quote.inner_end].lstrip()
                if not following[:1].islower():
                    continue  # « Vraiment ? Nous … »: a new sentence, no incise
                piece_end = b + 1
            inner = self._incise_at(quote, b, piece_end)
            if inner is not None:
                found.append(inner)
                resume = inner.resume
        return found

    def named_incises_inside(self, quote: Quote) -> list[InnerIncise]:
        """The incises inside ``quote`` when one of them names its speaker (a subject that
        is no pronoun); none otherwise."""
        inner = self.incises_inside(quote)
        if any(i.subject is not None and i.subject.pos_ != "PRON" for i in inner):
            return inner
        return []

    @cached_property
    def incise_brackets(self) -> dict[str, str]:
        """Marks that set an incise off inside a quotation, each with its closing mark
        (the quotes lexicon's ``incise_brackets``: dashes, brackets)."""
        return dict(quote_lexicon(self.language).get("incise_brackets") or {})

    def _incise_marks(self, breaks: frozenset[str]) -> re.Pattern[str]:
        """The characters that may open an incise inside a quotation: ``breaks`` and the
        opening marks of ``incise_brackets`` (compiled once per set of marks)."""
        return _mark_class(frozenset(breaks) | frozenset(self.incise_brackets))

    def _incise_bracket(self, b: int) -> str | None:
        """The mark that would close an incise opened by the dash or bracket at ``b``
        (« Nous tiendrons – assurait le capitaine – jusqu'au bout »), None when the
        character opens none. A hyphen, which also joins words, counts only between
        spaces; a dash or bracket needs a space before it."""
        mark = self.text[b]
        closer = self.incise_brackets.get(mark)
        if closer is None or self.text[b - 1] not in _SPACES:
            return None
        if mark == "-" and self.text[b + 1 : b + 2] not in tuple(_SPACES):
            return None
        return closer

    def _incise_at(
        self, quote: Quote, b: int, piece_end: int, closer: str | None = None
    ) -> InnerIncise | None:
        """The incise that opens after the break at ``b`` inside ``quote``, if any; one
        opened by a dash or bracket ends on ``closer``."""
        head = dataclasses.replace(quote, end=piece_end, inner_end=b)
        after = self.cue_after(head)
        if after is None:
            return None
        cue, subject = after
        from_lexicon = self.cue_at.get(cue.token) is cue
        if not from_lexicon and not self.grammar.inverted_incise_inside:
            return None
        if not from_lexicon and not self._plainly_inverted(cue, subject):
            return None
        if cue.span[1] >= quote.inner_end or self.in_quote(cue.span[0]) is not quote:
            return None
        verb = self.doc[cue.token]
        if any(
            c.dep_ in self.grammar.subject_labels
            and b < c.idx < verb.idx
            and not is_inverted_pronoun(c)
            and c.lower_ not in self.grammar.inverted_pronoun_links
            for c in verb.children
        ):
            return None  # « Après, nous concédons deux buts »: the speaker's own clause
        if any(
            c.dep_ in self.grammar.subject_labels
            and c.idx < b
            and self._apposition_closes(quote, c, b)
            for c in verb.children
        ):
            # « C'est avec tristesse que Paul Roy, le maire, a appris le décès de … »: the
            # break closes an apposition to the verb's subject; the clause is the
            # quotation's own, not an incise.
            return None
        if subject is not None and subject.idx < b:
            subject = None  # a word of the quotation the parser took for the subject
        tail = cue.span[1]
        if subject is not None and subject.idx >= cue.span[1]:
            tail = max(tail, mention_span(subject)[1])
        resume = self._incise_resume(tail, quote.inner_end, closer)
        if resume is None:
            return None
        ends_the_quotation = not self.text[resume : quote.inner_end].strip()
        if ends_the_quotation and not quote.unclosed:
            return None
        if quote.inner_end - resume < 2 and not ends_the_quotation:
            return None
        if not from_lexicon and self.text[resume - 1] == "?":
            # « …, sera-t-on capable de … ? La réponse est oui »: an inverted verb closed by
            # a question mark is the speaker's own question, not an incise naming him
            return None
        return InnerIncise(cue, subject, piece_end, resume)

    def _apposition_closes(self, quote: Quote, subject: Token, b: int) -> bool:
        """Whether the break at ``b`` closes an apposition set off by commas around the
        verb's subject, a name or a noun written before it: "que Paul Roy, le maire du
        village, | a appris …" (the parser takes the name or the title for the subject)."""
        if subject.pos_ == "PRON":
            return False
        comma = self.text.rfind(",", quote.inner_start, b)
        if comma < 0 or not self._incise_phrase(comma + 1, b):
            return False
        before = self.text[quote.inner_start : comma].rstrip()
        end = subject.idx + len(subject.text)
        for child in subject.children:
            if child.i > subject.i and child.dep_.startswith(("flat", "fixed")):
                end = max(end, child.idx + len(child.text))
        named_before = self.token_at(quote.inner_start + len(before) - 1)
        return (comma < subject.idx < b or end == comma) and named_before.pos_ in {
            "PROPN",
            "NOUN",
        }

    def _plainly_inverted(self, cue: Cue, subject: Token | None) -> bool:
        """A verb outside the cue lexicon reads as an incise inside a quotation only with
        its pronoun glued to it (« …, rageait-il. ») or in a compound tense (« …, a tonné
        le maire. »): a speaker may invert a subject in his own words too (« Demain,
        viendra le directeur … »)."""
        if subject is None:
            return False
        verb = self.doc[cue.token]
        if inverted_pronoun(verb, verb) is not None:
            return True
        first = self.token_at(cue.span[0])
        return any(t.pos_ == "AUX" for t in self.doc[first.i : verb.i])

    def _incise_resume(self, tail: int, limit: int, closer: str | None = None) -> int | None:
        """Where the quoted words go on after an incise that ends at ``tail``: after the
        comma, stop or semicolon that closes it, or after ``closer`` for an incise set off
        by dashes or brackets. A short verbless phrase set off by a comma (the speaker's
        title, a place: « …, a dit Paul Roy, le maire. … ») or running on from the
        incise's last word (« …, a dit le maire du village. … ») is still the incise's.
        None when the incise has no such end before ``limit``."""
        ends = {closer} if closer is not None else self.grammar.sentence_ends | {";"}
        pos = tail
        while True:
            while pos < limit and self.text[pos] in _SPACES:
                pos += 1
            if pos >= limit:
                return None
            mark = self.text[pos]
            if mark in ends:
                return pos + 1
            if closer is not None and mark in self.grammar.sentence_ends:
                return None
            nxt = pos + 1
            while nxt < limit and self.text[nxt] not in ends and self.text[nxt] != ",":
                nxt += 1
            phrase_start = pos + 1 if mark == "," else pos
            if nxt < limit and self._incise_phrase(phrase_start, nxt):
                pos = nxt
                continue
            return pos + 1 if mark == "," and closer is None else None

    def _incise_phrase(self, start: int, end: int) -> bool:
        """A few words with no finite verb and no quote mark, opening on a noun phrase or a
        preposition: an apposition or a complement of the incise ("le coach du club", "en
        conférence de presse"), not the speaker's words going on."""
        words = [
            t
            for t in self.doc.char_span(start, end, alignment_mode="expand") or []
            if not (t.is_punct or t.is_space)
        ]
        if not 1 <= len(words) <= MAX_INCISE_PHRASE_WORDS:
            return False
        if any(t.text in self.marks.all for t in words):
            return False
        if any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in words):
            return False
        return words[0].pos_ in {"DET", "NOUN", "PROPN", "ADP", "ADJ", "NUM"}

    @staticmethod
    def _in_nested(quote: Quote, char: int) -> bool:
        return any(start <= char < end for start, end in quote.nested)

    def split_at_incises(
        self,
        quote: Quote,
        inner: list[InnerIncise],
        outer: tuple[Cue, Token | None] | None,
    ) -> list[FoundStatement]:
        """One statement per piece of a quotation cut by incises: each piece is given to the
        incise after it; the last one to the incise after the quotation, if any, else to
        the last incise inside."""
        found: list[FoundStatement] = []
        start = quote.inner_start
        for incise in inner:
            piece = trim_span(self.text, start, incise.piece_end, keep_final=True)
            piece = (piece[0], piece[0] + len(self.text[piece[0] : piece[1]].rstrip(_SPACES)))
            for part in self.span_paragraphs(piece):
                found.append(self._direct(part, ExtractionRule.INCISE, incise.cue, incise.subject))
            start = incise.resume
        cue, subject = outer if outer is not None else (inner[-1].cue, inner[-1].subject)
        last = trim_span(self.text, start, quote.inner_end, keep_final=True)
        for part in self.span_paragraphs(last):
            found.append(self._direct(part, ExtractionRule.INCISE, cue, subject))
        return found

    def span_paragraphs(self, span: Span) -> list[Span]:
        """A span cut at its line breaks, each part without the marks that open it."""
        parts: list[Span] = []
        start = span[0]
        while start < span[1]:
            cut = self.text.find("\n", start, span[1])
            end = span[1] if cut < 0 else cut
            part = trim_span(self.text, start, end, keep_final=True)
            while part[0] < part[1] and self.text[part[0]] in self.marks.all:
                part = trim_span(self.text, part[0] + 1, part[1], keep_final=True)
            if part[1] > part[0]:
                parts.append(part)
            start = end + 1
        return parts

    def _direct(
        self,
        span: Span,
        method: ExtractionRule,
        cue: Cue,
        subject: Token | None,
        kind: str = "direct",
    ) -> FoundStatement:
        mention = mention_span(subject) if subject is not None else None
        after_cue = self.token_at(cue.span[1] - 1).i + 1
        if cue.source_prepositions:
            # "« … », a appris l'AFP auprès du parquet": the parquet speaks.
            mention = self.source_in_incise(cue, after_cue) or mention
        if mention is None and after_cue < len(self.doc):
            # "« … », assure-t-on du côté de la direction": the body named speaks.
            mention = self.body_named_after(after_cue)
        return self.found(span, method, cue, mention, kind=kind)

    def reports_a_clause_of_its_own(self, cue: Cue) -> bool:
        """A cue after a quotation that goes on with its own reported clause ("… "Harbour
        Hour," Lusk admitted that he had met them") is no incise: the quotation before it
        is a title or a phrase of the narration. Only in a language whose parser labels a
        reported clause (``bare_clause_labels``)."""
        doc = self.doc
        verb = doc[cue.token]
        if "Fin" not in verb.morph.get("VerbForm"):
            return False  # '"…," saying …': the participle goes on with the quotation
        last = max(cue.token, cue.end_token)
        _, s_end = self.written_sentence(verb.i)
        for clause in verb.children:
            first = clause.left_edge
            if (
                clause.dep_ not in self.grammar.bare_clause_labels
                or not last < first.i
                or clause.i >= s_end
                or self.in_quote(first.idx)  # 'he said, "and everyone knows it."'
            ):
                continue
            subjects = [c for c in clause.children if c.dep_ in self.grammar.subject_labels]
            if not subjects or subjects[0].lower_ in self.grammar.relative_subjects:
                continue  # "told the lawmakers, who could guess …": a relative clause
            before = doc[first.i - 1]
            if (
                first.lower_ in self.grammar.complementizers
                or before.i == last
                or (before.head.i == verb.i and before.dep_ in self.grammar.object_labels)
            ):
                return True  # "admitted that …", "told reporters the levy …"
        return False

    def cue_after(self, quote: Quote) -> tuple[Cue, Token | None] | None:
        """ "« … », a déclaré X" / "« … » estime-t-elle"."""
        doc = self.doc
        if quote.end >= len(self.text):
            return None
        k = self.token_at(quote.end).i
        if doc[k].idx < quote.end:
            k += 1
        steps = 0
        while k < len(doc) and steps < 6:
            t = doc[k]
            if t.is_space and "\n" in t.text:
                return None
            cue = self.cue_at.get(k)
            if cue is not None and cue.kind == "verb" and cue.incise:
                verb = doc[cue.token]
                if any(c.dep_ in self.grammar.passive_labels for c in verb.children):
                    return None  # "« … » a été interpellé": a passive is narration
                if self.bare_participle(quote, verb):
                    return None  # "un homme « dangereux », accusé de vols": no incise
                after = cue.end_token + 1
                if (
                    after < len(doc)
                    and doc[after].lower_ in self.grammar.complementizers
                    and "Fin" in verb.morph.get("VerbForm")
                ):
                    return None  # "« Océans » considère que …": the verb has its own words
                subject = subject_of(verb, doc[cue.end_token])
                if self.quotation_inside_the_subject(quote, verb, subject):
                    return None  # 'Me X, avocat des victimes du « … », avait indiqué …'
                if (
                    subject is None
                    or subject.idx < quote.end
                    or subject.lower_ in self.grammar.incise_object_clitics
                ):
                    # The parser may make the quotation itself the subject, or the clitic
                    # of the one addressed ("« … », nous dit un voisin").
                    clitic = subject is not None and subject.idx >= quote.end
                    subject = self.inverted_subject(verb) or (None if clitic else subject)
                if (
                    self.grammar.participle_after_quotation
                    and "Part" in verb.morph.get("VerbForm")
                    and "Pres" in verb.morph.get("Tense")
                ):
                    subject = None  # "« … », expliquant que …": the one quoted, named before
                return cue, subject
            if t.text in self.grammar.sentence_ends or t.text in self.marks.all:
                return None
            if "subject_first" in self.grammar.incise_orders:
                after = self.subject_first_incise(quote, k)
                if after is not None:
                    return after
            if not (
                t.is_punct
                or t.is_space
                or t.dep_.startswith("aux")
                or t.pos_ in {"ADV", "AUX"}
                or t.lower_ in self.grammar.incise_clitics
                or t.lower_ in self.grammar.incise_object_clitics
                or t.lower_ in self.grammar.narrative_infinitive_markers
                or t.lower_ in self.grammar.inverted_pronoun_links
                or is_inverted_pronoun(t)  # "a-til" cut as "a", "-t", "il"
            ):
                return self.inverted_incise(quote, t)
            k += 1
            steps += 1
        return None

    def quotation_inside_the_subject(
        self, quote: Quote, verb: Token, subject: Token | None
    ) -> bool:
        """ "Me Vernet, avocat des victimes du « rôdeur », avait indiqué …": the verb's
        own subject (or the noun the parser left hanging on it in its place) opens before
        the quotation and its phrase, an apposition set off by commas, holds it: the verb
        after the quotation goes on the subject's clause, and is no incise."""
        candidates = [subject] if subject is not None else []
        candidates += [
            c for c in verb.children if c.dep_ in self.grammar.subject_labels or c.dep_ == "dep"
        ]
        for noun in candidates:
            if noun.idx >= quote.start or noun.pos_ not in {"PROPN", "NOUN"}:
                continue
            edge = noun.right_edge
            if edge.i >= verb.i:
                continue  # the parser hung the whole sentence on the noun
            if edge.idx + len(edge.text) >= quote.end and any(
                t.text == "," for t in self.doc[noun.i : edge.i + 1]
            ):
                return True
        return False

    def bare_participle(self, quote: Quote, verb: Token) -> bool:
        """ "un homme « dangereux », accusé de treize vols": a past participle with no
        auxiliary between the quotation and it, followed by a preposition, describes the
        noun before, as an adjective would; an incise has a finite verb ("dit-il") or its
        auxiliary ("a déclaré X"), then its subject. The tagger reads some finite forms as
        participles ("rétorque Me X", "prédit-il"): those have their subject next."""
        if not ("Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")):
            return False
        if self.misread_finite(verb):
            return False
        after = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        if after is None or after.pos_ != "ADP" or inverted_pronoun(verb, verb) is not None:
            return False
        first = self.token_at(quote.end).i
        return not any(
            t.pos_ == "AUX" or t.dep_ in self.grammar.auxiliary_labels
            for t in self.doc[first : verb.i]
        ) and not any(c.dep_ in self.grammar.auxiliary_labels for c in verb.children)

    def misread_finite(self, verb: Token) -> bool:
        """ "lance" tagged as a participle: a verb whose participles all end alike
        ("-er" verbs: "lancé", "lancée") written without that ending is a finite form."""
        grammar = self.grammar
        return verb.lemma_.endswith(tuple(grammar.regular_infinitive_endings)) and not (
            verb.lower_.endswith(tuple(grammar.regular_participle_endings))
        )

    def subject_first_incise(self, quote: Quote, k: int) -> tuple[Cue, Token] | None:
        """'"…," the mayor said.': the subject, then its reporting verb, after a quotation.

        Only in a language that puts the subject first in an incise (``incise_orders``).
        Between the quotation and the verb there is nothing but the verb's subject phrase
        (an apposition set off by commas included), its auxiliaries, negation and adverbs.
        """
        doc = self.doc
        for j in range(k, min(len(doc), k + 24)):
            t = doc[j]
            if (t.is_space and "\n" in t.text) or t.text in self.grammar.sentence_ends:
                return None
            if t.text in self.marks.all:
                return None
            cue = self.cue_at.get(j)
            if cue is None or cue.kind != "verb" or not cue.incise:
                continue
            verb = doc[cue.token]
            if any(c.dep_ in self.grammar.passive_labels for c in verb.children):
                return None
            subject = next(
                (
                    c
                    for c in verb.children
                    if c.dep_ in self.grammar.subject_labels and k <= c.i < verb.i
                ),
                None,
            )
            if subject is None or not is_source(subject):
                return None
            cue_start = self.token_at(cue.span[0]).i
            for m in range(k, cue_start):
                word = doc[m]
                in_subject = subject.left_edge.i <= m <= subject.right_edge.i
                if not (in_subject or word.is_punct or word.is_space):
                    return None
            return cue, subject
        return None

    def inverted_incise(self, quote: Quote, verb: Token) -> tuple[Cue, Token | None] | None:
        """ "« … », a tonné le maire" / "« … » a-t-il réagi": a verb outside the cue lexicon
        whose subject follows it is still an incise.

        Narration puts the subject first; after a quotation, a finite verb followed by its
        own subject (a glued "-il" or a name, a pronoun, a person noun) is the writer's
        attribution, whatever the verb ("pester", "tacler", "réagir"). A passive or a bare
        participle ("« … », joué par …") is not one.
        """
        mistagged = verb.pos_ in {"NOUN", "ADJ"} and verb.lower_ in self.cue_forms
        if not (verb.pos_ == "VERB" or mistagged):
            return None  # "« … », juge X": a reporting verb the tagger took for a noun
        if any(c.dep_ in self.grammar.passive_labels for c in verb.children):
            return None
        doc = self.doc
        first = doc[self.token_at(quote.end).i]
        if first.idx < quote.end:
            first = doc[first.i + 1]
        between = self.text[quote.end : verb.idx]
        finite = (
            mistagged
            or "Fin" in verb.morph.get("VerbForm")
            or any(
                doc[k].pos_ == "AUX" and doc[k].dep_ not in self.grammar.passive_labels
                for k in range(first.i, verb.i)
            )
        )
        last = verb
        # "est venu dire", "a tenu à rappeler": the incise runs to the verb it governs.
        for k in range(verb.i + 1, min(len(doc), verb.i + 3)):
            if doc[k].pos_ == "VERB" and doc[k].head.i == verb.i and doc[k].dep_ == "xcomp":
                last = doc[k]
                break
        pronoun = inverted_pronoun(verb, last)
        if pronoun is None and "," not in between:
            return None
        if not finite and pronoun is None:
            return None
        subject = pronoun
        if subject is None:
            subject = self.inverted_subject(last)
            if subject is None or subject.i <= last.i:
                return None
            # The parser may take the inverted subject for an object ("a taclé l'élue"):
            # attached to the verb, with no other subject outside the quotation, it is the
            # one who speaks.
            attached = subject.head.i in {verb.i, last.i} and not any(
                c.dep_ in self.grammar.subject_labels and c.i != subject.i and c.idx >= quote.end
                for c in verb.children
            )
            if not (attached or is_person_or_body(subject)):
                return None
        start = next((t for t in doc[first.i : verb.i + 1] if not (t.is_punct or t.is_space)), verb)
        end = pronoun if pronoun is not None and pronoun.i > last.i else last
        cue = Cue(
            token=verb.i,
            lemma=last.lemma_.lower(),
            kind="verb",
            span=(start.idx, end.idx + len(end.text)),
            end_token=end.i,
        )
        return cue, subject

    def cue_before(self, quote: Quote) -> tuple[Cue, Token | None, ExtractionRule] | None:
        """ "X a déclaré : « … »" or "X a déclaré que « … »"."""
        doc = self.doc
        first = self.token_at(quote.start)
        s_start = min(sentence_bounds(doc, first)[0], self.written_sentence(first.i)[0])
        k = first.i - 1
        while k >= s_start and doc[k].is_space:
            k -= 1
        if k < s_start:
            # "Avant de développer :" closing a paragraph, the quotation opening the next:
            # the colon still announces it.
            k = first.i - 1
            while k >= 0 and doc[k].is_space:
                k -= 1
            if (
                k < 0
                or doc[k].text not in self.grammar.quote_introducers
                or self.in_quote(doc[k].idx)
            ):
                return None
            s_start = self.written_sentence(k)[0]
        marker = doc[k]
        glued = self.text[first.idx : quote.start].lower()
        if (glued and glued in self.grammar.complementizers) or (
            self.opening_complementizer(quote) is not None and self.cue_at.get(k) is not None
        ):
            # confirme «que des coups de feu …»: the quotation opens on the complementizer.
            # qu'"une …": the tokenizer may glue the complementizer to the quotation.
            k = first.i
            method = ExtractionRule.QUE_QUOTE
        elif marker.text in self.grammar.quote_introducers:
            method = ExtractionRule.PREPOSED
        elif marker.lower_ in self.grammar.complementizers:
            method = ExtractionRule.QUE_QUOTE
        elif self._quotation_as_clause(self.cue_at.get(k), k):
            # 'X said "no ship will leave"': the quotation is the cue's bare clause; with
            # words after it in the clause ('says "we need time" for a truce'), mixed.
            k += 1
            words_after = self._clause_end_after(quote) > quote.end
            method = ExtractionRule.QUE_QUOTE if words_after else ExtractionRule.PREPOSED
        elif self._narrative_infinitive(self.cue_at.get(k)):
            # "Et d'ajouter « … »": the quotation is the infinitive's own object.
            k += 1
            method = ExtractionRule.PREPOSED
        else:
            return None
        j = k
        while j > s_start:
            j -= 1
            cue = self.cue_at.get(j)
            if (
                cue is not None
                and cue.kind == "verb"
                and self.in_a_relative_on_a_complement(doc[cue.token])
            ):
                continue  # "X rétorque à celui qui persiste à nier : « … »": X speaks
            if cue is not None and cue.kind == "verb" and cue.end_token < k:
                if marker.text == "," and not self._announces_by_comma(cue, k):
                    return None
                verb = doc[cue.token]
                subject = subject_of(verb, doc[cue.end_token])
                if subject is not None and self.in_quote(subject.idx):
                    # '« … » poursuit la manifestante avant d'énumérer : « … »': the parser
                    # took a word of the earlier quotation for the subject.
                    subject = self.inverted_subject(verb)
                if subject is not None and self.in_quote(subject.idx):
                    subject = None  # "…, ajoutant : « une mère … »": a word of the quotation
                if subject is None:
                    subject = self.subject_of_a_narrative_infinitive(verb)
                if subject is None and (
                    self._narrative_infinitive(cue)
                    or (_present_participle(verb) and cue.end_token == k - 1)
                ):
                    return cue, None, method  # the previous speaker goes on
                subject = subject or self.apposed_name(verb)
                if subject is None:
                    continue
                return cue, subject, method
            if doc[j].text in self.marks.all:
                opened = self.complementizer_before_quotation(j) if marker.text == ":" else None
                if opened is None:
                    return None
                j = opened  # "X estime que « … » et qu'il … : « … »": the same report
        return None

    def complementizer_before_quotation(self, closing: int) -> int | None:
        """The complementizer right before the quotation that token ``closing`` closes
        ("que « la ville avance »"): a quotation inside a reported clause, which a colon
        after that clause does not separate from its cue. None for any other quotation."""
        char = self.doc[closing].idx
        quote = next(
            (q for q in self.quote_spans.around(char, char + 1) if q.end - 1 <= char < q.end),
            None,
        )
        if quote is None:
            return None
        k = self.token_at(quote.start).i - 1
        while k >= 0 and self.doc[k].is_space:
            k -= 1
        if k >= 0 and self.doc[k].lower_ in self.grammar.complementizers:
            return k
        return None

    def _quotation_as_clause(self, cue: Cue | None, k: int) -> bool:
        """A quotation right after a reporting verb, in a language whose reported clauses
        need no complementizer (``Grammar.quotation_as_complement``): 'X said "…"'."""
        if cue is None or cue.kind != "verb" or cue.end_token != k:
            return False
        if self.grammar.quotation_as_complement:
            return True
        return self.grammar.quoted_sentence_as_complement and self._quotes_a_sentence(k + 1)

    def _quotes_a_sentence(self, opening: int) -> bool:
        """'X a déclaré "Je regrette …"' (``quoted_sentence_as_complement``): with no colon,
        a quotation that opens on a capital and holds a finite verb is a sentence quoted
        as the cue's complement; "a dénoncé « une dérive »" quotes a noun phrase, the object
        rule's."""
        start = self.doc[opening].idx
        quote = self.quote_opening_at.get(start)
        if quote is None:
            return False
        inner = self.text[quote.inner_start : quote.inner_end].lstrip()
        # the tokens starting inside the quotation: a slice of the Doc (token starts sorted)
        first = bisect.bisect_left(self.starts, quote.inner_start)
        last = bisect.bisect_left(self.starts, quote.inner_end)
        words = list(self.doc[first:last]) if first < last else []
        if inner[:1].isupper():
            return any("Fin" in t.morph.get("VerbForm") for t in words)
        return self._quotes_a_clause(words)

    def _quotes_a_clause(self, words: list[Token]) -> bool:
        """'Le parquet précise "les éléments recueillis ne permettent pas …"': a quotation
        opening in lower case is still a sentence when its words head on one finite verb
        with its own subject among them; "« une dérive qui menace … »" heads on a noun."""
        inside = {t.i for t in words}
        roots = [t for t in words if t.head.i not in inside and not t.is_punct]
        if len(roots) != 1:
            return False
        root = roots[0]
        finite = "Fin" in root.morph.get("VerbForm") or any(
            "Fin" in c.morph.get("VerbForm") for c in root.children if c.dep_.startswith("aux")
        )
        return finite and any(
            c.dep_ in self.grammar.subject_labels and c.i in inside for c in root.children
        )

    def _announces_by_comma(self, cue: Cue, comma: int) -> bool:
        """'X said, "…"', 'X told reporters, "…"': a comma announces a quotation only right
        after its reporting clause (the cue and at most a short complement before it), not
        after any clause of narration that holds a cue somewhere."""
        between = [t for t in self.doc[cue.end_token + 1 : comma] if not t.is_space]
        if any(t.text in self.marks.all for t in between):
            return False
        return len(between) <= 3 or self.prepositional_phrases_of(cue, between)

    def prepositional_phrases_of(self, cue: Cue, between: list[Token]) -> bool:
        """ "he said of the mayor and the clerk, "…"", "wrote to his 20,000 followers,
        "…"": a few words that are only prepositional phrases of the cue still end its
        reporting clause (``preposition_labels``; no verb among them)."""
        verb = self.doc[cue.token]
        phrases = {
            t.i
            for child in verb.children
            if child.dep_ in self.grammar.preposition_labels and child.i > cue.end_token
            for t in child.subtree
        }
        return (
            len(between) <= 8
            and all(t.i in phrases or t.is_punct for t in between)
            and not any(t.pos_ in {"VERB", "AUX"} for t in between)
        )

    def opening_complementizer(self, quote: Quote) -> int | None:
        """Where the words start after a complementizer opening the quotation («que des
        coups …», «qu'il …»); None when the quotation opens on anything else."""
        inner = self.text[quote.inner_start : quote.inner_end]
        for word in sorted(self.grammar.complementizers, key=len, reverse=True):
            if not inner.lower().startswith(word):
                continue
            rest = inner[len(word) :]
            if word[-1] in "'’":
                return quote.inner_start + len(word)
            if rest[:1].isspace():
                return quote.inner_start + len(word) + len(rest) - len(rest.lstrip())
        return None

    def source_after(self, quote: Quote) -> tuple[Cue, Span] | None:
        """ "« … », pour le ministre X, lors d'un entretien", "« … », selon elle.": a
        quotation that opens its clause, then a comma and a preposition of attribution
        (the cue lexicon's ``prepositions``) whose object names a source, and nothing after
        that source but short phrases without a finite verb to the end of the sentence
        ("…, pour le ministre, c'est acquis" goes on with a clause of its own)."""
        if quote.paragraphs != 1 or quote.end >= len(self.text):
            return None
        rest = self.text[quote.end : quote.end + 3]
        if not rest.lstrip(_SPACES).startswith(","):
            return None
        k = self.token_at(quote.end).i
        while k < len(self.doc) and (self.doc[k].idx < quote.end or self.doc[k].is_punct):
            k += 1
        if k >= len(self.doc) or not self._opens_clause(quote):
            return None
        cue = self.cue_at.get(k)
        if (cue is None or cue.kind != "preposition") and (
            self.doc[k].lower_ in self.sources_after_quotation
        ):
            # "pour" attributes only at a sentence's start in the cue lexicon; right after
            # a quotation and its comma, it gives that quotation its source too.
            word = self.doc[k]
            cue = Cue(
                token=k,
                lemma=word.lower_,
                kind="preposition",
                span=(word.idx, word.idx + len(word.text)),
                end_token=k,
            )
        if cue is None or cue.kind != "preposition":
            return None
        doc = self.doc
        head = next(
            (
                t
                for t in doc[cue.end_token + 1 : cue.end_token + 6]
                if t.pos_ in {"NOUN", "PROPN", "PRON"}
            ),
            None,
        )
        while head is not None and head.dep_ in {"compound", "flat:name"} and head.head.i > head.i:
            head = head.head
        if head is None or not is_source(head):
            return None
        mention = mention_span(head)
        _, s_end = self.written_sentence(head.i)
        tail = [t for t in doc[self.token_at(mention[1] - 1).i + 1 : s_end] if not t.is_space]
        if any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in tail):
            return None
        if any(t.text in self.marks.all for t in tail):
            return None
        return cue, mention

    def source_before(self, quote: Quote) -> tuple[Cue, Span] | None:
        """ "Un dispositif a été mis en place selon lui, « la caserne a mobilisé … »": a
        quotation after a source phrase ("selon lui", the cue lexicon's ``prepositions``)
        and its comma, running to the sentence's end, is that source's words too."""
        if quote.paragraphs != 1 or quote.start < 2:
            return None
        first = self.token_at(quote.start)
        if first.i < 3 or self.doc[first.i - 1].text != ",":
            return None
        _, s_end = self.written_sentence(first.i)
        tail = self.text[quote.end : self.doc[s_end - 1].idx + len(self.doc[s_end - 1].text)]
        if tail.strip(_SPACES + ".!?…"):
            return None
        comma = self.doc[first.i - 1]
        for cue in self.cues:
            if cue.kind != "preposition" or not 0 < comma.i - cue.end_token <= 5:
                continue
            head = next(
                (
                    t
                    for t in self.doc[cue.end_token + 1 : comma.i]
                    if t.pos_ in {"NOUN", "PROPN", "PRON"}
                ),
                None,
            )
            if head is None or not is_source(head):
                continue
            mention = mention_span(head)
            if self.token_at(mention[1] - 1).i != comma.i - 1:
                continue
            return cue, mention
        return None

    def name_after_quotation(self, quote: Quote) -> tuple[int, Span] | None:
        """A quotation signed by its speaker's name after a dash, on its line or on the
        next one ("« … » - Marc Bolduc", "« … »\n\n– Marc Bolduc"), or a quotation that
        opens a line, then a colon and a sentence whose subject is a person's name
        ("«Ce sont les joueurs qui gagnent»: Paul Moret la jouait modeste").
        Returns the dash or colon and the name."""
        line_start = self.text.rfind("\n", 0, quote.start) + 1
        if line_start + dateline_at(
            self.text, line_start, quote.start, DATELINE_CLOSERS
        ) < quote.start and self.text[line_start : quote.start].strip(
            _SPACES + "".join(self.marks.all)
        ):
            return None  # words before the quotation on its line (but a dateline): narration
        line_end = self.text.find("\n", quote.end)
        line_end = len(self.text) if line_end < 0 else line_end
        after = self.text[quote.end : line_end]
        stripped = after.lstrip(_SPACES + ".!?…" + "".join(self.marks.all))
        if not stripped:
            # '« … »' alone on its line: the next line may sign it ('– Marc Bolduc').
            nxt = line_end
            while nxt < len(self.text) and self.text[nxt] in "\n" + _SPACES:
                nxt += 1
            nxt_end = self.text.find("\n", nxt)
            nxt_end = len(self.text) if nxt_end < 0 else nxt_end
            return self._signature(nxt, nxt_end)
        start = quote.end + len(after) - len(stripped)
        if stripped[0] in self.grammar.signature_dashes:
            return self._signature(start, line_end)
        if stripped[0] == "(" and self._ends_a_sentence(quote):
            return self._bracketed_signature(start, line_end)
        bare = self._bare_signature(quote, start, line_end)
        if bare is not None:
            return bare
        introduced = self._named_subject_after(quote, after, start, line_end)
        if introduced is not None:
            return introduced
        if stripped[0] == ":" and self._quotes_a_sentence(self.token_at(quote.start).i):
            name = self._name_at(start + 1, line_end)
            if name is None:
                return None
            clause = self.doc.char_span(name[1], line_end, alignment_mode="expand") or []
            if any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in clause):
                return start, name
        return None

    def _bare_signature(self, quote: Quote, start: int, end: int) -> tuple[int, Span] | None:
        """ "« Ce n'est plus un comité de concertation. » Catherine X (cdH)": a quotation
        that ends its sentence, alone on its line but for a person's name after it and,
        at most, the party or office in brackets: a pull quote signed without a dash."""
        if not self._ends_a_sentence(quote):
            return None
        name = self._name_at(start, end)
        if name is None or name[0] != start:
            return None
        rest = self.text[name[1] : end].strip(_SPACES)
        if rest and not re.fullmatch(r"\([^()\n]{1,60}\)\.?", rest):
            return None
        return quote.end - 1, name  # the closing mark stands for the missing dash

    def _named_subject_after(
        self, quote: Quote, after: str, start: int, end: int
    ) -> tuple[int, Span] | None:
        """ "« Dans nos rêves, on n'osait pas y croire ». Paul Moret ne cache pas sa joie.":
        a quoted sentence opening its line, then a sentence of narration whose subject is a
        person's name opening it (a lead that gives the words, then who said them)."""
        ended = self._ends_a_sentence(quote) or after.lstrip(_SPACES)[:1] in {".", "!", "?", "…"}
        if not ended or not self._quotes_a_sentence(self.token_at(quote.start).i):
            return None
        name = self._name_at(start, end)
        if name is None or name[0] != start:
            return None
        words = self.doc.char_span(name[0], name[1], alignment_mode="expand") or []
        for token in words:
            if token.dep_ not in self.grammar.subject_labels:
                continue
            head = token.head
            verbs = [head, *(c for c in head.children if c.dep_.startswith(("aux", "cop")))]
            if any("Fin" in v.morph.get("VerbForm") for v in verbs) and head.i >= words[-1].i:
                return quote.end - 1, name
        return None

    def _ends_a_sentence(self, quote: Quote) -> bool:
        """Whether the quoted words end on a full stop, a question or an exclamation mark
        (a sentence said, not a title)."""
        inner = self.text[quote.start : quote.end].rstrip("".join(self.marks.all) + _SPACES)
        return bool(inner) and inner[-1] in ".!?…"

    def _bracketed_signature(self, start: int, end: int) -> tuple[int, Span] | None:
        """ "« … . » (Lina Borel)", "« … . » (Lina Borel, maire de Vernay)": a person's
        name in brackets that ends the quotation's line, alone or with a title after a
        comma (the quotation ends its sentence: "« Les Ombres » (Pathé Films)" is a title
        and its distributor)."""
        closing = self.text.find(")", start, end)
        if closing < 0 or self.text[closing + 1 : end].strip(_SPACES + "."):
            return None
        name = self._name_at(start + 1, closing)
        if name is None or self.text[start + 1 : name[0]].strip(_SPACES):
            return None
        rest = self.text[name[1] : closing].strip(_SPACES)
        if rest and not rest.startswith(","):
            return None
        return start, name

    def _signature(self, start: int, end: int) -> tuple[int, Span] | None:
        """A line part that is a dash and a person's name only ("– Marc Bolduc")."""
        text = self.text[start:end].rstrip(_SPACES)
        if not text or text[0] not in self.grammar.signature_dashes:
            return None
        name = self._name_at(start + 1, start + len(text))
        if name is None or self.text[name[1] : start + len(text)].strip(_SPACES + "."):
            return None
        return start, name

    def _name_at(self, start: int, end: int) -> Span | None:
        """The person's name that opens ``text[start:end]``: an entity the parser knows as
        a person, or two capitalised proper nouns or more."""
        words = self.doc.char_span(start, end, alignment_mode="contract")
        if words is None or not len(words):
            return None
        first = next((t for t in words if not (t.is_space or t.is_punct)), None)
        if first is None:
            return None
        person = next(
            (e for e in self.doc.ents if e.label_ in {"PER", "PERSON"} and e.start == first.i),
            None,
        )
        if person is not None:
            return trim_span(self.text, person.start_char, person.end_char)
        last = first.i
        while (
            last < words.end
            and self.doc[last].pos_ == "PROPN"
            and self.doc[last].text[:1].isupper()
        ):
            last += 1
        if last - first.i < 2:
            return None
        return trim_span(
            self.text, first.idx, self.doc[last - 1].idx + len(self.doc[last - 1].text)
        )

    def name_before_colon(self, quote: Quote) -> tuple[int, Span] | None:
        """ "Mila Ortiz : « … »", "Mila Ortiz sur RadioSud : « … »": a subheading or a
        caption that gives a quotation to the person named before the colon.

        The line holds only the name phrase and the colon before the quotation; the phrase
        has no verb and opens on the person (a name the parser knows as a person, or a
        noun for a person or body), so "Au programme : « … »" is no statement.
        """
        line_start = self.text.rfind("\n", 0, quote.start) + 1
        before = self.text[line_start : quote.start].rstrip()
        if not before.endswith(":"):
            return None
        colon = line_start + len(before) - 1
        topic_end = self._after_topic(line_start, colon)
        left = self.doc.char_span(topic_end, colon, alignment_mode="contract")
        if topic_end > line_start and left is not None and self._known_surname(left):
            # "Vernelle - Morvan : « … »": the surname of a person the article names.
            return colon, trim_span(self.text, left.start_char, left.end_char)
        if left is None or not 0 < len(left) <= MAX_TITLED_NAME_WORDS:
            return None
        if len(left) > MAX_NAME_LABEL_WORDS and not self._name_then_title(left, colon):
            return None
        if any(t.pos_ in {"VERB", "AUX"} and not _set_off_participle(t, left) for t in left):
            return None
        if any(t.text in self.marks.all for t in left):
            return None
        person = next(
            (e for e in left.ents if e.label_ in {"PER", "PERSON"} and e.start == left.start), None
        )
        if person is not None:
            return colon, trim_span(self.text, person.start_char, person.end_char)
        name_end = left.start
        while name_end < left.end and self.doc[name_end].pos_ == "PROPN":
            name_end += 1
        if name_end - left.start >= 2:
            # A first name and a surname; a single capitalised word is as often a place.
            name = self.doc[left.start : name_end]
            return colon, trim_span(self.text, name.start_char, name.end_char)
        opener = left[1] if left[0].pos_ == "DET" and len(left) > 1 else left[0]
        if opener.lemma_.lower() not in self.source_nouns:
            return None
        return colon, trim_span(self.text, left.start_char, left.end_char)

    def _after_topic(self, start: int, colon: int) -> int:
        """Where the name phrase starts in a headline that opens on its topic and a spaced
        dash ("Vernelle - Morvan : « … »", "Euro dames – Lina Borel : « … »"): after the
        dash, when the topic before it is a few words with no quote mark; else ``start``."""
        head = self.text[start:colon]
        cut = max(head.rfind(f" {dash} ") for dash in self.grammar.signature_dashes)
        if cut < 0:
            return start
        topic = head[:cut]
        if len(topic.split()) > MAX_TOPIC_WORDS or any(c in self.marks.all for c in topic):
            return start
        return start + cut + 3

    def _known_surname(self, left: Span_) -> bool:
        """A single capitalised word that ends a person's name the article writes in full
        ("Morvan" of "Gildas Morvan")."""
        if len(left) != 1 or not left[0].text[:1].isupper():
            return False
        word = left[0].text.casefold()
        return any(
            e.label_ in {"PER", "PERSON"}
            and len(e) > 1
            and e[-1].text.casefold() == word
            and not (left.start <= e.start < left.end)
            for e in self.doc.ents
        )

    def _name_then_title(self, left: Span_, colon: int) -> bool:
        """ "Maître Paul Roy, directeur de cabinet du président de la région": a person's
        name that opens the phrase (after a title word at most), then a comma and the
        title (a longer label than a bare name before a colon may be). A bracket right
        after the name holds the title or a club, party or country ("Lou Vidal (entraîneur
        des lignes arrière de Dax) :", "Lou Vidal (FRA/Cofidis), vainqueur :"): the label
        ends there or goes on after a comma."""
        start = left.start_char
        if left[0].lower_ in self.source_nouns and len(left) > 1:
            start = left[1].idx  # "Maître Paul Roy, …", "Docteur Lise Amalric, …"
        name = self._name_at(start, left.end_char)
        if name is None or name[0] != start:
            return False
        rest = self.text[name[1] : colon].strip(_SPACES)
        if rest.startswith("("):
            closing = rest.find(")")
            if closing < 0 or "(" in rest[1:closing]:
                return False
            rest = rest[closing + 1 :].strip(_SPACES)
            return not rest or rest.startswith(",")
        return rest.startswith(",")

    @cached_property
    def speech_labels(self) -> tuple[frozenset[str], frozenset[str]]:
        """Nouns of words said that label a quotation across a colon ("Commentaire du
        maire : « … »"), and the prepositions that join them to the speaker."""
        lexicon = quote_lexicon(self.language)
        return (
            frozenset(lexicon.get("speech_labels") or ()),
            frozenset(lexicon.get("speech_label_links") or ()),
        )

    def speech_label_before(self, quote: Quote) -> tuple[int, Span] | None:
        """ "Commentaire du maire de Vernay : « … »": a verbless phrase that opens its
        sentence with a noun of words said, "de" and a person or body, then a colon right
        before the quotation, gives the words to that person."""
        before = self.text[: quote.start].rstrip(_SPACES)
        if not before.endswith(":"):
            return None
        colon = len(before) - 1
        start = max(before.rfind(c, 0, colon) for c in ".!?\n") + 1
        speaker = self._speech_label(start, colon)
        return (colon, speaker) if speaker is not None else None

    def speech_label_after(self, quote: Quote) -> tuple[int, Span] | None:
        """ "« … » : la réaction de la ministre Lina Borel.": after the quotation, a colon
        and a verbless phrase to the sentence's end with a noun of words said, "de" and a
        person or body: the words are that person's."""
        after = self.text[quote.end :]
        stripped = after.lstrip(_SPACES)
        if not stripped.startswith(":"):
            return self._presented_next(quote)
        colon = quote.end + len(after) - len(stripped)
        end = min(
            (k for k in (self.text.find(c, colon) for c in ".!?\n") if k >= 0),
            default=len(self.text),
        )
        speaker = self._speech_label(colon + 1, end) or self._presented_label(colon + 1, end)
        return (colon, speaker) if speaker is not None else None

    def _presented_next(self, quote: Quote) -> tuple[int, Span] | None:
        """ "« Il faut sauver l'usine. » C'est l'appel qu'a lancé X mardi.": a quoted
        sentence, then a sentence on the same line that presents it as the words of X (the
        closing mark stands for the colon)."""
        if not self._ends_a_sentence(quote):
            return None
        start = quote.end
        while start < len(self.text) and self.text[start] in _SPACES:
            start += 1
        if not self.text[start : start + 1].isupper():
            return None
        end = min(
            (k for k in (self.text.find(c, start) for c in ".!?\n") if k >= 0),
            default=len(self.text),
        )
        speaker = self._presented_label(start, end)
        return (quote.end - 1, speaker) if speaker is not None else None

    def _presented_label(self, start: int, end: int) -> Span | None:
        """ "c'est l'appel qu'a lancé le maire", "tel est le message adressé par la
        ministre": a presenter (``speech_label_presenters``), a noun of words said, then a
        relative clause whose subject comes after its verb, or a participle and its agent.
        Returns that subject or agent (a person or body)."""
        lexicon = quote_lexicon(self.language)
        phrase = self.text[start:end].lstrip(_SPACES)
        start = end - len(phrase)
        presenter = next(
            (
                p
                for p in lexicon.get("speech_label_presenters") or ()
                if phrase.lower().startswith(p.lower() + " ")
            ),
            None,
        )
        if presenter is None:
            return None
        words = self.doc.char_span(start + len(presenter), end, alignment_mode="contract")
        if words is None or not 3 <= len(words) <= MAX_TITLED_NAME_WORDS:
            return None
        k = self._after_label(words)
        if k is None:
            return None
        relatives = set(lexicon.get("speech_label_relatives") or ())
        agents = set(lexicon.get("speech_label_agents") or ())
        if k < len(words) and words[k].lower_ in relatives:
            k += 1
            while k < len(words) and words[k].pos_ in {"AUX", "VERB", "ADV"}:
                k += 1  # "qu'a lancé", "qu'a aussitôt adressé"
        elif k < len(words) and "Part" in words[k].morph.get("VerbForm"):
            k += 1
            if k >= len(words) or words[k].lower_ not in agents:
                return None
            k += 1
        else:
            return None
        rest = words[k:]
        if len(rest) and rest[0].pos_ == "DET":
            rest = rest[1:]
        if not len(rest) or not is_person_or_body(rest[0]):
            return None
        return trim_span(self.text, rest.start_char, rest.end_char)

    def _after_label(self, words: Span_) -> int | None:
        """Where the noun of ``speech_labels`` opening ``words`` (after an optional
        determiner) ends, as an index into ``words``; None when no such noun opens them."""
        nouns, _ = self.speech_labels
        k = 1 if words[0].pos_ == "DET" else 0
        label = next(
            (n for n in sorted(nouns, key=len, reverse=True) if self._words_at(words, k, n)),
            None,
        )
        return None if label is None else k + len(label.split())

    def _speech_label(self, start: int, end: int) -> Span | None:
        """The speaker of a label phrase in ``text[start:end]``: an optional determiner, a
        noun of ``speech_labels``, a link of ``speech_label_links`` and a person's name or
        a noun for a person or body, with no verb and no quote mark. None otherwise."""
        _, links = self.speech_labels
        words = self.doc.char_span(start, end, alignment_mode="contract")
        if words is None or not 3 <= len(words) <= MAX_TITLED_NAME_WORDS:
            return None
        if any(t.pos_ in {"VERB", "AUX"} or t.text in self.marks.all for t in words):
            return None
        k = self._after_label(words)
        if k is None or k >= len(words) or words[k].lower_ not in links:
            return None
        rest = words[k + 1 :]
        if len(rest) and rest[0].pos_ == "DET":
            rest = rest[1:]
        if not len(rest) or not is_person_or_body(rest[0]):
            return None
        return trim_span(self.text, rest.start_char, rest.end_char)

    @staticmethod
    def _words_at(words: Span_, k: int, phrase: str) -> bool:
        """Whether ``phrase`` (one word or more) is written in ``words`` from index ``k``."""
        parts = phrase.split()
        return k + len(parts) <= len(words) and all(
            words[k + j].lower_ == part for j, part in enumerate(parts)
        )

    def caption_before(self, quote: Quote) -> tuple[int, Span] | None:
        """ "Le plus heureux : Paul X (entraîneur). « … »": a caption of the sports and local
        pages, a short label, a colon, a person's name and their role in brackets, closed by
        a full stop or a colon right before the quotation, gives the words to that person.
        The name is two to four capitalised words the model tags as a person, so "Au menu :
        Tarte Tatin (maison). « … »" gives its words to no one."""
        line_start = self.text.rfind("\n", 0, quote.start) + 1
        before = self.text[line_start : quote.start].rstrip()
        if not before.endswith((".", ":")) or before.count(":") < 1:
            return None
        before = before[:-1].rstrip()
        if not before.endswith(")") or "(" not in before:
            return None
        opening = before.rfind("(")
        colon = before.rfind(":", 0, opening)
        if colon < 0 or not 0 < len(before[:colon].split()) <= 6:
            return None
        if any(m in before for m in self.marks.all):
            return None
        name = self.doc.char_span(
            line_start + colon + 1, line_start + opening, alignment_mode="contract"
        )
        if name is None or not 2 <= len(name) <= 4:
            return None
        if any(t.pos_ in {"VERB", "AUX"} for t in name):
            return None
        if not all(t.text[:1].isupper() for t in name if t.lower_ not in {"de", "du", "le"}):
            return None
        if not any(t.ent_type_ in {"PER", "PERSON"} for t in name):
            return None  # "Au menu : Tarte Tatin (maison)": no person named
        label = self.doc.char_span(line_start, line_start + colon, alignment_mode="contract")
        if label is None or any(t.pos_ in {"VERB", "AUX"} for t in label):
            return None
        return line_start + colon, trim_span(self.text, name.start_char, name.end_char)

    def clause_before_colon(self, quote: Quote) -> tuple[Cue, Token | None] | None:
        """ "Il comprend la colère des supporters : « … »": a clause of narration whose verb
        is no reporting verb announces, through a colon, the words of its subject when that
        subject is a person or a body (the verb stands as the cue).

        When the clause's subject is no one ("La prestation tranche avec le début de
        saison : « … »"), the quotation is the speaker the text follows (no subject given).
        Only a quotation that opens with a capital letter: a whole sentence, not a term.
        """
        doc = self.doc
        first = self.token_at(quote.start)
        k = first.i - 1
        while k >= 0 and doc[k].is_space and "\n" not in doc[k].text:
            k -= 1
        if k < 0 or doc[k].text != ":" or not self.text[quote.inner_start].isupper():
            return None
        start = self.written_sentence(k)[0]
        # "« … » Il comprend la colère : « … »": the clause starts after an earlier quotation.
        earlier = [q.end for q in self.quotes if doc[start].idx <= q.start and q.end <= quote.start]
        if earlier:
            start = self.token_at(max(earlier)).i + 1
        clause = doc[start:k]
        if not len(clause) or any(t.text in self.marks.all for t in clause):
            return None
        verbs = [
            t
            for t in clause
            if (t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ == "ROOT"))
            # "Il est revenu sur la bévue de X qui a failli … : « … »": not X's words.
            and not self.in_a_relative_on_a_complement(t)
        ]
        # "Interrogé sur son avenir, X a livré une réponse : « … »": the verb whose subject
        # speaks, not the participle that opens the sentence.
        speaking = [
            v
            for v in verbs
            if (s := subject_of(v)) is not None and s.i >= start and is_person_or_body(s)
        ]
        # With no verb the tagger saw ("La défaite tranche avec …"), the clause's head
        # stands as the cue.
        verb = speaking[0] if speaking else verbs[0] if verbs else clause.root
        cue = Cue(
            token=verb.i,
            lemma=verb.lemma_.lower(),
            kind="verb",
            span=(verb.idx, verb.idx + len(verb.text)),
            end_token=verb.i,
        )
        subject = subject_of(verb) if verbs else self.owner_of_speech_noun(clause.root, start)
        if subject is not None and subject.i >= start and is_person_or_body(subject):
            return cue, subject
        if not verbs and subject is not None:
            return cue, subject
        return cue, None

    @cached_property
    def speech_nouns(self) -> frozenset[str]:
        """Nouns that name words said or a view held (``nouns`` and ``opinion_nouns`` of
        ``cues.yaml``): "Son constat", "Réponse de la ministre"."""
        lexicon = get_language(self.language).lexicon("cues")
        return frozenset(
            str(w) for key in ("nouns", "opinion_nouns") for w in lexicon.get(key) or ()
        )

    def owner_of_speech_noun(self, noun: Token, start: int) -> Token | None:
        """Whose words a verbless heading before a colon names: "Réponse de la ministre :
        « … »" gives them to the person after "de"; "Son constat : « … »" to the person
        the sentence before has for its subject. None for any other head ("Le programme :
        « … »")."""
        if noun.lemma_.lower() not in self.speech_nouns and noun.lower_ not in self.speech_nouns:
            return None
        for child in noun.children:
            if (
                child.dep_ == "nmod"
                and any(
                    c.dep_ == "case" and c.lower_ in {"de", "du", "des"} for c in child.children
                )
                and is_person_or_body(child)
            ):
                return child
        if not any(c.dep_ == "det" and "Poss=Yes" in c.morph for c in noun.children):
            return None
        last = start - 1
        while last >= 0 and self.doc[last].is_space:
            last -= 1
        if last < 0:
            return None
        before_start, _ = self.written_sentence(last)
        roots = [t for t in self.doc[before_start : last + 1] if t.dep_ == "ROOT"]
        subject = subject_of(roots[0]) if roots else None
        if subject is not None and is_person_or_body(subject) and subject.pos_ != "PRON":
            return subject
        return None

    def in_a_relative_on_a_complement(self, verb: Token) -> bool:
        """A verb of a relative clause (or of an infinitive under it) whose antecedent is a
        complement of the clause ("rétorque à celui qui persiste à nier", "revenu sur la
        bévue de X qui a failli coûter …"): it tells about that person, it does not
        announce the quotation after the colon. A relative on the subject ("X, qui a
        déclaré : « … »") or set off by a comma ("du côté de X, qui ajoute : « … »")
        still does."""
        head = verb
        while head.dep_ in {"xcomp", "conj"} and head.head.i != head.i:
            head = head.head
        if head.dep_ != "acl:relcl":
            return False
        opening = head.left_edge.i
        if opening > 0 and self.doc[opening - 1].text == ",":
            # "du côté de Julie X, qui ajoute : « … »": set off by a comma, the relative
            # brings in the person who speaks.
            return False
        # The antecedent's own label without its subtype: "obl:arg" is an "obl".
        label = head.head.dep_.split(":")[0]
        return label in COMPLEMENT_LABELS

    def _narrative_infinitive(self, cue: Cue | None) -> bool:
        """ "Et de poursuivre", "Avant de conclure": an infinitive after "de" with no
        subject of its own reports the words of the speaker the text is following."""
        if cue is None or cue.kind != "verb":
            return False
        verb = self.doc[cue.token]
        return (
            "Inf" in verb.morph.get("VerbForm")
            and verb.i > 0
            and self.doc[verb.i - 1].lower_ in self.grammar.narrative_infinitive_markers
        )

    def _clause_end_after(self, quote: Quote) -> int:
        first = self.token_at(quote.end - 1)
        _, s_end = sentence_bounds(self.doc, first)
        last = self.doc[s_end - 1]
        return (
            trim_span(self.text, quote.start, last.idx + len(last.text), keep_final=False)[1]
            if last.i > first.i
            else quote.end
        )

    def _opens_clause(self, quote: Quote) -> bool:
        """A quote that opens its sentence, or a clause after a comma, colon or dash
        ("Titre : « … »", "En tout cas, « … »"), rather than ending a clause of narration."""
        line_start = self.text.rfind("\n", 0, quote.start) + 1
        before = self.text[line_start : quote.start].rstrip()
        return self._stands_alone(quote) or before[-1:] in {":", ",", "—", "–", "-"}

    def _verbless_term_in_narration(self, quote: Quote, words: list[Token]) -> bool:
        """'"Plus d'une centaine" de campeurs "évacués"': a quotation without a verb that
        the sentence goes on from in lower case is a term the writer quotes in narration
        (a title's too), no one's statement."""
        if any(t.pos_ in {"VERB", "AUX"} for t in words):
            return False
        rest = self.text[quote.end : quote.end + 40].lstrip(_SPACES)
        return bool(rest) and rest[0].isalpha() and rest[0].islower()

    def _stands_alone(self, quote: Quote) -> bool:
        """A quote that opens its sentence (or paragraph) rather than sitting in narrative."""
        line_start = self.text.rfind("\n", 0, quote.start) + 1
        before = self.text[line_start : quote.start].rstrip()
        return (
            not before
            or before[-1] in self.grammar.sentence_ends
            or before[-1] in self.marks.sentence_closers
        )


def _plain_words(text: str) -> list[str]:
    """The words of ``text`` in lower case, without punctuation: what a subheading and the
    statement it repeats share."""
    return [w for w in re.findall(r"\w+", text.casefold()) if w]


def _present_participle(verb: Token) -> bool:
    """ "…, a-t-il dit, ajoutant : « … »": a present participle with no subject of its own,
    right before the mark that opens the quotation, reports the words of the clause's
    speaker, whom the text is following."""
    return "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")


def _set_off_participle(token: Token, line: Span_) -> bool:
    """ "Paul X, très remonté : « … »": a past participle set off by a comma after the name
    describes the speaker's mood; it is no verb of the line."""
    morph = token.morph
    return (
        "Part" in morph.get("VerbForm")
        and "Past" in morph.get("Tense")
        and any(t.text == "," for t in line if t.i < token.i)
    )
