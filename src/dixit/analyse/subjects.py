"""Who holds a narrated clause: its subject, read from the parse and by word order.

The clause's subject, or the subject of the clause it hangs on, or the noun a relative
clause or an adjective describes; a name just before a verb the parser left without a
subject; a pronoun after "que" that takes up who announces; an impersonal "on" placed in a
body. The mention's words are then given to the speaker resolver
(``dixit.analyse.narrated``).
"""

from __future__ import annotations

from spacy.tokens import Token

from dixit.analyse.clauses import is_boundary, lower
from dixit.analyse.narrated_lexicon import NarratedLexicon, narrated_lexicon, saying_verbs
from dixit.lang import get_language


def is_subject(child: Token) -> bool:
    """A nominal subject; or the pronoun of a pronominal verb, which the parser often
    reads as an expletive ("il s'est résolu à …", "elle s'y oppose"): a true expletive
    ("il faut", "il est prévu de") has no reflexive beside it; or a pronoun the parser
    read as an expletive before a verb of position."""
    if child.dep_ in {"nsubj", "nsubj:pass"}:
        return True
    if child.dep_ != "expl:subj":
        return False
    if any(c.dep_ == "expl:comp" or "Yes" in c.morph.get("Reflex") for c in child.head.children):
        return True
    # "Il renonce finalement à …": the parser may read a personal pronoun before a verb of
    # position as an expletive; an impersonal verb ("il faut", "il semble", "il y a") has
    # no holder, a verb of position has one.
    lexicon = narrated_lexicon(child.doc.lang_)
    head = child.head
    return head.lemma_.lower() in lexicon.verbs and head.lemma_.lower() not in (
        lexicon.impersonal_verbs
    )


def subject_of(anchor: Token) -> Token | None:
    """Who holds the position: the anchor's subject, else the subject of the clause it
    hangs on ("X, après avoir tergiversé, a …"; "X a fini par …"), else the noun a
    relative clause or an adjective describes."""
    token: Token | None = anchor
    for _ in range(4):
        if token is None:
            return None
        subjects = [c for c in token.children if is_subject(c)]
        if subjects:
            subject = subjects[0]
            if (
                subject.dep_ == "nsubj"
                and subject.tag_ == "PRON"
                and "Rel" in subject.morph.get("PronType")
            ):
                return token.head if token.head is not token else None
            return subject
        describes = token.dep_ in {"amod", "acl"} and token.head.pos_ in {"NOUN", "PROPN"}
        if token.dep_ == "acl:relcl" or describes:
            return token.head
        if token.dep_ == "nmod" and token.pos_ == "NOUN":
            return None
        if token.head is token:
            return None
        token = token.head
    return None


def subject_of_noun(anchor: Token) -> Token | None:
    """ "la promesse du chef de l'État": the noun's complement names the holder."""
    for child in anchor.children:
        if child.dep_ in {"nmod", "nmod:poss"} and child.i > anchor.i:
            return child
    return None


