"""Positions the journalist narrates rather than quotes, read from the parse.

Real articles tell a change of mind mostly in their own words: "X, jusque-là réticent à …,
a fini par …", "X avait promis que …", "après avoir tergiversé", "la candidate a enterré sa
promesse de …". The extractor finds who *said* something; these clauses tell what someone
*held*. Each is a clause around an anchor:

- a verb of position (the stance lexicon's cue verbs and vouching verbs, and the
  ``narrated.verbs`` of ``reversals.yaml``): "promettait", "avait assuré", "a enterré";
- the verb a reversal cue is made of ("a fini par", "s'est résolu à", "renonce");
- an adjective of position with an earlier-time adverb ("jusque-là réticent à …");
- a noun of commitment as the predicate of a copula ("était la promesse de X").

The clause is the anchor with its dependents, the subject and coordinated clauses left
out (the subject names the speaker; a coordinated clause is another position). Its speaker
is resolved by the article's speaker resolver (``dixit.resolve.speakers``) over a copy of
the statements, so a narrated position is attributed the way a statement would be; when the
anchor is the cue of an extracted statement, that statement's speaker and date are kept and
the statement is linked to the position.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Doc, Token

from dixit.analyse.described import described_holder
from dixit.analyse.holders import Ties, body_ties, voices
from dixit.analyse.stance import stance_lexicon
from dixit.analyse.words import Phrase, find, phrases, words
from dixit.lang import get_language
from dixit.model import Article, Statement

#: ``Statement.method`` of the probe statements that stand for narrated positions.
NARRATED = "narrated"
#: Dependency labels whose subtrees are not part of a position's clause: the subject (it
#: names the speaker), loosely attached clauses and relative clauses of the anchor (a
#: position of their own). A coordinated clause is left out too (``is_left_out``).
LEFT_OUT = frozenset({"nsubj", "nsubj:pass", "expl:subj", "parataxis", "acl:relcl"})
#: Words before a clause in which a contrast adverb sets it against the main clause
#: ("contrairement à ce qu'…": the adverb, "à", "ce").
CONTRAST_REACH = 3


@dataclass(frozen=True)
class NarratedLexicon:
    """Words of one language that make a clause a narrated position."""

    verbs: frozenset[str]
    adjectives: frozenset[str]
    nouns: frozenset[str]
    earlier_adverbs: frozenset[str]
    earlier_marks: frozenset[str]
    mention_stops: frozenset[str]
    impersonal_subjects: frozenset[str]
    holder_places: frozenset[str]
    fused_articles: dict[str, str]
    contrast_adverbs: frozenset[str]
    earlier_times: frozenset[str]
    held_nouns: frozenset[str]
    undo_verbs: frozenset[str]
    instituting_verbs: frozenset[str]
    concession_marks: frozenset[str] = frozenset()
    concession_nouns: frozenset[str] = frozenset()
    self_designations: frozenset[str] = frozenset()
    take_up_nouns: frozenset[str] = frozenset()
    #: Words that link a reversal cue to the new position told after it ("en suspendant",
    #: "et décide"): ``dixit.analyse.sequel``.
    sequel_links: frozenset[str] = frozenset()
    #: Prepositions that tie a description to another person ("l'avocat de X"):
    #: ``someone_of_theirs``.
    kin_links: frozenset[str] = frozenset()
    #: Prepositions that name the agent of a participle ("imposés par Pékin"):
    #: ``dixit.analyse.sequel.undone_sequel``.
    agent_marks: frozenset[str] = frozenset()
    #: Adverbs that, before a complementizer at a sentence's start, open a clause set
    #: against the main clause after it ("Alors qu'il avait promis …, X a …"):
    #: ``fronted_head``.
    fronted_openers: frozenset[str] = frozenset()
    #: Prepositions that open an infinitive clause told after the clause it hangs on ("X
    #: a refusé …, avant d'accepter …"): ``later_head``.
    later_marks: frozenset[str] = frozenset()
    #: Reversal cues whose words say only that a change happened ("a fait volte-face"):
    #: with no sequel, their own clause is the new side (``sequel.bare_change_probe``).
    bare_cues: tuple[Phrase, ...] = ()


@cache
def narrated_lexicon(language: str | None) -> NarratedLexicon:
    """The ``narrated`` section of ``reversals.yaml`` with the stance lexicon's cue verbs."""
    data = get_language(language).lexicon("reversals").get("narrated") or {}
    stance = stance_lexicon(language)
    verbs = set(stance.cues) | set(stance.asserts) | {str(v) for v in data.get("verbs") or ()}
    return NarratedLexicon(
        verbs=frozenset(verbs),
        adjectives=frozenset(str(w) for w in data.get("adjectives") or ()),
        nouns=frozenset(str(w) for w in data.get("nouns") or ()),
        earlier_adverbs=frozenset(str(w) for w in data.get("earlier_adverbs") or ()),
        earlier_marks=frozenset(str(w) for w in data.get("earlier_marks") or ()),
        mention_stops=frozenset(str(w) for w in data.get("mention_stops") or ()),
        impersonal_subjects=frozenset(str(w) for w in data.get("impersonal_subjects") or ()),
        holder_places=frozenset(str(w) for w in data.get("holder_places") or ()),
        fused_articles={str(k): str(v) for k, v in (data.get("fused_articles") or {}).items()},
        contrast_adverbs=frozenset(str(w) for w in data.get("contrast_adverbs") or ()),
        earlier_times=frozenset(str(w) for w in data.get("earlier_times") or ()),
        held_nouns=frozenset(str(w) for w in data.get("held_nouns") or ()),
        undo_verbs=frozenset(str(w) for w in data.get("undo_verbs") or ()),
        instituting_verbs=frozenset(str(w) for w in data.get("instituting_verbs") or ()),
        concession_marks=frozenset(str(w) for w in data.get("concession_marks") or ()),
        concession_nouns=frozenset(str(w) for w in data.get("concession_nouns") or ()),
        self_designations=frozenset(str(w) for w in data.get("self_designations") or ()),
        take_up_nouns=frozenset(str(w) for w in data.get("take_up_nouns") or ()),
        sequel_links=frozenset(str(w) for w in data.get("sequel_links") or ()),
        kin_links=frozenset(str(w) for w in data.get("kin_links") or ()),
        agent_marks=frozenset(str(w) for w in data.get("agent_marks") or ()),
        fronted_openers=frozenset(str(w) for w in data.get("fronted_openers") or ()),
        later_marks=frozenset(str(w) for w in data.get("later_marks") or ()),
        bare_cues=tuple(phrases(str(w) for w in data.get("bare_cues") or ())),
    )


