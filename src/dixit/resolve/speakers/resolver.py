"""The orchestration: scan the article once, then resolve each statement in reading order.

``RULES`` is the order in which a mention is read (the package docstring lists it): each
rule is a function ``(mention, state) -> Resolution | None`` that returns None when the
mention is not its kind, and a resolution (possibly ``UNRESOLVED``, which stops the walk)
when it is. ``resolve_mention`` returns the first answer. Each resolved mention becomes an
antecedent for the next statement. Headlines get two more steps (``HEADLINE_STEPS``): a
clause's own subject is its speaker, and a headline quoting the body takes the body's surer
speaker. ``resolve_speakers`` is the entry point the pipeline calls.

A few rules resolve a phrase inside the mention as a mention of its own ("un porte-parole de
FO" is FO, "La maire, elle," is "La maire"): they live here and call ``resolve_mention``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from dixit.extract.cues import CueLexicon
from dixit.extract.syntax import sentence_of
from dixit.lang import get_language
from dixit.model import Article, ExtractionRule, SpeakerMethod, Statement
from dixit.registry import Registry, default_registry, normalise_name
from dixit.resolve.speakers import (
    descriptions,
    fitting,
    floating,
    groups,
    incises,
    interviews,
    mute,
    names,
    organisations,
    pronouns,
    roles,
    spellings,
)
from dixit.resolve.speakers.entities import (
    ANONYMOUS,
    UNRESOLVED,
    Entity,
    Resolution,
    compatible,
)
from dixit.resolve.speakers.lexicon import SpeakerLexicon, load_lexicon
from dixit.resolve.speakers.mentions import scan
from dixit.resolve.speakers.named_bodies import is_news_medium, without_medium_addressee
from dixit.resolve.speakers.phrases import breaks_phrase, first_capitalised, narrowed_mention
from dixit.resolve.speakers.state import LOOKBACK_CHARS, ArticleState, Mention, anchor

Rule = Callable[[Mention, ArticleState], Resolution | None]

#: The statement method of a floating quotation, which continues the previous speaker.
_FLOATING = "floating"
#: The statement method of a headline, and of the probe built for a headline's subject.
_HEADLINE = "headline"
_HEADLINE_SUBJECT = "headline-subject"
#: The statement method of a source named by a preposition ("selon X", "d'après X").
_SOURCE_PREPOSITION = "preposition"


def resolve_continuation(mention: Mention, state: ArticleState) -> Resolution | None:
    """No mention: a floating quote continues the previous statement's speaker, unless the
    copy between the two handed the floor to someone new (``floating.introduced_speaker``:
    a newcomer subject, a caption line). When the previous statement found nobody ("Les
    cheminots" …), the last speaker found in the same or the previous paragraph goes on
    talking. A sentence right after the quotation may name who said it ("C'est ce
    qu'affirme X": ``floating.named_after``). Words whose gender is not that speaker's
    ("je suis ravie" after a man) go to the latest speaker of their gender nearby, else to
    nobody. A quotation whose only cue is a present participle with no subject of its own
    ("« … », assurant que …") is read the same way: the participle's subject is whoever
    was speaking. Anything else without a mention stays unresolved."""
    previous, st = mention.previous, mention.statement
    if mention.text and not quoted_participle_subject(state, st):
        return None
    if st.method != _FLOATING and not floating.participle_cue(state, st):
        return _inverted_subject(state, st, previous)
    gender = floating.quotation_gender(state, st)
    cue_end = trailing_cue_end(state, st) if st.method == _FLOATING else None
    if cue_end is None and st.method == _FLOATING:
        cue_end = incises.inverted_verb_end(state, st)
    if cue_end is not None:
        named = subject_after_cue(state, st, cue_end, previous)
        if named.entity is not None:
            return named
    agent = floating.agent_before_colon(state, st) if st.method == _FLOATING else None
    if agent is not None:
        probe = _probe(st, agent.text, (agent.start_char, agent.end_char))
        answering = resolve_mention(state, probe, previous)
        if answering.entity is not None and floating.agrees(answering.entity, gender):
            return Resolution(
                answering.entity, SpeakerMethod.CONTINUATION, answering.confidence * 0.8
            )
    heading = floating.name_before_colon(state, st) if st.method == _FLOATING else None
    if heading is not None:
        probe = _probe(st, heading.text, (heading.start_char, heading.end_char))
        headed = resolve_mention(state, probe, previous)
        if (
            headed.entity is not None
            and headed.entity.type == "person"
            and floating.agrees(headed.entity, gender)
        ):
            return Resolution(headed.entity, SpeakerMethod.CONTINUATION, headed.confidence * 0.9)
    newcomer = floating.introduced_speaker(state, st, previous)
    if newcomer is not None and floating.agrees(newcomer, gender):
        return Resolution(newcomer, SpeakerMethod.CONTINUATION, 0.6)
    if previous is not None and previous.speaker:
        entity = state.entities.get(previous.speaker.id)
        confidence = previous.confidence * 0.9
    else:
        entity, confidence = _last_speaker_near(state, st)
    after = floating.named_after(state, st, introduced=entity is not None)
    if after is not None and floating.agrees(after, gender):
        return Resolution(after, SpeakerMethod.CONTINUATION, 0.6)
    if entity is None:
        return UNRESOLVED
    if gender is not None and not floating.agrees(entity, gender):
        # "… », a-t-il justifié. « Je suis révoltée … »: the words are a woman's.
        other = floating.earlier_agreeing(state, st, gender)
        return Resolution(other, SpeakerMethod.CONTINUATION, 0.5) if other else UNRESOLVED
    return Resolution(entity, SpeakerMethod.CONTINUATION, confidence)


def resolve_inner_incise(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "« Est-ce qu'on me menace ? a alors demandé M. X. Le principal droit … » a-t-il
    lancé", a floating "« J'espérais …, a appuyé Y. En entrant … »": a quotation whose own
    words hold an incise naming its speaker (``incises.inner_incise_end``: the extractor kept
    the quotation whole) is that speaker's; a name inside the quotation that is not an
    incise's subject is no antecedent. Only for a statement whose own mention names nobody
    (none, or a pronoun that agrees with the incise's subject); a named mention keeps its
    own reading."""
    st = mention.statement
    agreement = pronouns.pronoun_of(mention, state) if mention.text else (None, "sing")
    if agreement is None:
        return None
    cue_end = incises.inner_incise_end(state, st)
    if cue_end is None:
        return None
    named = subject_after_cue(state, st, cue_end, mention.previous)
    if named.entity is None or not compatible(named.entity, *agreement):
        return None
    return named


def quoted_participle_subject(state: ArticleState, st: Statement) -> bool:
    """ "« La CGT veut imposer le rythme », a critiqué X, jugeant l'annonce « inadaptée »":
    a present participle's subject is the clause's, never a name inside the words another
    statement reports before it; a mention the extractor took there is read as no mention."""
    span = st.speaker_mention_span
    return (
        span is not None
        and floating.participle_cue(state, st)
        and not st.content_span[0] <= span[0] < st.content_span[1]
        and state.inside(span[0], state.contents)
        and not state.inside(st.cue_span[0] if st.cue_span else span[0], state.contents)
    )


def _inverted_subject(state: ArticleState, st: Statement, previous: Statement | None) -> Resolution:
    """ "« … », a jugé Borsus, en marge de la réception": a reporting verb after the
    quotation whose subject the extractor did not keep still has it right after it (the
    inverted subject); that phrase, read as a mention, is the speaker. Nothing there that
    names someone: unresolved."""
    if st.cue_span is None:
        return UNRESOLVED
    if st.cue_span[0] < st.content_span[1]:
        return cue_subject(state, st, previous)
    found = subject_after_cue(state, st, st.cue_span[1], previous)
    if found.entity is None:
        # "« … », poursuit le désormais, grandissime favori": no phrase read after a verb
        # that goes on with words just said; whoever said them goes on
        resumed = descriptions.resumed_speaker(state, st.cue_span[0], None, previous, st)
        if resumed is not None and previous is not None:
            return Resolution(resumed, SpeakerMethod.CONTINUATION, previous.confidence * 0.8)
    return found


def cue_subject(state: ArticleState, st: Statement, previous: Statement | None) -> Resolution:
    """ "St-Louis a aussi précisé que …" with no mention kept by the extractor: the
    reporting verb before the content has its subject in the parse (a name or a noun
    phrase before it, outside the content and any quotation); that phrase, read as a
    mention, is the speaker. A pronoun subject, or none: unresolved."""
    cue = state.span(*st.cue_span) if st.cue_span else None
    verbs = [t for t in cue or () if t.pos_ in {"VERB", "AUX"}]
    if not verbs:
        return UNRESOLVED
    # "a aussi précisé": the participle heads the clause; an auxiliary hangs on its verb.
    verb = verbs[-1].head if verbs[-1].dep_.startswith("aux") else verbs[-1]
    subject = next(
        (c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.i < verb.i), None
    )
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return UNRESOLVED
    phrase = state.doc[pronouns.own_phrase_start(subject) : subject.right_edge.i + 1]
    if phrase.end_char > st.cue_span[0] or state.inside(phrase.start_char, state.quoted):
        return UNRESOLVED
    if st.content_span[0] <= phrase.start_char < st.content_span[1]:
        return UNRESOLVED
    probe = _probe(st, phrase.text, (phrase.start_char, phrase.end_char))
    found = resolve_mention(state, probe, previous)
    if found.entity is None:
        return UNRESOLVED
    return Resolution(found.entity, found.method, found.confidence * 0.9)


def subject_after_cue(
    state: ArticleState, st: Statement, cue_end: int, previous: Statement | None
) -> Resolution:
    """The inverted subject right after a reporting verb ending at ``cue_end`` (past any
    adverbial aside), read as a mention; unresolved when nothing there names someone."""
    after = state.span(cue_end, min(len(state.text), cue_end + 160))
    tokens = skip_aside([t for t in after or () if not t.is_space])
    phrase: list[Token] = []
    for tok in tokens[:8]:
        # A capitalised word is a name whatever the tagger says ("Borsus" read as an ADJ).
        named = tok.text[:1].isupper() and tok.is_alpha
        if not named and (
            breaks_phrase(tok) or (phrase and tok.pos_ not in {"NOUN", "PROPN", "ADJ", "DET"})
        ):
            break
        phrase.append(tok)
    if not phrase or not (phrase[0].pos_ in {"DET", "PROPN"} or phrase[0].text[:1].isupper()):
        return UNRESOLVED
    span = (phrase[0].idx, phrase[-1].idx + len(phrase[-1]))
    found = resolve_mention(state, _probe(st, state.text[span[0] : span[1]], span), previous)
    if found.entity is None:
        return UNRESOLVED
    return Resolution(found.entity, found.method, found.confidence * 0.9)


#: Words a floating quotation's own sentence may hold between the closing mark and a
#: reporting verb that follows it ("« … » le 6 mai et le 17 juin, argumente X").
MAX_TRAILING_TOKENS = 12


def trailing_cue_end(state: ArticleState, st: Statement) -> int | None:
    """ "« … » le 6 mai et le 17 juin, argumente l'eurodéputé": where a reporting verb that
    ends the quotation's own sentence ends, when the extractor left the quotation floating.
    The verb comes after a comma, within a few words with no finite verb of their own, and
    has no subject before it (its subject is inverted after it). None when there is none."""
    end = st.content_span[1]
    line_end = state.text.find("\n", end)
    span = state.span(end, len(state.text) if line_end < 0 else line_end)
    verbs = get_language(state.lang).saying_verbs()
    # The written forms too: the tagger may read "argumente" after a date as a noun.
    forms = CueLexicon.for_language(state.lang).forms
    tokens = [t for t in span or () if not t.is_space][: MAX_TRAILING_TOKENS + 1]
    for k, tok in enumerate(tokens):
        if tok.text in {".", "!", "?", ":", ";"} or (tok.is_quote and k > 0):
            return None
        finite = tok.pos_ in {"VERB", "AUX"} and "Fin" in tok.morph.get("VerbForm")
        cue_form = tok.lower_ in forms and k > 0 and tokens[k - 1].text == ","
        if not finite and not cue_form:
            continue
        if not cue_form or (finite and tok.lemma_.lower() not in verbs):
            return None
        if any(c.dep_.startswith("nsubj") and c.i < tok.i for c in tok.children):
            return None
        return tok.idx + len(tok)
    return None


#: Words an aside between the cue and its inverted subject may hold ("a écrit, également
#: sur les réseaux sociaux, le maire"): a longer run between commas is no aside.
MAX_ASIDE_TOKENS = 8
#: Asides in a row before the inverted subject ("a réagi jeudi, aux propos du chef de l'Etat,
#: X": two).
MAX_ASIDES = 2


def skip_aside(tokens: list[Token]) -> list[Token]:
    """The tokens after a cue, past the adverbial asides that end on a comma before the
    inverted subject ("« … », a écrit, lundi sur son blog, la maire X": "lundi sur son
    blog"; "a réagi jeudi, aux propos du ministre, X": "jeudi" and "aux propos du
    ministre"). An aside with a finite verb or a quotation mark is a clause of its own, one
    opening on a determiner or a name is the subject: the tokens are returned as they are."""
    rest = tokens
    skipped = 0
    while skipped < MAX_ASIDES:
        start = 1 if rest and rest[0].text == "," else 0
        comma = next(
            (
                j
                for j, t in enumerate(rest[start : start + MAX_ASIDE_TOKENS + 1], start)
                if t.text == ","
            ),
            None,
        )
        if comma is None:
            break
        aside = rest[start:comma]
        if not aside or not adverbial(aside):
            break
        rest = rest[comma + 1 :]
        skipped += 1
    return rest if skipped else tokens


def adverbial(aside: list[Token]) -> bool:
    """Whether words between commas read as an adverbial (a time, a place, a medium), not a
    clause (a finite verb, a quotation, a sentence end) nor a noun phrase that could be the
    subject itself ("le maire X", "Paul X", "mardi la ministre")."""
    if aside[0].pos_ in {"DET", "PROPN", "PRON"} or aside[0].ent_type_:
        return False
    # "mardi la ministre": a determiner or a name before any preposition opens a noun
    # phrase of its own (the subject), not the complement of a preposition.
    first_adp = next((i for i, t in enumerate(aside) if t.pos_ == "ADP"), len(aside))
    if any(t.pos_ in {"DET", "PROPN"} for t in aside[:first_adp]):
        return False
    return not any(
        (t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm"))
        or t.is_quote
        or t.text in {".", "!", "?", ";", ":"}
        for t in aside
    )


def _last_speaker_near(state: ArticleState, st: Statement) -> tuple[Entity | None, float]:
    """The last speaker found in the same or the previous paragraph, before ``st``, with
    the confidence a continuation from them has; (None, 0) when there is none."""
    here = state.para_of(anchor(st))
    # Anchored from the start of the previous paragraph up to this statement.
    since = state.para_starts[here - 1] if here >= 2 else 0
    earlier = [
        other
        for other in state.statements_anchored_between(since, anchor(st))
        if other.speaker is not None
    ]
    if not earlier:
        return None, 0.0
    last = max(earlier, key=anchor)
    assert last.speaker is not None
    return state.entities.get(last.speaker.id), last.confidence * 0.8


def resolve_impersonal(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "« … », explique-t-on au parquet de Paris", "« … », précise-t-on": the impersonal
    "on" of an inverted cue is the body where it is said ("à la mairie", "au parquet de
    X", resolved as a mention), else the body that was speaking just before; a person is
    never "on". Other statements without a mention are left to the next rule."""
    st = mention.statement
    if mention.text or not st.cue or st.cue_span is None:
        return None
    if not any(w.endswith(tuple(state.lex.impersonal_inversions)) for w in st.cue.split()):
        return None  # "précise-t-on", and "a-t-on précisé" too
    place = _place_after(state, st.cue_span[1])
    if place is not None:
        text, span = place
        found = resolve_mention(state, _probe(st, text, span), None)
        if found.entity is not None and found.entity.type == "organisation":
            return Resolution(found.entity, found.method, found.confidence * 0.9)
        return UNRESOLVED
    body = organisations.last_body_speaking(state, st.cue_span[0], st)
    if body is None:
        return UNRESOLVED
    return Resolution(body, SpeakerMethod.DESCRIPTION, 0.5)


def _place_after(state: ArticleState, end: int) -> tuple[str, tuple[int, int]] | None:
    """The body after a cue's "à"/"au" ("au parquet de Paris" -> "le parquet de Paris"),
    with where it is written; None when no such phrase follows."""
    after = state.span(end, min(len(state.text), end + 120))
    tokens = [t for t in after or () if not t.is_space]
    if not tokens:
        return None
    opener = normalise_name(tokens[0].text)
    if opener not in state.lex.place_articles:
        return None
    phrase: list[Token] = []
    for tok in tokens[1:9]:
        if breaks_phrase(tok):
            break
        phrase.append(tok)
    if not phrase:
        return None
    span = (phrase[0].idx, phrase[-1].idx + len(phrase[-1]))
    article = state.lex.place_articles[opener]
    written = state.text[span[0] : span[1]]
    return (f"{article} {written}" if article else written), span


def resolve_dislocated_topic(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "La maire, elle, a annoncé …": the phrase the pronoun takes up, resolved as a mention."""
    if pronouns.pronoun_of(mention, state) is None:
        return None
    phrase = pronouns.dislocated_phrase(state, mention.span)
    if phrase is None:
        return None
    st = mention.statement
    probe = Statement(
        article=st.article,
        kind=st.kind,
        content=st.content,
        content_span=st.content_span,
        speaker_mention=phrase.text,
        speaker_mention_span=(phrase.start_char, phrase.end_char),
        method=st.method,
    )
    result = resolve_mention(state, probe, mention.previous)
    return result if result.entity is not None else None


def resolve_subject_antecedent(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "La porte-parole du ministre a contacté la radio pour préciser … « … », a-t-elle
    ajouté": the pronoun takes up the unnamed description that was the subject of the
    sentence before (``pronouns.unnamed_subject_before``), read as a mention; when it names
    nobody, the pronoun names nobody either, rather than the last woman or body named."""
    phrase = pronouns.unnamed_subject_before(mention, state)
    if phrase is None:
        return None
    st = mention.statement
    body = represented_body(state, st, phrase)
    if body is not None:
        return Resolution(body.entity, SpeakerMethod.PRONOUN, body.confidence * 0.7)
    found = resolve_mention(
        state, _probe(st, phrase.text, (phrase.start_char, phrase.end_char)), mention.previous
    )
    if found.entity is None:
        return UNRESOLVED
    return Resolution(found.entity, SpeakerMethod.PRONOUN, found.confidence * 0.8)


def represented_body(state: ArticleState, st: Statement, phrase: Span) -> Resolution | None:
    """ "Le représentant du Ministère public a été le premier à s'exprimer … ¶ Pour lui, …":
    an unnamed subject whose head speaks for someone else (``spokesperson_heads``) with a
    body in its complement is that body's voice: the pronoun taking it up is the body's,
    never a person the salience of the article would offer. None when the complement
    names no body."""
    lex = state.lex
    words = [normalise_name(t.text) for t in phrase]
    k = next((i for i, w in enumerate(words) if w in lex.spokesperson_heads), None)
    if k is None or k + 2 >= len(words) or words[k + 1] not in lex.partitives:
        return None
    inner = phrase[k + 2 :]
    article = lex.partitive_articles.get(phrase[k + 1].text.lower())
    text = f"{article} {inner.text}" if article else inner.text
    found = resolve_mention(state, _probe(st, text, (inner.start_char, inner.end_char)), None)
    if found.entity is None or found.entity.type != "organisation":
        return None
    return found


def resolve_body_antecedent(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "Le cdH demande aussi … Selon lui, …": the pronoun takes up the body that was the
    main subject of the sentence before (``pronouns.body_subject_before``), read as a
    mention; a phrase that names no body is left to the other pronoun rules."""
    phrase = pronouns.body_subject_before(mention, state)
    if phrase is None:
        return None
    st = mention.statement
    found = resolve_mention(
        state, _probe(st, phrase.text, (phrase.start_char, phrase.end_char)), mention.previous
    )
    if found.entity is None or found.entity.type != "organisation":
        return None
    return Resolution(found.entity, SpeakerMethod.PRONOUN, found.confidence * 0.8)


def resolve_voiced_body(
    mention: Mention, state: ArticleState, named: bool = False
) -> Resolution | None:
    """Who speaks through a spokesperson or a document: "un porte-parole de FO" is FO,
    "les chiffres de la direction" and "les estimations de Santé publique France" are the
    body's. A spokesperson speaks for a body only, never for a person ("le porte-parole
    de X" is not X); a document carries the word of a body or a person named in it.
    ``named``: a spokesperson whatever its determiner (``resolve_unnamed_spokesperson``)."""
    lex, st, core, words = state.lex, mention.statement, mention.core, mention.words
    if words[:1] and words[0] in lex.sameness_words:
        words = words[1:]  # "selon le même communiqué": the document named before
    # "un porte-parole de FO" is nobody in particular: FO speaks. "Le porte-parole du
    # syndicat" is a person the article may name, left to the description rules.
    opener = normalise_name(core).split()[:1]
    indefinite = named or (bool(opener) and opener[0] in lex.anonymous_openers)
    spokesperson = _head_length(words, lex.spokesperson_heads) if indefinite else 0
    source = 0 if spokesperson else _head_length(words, lex.source_heads)
    n = spokesperson or source
    if source and len(words) == n:
        if indefinite or _described_after(mention, state):
            # "selon des documents", "les informations recueillies sur place": a new
            # document, or one its own words define, takes up none named before
            return _document_author(mention, state) or _document_holder(mention, state)
        return (
            _document_author(mention, state)
            or _document_holder(mention, state)
            or _document_issuer(mention, state)
            or _document_of_previous(mention, state)
        )
    if source and len(words) > n and words[n] not in lex.partitives:
        return _document_of_named(mention, state, n)
    if not n or len(words) <= n + 1 or words[n] not in lex.partitives:
        return None
    match = _partitive_pattern(lex.partitives).search(core)
    if match is None or st.speaker_mention_span is None or st.speaker_mention is None:
        return None
    inner = core[match.end() :].strip()
    article = lex.partitive_articles.get(match.group(1).lower())
    if article:
        inner = f"{article} {inner}"
    if not inner or (
        source
        and not any(c.isupper() for c in inner)
        and not any(body in inner for body in lex.source_bodies)
        and not _opens_on_a_body(inner, lex)
    ):
        return None
    offset = st.speaker_mention.find(core[match.end() :].strip())
    if offset < 0:
        return None
    begin = st.speaker_mention_span[0] + offset
    written = (begin, begin + len(core[match.end() :].strip()))
    found = resolve_mention(state, _probe(st, inner, written), None)
    if found.entity is None or (spokesperson and found.entity.type != "organisation"):
        return None
    return Resolution(found.entity, found.method, found.confidence * 0.9)


def resolve_occasion(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "La séance du Sénat a été suspendue après …", "la réunion du comité a conclu que
    …": a sitting, a meeting or an event (``occasion_heads``, written in lower case) is no
    speaker; the body or person its complement names speaks ("du Sénat"), else nobody.
    A capitalised head is a body's own name ("le Forum X") and left to the other rules."""
    tokens = [t for t in mention.tokens if not t.is_punct and not t.is_space]
    lex = state.lex
    while tokens and normalise_name(tokens[0].text) in lex.leading_prepositions:
        tokens = tokens[1:]
    while tokens and normalise_name(tokens[0].text) in lex.determiners:
        tokens = tokens[1:]
    if not tokens or not tokens[0].is_lower:
        return None
    if normalise_name(tokens[0].text) not in lex.occasion_heads:
        return None
    k = next((i for i, t in enumerate(tokens[1:], 1) if t.pos_ != "ADJ"), len(tokens))
    rest = tokens[k:]
    if len(rest) < 2 or normalise_name(rest[0].text) not in lex.partitives:
        return UNRESOLVED
    inner = state.doc[rest[1].i : rest[-1].i + 1]
    article = lex.partitive_articles.get(rest[0].text.lower())
    text = f"{article} {inner.text}" if article else inner.text
    st = mention.statement
    found = resolve_mention(state, _probe(st, text, (inner.start_char, inner.end_char)), None)
    if found.entity is None or found.entity.type not in {"person", "organisation"}:
        return UNRESOLVED
    return Resolution(found.entity, found.method, found.confidence * 0.8)


def resolve_unnamed_spokesperson(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "« … », a indiqué le porte-parole de la police cantonale": a definite spokesperson
    of a body is the person the article names so, if any (the description rules); with
    nobody to take it up, the body speaks through them (the convention for "un porte-parole
    de FO"). A spokesperson of a person ("le porte-parole du maire") speaks for no body."""
    core_raw = mention.core_raw
    if not core_raw or core_raw[0] not in state.lex.definite:
        return None
    n = _head_length(mention.words, state.lex.spokesperson_heads)
    if not n or len(mention.words) <= n + 1 or mention.words[n] not in state.lex.partitives:
        return None
    found = descriptions.resolve(mention, state)
    if found is not None and found.entity is not None:
        return found
    body = resolve_voiced_body(mention, state, named=True)
    if body is None or body.entity is None:
        return found
    return Resolution(body.entity, body.method, body.confidence * 0.8)


def resolve_spokesperson_of_subject(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "Le parquet de Vallon a fait appel du jugement. ¶ « … », a déclaré un porte-parole":
    a spokesperson of no body named, when no body spoke before
    (``organisations.resolve_bare_spokesperson``), speaks for the body the narration is
    about: the subject of the nearest main clause before it, in the same or the previous
    paragraph, outside quotes and reported words. A person there ("Le maire a …") is no
    body a spokesperson speaks for: nobody."""
    if organisations.spokesperson_gender(state, mention.text) is None:
        return None
    if " ".join(mention.words) not in state.lex.spokesperson_heads or mention.span is None:
        return None
    subject = _narration_subject_before(state, mention.span)
    if subject is None:
        return None
    st = mention.statement
    where = (subject.start_char, subject.end_char)
    found = resolve_mention(state, _probe(st, subject.text, where), None)
    entity = found.entity
    if entity is None or entity.type != "organisation" or is_news_medium(state, entity.name):
        return None
    return Resolution(entity, SpeakerMethod.DESCRIPTION, found.confidence * 0.7)


def _narration_subject_before(state: ArticleState, span: Span) -> Span | None:
    """The noun phrase subject of the nearest main clause of the narration before ``span``,
    in its paragraph or the one before (None when that clause's subject is a pronoun)."""
    doc = state.doc
    here = state.para_of(span.start_char)
    lo = state.para_starts[here - 1] if here >= 1 else 0
    k = sentence_of(doc, span.start).start - 1
    while k >= 0:
        before = sentence_of(doc, k)
        if before.start_char < lo:
            return None
        k = before.start - 1
        root = before.root
        if state.inside(root.idx, state.quoted) or state.inside(root.idx, state.contents):
            continue
        subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
        if subject is None:
            continue
        if subject.pos_ not in {"NOUN", "PROPN"}:
            return None
        # the phrase up to its first comma, verb or relative pronoun ("Le parquet de
        # Vallon, qui …" is "Le parquet de Vallon")
        end = subject.i + 1
        while end <= subject.right_edge.i and doc[end].pos_ not in _PHRASE_BREAKS:
            end += 1
        return doc[pronouns.own_phrase_start(subject) : end]
    return None


#: Parts of speech that end a subject noun phrase read by ``_narration_subject_before``.
_PHRASE_BREAKS = frozenset({"PUNCT", "VERB", "AUX", "PRON", "SCONJ", "CCONJ"})


def _probe(st: Statement, mention: str, span: tuple[int, int]) -> Statement:
    """The statement as if its speaker were only the phrase ``mention`` at ``span``: how a rule
    resolves a phrase inside a mention ("un porte-parole de FO" -> "FO")."""
    return Statement(
        article=st.article,
        kind=st.kind,
        content=st.content,
        content_span=st.content_span,
        speaker_mention=mention,
        speaker_mention_span=span,
        method=st.method,
    )


def _document_of_previous(mention: Mention, state: ArticleState) -> Resolution:
    """ "Dans un communiqué, le parti … « … », poursuit le communiqué": a document named
    alone is the one the previous speaker issued; it is never a body of its own."""
    previous = mention.previous
    entity = state.entities.get(previous.speaker.id) if previous and previous.speaker else None
    if entity is None or previous is None:
        return UNRESOLVED
    return Resolution(entity, SpeakerMethod.DESCRIPTION, previous.confidence * 0.8)


#: Dependencies of a document noun on the verb whose subject issued it ("X a publié un
#: communiqué", "Dans un communiqué, X a indiqué").
_ISSUED_BY_SUBJECT = frozenset({"obj", "obl", "obl:mod", "obl:arg"})


def _document_issuer(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "Le ministère de la Pêche a diffusé un communiqué. … « … », conclut le communiqué":
    a document named alone is the one the article said who issued, nearest before: the
    body or person after its "de" ("un communiqué du parquet") or the subject of the verb
    it depends on ("X a publié un communiqué", "Dans un communiqué, X indique"). None when
    the article says no such thing (the previous speaker's document, then)."""
    words, start = mention.words, mention.start
    if words[:1] and words[0] in state.lex.sameness_words:
        words = words[1:]  # "le même communiqué"
    if not words:
        return None
    doc, st = state.doc, mention.statement
    earlier = [
        i
        for i in state.word_positions(words[0])
        if start - LOOKBACK_CHARS <= doc[i].idx < start and normalise_name(doc[i].text) == words[0]
    ]
    for i in reversed(earlier):
        for phrase in (_partitive_complement(state, doc[i]), _issuing_subject(state, doc[i])):
            if phrase is None:
                continue
            probe = _probe(st, phrase.text, (phrase.start_char, phrase.end_char))
            found = resolve_mention(state, probe, None)
            if found.entity is not None:
                return Resolution(found.entity, SpeakerMethod.DESCRIPTION, 0.6)
    return None


def _partitive_complement(state: ArticleState, tok: Token) -> Span | None:
    """ "un communiqué du parquet de Valbrune": the phrase after the noun's "de"."""
    doc = state.doc
    if tok.i + 2 >= len(doc) or normalise_name(doc[tok.i + 1].text) not in state.lex.partitives:
        return None
    j = tok.i + 2
    end = j
    while end < len(doc) and end < j + 8 and not breaks_phrase(doc[end]):
        end += 1
    if end == j or not any(t.pos_ in {"NOUN", "PROPN"} for t in doc[j:end]):
        return None
    # "du" holds its article: "du parquet" reads "le parquet".
    begin = j if doc[tok.i + 1].text.lower() in {"de", "d'", "d’"} else tok.i + 1
    return doc[begin:end]


def _issuing_subject(state: ArticleState, tok: Token) -> Span | None:
    """ "X a publié un communiqué", "Dans un communiqué, X indique": the subject of the
    verb the document noun depends on, as a noun phrase."""
    if tok.dep_ not in _ISSUED_BY_SUBJECT or tok.head.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in tok.head.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    doc = state.doc
    end = subject.i + 1
    while end < len(doc) and end <= subject.right_edge.i and not breaks_phrase(doc[end]):
        end += 1
    return doc[subject.left_edge.i : end]


def _document_author(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "Un article publié mardi par La Gazette accuse …", "selon des informations obtenues
    par Radio Vallée": a document whose participle names its agent is that agent's. The
    agent must be named (a capitalised word) or definite ("communiqués par la fédération
    des maîtres-nageurs"): "publié par un collectif" names nobody."""
    span, doc = mention.span, state.doc
    if span is None:
        return None
    j = span.end
    while True:
        if j >= min(len(doc), span.end + 8):
            return None
        tok = doc[j]
        if normalise_name(tok.text) in state.lex.agent_prepositions:
            break
        participle = j == span.end and "Part" in tok.morph.get("VerbForm")
        if participle and normalise_name(tok.text) in state.lex.relay_participles:
            return None  # "le communiqué cité par l'agence X": X relays, the issuer speaks
        if breaks_phrase(tok) and not participle:
            return None
        j += 1
    end = j + 1
    while end < len(doc) and end < j + 9 and not breaks_phrase(doc[end]):
        end += 1
    agent = doc[j + 1 : end]
    if not len(agent) or not (any(t.text[:1].isupper() for t in agent) or _definite(agent[0])):
        return None
    st = mention.statement
    found = resolve_mention(state, _probe(st, agent.text, (agent.start_char, agent.end_char)), None)
    if found.entity is None:
        return None
    return Resolution(found.entity, found.method, found.confidence * 0.9)


def _definite(tok: Token) -> bool:
    """A definite determiner ("les agences régionales de santé", "la fédération des
    maîtres-nageurs"): the agent is a body the reader knows, not "un collectif"."""
    return tok.pos_ == "DET" and "Def" in tok.morph.get("Definite")


def _described_after(mention: Mention, state: ArticleState) -> bool:
    """The mention's noun goes on with a participle or a relative clause of its own
    ("les informations recueillies sur place", "les documents que …")."""
    span, doc = mention.span, state.doc
    if span is None or span.end >= len(doc):
        return False
    following = doc[span.end]
    if normalise_name(following.text) in state.lex.relay_participles:
        return False  # "le communiqué cité par l'agence X": the one named before, relayed
    return (
        "Part" in following.morph.get("VerbForm")
        or normalise_name(following.text) in state.lex.holder_relatives
    )


def _document_holder(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "selon les informations dont dispose Radio Vallée", "les documents que La Gazette a
    consultés": the subject of a relative clause on the document holds it. The holder
    must be named (a capitalised word)."""
    span, doc = mention.span, state.doc
    if span is None or span.end + 1 >= len(doc):
        return None
    if normalise_name(doc[span.end].text) not in state.lex.holder_relatives:
        return None
    relative = doc[span.end]
    clause = doc[span.end + 1 : min(len(doc), span.end + 12)]
    subject = next(
        (
            t
            for t in clause
            if t.text[:1].isupper()
            and t.head.i > span.end
            and (
                t.dep_ in {"nsubj", "nsubj:pass"}
                # "dont dispose Le Courrier": the parser makes the pronoun the subject and
                # the postposed subject the verb's object
                or (t.dep_ == "obj" and relative.head.i == t.head.i and relative.dep_ == "nsubj")
            )
        ),
        None,
    )
    if subject is None:
        return None
    first = max(subject.left_edge.i, span.end + 1)  # the parse may hang "dont" on it
    end = first
    while end <= subject.right_edge.i and not (
        doc[end].is_punct or doc[end].pos_ in {"VERB", "AUX"}
    ):
        end += 1
    words = doc[first:end]
    st = mention.statement
    probe = _probe(st, words.text, (words.start_char, words.end_char))
    found = resolve_mention(state, probe, None)
    if found.entity is None:
        return None
    return Resolution(found.entity, found.method, found.confidence * 0.9)


def _document_of_named(mention: Mention, state: ArticleState, head: int) -> Resolution | None:
    """ "selon un bulletin Météo-France": a document noun followed by a proper name is that
    body's document; the body speaks."""
    st, core = mention.statement, mention.core
    if st.speaker_mention_span is None or st.speaker_mention is None:
        return None
    written = first_capitalised(core, within=head + 2)
    if written is None or written == core:
        return None
    offset = st.speaker_mention.find(written)
    if offset < 0:
        return None
    begin = st.speaker_mention_span[0] + offset
    found = resolve_mention(state, _probe(st, written, (begin, begin + len(written))), None)
    if found.entity is None:
        return None
    return Resolution(found.entity, found.method, found.confidence * 0.9)


def resolve_quoted_speaker(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "« Nous avons estimé … », a déclaré le directeur, exprimant ses préoccupations": a
    first-person pronoun inside a quotation is no speaker of its own; it stands for whoever
    says the quotation. Outside a quotation it is left to the other rules."""
    if " ".join(mention.raw) not in state.lex.first_person:
        return None
    st, start = mention.statement, mention.start
    owner = next(
        (other for other in state.statements_holding(start) if other is not st),
        None,
    )
    if owner is None:
        return None
    if owner.speaker is not None and owner.speaker.id in state.entities:
        entity = state.entities[owner.speaker.id]
        return Resolution(entity, owner.speaker_method, owner.confidence * 0.9)
    if not (owner.speaker_mention or "").strip():
        return UNRESOLVED
    found = resolve_mention(state, owner, mention.previous)
    if found.entity is None:
        return UNRESOLVED
    return Resolution(found.entity, found.method, found.confidence * 0.9)


def resolve_same_source(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "selon cette source", "de même source": the source of the statement before."""
    raw = tuple(mention.raw)
    # the longest phrase that ends the mention ("la même source", not "même source"): the
    # lexicon is a set, whose order must not decide
    tails = [p for p in state.lex.same_source if raw[-len(p) :] == p]
    tail = max(tails, key=len) if tails else None
    # "Toujours selon cette source": an adverb and a preposition may come first.
    before = raw[: len(raw) - len(tail)] if tail else ()
    if tail is None or (before and before[-1] not in state.lex.leading_prepositions):
        return None
    previous = mention.previous
    entity = state.entities.get(previous.speaker.id) if previous and previous.speaker else None
    if entity is None or previous is None:
        # "une source policière a indiqué … Selon cette source, …": still unnamed
        return ANONYMOUS if previous is not None and previous.anonymous else UNRESOLVED
    plural = state.lex.plural_determiners
    said = normalise_name(previous.speaker_mention or "").split()
    if tail[0] in plural and not (said and said[0] in plural):
        return UNRESOLVED  # "ces sources" takes up sources, not one body ("le parquet")
    if _sources_cited_in(previous, tail[-1], state):
        # "Selon Radio X, qui cite des sources proches de l'enquête, … « … », selon ces
        # sources": the sources the previous speaker cites, not that speaker
        return ANONYMOUS
    return Resolution(entity, SpeakerMethod.DESCRIPTION, previous.confidence * 0.9)


def resolve_unnamed_source(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "une source militaire à Kayes", "a senior military source in Kayes": a
    source the text leaves unnamed is anonymous, whatever place or body its complement
    names (the real sets' convention), so no name inside it is taken for the speaker."""
    raw = list(mention.raw)
    while raw and raw[0] in state.lex.leading_prepositions:
        raw = raw[1:]
    indefinite = state.lex.anonymous_openers - state.lex.definite
    if raw and raw[0] in state.lex.unnamed_sources:
        return ANONYMOUS  # "de source judiciaire", "sources say": no article at all
    if not raw or raw[0] not in indefinite | state.lex.definite:
        return None
    # the source noun opens the phrase in French ("une source militaire"), comes after one
    # or two adjectives in English ("a senior military source"); a definite source takes up
    # one the text left unnamed ("la source militaire", "la même source malienne")
    if any(word in state.lex.unnamed_sources for word in raw[1:4]):
        return ANONYMOUS
    return None


def unnamed_speaker(state: ArticleState, st: Statement, found: Resolution) -> bool:
    """Whether the statement's speaker is a source the text leaves unnamed: a rule said so
    (``ANONYMOUS``), or no rule found anyone for a phrase that opens on an indefinite
    determiner before a common noun ("un témoin", "des militaires", "plusieurs médias",
    ``unnamed_openers``): somebody the article brings in without a name; or an interview's
    answers when the article names no one who answers."""
    if found.entity is not None:
        return False
    if found.anonymous:
        return True
    if st.method == ExtractionRule.INTERVIEW and st.speaker_mention_span is None:
        return True  # someone answers the questions, and the article gives no name
    tokens = [t for t in Mention(st, None, state).tokens if not t.is_punct and not t.is_space]
    if len(tokens) < 2 or normalise_name(tokens[0].text) not in state.lex.unnamed_openers:
        return False
    nouns = [t for t in tokens[1:] if t.pos_ in {"NOUN", "PROPN"}]
    if not nouns or not nouns[0].is_lower or nouns[0].pos_ != "NOUN":
        return False
    # "un porte-parole" speaks for the body the text is about, never anonymously
    return normalise_name(nouns[0].text) not in state.lex.spokesperson_heads


def _sources_cited_in(previous: Statement, noun: str, state: ArticleState) -> bool:
    """Whether the previous statement's words, or the narration between its mention and its
    words, write the source noun ("qui cite des sources …") that "ces sources" takes up."""
    spans = [previous.content_span]
    if previous.speaker_mention_span:
        spans.append((previous.speaker_mention_span[1], previous.content_span[0]))
    for start, end in spans:
        if start < end and noun in normalise_name(state.text[start:end]).split():
            return True
    return False


def resolve_coordination(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "Le parquet fédéral et le parquet de Mons ont déconseillé …", "X et Y ont affirmé":
    coordinated speakers are named by the first, which the resolution follows (a speaker
    is one person or body). A coordination inside a complement ("le ministre de
    l'Économie et des Finances") is one description and is left to the other rules."""
    tokens, lex = mention.tokens, state.lex
    st = mention.statement
    if not any(normalise_name(t.text) in lex.coordinators for t in tokens[1:-1]):
        tokens = _described_conjuncts(mention, state) or tokens
    for k in range(1, len(tokens) - 1):
        if normalise_name(tokens[k].text) not in lex.coordinators:
            continue
        nxt = normalise_name(tokens[k + 1].text)
        determiner = nxt in lex.determiners and nxt not in lex.partitives
        named = tokens[k + 1].text[:1].isupper() and nxt not in lex.partitives
        if not (determiner or named):
            return None
        left = tokens[:k]
        span = (left[0].idx, left[-1].idx + len(left[-1]))
        found = resolve_mention(state, _probe(st, state.text[span[0] : span[1]], span), None)
        if found.entity is None:
            return None
        return Resolution(found.entity, found.method, found.confidence * 0.9)
    return None


def _described_conjuncts(mention: Mention, state: ArticleState) -> list[Token]:
    """ "La ministre de la Culture, Hélène Varin, et le maire de Vernac, Luc Dorval": two
    descriptions, each with its name set off by commas, joined after a comma. The core
    phrase stops at the first comma, so the coordination is read on the whole mention, up
    to the first conjunct's closing comma (the speaker is the first conjunct's)."""
    span = mention.span
    if span is None:
        return []
    words = [t for t in span if not t.is_space]
    for k in range(2, len(words) - 1):
        if normalise_name(words[k].text) in state.lex.coordinators and words[k - 1].text == ",":
            if not any(t.text == "," for t in words[: k - 1]):
                return []  # "X, et Y": one comma only, no name set off in the first conjunct
            return [t for t in words[: k - 1]] + words[k:]
    return []


#: The order in which a mention is read; the first rule that answers settles it.
RULES: tuple[Rule, ...] = (
    resolve_impersonal,
    resolve_inner_incise,
    resolve_continuation,
    resolve_quoted_speaker,
    resolve_dislocated_topic,
    pronouns.resolve_after_spokesperson,
    groups.resolve_joint_pronoun,
    pronouns.resolve_group_antecedent,
    pronouns.resolve_forward,
    resolve_subject_antecedent,
    resolve_body_antecedent,
    pronouns.resolve,
    pronouns.resolve_last,
    resolve_same_source,
    resolve_unnamed_source,
    resolve_coordination,
    resolve_occasion,
    organisations.resolve_body_members,
    names.resolve_initials,
    names.resolve,
    names.resolve_first_name,
    descriptions.resolve_apposed,
    roles.resolve_titled_function,
    organisations.resolve_spokesperson_body,
    organisations.resolve_group,
    resolve_voiced_body,
    organisations.resolve_bare_spokesperson,
    resolve_spokesperson_of_subject,
    organisations.resolve_member_body,
    organisations.resolve_typed_name,
    organisations.resolve_body_epithet,
    organisations.resolve,
    descriptions.resolve_age,
    groups.resolve_plural,
    resolve_unnamed_spokesperson,
    descriptions.resolve,
    organisations.resolve_title,
)


def resolve_mention(state: ArticleState, st: Statement, previous: Statement | None) -> Resolution:
    """The speaker of one statement: the first rule of ``RULES`` that answers, else nobody."""
    mention = Mention(st, previous, state)
    for rule in RULES:
        found = rule(mention, state)
        if found is not None:
            return found
    return UNRESOLVED


def mute_mention(
    state: ArticleState, st: Statement, previous: Statement | None, found: Resolution
) -> Resolution:
    """ "Ils ont livré un aperçu des faits, en insistant sur …", "d'après nos
    informations", "ARBITRAGE : X a refusé de …": a mention no rule resolved whose head
    cannot speak (``mute.cannot_speak``: an object, a document, an occasion, a label) is no
    speaker; the cue's subject in the parse speaks, else whoever spoke just before. The
    mention becomes that subject, or none for a continuation."""
    if found.entity is not None or found.anonymous or st.speaker_mention_span is None:
        return found
    if not state.lex.speaking_nouns or st.cue_span is None:
        # a language whose lexicon lists no nouns of speakers; a statement with no cue,
        # whose subject no parse can tell
        return found
    if st.method in {_HEADLINE, _SOURCE_PREPOSITION}:
        # "d'après nos informations": the complement of "selon" is the only place of the
        # source; when it names nobody, nobody else said the words
        return found
    span = state.span(*st.speaker_mention_span)
    if span is None:
        return found
    subject = mute.cue_verb_subject(state, st)
    own_subject = subject is not None and span.start <= subject.root.i < span.end
    if not mute.cannot_speak(state, span, own_subject):
        return found
    instead = mute.speaker_instead(state, st, previous, resolve_mention, _last_speaker_near)
    if instead is None:
        return found
    resolution, subject = instead
    if subject is not None:
        st.speaker_mention = subject.text
        st.speaker_mention_span = (subject.start_char, subject.end_char)
    else:
        st.speaker_mention, st.speaker_mention_span = None, None
    return resolution


# -- headlines ---------------------------------------------------------------------------------


def headline_subject(
    state: ArticleState, st: Statement, previous: Statement | None, found: Resolution
) -> Resolution:
    """ "Océans : le président américain promet …": in a headline whose content is a
    clause, not a quotation, the clause's own subject is the speaker and the words before
    the colon are the topic. The mention is corrected to that subject when it resolves."""
    if st.method != _HEADLINE or st.kind == "direct":
        return found
    if st.speaker_mention_span is not None and st.speaker_mention_span[0] >= st.content_span[1]:
        return found  # "… on Tuesday -minister": the source named after the words
    content = state.span(*st.content_span)
    if content is None:
        return found
    subject = next(
        (
            t
            for t in content
            if t.dep_ in {"nsubj", "nsubj:pass"} and t.head.i >= t.i and t.head in content
        ),
        None,
    )
    if subject is None:
        return found
    doc = state.doc
    np = doc[subject.left_edge.i : subject.i + 1]
    while np.end < subject.head.i and doc[np.end].pos_ in {"ADJ", "PROPN", "NOUN"}:
        np = doc[np.start : np.end + 1]
    probe = Statement(
        article=st.article,
        kind=st.kind,
        content=st.content,
        content_span=(np.end_char, st.content_span[1]),
        speaker_mention=np.text,
        speaker_mention_span=(np.start_char, np.end_char),
        method=_HEADLINE_SUBJECT,
    )
    result = resolve_mention(state, probe, previous)
    if result.entity is None:
        return found
    st.speaker_mention, st.speaker_mention_span = np.text, (np.start_char, np.end_char)
    return result


def headline_repeats(state: ArticleState, statements: list[Statement]) -> None:
    """A headline quoting words the body attributes takes the body's speaker when the body
    is surer: "« Nous ne tiendrons pas l'été », prévient le chef de service" is said by
    the doctor the body names, whatever the headline's short description resolved to."""
    if len(state.para_starts) < 2:
        return
    body_start = state.para_starts[1]
    heads = [st for st in statements if st.content_span[0] < body_start]
    if not heads:
        return
    body = [
        (normalise_name(st.content), st)
        for st in statements
        if st.content_span[0] >= body_start and st.speaker is not None
    ]
    for st in heads:
        # "Urgences : « Nous ne tiendrons pas l'été »": the topic before a colon is no part
        # of the words the body repeats.
        topic, colon, said = st.content.partition(":")
        key = normalise_name(said if colon and len(topic) <= 40 else st.content)
        if len(key) < 12:
            continue
        match = next((b for text, b in body if text.startswith(key)), None)
        if match is None or match.confidence <= st.confidence:
            continue
        st.speaker = match.speaker
        st.speaker_method = SpeakerMethod.HEADLINE
        st.confidence = round(match.confidence * 0.95, 3)


def subheading_repeats(state: ArticleState, statements: list[Statement]) -> None:
    """A quotation standing alone as a paragraph of the body (a subheading: « Lorsque l'on
    arrosait, l'eau gelait sur les toits ») announces words the article attributes further
    down: it takes the speaker of the later statement that holds the same words (« Dans
    le vif du sujet » ¶ … « On entre dans le vif du sujet … », assure-t-elle), rather than
    the previous speaker by continuation. A later statement with its own speaker mention
    is preferred to one that is itself a continuation."""
    for st in statements:
        if st.method != _FLOATING or state.para_of(st.content_span[0]) == 0:
            continue
        here = state.para_of(st.content_span[0])
        start = state.para_starts[here]
        end = state.para_starts[here + 1] if here + 1 < len(state.para_starts) else len(state.text)
        alone = normalise_name(state.text[start:end])
        key = normalise_name(st.content)
        if len(key) < 12 or alone != key:
            continue
        holding = [
            other
            for other in statements
            if other is not st
            and anchor(other) > end
            and other.speaker is not None
            and key in normalise_name(other.content)
        ]
        if not holding:
            continue
        later = min(holding, key=lambda o: (not o.speaker_mention, anchor(o)))
        st.speaker = later.speaker
        st.speaker_method = SpeakerMethod.HEADLINE
        st.confidence = round(later.confidence * 0.95, 3)


#: Adverbs in a cue that go on with the same speaker ("X a aussi précisé").
_RESUMING_ADVERBS = frozenset({"aussi", "également", "encore", "ensuite"})


def resumes(state: ArticleState, st: Statement) -> bool:
    """Whether a statement's cue goes on with words said just before: a resuming verb
    ("poursuit", "a ajouté") or an adverb of continuation in the cue ("a aussi précisé")."""
    if (st.cue_lemma or "") in state.lex.resuming_cues:
        return True
    return any(w in _RESUMING_ADVERBS for w in normalise_name(st.cue or "").split())


def office_described(state: ArticleState, st: Statement) -> tuple[list[str], str | None] | None:
    """The words and gender of a statement's mention when it is a definite description of
    an office ("le maire", "le procureur de la République de Paris"), else None."""
    raw = normalise_name(st.speaker_mention or "").split()
    if not raw or raw[0] not in state.lex.definite:
        return None
    words, gender = state.lex.strip_determiners(raw)
    if not words or state.lex.office_group(words) is None:
        return None
    return words, gender


def named_on_resuming(state: ArticleState, statements: list[Statement]) -> None:
    """ "« … », explique le maire dans un communiqué. ¶ « … », poursuit Jean-Louis X": an
    office's description that named nobody (or that a title made a body of) is the person
    named by the very next statement when that one goes on with the same words (a resuming
    verb or "aussi"), in the same or the next paragraph, and the person agrees with the
    description and was never given another function. Statements that took up the
    description's body by a pronoun or the same words follow it."""
    order = sorted(statements, key=anchor)
    for before, after in pairwise(order):
        if after.speaker is None or after.speaker_method != SpeakerMethod.NAME:
            continue
        if not resumes(state, after):
            continue
        if state.para_of(anchor(after)) - state.para_of(anchor(before)) > 1:
            continue
        described = office_described(state, before)
        if described is None:
            continue
        old = before.speaker
        if old is not None and old.type != "organisation":
            continue
        entity = state.entities.get(after.speaker.id)
        words, gender = described
        if entity is None or entity.type != "person" or not compatible(entity, gender, "sing"):
            continue
        if descriptions.other_function(state, entity.id, words):
            continue
        for st in order:
            same = st is before or (old is not None and st.speaker == old)
            if not same or (st is not before and not _takes_up(state, st, words)):
                continue
            st.speaker = after.speaker
            st.speaker_method = SpeakerMethod.DESCRIPTION
            st.confidence = round(after.confidence * 0.8, 3)


def _takes_up(state: ArticleState, st: Statement, words: list[str]) -> bool:
    """Whether a statement names its speaker by a pronoun or by the description's words."""
    mention = normalise_name(st.speaker_mention or "")
    if mention in state.lex.pronouns:
        return True
    found = office_described(state, st)
    return found is not None and found[0][: len(words)] == words[: len(found[0])]


#: Steps after a statement's rules, each given what the rules found.
STATEMENT_STEPS: tuple[
    Callable[[ArticleState, Statement, Statement | None, Resolution], Resolution], ...
] = (mute_mention, headline_subject)
#: Steps once every statement of the article is resolved.
ARTICLE_STEPS: tuple[Callable[[ArticleState, list[Statement]], None], ...] = (
    headline_repeats,
    subheading_repeats,
    named_on_resuming,
    fitting.fit_open_descriptions,
    interviews.answers_of_headline_interviewee,
    spellings.usual_spelling,
    spellings.glued_spelling,
)


# -- the article -------------------------------------------------------------------------------


def widen_mentions(state: ArticleState, statements: list[Statement]) -> None:
    """Mentions cut short of the name they introduce ("le troisième ligne | François Cros",
    "Météo|-France") take the whole name, and mentions running past their speaker ("mardi
    le parquet dans son communiqué") lose the date and the adjunct, before the scan reads
    them. "Marine | Le Pen" takes the first name written just before it."""
    for st in statements:
        if st.speaker_mention_span is None:
            continue
        cue_start = st.cue_span[0] if st.cue_span else None
        narrower = narrowed_mention(state, st.speaker_mention_span, cue_start)
        narrower = without_medium_addressee(state, narrower or st.speaker_mention_span) or narrower
        if narrower is not None:
            st.speaker_mention_span = narrower
            st.speaker_mention = state.text[narrower[0] : narrower[1]]
        wider = (
            names.widened_mention(state, st.speaker_mention_span)
            or names.first_name_before(state, st.speaker_mention_span)
            or names.apposed_name(state, st.speaker_mention_span, cue_start)
            or names.name_before_apposition(state, st.speaker_mention_span)
        )
        if wider is not None:
            st.speaker_mention_span = wider
            st.speaker_mention = state.text[wider[0] : wider[1]]


def resolve_article(state: ArticleState, statements: list[Statement]) -> None:
    """Scan the article, then resolve its statements in reading order, in place."""
    widen_mentions(state, statements)
    scan(state, statements)
    order = sorted(range(len(statements)), key=lambda i: anchor(statements[i]))
    previous: Statement | None = None
    for i in order:
        st = statements[i]
        result = resolve_mention(state, st, previous)
        for step in STATEMENT_STEPS:
            result = step(state, st, previous, result)
        st.speaker = result.entity.speaker() if result.entity else None
        st.speaker_method = result.method if result.entity else None
        st.confidence = round(result.confidence, 3) if result.entity else 0.0
        st.anonymous = unnamed_speaker(state, st, result)
        if result.entity is not None:
            state.history.append(result.entity.id)
            if result.entity.type == "organisation" and result.entity.gender is None:
                # "l'organisation X … », dit-elle": the body's noun gives its gender.
                where = st.speaker_mention_span
                mentioned = state.span(*where) if where else None
                result.entity.gender = pronouns.body_noun_gender(state, mentioned or ())
        if result.entity is not None and st.speaker_mention_span:
            span = state.span(*st.speaker_mention_span)
            state.add_ref(
                st.speaker_mention_span[0],
                st.speaker_mention_span[1],
                result.entity,
                span.root if span is not None else None,
            )
        previous = st
    for article_step in ARTICLE_STEPS:
        article_step(state, statements)


def _opens_on_a_body(phrase: str, lex: SpeakerLexicon) -> bool:
    """ "la préfecture", "le parquet de Vallon": a phrase in lower case that opens, past its
    article, on an organisation noun of the lexicon (``organisation_heads``), so that "un
    communiqué de la préfecture" is the préfecture's word."""
    words = normalise_name(phrase).split()
    if words and words[0] in lex.determiners:
        words = words[1:]
    return lex.organisation_head(words)


def _head_length(words: list[str], heads: frozenset[str]) -> int:
    """How many words of ``words`` a head of ``heads`` takes ("porte parole" is two)."""
    for head in heads:
        head_words = head.split()
        if words[: len(head_words)] == head_words:
            return len(head_words)
    return 0


def _partitive_pattern(partitives: frozenset[str]) -> re.Pattern[str]:
    """The first partitive of a phrase, as written ("de", "du", "d'")."""
    return _PATTERNS.setdefault(
        partitives,
        re.compile(
            r"(?i)(?:^|\s)("
            + "|".join(re.escape(p) for p in sorted(partitives, key=len, reverse=True))
            + r")(?=[\s'’])\s*'?"
        ),
    )


_PATTERNS: dict[frozenset[str], re.Pattern[str]] = {}


def resolve_speakers(
    doc: Doc,
    article: Article,
    statements: list[Statement],
    registry: Registry | None = None,
) -> ArticleState | None:
    """Fill ``speaker``, ``speaker_method`` and ``confidence`` of each statement, in place.

    ``doc`` is the processed text of ``article``; ``registry`` defaults to the shipped one
    plus the user's (``DIXIT_REGISTRY``). The rules read the article's language. Returns the
    article's state (None without statements), so that other mentions of the article (an
    addressee: ``dixit.describe.addressee``) are resolved by the same rules and references.
    """
    if not statements:
        return None
    registry = registry if registry is not None else default_registry()
    lexicon = load_lexicon(article.language or doc.lang_)
    state = ArticleState(doc, article, registry, lexicon)
    resolve_article(state, statements)
    return state
