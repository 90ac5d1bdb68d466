"""Clauses of narration read from the parse: their anchor, their words and their tense.

A narrated position is a clause around an anchor (a verb of position, the verb a reversal
cue is made of, an adjective of position after an earlier-time adverb, a noun of commitment
under a copula). Its words are the anchor with its dependents, the subject and coordinated
clauses left out (the subject names the holder: ``dixit.analyse.subjects``); its cue is
what carries the tense ("avait pourtant assuré", "après avoir tergiversé", "la veille
encore").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dixit.analyse.narrated_lexicon import NarratedLexicon, narrated_lexicon
from dixit.lang import get_language

#: Dependency labels whose subtrees are not part of a position's clause: the subject (it
#: names the speaker), loosely attached clauses and relative clauses of the anchor (a
#: position of their own). A coordinated clause is left out too (``is_left_out``).
LEFT_OUT = frozenset({"nsubj", "nsubj:pass", "expl:subj", "parataxis", "acl:relcl"})


#: Words before a clause in which a contrast adverb sets it against the main clause
#: ("contrairement à ce qu'…": the adverb, "à", "ce").
CONTRAST_REACH = 3


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


def is_negated(anchor: Token) -> bool:
    """ "n'avait pas exclu": a negation particle with the anchor; "n'avait promis que …"
    is a restriction ("only"), not a negation (``Grammar.restricts``)."""
    grammar = get_language(anchor.doc.lang_).grammar
    found = {lower(c) for c in anchor.children if c.dep_ == "advmod"} & grammar.negations
    following = lower(anchor.doc[anchor.i + 1]) if anchor.i + 1 < len(anchor.doc) else None
    return bool(found) and not grammar.restricts(found, following)


def names_only_commitment(clause: list[Token], cue_end: int, lexicon: NarratedLexicon) -> bool:
    """After the cue's words, the clause holds only a determiner and a noun of a position
    held ("ses promesses", "sa décision", "cet engagement")."""
    rest = [t for t in clause if t.idx >= cue_end and not t.is_punct]
    nouns = lexicon.held_nouns | lexicon.concession_nouns | lexicon.nouns
    return bool(rest) and all(t.pos_ == "DET" or lower(t) in nouns for t in rest)
