"""The new position told right after a reversal cue (``docs/positions.md``).

Real copy often names the change first and says what it is next: "X a fait volte-face,
abandonnant l'idée de …", "X a opéré un revirement en suspendant …", "X fait volte-face et
décide de …", "X a dû rétropédaler : une pause … est accordée". The cue's own clause then
holds no position (its words only say a change happened), and the parser often cuts the
sentence at the cue ("volte-face", "week-end" split into several words): the sequel is read
by word order, its holder is the subject of the verb the cue hangs on.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from dixit.analyse.clauses import is_boundary, lower
from dixit.analyse.narrated_lexicon import NarratedLexicon
from dixit.analyse.probes import narrated_statement, probe, respanned
from dixit.analyse.subjects import definite_mention, mention_span, name_before, subject_of
from dixit.analyse.turns import later_clause
from dixit.lang import get_language
from dixit.model import Article, Statement

#: Parts of speech of the verbs a sequel may start with.
VERBS = frozenset({"VERB", "AUX"})


def is_participle(token: Token) -> bool:
    """ "abandonnant", "(en) suspendant": a present participle or gerund."""
    return (
        token.pos_ == "VERB"
        and "Part" in token.morph.get("VerbForm")
        and "Pres" in token.morph.get("Tense")
    )


def is_finite(token: Token) -> bool:
    return token.pos_ in VERBS and "Fin" in token.morph.get("VerbForm")


def governor(cue: Span) -> Token | None:
    """The verb the cue is made of or hangs on ("a fait | volte-face", "a dû rétropédaler")."""
    verbs = [t for t in cue if t.pos_ == "VERB"]
    if verbs:
        return verbs[0]
    reflexives = get_language(cue.doc.lang_).grammar.reflexive_pronouns
    if len(cue) > 1 and lower(cue[0]) in reflexives:
        # "se déjuge", "se dédit": a pronominal verb, whatever the tagger made of a rare
        # verb form.
        return cue[1]
    # The verb just before the cue's noun and its determiner or adjectives ("a opéré un
    # spectaculaire revirement"), whatever the parser hung the noun on.
    doc = cue.doc
    i = cue[0].i - 1
    while i >= 0 and doc[i].pos_ in {"DET", "ADJ", "ADV"}:
        i -= 1
    if i >= 0 and doc[i].pos_ == "VERB":
        return doc[i]
    head = cue[0].head
    return head if head.pos_ == "VERB" and head.i < cue[0].i else None


def sequel_start(cue: Span, lexicon: NarratedLexicon) -> tuple[Token, Token] | None:
    """(first word, verb) of the sequel: a participle or gerund, a verb after a linking word
    ("et décide"), or what a colon opens; None when another clause comes first."""
    doc = cue.doc
    # Up to the sentence's final mark, not the parser's sentence: a parse cut at the cue
    # ("volte-face" split) ends its sentence there.
    for token in doc[cue.end :]:
        if is_boundary(token) or token.text == ";" or "Rel" in token.morph.get("PronType"):
            return None
        if token.text == ":":
            after = next((t for t in doc[token.i + 1 :] if not t.is_space), None)
            return (after, after) if after is not None and not is_boundary(after) else None
        previous = doc[token.i - 1]
        if is_participle(token):
            linked = lower(previous) in lexicon.sequel_links
            return (previous if linked else token), token
        if token.pos_ in VERBS and lower(previous) in lexicon.sequel_links:
            return previous, token
        if is_finite(token) or token.pos_ == "VERB":
            return None
    return None


def sequel_end(first: Token) -> Token:
    """The sequel's last word: the one before the sentence's final mark, a semicolon or a
    line break."""
    doc = first.doc
    last = first
    for token in doc[first.i :]:
        if (is_boundary(token) and token.i != first.i) or token.text == ";":
            break
        last = token
    while last.i > first.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    return last


def holder_of(verb: Token) -> Token | None:
    """The cue verb's subject; a name just before the verb and its auxiliaries wins over a
    common noun or a time word the parser took for it ("Jeudi, Hélène Vasseur a fait …")."""
    subject = subject_of(verb)
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    named = name_before(min(auxiliaries, key=lambda t: t.i) if auxiliaries else verb)
    if named is not None and (subject is None or subject.pos_ != "PROPN"):
        return named
    return None if subject is None or subject.pos_ == "ADV" else subject


def holder_words(subject: Token, verb: Token) -> tuple[int, int]:
    """The holder's mention, without the cue's verb when the parser made it describe the
    holder ("le patron de la maison blanche fait volte-face" read as an adjective) nor what
    comes before a comma ahead of the holder."""
    start, end = mention_span(subject)
    doc = subject.doc
    if start <= verb.idx < end:
        end = max(
            (t.idx + len(t.text) for t in doc[subject.i : verb.i] if not t.is_punct), default=end
        )
        commas = [t for t in doc[: subject.i] if t.idx >= start and t.text == ","]
        if commas:
            start = doc[commas[-1].i + 1].idx
    return start, end


def sequel_probe(
    doc: Doc, article: Article, cue_span: tuple[int, int], lexicon: NarratedLexicon
) -> Statement | None:
    """The new position told after the reversal cue at ``cue_span``, as a statement-shaped
    probe (no speaker yet: the resolver reads its holder's mention)."""
    cue = doc.char_span(*cue_span, alignment_mode="expand")
    if cue is None or len(cue) == 0:
        return None
    verb = governor(cue)
    if verb is None:
        return None
    found = sequel_start(cue, lexicon)
    if found is None:
        return None
    first, anchor = found
    last = sequel_end(first)
    edge = verb.right_edge
    if anchor.i <= edge.i < last.i:
        # The cue's verb in a clause of its own ("X, qui a opéré un revirement en
        # suspendant …, n'en est pas …"): the sequel ends with that clause.
        last = edge
    if last.i <= first.i:
        return None
    subject = holder_of(verb)
    if subject is None:
        return None
    mention_at = holder_words(subject, verb)
    mention = definite_mention(subject, article.text[mention_at[0] : mention_at[1]], lexicon)
    start, end = first.idx, last.idx + len(last.text)
    is_verb = anchor.pos_ == "VERB"
    return narrated_statement(
        article.id,
        article.text,
        (start, end),
        (anchor.idx, anchor.idx + len(anchor.text)),
        anchor.lemma_.lower() if is_verb else None,
        mention,
        mention_at,
    )


def undone_sequel(
    doc: Doc, article: Article, sequel: Statement, lexicon: NarratedLexicon
) -> tuple[Statement, Statement] | None:
    """ "X a opéré un revirement en suspendant les droits de douane imposés à …": a sequel
    on a verb of undoing (``undo_verbs``) whose object a participle of setting up
    (``instituting_verbs``) describes, with no agent after it ("imposés par Pékin" is
    someone else's), undoes what the same holder had set up: the participle's phrase is
    the earlier side, the sequel up to it the current one. Returns (earlier, current)."""
    assert sequel.cue_span is not None
    anchor = doc.char_span(*sequel.cue_span, alignment_mode="expand")
    span = doc.char_span(*sequel.content_span, alignment_mode="expand")
    if anchor is None or span is None or anchor[0].lemma_.lower() not in lexicon.undo_verbs:
        return None
    verb = anchor[0]
    participle = next(
        (
            t
            for t in doc[verb.i + 2 : span.end]
            if t.lemma_.lower() in lexicon.instituting_verbs
            and t.dep_ == "acl"
            and (t.pos_ == "ADJ" or "Part" in t.morph.get("VerbForm"))
        ),
        None,
    )
    if participle is None:
        return None
    last = participle
    for token in doc[participle.i + 1 : span.end]:
        if token.is_punct or is_boundary(token):
            break
        last = token
    if any(lower(t) in lexicon.agent_marks for t in doc[participle.i + 1 : last.i + 1]):
        return None
    before = doc[participle.i - 1]
    start, end = participle.idx, last.idx + len(last.text)
    earlier = replace(
        respanned(sequel, article.text, start, end),
        cue=participle.text,
        cue_span=(start, start + len(participle.text)),
        cue_lemma=participle.lemma_.lower(),
    )
    now_end = before.idx + len(before.text)
    current = replace(
        sequel,
        content=article.text[sequel.content_span[0] : now_end],
        content_span=(sequel.content_span[0], now_end),
        id=f"{article.id}:narrated:{sequel.content_span[0]}-{now_end}",
    )
    return earlier, current


def commitment_end(doc: Doc, cue_span: tuple[int, int], lexicon: NarratedLexicon) -> int | None:
    """Where the words after a cue end when they name only one position the holder held
    ("revenir sur | sa décision"): a possessive determiner and a singular noun of a
    position held, then the clause's end. Such a cue names what was given up, not what is
    held now: it says only that a change happened. A plural ("est souvent revenue sur ses
    promesses") speaks of a habit, not of one change."""
    cue = doc.char_span(*cue_span, alignment_mode="expand")
    if cue is None or cue.end + 1 >= len(doc):
        return None
    determiner, noun = doc[cue.end], doc[cue.end + 1]
    nouns = lexicon.held_nouns | lexicon.concession_nouns | lexicon.nouns
    if "Yes" not in determiner.morph.get("Poss") or lower(noun) not in nouns:
        return None
    if "Plur" in noun.morph.get("Number") or "Plur" in determiner.morph.get("Number"):
        return None
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is not None and not (after.is_punct or is_boundary(after)):
        return None
    return noun.idx + len(noun.text)


def infinitive_holder(verb: Token, lexicon: NarratedLexicon) -> tuple[Token, Token] | None:
    """ "X avait annoncé …, avant de revenir sur sa décision": an infinitive opened by a
    mark of what comes after (``later_marks``) has no subject of its own; its holder is
    the subject of the clause it hangs on. Returns (holder, that clause's verb)."""
    later = later_clause(verb, lexicon)
    if later is None:
        return None
    subject = holder_of(later[1])
    return None if subject is None else (subject, later[1])


def bare_change_probe(
    doc: Doc,
    article: Article,
    cue_span: tuple[int, int],
    lexicon: NarratedLexicon,
    upto: int | None = None,
) -> Statement | None:
    """ "Mardi, l'inspection académique a fait marche arrière.", "le premier ministre a
    finalement fait volte-face": a cue whose words say only that a change happened
    (``bare_cues``) and that no sequel follows is itself the new side, read as the
    verb it hangs on with its auxiliaries and adverbs up to the cue's end. Such a side
    says no matter of its own: ``dixit.analyse.reported`` pairs it only with a position the
    text sets earlier, never makes it an old side, and reads its stance as the other side
    of the old one."""
    cue = doc.char_span(*cue_span, alignment_mode="expand")
    if cue is None or len(cue) == 0:
        return None
    verb = governor(cue)
    if verb is None or verb.i >= cue.end:
        return None
    subject, held_by = holder_of(verb), verb
    if subject is None:
        found = infinitive_holder(verb, lexicon)
        if found is None:
            return None
        subject, held_by = found
    left = [
        c for c in verb.children if c.i < verb.i and (c.dep_.startswith("aux") or c.pos_ == "ADV")
    ]
    first = min([verb, *left], key=lambda t: t.i)
    if first.i <= subject.i:
        first = verb
    start, end = first.idx, max(cue_span[1], upto or 0)
    mention_at = holder_words(subject, held_by)
    mention = definite_mention(subject, article.text[mention_at[0] : mention_at[1]], lexicon)
    return narrated_statement(
        article.id,
        article.text,
        (start, end),
        (first.idx, verb.idx + len(verb.text)),
        verb.lemma_.lower(),
        mention,
        mention_at,
    )


def fronted_cue_probe(
    doc: Doc, article: Article, cue_span: tuple[int, int], lexicon: NarratedLexicon
) -> Statement | None:
    """ "Revirement de dernière minute, la direction a supprimé …", "Volte-face à Lormes :
    le maire renonce à …": a cue noun that opens its sentence (after a determiner or
    adjectives at most) and is set off by a comma or a colon announces the main clause
    after it, which is the new side, held by its subject. Read by word order: the parser
    hangs such a noun anywhere."""
    cue = doc.char_span(*cue_span, alignment_mode="expand")
    if cue is None or len(cue) == 0 or cue[0].pos_ in VERBS:
        return None
    i = cue[0].i - 1
    while i >= 0 and doc[i].pos_ in {"DET", "ADJ"} and not is_boundary(doc[i]):
        i -= 1
    if i >= 0 and not (is_boundary(doc[i]) or doc[i].is_space):
        return None
    mark = None
    for token in doc[cue.end :]:
        if is_boundary(token) or token.pos_ in VERBS:
            return None
        if token.text in {",", ":"}:
            mark = token
            break
    if mark is None:
        return None
    for token in doc[mark.i + 1 :]:
        if is_boundary(token):
            return None
        verb = token.head
        if token.dep_ in {"nsubj", "nsubj:pass"} and verb.i > token.i and verb.pos_ in VERBS:
            return probe(verb, article, lexicon)
    return None
