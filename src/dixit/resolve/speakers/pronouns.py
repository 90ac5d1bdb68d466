"""Pronouns and "ce dernier": rules 2 and 3 of the package docstring.

A pronoun takes the previous statement's speaker when gender and number agree and it is
near, unless a later main-clause subject took over; else the most recent agreeing person.
"La maire, elle, a annoncé" takes up the phrase before it. "ce dernier" is the last entity
named before it that is not the subject of its own clause.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Span

from dixit.extract.syntax import sentence_of
from dixit.model import Statement
from dixit.registry import inflections, normalise_name
from dixit.resolve.speakers.article import ArticleState, _anchor
from dixit.resolve.speakers.entities import _UNRESOLVED, Entity, Ref, Resolution
from dixit.resolve.speakers.names import _breaks_phrase

#: How many paragraphs back a pronoun may still find the previous statement's speaker.
_PRONOUN_PARAGRAPH_WINDOW = 3


class PronounResolver(ArticleState):
    """Resolves pronouns and "ce dernier" against the references found so far."""

    def _compatible(self, entity: Entity, gender: str | None, number: str) -> bool:
        if number == "plur" and entity.type == "organisation":
            # "Ils" for a union or a collective: bodies are grammatically singular but
            # speak as a group.
            return True
        if entity.number != number:
            return False
        if gender is None:
            return True
        known = entity.known_gender
        if entity.type != "person":
            return known == gender
        return known in (None, gender)

    def _sure(self, entity: Entity, gender: str | None) -> bool:
        return gender is None or entity.known_gender == gender

    def resolve_pronoun(
        self,
        st: Statement,
        start: int,
        gender: str | None,
        number: str,
        previous: Statement | None,
    ) -> Resolution:
        """The most salient agreeing entity: the previous speaker, unless a subject took over."""
        sent = self.sent_of(start)
        own = st.content_span

        def usable(ref: Ref) -> bool:
            return (
                ref.start < start
                and not (own[0] <= ref.start < own[1])
                and not ref.quoted
                and self._compatible(self.entities[ref.entity], gender, number)
            )

        prev_entity = None
        if previous is not None and previous.speaker is not None:
            candidate = self.entities.get(previous.speaker.id)
            near = (
                self.para_of(start) - self.para_of(_anchor(previous)) <= _PRONOUN_PARAGRAPH_WINDOW
            )
            if candidate is not None and near and self._compatible(candidate, gender, number):
                prev_entity = candidate
        if prev_entity is not None and previous is not None:
            possessor = self._possessor_back(prev_entity, start, previous, gender, number)
            if possessor is not None:
                return possessor
        if prev_entity is not None:
            prev_sent = self.sent_of(_anchor(previous)) if previous else -1
            lo = self._sent_starts[prev_sent] if prev_sent >= 0 else 0
            later_subjects = [
                r
                for r in self._refs_between(lo, start)
                if usable(r)
                and r.main
                and prev_sent < r.sent < sent
                and not self._inside(r.start, self._contents)
                and r.entity != prev_entity.id
            ]
            if later_subjects:
                taken = self.entities[later_subjects[-1].entity]
                return Resolution(taken, "pronoun", 0.7 if self._sure(taken, gender) else 0.55)
            sure = self._sure(prev_entity, gender)
            return Resolution(prev_entity, "pronoun", 0.85 if sure else 0.7)
        in_last: list[Ref] = []
        for r in reversed(self._refs_between(0, self._sent_starts[sent])):
            if in_last and r.sent != in_last[0].sent:
                break
            if usable(r) and r.sent < sent:
                in_last.insert(0, r)
        if not in_last:
            return _UNRESOLVED
        subjects = [r for r in in_last if r.subject]
        chosen = self.entities[(subjects or in_last)[-1 if not subjects else 0].entity]
        return Resolution(chosen, "pronoun", 0.6 if self._sure(chosen, gender) else 0.45)

    def _possessor_back(
        self,
        prev_entity: Entity,
        start: int,
        previous: Statement,
        gender: str | None,
        number: str,
    ) -> Resolution | None:
        """ "Sa mère, Maryvonne Kerbrat, se souvient … ¶ Elle dit avoir …": a person first
        written as someone's relative or staff speaks in their own paragraph; a pronoun of a
        later paragraph goes back to the speaker before them, whom the story is about."""
        if prev_entity.id not in self.relatives:
            return None
        if self.para_of(start) <= self.para_of(_anchor(previous)):
            return None
        for entity_id in reversed(self.history):
            if entity_id == prev_entity.id:
                continue
            entity = self.entities[entity_id]
            if (
                entity.type == "person"
                and entity.id not in self.relatives
                and (
                    self._sure(entity, gender)
                    and self._compatible(entity, gender, number)
                    and not self._possessed_in_sentence(entity, start)
                )
            ):
                return Resolution(entity, "pronoun", 0.7)
            return None
        return None

    def _possessed_in_sentence(self, entity: Entity, start: int) -> bool:
        """ "Interrogé sur l'avenir de son entraîneur, il a répondu": the pronoun's own
        sentence names the candidate as its possessed ("son entraîneur", bound to the coach),
        so the pronoun is someone else."""
        heads = {b.words[0] for b in self.bindings if b.entity == entity.id and b.words}
        if not heads:
            return False
        lo = self._sent_starts[self.sent_of(start)]
        span = self.doc.char_span(lo, start, alignment_mode="contract")
        tokens = list(span) if span is not None else []
        for tok, nxt in itertools.pairwise(tokens):
            if normalise_name(tok.text) in self.lex.possessives and any(
                w in inflections(h) for h in heads for w in normalise_name(nxt.text).split()
            ):
                return True
        return False

    def _dislocated_topic(
        self, st: Statement, span: Span | None, previous: Statement | None
    ) -> Resolution | None:
        """ "La maire, elle, a annoncé …": a pronoun between commas right after a noun phrase
        that opens its clause takes that phrase up; the phrase is the speaker."""
        if span is None or span.start < 2 or span.end >= len(self.doc):
            return None
        if self.doc[span.start - 1].text != "," or self.doc[span.end].text != ",":
            return None
        sent = sentence_of(self.doc, span.start)
        i = span.start - 2
        while i > sent.start and not _breaks_phrase(self.doc[i - 1]):
            i -= 1
        if i != sent.start and self.doc[i - 1].text not in {",", ":", ";", "»", "”", '"'}:
            return None
        phrase = self.doc[i : span.start - 1]
        if not phrase or not any(t.pos_ in {"NOUN", "PROPN"} for t in phrase):
            return None
        probe = Statement(
            article=st.article,
            kind=st.kind,
            content=st.content,
            content_span=st.content_span,
            speaker_mention=phrase.text,
            speaker_mention_span=(phrase.start_char, phrase.end_char),
            method=st.method,
        )
        result = self.resolve_one(probe, previous)
        return result if result.entity is not None else None

    def resolve_last_mentioned(
        self, start: int, gender: str | None, number: str, st: Statement
    ) -> Resolution:
        """ "ce dernier": the last entity named before it, not the subject of its own clause."""
        sent = self.sent_of(start)
        own = st.content_span
        for ref in reversed(self.refs):
            if ref.start >= start or (own[0] <= ref.start < own[1]):
                continue
            if ref.sent == sent and ref.subject:
                continue
            entity = self.entities[ref.entity]
            if self._compatible(entity, gender, number):
                return Resolution(entity, "description", 0.7)
        return _UNRESOLVED