def lower(token: Token) -> str:
    return token.text.lower().replace("’", "'")


def reflexive_lemma(token: Token) -> str:
    """The lemma with its reflexive pronoun ("s'opposer"), as the stance lexicon spells it."""
    if any(c.dep_ == "expl:comp" or lower(c) in {"se", "s'"} for c in token.children):
        return "s'" + token.lemma_ if token.lemma_[:1] in "aeiouéè" else "se " + token.lemma_
    return token.lemma_


def is_verb_anchor(token: Token, lexicon: NarratedLexicon) -> bool:
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ in {"aux:tense", "aux:pass", "cop"}:
        return False
    return token.lemma_.lower() in lexicon.verbs or reflexive_lemma(token) in lexicon.verbs


def is_adjective_anchor(token: Token, lexicon: NarratedLexicon) -> bool:
    """ "jusque-là réticent": an adjective of position with an earlier-time adverb (the
    parser often reads such an adjective as a verb)."""
    if lower(token) not in lexicon.adjectives:
        return False
    before = token.doc[max(0, token.i - 2) : token.i]
    return any(lower(t) in lexicon.earlier_adverbs for t in before)


def is_noun_anchor(token: Token, lexicon: NarratedLexicon) -> bool:
    """ "était la promesse de X": a noun of commitment under a copula."""
    return lower(token) in lexicon.nouns and any(c.dep_ == "cop" for c in token.children)


def is_left_out(child: Token) -> bool:
    """A dependent that is not part of its head's position: ``LEFT_OUT``, or a coordinated
    verb ("…, a fini par …": another position). A coordinated noun stays: the parser often
    coordinates a complement with the verb ("a promis en campagne, mais aussi dans …")."""
    if child.dep_ in LEFT_OUT:
        return True
    return child.dep_ in {"conj", "cc"} and child.pos_ in {"VERB", "AUX"}


def is_boundary(token: Token) -> bool:
    """A line break or a sentence's final mark: a clause never runs over one, even when the
    parser has joined two sentences."""
    return "\n" in token.text or token.text in {".", "!", "?", "…"}


def clause_tokens(anchor: Token, without: frozenset[int] = frozenset()) -> list[Token]:
    """The anchor and its dependents' subtrees, leaving out what ``is_left_out``, as one
    contiguous run around the anchor inside its sentence and its line."""
    kept = {anchor.i}
    for child in anchor.children:
        if is_left_out(child):
            continue
        kept |= {t.i for t in child.subtree}
    sentence = anchor.sent
    kept = {i for i in kept if sentence.start <= i < sentence.end}
    kept = {i for i in kept if not is_boundary(anchor.doc[i]) or i == anchor.i} - without
    # Contiguous around the anchor: a left-out subject between stops the run.
    lo = hi = anchor.i
    while lo - 1 in kept:
        lo -= 1
    while hi + 1 in kept:
        hi += 1
    tokens = list(anchor.doc[lo : hi + 1])
    while tokens and (tokens[0].is_punct or tokens[0].is_space) and tokens[0] is not anchor:
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space) and tokens[-1] is not anchor:
        tokens.pop()
    return tokens


def cue_tokens(anchor: Token, lexicon: NarratedLexicon) -> list[Token]:
    """The words that carry the position's tense: auxiliaries, "après", an earlier adverb,
    up to the anchor ("avait pourtant assuré", "après avoir tergiversé")."""
    perfect_infinitive = any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in anchor.children
    )
    left = [
        c
        for c in anchor.children
        if c.i < anchor.i
        and (
            c.dep_.startswith("aux")
            or c.dep_ == "cop"
            or (c.dep_ == "mark" and lower(c) in lexicon.earlier_marks and perfect_infinitive)
            or lower(c) in lexicon.earlier_adverbs
        )
    ]
    left += earlier_time(anchor, lexicon)
    if not left and is_adjective_anchor(anchor, lexicon):
        before = anchor.doc[max(0, anchor.i - 2) : anchor.i]
        left = [t for t in before if lower(t) in lexicon.earlier_adverbs]
    contrast = contrast_of(anchor, lexicon)
    if contrast is not None:
        # "contrairement à ce qu'il avait dit": the words say the position was the contrary.
        left.append(contrast)
    start = min([t.i for t in left] + [anchor.i])
    return list(anchor.doc[start : anchor.i + 1])


def earlier_time(anchor: Token, lexicon: NarratedLexicon) -> list[Token]:
    """ "La veille encore, X excluait …", "Il y a deux mois encore, X jurait …": a time
    complement before an imperfect verb that says the state held until then (``encore``,
    ``la veille``) sets the position before the story; the complement's first word opens
    the cue. With a present ("aujourd'hui encore, X refuse …") it is the current one."""
    if "Imp" not in anchor.morph.get("Tense"):
        return []
    for child in anchor.children:
        if child.i > anchor.i or child.dep_ in {"punct", "cc", "mark"}:
            continue
        if any(lower(t) in lexicon.earlier_times for t in child.subtree):
            return [child.doc[min(t.i for t in child.subtree)]]
    return []