def mention_span(subject: Token) -> tuple[int, int]:
    """The subject's words: its subtree up to its own clauses and appositions' commas; a
    name in apposition ("la maire de Brévanne Hélène Vasseur") is the holder's name."""
    names = [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if names and subject.pos_ == "NOUN":
        subject = names[0]
    tokens = [subject] + [
        t
        for c in subject.children
        if c.dep_ not in {"acl:relcl", "punct", "conj", "cc", "acl", "advcl", "parataxis", "case"}
        for t in c.subtree
    ]
    lo = min(t.i for t in tokens)
    hi = max(t.i for t in tokens)
    doc = subject.doc
    # stop at a comma ("Le président turc X, jusque-là réticent …") or at a complement of
    # time or place ("le chef de l'État au lendemain des attentats")
    stops = narrated_lexicon(doc.lang_).mention_stops
    for t in doc[subject.i + 1 : hi + 1]:
        if t.text == "," or lower(t) in stops:
            hi = t.i - 1
            break
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def definite_mention(subject: Token, mention: str, lexicon: NarratedLexicon) -> str:
    """The holder's words as the resolver reads a description: a holder named after a
    preposition fused with the article ("la promesse du chef de l'État") is the definite
    description "le chef de l'État", which the article binds to the person it names."""
    for child in subject.children:
        article = lexicon.fused_articles.get(lower(child))
        if child.dep_ == "case" and child.i < subject.i and article:
            return f"{article} {mention}"
    return mention


def reporter_of(pronoun: Token) -> Token | None:
    """ "Vinci annonçait par communiqué qu'elle renonçait à ce projet": a personal pronoun
    subject just after a complementizer takes up the subject of the reporting verb before
    it (the one who announces their own decision), when their genders agree. Read by word
    order inside the sentence: the parser often hangs such a clause on a noun
    ("communiqué") and the name on a time complement."""
    doc = pronoun.doc
    grammar = get_language(doc.lang_).grammar
    personal = pronoun.morph.get("Person") and not pronoun.morph.get("PronType")
    if pronoun.pos_ != "PRON" or not (personal or "Prs" in pronoun.morph.get("PronType")):
        return None
    if pronoun.i == 0 or lower(doc[pronoun.i - 1]) not in grammar.complementizers:
        return None
    for token in reversed(doc[: pronoun.i - 1]):
        if is_boundary(token):
            return None
        if token.pos_ != "VERB" or token.lemma_.lower() not in saying_verbs(doc.lang_):
            continue
        auxiliaries = [c for c in token.children if c.dep_.startswith("aux") and c.i < token.i]
        first = min(auxiliaries, key=lambda t: t.i) if auxiliaries else token
        subject = subject_of(token)
        if subject is None or subject.pos_ == "PRON":
            subject = name_before(first)
        if subject is None:
            return None
        mine, theirs = pronoun.morph.get("Gender"), subject.morph.get("Gender")
        return None if mine and theirs and mine != theirs else subject
    return None


def later_subject(anchor: Token) -> Token | None:
    """The first nominal subject after ``anchor`` in its sentence (up to its final mark)
    whose verb comes after it: the main clause's subject an opening clause hangs on. The
    subject of a completive clause is not ("Après avoir affirmé que le marché resterait
    …, la maire a …": "le marché" is what was affirmed): its verb has a complementizer
    ("que") of its own before the subject."""
    complementizers = get_language(anchor.doc.lang_).grammar.complementizers
    for token in anchor.doc[anchor.i + 1 :]:
        if is_boundary(token):
            return None
        if token.dep_ in {"nsubj", "nsubj:pass"} and token.head.i > token.i:
            if any(
                c.dep_ == "mark" and c.i < token.i and lower(c) in complementizers
                for c in token.head.children
            ):
                continue
            return token
    return None


def name_before(first: Token) -> Token | None:
    """ "Un peu plus tôt dans la journée, X avait pourtant assuré …": the parser may leave
    the verb without a subject (or take the time adverb for it) and hang the name on the
    time complement; a name just before the verb's first word (its auxiliary) is then
    the subject."""
    i = first.i - 1
    while i >= first.sent.start and first.doc[i].pos_ == "PROPN":
        i -= 1
    if i == first.i - 1:
        return None
    return first.doc[i + 1]


def left_subject(anchor: Token) -> Token | None:
    """The subject just before a verb when the parser hung it on a word between them ("La
    ministre a d'abord dit": "ministre" on "d'"): the last nominal subject of the sentence
    before the verb whose head lies between it and the verb."""
    for token in reversed(anchor.doc[anchor.sent.start : anchor.i]):
        if token.dep_ in {"nsubj", "nsubj:pass"}:
            return token if token.i < token.head.i <= anchor.i else None
    return None


def holder_place(subject: Token, lexicon: NarratedLexicon) -> Token | None:
    """ "Au syndicat, on assure …": the impersonal subject speaks for the body the clause
    places it in; without such a place it names nobody."""
    for child in subject.head.children:
        placed = any(c.dep_ == "case" and lower(c) in lexicon.holder_places for c in child.children)
        if child.dep_.startswith("obl") and child.i < subject.i and placed:
            return child
    return None


def subject_start(verb: Token) -> int:
    """Where the subject of ``verb`` starts (the verb itself when it has none)."""
    subject = next((c for c in verb.children if is_subject(c)), None)
    return subject.left_edge.i if subject is not None else verb.i
