"""Descriptions left open, fitted to the one entity of the whole article they describe.

The rules read an article once, in order, and a definite description they cannot bind when
they meet it stays open ("le sélectionneur a regretté …" in a lead that names Djamel X only
further down; "précise le procureur de Valbrune" in a story that names only "le parquet de
Valbrune"), or becomes a body named by its own common words ("le parquet de la ville"). Once
every statement is resolved the article is known whole, including what it says after the
description, and ``fit_open_descriptions`` (an article step) gives such a statement the one
entity it fits:

- a person's description: the one person the article calls by the same head noun (or a
  noun of the same office, ``office_synonyms``) anywhere, before or after; else, for an
  office, the one person who speaks in the article by name and whom nothing else describes;
- a body's noun, or an office that heads a body (``organisation_people``: a procureur
  speaks for the parquet): the one body of the article named by the same noun, with the
  place the description gives ("de Valbrune") or with any place when it gives a place noun
  ("de la ville", ``place_nouns``) or none;
- a body's staff noun ("la direction") in a sentence that opens on a named body ("Chez
  X, …", ``body_openers``): that body.

Two entities that fit equally: the statement stays open (a wrong speaker is worse than a
gap). Descriptions that name their own person ("le maire Paul X") are the name rules'.
"""

from __future__ import annotations

import re

from dixit.model import SpeakerMethod, Statement
from dixit.registry import normalise_name
from dixit.resolve.speakers.acronyms import expand_acronym
from dixit.resolve.speakers.descriptions import (
    _same_words,
    head_gender,
    kin_only,
    other_function,
    person_noun,
)
from dixit.resolve.speakers.entities import Entity, compatible
from dixit.resolve.speakers.organisations import organisation_for
from dixit.resolve.speakers.state import ArticleState, Mention, anchor

#: How the statements whose speaker is named outright were resolved.
_NAMED = frozenset({SpeakerMethod.NAME, SpeakerMethod.ALIAS, SpeakerMethod.APPOSITION})


def fit_open_descriptions(state: ArticleState, statements: list[Statement]) -> None:
    """Give each statement whose definite description stayed open (or became a body named
    by its own common words) the one person or body of the article it fits."""
    speaking = {
        st.speaker.id for st in statements if st.speaker is not None and st.speaker_method in _NAMED
    }
    for st in sorted(statements, key=anchor):
        if not st.speaker_mention or not st.speaker_mention_span:
            continue
        mention = Mention(st, None, state)
        if not mention.core_raw or mention.core_raw[0] not in state.lex.definite:
            continue
        if not open_description(state, st, mention):
            continue
        found = (
            fitting_person(state, mention, speaking)
            or fitting_body(state, mention)
            or opened_body(state, mention)
        )
        if found is None or (st.speaker is not None and found.id == st.speaker.id):
            continue
        st.speaker = found.speaker()
        st.speaker_method = SpeakerMethod.DESCRIPTION
        st.confidence = 0.45
        st.anonymous = False


def open_description(state: ArticleState, st: Statement, mention: Mention) -> bool:
    """Whether a statement's mention is a description with no name in it, that the rules
    left unresolved or made an entity of its own common words ("Parquet de la ville", an
    office written with a capital: "l'Inspectrice")."""
    words = mention.words
    if not words:
        return False
    if st.speaker is None:
        return True
    if normalise_name(st.speaker.name).split() != words:
        return False
    return own_words(state, words)


def own_words(state: ArticleState, words: list[str]) -> bool:
    """Whether an entity named by these words is a common noun phrase: a description head
    alone, or a body's noun whose complement is a place noun ("parquet de la ville")."""
    if len(words) == 1:
        return state.lex.opens_with_description_head(words)
    skip = state.lex.partitives | set(state.lex.determiners)
    rest = [w for w in words[1:] if w not in skip]
    return bool(rest) and rest[0] in state.lex.place_nouns and state.lex.organisation_head(words)


