"""Non-finite complements: an infinitive ("a exclu de partir"), one hung on the
addressee ("accuse Y de mentir"), a gerund ("denied having met"), and the
infinitives that say nothing (an intention, a refusal to speak).
"""

from __future__ import annotations

from spacy.tokens import Token

from dixit.extract.context import ArticleContext
from dixit.extract.cues import Cue
from dixit.extract.syntax import (
    is_source,
    mistagged_cue_subject,
    opens_an_infinitive,
    sentence_bounds,
)
from dixit.model import ExtractionRule, Span


class InfinitiveComplements(ArticleContext):
    """Infinitive and gerund complements of a cue."""

    def only_an_intention(self, cue: Cue, verb: Token) -> bool:
        """ "L'avocat souhaite porter plainte": a wish verb (``intention_infinitive``) with an
        infinitive states the subject's intention, not words; in the conditional of hearsay
        ("la ministre souhaiterait aller plus loin") the writer reports a position."""
        return cue.intention_infinitive and "Cnd" not in verb.morph.get("Mood")

    def inside_a_cue_complement(self, verb: Token) -> bool:
        """ "X s'était engagé à reconnaître sa responsabilité": an infinitive cue with no
        subject of its own that is the complement of another cue is that cue's content,
        no report of its own."""
        if (
            "Inf" not in verb.morph.get("VerbForm")
            or verb.dep_
            not in {
                "xcomp",
                "ccomp",
            }
            | self.grammar.object_labels
        ):
            return False
        if any(c.dep_ in self.grammar.subject_labels for c in verb.children):
            return False
        head = self.cue_at.get(verb.head.i)
        return head is not None and head.kind == "verb" and not head.aspectual

    def declines_to_speak(self, cue: Cue, span: Span) -> bool:
        """ "X n'a pas souhaité répondre", "X ne veut pas commenter": no statement.

        The infinitive is a verb of speaking from the lexicon (``silence``) and the cue is
        negated. A negative cue is kept: "X a refusé d'y répondre de façon spécifique"
        says something about the question (the real-news gold annotates it); a cue the
        lexicon marks as a refusal (``refusal``: "refused to comment") is silence itself.
        """
        if not (cue.negated or cue.refusal):
            return False
        first = self.token_at(span[0])
        verb = first.head if first.lower_ in self.grammar.infinitive_marks else first
        return verb.lemma_.lower() in self.silence or first.lemma_.lower() in self.silence

    def infinitive(self, verb: Token, cue: Cue | None = None) -> tuple[str, Span] | None:
        """ "X a exclu de partir", "X assure n'avoir rien vu": an infinitive complement.

        After a cue of calling ("a encouragé les jeunes à agir", a mark among the cue's
        ``object_prepositions``) the ones called stay in the content, as they do after a
        noun ("a invité la population à la prudence")."""
        for child in verb.children:
            # "assure n'avoir rien vu", "a annoncé être victime d'une attaque": an
            # infinitive auxiliary or copula stands for the infinitive
            perfect = any(
                (a.dep_.startswith("aux") or a.dep_ == "cop")
                and "Inf" in a.morph.get("VerbForm")
                and a.i < child.i
                for a in child.children
            )
            if child.i <= verb.i or not ("Inf" in child.morph.get("VerbForm") or perfect):
                continue
            if (
                child.dep_
                not in {"xcomp", "ccomp", "advcl", "obl:arg", "acl"} | self.grammar.object_labels
            ):
                continue
            marks = [
                m
                for m in child.children
                if m.lower_ in self.grammar.infinitive_marks and m.i < child.i
            ]
            if not marks:
                # A bare infinitive: "a démenti avoir …", "assure n'avoir « pas tremblé »".
                if child.dep_ not in {"xcomp", "ccomp"} | self.grammar.object_labels:
                    continue
                if any(c.dep_ in self.grammar.subject_labels for c in child.children):
                    continue  # "said the ship will leave": a clause of its own
                if any(
                    c.dep_ == "mark"
                    and c.i < child.i
                    and (cue is None or c.lower_ not in cue.object_prepositions)
                    for c in child.children
                ):
                    continue  # "a-t-il déclaré pour se dédouaner": a purpose, no content
                marks = [
                    min((t for t in child.lefts if t.i > verb.i), key=lambda t: t.i, default=child)
                ]
            if not self.only_adjuncts(verb.i + 1, marks[0].i):
                continue
            if self.verb_cue_ending_at.get(child.i, child.i) < child.i:
                continue  # "en répliquant … fait remarquer que …": a cue of its own reports
            if self.purpose_after_the_object(verb, child, cue, marks[0]):
                continue
            if marks[0].i > 0 and (
                self.doc[marks[0].i - 1].lower_ in self.grammar.infinitive_subordinators
            ):
                continue  # "poursuit la manifestante avant d'énumérer": an adjunct of time
            _, s_end = sentence_bounds(self.doc, verb)
            end = self.complement_end(max(t.i for t in child.subtree), marks[0].i, s_end)
            first = marks[0]
            if cue is not None and first.lower_ in cue.object_prepositions:
                called = [
                    o.left_edge
                    for o in verb.children
                    if o.dep_ in self.grammar.object_labels
                    and max(verb.i, cue.end_token) < o.i < first.i
                ]
                first = called[0] if called else first
            return ExtractionRule.INFINITIVE, self.span_of(first, self.doc[end])
        return None

    def infinitive_after_the_addressed(self, verb: Token) -> tuple[str, Span] | None:
        """ "M. Lefort a affirmé à l'agence Belga souhaiter que …": a bare infinitive right
        after the one addressed ("à" and a noun), which the parser hangs on that noun as
        if it described it, is the cue's complement."""
        doc = self.doc
        for addressed in verb.children:
            if addressed.i <= verb.i or not addressed.dep_.startswith(("obl", "iobj")):
                continue
            if not self.introduced_by(addressed, tuple(self.grammar.told_prepositions)):
                continue
            for clause in addressed.children:
                if (
                    clause.dep_ != "acl"
                    or clause.i <= addressed.i
                    or "Inf" not in clause.morph.get("VerbForm")
                    or any(c.dep_ in {"mark", "case"} and c.i < clause.i for c in clause.children)
                ):
                    continue
                first = clause.left_edge
                between = doc[addressed.i + 1 : first.i]
                if any(t.pos_ not in {"PROPN", "ADJ", "NOUN"} for t in between):
                    continue  # "à l'agence Belga souhaiter …": the name ends the addressee
                _, s_end = sentence_bounds(doc, verb)
                end = self.complement_end(max(t.i for t in clause.subtree), first.i, s_end)
                return ExtractionRule.INFINITIVE, self.span_of(first, doc[end])
        return None

    def purpose_after_the_object(
        self, verb: Token, clause: Token, cue: Cue | None, mark: Token
    ) -> bool:
        """ "Workers blasted the rock to open a quarry": an infinitive adjunct after the
        verb's object tells what the act was for, not what was said
        (``Grammar.purpose_after_object``). A cue of calling keeps the infinitive its
        object is called to ("urged the council to act", ``object_prepositions``)."""
        if not self.grammar.purpose_after_object or clause.dep_ != "advcl":
            return False
        if cue is not None and mark.lower_ in cue.object_prepositions:
            return False
        cue_last = max(verb.i, cue.end_token) if cue is not None else verb.i
        return any(
            o.dep_ in self.grammar.object_labels and cue_last < o.i < clause.i
            for o in verb.children
        )  # a word of the cue itself ("mis en garde") is no object

    def gerund_object(self, verb: Token, cue: Cue) -> tuple[str, Span] | None:
        """ "X denied having met the developers", "admitted taking the money": after a cue
        that takes an object, a gerund (``Grammar.gerund_tags``, or its perfect "having")
        with no subject of its own is the content, from the gerund to the clause's end."""
        if not cue.takes_object or not self.grammar.gerund_tags:
            return None
        cue_last = max(verb.i, cue.end_token)
        for child in verb.children:
            if child.i <= cue_last or child.dep_ not in (
                {"xcomp", "ccomp"} | self.grammar.object_labels
            ):
                continue
            if any(c.dep_ in self.grammar.subject_labels for c in child.children):
                continue
            helpers = [
                c
                for c in child.children
                if c.i < child.i and c.tag_ in self.grammar.gerund_tags and c.pos_ == "AUX"
            ]
            if child.tag_ not in self.grammar.gerund_tags and not helpers:
                continue
            first = min([child, *helpers], key=lambda t: t.i)
            if first.i > 0 and self.doc[first.i - 1].dep_ == "neg":
                first = self.doc[first.i - 1]  # "denied not having paid"
            if not self.only_adjuncts(cue_last + 1, first.i):
                continue
            _, s_end = sentence_bounds(self.doc, verb)
            end = self.complement_end(max(t.i for t in child.subtree), first.i, s_end)
            return ExtractionRule.OBJECT, self.span_of(first, self.doc[end])
        return None

    def infinitive_after_a_mistagged_cue(self, verb: Token) -> tuple[str, Span] | None:
        """ "Le ministre dément avoir signé …" with *dément* tagged as an adjective: the
        parser hangs the infinitive elsewhere, so the complement is read by position, from
        the infinitive (or its negation) to the end of the clause."""
        doc = self.doc
        start = verb.i + 1
        if not (mistagged_cue_subject(verb) is not None or self.gerund(verb)):
            return None
        if not opens_an_infinitive(doc, start, self.grammar):
            return None
        _, s_end = sentence_bounds(doc, verb)
        end = self.complement_end(start, start, s_end)
        return ExtractionRule.INFINITIVE, self.span_of(doc[start], doc[end])

    def gerund(self, verb: Token) -> bool:
        """ "tout en répétant tabler sur …": a present participle after *en* (``gerund_openers``),
        which the parser often fuses with it and cuts from its bare infinitive."""
        return (
            verb.i > 0
            and "Part" in verb.morph.get("VerbForm")
            and "Pres" in verb.morph.get("Tense")
            and self.doc[verb.i - 1].lower_ in self.grammar.gerund_openers
        )

    def addressed_infinitive(self, verb: Token, cue: Cue) -> tuple[str, Span] | None:
        """ "X a reproché à Y d'avoir …", "X accuse Y de mentir", "X a déconseillé à Y de …".

        The parser hangs the infinitive on the one addressed, not on the verb. Only cues
        whose lexicon entry says so (``addressee_infinitive``) take it, so "a annoncé le
        projet de rénover la gare" stays an object.
        """
        if not cue.addressee_infinitive:
            return None
        for addressee in verb.children:
            if (
                addressee.i <= verb.i
                or addressee.dep_ not in {"obl:arg", "iobj"} | self.grammar.object_labels
            ):
                continue
            if not is_source(addressee, self.language):
                continue
            if cue.addressee_prepositions and not self.introduced_by(
                addressee, cue.addressee_prepositions
            ):
                continue  # "a demandé le droit de …": the addressee of a request is "à Y"
            # "accuse des ministres au sein du gouvernement de « … »": the parser may hang
            # the infinitive on the last noun of the addressee's phrase
            _, s_end = sentence_bounds(self.doc, verb)
            holders = [addressee] + [
                t for t in self.doc[addressee.right_edge.i + 1 : s_end] if t.pos_ == "NOUN"
            ]
            clauses = [c for holder in holders for c in holder.children]
            for clause in clauses:
                perfect = any(
                    a.dep_.startswith("aux") and "Inf" in a.morph.get("VerbForm")
                    for a in clause.children
                )
                if clause.dep_ != "acl" or not ("Inf" in clause.morph.get("VerbForm") or perfect):
                    continue
                marks = [
                    m
                    for m in clause.children
                    if m.lower_ in self.grammar.infinitive_marks and m.i < clause.i
                ]
                if not marks or not self.only_adjuncts(verb.i + 1, marks[0].i):
                    continue
                _, s_end = sentence_bounds(self.doc, verb)
                end = self.complement_end(max(t.i for t in clause.subtree), marks[0].i, s_end)
                return ExtractionRule.INFINITIVE, self.span_of(marks[0], self.doc[end])
        return None