def is_subject(child: Token) -> bool:
    """A nominal subject; or the pronoun of a pronominal verb, which the parser often
    reads as an expletive ("il s'est résolu à …", "elle s'y oppose"): a true expletive
    ("il faut", "il est prévu de") has no reflexive beside it."""
    if child.dep_ in {"nsubj", "nsubj:pass"}:
        return True
    return child.dep_ == "expl:subj" and any(
        c.dep_ == "expl:comp" or "Yes" in c.morph.get("Reflex") for c in child.head.children
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


def is_negated(anchor: Token) -> bool:
    """ "n'avait pas exclu": a negation particle with the anchor."""
    negations = get_language(anchor.doc.lang_).grammar.negations
    return any(c.dep_ == "advmod" and lower(c) in negations for c in anchor.children)


def probe(
    anchor: Token,
    article: Article,
    lexicon: NarratedLexicon,
    without: frozenset[int] = frozenset(),
    cue_ends: dict[int, int] | None = None,
) -> Statement | None:
    """The narrated position around ``anchor`` as a statement-shaped probe (no speaker);
    ``without``: tokens left out of its clause (an earlier position inside it);
    ``cue_ends``: where the reversal cue a verb belongs to ends."""
    cue_ends = cue_ends or {}
    clause = clause_tokens(anchor, without)
    cue = cue_tokens(anchor, lexicon)
    if len(clause) < 2:
        return None
    if clause[-1].idx + len(clause[-1].text) <= cue_ends.get(anchor.i, -1):
        # "a changé d'avis": the words say a change happened, not what the position is.
        return None
    if anchor.i in cue_ends and names_only_commitment(clause, cue_ends[anchor.i], lexicon):
        # "est revenu sur ses promesses": the cue names what was given up, not the new
        # position.
        return None
    is_noun = anchor.pos_ in {"NOUN", "PROPN"} and not is_adjective_anchor(anchor, lexicon)
    subject = subject_of_noun(anchor) if is_noun else subject_of(anchor)
    if not is_noun and (subject is None or subject.pos_ == "ADV"):
        subject = name_before(cue[0])
    if subject is None and lower(cue[0]) in lexicon.earlier_marks:
        # "Après avoir proclamé …, le président a changé de cap": the parser often makes
        # the opening clause the root; its holder is the main clause's subject after it,
        # where the clause ends.
        subject = later_subject(anchor)
        if subject is not None:
            clause = [t for t in clause if t.i < subject.left_edge.i]
            while len(clause) > 1 and clause[-1].is_punct:
                clause.pop()
    start = min(clause[0].idx, cue[0].idx)
    end = clause[-1].idx + len(clause[-1].text)
    cue_start, cue_end = cue[0].idx, anchor.idx + len(anchor.text)
    if subject is not None:
        subject = reporter_of(subject) or subject
    mention, mention_at = None, None
    if subject is not None and lower(subject) in lexicon.impersonal_subjects:
        subject = holder_place(subject, lexicon)
    if subject is not None:
        mention_at = mention_span(subject)
        mention = definite_mention(subject, article.text[mention_at[0] : mention_at[1]], lexicon)
    is_verb = anchor.pos_ in {"VERB", "AUX"} and not is_adjective_anchor(anchor, lexicon)
    return Statement(
        article=article.id,
        kind="indirect",
        content=article.text[start:end],
        content_span=(start, end),
        cue=article.text[cue_start:cue_end],
        cue_span=(cue_start, cue_end),
        cue_lemma=reflexive_lemma(anchor).lower() if is_verb or is_noun else None,
        polarity="negated" if is_negated(anchor) else "affirmed",
        speaker_mention=mention,
        speaker_mention_span=mention_at,
        method=NARRATED,
        id=f"{article.id}:narrated:{start}-{end}",
    )


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
    whose verb comes after it: the main clause's subject an opening clause hangs on."""
    for token in anchor.doc[anchor.i + 1 :]:
        if is_boundary(token):
            return None
        if token.dep_ in {"nsubj", "nsubj:pass"} and token.head.i > token.i:
            return token
    return None


def names_only_commitment(clause: list[Token], cue_end: int, lexicon: NarratedLexicon) -> bool:
    """After the cue's words, the clause holds only a determiner and a noun of a position
    held ("ses promesses", "sa décision", "cet engagement")."""
    rest = [t for t in clause if t.idx >= cue_end and not t.is_punct]
    nouns = lexicon.held_nouns | lexicon.concession_nouns | lexicon.nouns
    return bool(rest) and all(t.pos_ == "DET" or lower(t) in nouns for t in rest)


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


def saying_verbs(language: str | None) -> frozenset[str]:
    """The reporting verbs of the extractor's cue lexicon (``cues.yaml``)."""
    return get_language(language).saying_verbs()


@cache
def quote_marks(language: str | None) -> dict[str, tuple[str, ...]]:
    """Opening quote mark -> the closing marks it pairs with (``quotes.yaml``)."""
    pairs = get_language(language).lexicon("quotes").get("pairs") or {}
    return {str(k): tuple(str(c) for c in v) for k, v in pairs.items()}


def quotation_after(anchor: Token) -> tuple[int, int] | None:
    """ "La ministre a d'abord dit : « … »": the span of the quotation a colon right after
    the verb opens, up to its closing mark, inside its paragraph."""
    doc = anchor.doc
    following = [t for t in doc[anchor.i + 1 : anchor.i + 4] if not t.is_space]
    if len(following) < 2 or following[0].text != ":":
        return None
    mark = following[1].text
    closers = quote_marks(doc.lang_).get(mark)
    if not closers:
        return None
    start = following[1].idx + len(mark)
    ends = [e for e in (doc.text.find(c, start) for c in closers) if e > start]
    if not ends or "\n" in doc.text[start : min(ends)]:
        return None
    return start, min(ends)


def left_subject(anchor: Token) -> Token | None:
    """The subject just before a verb when the parser hung it on a word between them ("La
    ministre a d'abord dit": "ministre" on "d'"): the last nominal subject of the sentence
    before the verb whose head lies between it and the verb."""
    for token in reversed(anchor.doc[anchor.sent.start : anchor.i]):
        if token.dep_ in {"nsubj", "nsubj:pass"}:
            return token if token.i < token.head.i <= anchor.i else None
    return None


def quotation_probe(
    anchor: Token, article: Article, lexicon: NarratedLexicon, statements: list[Statement]
) -> Statement | None:
    """A quotation the extractor left after "X a d'abord dit :" as a position of the
    verb's subject: the words are the speaker's, the verb's tense and adverbs ("avait",
    "d'abord") say when. None when a statement already holds most of the quotation."""
    if anchor.pos_ not in {"VERB", "AUX"} or anchor.lemma_.lower() not in saying_verbs(
        anchor.doc.lang_
    ):
        return None
    span = quotation_after(anchor)
    if span is None:
        return None
    start, end = span
    text = article.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # A statement inside the quotation ("j'ai toujours dit que …") is the speaker's own
    # reporting; one that holds most of it is the quotation extracted already.
    held = (min(end, s.content_span[1]) - max(start, s.content_span[0]) for s in statements)
    if end - start < 2 or any(2 * n >= end - start for n in held):
        return None
    subject = subject_of(anchor) or left_subject(anchor)
    if subject is None:
        return None
    mention_at = mention_span(subject)
    mention = definite_mention(subject, text[mention_at[0] : mention_at[1]], lexicon)
    # The cue runs from the subject to the verb ("La ministre | a d'abord dit"), whatever
    # the parser hung the auxiliary and adverbs on.
    between = [t for t in anchor.doc[subject.i + 1 : anchor.i] if t.idx >= mention_at[1]]
    while between and between[0].is_punct:
        between.pop(0)
    if any(t.is_punct for t in between):
        between = []
    cue = between + cue_tokens(anchor, lexicon)
    cue_start, cue_end = min(t.idx for t in cue), anchor.idx + len(anchor.text)
    return Statement(
        article=article.id,
        kind="direct",
        content=text[start:end],
        content_span=(start, end),
        cue=text[cue_start:cue_end],
        cue_span=(cue_start, cue_end),
        cue_lemma=anchor.lemma_.lower(),
        speaker_mention=mention,
        speaker_mention_span=mention_at,
        method=NARRATED,
        id=f"{article.id}:narrated:{start}-{end}",
    )


def noun_phrase_probe(noun: Token, article: Article, lexicon: NarratedLexicon) -> Statement | None:
    """ "Cette décision assumée du premier ministre avait déclenché la colère …": a noun of
    a held position (``held_nouns``) with its holder after a partitive, the subject of a
    verb in the pluperfect or the imperfect, is an earlier position of that holder. Read
    on the words' order (noun, participles or adjectives, "du"/"de", the holder, the
    verb), which holds where the parser reads the participle as the main verb; a noun
    phrase before a present or a passé composé ("la décision du maire a surpris") tells
    nothing of an earlier time and is left out."""
    if noun.pos_ != "NOUN" or lower(noun) not in lexicon.held_nouns:
        return None
    doc, sentence = noun.doc, noun.sent
    first = noun.i - 1 if noun.i > sentence.start and doc[noun.i - 1].pos_ == "DET" else noun.i
    # Up to two modifiers: adjectives or participles, which the tagger may read as finite
    # verbs ("assumée").
    i = noun.i + 1
    while i < min(sentence.end, noun.i + 3) and doc[i].pos_ in {"ADJ", "VERB"}:
        i += 1
    partitives = get_language(doc.lang_).grammar.partitives
    if i >= sentence.end or lower(doc[i]) not in partitives:
        return None
    holder_start = i + 1
    j = holder_start
    while j < sentence.end and doc[j].pos_ in {"DET", "ADJ", "NOUN", "PROPN"} | (
        {"ADP"} if lower(doc[j]) in partitives else set()
    ):
        j += 1
    if j == holder_start or j >= sentence.end:
        return None
    verb = j
    while verb < sentence.end and doc[verb].pos_ == "ADV":
        verb += 1
    if verb >= sentence.end or doc[verb].pos_ not in {"AUX", "VERB"}:
        return None
    if "Imp" not in doc[verb].morph.get("Tense"):
        return None
    text = article.text
    start, end = doc[first].idx, doc[j - 1].idx + len(doc[j - 1].text)
    mention_at = (doc[holder_start].idx, end)
    mention = text[mention_at[0] : mention_at[1]]
    article_word = lexicon.fused_articles.get(lower(doc[i]))
    if article_word:
        mention = f"{article_word} {mention}"
    cue_end = doc[verb].idx + len(doc[verb].text)
    return Statement(
        article=article.id,
        kind="indirect",
        content=text[start:end],
        content_span=(start, end),
        cue=text[noun.idx : cue_end],
        cue_span=(noun.idx, cue_end),
        cue_lemma=noun.lemma_.lower(),
        speaker_mention=mention,
        speaker_mention_span=mention_at,
        method=NARRATED,
        id=f"{article.id}:narrated:{start}-{end}",
    )


#: Tokens after an undoing verb within which the relative clause of its object may start.
UNDONE_REACH = 20


def undone_turn(
    verb: Token, article: Article, lexicon: NarratedLexicon
) -> tuple[Statement, Statement] | None:
    """ "X a annulé la hausse qu'il avait lui-même décidée en janvier": a verb of undoing
    (``undo_verbs``) whose object a relative clause says the same holder had set up
    (``instituting_verbs``, in the pluperfect, its subject a pronoun that takes up the
    verb's subject) is a change by itself: the relative clause is the earlier position,
    the undoing the current one. Read on the words' order (the parser often hangs such a
    relative clause on the wrong noun). Whoever else had set it up ("la fête que son
    prédécesseur avait organisée"), or a relative clause that opposed it ("qu'il avait
    dénoncée"), makes no turn. Returns (earlier, current) probes, without speakers."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.undo_verbs:
        return None
    doc, sentence = verb.doc, verb.sent
    subject = subject_of(verb)
    if subject is None:
        return None
    complementizers = get_language(doc.lang_).grammar.complementizers
    end = min(sentence.end, verb.i + UNDONE_REACH)
    relative = next((t for t in doc[verb.i + 1 : end] if lower(t) in complementizers), None)
    if relative is None or any(
        t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm")
        for t in doc[verb.i + 1 : relative.i]
    ):
        return None
    words = list(doc[relative.i + 1 : min(sentence.end, relative.i + 6)])
    if len(words) < 3 or words[0].pos_ != "PRON" or "Rel" in words[0].morph.get("PronType"):
        return None
    pronoun = words[0]
    for feature in ("Gender", "Number"):
        mine, theirs = pronoun.morph.get(feature), subject.morph.get(feature)
        if mine and theirs and mine != theirs:
            return None
    auxiliary = words[1]
    if lower(auxiliary) not in reversal_auxiliaries(doc.lang_):
        return None
    participle = next((t for t in words[2:] if t.lemma_.lower() in lexicon.instituting_verbs), None)
    if participle is None:
        return None
    clause_end = participle.i
    for t in doc[participle.i + 1 : sentence.end]:
        if t.is_punct or is_boundary(t):
            break
        clause_end = t.i
    text = article.text
    mention_at = mention_span(subject)
    mention = text[mention_at[0] : mention_at[1]]
    current_start = min(t.idx for t in cue_tokens(verb, lexicon))
    current_end = doc[relative.i - 1].idx + len(doc[relative.i - 1].text)
    earlier_start = relative.idx
    earlier_end = doc[clause_end].idx + len(doc[clause_end].text)
    participle_end = participle.idx + len(participle.text)

    def side(start: int, end: int, cue: tuple[int, int], lemma: str) -> Statement:
        return Statement(
            article=article.id,
            kind="indirect",
            content=text[start:end],
            content_span=(start, end),
            cue=text[cue[0] : cue[1]],
            cue_span=cue,
            cue_lemma=lemma,
            speaker_mention=mention,
            speaker_mention_span=mention_at,
            method=NARRATED,
            id=f"{article.id}:narrated:{start}-{end}",
        )

    verb_end = verb.idx + len(verb.text)
    return (
        side(earlier_start, earlier_end, (auxiliary.idx, participle_end), participle.lemma_),
        side(current_start, current_end, (current_start, verb_end), verb.lemma_.lower()),
    )


#: Tokens after a concession mark ("malgré", "en dépit de") within which its noun comes.
CONCESSION_REACH = 4


@dataclass(frozen=True)
class Concession:
    """ "X a fermé l'école malgré ses promesses": a position held (the concession's noun
    phrase) that the clause it hangs on goes against. ``current`` is that clause as a
    probe, or ``taken_up`` the statement a demonstrative subject takes up ("Cette
    annonce, attendue malgré les dénégations répétées du principal intéressé, …").
    The earlier position's holder is the current side's (a possessive, "l'intéressé")."""

    earlier: Statement
    current: Statement | None
    taken_up: Statement | None


def concession_turn(
    mark: Token, article: Article, lexicon: NarratedLexicon, statements: list[Statement]
) -> Concession | None:
    """A concession mark (``concession_marks``) before a noun of a position held
    (``concession_nouns``: dénégations, promesses …) sets that position against the
    clause the phrase hangs on: what the holder denied or promised, then did the contrary.
    The holder must be the current side's own: a possessive, or a word that designates the
    one concerned (``self_designations``: "du principal intéressé"); a holder named after
    "du"/"de" is someone else (the same would be a possessive). The current side is the
    verb's clause; a demonstrative noun of saying (``take_up_nouns``: "cette annonce")
    instead takes up the announcement told before the sentence. Read on the words' order,
    as the held nouns are."""
    if lower(mark) not in lexicon.concession_marks:
        return None
    doc, sentence = mark.doc, mark.sent
    reach = doc[mark.i + 1 : min(sentence.end, mark.i + 1 + CONCESSION_REACH)]
    noun = next((t for t in reach if t.pos_ == "NOUN"), None)
    if noun is None or lower(noun) not in lexicon.concession_nouns:
        return None
    between = doc[mark.i + 1 : noun.i]
    possessive = any("Yes" in t.morph.get("Poss") for t in between)
    first = between[-1].i if len(between) and between[-1].pos_ == "DET" else noun.i
    i = noun.i + 1
    while i < min(sentence.end, noun.i + 3) and doc[i].pos_ in {"ADJ", "VERB"}:
        i += 1
    partitives = get_language(doc.lang_).grammar.partitives
    text = article.text
    end = doc[i - 1].idx + len(doc[i - 1].text)
    own = possessive
    if i < sentence.end and lower(doc[i]) in partitives:
        j = i + 1
        while j < sentence.end and doc[j].pos_ in {"DET", "ADJ", "NOUN", "PROPN"} | (
            {"ADP"} if lower(doc[j]) in partitives else set()
        ):
            j += 1
        holder = " ".join(lower(t) for t in doc[i + 1 : j] if t.pos_ != "DET")
        own = holder in lexicon.self_designations
        end = doc[j - 1].idx + len(doc[j - 1].text)
    if not own:
        # "malgré les dénégations du maire": a holder named apart from the clause's subject
        # is someone else (the same one would be a possessive).
        return None
    start = doc[first].idx
    earlier = Statement(
        article=article.id,
        kind="indirect",
        content=text[start:end],
        content_span=(start, end),
        cue=text[mark.idx : noun.idx + len(noun.text)],
        cue_span=(mark.idx, noun.idx + len(noun.text)),
        cue_lemma=noun.lemma_.lower(),
        speaker_mention=None,
        speaker_mention_span=None,
        method=NARRATED,
        id=f"{article.id}:narrated:{start}-{end}",
    )
    head = noun.head
    if head.i == noun.i:
        return None
    subject = subject_of(head) if head.pos_ in {"VERB", "AUX"} else None
    described = head.head if head.dep_ in {"acl", "amod"} else subject
    if (
        described is not None
        and described.pos_ == "NOUN"
        and described.lemma_.lower() in lexicon.take_up_nouns
        and any("Dem" in c.morph.get("PronType") for c in described.children)
    ):
        told = [
            s
            for s in statements
            if s.speaker is not None and s.content_span[1] <= sentence.start_char
        ]
        if not told:
            return None
        return Concession(earlier, None, announcement(told))
    if subject is None or quoted(head, statements):
        return None
    current = probe(head, article, lexicon, frozenset(t.i for t in noun.subtree) | {mark.i})
    if current is None:
        return None
    return Concession(earlier, current, None)


def announcement(told: list[Statement]) -> Statement:
    """What "cette annonce" takes up: the last run of one speaker's statements before it,
    from its first ("X a déclaré « … ». « … », a-t-il ajouté": the announcement is the
    first, the others add to it)."""
    ordered = sorted(told, key=lambda s: s.content_span)
    speaker = ordered[-1].speaker
    run = len(ordered) - 1
    while run > 0 and ordered[run - 1].speaker == speaker:
        run -= 1
    return ordered[run]


@cache
def reversal_auxiliaries(language: str | None) -> frozenset[str]:
    """The pluperfect auxiliaries of ``reversals.yaml`` ("avait", "avaient")."""
    data = get_language(language).lexicon("reversals")
    return frozenset(str(w).lower() for w in data.get("earlier_auxiliaries") or ())


def holder_place(subject: Token, lexicon: NarratedLexicon) -> Token | None:
    """ "Au syndicat, on assure …": the impersonal subject speaks for the body the clause
    places it in; without such a place it names nobody."""
    for child in subject.head.children:
        placed = any(c.dep_ == "case" and lower(c) in lexicon.holder_places for c in child.children)
        if child.dep_.startswith("obl") and child.i < subject.i and placed:
            return child
    return None


def contrast_of(anchor: Token, lexicon: NarratedLexicon) -> Token | None:
    """ "contrairement à ce qu'il avait dit": the contrast adverb just before a relative or
    adverbial clause, which sets what the clause tells against the main clause (the parser
    hangs the clause on "ce" or on the main verb)."""
    if anchor.dep_ not in {"acl:relcl", "advcl"}:
        return None
    edge = anchor.left_edge.i
    for token in anchor.doc[max(anchor.sent.start, edge - CONTRAST_REACH) : edge]:
        if lower(token) in lexicon.contrast_adverbs:
            return token
    return None


def turn_head(anchor: Token, lexicon: NarratedLexicon) -> Token | None:
    """The clause an earlier position is set against in the same sentence: the verb a
    "après avoir …" clause hangs on, or the verb whose subject a relative clause or an
    earlier adjective of position describes ("X, qui avait promis …, a annoncé …"; "X,
    jusque-là opposé à …, a donné son accord")."""
    if anchor.dep_ == "advcl" and anchor.head.pos_ in {"VERB", "AUX"}:
        return anchor.head
    contrast = contrast_of(anchor, lexicon)
    if contrast is not None and anchor.dep_ == "acl:relcl":
        return contrast.head if contrast.head.pos_ in {"VERB", "AUX"} else None
    describes = anchor.dep_ == "acl:relcl" or (
        anchor.dep_ in {"acl", "amod", "appos", "conj"}
        and is_adjective_anchor(anchor, lexicon)
        and anchor.head.pos_ in {"NOUN", "PROPN"}
    )
    if not describes:
        return None
    noun = anchor.head
    # "Le maire de Vernoux, X, qui …": the parser may hang the clause on the name in
    # apposition (or read the apposition as a coordination): climb to the subject.
    while noun.dep_ in {"appos", "conj", "flat:name"} and noun.head is not noun:
        noun = noun.head
    if noun.dep_ in {"nsubj", "nsubj:pass"} and noun.head.pos_ in {"VERB", "AUX"}:
        return noun.head
    return None


def fronted_head(anchor: Token, lexicon: NarratedLexicon) -> Token | None:
    """ "Alors qu'il avait promis …, le premier ministre a finalement fait volte-face": a
    clause opened at the sentence's start by a contrast adverb and a complementizer
    (``fronted_openers``), with a pronoun subject, is set against the main clause after it,
    whose verb is the head returned. The parser often makes the fronted clause the root
    and hangs the main verb inside it, so the main clause is found by word order: its
    nominal subject is the first one after the anchor whose verb follows it."""
    sentence = anchor.sent
    if len(sentence) < 3 or lower(sentence[0]) not in lexicon.fronted_openers:
        return None
    complementizers = get_language(anchor.doc.lang_).grammar.complementizers
    if lower(sentence[1]) not in complementizers:
        return None
    subject = subject_of(anchor)
    if subject is None or subject.pos_ != "PRON" or subject.i < sentence[1].i:
        return None
    for token in anchor.doc[anchor.i + 1 : sentence.end]:
        if is_boundary(token):
            return None
        opens = token.left_edge.i - 1
        if (
            token.dep_ in {"nsubj", "nsubj:pass"}
            and token.pos_ != "PRON"
            and token.head.i > token.i
            and anchor.doc[opens].text == ","
        ):
            return token.head if token.head.pos_ in {"VERB", "AUX"} else None
    return None


def later_clause(anchor: Token, lexicon: NarratedLexicon) -> tuple[Token, Token] | None:
    """ "X a d'abord refusé de vendre, avant d'accepter l'offre", "X aurait rechigné à …
    avant de finalement se laisser convaincre": an infinitive clause opened by a
    preposition of what comes after (``later_marks``) is told after the clause it hangs
    on. Returns the later clause's verb (the infinitive the anchor belongs to, past the
    infinitives the parser hung on each other) and the verb of the clause it hangs on
    (past the infinitives that one governs): that clause is the earlier position. Read by
    the clause's first word: the parser hangs the mark on any verb of the chain."""
    top = anchor
    while (
        top.dep_ in {"dep", "xcomp"}
        and top.head is not top
        and "Inf" in top.head.morph.get("VerbForm")
    ):
        top = top.head
    if "Inf" not in top.morph.get("VerbForm"):
        return None
    if lower(top.doc[top.left_edge.i]) not in lexicon.later_marks:
        return None
    head = top.head
    if head is top or head.pos_ not in {"VERB", "AUX"}:
        return None
    while head.dep_ == "xcomp" and head.head is not head and head.head.pos_ in {"VERB", "AUX"}:
        head = head.head
    return top, head


def subject_start(verb: Token) -> int:
    """Where the subject of ``verb`` starts (the verb itself when it has none)."""
    subject = next((c for c in verb.children if is_subject(c)), None)
    return subject.left_edge.i if subject is not None else verb.i


def takes_up_subject(anchor: Token, head: Token, lexicon: NarratedLexicon) -> bool:
    """The earlier clause's subject is a personal pronoun that can take up the subject of
    the clause it is set against, in the same sentence: the same gender and number when
    the parse gives them; an impersonal "on" ("contrairement à ce qu'on disait") names
    nobody. The resolver, which reads statements in order, may not bind such a pronoun
    when the name only follows it."""
    pronoun, subject = subject_of(anchor), subject_of(head)
    if pronoun is None or subject is None or pronoun.pos_ != "PRON":
        return False
    if lower(pronoun) in lexicon.impersonal_subjects:
        return False
    if "Prs" not in pronoun.morph.get("PronType") and pronoun.morph.get("Person") != ["3"]:
        return False
    for feature in ("Gender", "Number"):
        mine, theirs = pronoun.morph.get(feature), subject.morph.get(feature)
        if mine and theirs and mine != theirs:
            return False
    return True


def anchors(doc: Doc, language: str | None, extra: set[int]) -> list[Token]:
    """The anchors of narrated positions in ``doc``; ``extra`` are token indexes taken as
    anchors whatever their word (the verbs reversal cues are made of)."""
    lexicon = narrated_lexicon(language)
    found = []
    for token in doc:
        if (
            token.i in extra
            or is_verb_anchor(token, lexicon)
            or is_adjective_anchor(token, lexicon)
            or is_noun_anchor(token, lexicon)
        ):
            found.append(token)
    return found


def cue_verbs(doc: Doc, spans: list[tuple[int, int]]) -> dict[int, int]:
    """The verbs inside reversal cues ("a fini par", "s'est résolu"), with where their cue
    ends: the clause such a verb heads is the new position the cue announces."""
    found: dict[int, int] = {}
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        verbs = [t for t in span if t.pos_ == "VERB"]
        if verbs:
            found[verbs[0].i] = end
    return found


@dataclass(frozen=True)
class NarratedReading:
    """The narrated positions of an article (statement-shaped probes with a speaker), and
    the pairs (earlier id, current id) that one sentence sets against each other."""

    positions: list[Statement]
    turns: list[tuple[str, str]]
    #: (person, body) speaker ids the article ties (``dixit.analyse.holders``).
    ties: Ties = frozenset()
    #: Ids of earlier positions a verb of undoing sets against ("a annulé la taxe qu'il
    #: avait instaurée"), or a concession ("malgré ses promesses"): their turn is a change
    #: whatever the stances.
    undone: frozenset[str] = frozenset()
    #: Person id -> the body they speak for (``dixit.analyse.holders.voices``).
    voices: dict[str, str] = field(default_factory=dict)
    #: Ids of earlier positions a construction sets before the clause told after them
    #: ("X a refusé …, avant d'accepter …"): set before whatever their tense.
    ordered: frozenset[str] = frozenset()
    #: Ids of cue clauses that say only that a change happened ("X a fait marche
    #: arrière"): a new side only, paired with a position the text sets earlier.
    changes: frozenset[str] = frozenset()


def narrated_positions(
    doc: Doc,
    article: Article,
    statements: list[Statement],
    cue_spans: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> list[Statement]:
    """Narrated positions of ``article`` as statement-shaped probes with a speaker."""
    return read_narrated(doc, article, statements, cue_spans).positions


def read_narrated(
    doc: Doc,
    article: Article,
    statements: list[Statement],
    cue_spans: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> NarratedReading:
    """Narrated positions of ``article`` and the turns that link them.

    A probe whose anchor is an extracted statement's cue takes that statement's speaker,
    date and id (``via``); the others are resolved by the speaker resolver, run on a copy
    of ``statements`` with the probes, so the statements themselves are untouched.
    """
    from dixit.registry import default_registry
    from dixit.resolve.speakers import ArticleState, load_lexicon, resolve_article

    if not doc.has_annotation("DEP"):
        # A pipeline without a parser: no clause to read.
        return NarratedReading(positions=[], turns=[])
    language = article.language or doc.lang_
    lexicon = narrated_lexicon(language)
    probes: dict[tuple[int, int], Statement] = {}
    turns: list[tuple[tuple[int, int], tuple[int, int]]] = []
    overrun: set[tuple[int, int]] = set()
    # Earlier clauses whose pronoun subject takes up the subject of the clause they are set
    # against ("Contrairement à ce qu'il avait dit, X a …").
    taken_up: set[tuple[int, int]] = set()
    # Earlier clauses a verb of undoing sets against ("a annulé la taxe qu'il avait
    # instaurée"): a change whatever their stances.
    undone: set[tuple[int, int]] = set()
    # Earlier clauses whose order the construction sets ("X a refusé …, avant
    # d'accepter …"), whatever their tense.
    ordered: set[tuple[int, int]] = set()
    # Cue clauses that say only that a change happened ("a fait marche arrière").
    changes: set[tuple[int, int]] = set()
    cue_ends = cue_verbs(doc, list(cue_spans))
    # Positions a concession sets against the clause it hangs on ("malgré ses promesses").
    concessions: list[Concession] = []
    for token in doc:
        quotation = quotation_probe(token, article, lexicon, statements)
        if quotation is not None:
            probes.setdefault(quotation.content_span, quotation)
        held = noun_phrase_probe(token, article, lexicon)
        if held is not None and not quoted(token, statements):
            probes.setdefault(held.content_span, held)
        concession = (
            None
            if quoted(token, statements)
            else concession_turn(token, article, lexicon, statements)
        )
        if concession is not None:
            concessions.append(concession)
            if concession.current is not None:
                probes.setdefault(concession.current.content_span, concession.current)
        undoing = None if quoted(token, statements) else undone_turn(token, article, lexicon)
        if undoing is not None:
            earlier, now = undoing
            probes[earlier.content_span] = earlier
            probes[now.content_span] = now
            turns.append((earlier.content_span, now.content_span))
            undone.add(earlier.content_span)
    for anchor in anchors(doc, language, set(cue_ends)):
        if quoted(anchor, statements):
            continue
        later = later_clause(anchor, lexicon)
        head = turn_head(anchor, lexicon) if later is None else None
        earlier_words = frozenset(t.i for t in anchor.subtree)
        main_words: frozenset[int] = frozenset()
        fronted = fronted_head(anchor, lexicon) if head is None else None
        if fronted is not None:
            # The fronted clause runs up to the main clause's subject, whatever the parse
            # hung on it.
            head = fronted
            earlier_words = frozenset(range(anchor.sent.start, subject_start(fronted)))
            main_words = frozenset(range(subject_start(fronted), anchor.sent.end))
        found = probe(anchor, article, lexicon, main_words, cue_ends=cue_ends)
        if found is None:
            continue
        probes.setdefault(found.content_span, found)
        # The statement on the anchor's own verb may run over into the clause it is set
        # against ("qui avait promis de …, a finalement signé …"): the parse says where
        # that clause starts, so that statement does not hide it.
        own = [s for s in statements if s is not statement_of(found, statements)]
        if later is not None and not quoted(later[1], own):
            # The anchor's clause is the later one: the clause it hangs on came first.
            top, main = later
            now = found if top is anchor else probe(top, article, lexicon)
            first = probe(main, article, lexicon, frozenset(t.i for t in top.subtree))
            if first is not None and now is not None:
                probes.setdefault(now.content_span, now)
                probes.setdefault(first.content_span, first)
                if (first.content_span, now.content_span) not in turns:
                    turns.append((first.content_span, now.content_span))
                overrun.add(first.content_span)
                ordered.add(first.content_span)
        if head is not None and not quoted(head, own):
            current = probe(head, article, lexicon, earlier_words)
            if current is not None:
                probes.setdefault(current.content_span, current)
                turns.append((found.content_span, current.content_span))
                overrun.add(found.content_span)
                if takes_up_subject(anchor, head, lexicon):
                    taken_up.add(found.content_span)
    for span in cue_spans:
        if any(overlap(p.cue_span, span) for p in probes.values()):
            continue
        # The cue's clause says only that a change happened: its sequel says what it is.
        # (Imported here: the sequel reader builds on this module's clause reading.)
        from dixit.analyse.sequel import (
            bare_change_probe,
            commitment_end,
            fronted_cue_probe,
            sequel_probe,
            undone_sequel,
        )

        sequel = sequel_probe(doc, article, span, lexicon)
        cue_at = doc.char_span(*span, alignment_mode="expand")
        if sequel is None and cue_at is not None and not quoted(cue_at[0], statements):
            # "Revirement de dernière minute, X a …": the main clause the cue opens.
            sequel = fronted_cue_probe(doc, article, span, lexicon)
            if sequel is not None:
                probes.setdefault(sequel.content_span, sequel)
                continue
        if sequel is None:
            cue_words = words(article.text[span[0] : span[1]])
            # "avant de revenir sur sa décision": the cue names only what was given up.
            upto = commitment_end(doc, span, lexicon)
            if upto is not None or find([("bare", p) for p in lexicon.bare_cues], cue_words):
                bare = bare_change_probe(doc, article, span, lexicon, upto)
                if bare is not None and not quoted(
                    doc.char_span(*span, alignment_mode="expand")[0], statements
                ):
                    probes.setdefault(bare.content_span, bare)
                    changes.add(bare.content_span)
            continue
        sequel_words = doc.char_span(*sequel.content_span, alignment_mode="expand")
        if sequel_words is None or quoted(sequel_words[0], statements):
            continue
        undoing = undone_sequel(doc, article, sequel, lexicon)
        if undoing is not None:
            earlier, sequel = undoing
            # The undoing verb's own clause runs over the participle: the turn replaces it.
            for key in [k for k, p in probes.items() if p.cue_span == sequel.cue_span]:
                del probes[key]
            probes[earlier.content_span] = earlier
            turns.append((earlier.content_span, sequel.content_span))
            undone.add(earlier.content_span)
        probes.setdefault(sequel.content_span, sequel)
    linked: dict[tuple[int, int], Statement] = {}
    unlinked: list[Statement] = []
    current = {b for _, b in turns}
    for span, found in probes.items():
        statement = statement_of(found, statements)
        if statement is not None and statement.speaker is None:
            statement = None
        if statement is not None and not covers(found, statement) and span not in overrun:
            if span in current:
                # The clause set against an earlier position is that position's other
                # side; the statement on the same verb gives its speaker.
                linked[span] = replace(
                    found, speaker=statement.speaker, statement_date=statement.statement_date
                )
            # "« … », a-t-il promis": the statement shows the position better.
            continue
        if statement is not None and said_before_cue(statement, found):
            # "« … », assurait pourtant X": the quotation before a postposed cue is the
            # position; the clause after the cue only says who held it and when.
            linked[span] = replace(statement, via=statement.id)
        elif statement is not None:
            linked[span] = replace(
                found,
                speaker=statement.speaker,
                statement_date=statement.statement_date,
                via=statement.id,
            )
        elif found.speaker_mention:
            unlinked.append(found)
    # The resolver runs on copies of the statements with the probes: the probes get their
    # speakers, and its reading of the article (descriptions bound to people) gives the ties.
    state = ArticleState(doc, article, default_registry(), load_lexicon(language))
    resolve_article(state, [replace(s) for s in statements] + unlinked)
    unlinked = [
        same_description(someone_of_theirs(p, language), statements, language) for p in unlinked
    ]
    # A description the resolver bound to nobody: the fuller mention it takes up, or a
    # holder of its own (``dixit.analyse.described``).
    told = [*statements, *linked.values(), *unlinked]
    unlinked = [described_holder(p, state, told) for p in unlinked]
    positions = {**linked, **{p.content_span: p for p in unlinked}}
    for a, b in turns:
        if a in taken_up and a in positions and b in positions and positions[a].speaker is None:
            positions[a] = replace(positions[a], speaker=positions[b].speaker)
    ties = body_ties(state)
    conceded: list[tuple[str, str]] = []
    for concession in concessions:
        pair = conceded_pair(concession, positions)
        if pair is not None:
            earlier, now = pair
            positions[earlier.content_span] = earlier
            conceded.append((earlier.id, now.id))
    return NarratedReading(
        positions=list(positions.values()),
        turns=[
            (positions[a].id, positions[b].id)
            for a, b in turns
            if a in positions and b in positions
        ]
        + conceded,
        ties=ties,
        undone=frozenset(positions[a].id for a in undone if a in positions)
        | {a for a, _ in conceded},
        voices=voices(state, ties),
        ordered=frozenset(positions[a].id for a in ordered if a in positions),
        changes=frozenset(positions[a].id for a in changes if a in positions),
    )


def conceded_pair(
    concession: Concession, positions: dict[tuple[int, int], Statement]
) -> tuple[Statement, Statement] | None:
    """The (earlier, current) sides of a concession once speakers are resolved: the
    earlier position is the current side's holder's own."""
    now = concession.taken_up or (
        positions.get(concession.current.content_span) if concession.current else None
    )
    if now is None or now.speaker is None:
        return None
    return replace(concession.earlier, speaker=now.speaker), now


def someone_of_theirs(found: Statement, language: str | None) -> Statement:
    """A holder described by their tie to a named person ("l'avocat de Salah Abdeslam", "la
    sœur du ministre Paul Darnac") is not that person: a speaker the resolver read as the
    person named after the preposition is dropped."""
    if found.speaker is None or not found.speaker_mention:
        return found
    mention = [w.text for w in words(found.speaker_mention)]
    name = [w.text for w in words(found.speaker.name)]
    grammar = get_language(language).grammar
    if not name or mention[:1] == [] or mention[0] not in grammar.definite_determiners:
        return found
    links = narrated_lexicon(language).kin_links
    for i in range(2, len(mention) - len(name) + 1):
        if mention[i : i + len(name)] == name and mention[i - 1] in links:
            return replace(found, speaker=None)
    return found


def same_description(
    found: Statement, statements: list[Statement], language: str | None
) -> Statement:
    """A holder named by a definite description an extracted statement's speaker is named
    by too ("le premier ministre") is that statement's speaker: one article's description
    is one referent, and the statement's reading has the article's context at that point
    (a narrated position told before the person is introduced again may be read
    otherwise)."""
    mention = (found.speaker_mention or "").lower().replace("’", "'")
    determiners = get_language(language).grammar.definite_determiners
    if mention.split(" ")[0] not in determiners:
        return found
    for statement in statements:
        theirs = (statement.speaker_mention or "").lower().replace("’", "'")
        if theirs == mention and statement.speaker is not None:
            return replace(found, speaker=statement.speaker)
    return found


def quoted(anchor: Token, statements: list[Statement]) -> bool:
    """The anchor is inside what a statement reports: the speaker's words, not narration
    ("« je ne veux pas … »", a-t-il dit)."""
    at = anchor.idx
    if any(s.cue_span and s.cue_span[0] <= at < s.cue_span[1] for s in statements):
        return False
    return any(s.content_span[0] <= at < s.content_span[1] for s in statements)


def overlap(span: tuple[int, int] | None, other: tuple[int, int]) -> bool:
    """Two character spans share a character."""
    return span is not None and span[0] < other[1] and other[0] < span[1]


def said_before_cue(statement: Statement, found: Statement) -> bool:
    """The statement's words end before the probe's cue: a quotation with a postposed cue
    ("« … », assurait X"), which a clause read from the cue on would lose."""
    assert found.cue_span is not None
    return statement.content_span[1] <= found.cue_span[0]


def covers(found: Statement, statement: Statement) -> bool:
    (a, b), (c, d) = found.content_span, statement.content_span
    return a <= c and d <= b


def statement_of(found: Statement, statements: list[Statement]) -> Statement | None:
    """The extracted statement whose cue is this probe's anchor verb."""
    assert found.cue_span is not None
    anchor_end = found.cue_span[1]
    for statement in statements:
        if statement.cue_span and statement.cue_span[0] < anchor_end <= statement.cue_span[1]:
            return statement
    return None
