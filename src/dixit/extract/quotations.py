"""Quoted speech: a quotation with its cue after it, before it, inside it, or none.

Methods: ``incise`` ("« … », a déclaré X"), ``preposed`` ("X a déclaré : « … »"),
``que_quote`` ("X a souligné que « … »"), ``floating`` (no cue: the previous speaker).
"""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Token

from dixit.extract.context import ArticleContext
from dixit.extract.cues import Cue
from dixit.extract.extensions import FoundStatement
from dixit.extract.quotes import Quote, QuoteMarks, quote_marks
from dixit.extract.syntax import (
    inverted_pronoun,
    is_person_or_body,
    mention_span,
    sentence_bounds,
    subject_of,
    trim_span,
)
from dixit.lang import Grammar, get_language
from dixit.model import Span


class QuotedSpeech(ArticleContext):
    """Rules that start from a quotation."""

    @cached_property
    def marks(self) -> QuoteMarks:
        """The quotation marks of the article's language."""
        return quote_marks(self.doc.lang_)

    @cached_property
    def grammar(self) -> Grammar:
        """The closed word classes of the article's language."""
        return get_language(self.doc.lang_).grammar

    def from_quote(self, quote: Quote, found: list[FoundStatement]) -> list[FoundStatement]:
        for statement in found:
            if (
                statement.content[0] <= quote.inner_start
                and quote.inner_end <= statement.content[1] + 1
            ):
                return []
        inner = self.doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        words = [t for t in inner or [] if not t.is_punct and not t.is_space]
        pieces = self.paragraph_pieces(quote)
        incise = self.cue_after(quote)
        if incise is not None:
            cue, subject = incise
            if quote.paragraphs == 1 and not self._opens_clause(quote):
                # "Un scénario « cruel », a renchéri X": the words before the quotation are
                # the speaker's too; the statement is the sentence up to the closing mark.
                start = self.doc[self.written_sentence(self.token_at(quote.start).i)[0]]
                span = trim_span(self.text, start.idx, quote.end, keep_final=True)
                return [self._direct(span, "incise", cue, subject, kind="mixed")]
            return [self._direct(piece, "incise", cue, subject) for piece in pieces]
        preposed = self.cue_before(quote)
        if preposed is not None:
            cue, subject, method = preposed
            if method == "que_quote":
                start = quote.start
                end = self._clause_end_after(quote)
                return [self._direct((start, end), method, cue, subject, kind="mixed")]
            return [self._direct(piece, method, cue, subject) for piece in pieces]
        inside = self.incise_inside(quote)
        if inside is not None:
            cue, subject, before, after = inside
            return [
                self._direct(before, "incise", cue, subject),
                self._direct(after, "incise", cue, subject),
            ]
        if len(words) < self.min_quote_words or not self._stands_alone(quote):
            return []
        return [FoundStatement(kind="direct", content=piece, method="floating") for piece in pieces]

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

    def incise_inside(self, quote: Quote) -> tuple[Cue, Token | None, Span, Span] | None:
        """« Première partie, a-t-il dit. Seconde partie » -- the cue sits inside the marks."""
        doc = self.doc
        for cue in self.cues:
            if cue.kind != "verb" or not cue.incise:
                continue
            if not (quote.inner_start < cue.span[0] and cue.span[1] < quote.inner_end):
                continue
            before = self.text[quote.inner_start : cue.span[0]].rstrip()
            if not before.endswith(","):
                continue
            verb = doc[cue.token]
            subject = subject_of(verb, doc[cue.end_token]) or self.inverted_subject(verb)
            tail = cue.span[1]
            if subject is not None and subject.idx >= cue.span[1]:
                tail = max(tail, mention_span(subject)[1])
            rest = self.text[tail : quote.inner_end]
            stripped = rest.lstrip()
            if not stripped or stripped[0] not in ",.;":
                continue
            first = trim_span(self.text, quote.inner_start, cue.span[0])
            second_start = tail + (len(rest) - len(stripped)) + 1
            second = trim_span(self.text, second_start, quote.inner_end, keep_final=True)
            if second[1] - second[0] < 2:
                return None
            return cue, subject, first, second
        return None

    def _direct(
        self, span: Span, method: str, cue: Cue, subject: Token | None, kind: str = "direct"
    ) -> FoundStatement:
        mention = mention_span(subject) if subject is not None else None
        return self.found(span, method, cue, mention, kind=kind)

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
                if any(c.dep_ == "aux:pass" for c in verb.children):
                    return None  # "« … » a été interpellé": a passive is narration
                subject = subject_of(verb, doc[cue.end_token])
                if subject is None or subject.idx < quote.end:
                    # The parser may make the quotation itself the subject.
                    subject = self.inverted_subject(verb)
                return cue, subject
            if t.text in self.grammar.sentence_ends or t.text in self.marks.all:
                return None
            if not (
                t.is_punct
                or t.is_space
                or t.dep_.startswith("aux")
                or t.pos_ in {"ADV", "AUX"}
                or t.lower_ in self.grammar.incise_clitics
            ):
                return self.inverted_incise(quote, t)
            k += 1
            steps += 1
        return None

    def inverted_incise(self, quote: Quote, verb: Token) -> tuple[Cue, Token | None] | None:
        """ "« … », a tonné le maire" / "« … » a-t-il réagi": a verb outside the cue lexicon
        whose subject follows it is still an incise.

        Narration puts the subject first; after a quotation, a finite verb followed by its
        own subject (a glued "-il" or a name, a pronoun, a person noun) is the writer's
        attribution, whatever the verb ("pester", "tacler", "réagir"). A passive or a bare
        participle ("« … », joué par …") is not one.
        """
        if verb.pos_ != "VERB" or any(c.dep_ == "aux:pass" for c in verb.children):
            return None
        doc = self.doc
        first = doc[self.token_at(quote.end).i]
        if first.idx < quote.end:
            first = doc[first.i + 1]
        between = self.text[quote.end : verb.idx]
        finite = "Fin" in verb.morph.get("VerbForm") or any(
            doc[k].pos_ == "AUX" and not doc[k].dep_.startswith("aux:pass")
            for k in range(first.i, verb.i)
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
            if subject is None or subject.i <= last.i or not is_person_or_body(subject):
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

    def cue_before(self, quote: Quote) -> tuple[Cue, Token | None, str] | None:
        """ "X a déclaré : « … »" or "X a déclaré que « … »"."""
        doc = self.doc
        first = self.token_at(quote.start)
        s_start, _ = sentence_bounds(doc, first)
        k = first.i - 1
        while k >= s_start and doc[k].is_space:
            k -= 1
        if k < s_start:
            return None
        marker = doc[k]
        if marker.text == ":":
            method = "preposed"
        elif marker.lower_ in self.grammar.complementizers:
            method = "que_quote"
        else:
            return None
        for j in range(k - 1, s_start - 1, -1):
            cue = self.cue_at.get(j)
            if cue is not None and cue.kind == "verb" and cue.end_token < k:
                verb = doc[cue.token]
                subject = subject_of(verb, doc[cue.end_token])
                if subject is None:
                    continue
                return cue, subject, method
            if doc[j].text in self.marks.all:
                return None
        return None

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
        """A quote that opens its sentence, or follows a colon or a dash ("Titre : « … »"),
        rather than ending a clause of narration."""
        line_start = self.text.rfind("\n", 0, quote.start) + 1
        before = self.text[line_start : quote.start].rstrip()
        return self._stands_alone(quote) or before[-1:] in {":", "—", "–", "-"}

    def _stands_alone(self, quote: Quote) -> bool:
        """A quote that opens its sentence (or paragraph) rather than sitting in narrative."""
        line_start = self.text.rfind("\n", 0, quote.start) + 1
        before = self.text[line_start : quote.start].rstrip()
        return (
            not before
            or before[-1] in self.grammar.sentence_ends
            or before[-1] in self.marks.sentence_closers
        )
