"""Addressee: whom a statement was addressed to ("a déclaré à l'AFP", "a promis à X", "aux
journalistes", "a appelé les pays à …", "told reporters").

The addressee is a complement of the cue verb (``frame``): an indirect complement with a
preposition of ``addressees.yaml`` ("à", "aux"), or the direct object of a verb of appeal or
warning ("appeler", "mettre en garde"), when it names someone: a person or a body the parser
names, or a noun of people ("journalistes", "partisans"). A place ("à Paris") names no one.
It is then resolved by the speaker resolution's own rules and references, as if it were a
speaker's mention: one resolver, so "à Trump" is the Donald Trump the article speaks of.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dixit.describe.frame import cue_verb, excluded_spans, inside
from dixit.describe.lexicon import AddresseeLexicon, addressee_lexicon, folded
from dixit.model import Span, Statement
from dixit.resolve.speakers import ArticleState, resolve_mention

#: Dependency labels of a verb's indirect or oblique complements (French UD, English).
INDIRECT_LABELS = frozenset({"iobj", "obl:arg", "obl", "obl:mod", "dative", "prep", "pobj"})
#: Dependency labels of a direct object.
OBJECT_LABELS = frozenset({"obj", "dobj"})
#: Entity labels of people and bodies; a place is no addressee.
SOMEONE_LABELS = frozenset({"PER", "PERSON", "ORG", "NORP"})
#: Entity labels of places and times.
NOT_SOMEONE_LABELS = frozenset({"LOC", "GPE", "DATE", "TIME", "FAC"})


def names_someone(token: Token, lexicon: AddresseeLexicon) -> bool:
    """Whether the phrase headed by ``token`` names a person, a body or people as a group."""
    if token.ent_type_ in NOT_SOMEONE_LABELS:
        return False
    if token.ent_type_ in SOMEONE_LABELS:
        return True
    return folded(token.lemma_) in lexicon.nouns or folded(token.text) in lexicon.nouns


def preposition(token: Token) -> str | None:
    """The preposition that opens a complement ("à", "aux", "to"), as written."""
    for child in token.children:
        if child.dep_ == "case" and child.i < token.i:
            return folded(child.text)
    if token.dep_ == "pobj" and token.head.pos_ == "ADP":
        return folded(token.head.text)
    return None


def mention_span(token: Token, excluded: Sequence[Span]) -> Span:
    """The addressee's words: the phrase of ``token`` without its preposition, cut at a
    comma, a clause or the content."""
    doc = token.doc
    words = [
        t
        for t in token.subtree
        if not (t.dep_ == "case" and t.i < token.i) and not inside(t, excluded)
    ]
    start = words[0].i if words else token.i
    end = token.i
    for t in doc[token.i + 1 : token.right_edge.i + 1]:
        if t.is_punct or t.pos_ in {"VERB", "AUX"} or inside(t, excluded) or t.dep_ == "mark":
            break
        end = t.i
    first = doc[start]
    last = doc[end]
    return first.idx, last.idx + len(last)


def addressee_token(doc: Doc, statement: Statement, lexicon: AddresseeLexicon) -> Token | None:
    """The head of the phrase the statement was addressed to, or None."""
    verb = cue_verb(doc, statement)
    if verb is None:
        return None
    excluded = excluded_spans(statement)
    appeal = folded(verb.lemma_) in lexicon.object_verbs or (
        folded(statement.cue_lemma or "") in lexicon.object_verbs
    )
    for child in verb.children:
        if inside(child, excluded) or child.pos_ == "PRON":
            continue
        if child.dep_ in INDIRECT_LABELS:
            target = child
            if child.dep_ == "prep":  # English: "to" heads its object
                target = next((c for c in child.children if c.dep_ == "pobj"), child)
                if folded(child.text) not in lexicon.prepositions:
                    continue
            elif preposition(child) not in lexicon.prepositions:
                continue
            if names_someone(target, lexicon):
                return target
        elif child.dep_ in OBJECT_LABELS and appeal and names_someone(child, lexicon):
            return child
    return None


def assign_addressees(
    doc: Doc, statements: list[Statement], state: ArticleState | None, language: str
) -> None:
    """Set ``addressee_mention`` (and its span) and the resolved ``addressee`` of each
    statement, in place. ``state`` is the speaker resolution's state of the article."""
    lexicon = addressee_lexicon(language)
    text = doc.text  # joined anew from every token at each access: read once per article
    for statement in statements:
        token = addressee_token(doc, statement, lexicon)
        if token is None:
            continue
        start, end = mention_span(token, excluded_spans(statement))
        statement.addressee_mention = text[start:end]
        statement.addressee_mention_span = (start, end)
        if state is None:
            continue
        probe = Statement(
            article=statement.article,
            kind=statement.kind,
            content=statement.content,
            content_span=statement.content_span,
            speaker_mention=statement.addressee_mention,
            speaker_mention_span=(start, end),
        )
        found = resolve_mention(state, probe, None)
        if found.entity is not None:
            statement.addressee = found.entity.speaker()