def fitting_person(state: ArticleState, mention: Mention, speaking: set[str]) -> Entity | None:
    """The one person a description of a person fits: the one the article calls by the
    same head (or a noun of the same office); else, for an office, the one person who
    speaks by name in the article and whom no other noun describes."""
    words, tokens = mention.words, mention.tokens
    if not person_noun(state, words, tokens) or kin_only(state, words):
        return None
    if words[0] in state.lex.plain_person_nouns:
        return None
    gender = mention.det_gender or head_gender(state, tokens)
    heads = {(words[0],)} | state.lex.office_synonyms.get((words[0],), frozenset())
    place = complement(state, words)
    bound = {
        b.entity
        for b in state.bindings
        if any(_same_words(b.words[: len(h)], h) for h in heads)
        and agrees(state.entities[b.entity], gender)
        and same_complement(place, complement(state, list(b.words)))
    }
    for st in state.statements:
        # "L'inspectrice rappelle …" resolved before: the article calls that person so.
        if st.speaker is None or st.speaker_method != SpeakerMethod.DESCRIPTION:
            continue
        said = Mention(st, None, state).words
        entity = state.entities.get(st.speaker.id)
        if entity is None or not agrees(entity, gender):
            continue
        if any(_same_words(said[: len(h)], h) for h in heads) and same_complement(
            place, complement(state, said)
        ):
            bound.add(entity.id)
    bound = {e for e in bound if not other_function(state, e, words)}
    if len(bound) == 1:
        return state.entities[bound.pop()]
    if bound or body_of(state, words) is not None:
        return None  # two people so called; an office that speaks for its body
    group = state.lex.office_group(words)
    if group is None and not state.lex.opens_with_description_head(words):
        return None
    candidates = [
        state.entities[e]
        for e in speaking
        if agrees(state.entities[e], gender)
        and not other_function(state, e, words)
        and not described_otherwise(state, e, group)
    ]
    return candidates[0] if len(candidates) == 1 else None


def complement(state: ArticleState, words: list[str]) -> list[str]:
    """The words of a description's complement, an acronym the article spells out read as
    its long form ("la présidente de la BCE": "banque centrale europeenne")."""
    found = []
    for word in place_words(state, words):
        long = expand_acronym(state, word.upper())
        found.extend(place_words(state, ["", *normalise_name(long).split()]))
    return found


def same_complement(said: list[str], bound: list[str]) -> bool:
    """Whether two complements may name the same seat or body: one is missing, or every
    word of the description's is in the bound one's."""
    return not said or not bound or all(w in bound for w in said)


def agrees(entity: Entity, gender: str | None) -> bool:
    return entity.type == "person" and compatible(entity, gender, "sing")


def described_otherwise(state: ArticleState, entity_id: str, group: int | None) -> bool:
    """Whether the article describes a person, and never by a noun of this office (by any
    noun at all, for a description of no distinct office)."""
    groups = [state.lex.office_group(b.words) for b in state.bindings_of(entity_id) if b.words]
    return bool(groups) and (group is None or group not in groups)


def body_of(state: ArticleState, words: list[str]) -> str | None:
    """The body noun a description names or speaks for: its own head when it opens on an
    organisation noun ("le parquet de X"), else the body an office heads ("le procureur")."""
    if state.lex.organisation_head(words):
        return words[0]
    for body, people in state.lex.organisation_people.items():
        if words[0] in people:
            return body
    return None


def place_words(state: ArticleState, words: list[str]) -> list[str]:
    """The words of a description's complement that name its place, without partitives,
    articles and the words no body's name keeps ("de la République")."""
    text = " ".join(words[1:])
    for dropped in state.lex.complement_drop:
        text = text.replace(dropped, " ")
    skip = state.lex.partitives | set(state.lex.determiners)
    return [w for w in text.split() if w not in skip]


def fitting_body(state: ArticleState, mention: Mention) -> Entity | None:
    """The one body of the article a body's description fits: named by the same noun, with
    the description's place in its name, or any place for a place noun or no place."""
    words = mention.words
    noun = body_of(state, words)
    if noun is None:
        return None
    place = place_words(state, words)
    generic = not place or place[0] in state.lex.place_nouns
    found = []
    for entity in state.entities.values():
        name = normalise_name(entity.name).split()
        if entity.type != "organisation" or not name or name[0] != noun:
            continue
        own = place_words(state, name)
        if not own or own[0] in state.lex.place_nouns:
            continue  # "Parquet de la ville": a description itself, not a named body
        if generic or all(w in own for w in place):
            found.append(entity)
    return found[0] if len(found) == 1 else None


def opened_body(state: ArticleState, mention: Mention) -> Entity | None:
    """ "Chez Valdis, 12 magasins étaient fermés, selon la direction": a body's staff noun
    with no complement (``proxy_heads``) in a sentence that opens on a named body after a
    preposition of ``body_openers`` is that body's. The sentence is read on the text (the
    parser may cut "Chez Valdis" off as a sentence of its own)."""
    words = mention.words
    if len(words) != 1 or words[0] not in state.lex.proxy_heads:
        return None
    start = mention.start
    line = state.text[state.para_starts[state.para_of(start)] : start]
    sentence = _SENTENCE_END.split(line)[-1]
    opened = _OPENER.match(sentence)
    if opened is None or normalise_name(opened.group(1)) not in state.lex.body_openers:
        return None
    name = opened.group(2)
    if not all(word[:1].isupper() for word in name.split()):
        return None
    return organisation_for(state, name, normalise_name(name).split(), None)


#: Where a sentence ends inside a paragraph, and a sentence's opening "Prep Name,".
_SENTENCE_END = re.compile(r"[.!?]\s+")
_OPENER = re.compile(r"\s*(\w+)\s+([^,.;:!?]+?)\s*,")
