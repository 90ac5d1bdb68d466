"""Finite complements of a cue: a "que" clause, a bare clause ("said the plan
failed"), an indirect question, the text after a colon.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from dixit.extract.context import ArticleContext
from dixit.extract.syntax import is_date_word, is_person_or_body, is_source, sentence_bounds
from dixit.lang import get_language
from dixit.model import ExtractionRule, Span


@lru_cache(maxsize=4)
def _content_nouns(language: str) -> frozenset[str]:
    """Nouns that name what is said or held ("forecast", "claim", "view"): the cue verbs
    used as nouns and the stance nouns of the cues lexicon."""
    cues = get_language(language).lexicon("cues")
    views = (cues.get("views") or {}).get("stance_nouns", [])
    return frozenset(cues.get("verbs", {})) | frozenset(views)


@lru_cache(maxsize=4)
def _addressed_verbs(language: str) -> frozenset[str]:
    """Cues whose object is the one addressed ("told reporters that …")."""
    return frozenset(get_language(language).lexicon("addressees").get("object_verbs", []))


@lru_cache(maxsize=4)
def _claim_nouns(language: str) -> frozenset[str]:
    """Nouns of a claim that take a clause of their own ("l'idée que …"): the sources
    lexicon's ``claims`` and the content nouns."""
    claims = get_language(language).lexicon("sources").get("claims") or ()
    return frozenset(claims) | _content_nouns(language)


