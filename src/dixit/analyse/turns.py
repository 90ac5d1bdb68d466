"""Turns told in one sentence: an earlier position set against the clause it hangs on.

"X, qui avait promis …, a finalement signé …", "Alors qu'il avait promis …, X a …", "X a
refusé …, avant d'accepter …", "X a annulé la hausse qu'il avait lui-même décidée", "X a
fermé l'école malgré ses promesses": the construction, not a cue word, says the two sides
are one holder's change. Each reader returns the clause heads (or the probes) that
``dixit.analyse.narrated.read_narrated`` pairs.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dixit.analyse.clauses import (
    contrast_of,
    cue_tokens,
    is_adjective_anchor,
    is_boundary,
    lower,
)
from dixit.analyse.narrated_lexicon import NarratedLexicon, reversal_auxiliaries
from dixit.analyse.probes import narrated_statement, probe, quoted, respanned
from dixit.analyse.subjects import later_subject, mention_span, subject_of, subject_start
from dixit.extract.extensions import doc_text
from dixit.lang import get_language
from dixit.model import Article, Statement

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
        return narrated_statement(article.id, text, (start, end), cue, lemma, mention, mention_at)

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
    earlier = narrated_statement(
        article.id, text, (start, end), (mark.idx, noun.idx + len(noun.text)), noun.lemma_.lower()
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


def opening_head(anchor: Token, lexicon: NarratedLexicon) -> Token | None:
    """ "Après avoir affirmé que le marché resterait …, la maire a finalement annoncé …":
    a perfect infinitive after ``earlier_marks`` ("après avoir") that opens the sentence
    is set against the main clause after it. The parser often makes the opening clause
    the root, or hangs its completive on the main verb, so the main clause is found by
    word order: the verb of the first nominal subject after the anchor, past those of
    its completive ("que le marché …"), after a comma (``later_subject``); the opening
    clause runs up to that subject."""
    if anchor.pos_ not in {"VERB", "AUX"}:
        return None
    first = anchor.doc[anchor.left_edge.i]
    if first.i != anchor.sent.start or lower(first) not in lexicon.earlier_marks:
        return None
    if not any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in anchor.children
    ):
        return None
    subject = later_subject(anchor)
    if subject is None or subject.pos_ == "PRON" or subject.head is anchor:
        return None
    if anchor.doc[subject.left_edge.i - 1].text != ",":
        return None
    return subject.head if subject.head.pos_ in {"VERB", "AUX"} else None


def up_to_main(found: Statement, head: Token, article: Article) -> Statement:
    """The opening clause's probe run on, by word order, to where the main clause's
    subject starts: its completive may hang on the main verb ("Après avoir promis que la
    halle resterait ouverte, le maire a …": "resterait" read as the main verb's)."""
    doc = head.doc
    last = subject_start(head) - 1
    while last > 0 and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    start, end = found.content_span[0], doc[last].idx + len(doc[last].text)
    if end <= found.content_span[1]:
        return found
    return respanned(found, article.text, start, end)


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


#: Words of a plan's complement ("de construire un parking sur la place") at most.
PLAN_REACH = 14


def own_plan(
    doc: Doc, cue_span: tuple[int, int], current: Statement, lexicon: NarratedLexicon
) -> Statement | None:
    """ "Le maire renonce à son projet de parking", "est revenue sur sa décision de fermer
    l'école": a reversal cue whose object is a possessive and a noun of one's own plan or
    commitment (``plan_nouns``, singular) with its complement names the earlier side
    itself: what the holder had planned or decided. Returns that phrase as a probe held by
    the current side's holder (the possessive is theirs), or None. Read by word order
    after the cue (adverbs and at most one preposition before the possessive). A plural ("ses
    promesses") speaks of a habit; a bare noun ("sa décision") names no matter (a bare
    change, ``sequel.commitment_end``)."""
    cue = doc.char_span(*cue_span, alignment_mode="expand")
    if cue is None or current.speaker_mention is None:
        return None
    i = cue.end
    while i < len(doc) and doc[i].pos_ == "ADV":
        i += 1
    if i < len(doc) and doc[i].pos_ == "ADP":
        i += 1
    if i + 2 >= len(doc):
        return None
    determiner, noun = doc[i], doc[i + 1]
    if "Yes" not in determiner.morph.get("Poss") or lower(noun) not in lexicon.plan_nouns:
        return None
    if "Plur" in noun.morph.get("Number") or "Plur" in determiner.morph.get("Number"):
        return None
    mark = doc[i + 2]
    if lower(mark) not in {"de", "d'"}:
        return None
    end = mark.i
    for token in doc[mark.i + 1 : min(len(doc), mark.i + 1 + PLAN_REACH)]:
        if token.is_punct or is_boundary(token) or token.pos_ == "CCONJ":
            break
        end = token.i
    if end == mark.i:
        return None
    text = doc_text(doc)
    start, stop = determiner.idx, doc[end].idx + len(doc[end].text)
    return narrated_statement(
        current.article,
        text,
        (start, stop),
        (determiner.idx, noun.idx + len(noun.text)),
        noun.lemma_.lower(),
        current.speaker_mention,
        current.speaker_mention_span,
    )
