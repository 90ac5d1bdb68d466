"""Views named by a noun: "X's view is that …", "in X's view, …", "X's belief that …".

The attribution corpora of political news (PolNeAR, PARC: ``docs/languages.md``) count a
source's stance when a noun carries it instead of a verb: the source is the noun's
possessor ("Venn's", "his", "the ministry's") or its "of" phrase ("in the view of the
mayor"), the content the clause the noun introduces. Three constructions:

- subject of a copula with a clause after it: "Venn's position is that the port must pay"
  (``stance_nouns``);
- a sentence adjunct: "In Venn's view, the tax will fail." or "The tax will fail, in her
  view." (``opinion_nouns`` after one of ``opinion_prepositions``);
- a "that" clause hung on the noun: "Venn's belief that the tax will fail is shared"
  (``stance_nouns``);
- the object of a verb of showing, the source being the verb's subject: "Venn expressed
  concern that the yards would close", "voiced support for the bill" (``shown_nouns``
  after ``showing_verbs``; the content is the clause after the noun, else the object of
  one of ``shown_prepositions``);
- a stance with its target and its possessor: "Venn's support for the levy", "his
  criticism of the board", "their opposition to the tax" (``targeted_nouns``, the target
  after one of ``targeted_prepositions``), only as the outer report: inside another
  report's words it is part of them.

A noun with no possessor names nobody's view ("the view that the tax will fail is
common", "in the long run"): no statement. The words are the language's (``views`` in
``lang/<code>/cues.yaml``); a language without them has none of these statements.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property

from spacy.tokens import Token

from dixit.extract.cues import Cue
from dixit.extract.extensions import FoundStatement
from dixit.extract.reported import ReportedSpeech
from dixit.extract.syntax import is_person_or_body, mention_span, subject_of
from dixit.lang import get_language
from dixit.model import ExtractionRule, Span

#: Fewest words of a content after "in X's view,": "In his view, it failed." is enough.
MIN_VIEW_WORDS = 3


class HeldViews(ReportedSpeech):
    """The rules of a stance carried by a noun."""

    @cached_property
    def view_words(self) -> dict[str, frozenset[str]]:
        """The language's ``views`` lexicon: stance nouns, opinion nouns and prepositions."""
        lexicon = get_language(self.language).lexicon("cues").get("views") or {}
        return {key: frozenset(str(w) for w in lexicon.get(key) or ()) for key in lexicon}

    def from_views(self) -> Iterable[FoundStatement]:
        stance = self.view_words.get("stance_nouns", frozenset())
        opinion = self.view_words.get("opinion_nouns", frozenset())
        shown = self.view_words.get("shown_nouns", frozenset())
        targeted = self.view_words.get("targeted_nouns", frozenset())
        if not stance and not opinion and not shown and not targeted:
            return
        for noun in self.doc:
            if noun.pos_ != "NOUN" or self.in_quote(noun.idx):
                continue
            lemma = noun.lemma_.lower()
            found = None
            if lemma in stance:
                found = self.view_before_a_copula(noun) or self.view_with_a_clause(noun)
            if found is None and lemma in opinion:
                found = self.view_as_an_adjunct(noun)
            if found is None and lemma in shown:
                found = self.view_shown_by_a_verb(noun)
            if found is None and lemma in targeted:
                found = self.view_with_a_target(noun)
            if found is not None:
                yield found

    def holder(self, noun: Token) -> Token | None:
        """Who holds the view: the noun's possessor, else the name after its "of"."""
        for child in noun.children:
            if child.dep_ in self.grammar.possessor_labels and child.i < noun.i:
                if child.pos_ == "PRON":
                    pronouns = self.view_words.get("possessive_pronouns", frozenset())
                    return child if child.lower_ in pronouns else None
                return child if is_person_or_body(child) else None
        for child in noun.children:
            if child.i > noun.i and child.lower_ in self.view_words.get("links", frozenset()):
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects and is_person_or_body(objects[0]):
                    return objects[0]
        return None

    def view_cue(self, noun: Token, first: Token, last: Token) -> Cue:
        return Cue(
            token=noun.i,
            lemma=noun.lemma_.lower(),
            kind="view",
            span=self.span_of(first, last),
            position=True,
            incise=False,
            end_token=last.i,
        )

    def view_before_a_copula(self, noun: Token) -> FoundStatement | None:
        """ "Venn's view is that the tax will drive ships away.": the clause after the copula."""
        copula = noun.head
        if (
            noun.dep_ not in self.grammar.subject_labels
            or copula.lemma_ not in self.grammar.copulas
        ):
            return None
        holder = self.holder(noun)
        if holder is None:
            return None
        for clause in copula.children:
            if clause.dep_ not in self.grammar.bare_clause_labels or clause.i <= copula.i:
                continue
            if not any(c.dep_ in self.grammar.subject_labels for c in clause.children):
                continue
            first = clause.left_edge
            if first.lower_ in self.grammar.complementizers:
                first = self.doc[first.i + 1]
            if first.i <= copula.i or not self.only_adjuncts(copula.i + 1, clause.left_edge.i):
                continue
            _, s_end = self.written_sentence(copula.i)
            end = self.complement_end(max(t.i for t in clause.subtree), first.i, s_end)
            span = self.span_of(
                first, self.doc[end], keep_final=self.doc[end].text in self.marks.all
            )
            cue = self.view_cue(noun, noun, copula)
            return self.found(span, ExtractionRule.VIEW, cue, mention_span(holder))
        return None

    def view_with_a_clause(self, noun: Token) -> FoundStatement | None:
        """ "The senator's belief that the tax will fail": the noun's own "that" clause."""
        holder = self.holder(noun)
        if holder is None:
            return None
        for clause in noun.children:
            if clause.i <= noun.i or not clause.dep_.startswith(("acl", "ccomp")):
                continue
            marks = [
                c
                for c in clause.children
                if c.dep_ == "mark" and c.lower_ in self.grammar.complementizers
            ]
            if not marks or marks[0].i != noun.i + 1:
                continue
            if not any(c.dep_ in self.grammar.subject_labels for c in clause.children):
                continue
            last = self.doc[max(t.i for t in clause.subtree)]
            span = self.span_of(self.doc[marks[0].i + 1], last)
            cue = self.view_cue(noun, noun, noun)
            return self.found(span, ExtractionRule.VIEW, cue, mention_span(holder))
        return None

    def view_as_an_adjunct(self, noun: Token) -> FoundStatement | None:
        """ "In Venn's view, the tax will fail." and "The tax will fail, in her view.": the
        rest of the sentence, on the side of the phrase that holds a verb."""
        preposition = noun.head
        if noun.dep_ != "pobj" or preposition.lower_ not in self.view_words.get(
            "opinion_prepositions", frozenset()
        ):
            return None
        holder = self.holder(noun)
        if holder is None:
            return None
        doc = self.doc
        phrase_end = max(t.i for t in noun.subtree)
        s_start, s_end = self.written_sentence(preposition.i)
        before = [t for t in doc[s_start : preposition.i] if not t.is_space]
        after = [t for t in doc[phrase_end + 1 : s_end] if not t.is_space]
        cue = self.view_cue(noun, preposition, doc[phrase_end])
        if all(t.pos_ in {"CCONJ", "ADV", "PUNCT"} for t in before):
            if not after or after[0].text != ",":
                return None
            words = after[1:]
            while words and words[-1].is_punct:
                words.pop()
        elif before and before[-1].text == "," and all(t.is_punct for t in after):
            words = before[:-1]
            while words and (words[0].is_punct or words[0].pos_ == "CCONJ"):
                words.pop(0)
        else:
            return None
        if len(words) < MIN_VIEW_WORDS or not any(t.pos_ in {"VERB", "AUX"} for t in words):
            return None
        span = self.span_of(words[0], words[-1])
        return self.found(span, ExtractionRule.VIEW, cue, mention_span(holder))

    def view_shown_by_a_verb(self, noun: Token) -> FoundStatement | None:
        """ "Venn expressed concern that the yards would close", "voiced support for the
        bill": the subject of the verb holds the stance its object names."""
        verb = noun.head
        if noun.dep_ == "mark" and verb.dep_ in self.grammar.bare_clause_labels:
            verb = verb.head  # "expressed doubt the tax could pass": the noun read as "that"
        elif noun.dep_ not in self.grammar.object_labels:
            return None
        if verb.i > noun.i or verb.lemma_.lower() not in self.view_words.get(
            "showing_verbs", frozenset()
        ):
            return None
        subject = subject_of(verb)
        if subject is None or not is_person_or_body(subject):
            return None
        content = self.clause_after(noun) or self.object_after(noun)
        if content is None:
            return None
        cue = self.view_cue(noun, verb, noun)
        return self.found(content, ExtractionRule.VIEW, cue, mention_span(subject))

    def view_with_a_target(self, noun: Token) -> FoundStatement | None:
        """ "Venn's support for the levy", "his criticism of the board": the possessor holds
        the stance, the phrase after the noun's preposition is what it is about. An "of"
        phrase is the target here, never the holder ("criticism of the mayor"), and a noun
        inside another cue's complement is part of that report."""
        possessors = [
            c for c in noun.children if c.dep_ in self.grammar.possessor_labels and c.i < noun.i
        ]
        holder = self.holder(noun) if possessors else None
        if holder is None or any(
            a.i in self.cue_at and self.cue_at[a.i].kind == "verb" for a in noun.ancestors
        ):
            return None
        prepositions = self.view_words.get("targeted_prepositions", frozenset())
        content = self.object_after(noun, prepositions)
        if content is None:
            return None
        cue = self.view_cue(noun, noun, noun)
        return self.found(content, ExtractionRule.VIEW, cue, mention_span(holder))

    def clause_after(self, noun: Token) -> Span | None:
        """A finite clause with its own subject right after the noun, "that" left out."""
        doc = self.doc
        start = noun.i + 1
        if start < len(doc) and doc[start].lower_ in self.grammar.complementizers:
            start += 1
        _, s_end = self.written_sentence(noun.i)
        if start >= s_end:
            return None
        clause = next(
            (
                t
                for t in doc[start:s_end]
                if t.pos_ in {"VERB", "AUX"}
                and t.dep_ not in self.grammar.subject_labels
                and not t.dep_.startswith("aux")
            ),
            None,
        )
        if clause is None or clause.left_edge.i < start - 1:
            return None
        if not any(c.dep_ in self.grammar.subject_labels and c.i >= start for c in clause.children):
            return None
        end = self.complement_end(max(t.i for t in clause.subtree), start, s_end)
        return self.span_of(doc[start], doc[end], keep_final=doc[end].text in self.marks.all)

    def object_after(self, noun: Token, prepositions: frozenset[str] | None = None) -> Span | None:
        """The object of the preposition after the noun: "support for the new cranes"
        (one of ``prepositions``, by default the ``shown_prepositions``)."""
        if prepositions is None:
            prepositions = self.view_words.get("shown_prepositions", frozenset())
        for prep in noun.children:
            if prep.i != noun.i + 1 or prep.lower_ not in prepositions:
                continue
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if not objects:
                return None
            last = max(t.i for t in objects[0].subtree)
            return self.span_of(objects[0].left_edge, self.doc[last])
        return None
