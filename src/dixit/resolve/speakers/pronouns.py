"""Pronouns and "ce dernier".

A pronoun takes the previous statement's speaker when gender and number agree and it is
near, unless a later main-clause subject took over; else the most recent agreeing person.
"La maire, elle, a annoncé" takes up the phrase before it (``dislocated_phrase``; the
resolver resolves that phrase as a mention). "ce dernier" is the last entity named before it
that is not the subject of its own clause.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable

from spacy.tokens import Span, Token

from dixit.extract.quotes import quote_marks
from dixit.extract.syntax import sentence_of
from dixit.lang import get_language
from dixit.model import SpeakerMethod, Statement
from dixit.registry import inflections, normalise_name
from dixit.resolve.speakers import organisations
from dixit.resolve.speakers.descriptions import description_of
from dixit.resolve.speakers.entities import (
    UNRESOLVED,
    Entity,
    Ref,
    Resolution,
    compatible,
    sure_gender,
)
from dixit.resolve.speakers.phrases import breaks_phrase
from dixit.resolve.speakers.state import (
    LOOKBACK_CHARS,
    PRONOUN_PARAGRAPH_WINDOW,
    ArticleState,
    Mention,
    anchor,
    bracketed_label,
)

#: What may open the clause of a dislocated topic ("…, La maire, elle, a annoncé").
_TOPIC_OPENERS = frozenset({",", ":", ";", "»", "”", '"'})


def pronoun_of(mention: Mention, state: ArticleState) -> tuple[str | None, str] | None:
    """(gender, number) of a mention that is a pronoun ("il", "selon elle"), else None."""
    return state.lex.pronouns.get(" ".join(mention.raw))


def resolve(mention: Mention, state: ArticleState) -> Resolution | None:
    """A pronoun: the most salient agreeing entity before it."""
    agreement = pronoun_of(mention, state)
    if agreement is None:
        return None
    gender, number = agreement
    answered = answered_people(state, mention.start)
    previous = mention.previous
    speaker = previous.speaker if previous is not None else None
    if previous is not None and speaker is not None and speaker.id in answered:
        previous = speaker_before(state, previous, answered)
    return resolve_pronoun(
        state, mention.statement, mention.start, gender, number, previous, answered
    )


def answered_people(state: ArticleState, start: int) -> frozenset[str]:
    """The people named in a phrase that opens the pronoun's sentence on whom its subject
    answers (``reply_frames``: "En réaction au chef de l'opposition, Marc X, qui a exigé …,
    il a répondu"): they are spoken to, not the pronoun."""
    if not state.lex.reply_frames:
        return frozenset()
    lo = state.sent_starts[state.sent_of(start)]
    words = tuple(normalise_name(state.text[lo:start]).split())
    if not any(words[: len(frame)] == frame for frame in state.lex.reply_frames):
        return frozenset()
    return frozenset(ref.entity for ref in state.refs_between(lo, start) if ref.start < start)


def speaker_before(
    state: ArticleState, previous: Statement, answered: frozenset[str]
) -> Statement | None:
    """The last statement before ``previous`` whose speaker is none of ``answered``."""
    earlier = [
        s
        for s in state.statements
        if s.speaker is not None and s.speaker.id not in answered and anchor(s) < anchor(previous)
    ]
    return max(earlier, key=anchor) if earlier else None


def resolve_group_antecedent(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "Les syndicats ont rencontré la direction jeudi. Ils estiment que …": a plural
    pronoun opening the sentence after one whose main subject is a plural group nobody
    names (``group_heads``: syndicats, habitants, manifestants …) stands for that group,
    nobody in particular: it stays unresolved rather than take the last body named ("la
    CGT"). Any other plural pronoun is left to the rules that look back."""
    agreement = pronoun_of(mention, state)
    span = mention.span
    if agreement is None or agreement[1] == "sing" or span is None:
        return None
    doc = state.doc
    own = sentence_of(doc, span.start)
    if own.start < 1 or span.root.head.i != own.root.i:
        return None
    before = sentence_of(doc, own.start - 1)
    if state.para_of(before.start_char) != state.para_of(span.start_char):
        return None
    subject = main_subject(before.root)
    if subject is None or subject.pos_ != "NOUN":
        return None
    if normalise_name(subject.text) not in state.lex.group_heads:
        return None
    return UNRESOLVED


def unnamed_subject_before(mention: Mention, state: ArticleState) -> Span | None:
    """ "La porte-parole du maire a contacté la radio pour préciser … « … », a-t-elle
    ajouté": the singular pronoun of the sentence right after one whose main subject is a
    person's description with no name in it, of the pronoun's gender, takes up that
    description (the phrase is returned for the resolver to read as a mention). A subject
    with a name, or one the article resolved already, is left to the other rules."""
    agreement = pronoun_of(mention, state)
    span = mention.span
    if agreement is None or agreement[1] != "sing" or agreement[0] is None or span is None:
        return None
    doc = state.doc
    own = sentence_of(doc, span.start)
    ran_on = own.root.i < span.start and not state.inside(own.root.idx, state.contents)
    if span.root.head.i != own.root.i and ran_on:
        # The parser ran the sentence on over the quotation its incise closes ("…, la
        # porte-parole a contacté la radio. « … », a-t-elle ajouté" as one sentence).
        before = own
    elif own.start >= 1:
        before = sentence_of(doc, own.start - 1)
    else:
        return None
    before = past_pronoun_sentences(state, before, span, mention.statement.content_span)
    if before is None:
        return None
    if state.inside(before.root.idx, state.quoted) or state.inside(before.root.idx, state.contents):
        return None
    subject = main_subject(before.root)
    if subject is None or subject.pos_ != "NOUN":
        return None
    if any(c.dep_ in {"appos", "flat:name"} for c in subject.children):
        return None
    phrase = doc[subject.left_edge.i : subject.right_edge.i + 1]
    # The noun's own words, before its complement ("la porte-parole | de Maxime X"): a
    # name there is the subject's, a name in the complement someone else's.
    own_end = next(
        (t.i for t in phrase if t.i > subject.i and normalise_name(t.text) in state.lex.partitives),
        phrase.end,
    )
    if any(t.ent_type_ in {"PER", "PERSON"} for t in doc[phrase.start : own_end]):
        return None
    if state.refs_between(phrase.start_char, doc[own_end - 1].idx):
        return None
    described = description_of(state, list(phrase))
    if described is None or described[1] != agreement[0]:
        return None
    return phrase


def main_subject(root: Token) -> Token | None:
    """The subject of a sentence's main clause: the root's, or when the parser hung it on
    a word before the root ("Le représentant du parquet a été le premier | à s'exprimer":
    under "premier"), that word's."""
    subjects = {"nsubj", "nsubj:pass"}
    own = next((c for c in root.children if c.dep_ in subjects), None)
    if own is not None:
        return own
    return next(
        (g for c in root.children if c.i < root.i for g in c.children if g.dep_ in subjects),
        None,
    )


def body_subject_before(mention: Mention, state: ArticleState) -> Span | None:
    """ "Le cdH demande aussi au Premier ministre de « … ». Selon lui, …": a singular
    pronoun in the sentence right after one (same paragraph) whose main subject is a
    phrase naming no person, of the pronoun's gender when its determiner shows one, takes
    up that phrase; the resolver keeps it only when it names a body. The scan makes no
    reference of a body that speaks nowhere, so the pronoun rules alone would skip it."""
    agreement = pronoun_of(mention, state)
    span = mention.span
    if agreement is None or agreement[1] != "sing" or span is None:
        return None
    doc = state.doc
    own = sentence_of(doc, span.start)
    if own.start < 1:
        return None
    ahead = next((c for c in own.root.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
    if (
        ahead is not None
        and ahead.i >= span.end
        and not state.inside(ahead.idx, state.quoted)
        and not state.inside(ahead.idx, state.contents)
    ):
        # "Contrairement à ce qu'il affirmait, le maire a accepté …": a pronoun in a clause
        # fronted before its sentence's own subject points forward to that subject.
        return None
    before = sentence_of(doc, own.start - 1)
    if state.para_of(before.start_char) != state.para_of(span.start_char):
        return None
    root = before.root
    if state.inside(root.idx, state.quoted) or state.inside(root.idx, state.contents):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    phrase = doc[own_phrase_start(subject) : subject.right_edge.i + 1]
    if bracketed_label(state.text, phrase.start_char):
        return None
    if any(t.ent_type_ in {"PER", "PERSON"} for t in phrase) or any(
        state.inside(t.idx, state.quoted) or state.inside(t.idx, state.contents) for t in phrase
    ):
        return None
    # The phrase's opening determiner shows its gender ("La fédération X" is no "lui"), or
    # after an elided one, its noun ("l'association X" is no "il").
    shown = state.lex.determiners.get(normalise_name(phrase[0].text)) or body_noun_gender(
        state, phrase
    )
    if agreement[0] is not None and shown is not None and shown != agreement[0]:
        return None
    return phrase


def body_noun_gender(state: ArticleState, phrase: Iterable[Token]) -> str | None:
    """The grammatical gender of the common noun opening a body's phrase after its
    determiners ("l'organisation patronale X" is feminine: "dit-elle"; "l'office X"
    masculine). A body takes the gender of the noun that names it, so the tagger's gender
    of that noun is what pronouns agree with (unlike a person's noun, which may be
    epicene). None when the phrase opens on no lower-case noun."""
    for tok in phrase:
        if tok.pos_ == "DET" or normalise_name(tok.text) in state.lex.determiners:
            continue
        if tok.pos_ != "NOUN" or not tok.text.islower():
            return None
        found = tok.morph.get("Gender")
        return {"Fem": "fem", "Masc": "masc"}.get(found[0]) if len(found) == 1 else None
    return None


def own_phrase_start(head: Token) -> int:
    """Where a subject's own noun phrase starts: after the last punctuation between its
    left edge and its head ("Pour sa part, | l'organisation X demande …": the fronted
    adjunct the parser hung on the subject is no part of it)."""
    doc = head.doc
    for j in range(head.i - 1, head.left_edge.i - 1, -1):
        if doc[j].is_punct:
            return j + 1
    return head.left_edge.i


#: Sentences a pronoun may look past to reach the unnamed subject it takes up: sentences
#: whose only subjects are pronouns ("Nous l'avons eu au téléphone et il suivait le match").
MAX_PRONOUN_SENTENCES = 2


def past_pronoun_sentences(
    state: ArticleState, before: Span, span: Span, content: tuple[int, int]
) -> Span | None:
    """The sentence whose subject an unnamed-subject pronoun may take up, from ``before``
    (the sentence before the pronoun's): that sentence in the pronoun's paragraph; or,
    past at most ``MAX_PRONOUN_SENTENCES`` sentences that name nobody and whose subjects
    are all pronouns, the one before them in this paragraph or the one before ("Le
    procureur … a démenti la rumeur. ¶ Nous l'avons eu au téléphone et il suivait le
    match. « … », a-t-il martelé"). The words the pronoun's incise closes (``content``)
    are not narration: the look starts before them. None otherwise."""
    here = state.para_of(span.start_char)
    if content[1] <= span.start_char and before.start_char < content[1]:
        last = last_word_before(state, content[0])
        if last is None:
            return None
        if before.start > last.i:
            # "before" is the quotation itself, or its opening mark the parser cut off: the
            # narration before it is the sentence of the last word before the mark, cut
            # there (the parser may run it on into the quotation).
            before = state.doc[sentence_of(state.doc, last.i).start : last.i + 1]
    skipped = 0
    while pronoun_subjects_only(state, before) and skipped < MAX_PRONOUN_SENTENCES:
        if before.start < 1:
            return None
        before = sentence_of(state.doc, before.start - 1)
        skipped += 1
    there = state.para_of(before.start_char)
    if there == here or (skipped and there == here - 1):
        return before
    if there == here - 1 and (
        opens_paragraph(state, span) or quotation_opens_paragraph(state, span, content)
    ):
        # "Le représentant du parquet a été le premier à s'exprimer, réclamant … contre X.
        # ¶ Pour lui, …": a pronoun opening its paragraph takes up the subject that closed
        # the paragraph before; so does the incise of a quotation that opens its paragraph
        # ("Le maire a répondu point par point. ¶ « … », a-t-il assuré").
        return before
    return None


def quotation_opens_paragraph(state: ArticleState, span: Span, content: tuple[int, int]) -> bool:
    """Whether the pronoun is the incise of the words it closes (``content``) and those words
    open the pronoun's paragraph: nothing but quote marks and spaces before them."""
    if content[1] > span.start_char:
        return False
    para = state.para_starts[state.para_of(span.start_char)]
    if content[0] < para:
        return False
    marks = set(quote_marks(state.lang).all) | {" ", "\u00a0", "\u202f", "\n"}
    return all(ch in marks for ch in state.text[para : content[0]])


def opens_paragraph(state: ArticleState, span: Span) -> bool:
    """Whether a pronoun opens its paragraph's first sentence, with at most a preposition
    before it ("Pour lui, …", "Selon elle, …", "Il …")."""
    para = state.para_starts[state.para_of(span.start_char)]
    before = state.text[para : span.start_char].split()
    return len(before) <= 1 and all(
        normalise_name(w) in state.lex.leading_prepositions or w.istitle() for w in before
    )


def last_word_before(state: ArticleState, char: int) -> Token | None:
    """The last token before ``char`` that is neither punctuation nor space."""
    span = state.doc.char_span(0, char, alignment_mode="contract")
    i = (span.end if span is not None else 0) - 1
    while i >= 0 and (state.doc[i].is_punct or state.doc[i].is_space):
        i -= 1
    return state.doc[i] if i >= 0 else None


def pronoun_subjects_only(state: ArticleState, sentence: Span) -> bool:
    """Whether a sentence of narration names no person and has subjects, if any, that are
    all pronouns: a sentence that keeps talking of the same people without naming them."""
    if state.inside(sentence.root.idx, state.contents):
        return False
    if any(
        state.entities[r.entity].type == "person"
        for r in state.refs_between(sentence.start_char, sentence.end_char)
    ):
        return False
    subjects = [t for t in sentence if t.dep_ in {"nsubj", "nsubj:pass"}]
    return bool(subjects) and all(t.pos_ == "PRON" for t in subjects)


def resolve_after_spokesperson(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "« … », a affirmé un porte-parole de la société. « … », a-t-il poursuivi": the
    pronoun stands for the spokesperson, who speaks for the body the previous statement
    found; so it is that body, whatever the body's own gender. The pronoun must agree with
    the spokesperson's determiner and follow within a paragraph."""
    agreement = pronoun_of(mention, state)
    previous = mention.previous
    if agreement is None or previous is None or previous.speaker is None:
        return None
    gender, number = agreement
    if number != "sing" or previous.speaker.type != "organisation":
        return None
    said_by = organisations.spokesperson_gender(state, previous.speaker_mention)
    if said_by is None or (gender is not None and said_by != gender):
        return None
    if state.para_of(mention.start) - state.para_of(anchor(previous)) > 1:
        return None
    body = state.entities.get(previous.speaker.id)
    if body is None:
        return None
    return Resolution(body, SpeakerMethod.PRONOUN, previous.confidence * 0.9)


#: Dashes that open and close an aside ("– « … », dit-il –").
_DASHES = frozenset({"-", "–", "—"})
#: How far before a pronoun the dash opening its aside may be.
_ASIDE_TOKENS = 40


def resolve_forward(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "Se situant dans son plan – « ma mission va au-delà », dit-il –, Rudy X a appelé …":
    a pronoun inside an aside between dashes, before the subject of its sentence, points
    forward to that subject when it is a person who agrees. Anything else is left to the
    pronoun rules that look back."""
    agreement = pronoun_of(mention, state)
    span = mention.span
    if agreement is None or span is None:
        return None
    doc = state.doc
    # The parser may start a sentence at the dash: the aside is looked for in the paragraph.
    para = state.para_starts[state.para_of(span.start_char)]
    before = [t for t in doc[max(0, span.start - _ASIDE_TOKENS) : span.start] if t.idx >= para]
    if not any(t.text in _DASHES for t in before):
        return None
    close = next((t for t in doc[span.end : span.end + 3] if t.text in _DASHES), None)
    if close is None:
        return None
    j = close.i + 1
    while j < len(doc) and doc[j].is_punct and doc[j].text not in _DASHES:
        j += 1
    if j >= len(doc) or state.para_of(doc[j].idx) != state.para_of(span.start_char):
        return None
    ref = next(iter(state.refs_between(doc[j].idx, doc[j].idx + 1)), None)
    if ref is None or not ref.subject:
        return None
    entity = state.entities[ref.entity]
    if entity.type != "person" or not compatible(entity, *agreement):
        return None
    return Resolution(entity, SpeakerMethod.PRONOUN, 0.7)


def resolve_last(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "ce dernier", "cette dernière": the last entity named before it."""
    agreement = state.lex.last_mentioned.get(tuple(mention.raw))
    if agreement is None:
        return None
    gender, number = agreement
    return resolve_last_mentioned(state, mention.start, gender, number, mention.statement)


def resolve_pronoun(
    state: ArticleState,
    st: Statement,
    start: int,
    gender: str | None,
    number: str,
    previous: Statement | None,
    answered: frozenset[str] = frozenset(),
) -> Resolution:
    """The most salient agreeing entity: the previous speaker, unless a subject took over.
    People the sentence opens by answering (``answered_people``) are never it."""
    sent = state.sent_of(start)
    own = st.content_span

    def usable(ref: Ref) -> bool:
        return (
            ref.start < start
            and ref.entity not in answered
            and not (own[0] <= ref.start < own[1])
            and not ref.quoted
            and compatible(state.entities[ref.entity], gender, number)
        )

    sayer = sayer_in_sentence(state, start, sent, gender, number)
    if sayer is not None and sayer.id not in answered:
        return Resolution(sayer, SpeakerMethod.PRONOUN, 0.7)
    prev_entity = None
    if previous is not None and previous.speaker is not None:
        candidate = state.entities.get(previous.speaker.id)
        near = state.para_of(start) - state.para_of(anchor(previous)) <= PRONOUN_PARAGRAPH_WINDOW
        if candidate is not None and near and compatible(candidate, gender, number):
            prev_entity = candidate
    if prev_entity is not None and previous is not None and prev_entity.type != "person":
        person = person_after_body(state, previous, start, number, usable)
        if person is not None:
            return Resolution(person, SpeakerMethod.PRONOUN, 0.6)
    if prev_entity is not None and previous is not None:
        possessor = possessor_back(state, prev_entity, start, previous, gender, number)
        if possessor is not None:
            return possessor
    if prev_entity is not None and previous is not None:
        presenter = surer_presenter(state, prev_entity, previous, gender, number, usable)
        if presenter is not None:
            return Resolution(presenter, SpeakerMethod.PRONOUN, 0.7)
    if prev_entity is not None:
        prev_sent = state.sent_of(anchor(previous)) if previous else -1
        lo = state.sent_starts[prev_sent] if prev_sent >= 0 else 0
        later_subjects = [
            r
            for r in state.refs_between(lo, start)
            if usable(r)
            and (r.main or opens_sentence(state, r))
            and (prev_sent < r.sent < sent or introduces_quote(r, sent, own))
            and not state.inside(r.start, state.contents)
        ]
        # The latest subject speaks; the previous speaker named again last keeps the floor.
        if later_subjects and later_subjects[-1].entity != prev_entity.id:
            taken = state.entities[later_subjects[-1].entity]
            sure = sure_gender(taken, gender)
            return Resolution(taken, SpeakerMethod.PRONOUN, 0.7 if sure else 0.55)
        sure = sure_gender(prev_entity, gender)
        return Resolution(prev_entity, SpeakerMethod.PRONOUN, 0.85 if sure else 0.7)
    ran_on = [
        r
        for r in state.refs_between(state.sent_starts[sent], own[0])
        if r.sent == sent and r.end <= own[0] and r.main and usable(r)
    ]
    if ran_on and not state.inside(ran_on[0].start, state.contents):
        # "Jeudi, Marie, habitante de X, a découvert … « … », raconte-t-elle": the parser
        # ran the sentence of narration on over the quotation; its main subject, before
        # the words told, is the one who tells them.
        chosen = state.entities[ran_on[0].entity]
        return Resolution(chosen, SpeakerMethod.PRONOUN, 0.6)
    in_last: list[Ref] = []
    lo = state.sent_starts[sent] - LOOKBACK_CHARS
    for r in reversed(state.refs_between(lo, state.sent_starts[sent])):
        if in_last and r.sent != in_last[0].sent:
            break
        if usable(r) and r.sent < sent:
            in_last.insert(0, r)
    if not in_last:
        # "« C'est le bon moment », a-t-il déclaré" opening a page whose headline names
        # the person: nobody named before the pronoun, the headline says who it is.
        headed = person_in_title(state, gender, number)
        if headed is None:
            return UNRESOLVED
        return Resolution(headed, SpeakerMethod.PRONOUN, 0.5)
    subjects = [r for r in in_last if r.subject]
    if subjects:
        chosen = state.entities[subjects[0].entity]
    else:
        # "… », commence Me X, l'avocat de Y. « … », poursuit-il": Y, named as the complement
        # of a noun, is not whom the narration presents.
        presented = [r for r in in_last if not noun_complement(state, r)]
        chosen = state.entities[(presented or in_last)[-1].entity]
    return Resolution(chosen, SpeakerMethod.PRONOUN, 0.6 if sure_gender(chosen, gender) else 0.45)


def person_in_title(state: ArticleState, gender: str | None, number: str) -> Entity | None:
    """The one person of the article whom its headline names, when the pronoun agrees: a
    person the body names (in full or by surname) whose surname the title writes with a
    capital ("Le ministre X se retire", "Club : X fait le point"). A page cut from its
    headline opens on the words of whom the headline is about. None with no title, no such
    person, a person who does not agree, or two people named there."""
    title = state.article.title or ""
    written = {normalise_name(w) for w in _TITLE_WORDS.findall(title) if w[:1].isupper()}
    if number != "sing" or not written:
        return None
    named = {
        entity.id: entity
        for entity in state.entities.values()
        if entity.type == "person"
        and not entity.name.isupper()
        and normalise_name(entity.name).split()[-1:]
        and normalise_name(entity.name).split()[-1] in written
    }
    if len(named) != 1:
        return None
    (entity,) = named.values()
    return entity if compatible(entity, gender, number) else None


#: The words of a headline, hyphenated names whole ("Jean-Marc").
_TITLE_WORDS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def sayer_in_sentence(
    state: ArticleState, start: int, sent: int, gender: str | None, number: str
) -> Entity | None:
    """ "Si Marine X a reconnu que la mesure allait « dans le bon sens », « cela ne suffit
    pas », selon elle": a person who is the subject of a reporting verb in the pronoun's
    own sentence, before it and outside quotation marks, is the one the sentence reports,
    and the pronoun's antecedent, rather than a speaker of an earlier paragraph; even when
    the statement's content (too wide) holds that clause. A person only spoken about
    there (the subject of another verb) is not."""
    verbs = get_language(state.lang).saying_verbs()
    lo = state.sent_starts[sent]
    for ref in state.refs_between(lo, start):
        entity = state.entities[ref.entity]
        if (
            ref.sent != sent
            or ref.quoted
            or not ref.subject
            or entity.type != "person"
            or not sure_gender(entity, gender)
            or not compatible(entity, gender, number)
            or state.inside(ref.start, state.quoted)
        ):
            continue
        span = state.span(ref.start, ref.end)
        if span is not None and span.root.head.lemma_.lower() in verbs:
            return entity
    return None


def person_after_body(
    state: ArticleState,
    previous: Statement,
    start: int,
    number: str,
    usable: Callable[[Ref], bool],
) -> Entity | None:
    """ "Le tribunal prononce … « … », a relevé Me X. Selon lui, …": when the previous
    statement's speaker is a body (a court, a party) and the narration after that statement
    names an agreeing person as a subject (opening a sentence, or inverted after an incise's
    verb), outside any statement's words, a singular pronoun is that person: a body is named
    as what the speakers address, a person speaks. A person in a complement or a bracket
    ("les ministres de la Sécurité (X)") is spoken about. The last such
    person before the pronoun; none, and the body keeps the floor ("Le parti demande …
    Selon lui, …")."""
    if number != "sing":
        return None
    end = max(previous.content_span[1], anchor(previous))
    for ref in reversed(state.refs_between(end, start)):
        entity = state.entities[ref.entity]
        if (
            entity.type == "person"
            and usable(ref)
            and not state.inside(ref.start, state.contents)
            and (ref.subject or opens_sentence(state, ref) or after_verb(state, ref))
        ):
            return entity
    return None


def after_verb(state: ArticleState, ref: Ref) -> bool:
    """Whether a name comes right after a verb, titles aside ("a relevé Me X"): the
    inverted subject of an incise, which the parser may read as an object."""
    span = state.span(ref.start, ref.end)
    if span is None:
        return False
    i = span.start - 1
    while i >= 0 and normalise_name(state.doc[i].text) in state.lex.titles:
        i -= 1
    return i >= 0 and state.doc[i].pos_ in {"VERB", "AUX"}


def noun_complement(state: ArticleState, ref: Ref) -> bool:
    """Whether a reference is the complement of a noun ("l'avocat **de Y**", "la mère de
    Y"): a person named there is what the noun is about, not who acts in the sentence."""
    span = state.span(ref.start, ref.end)
    if span is None:
        return False
    root = span.root
    head = root.head
    of_a_noun = root.dep_ == "nmod" and head.pos_ == "NOUN"
    # "Me X, associé de Y", "Z, proche de Y": a participle or an adjective describing the
    # person named before, the parser's verb or modifier of it
    of_a_describer = (
        root.dep_ in {"nmod", "obl:arg"}
        and head.pos_ in {"VERB", "ADJ"}
        and head.dep_ in {"acl", "amod", "appos"}
        and "Fin" not in head.morph.get("VerbForm")
    )
    if not (of_a_noun or of_a_describer):
        return False
    return any(c.dep_ == "case" and partitive_word(state, c) for c in root.children)


def partitive_word(state: ArticleState, token: Token) -> bool:
    """ "de", "d'", or a "d" whose apostrophe the scraped copy set apart ("conseil d’ Y",
    cut as "d", "’")."""
    word = normalise_name(token.text)
    if word in state.lex.partitives:
        return True
    doc = state.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        following is not None
        and not token.whitespace_
        and following.text in {"'", "’"}
        and word + "'" in state.lex.partitives
    )


def surer_presenter(
    state: ArticleState,
    prev_entity: Entity,
    previous: Statement,
    gender: str | None,
    number: str,
    usable: Callable[[Ref], bool],
) -> Entity | None:
    """ "La ministre X ne se sent pas concernée par les propos de Y, d'après lequel … .
    Selon elle, …": when the previous speaker's gender is unknown and the main-clause
    subject of the previous statement's sentence, someone else, is surely of the pronoun's
    gender, the pronoun takes up that subject, whom the narration presents. A previous
    speaker whose gender is known to agree keeps the floor."""
    if gender is None or sure_gender(prev_entity, gender):
        return None
    prev_sent = state.sent_of(anchor(previous))
    lo = state.sent_starts[prev_sent]
    presenter: Entity | None = None
    for ref in state.refs_between(lo, anchor(previous) + 1):
        if ref.sent != prev_sent or not usable(ref):
            continue
        if presenter is not None and ref.entity == prev_entity.id and opens_sentence(state, ref):
            # "Le procureur X requiert … « … » Me Y aussi, mais il …": the previous speaker,
            # named after the presenter at the head of a new sentence, has the floor.
            return None
        entity = state.entities[ref.entity]
        if (
            presenter is None
            and ref.main
            and entity.id != prev_entity.id
            and entity.type == "person"
            and sure_gender(entity, gender)
            and compatible(entity, gender, number)
            and not state.inside(ref.start, state.contents)
        ):
            presenter = entity
    return presenter


#: What may follow a subject opening its sentence: its verb, or an adverb ("X aussi").
_AFTER_OPENING_SUBJECT = frozenset({"VERB", "AUX", "ADV"})


def opens_sentence(state: ArticleState, ref: Ref) -> bool:
    """ "M. Couillard, d'un air amusé, a répondu …", "Me Roux aussi, mais il …": a person
    whose name opens a sentence of narration (after a title at most) is its subject, as
    French puts the subject first, even when the parser hangs the name elsewhere (an
    incise, a bracket or an elided verb after it). A name after a preposition ("Pour X,")
    does not open the sentence, nor does a name the parser glued to what follows (a
    credit line); a comma, a bracket, a verb or an adverb must come after it."""
    if state.entities[ref.entity].type != "person" or state.inside(ref.start, state.contents):
        return False
    span = state.span(ref.start, ref.end)
    if span is None or span.end >= len(state.doc):
        return False
    if state.doc[span.end].pos_ not in _AFTER_OPENING_SUBJECT and state.doc[span.end].text not in {
        ",",
        "(",
    }:
        # "Patrice X La Presse Canadienne Au cours d'une entrevue, il …": a credit line the
        # parser glued to the sentence, not its subject.
        return False
    lo = state.sent_starts[ref.sent]
    words = state.text[lo : ref.start].split()
    while words and normalise_name(words[-1]) in state.lex.titles:
        words.pop()
    if not words:
        return True
    # The parser may run a sentence on past a quotation that ends one (« … . » Me X …).
    closers = "".join(quote_marks(state.lang).closers)
    before = " ".join(words)
    if before.rstrip(closers + " ") == before:
        return False
    # What the closing mark ends: in this sentence, or in the one before it.
    ended = before.rstrip(closers + " ") or state.text[:lo].rstrip(closers + " ")
    return ended[-1:] in get_language(state.lang).grammar.sentence_ends


def introduces_quote(ref: Ref, sent: int, own: tuple[int, int]) -> bool:
    """ "X est monté au créneau : « … », s'est-il empressé de déclarer": the main subject
    of the pronoun's own sentence, before the words the pronoun's incise closes, is the one
    who says them, rather than the previous statement's speaker."""
    return ref.sent == sent and ref.end <= own[0]


def possessor_back(
    state: ArticleState,
    prev_entity: Entity,
    start: int,
    previous: Statement,
    gender: str | None,
    number: str,
) -> Resolution | None:
    """ "Sa mère, Maryvonne Kerbrat, se souvient … ¶ Elle dit avoir …": a person first
    written as someone's relative or staff speaks in their own paragraph; a pronoun of a
    later paragraph goes back to the speaker before them, whom the story is about."""
    if prev_entity.id not in state.relatives:
        return None
    if state.para_of(start) <= state.para_of(anchor(previous)):
        return None
    for entity_id in reversed(state.history):
        if entity_id == prev_entity.id:
            continue
        entity = state.entities[entity_id]
        if (
            entity.type == "person"
            and entity.id not in state.relatives
            and (
                sure_gender(entity, gender)
                and compatible(entity, gender, number)
                and not possessed_in_sentence(state, entity, start)
            )
        ):
            return Resolution(entity, SpeakerMethod.PRONOUN, 0.7)
        return None
    return None


def possessed_in_sentence(state: ArticleState, entity: Entity, start: int) -> bool:
    """ "Interrogé sur l'avenir de son entraîneur, il a répondu": the pronoun's own
    sentence names the candidate as its possessed ("son entraîneur", bound to the coach),
    so the pronoun is someone else."""
    heads = {b.words[0] for b in state.bindings if b.entity == entity.id and b.words}
    if not heads:
        return False
    lo = state.sent_starts[state.sent_of(start)]
    span = state.doc.char_span(lo, start, alignment_mode="contract")
    tokens = list(span) if span is not None else []
    for tok, nxt in itertools.pairwise(tokens):
        if normalise_name(tok.text) in state.lex.possessives and any(
            w in inflections(h) for h in heads for w in normalise_name(nxt.text).split()
        ):
            return True
    return False


def dislocated_phrase(state: ArticleState, span: Span | None) -> Span | None:
    """ "La maire, elle, a annoncé …": the noun phrase that a pronoun between commas takes
    up, when that phrase opens its clause; the phrase is the speaker."""
    doc = state.doc
    if span is None or span.start < 2 or span.end >= len(doc):
        return None
    if doc[span.start - 1].text != "," or doc[span.end].text != ",":
        return None
    sent = sentence_of(doc, span.start)
    i = span.start - 2
    while i > sent.start and not breaks_phrase(doc[i - 1]):
        i -= 1
    if i != sent.start and doc[i - 1].text not in _TOPIC_OPENERS:
        return None
    phrase = doc[i : span.start - 1]
    if not phrase or not any(t.pos_ in {"NOUN", "PROPN"} for t in phrase):
        return None
    return phrase


def resolve_last_mentioned(
    state: ArticleState, start: int, gender: str | None, number: str, st: Statement
) -> Resolution:
    """ "ce dernier": the last entity named before it, not the subject of its own clause."""
    sent = state.sent_of(start)
    own = st.content_span
    for ref in reversed(state.refs_between(start - LOOKBACK_CHARS, start)):
        if ref.start >= start or (own[0] <= ref.start < own[1]):
            continue
        if ref.sent == sent and ref.subject:
            continue
        entity = state.entities[ref.entity]
        if compatible(entity, gender, number):
            if unnamed_person_between(state, ref.end, start, gender, number, own):
                # "Une soirée agitée à Lettret. Les gendarmes ont reçu l'appel d'un enfant.
                # Ce dernier indiquait …": the child, whom the article does not name.
                return UNRESOLVED
            return Resolution(entity, SpeakerMethod.DESCRIPTION, 0.7)
    return UNRESOLVED


def unnamed_person_between(
    state: ArticleState,
    lo: int,
    hi: int,
    gender: str | None,
    number: str,
    own: tuple[int, int],
) -> bool:
    """Whether a noun of a person that agrees with "ce dernier" ("un enfant", "le
    voisin") is written between a named entity and the mention: the nearer noun is what
    "ce dernier" takes up, and it names nobody. Words inside the statement's own content,
    and an apposition right after the name ("Jean X, un habitant du quartier"), do not
    count."""
    span = state.span(lo, hi)
    if span is None:
        return False
    lex = state.lex
    for tok in span:
        if tok.idx < lo or tok.idx >= hi or own[0] <= tok.idx < own[1] or tok.pos_ != "NOUN":
            continue
        word = normalise_name(tok.text)
        if not (word in lex.kinship_heads or lex.description_head([word]) == (word,)):
            continue
        tok_gender = {"Masc": "masc", "Fem": "fem"}.get(next(iter(tok.morph.get("Gender")), ""))
        tok_number = {"Sing": "sing", "Plur": "plur"}.get(next(iter(tok.morph.get("Number")), ""))
        if gender is not None and tok_gender not in (None, gender):
            continue
        if tok_number not in (None, number):
            continue
        if not any("Ind" in d.morph.get("Definite") for d in tok.children if d.dep_ == "det"):
            # Only a person the article brings in unnamed ("un enfant", "une voisine").
            continue
        if not state.text[lo : tok.left_edge.idx].strip(" ,"):
            # "Jean X, un habitant du quartier": an apposition of the name itself.
            continue
        return True
    return False
