"""Stated positions as attributes: "X s'est dit « prêt à … »" and, in the
conditional, "X serait favorable à …".
"""

from __future__ import annotations

from spacy.tokens import Token

from dixit.extract.context import ArticleContext
from dixit.extract.cues import Cue
from dixit.extract.extensions import FoundStatement
from dixit.extract.syntax import is_person_or_body, mention_span, sentence_bounds
from dixit.model import ExtractionRule, Span

_ATTRIBUTE_DEPS = {"xcomp", "advmod", "obj", "amod"}


class AttributeReports(ArticleContext):
    """Attribute and stance rules: a stated position, not a clause."""

    def reflexive_attribute(self, verb: Token, cue: Cue) -> tuple[str, Span] | None:
        """ "X s'est dit « prêt à discuter »", "X s'est montrée favorable à …": a stance.

        With a verb of saying (``reflexive_speech`` in the cue lexicon: "se dire") a bare
        adjective is the stated position too ("X s'est dite confiante"); with "se montrer" it
        is a manner ("s'est montré plus sévère").
        """
        says = cue.lemma in self.reflexive_speech
        if not any(
            c.lower_ in self.grammar.reflexive_pronouns for c in verb.children if c.i < verb.i
        ):
            return None
        for child in verb.children:
            # "s'est dit « ouvert à … »": a participle is an attribute too.
            participle = child.pos_ == "VERB" and (
                "Part" in child.morph.get("VerbForm") or (says and child.dep_ == "xcomp")
            )
            if (
                child.i > verb.i
                and (child.pos_ in {"ADJ", "NOUN"} or participle)
                and child.dep_ in _ATTRIBUTE_DEPS
            ) or self.adjective_in_ant(verb, child):
                _, s_end = sentence_bounds(self.doc, verb)
                first = min(child.left_edge.i, child.i)
                if first > 0 and self.doc[first - 1].text in {"«", "“", '"'}:
                    first -= 1
                end = self.complement_end(max(t.i for t in child.subtree), first, s_end)
                for k in range(child.i, end):
                    if self.doc[k].text in self.grammar.sentence_ends and not self.in_quote(
                        self.doc[k].idx
                    ):
                        end = k - 1  # the attribute ends with its written sentence
                        break
                span = self.span_of(self.doc[first], self.doc[end], keep_final=True)
                if (
                    not says
                    and not self.has_quote(span)
                    and not any(
                        c.dep_ in {"obl:arg", "obl:mod", "xcomp", "nmod", "acl"}
                        for c in child.children
                    )
                    and not self.complement_hung_on_the_verb(verb, child)
                ):
                    return None  # "s'est montré plus sévère": a manner, not a stated position
                return ExtractionRule.ATTRIBUTE, span
        return None

    def adjective_in_ant(self, verb: Token, child: Token) -> bool:
        """ "X s'est montrée confiante quant à …", "s'est dit confiant": an adjective in
        -ant right after the verb (adverbs aside) that the tagger reads as a verb, finite
        or hung as an adverbial clause. It has no subject and no conjunction of its own
        ("s'est montré en affirmant …" is a gerund, no attribute)."""
        if child.pos_ != "VERB" or child.dep_ not in {"xcomp", "advcl"} or child.i <= verb.i:
            return False
        if not child.lower_.endswith(("ant", "ante", "ants", "antes")):
            return False
        if any(c.dep_ in self.grammar.subject_labels or c.dep_ == "mark" for c in child.children):
            return False
        return all(t.pos_ == "ADV" for t in self.doc[verb.i + 1 : child.i])

    def complement_hung_on_the_verb(self, verb: Token, attribute: Token) -> bool:
        """ "X se montrait sceptique sur une réouverture": the attribute's complement, right
        after it, that the parser hung on the verb instead."""
        after = attribute.right_edge.i + 1
        return any(
            c.dep_.startswith("obl")
            and c.left_edge.i == after
            and c.pos_ in {"NOUN", "PROPN"}
            and c.left_edge.lower_ in self.grammar.attribute_topic_prepositions
            for c in verb.children
        )

    def from_stance(self, cue: Cue) -> FoundStatement | None:
        """ "X serait favorable à un cessez-le-feu": a position reported in the conditional."""
        copula = self.doc[cue.token]
        adjective = copula.head
        subject = next(
            (c for c in adjective.children if c.dep_ in self.grammar.subject_labels), None
        )
        if subject is None or not is_person_or_body(subject):
            return None
        _, s_end = sentence_bounds(self.doc, adjective)
        end = self.complement_end(max(t.i for t in adjective.subtree), adjective.i, s_end)
        span = self.span_of(adjective, self.doc[end])
        if span[1] - span[0] < 2:
            return None
        return self.found(span, ExtractionRule.STANCE, cue, mention_span(subject))
