"""What every attribution rule reads: the article's text, quotations, cues and indexes.

The rules live in mixins over :class:`ArticleContext`: :mod:`dixit.extract.reported`
(reporting verbs, "selon X", headlines) and :mod:`dixit.extract.quotations` (quotation
marks); :mod:`dixit.extract.attribution` runs them and settles overlaps.
"""

from __future__ import annotations

import bisect
import re

from spacy.attrs import IDX, IS_SPACE, ORTH
from spacy.tokens import Doc, Token

from dixit.extract.cues import Cue
from dixit.extract.extensions import FoundStatement, doc_text
from dixit.extract.interval_index import IntervalIndex, PointIndex, first_by_key
from dixit.extract.quotes import Quote, quote_marks
from dixit.extract.syntax import (
    grammar_of,
    inverted_pronoun,
    is_person_or_body,
    postposed_subject,
    trim_span,
)
from dixit.lang import get_language
from dixit.model import ExtractionRule, Span

MIN_QUOTE_WORDS = 4
_LINE_BREAK = re.compile("\n")


class ArticleContext:
    """One article's attribution pass: the indexes the rules share.

    ``language`` is the article's (by default its Doc's): the rules read its closed word
    classes from ``self.grammar``.
    """

    def __init__(
        self, doc: Doc, min_quote_words: int = MIN_QUOTE_WORDS, language: str | None = None
    ) -> None:
        self.doc = doc
        self.language = language or doc.lang_
        self.grammar = grammar_of(self.language)
        self.marks = quote_marks(self.language)
        #: verbs of speaking whose refusal is no statement ("n'a pas souhaité répondre")
        self.silence = frozenset(get_language(self.language).lexicon("cues").get("silence") or ())
        #: nouns of a view held by someone ("C'est l'avis du ministre"), cleft sentences
        self.opinion_nouns = frozenset(
            get_language(self.language).lexicon("cues").get("opinion_nouns") or ()
        )
        #: nouns that only name a topic as an object ("a évoqué ce sujet")
        self.topic_nouns = frozenset(
            get_language(self.language).lexicon("cues").get("topic_nouns") or ()
        )
        #: cues whose object always names a topic ("revient sur le match")
        self.topic_cues = frozenset(
            get_language(self.language).lexicon("cues").get("topic_cues") or ()
        )
        #: a cue's object nouns that make an idiom of action ("annoncer la couleur")
        self.idiom_objects: dict[str, frozenset[str]] = {
            lemma: frozenset(nouns)
            for lemma, nouns in (
                get_language(self.language).lexicon("cues").get("idiom_objects") or {}
            ).items()
        }
        #: verbs of saying whose reflexive form takes a bare attribute ("s'est dite confiante")
        self.reflexive_speech = frozenset(
            get_language(self.language).lexicon("cues").get("reflexive_speech") or ()
        )
        #: fewest words of a bare object statement ("denied wrongdoing" in English)
        self.min_object_words = int(
            get_language(self.language).lexicon("cues").get("min_object_words") or 2
        )
        self.text = doc_text(doc)
        self.quotes: list[Quote] = doc._.dixit_quotes or []
        self.cues: list[Cue] = doc._.dixit_cues or []
        self.min_quote_words = min_quote_words
        self.starts: list[int] = doc.to_array(IDX).tolist() if len(doc) else []
        self.breaks = [m.start() for m in _LINE_BREAK.finditer(self.text)]
        self.cue_at = {c.token: c for c in self.cues}
        #: the quotations around a range of characters, marks included / words only
        self.quote_spans = IntervalIndex(self.quotes, lambda q: q.start, lambda q: q.end)
        self.quote_inners = IntervalIndex(
            self.quotes, lambda q: q.inner_start, lambda q: q.inner_end
        )
        self.quote_starts = PointIndex([q.start for q in self.quotes])
        self.quote_ends = PointIndex([q.end for q in self.quotes])
        #: a quotation's place in ``quotes`` (the first, for the same object twice)
        self.quote_position: dict[int, int] = {}
        for k, q in enumerate(self.quotes):
            self.quote_position.setdefault(id(q), k)
        #: the first quotation opening at a character
        self.quote_opening_at = first_by_key(self.quotes, lambda q: q.start)
        #: the first token of a verb cue, by the cue's last token, when it has several
        self.verb_cue_ending_at: dict[int, int] = {}
        for c in self.cues:
            if c.kind == "verb":
                known = self.verb_cue_ending_at.get(c.end_token)
                if known is None or c.token < known:
                    self.verb_cue_ending_at[c.end_token] = c.token
        #: ``que_clause``'s answers by (verb, last token of its cue)
        self.que_clauses: dict[tuple[int, int], tuple[str, Span] | None] = {}
        self._breaks: tuple[list[int], list[bool]] | None = None

    def token_at(self, char: int) -> Token:
        i = max(0, bisect.bisect_right(self.starts, char) - 1)
        return self.doc[min(i, len(self.doc) - 1)]

    def paragraph_of(self, char: int) -> int:
        return bisect.bisect_right(self.breaks, char)

    def in_quote(self, start: int, end: int | None = None) -> Quote | None:
        end = start + 1 if end is None else end
        return next(
            (
                q
                for q in self.quote_inners.around(end, start)
                if q.inner_start <= start and end <= q.inner_end
            ),
            None,
        )

    def span_of(self, first: Token, last: Token, keep_final: bool = False) -> Span:
        return trim_span(self.text, first.idx, last.idx + len(last.text), keep_final)

    def has_quote(self, span: Span) -> bool:
        return self.quote_starts.any_in(span[0], span[1], True, False) or self.quote_ends.any_in(
            span[0], span[1], False, True
        )

    def inverted_subject(self, verb: Token) -> Token | None:
        """The subject after an incise verb: a glued pronoun ("a-t-il dit") or the first noun
        phrase ("…, a dit le maire.")."""
        return inverted_pronoun(verb, verb) or postposed_subject(verb)

    def found(
        self,
        span: Span,
        method: ExtractionRule,
        cue: Cue,
        mention: Span | None,
        kind: str | None = None,
    ) -> FoundStatement:
        """A statement with its cue; by default mixed when the words hold a quotation."""
        if kind == "direct" and span[1] - span[0] > 1 and self.text[span[1] - 1] == ",":
            span = (span[0], span[1] - 1)  # '"We are ready," he said': the comma is narration
        return FoundStatement(
            kind=kind or ("mixed" if self.has_quote(span) else "indirect"),  # type: ignore[arg-type]
            content=span,
            method=method,
            cue=cue.span,
            cue_lemma=cue.lemma,
            polarity="negated" if cue.negated else "affirmed",
            mention=mention,
        )

    def subject_of_a_narrative_infinitive(self, verb: Token) -> Token | None:
        """ "Le procureur d'ajouter : « … »", "Et la maire de conclure que …": an infinitive
        after *de* (``narrative_infinitive_markers``) hung on the noun phrase that opens its
        sentence (at most a conjunction before it) has that phrase for its subject."""
        if "Inf" not in verb.morph.get("VerbForm") or verb.i == 0:
            return None
        if self.doc[verb.i - 1].lower_.rstrip("'’") + "'" not in {
            m.rstrip("'’") + "'" for m in self.grammar.narrative_infinitive_markers
        }:
            return None
        head = verb.head
        if verb.dep_ not in {"acl", "dep"} or head.i >= verb.i or not is_person_or_body(head):
            return None  # "Le temps de conclure : « … »" names no one
        start, _ = self.written_sentence(verb.i)
        before = [t for t in self.doc[start : head.left_edge.i] if not t.is_space]
        if not all(t.pos_ == "CCONJ" for t in before):
            return None
        between = self.doc[head.right_edge.i + 1 : verb.i - 1]
        if any(not (t.is_space or t.text in {"d", "'", "’"}) for t in between):
            return None
        return head

    def written_sentence(self, i: int) -> tuple[int, int]:
        """Token range of the sentence as written around token ``i``: from the last full stop
        (outside quotation marks) or line break before it to the next one.

        The parser's sentences sometimes break inside a clause ("11 communes sont …"); the
        punctuation does not.
        """
        breaks, line_breaks = self._written_breaks()
        k = bisect.bisect_left(breaks, i)  # the first break at or after ``i``
        start = breaks[k - 1] + 1 if k > 0 else 0
        if k == len(breaks):
            return start, len(self.doc)
        # A line break is left out of the sentence it ends, a full stop kept in it.
        return start, breaks[k] if line_breaks[k] else breaks[k] + 1

    def _written_breaks(self) -> tuple[list[int], list[bool]]:
        """The tokens that end a written sentence (a space holding a line break, a full stop
        outside quotation marks), in order, and whether each is a line break; read once per
        article from the Doc's arrays, without a Token object per word."""
        if self._breaks is None:
            doc, strings = self.doc, self.doc.vocab.strings
            ends = {strings.as_int(mark) for mark in self.grammar.sentence_ends}
            breaks: list[int] = []
            line_breaks: list[bool] = []
            rows = doc.to_array([IS_SPACE, ORTH, IDX]).tolist() if len(doc) else []
            for j, (space, orth, idx) in enumerate(rows):
                if space and "\n" in strings[orth]:
                    breaks.append(j)
                    line_breaks.append(True)
                elif (orth in ends and not self.in_quote(idx)) or self._closes_a_quoted_sentence(j):
                    breaks.append(j)
                    line_breaks.append(False)
            self._breaks = (breaks, line_breaks)
        return self._breaks

    def _closes_a_quoted_sentence(self, j: int) -> bool:
        """'… « jusqu'à 200 mm. » Ces pompiers sont …': the mark closing a quotation whose
        last sentence ended inside it, a capitalised word after it, ends the written
        sentence too ('« … . », a-t-il dit' and '« … . » a dit X' go on)."""
        doc = self.doc
        token = doc[j]
        if token.text not in self.marks.all or j < 1 or j + 1 >= len(doc):
            return False
        if doc[j - 1].text not in self.grammar.sentence_ends:
            return False
        closing = token.idx + len(token.text)
        if not self.quote_ends.any_in(closing, closing, True, True):
            return False
        following = doc[j + 1]
        return not following.is_space and following.text[:1].isupper()

    def name_by_position(self, cue: Cue) -> Token | None:
        """The subject a reporting verb has by its place when the parse gives it none.

        "… Christophe Castaner juge sévèrement …": a proper name just before the verb.
        "Paul Roy (PS) a fustigé …": the name before the brackets.
        "Jean Dupont, premier adjoint, notait : « … »": a name opening the sentence, with
        only comma-set appositions (no verb) between it and the verb, or only clitics and
        auxiliaries ("Lise Marnier lui a répondu").
        """
        first = self.token_at(cue.span[0])
        if first.i == 0:
            return None
        k = first.i - 1
        if self.doc[k].text == ")" and self.grammar.subject_by_position:
            # "Paul Roy (PS) a fustigé …": the party or the place in brackets is no name
            opening = next(
                (j for j in range(k - 1, max(-1, k - 8), -1) if self.doc[j].text == "("), None
            )
            if opening is None or opening == 0:
                return None
            k = opening - 1
        name = self.doc[k]
        if name.pos_ != "PROPN":
            return self.apposed_name(first)
        while name.dep_ == "flat:name" and name.head.i < name.i:
            name = name.head
        return name

    def apposed_name(self, verb: Token) -> Token | None:
        """The name opening the verb's sentence when only clitics, a comma-set apposition or
        a comma-set relative clause stand between them (the parse may hang that name
        elsewhere)."""
        doc = self.doc
        start = self.written_sentence(verb.i)[0]
        end = start
        if (
            self.grammar.subject_by_position
            and end + 1 < verb.i
            and doc[end].text[:1].isupper()
            and doc[end + 1].pos_ == "PROPN"
        ):
            end += 1  # a title before the name: "M. Roy, d'un ton sec, a répondu …"
        while end < verb.i and doc[end].pos_ == "PROPN":
            end += 1
        between = doc[end : verb.i]
        clitics = all(t.pos_ in {"PRON", "AUX", "ADV"} for t in between)
        apposed = (
            len(between) >= 2
            and between[0].text == ","
            and between[-1].text == ","
            and not any(t.pos_ in {"VERB", "AUX"} for t in between)
            # a quoted phrase inside the apposition ("avocat des victimes du « rôdeur »")
            and sum(t.text in self.marks.all for t in between) % 2 == 0
        )
        # "Paul Roy, qui dirige le service, estime …": a comma-set relative clause on it
        relative = (
            len(between) >= 3
            and between[0].text == ","
            and between[1].lower_ in self.grammar.relative_subjects
            and between[-1].text == ","
            and not any(t.text in self.marks.all for t in between)
        )
        if end == start or not (clitics or apposed or relative):
            return None
        return doc[start]
