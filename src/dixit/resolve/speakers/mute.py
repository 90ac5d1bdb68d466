"""Mentions that cannot speak, and who speaks instead.

The extractor sometimes keeps as speaker a phrase that names nobody: the object of the cue
("ont livré un aperçu des événements, en insistant …"), a document with no author ("d'après
nos informations"), an occasion ("La journée s'annonçait difficile"), a detached
apposition ("Père de trois enfants, le maire a promis …") or a rubric label ("BUDGET : X a
refusé de …"). No rule resolves such a phrase, and the statement would stay without a
speaker. Read linguistically, the speaker of a cue is its subject: the subject of the cue
verb in the parse (climbing from an infinitive, a participle or a coordinated verb to the
verb that has one), or the subject inverted after a cue that follows the words; failing
that, whoever was speaking just before, as for a quotation with no subject of its own.

Only a mention that no rule resolved is read here, so a phrase that resolves keeps its
speaker; and only a mention whose head cannot speak (``cannot_speak``) is replaced, so an
honest gap ("un habitant", "les manifestants") stays a gap.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from dixit.model import SpeakerMethod, Statement
from dixit.registry import normalise_name
from dixit.resolve.speakers import floating
from dixit.resolve.speakers.entities import Entity, Resolution
from dixit.resolve.speakers.lexicon import SpeakerLexicon
from dixit.resolve.speakers.pronouns import own_phrase_start
from dixit.resolve.speakers.state import ArticleState

#: Dependency links a cue verb with no subject of its own climbs to the verb that has one:
#: "a préféré ne pas évoquer", "a parlé de X et se réjouit", "ont livré …, en insistant".
_CLIMBING = frozenset({"xcomp", "conj", "advcl", "ccomp"})
#: How many links the climb may take.
MAX_CLIMB = 3
#: Labels of names that can speak.
_SPEAKING_LABELS = frozenset({"PER", "PERSON", "ORG"})


def _head(span: Span, lex: SpeakerLexicon) -> Token | None:
    """The first noun, proper noun or pronoun of a mention (its head, before any
    complement); past a noun of quantity, the noun of its complement ("une partie de
    l'opposition" is headed by "opposition")."""
    nominal = [t for t in span if t.pos_ in {"NOUN", "PROPN", "PRON"}]
    if not nominal:
        return None
    if len(nominal) > 1 and normalise_name(nominal[0].text) in lex.quantity_heads:
        return nominal[1]
    return nominal[0]


def rubric_label(state: ArticleState, span: Span) -> bool:
    """ "ARBITRAGE : X a refusé …", "CRITIQUES : Critiqué …": a phrase holding a rubric
    mark, or words all in capitals right before one, label a paragraph; they are nobody."""
    marks = state.lex.rubric_marks
    if any(t.text in marks for t in span):
        return True
    words = [t for t in span if t.is_alpha]
    if not words or not all(t.text.isupper() and len(t.text) > 1 for t in words):
        return False
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and after.text in marks and words[0].i == span.start


def _speaking_noun(word: str, lex: SpeakerLexicon) -> bool:
    """Whether a common noun names someone who can speak: an office, a body, a group, a
    person's noun (by the lexicon or by a person's suffix), a spokesperson."""
    singular = word[:-1] if word.endswith(("s", "x")) and len(word) > 3 else word
    forms = {word, singular, word + "s"}
    sets = (
        lex.group_heads,
        lex.spokesperson_heads,
        lex.kinship_heads,
        lex.plain_person_nouns,
        lex.generic_office_nouns,
        lex.court_titles,
        lex.tried_parties,
        lex.body_members,
        lex.proxy_heads,
        lex.source_bodies,
        lex.type_heads,
        lex.speaking_nouns,
        lex.unnamed_sources,
        lex.qualified_groups,
    )
    if any(f in s for s in sets for f in forms):
        return True
    if any(lex.opens_with_description_head([f]) or lex.organisation_head([f]) for f in forms):
        return True
    return any(f.endswith(tuple(lex.person_suffixes)) for f in forms)


def cannot_speak(state: ArticleState, span: Span, cue_subject: bool = False) -> bool:
    """Whether a mention names nothing that can speak: a rubric label; a bare
    demonstrative ("celui qui …") or a relative pronoun ("qui est …"); a detached
    apposition with no determiner before a comma ("Père de deux enfants, le ministre …");
    an occasion ("La journée"). Past these, the cue's own subject (``cue_subject``: "ce
    transfuge", "un rapport préconise …") is the speaker's place and can speak; elsewhere
    a document with no complement ("nos informations", "ces propos", not "les propos de
    X") or a common noun that is neither a name nor someone's noun ("les analyses", "un
    aperçu des événements") cannot."""
    lex = state.lex
    if rubric_label(state, span):
        return True
    head = _head(span, lex)
    if head is None:
        return True
    word = normalise_name(head.text)
    if head.pos_ == "PRON":
        # "…, a déclaré celle qui est …": a relative pronoun is never who speaks
        return word in lex.bare_demonstratives or "Rel" in head.morph.get("PronType")
    if head.ent_type_ in _SPEAKING_LABELS:
        return False
    if head.pos_ == "PROPN" and not (head.is_sent_start and head.text.istitle()):
        return False
    after = span.doc[span.end] if span.end < len(span.doc) else None
    detached = (
        head.i == span.start
        and after is not None
        and after.text == ","
        and (head.is_sent_start or span.doc[head.i - 1].is_punct)
    )
    if detached:
        return True
    if word in lex.occasion_heads:
        return True
    if cue_subject:
        # the cue's own subject ("ce transfuge", "un rapport préconise") is the place of
        # the speaker: a noun there names who speaks, or nobody the text names
        return False
    if word in lex.source_heads:
        # "les propos de X" is X's, and the rules that read the complement answer
        complement = span[head.i - span.start + 1 :]
        return not any(normalise_name(t.text) in lex.complement_words for t in complement)
    return not _speaking_noun(word, lex)


def _antecedent(relative: Token) -> Token | None:
    """The noun a relative pronoun takes up: the head of the phrase right before it (past a
    comma), climbing from a complement to the noun it completes ("les propos | de X, qui")."""
    doc = relative.doc
    i = relative.i - 1
    while i >= 0 and doc[i].is_punct:
        i -= 1
    if i < 0:
        return None
    tok = doc[i]
    while tok.dep_ in {"nmod", "amod", "flat:name", "appos"} and tok.head.i < tok.i:
        tok = tok.head
    return tok if tok.pos_ in {"NOUN", "PROPN", "PRON"} else None


def cue_verb_subject(state: ArticleState, st: Statement) -> Span | None:
    """The subject of the cue in the parse: the cue verb's own, or that of the verb it
    depends on as an infinitive, a participle or a coordinated verb. None when there is
    none, or when it lies in the words said."""
    cue = state.span(*st.cue_span) if st.cue_span else None
    verbs = [t for t in cue or () if t.pos_ in {"VERB", "AUX"}]
    if not verbs:
        return None
    verb = verbs[-1].head if verbs[-1].dep_.startswith("aux") else verbs[-1]
    for _ in range(MAX_CLIMB + 1):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
        if subject is not None:
            break
        if verb.dep_ not in _CLIMBING or verb.head is verb:
            return None
        verb = verb.head
    else:
        return None
    if "Rel" in subject.morph.get("PronType"):
        # "les propos de X, qui affirmaient …": the relative's antecedent is the subject
        subject = _antecedent(subject)
        if subject is None:
            return None
    if subject.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    start = own_phrase_start(subject)
    end = subject.i + 1 if subject.pos_ == "PRON" else subject.right_edge.i + 1
    phrase = state.doc[start:end]
    if st.content_span[0] <= phrase.start_char < st.content_span[1]:
        return None
    if state.inside(phrase.start_char, state.quoted):
        return None
    return phrase


#: How many words the subject after a detached apposition may have.
MAX_SUBJECT_TOKENS = 10


def phrase_after_apposition(state: ArticleState, st: Statement, mention: Span) -> Span | None:
    """ "Père de deux enfants, le chef du parti a promis …": the parse may take the
    apposition for the subject; the subject is the noun phrase between its comma and the
    cue. None when no such phrase (opening on a determiner or a name) is there."""
    doc = state.doc
    if mention.end >= len(doc) or doc[mention.end].text != "," or st.cue_span is None:
        return None
    start = mention.end + 1
    end = start
    while end < len(doc) and doc[end].idx < st.cue_span[0] and end - start < MAX_SUBJECT_TOKENS:
        if doc[end].pos_ in {"VERB", "AUX"} or doc[end].is_punct:
            break
        end += 1
    if end == start or doc[start].pos_ not in {"DET", "PROPN"}:
        return None
    return doc[start:end]


def speaker_instead(
    state: ArticleState,
    st: Statement,
    previous: Statement | None,
    resolve: Callable[[ArticleState, Statement, Statement | None], Resolution],
    last_speaker_near: Callable[[ArticleState, Statement], tuple[Entity | None, float]],
) -> tuple[Resolution, Span | None] | None:
    """Who speaks when the mention cannot: the cue's subject read as a mention, else the
    speaker just before (same or previous paragraph) when the words' gender allows it.
    Returns the resolution and the subject phrase that gave it (None for a continuation),
    or None when nobody is found. A subject that names someone no rule knows gives its own
    answer, nobody ("un habitant"), with its words."""
    mention_span = state.span(*st.speaker_mention_span) if st.speaker_mention_span else None
    subject = cue_verb_subject(state, st)
    if (
        subject is not None
        and mention_span is not None
        and mention_span.start <= subject.root.i < mention_span.end
    ):
        subject = phrase_after_apposition(state, st, mention_span)
    if subject is not None:
        probe = Statement(
            article=st.article,
            kind=st.kind,
            content=st.content,
            content_span=st.content_span,
            cue=st.cue,
            cue_span=st.cue_span,
            speaker_mention=subject.text,
            speaker_mention_span=(subject.start_char, subject.end_char),
            method=st.method,
        )
        found = resolve(state, probe, previous)
        if found.entity is not None:
            return Resolution(found.entity, found.method, found.confidence * 0.8), subject
        if subject.root.pos_ != "PRON" and not cannot_speak(state, subject):
            # a subject that names someone no rule knows ("un habitant"): an honest gap,
            # under the subject's words
            return found, subject
    gender = floating.quotation_gender(state, st)
    entity, confidence = last_speaker_near(state, st)
    if entity is None or not floating.agrees(entity, gender):
        return None
    return Resolution(entity, SpeakerMethod.CONTINUATION, confidence * 0.8), None
