"""Addressee: whom a statement was addressed to ("a déclaré à l'AFP", "a promis à X", "aux
journalistes", "a appelé les pays à …", "told reporters").

The addressee is a complement of the cue verb (``frame``): an indirect complement with a
preposition of ``addressees.yaml`` ("à", "aux"), or the direct object of a verb of appeal or
warning ("appeler", "mettre en garde"), when it names someone: a person or a body the parser
names, or a noun of people ("journalistes", "partisans"). A place ("à Paris") names no one.
It is then resolved by the speaker resolution's own rules and references, as if it were a
speaker's mention: one resolver, so "à Trump" is the Donald Trump the article speaks of.
An object pronoun ("lui a promis", "leur a dit", "m'a confié", "told him") is the addressee
too: a third person is resolved by the resolution's rule for "ce dernier" (the last one named
before it, not the subject of its clause, never the speaker); a first person (the reporter)
keeps its mention only. When the saying is itself told in a subordinate clause ("RFI a assuré
qu'une source lui a confié que …"), a third-person pronoun stands for the subject of the
clause that tells it (RFI), the one the source spoke to, not the last one named.
The addressee is never the speaker, and a source preposition ("selon X", "according to X")
has none: its complement is the source.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dixit.describe.frame import cue_verb, excluded_spans, inside
from dixit.describe.lexicon import AddresseeLexicon, Clitic, addressee_lexicon, folded
from dixit.extract.extensions import doc_text
from dixit.model import ExtractionRule, Span, Speaker, Statement
from dixit.resolve.speakers import ArticleState, resolve_mention
from dixit.resolve.speakers.pronouns import resolve_last_mentioned

#: Dependency labels of a verb's indirect or oblique complements (French UD, English).
INDIRECT_LABELS = frozenset({"iobj", "obl:arg", "obl", "obl:mod", "dative", "prep", "pobj"})
#: Dependency labels of a subject.
SUBJECT_LABELS = frozenset({"nsubj", "nsubj:pass"})
#: Dependency labels of a direct object.
OBJECT_LABELS = frozenset({"obj", "dobj"})
#: Dependency labels of a clause that tells what another verb says or does: the saying of a
#: cue with one of these is reported by its head's subject ("RFI a assuré qu'une source lui a
#: confié …": "confié" is a ``ccomp`` of "assuré").
SUBORDINATE_LABELS = frozenset({"ccomp", "advcl", "csubj", "xcomp"})
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


def clitic_of(token: Token, appeal: bool, lexicon: AddresseeLexicon) -> Clitic | None:
    """What an object pronoun of the cue verb says of the one addressed ("lui a promis",
    "leur a dit", "m'a confié"; with a verb of appeal "l'a exhorté à", English "told him"),
    or None when ``token`` is no such pronoun (a subject, "se", "le" of what was said)."""
    if token.pos_ != "PRON":
        return None
    form = folded(token.text)
    if token.dep_ in INDIRECT_LABELS or token.dep_ in {"pobj", "dative"}:
        return lexicon.clitics.get(form)
    if token.dep_ in OBJECT_LABELS:
        return (lexicon.object_clitics if appeal else lexicon.clitics).get(form)
    if token.dep_ in SUBJECT_LABELS and second_subject(token):
        return lexicon.clitics.get(form)
    return None


def second_subject(token: Token) -> bool:
    """Whether the verb of a pronoun tagged as its subject has another subject before it:
    the parser takes the clitic of "Paul Vernier m'a confié que …" for a second subject."""
    return any(
        c.dep_ in SUBJECT_LABELS and c.i < token.i and c.pos_ != "PRON" for c in token.head.children
    )


def addressee_token(
    doc: Doc, statement: Statement, lexicon: AddresseeLexicon
) -> tuple[Token, Clitic | None] | None:
    """The head of the phrase the statement was addressed to, with what it says when it is a
    pronoun; or None. A phrase that names someone wins over a pronoun."""
    verb = cue_verb(doc, statement)
    if verb is None:
        return None
    excluded = excluded_spans(statement)
    appeal = folded(verb.lemma_) in lexicon.object_verbs or (
        folded(statement.cue_lemma or "") in lexicon.object_verbs
    )
    pronoun: tuple[Token, Clitic] | None = None
    for child in verb.children:
        if inside(child, excluded):
            continue
        if child.dep_ == "prep" and folded(child.text) in lexicon.prepositions:
            target = next((c for c in child.children if c.dep_ == "pobj"), None)
            clitic = clitic_of(target, appeal, lexicon) if target is not None else None
            if clitic is not None and target is not None and pronoun is None:
                pronoun = (target, clitic)
                continue
        if child.pos_ == "PRON":
            clitic = clitic_of(child, appeal, lexicon)
            if clitic is not None and pronoun is None and not has_case(child):
                pronoun = (child, clitic)
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
                return target, None
        elif child.dep_ in OBJECT_LABELS and appeal and names_someone(child, lexicon):
            return child, None
    return pronoun


def has_case(token: Token) -> bool:
    """Whether a pronoun follows a preposition of its own ("selon lui", "à lui"): a tonic
    form, not a clitic."""
    return any(c.dep_ == "case" for c in token.children)


def telling_subject(verb: Token, clitic: Clitic) -> Token | None:
    """The subject of the clause that tells the saying of ``verb`` when ``verb`` heads a
    subordinate clause whose own speaker is named there ("RFI" of "RFI a assuré qu'une source
    lui a confié …": X relays what a source told X), agreeing in number with the pronoun; None
    when the saying is told in a main clause, or by a pronoun that goes on with the story."""
    if verb.dep_ not in SUBORDINATE_LABELS or verb.head.i == verb.i:
        return None
    own = next((c for c in verb.children if c.dep_ in SUBJECT_LABELS), None)
    if own is None or own.pos_ == "PRON":
        return None  # "… a rapporté qu'il lui a promis …": both pronouns go on with the story
    subject = next((c for c in verb.head.children if c.dep_ in SUBJECT_LABELS), None)
    if subject is None:
        return None
    number = {"Sing": "sing", "Plur": "plur"}.get(next(iter(subject.morph.get("Number")), ""))
    if number is not None and number != clitic.number:
        return None
    return subject


def resolve_phrase(state: ArticleState, statement: Statement, span: Span) -> Speaker | None:
    """Whom the words at ``span`` name, by the speaker resolution's own rules, as if they were
    a speaker's mention; never the statement's speaker (one speaks to oneself with "se")."""
    start, end = span
    probe = Statement(
        article=statement.article,
        kind=statement.kind,
        content=statement.content,
        content_span=statement.content_span,
        speaker_mention=state.text[start:end],
        speaker_mention_span=(start, end),
    )
    found = resolve_mention(state, probe, None)
    if found.entity is None:
        return None
    addressee = found.entity.speaker()
    if statement.speaker is not None and addressee.id == statement.speaker.id:
        return None
    return addressee


def clitic_addressee(
    state: ArticleState, statement: Statement, token: Token, clitic: Clitic
) -> Speaker | None:
    """Whom a third-person pronoun stands for, by the speaker resolution's rule for "ce
    dernier": the last one named before it that is not the subject of its own clause
    ("Inès Camoin a reçu Paul Vernier. Elle lui a promis …" is Paul Vernier). Never the
    speaker: one speaks to oneself with "se"."""
    if clitic.person != 3:
        return None
    found = resolve_last_mentioned(state, token.idx, clitic.gender, clitic.number, statement)
    if found.entity is None:
        return None
    addressee = found.entity.speaker()
    if statement.speaker is not None and addressee.id == statement.speaker.id:
        return None
    return addressee


def assign_addressees(
    doc: Doc, statements: list[Statement], state: ArticleState | None, language: str
) -> None:
    """Set ``addressee_mention`` (and its span) and the resolved ``addressee`` of each
    statement, in place. ``state`` is the speaker resolution's state of the article."""
    lexicon = addressee_lexicon(language)
    text = doc_text(doc)
    for statement in statements:
        if statement.method == ExtractionRule.PREPOSITION:
            continue  # "selon X", "according to X": X is the source, not one addressed
        found = addressee_token(doc, statement, lexicon)
        if found is None:
            continue
        token, clitic = found
        if clitic is not None:
            statement.addressee_mention = token.text
            statement.addressee_mention_span = (token.idx, token.idx + len(token))
            if state is None or clitic.person != 3:
                continue
            verb = cue_verb(doc, statement)
            teller = telling_subject(verb, clitic) if verb is not None else None
            if teller is not None:
                phrase = mention_span(teller, excluded_spans(statement))
                statement.addressee = resolve_phrase(state, statement, phrase)
            else:
                statement.addressee = clitic_addressee(state, statement, token, clitic)
            continue
        start, end = mention_span(token, excluded_spans(statement))
        if not any(c.isalnum() for c in text[start:end]):
            continue
        statement.addressee_mention = text[start:end]
        statement.addressee_mention_span = (start, end)
        if state is not None:
            statement.addressee = resolve_phrase(state, statement, (start, end))
