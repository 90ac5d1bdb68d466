"""Attribution: turn quotes, cues and the parse into statements.

Constructions, in the order they are tried (``FoundStatement.method`` names each):

``que`` / ``infinitive`` / ``object`` / ``colon_text``
    a reporting verb with its complement: "X a déclaré que …", "X a exclu d'envoyer …",
    "X n'a pas exclu l'envoi de …", "X a prévenu : la réforme …";
``preposition``
    "selon X, …", "d'après X, …", sentence-initial "pour X, …";
``incise`` / ``preposed`` / ``que_quote``
    a quotation with its cue after it ("« … », a déclaré X"), before it ("X a déclaré :
    « … »"), or introduced by "que";
``headline``
    a headline "X : « … »" or "X : …";
``floating``
    a quotation with no cue of its own that follows a statement: same speaker.

Content spans are the exact characters of what was said; for direct speech the marks are
left out, for mixed speech the marks inside the clause are kept.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Token

from dixit.extract.cues import Cue
from dixit.extract.extensions import FoundStatement, register_extensions
from dixit.extract.quotes import Quote
from dixit.extract.syntax import (
    inverted_pronoun,
    is_person_or_body,
    is_source,
    mention_span,
    sentence_bounds,
    subject_of,
    trim_span,
)
from dixit.model import Span

_QUE = {"que", "qu'", "qu’"}
_REFLEXIVE = {"se", "s'", "s’"}
_INF_MARKS = {"de", "d'", "d’", "à"}
_SENT_END = {".", "!", "?", "…"}
_QUOTE_MARKS = {"«", "»", '"', "“", "”", "„", "‹", "›"}
#: Methods by priority when two statements claim the same words.
_PRIORITY = (
    "headline",
    "que",
    "infinitive",
    "que_quote",
    "incise",
    "preposed",
    "postposed",
    "object",
    "attribute",
    "colon_text",
    "preposition",
    "floating",
)
MIN_QUOTE_WORDS = 4
_CONTRAST = {
    "mais",
    "tandis",
    "alors",
    "cependant",
    "pourtant",
    "toutefois",
    "néanmoins",
    "selon",
    "d'",
    "d’",
    "après",
    "avant",
    "afin",
    "lors",
}
#: Constructions whose content may report someone else's words (a nested report).
_REPORTING = {"que", "infinitive", "object", "attribute", "colon_text", "que_quote", "preposition"}


class Attributor:
    """Pipeline component: stores ``FoundStatement`` objects on ``doc._.dixit_statements``."""

    def __init__(self, language: str = "fr", min_quote_words: int = MIN_QUOTE_WORDS) -> None:
        register_extensions()
        self.language = language
        self.min_quote_words = min_quote_words

    def __call__(self, doc: Doc) -> Doc:
        doc._.dixit_statements = _Attribution(doc, self.min_quote_words).run()
        return doc


@Language.factory(
    "dixit_attribution",
    default_config={"language": "fr", "min_quote_words": MIN_QUOTE_WORDS},
    assigns=["doc._.dixit_statements"],
    requires=["doc._.dixit_quotes", "doc._.dixit_cues", "token.dep"],
)
def make_attributor(nlp: Language, name: str, language: str, min_quote_words: int) -> Attributor:
    return Attributor(language, min_quote_words)


class _Attribution:
    """One article's attribution pass; holds the indexes the rules share."""

    def __init__(self, doc: Doc, min_quote_words: int) -> None:
        self.doc = doc
        self.text = doc.text
        self.quotes: list[Quote] = doc._.dixit_quotes or []
        self.cues: list[Cue] = doc._.dixit_cues or []
        self.min_quote_words = min_quote_words
        self.starts = [t.idx for t in doc]
        self.breaks = [i for i, ch in enumerate(self.text) if ch == "\n"]
        self.cue_at = {c.token: c for c in self.cues}

    # -- indexes -------------------------------------------------------------------
    def token_at(self, char: int) -> Token:
        i = max(0, bisect.bisect_right(self.starts, char) - 1)
        return self.doc[min(i, len(self.doc) - 1)]

    def paragraph_of(self, char: int) -> int:
        return bisect.bisect_right(self.breaks, char)

    def in_quote(self, start: int, end: int | None = None) -> Quote | None:
        end = start + 1 if end is None else end
        for q in self.quotes:
            if q.inner_start <= start and end <= q.inner_end:
                return q
        return None

    def span_of(self, first: Token, last: Token, keep_final: bool = False) -> Span:
        return trim_span(self.text, first.idx, last.idx + len(last.text), keep_final)

    # -- main ----------------------------------------------------------------------
    def run(self) -> list[FoundStatement]:
        if not len(self.doc):
            return []
        found: list[FoundStatement] = []
        for cue in self.cues:
            if self.in_quote(cue.span[0], cue.span[1]):
                continue
            statement = (
                self.from_preposition(cue) if cue.kind == "preposition" else self.from_verb(cue)
            )
            if statement is not None:
                found.append(statement)
        found.extend(self.from_headline())
        for quote in self.quotes:
            found.extend(self.from_quote(quote, found))
        found = self.resolve_overlaps(found)
        return self.link(found)

    # -- reporting verbs -------------------------------------------------------------
    def from_verb(self, cue: Cue) -> FoundStatement | None:
        doc = self.doc
        verb = doc[cue.token]
        last = doc[cue.end_token] if cue.end_token >= 0 else verb
        postposed = self.postposed(cue, verb, last)
        if postposed is not None:
            return postposed
        subject = subject_of(verb, last)
        if subject is None:
            return None
        content = (
            self.que_clause(verb, last)
            or self.infinitive(verb)
            or self.reflexive_attribute(verb)
            or self.nominal_object(
                verb, quoted_only=not (cue.takes_object and is_person_or_body(subject))
            )
        )
        method = None
        if content is not None:
            method, span = content
        else:
            colon = self.colon_text(last)
            if colon is None:
                return None
            method, span = "colon_text", colon
        if span[1] - span[0] < 2:
            return None
        kind = "mixed" if self.has_quote(span) else "indirect"
        return FoundStatement(
            kind=kind,
            content=span,
            method=method,
            cue=cue.span,
            cue_lemma=cue.lemma,
            polarity="negated" if cue.negated else "affirmed",
            mention=mention_span(subject),
        )

    def postposed(self, cue: Cue, verb: Token, last: Token) -> FoundStatement | None:
        """ "Le musée rendra les masques, a annoncé sa directrice." -- the cue after the words.

        The verb has no complement of its own, its subject follows it, and the sentence
        ends right after that subject.
        """
        if not cue.incise or self.que_clause(verb, last) or self.infinitive(verb):
            return None
        doc = self.doc
        first = self.token_at(cue.span[0])
        if first.i == 0 or doc[first.i - 1].text != ",":
            return None
        s_start, _ = sentence_bounds(doc, verb)
        before = [t for t in doc[s_start : first.i - 1] if not t.is_space]
        if len(before) < 4 or before[-1].text in _QUOTE_MARKS or before[0].text in _QUOTE_MARKS:
            return None
        if not any(
            "Fin" in t.morph.get("VerbForm") and not t.dep_.startswith("acl") for t in before
        ):
            return None  # no clause of its own ("X, qui porte le projet, a déploré …")
        if before[0].i in self.cue_at:
            return None  # "Selon X, …" already attributes these words
        subject = self._inverted_subject(verb)
        if subject is None or subject.i < verb.i:
            return None
        mention = mention_span(subject)
        rest = self.text[mention[1] : self.text.find("\n", mention[1]) % (len(self.text) + 1)]
        if rest.strip() and rest.lstrip()[0] not in ".,;!?":
            return None
        span = self.span_of(before[0], before[-1])
        return FoundStatement(
            kind="mixed" if self.has_quote(span) else "indirect",
            content=span,
            method="postposed",
            cue=cue.span,
            cue_lemma=cue.lemma,
            polarity="negated" if cue.negated else "affirmed",
            mention=mention,
        )

    def que_clause(self, verb: Token, last: Token) -> tuple[str, Span] | None:
        doc = self.doc
        _, s_end = sentence_bounds(doc, verb)
        # The clause's own "que", found through the parse first, then by position.
        for child in verb.children:
            if child.dep_ in {"ccomp", "obj", "xcomp", "advcl", "acl"} and child.i > verb.i:
                marks = [m for m in child.children if m.lower_ in _QUE and m.i < child.i]
                if marks and marks[0].i > last.i and self._only_adjuncts(last.i + 1, marks[0].i):
                    return "que", self.clause_span(verb, marks[0], child, s_end)
        for k in range(last.i + 1, min(s_end, last.i + 12)):
            t = doc[k]
            if t.lower_ in _QUE and t.pos_ in {"SCONJ", "PRON"}:
                if not self._only_adjuncts(last.i + 1, k):
                    return None
                between = doc[last.i + 1 : k]
                if any(b.dep_ == "obj" or b.text in _QUOTE_MARKS for b in between):
                    return None  # "des chiffres meilleurs que prévu": a comparison
                head = t.head if t.head.i > t.i else doc[min(k + 1, s_end - 1)]
                return "que", self.clause_span(verb, t, head, s_end)
            if t.text in _SENT_END or (k in self.cue_at and self.cue_at[k].kind == "verb"):
                return None
        return None

    def _only_adjuncts(self, start: int, end: int) -> bool:
        """Between a verb and its "que": adverbials, not another clause."""
        for t in self.doc[start:end]:
            if t.pos_ in {"VERB"} and t.dep_ not in {"acl", "amod"}:
                return False
            if t.text in _SENT_END or t.text == ":":
                return False
        return True

    def clause_span(self, verb: Token, mark: Token, clause: Token, s_end: int) -> Span:
        """From after "que" to the end of the clause."""
        end = self.complement_end(max(t.i for t in clause.subtree), mark.i, s_end)
        return self.span_of(
            self.doc[mark.i + 1], self.doc[end], keep_final=self.doc[end].text in _QUOTE_MARKS
        )

    def complement_end(self, end: int, start: int, s_end: int) -> int:
        """Where a reported complement ends.

        The parse often attaches the tail of a long clause to the reporting verb, so the
        complement runs on to the end of its sentence unless a boundary comes first: a
        semicolon or dash, a contrastive connective after a comma ("…, mais …"), an
        attribution ("…, selon lui"), or a new reporting clause with its own subject.
        """
        doc = self.doc
        end = min(end, s_end - 1)
        k = end + 1
        while k < s_end and not self._is_boundary(k):
            k += 1
        end = max(end, k - 1)
        for j in range(start + 2, end + 1):
            cue = self.cue_at.get(j)
            if cue is not None and (cue.kind == "preposition" or subject_of(doc[j]) is not None):
                cut = self._coordination_start(start, j)
                if cut is not None:
                    end = cut
                    break
        end = self._extend_to_closing_quote(end, s_end)
        while end > start and (doc[end].is_space or doc[end].text in {",", ";", ".", ":"}):
            end -= 1
        return end

    def _is_boundary(self, k: int) -> bool:
        doc = self.doc
        t = doc[k]
        if t.text in {";", "—", "–"}:
            return True
        if t.text == "," and k + 1 < len(doc):
            nxt = doc[k + 1]
            after = doc[k + 2] if k + 2 < len(doc) else None
            if after is not None and after.lower_ in _QUE:
                return False  # "…, mais qu'il …": the same report goes on
            if nxt.lower_ in _CONTRAST or (k + 1) in self.cue_at:
                return True
            if nxt.lower_ in {"tout", "en"} and any(
                "Part" in d.morph.get("VerbForm") for d in doc[k + 2 : k + 4]
            ):
                return True  # "…, tout en rappelant que …": a new report by the same speaker
        return False

    def _coordination_start(self, start: int, cue_token: int) -> int | None:
        """Before "…, mais il a souligné" or "… et la ministre a ajouté": the last content token."""
        doc = self.doc
        k = cue_token - 1
        steps = 0
        while k > start and steps < 8:
            t = doc[k]
            if t.lower_ in _QUE:
                return None  # "…, mais qu'elle demanderait …": the same report goes on
            if t.pos_ == "CCONJ" or t.text in {",", ";"} or t.lower_ in _CONTRAST:
                while k > start and (doc[k].pos_ == "CCONJ" or doc[k].is_punct):
                    k -= 1
                return k
            if t.pos_ in {"VERB"} and k != cue_token:
                return None
            k -= 1
            steps += 1
        return None

    def _extend_to_closing_quote(self, end: int, s_end: int) -> int:
        """Keep a quote that the clause opens whole, up to its closing mark."""
        doc = self.doc
        char = doc[end].idx
        for q in self.quotes:
            if q.start < char < q.end - 1:
                closing = self.token_at(q.end - 1)
                if closing.i < s_end + 1:
                    return max(end, closing.i)
        return end

    def infinitive(self, verb: Token) -> tuple[str, Span] | None:
        for child in verb.children:
            perfect = any(
                a.dep_.startswith("aux") and "Inf" in a.morph.get("VerbForm")
                for a in child.children
            )
            if child.i <= verb.i or not ("Inf" in child.morph.get("VerbForm") or perfect):
                continue
            if child.dep_ not in {"xcomp", "obj", "ccomp", "advcl", "obl:arg", "acl"}:
                continue
            marks = [m for m in child.children if m.lower_ in _INF_MARKS and m.i < child.i]
            if not marks:
                # A bare infinitive: "a démenti avoir …", "assure n'avoir « pas tremblé »".
                if child.dep_ not in {"xcomp", "ccomp", "obj"}:
                    continue
                marks = [
                    min((t for t in child.lefts if t.i > verb.i), key=lambda t: t.i, default=child)
                ]
            if not self._only_adjuncts(verb.i + 1, marks[0].i):
                continue
            _, s_end = sentence_bounds(self.doc, verb)
            end = self.complement_end(max(t.i for t in child.subtree), marks[0].i, s_end)
            return "infinitive", self.span_of(marks[0], self.doc[end])
        return None

    def reflexive_attribute(self, verb: Token) -> tuple[str, Span] | None:
        """ "X s'est dit « prêt à discuter »", "X s'est montrée favorable à …": a stance."""
        if not any(c.lower_ in _REFLEXIVE for c in verb.children if c.i < verb.i):
            return None
        for child in verb.children:
            if (
                child.i > verb.i
                and child.pos_ in {"ADJ", "NOUN"}
                and child.dep_
                in {
                    "xcomp",
                    "advmod",
                    "obj",
                    "amod",
                }
            ):
                _, s_end = sentence_bounds(self.doc, verb)
                first = min(child.left_edge.i, child.i)
                if first > 0 and self.doc[first - 1].text in {"«", "“", '"'}:
                    first -= 1
                end = self.complement_end(max(t.i for t in child.subtree), first, s_end)
                span = self.span_of(self.doc[first], self.doc[end], keep_final=True)
                if not self.has_quote(span) and not any(
                    c.dep_ in {"obl:arg", "obl:mod", "xcomp", "nmod", "acl"} for c in child.children
                ):
                    return None  # "s'est montré plus sévère": a manner, not a stated position
                return "attribute", span
        return None

    def nominal_object(self, verb: Token, quoted_only: bool = False) -> tuple[str, Span] | None:
        """The object noun phrase; with ``quoted_only``, only one that quotes the speaker
        ("a salué un engagement « historique »")."""
        for child in verb.children:
            if child.dep_ == "obj" and child.i > verb.i and child.pos_ in {"NOUN", "PROPN"}:
                if quoted_only and not self.has_quote(
                    (child.left_edge.idx, child.right_edge.idx + len(child.right_edge))
                ):
                    continue
                _, s_end = sentence_bounds(self.doc, verb)
                tokens = [t for t in child.subtree if t.i < s_end]
                first = min(t.i for t in tokens)
                # "a annoncé lundi la suspension": a time word is no part of the object.
                while (
                    first < child.i
                    and not is_source(self.doc[first])
                    and (self.doc[first].pos_ in {"NOUN", "ADV", "PUNCT"})
                ):
                    first += 1
                if first > 0 and self.doc[first - 1].text in {"«", "“", '"'}:
                    first -= 1  # keep the opening mark of a quoted object
                last = self.complement_end(max(t.i for t in tokens), first, s_end)
                if last - first < 1:
                    return None
                return "object", self.span_of(self.doc[first], self.doc[last])
        return None

    def colon_text(self, last: Token) -> Span | None:
        """ "X a prévenu : la réforme passera." -- an unquoted statement after a colon."""
        doc = self.doc
        _, s_end = sentence_bounds(doc, last)
        for k in range(last.i + 1, min(s_end, last.i + 8)):
            if doc[k].text == ":":
                rest = [t for t in doc[k + 1 : s_end] if not t.is_space]
                if not rest or rest[0].text in _QUOTE_MARKS:
                    return None
                if not any(t.pos_ in {"VERB", "AUX"} for t in rest):
                    return None
                return self.span_of(rest[0], rest[-1])
            if doc[k].text in _SENT_END:
                return None
        return None

    def has_quote(self, span: Span) -> bool:
        return any(span[0] <= q.start < span[1] or span[0] < q.end <= span[1] for q in self.quotes)

    # -- "selon X" ---------------------------------------------------------------------
    def from_preposition(self, cue: Cue) -> FoundStatement | None:
        doc = self.doc
        prep_last = doc[cue.end_token]
        if prep_last.i + 1 >= len(doc):
            return None
        head = next(
            (
                t
                for t in doc[prep_last.i + 1 : prep_last.i + 6]
                if t.pos_ in {"NOUN", "PROPN", "PRON"}
            ),
            None,
        )
        if head is None or not is_source(head):
            return None
        if cue.sentence_initial and not is_person_or_body(head):
            return None
        mention = mention_span(head)
        s_start, s_end = sentence_bounds(doc, doc[cue.token])
        phrase_end = self.token_at(mention[1] - 1).i
        before = [t for t in doc[s_start : cue.token] if not t.is_space]
        after = [t for t in doc[phrase_end + 1 : s_end] if not t.is_space]
        while after and after[0].text in {",", ")"}:
            after.pop(0)
        lead = all(t.pos_ in {"CCONJ", "ADV", "PUNCT"} for t in before)
        if lead and len(after) >= 3:
            span = self.span_of(after[0], after[-1])
        elif len(before) >= 3 and (not after or all(t.is_punct for t in after)):
            span = self.span_of(before[0], before[-1])
        else:
            return None
        if not any(
            t.pos_ in {"VERB", "AUX"}
            for t in self.doc.char_span(*span, alignment_mode="expand") or []
        ):
            return None
        whole = next(
            (
                q
                for q in self.quotes
                if q.start <= span[0] + 1 and span[1] - 1 <= q.end <= span[1] + 1
            ),
            None,
        )
        if whole is not None:
            # "« … », selon le préfet": the whole quotation is the source's own words.
            return FoundStatement(
                kind="direct",
                content=(whole.inner_start, whole.inner_end),
                method="preposition",
                cue=cue.span,
                cue_lemma=cue.lemma,
                mention=mention,
            )
        return FoundStatement(
            kind="mixed" if self.has_quote(span) else "indirect",
            content=span,
            method="preposition",
            cue=cue.span,
            cue_lemma=cue.lemma,
            mention=mention,
        )

    # -- headlines ---------------------------------------------------------------------
    def from_headline(self) -> Iterable[FoundStatement]:
        doc = self.doc
        first_line_end = self.breaks[0] if self.breaks else len(self.text)
        line = self.text[:first_line_end].rstrip()
        if not line or line.endswith(".") or ":" not in line:
            return []
        colon = line.index(":")
        left = doc.char_span(0, colon, alignment_mode="contract")
        if left is None or not 0 < len(left) <= 12 or any(t.pos_ == "VERB" for t in left):
            return []
        names_source = any(e.label_ in {"PER", "ORG"} for e in left.ents) or any(
            t.pos_ != "PROPN" and is_person_or_body(t) and not t.is_sent_start for t in left
        )
        if not names_source:
            return []
        start, end = trim_span(self.text, colon + 1, len(line), keep_final=True)
        if end - start < 3 or not self.has_quote((start, end)):
            return []
        if any(c.kind == "verb" and start <= c.span[0] < end for c in self.cues):
            return []  # "Lieu : X promet de « … »": the reporting verb attributes it
        whole = next((q for q in self.quotes if q.start == start and q.end == end), None)
        if whole is not None:
            kind, span = "direct", (whole.inner_start, whole.inner_end)
        else:
            kind, span = ("mixed" if self.has_quote((start, end)) else "indirect"), (start, end)
        mention = trim_span(self.text, left.start_char, left.end_char)
        return [
            FoundStatement(
                kind=kind,
                content=span,
                method="headline",
                cue=(colon, colon + 1),
                cue_lemma=":",
                mention=mention,
            )
        ]

    # -- quotations ----------------------------------------------------------------------
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
            while piece[0] < piece[1] and self.text[piece[0]] in _QUOTE_MARKS:
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
            subject = subject_of(verb, doc[cue.end_token]) or self._inverted_subject(verb)
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
        return FoundStatement(
            kind=kind,  # type: ignore[arg-type]
            content=span,
            method=method,
            cue=cue.span,
            cue_lemma=cue.lemma,
            polarity="negated" if cue.negated else "affirmed",
            mention=mention_span(subject) if subject is not None else None,
        )

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
                subject = subject_of(verb, doc[cue.end_token])
                if subject is None or subject.idx < quote.end:
                    # The parser may make the quotation itself the subject.
                    subject = self._inverted_subject(verb)
                return cue, subject
            if t.text in _SENT_END or t.text in _QUOTE_MARKS:
                return None
            if not (
                t.is_punct
                or t.is_space
                or t.dep_.startswith("aux")
                or t.pos_ in {"ADV", "AUX"}
                or t.lower_
                in {"ne", "n'", "n’", "-t", "-il", "-elle", "-ils", "-elles", "se", "s'", "s’"}
            ):
                return None
            k += 1
            steps += 1
        return None

    def _inverted_subject(self, verb: Token) -> Token | None:
        """The first noun phrase after an incise verb ("…, a dit le maire.")."""
        pronoun = inverted_pronoun(verb, verb)
        if pronoun is not None:
            return pronoun
        doc = self.doc
        for t in doc[verb.i + 1 : min(len(doc), verb.i + 8)]:
            if t.text in _SENT_END or (t.is_space and "\n" in t.text):
                return None
            if t.pos_ in {"PROPN", "NOUN"} and is_source(t):
                if any(c.dep_ == "case" for c in t.children):
                    continue  # "a déclaré à la presse le ministre": a complement
                head = t
                while head.dep_ in {"flat:name", "amod", "nmod"} and head.head.i > verb.i:
                    head = head.head
                return head
        return None

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
        elif marker.lower_ in _QUE:
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
            if doc[j].text in _QUOTE_MARKS:
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

    def _stands_alone(self, quote: Quote) -> bool:
        """A quote that opens its sentence (or paragraph) rather than sitting in narrative."""
        line_start = self.text.rfind("\n", 0, quote.start) + 1
        before = self.text[line_start : quote.start].rstrip()
        return not before or before[-1] in _SENT_END | {"»", '"', "”"}

    # -- clean-up ----------------------------------------------------------------------
    def resolve_overlaps(self, found: list[FoundStatement]) -> list[FoundStatement]:
        rank = {m: i for i, m in enumerate(_PRIORITY)}
        ordered = sorted(found, key=lambda s: (rank.get(s.method, len(rank)), s.content[0]))
        kept: list[FoundStatement] = []
        for s in ordered:
            if any(_same_words(s.content, k.content) and not _nested(s, k) for k in kept):
                continue
            kept.append(s)
        return sorted(kept, key=lambda s: s.content)

    def link(self, found: list[FoundStatement]) -> list[FoundStatement]:
        """Floating quotes take their speaker's statement; nested reports get ``via``."""
        result: list[FoundStatement] = []
        for s in found:
            if s.method == "floating":
                previous = self._previous_for_floating(s, result)
                if previous is None:
                    continue
                s.previous = previous
            result.append(s)
        nested: set[int] = set()
        for i, s in enumerate(result):
            for j, outer in enumerate(result):
                if i != j and s.cue and outer.content[0] <= s.cue[0] < outer.content[1]:
                    if outer.method in _REPORTING and self._names_other_source(s):
                        s.via = j
                    else:
                        nested.add(i)
                    break
        if not nested:
            return result
        # Drop the inner ones and renumber the links of those kept.
        keep = [i for i in range(len(result)) if i not in nested]
        new_index = {old: new for new, old in enumerate(keep)}
        kept = [result[i] for i in keep]
        for s in kept:
            s.via = new_index.get(s.via) if s.via is not None else None
            s.previous = new_index.get(s.previous) if s.previous is not None else None
        return kept

    def _names_other_source(self, s: FoundStatement) -> bool:
        """A nested report counts when it names its own source, not "il" (the reporter)."""
        if s.mention is None:
            return False
        head = self.token_at(s.mention[0])
        return head.pos_ != "PRON" and not head.text.startswith("-")

    def _previous_for_floating(self, s: FoundStatement, before: list[FoundStatement]) -> int | None:
        if not before:
            return None
        prev = before[-1]
        gap = self.paragraph_of(s.content[0]) - self.paragraph_of(prev.content[0])
        if gap > 1:
            return None
        # Nothing but quotes and their incises between the two.
        between = self.text[prev.content[1] : s.content[0]]
        if gap == 1 and prev.method not in {"incise", "preposed", "floating", "que_quote"}:
            return None
        if len(between) > 200:
            return None
        return len(before) - 1


def _nested(a: FoundStatement, b: FoundStatement) -> bool:
    """One reports the other: its cue sits inside the other's content."""
    return any(
        x.cue is not None and y.content[0] <= x.cue[0] < y.content[1] for x, y in ((a, b), (b, a))
    )


def _same_words(a: Span, b: Span) -> bool:
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    if overlap <= 0:
        return False
    shorter = min(a[1] - a[0], b[1] - b[0])
    return overlap >= 0.5 * shorter
