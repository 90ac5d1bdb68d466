"""The clause that reports a statement: its cue verb, and which phrases belong to it.

A venue or an addressee is a complement of the saying, not any phrase of the sentence: "Lors
d'une conférence de presse, X a déclaré …" places the statement, "X, qui sortait d'une
conférence de presse, …" or a place in the content does not. ``attached`` walks the parse from
a phrase up to the cue verb and refuses a path through the content, the speaker's mention or
another verb's clause (a participle of occasion such as "interrogé par" excepted).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dixit.model import Span, Statement

#: Parts of speech of a clause's own verb.
VERBAL = frozenset({"VERB", "AUX"})


def token_at(doc: Doc, char: int) -> Token | None:
    """The token that covers character ``char`` (or starts right after it)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span[0]


def cue_verb(doc: Doc, statement: Statement) -> Token | None:
    """The verb of the statement's cue ("déclaré" of "a-t-il déclaré"), or None for a cue
    without one ("selon", a headline's colon)."""
    if statement.cue_span is None:
        return None
    span = doc.char_span(*statement.cue_span, alignment_mode="expand")
    if span is None:
        return None
    verbs = [t for t in span if t.pos_ == "VERB"] or [t for t in span if t.pos_ == "AUX"]
    return verbs[-1] if verbs else None


def excluded_spans(statement: Statement) -> list[Span]:
    """What is no frame of the saying: the content and the speaker's mention."""
    spans = [statement.content_span]
    if statement.speaker_mention_span is not None:
        spans.append(statement.speaker_mention_span)
    return spans


def inside(token: Token, spans: Sequence[Span]) -> bool:
    return any(start <= token.idx < end for start, end in spans)


def attached(
    token: Token,
    verb: Token,
    excluded: Sequence[Span],
    via: frozenset[str],
    passable: Sequence[Span] = (),
) -> bool:
    """Whether ``token`` hangs from ``verb`` through nouns, prepositions and adverbs only,
    or through a verb whose lemma is in ``via`` (participles of occasion), never through the
    excluded spans. A phrase after the speaker's mention may hang from it (``passable``):
    the parser often attaches a closing "sur Twitter" of an incise to its subject."""
    current = token
    for _ in range(len(token.doc)):
        if current.i == verb.i:
            return True
        if inside(current, excluded) and not (current is not token and inside(current, passable)):
            return False
        if current is not token and current.pos_ in VERBAL and current.lemma_ not in via:
            return False
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def frame_verbs(verb: Token, via: frozenset[str]) -> list[Token]:
    """The verbs whose complements frame the saying of ``verb``: itself, the verb it is
    conjoined to ("a déclaré … et a souligné …"), and a participle of occasion (lemma in
    ``via``) the parser made its head ("Répondant aux questions …, X a déclaré" parsed with
    "Répondant" as the root)."""
    verbs = [verb]
    if verb.dep_ == "conj" and verb.head.pos_ in VERBAL:
        verbs.append(verb.head)
    for ancestor in verb.ancestors:
        if ancestor.pos_ in VERBAL and ancestor.lemma_ in via and ancestor.i < verb.i:
            verbs.append(ancestor)
    return verbs
