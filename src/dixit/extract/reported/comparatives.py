"""Reporting clauses opened by a comparative: "…, comme il l'a déclaré", "…, comme
l'explique X : « … »".

The clause points back with a clitic ("l'", "le": ``Grammar.clause_clitics``) at the words
it attributes; :meth:`~.postposed.PostposedClauses.postposed` takes the order where the
subject follows the verb ("…, comme l'a dit X."). Here, the two other orders of real copy:
the subject before the clitic, and a subject after the verb that a colon and a quotation
follow, the quotation being that subject's words.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from dixit.extract.context import ArticleContext
from dixit.extract.cues import Cue
from dixit.extract.extensions import FoundStatement
from dixit.extract.syntax import trim_span
from dixit.lang import get_language
from dixit.model import ExtractionRule, Span

#: Longest subject between the comparative and its clitic ("comme la ministre de la Santé l'a").
_MAX_SUBJECT_WORDS = 8


@lru_cache(maxsize=4)
def _time_words(language: str) -> frozenset[str]:
    return frozenset(get_language(language).lexicon("sources").get("not_sources", []))


class ComparativeIncises(ArticleContext):
    """ "…, comme X l'a déclaré", "…, comme l'explique X : « … »"."""

    def comparative_incise(self, cue: Cue, verb: Token, last: Token) -> FoundStatement | None:
        if not cue.incise or cue.intention_infinitive or cue.negated:
            return None
        opening = self._comparative_before(cue)
        if opening is None:
            return None
        comparative, clitic = opening
        if comparative.i + 1 < clitic.i:
            return self._subject_before_the_clitic(cue, verb, last, comparative, clitic)
        return self._quotation_after_the_subject(cue, last, comparative)

    def _comparative_before(self, cue: Cue) -> tuple[Token, Token] | None:
        """The comparative after a comma and the first clitic of the clause it opens: the
        clitics right before the cue, one of them standing for the clause ("l'", "le"), and
        before them at most a subject's words."""
        doc = self.doc
        first = self.token_at(cue.span[0])
        k = first.i - 1
        clitics = self.grammar.clause_clitics | self.grammar.incise_object_clitics
        points_back = False
        while k > 0 and doc[k].lower_ in clitics:
            points_back = points_back or doc[k].lower_ in self.grammar.clause_clitics
            k -= 1
        if not points_back:
            return None  # "…, comme il a tenu sa promesse": no clause pointed back to
        clitic = doc[k + 1]
        for j in range(k, max(0, k - _MAX_SUBJECT_WORDS) - 1, -1):
            token = doc[j]
            if token.lower_ in self.grammar.incise_comparatives:
                if j == 0 or doc[j - 1].text != ",":
                    return None
                return token, clitic
            if token.is_punct or token.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"}:
                return None
        return None

    def _words_before(self, verb: Token, comparative: Token) -> Span | None:
        """The words the clause points back to: the written sentence before the comma of the
        comparative, after a colon of narration ("Canicule : la vague …, comme l'a dit X")."""
        doc = self.doc
        s_start, _ = self.written_sentence(verb.i)
        before = [t for t in doc[s_start : comparative.i - 1] if not t.is_space]
        colons = [k for k, t in enumerate(before) if t.text == ":" and not self.in_quote(t.idx)]
        if colons:
            before = before[colons[-1] + 1 :]
        if len(before) < 3 or not (
            self.has_quote(self.span_of(before[0], before[-1]))
            or any(t.pos_ in {"VERB", "AUX"} for t in before)
        ):
            return None
        return self.span_of(before[0], before[-1], keep_final=before[-1].text in self.marks.all)

    def _subject_before_the_clitic(
        self, cue: Cue, verb: Token, last: Token, comparative: Token, clitic: Token
    ) -> FoundStatement | None:
        """ "…, comme il l'a déclaré lors de son discours", "…, comme Paul Roy l'a
        rappelé": the words between the comparative and the clitic are the speaker."""
        subject = [t for t in self.doc[comparative.i + 1 : clitic.i] if not t.is_space]
        if not any(t.pos_ in {"PRON", "PROPN", "NOUN"} for t in subject):
            return None
        if not self._only_adjuncts_after(verb, last):
            return None  # "…, comme il l'a répété ses chiffres": not the clause's report
        span = self._words_before(verb, comparative)
        if span is None:
            return None
        mention = trim_span(self.text, subject[0].idx, subject[-1].idx + len(subject[-1]))
        return self.found(span, ExtractionRule.POSTPOSED, cue, mention)

    def _only_adjuncts_after(self, verb: Token, last: Token) -> bool:
        """Up to a comma or the sentence's end after the cue: no finite verb and no object
        but a word of time the parser took for one ("l'a rappelé samedi")."""
        _, end = self.written_sentence(verb.i)
        time_words = _time_words(self.language)
        for t in self.doc[last.i + 1 : end]:
            if t.text in {",", ";", ":"} or t.text in self.grammar.sentence_ends:
                return True
            if "Fin" in t.morph.get("VerbForm"):
                return False
            if (
                t.head.i == verb.i
                and t.dep_ in self.grammar.object_labels
                and not (t.like_num or t.lower_ in time_words)
            ):
                return False
        return True

    def _quotation_after_the_subject(
        self, cue: Cue, last: Token, comparative: Token
    ) -> FoundStatement | None:
        """ "Un moment important, comme l'explique la maire, Claire Roy : « … »": a colon
        after the verb's subject announces a quotation, which is the subject's words (the
        clause before the comparative only introduces them)."""
        doc = self.doc
        _, s_end = self.written_sentence(last.i)
        colon = next((t for t in doc[last.i + 1 : min(s_end + 1, len(doc))] if t.text == ":"), None)
        if colon is None or colon.i <= last.i + 1:
            return None
        if any(t.pos_ in {"VERB", "AUX"} for t in doc[last.i + 1 : colon.i]):
            return None
        after = colon.idx + 1
        while after < len(self.text) and self.text[after] == " ":
            after += 1
        quote = self.quote_opening_at.get(after)
        if quote is None:
            return None
        mention = trim_span(self.text, doc[last.i + 1].idx, colon.idx)
        return self.found(
            (quote.inner_start, quote.inner_end),
            ExtractionRule.PREPOSED,
            cue,
            mention,
            kind="direct",
        )