class ClauseComplements(ArticleContext):
    """Finite complements of a cue and the text after its colon."""

    @property
    def claim_nouns(self) -> frozenset[str]:
        """Nouns that take a clause of their own ("l'idée que …", "la thèse que …")."""
        return _claim_nouns(self.language)

    @property
    def clause_labels(self) -> frozenset[str]:
        """Labels of a cue's complement that a complementizer may open."""
        return frozenset({"ccomp", "xcomp", "advcl", "acl"}) | self.grammar.object_labels

    def que_clause(self, verb: Token, last: Token) -> tuple[str, Span] | None:
        """The clause ``verb`` (its cue ending at ``last``) opens with a complementizer, and
        its rule; asked again of the same cue by several rules, found once."""
        key = (verb.i, last.i)
        if key not in self.que_clauses:
            self.que_clauses[key] = self._que_clause(verb, last)
        return self.que_clauses[key]

    def _que_clause(self, verb: Token, last: Token) -> tuple[str, Span] | None:
        doc = self.doc
        _, s_end = sentence_bounds(doc, verb)
        # The clause's own "que", found through the parse first, then by position.
        for child in verb.children:
            if child.dep_ in self.clause_labels and child.i > verb.i:
                marks = [
                    m
                    for m in child.children
                    if m.lower_ in self.grammar.complementizers and m.i < child.i
                ]
                if marks and self.relative_on_an_object(last, marks[0]):
                    return None  # "a fustigé le « mépris de l'État », qu'il juge …"
                if marks and marks[0].i > last.i and self.only_adjuncts(last.i + 1, marks[0].i):
                    noun = self.noun_object_before(verb, last, marks[0])
                    if noun is not None:
                        # "He said previous forecast that … no longer seemed a lot": the
                        # noun and its "that" clause open what he said
                        end = self.complement_end(max(t.i for t in child.subtree), noun.i, s_end)
                        first = noun.left_edge
                        return ExtractionRule.QUE, self.span_of(
                            first, doc[end], keep_final=doc[end].text in self.marks.all
                        )
                    return ExtractionRule.QUE, self.clause_span(verb, marks[0], child, s_end)
        for k in range(last.i + 1, min(s_end, last.i + 12)):
            t = doc[k]
            if t.lower_ in self.grammar.complementizers and t.pos_ in {"SCONJ", "PRON"}:
                if k + 1 >= s_end:
                    return None  # "Il a dit que" ending the text: nothing is reported
                if t.dep_ in self.grammar.compound_mark_labels:
                    return None  # "…, alors que la région s'inquiète": a conjunction's "que"
                if self.relative_object(t) or self.relative_on_an_object(last, t):
                    return None  # "réagit dans un entretien qu'elle accorde à …"
                if not self.only_adjuncts(last.i + 1, k):
                    return None
                between = doc[last.i + 1 : k]
                addressed = verb.lemma_.lower() in _addressed_verbs(self.language)
                if any(
                    (
                        b.dep_ in self.grammar.object_labels
                        # "a prévenu les élus qu'…": the one addressed, then the clause
                        and not (addressed and b.pos_ in {"NOUN", "PROPN"} and is_source(b))
                    )
                    or b.text in self.marks.all
                    or (b.lower_ in self.grammar.comparative_adverbs and b.head.pos_ == "ADJ")
                    for b in between
                ):
                    return None  # "des chiffres meilleurs que prévu": a comparison
                if self.grammar.subject_before_complementizer and any(
                    b.dep_ in self.grammar.subject_labels for b in between
                ):
                    return None  # "said previous forecasts that …": the bare clause's
                head = t.head if t.head.i > t.i else doc[min(k + 1, s_end - 1)]
                return ExtractionRule.QUE, self.clause_span(verb, t, head, s_end)
            if t.text in self.grammar.sentence_ends or (
                k in self.cue_at and self.cue_at[k].kind == "verb"
            ):
                return None
        return None

    def noun_object_before(self, verb: Token, last: Token, mark: Token) -> Token | None:
        """A common noun the parser makes the cue's object, between the cue and the "that"
        of a clause it also hangs on the cue ("said previous forecast that the number could
        reach …"), when the cue takes no one addressed as its object ("told reporters that"
        does: ``object_verbs`` of the addressees lexicon). English only
        (``subject_before_complementizer``)."""
        if not self.grammar.subject_before_complementizer:
            return None
        if verb.lemma_.lower() in _addressed_verbs(self.doc.lang_):
            return None
        contents = _content_nouns(self.doc.lang_)
        for b in self.doc[last.i + 1 : mark.i]:
            if (
                b.head.i == verb.i
                and b.dep_ in self.grammar.object_labels
                and b.pos_ == "NOUN"
                and b.lemma_.lower() in contents
            ):
                return b
        return None

    def relative_on_an_object(self, last: Token, mark: Token) -> bool:
        """ "a fustigé le « mépris de l'État », qu'il juge responsable …", "se réjouit de
        l'entretien que le président a accordé …": a "que" right after the cue's object noun
        (a thing, not someone addressed as in "a prévenu les élus que …"), opening a clause
        whose verb lacks its object, is a relative pronoun on that noun, though the parse
        makes it the complementizer of a clause on the cue. A noun of a claim ("l'idée
        que …") takes a clause of its own and is left to the clause rules."""
        doc = self.doc
        if mark.i <= last.i + 1 or mark.lower_ not in self.grammar.complementizers:
            return False
        before = mark.i - 1
        while before > last.i and (doc[before].text == "," or doc[before].text in self.marks.all):
            before -= 1
        nouns = [
            t
            for t in doc[last.i + 1 : before + 1]
            if t.pos_ == "NOUN"
            and t.head.i == last.i
            and (t.dep_ in self.grammar.object_labels or _de_complement(t))
            and any(d.dep_ == "det" and d.i < t.i for d in t.children)
            and max(d.i for d in t.subtree if d.i <= before) == before
        ]
        comma = doc[mark.i - 1].text == ","
        if not nouns or (is_person_or_body(nouns[0]) and not comma) or is_date_word(nouns[0]):
            return False  # "a prévenu les élus que …" addresses them; "…, qu'il a remerciés" not
        if nouns[0].lemma_.lower() in self.claim_nouns:
            return False
        clause = mark.head
        # the tagger may read the verb as a noun ("qu'il juge …"); its subject shows it
        verbal = clause.pos_ == "VERB" or (
            clause.pos_ == "NOUN"
            and any(c.dep_ in {"nsubj", "expl:subj"} and c.pos_ == "PRON" for c in clause.children)
        )
        return verbal and not any(
            # a passive or a copula needs no object: "a déclaré à la mi-journée que la loi
            # serait votée" is the cue's clause; the relative pronoun itself, which the parse
            # may make the object ("qu'elle a remerciée"), is none
            c.dep_ in {"aux:pass", "cop"}
            or (c.dep_ in self.grammar.object_labels and c.i != mark.i)
            or c.dep_ == "ccomp"
            or (c.dep_ == "xcomp" and c.pos_ != "ADJ")  # "qu'il juge responsable": its object's
            for c in clause.children
        )

    def relative_object(self, pronoun: Token) -> bool:
        """ "dans un entretien qu'elle accorde à la RTS": the parse makes the pronoun the
        object of a relative clause on the noun right before it, not a complementizer."""
        clause = pronoun.head
        noun = clause.head
        return (
            pronoun.pos_ == "PRON"
            and pronoun.dep_ in self.grammar.object_labels
            and clause.dep_.startswith("acl")
            and noun.pos_ == "NOUN"
            and noun.i == pronoun.i - 1
            # "a indiqué via un communiqué qu'il comptait porter plainte": a verb with a
            # complement clause of its own is the reported clause the parse misread
            and not any(c.dep_ in {"xcomp", "ccomp"} for c in clause.children)
            # "a prévenu les élus qu'elle ne signerait pas le budget": a clause with an
            # object of its own has no use for the pronoun; it is the reported clause
            and not any(
                c.dep_ in self.grammar.object_labels and c.i != pronoun.i and c.pos_ != "PRON"
                for c in clause.children
            )
        )

    def bare_clause(self, verb: Token, last: Token) -> tuple[str, Span] | None:
        """ "X said the plan had failed": a reported clause with no complementizer.

        Only in a language whose parser labels such a clause (``bare_clause_labels``); the
        clause has its own subject and follows the cue with nothing but adjuncts between.
        """
        if not self.grammar.bare_clause_labels:
            return None
        doc = self.doc
        # a cue of several words hangs its clause on its last word: "is convinced the …"
        heads = (verb,) if last.i == verb.i else (verb, last)
        for child in (c for head in heads for c in head.children):
            if child.dep_ not in self.grammar.bare_clause_labels or child.i <= last.i:
                continue
            if not any(c.dep_ in self.grammar.subject_labels for c in child.children):
                continue
            if child.pos_ not in {"VERB", "AUX"} and not any(
                c.pos_ == "AUX" for c in child.children
            ):
                continue  # "found it hard to sleep", "found himself alone": no clause told
            if any(
                c.dep_ == "mark" and c.lower_ not in self.grammar.complementizers
                for c in child.children
                if c.i < child.i
            ):
                continue  # "did not say whether …", "said before the vote began"
            first = child.left_edge
            if first.i <= last.i and (
                first.lower_ in self.grammar.relative_subjects
                or first.lower_ in self.grammar.free_relative_subjects
            ):
                # "payments that X said were made …", "what X said was a sign …": the
                # relative pronoun before the cue is the clause's subject; the words start
                # after the cue.
                first = next((t for t in child.subtree if t.i > last.i), child)
            if first.i <= last.i or not self.only_adjuncts(last.i + 1, first.i):
                continue
            if any(last.idx < q.start <= first.idx for q in self.quotes):
                return None  # 'he said, "and …"': the quotation's own rule
            if self.incise_of_a_quotation(verb) and any(
                t.text == "," for t in doc[last.i + 1 : first.i + 1]
            ):
                # '"…," Kiraithe said of the men, one of them said to have …': the incise's
                # words are the quotation; what follows its comma is the writer's
                return None
            if first.lower_ in self.grammar.question_words:
                continue  # the indirect question's rule
            _, s_end = sentence_bounds(doc, verb)
            s_end = min(s_end, self.written_sentence(verb.i)[1])  # the parser may run on
            end = self.complement_end(max(t.i for t in child.subtree), first.i, s_end)
            keep = doc[end].text in self.marks.all
            return ExtractionRule.QUE, self.span_of(first, doc[end], keep_final=keep)
        return None

    def incise_of_a_quotation(self, verb: Token) -> bool:
        """Whether ``verb`` follows a quotation closed just before it, with only its subject
        between ('"…," Kiraithe said', '"…," the police spokesman said')."""
        doc = self.doc
        for q in self.quotes:
            if q.end > verb.idx or verb.idx - q.end > 60:
                continue
            span = doc.char_span(q.end, verb.idx, alignment_mode="expand")
            between = [t for t in span or () if t.i < verb.i and not t.is_space]
            if all(
                t.is_punct or t.pos_ in {"PROPN", "NOUN", "DET", "PRON", "ADJ"} for t in between
            ):
                return True
        return False

    def indirect_question(self, verb: Token, last: Token) -> tuple[str, Span] | None:
        """ "X a expliqué pourquoi la ligne fermait": an indirect question is the content.

        The question word (``question_words`` of the language) opens a clause complement of
        the cue and stays in the content.
        """
        _, s_end = sentence_bounds(self.doc, verb)
        for child in verb.children:
            if (
                child.dep_ not in {"ccomp", "xcomp"} | self.grammar.object_labels
                or child.i <= last.i
            ):
                continue
            words = [
                w
                for w in child.children
                if w.lower_ in self.grammar.question_words and last.i < w.i < child.i
            ]
            if not words or not self.only_adjuncts(last.i + 1, words[0].i):
                continue
            end = self.complement_end(max(t.i for t in child.subtree), words[0].i, s_end)
            return ExtractionRule.QUE, self.span_of(words[0], self.doc[end])
        return None

    def clause_span(self, verb: Token, mark: Token, clause: Token, s_end: int) -> Span:
        """From after "que" to the end of the clause."""
        end = self.complement_end(max(t.i for t in clause.subtree), mark.i, s_end)
        return self.span_of(
            self.doc[mark.i + 1], self.doc[end], keep_final=self.doc[end].text in self.marks.all
        )

    def colon_text(self, last: Token) -> Span | None:
        """ "X a prévenu : la réforme passera." -- an unquoted statement after a colon."""
        doc = self.doc
        _, s_end = sentence_bounds(doc, last)
        for k in range(last.i + 1, min(s_end, last.i + 8)):
            if doc[k].text == ":":
                rest = [t for t in doc[k + 1 : s_end] if not t.is_space]
                if not rest or rest[0].text in self.marks.all:
                    return None
                if not any(t.pos_ in {"VERB", "AUX"} for t in rest):
                    return None
                return self.span_of(rest[0], rest[-1])
            if doc[k].text in self.grammar.sentence_ends:
                return None
        return None


def _de_complement(noun: Token) -> bool:
    """ "se réjouit de l'entretien": a prepositional object opened by "de" (a venue or a
    time, "dans un entretien au Monde", "à la mi-journée", is none)."""
    return noun.dep_.startswith("obl") and any(
        c.dep_ == "case" and c.lower_ in {"de", "d'", "du", "des"} for c in noun.children
    )
