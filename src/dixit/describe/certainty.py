"""Certainty: whether a statement is asserted, hedged, reported in the conditional, or a denial.

Read from three places, the first class that applies winning: the cue's lemma (a denial verb:
"a démenti"; a verb of belief: "estime", "a supposé"), the cue verb's mood as the model tags it
(the conditional of hearsay: "serait prêt à", "aurait déclaré"), and the words of the content
and of the cue ("peut-être", "je pense que", "il est possible que"), and the content's main
verb as a possibility ("la réunion pourrait être avancée": a modal of ``possibility_modals`` in
the conditional). A negated denial or exclusion ("n'a pas exclu", "ne dément pas") leaves the
content open: hedged. A verb of belief used as the verb of saying of a quotation ("« … »,
a-t-il estimé") does not hedge it: quoted words keep their own firmness, which the markers read.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dixit.describe.lexicon import CertaintyLexicon, certainty_lexicon, folded
from dixit.extract.extensions import token_heads
from dixit.model import Certainty, ExtractionRule, Statement


def cue_mood_conditional(doc: Doc, statement: Statement, lexicon: CertaintyLexicon) -> bool:
    """Whether the cue's verb or auxiliary is in the conditional ("souhaiterait", "aurait dit")."""
    if statement.cue_span is None:
        return False
    span = doc.char_span(*statement.cue_span, alignment_mode="expand")
    if span is None:
        return False
    return any(
        mood in lexicon.conditional_mood
        for token in span
        if token.pos_ in {"VERB", "AUX"}
        for mood in token.morph.get("Mood")
    )


def content_conditional(doc: Doc, statement: Statement, lexicon: CertaintyLexicon) -> bool:
    """Whether a statement with no verb of saying ("Selon X, Y serait prêt à …") is put in
    the conditional: the mood of its content's main verb, or of that verb's auxiliary."""
    if statement.method != ExtractionRule.PREPOSITION:
        return False
    span = doc.char_span(*statement.content_span, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    words = [root, *(c for c in root.children if c.dep_.startswith(("aux", "cop")))]
    return any(mood in lexicon.conditional_mood for t in words for mood in t.morph.get("Mood"))


def content_possibility(doc: Doc, statement: Statement, lexicon: CertaintyLexicon) -> bool:
    """Whether a main verb of the content is a modal of possibility in the conditional ("on
    pourrait atteindre 40 degrés"): a root of the content's words, or that root's auxiliary.
    A modal in a relative or subordinate clause ("des mesures qui pourraient aider") is not."""
    if not lexicon.possibility_modals:
        return False
    span = doc.char_span(*statement.content_span, alignment_mode="expand")
    if span is None:
        return False
    heads = token_heads(doc)
    roots = [
        doc[k]
        for k in range(span.start, span.end)
        if heads[k] == k or not (span.start <= heads[k] < span.end)
    ]
    words = [w for root in roots for w in (root, *root.children) if w is root or w.dep_ == "aux"]
    return any(
        folded(w.lemma_) in lexicon.possibility_modals
        and any(mood in lexicon.conditional_mood for mood in w.morph.get("Mood"))
        for w in words
    )


def certainty_of(doc: Doc, statement: Statement, lexicon: CertaintyLexicon) -> Certainty:
    """The certainty class of one statement."""
    lemma = folded(statement.cue_lemma or "")
    negated = statement.polarity == "negated"
    if lemma in lexicon.denial_cues and not negated:
        return Certainty.DENIED
    cue_text = statement.cue or ""
    if (
        cue_mood_conditional(doc, statement, lexicon)
        or content_conditional(doc, statement, lexicon)
        or lexicon.conditional_markers.search(cue_text)
    ):
        return Certainty.CONDITIONAL
    quoted = statement.kind == "direct"
    if (lemma in lexicon.hedging_cues and not quoted) or (
        negated and lemma in lexicon.open_when_negated
    ):
        return Certainty.HEDGED
    if content_possibility(doc, statement, lexicon):
        return Certainty.HEDGED
    if lexicon.hedging_markers.search(statement.content) or lexicon.hedging_markers.search(
        cue_text
    ):
        return Certainty.HEDGED
    return Certainty.ASSERTED


def assign_certainty(doc: Doc, statements: list[Statement], language: str) -> None:
    """Set ``certainty`` of each statement, in place."""
    lexicon = certainty_lexicon(language)
    for statement in statements:
        statement.certainty = certainty_of(doc, statement, lexicon)
