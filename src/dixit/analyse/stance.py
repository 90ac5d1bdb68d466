"""The stance of a statement towards what it is about: supports, opposes, open, unclear.

Read from three things, in this order of trust (``lang/<code>/stance.yaml``):

1. the cue's own meaning: "exclure", "refuser" oppose; "promettre", "plaider" support;
   "envisager" keeps open. A negated cue turns it ("n'a pas exclu" keeps open);
2. the content's modal words: "impossible", "hors de question" oppose; "pas exclu",
   "envisageable" keep open; "il faut", "favorable" support;
3. a negation inside the content ("les troupes ne défendront pas …") opposes.

A supporting cue over a negated content opposes ("a promis de ne pas augmenter …"). The
stance is relative to the issue as the catalogue labels it, taken as something to do or to
hold; a label written as its negation would read every stance backwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from dixit.analyse.issues import Issue
from dixit.analyse.words import Match, Phrase, Word, find, find_across, phrases, words
from dixit.lang import get_language
from dixit.model import Statement

Stance = Literal["supports", "opposes", "open", "unclear"]
STANCES: tuple[Stance, ...] = ("supports", "opposes", "open", "unclear")


@dataclass(frozen=True)
class StanceReading:
    """A statement's stance, how sure it is, and what settled it (for the evidence)."""

    stance: Stance
    confidence: float
    basis: str


@dataclass(frozen=True)
class StanceLexicon:
    """The stance words of one language, parsed once."""

    cues: dict[str, Stance]
    asserts: frozenset[str]
    negated_cue: dict[Stance, Stance]
    content: list[tuple[str, Phrase]]
    negation_particles: frozenset[str]
    negation_words: frozenset[str]
    confidence: dict[str, float]
    #: Words of giving something up ("renoncer à", "abandonner"): rejecting them is holding
    #: on ("excluait de renoncer à …" supports).
    giving_up: list[tuple[str, Phrase]]
    #: Verbs of deciding: refusing them leaves the matter open ("se refusait à trancher",
    #: "refuse de se prononcer"), it rejects no side.
    undecided: list[tuple[str, Phrase]] = ()  # type: ignore[assignment]
    #: Words that make a negation particle restrictive ("ne … que": only).
    restrictives: frozenset[str] = frozenset()
    #: Words that may sit inside a content phrase: "reste à ce jour inconnu", "n'est
    #: toujours pas exclu" (``find_across``).
    content_gaps: list[Phrase] = ()  # type: ignore[assignment]


#: Words past the cue in which a verb of deciding makes a refusal undecided ("à trancher
#: ce point", "de se prononcer sur …").
UNDECIDED_REACH = 3


@cache
def stance_lexicon(language: str | None) -> StanceLexicon:
    """The ``stance`` lexicon of ``language`` (``UnknownLanguage`` when dixit has none)."""
    data = get_language(language).lexicon("stance")
    cues: dict[str, Stance] = {}
    for stance, lemmas in (data.get("cues") or {}).items():
        for lemma in lemmas or ():
            cues[str(lemma).lower()] = stance
    content = [
        (stance, phrase)
        for stance, sources in (data.get("content") or {}).items()
        for phrase in phrases(sources or ())
    ]
    return StanceLexicon(
        cues=cues,
        asserts=frozenset(str(w).lower() for w in data.get("asserts") or ()),
        negated_cue=dict(data.get("negated_cue") or {}),
        content=content,
        negation_particles=frozenset(data.get("negation_particles") or ()),
        negation_words=frozenset(data.get("negation_words") or ()),
        confidence={k: float(v) for k, v in (data.get("confidence") or {}).items()},
        giving_up=[("giving_up", p) for p in phrases(data.get("giving_up") or ())],
        undecided=[("undecided", p) for p in phrases(data.get("undecided") or ())],
        content_gaps=phrases(data.get("content_gaps") or ()),
        restrictives=frozenset(data.get("restrictives") or ()),
    )


def cue_stance(statement: Statement, lexicon: StanceLexicon) -> Stance | None:
    """The stance the cue's lemma carries, or None for a neutral cue ("déclarer")."""
    lemma = (statement.cue_lemma or "").lower()
    if lemma in lexicon.cues:
        return lexicon.cues[lemma]
    # A reflexive cue is listed as "s'opposer"; the lemmatizer gives "opposer".
    for prefix in ("s'", "se "):
        if lemma.startswith(prefix) and lemma[len(prefix) :] in lexicon.cues:
            return lexicon.cues[lemma[len(prefix) :]]
    return None


def is_negated(text_words: list[Word], lexicon: StanceLexicon, hidden: set[int]) -> bool:
    """A negation particle followed by a negation word, outside phrases already read; a
    restrictive word between them ("ne … que") makes the particle a restriction."""
    seen_particle = False
    for i, word in enumerate(text_words):
        if i in hidden:
            continue
        if word.text in lexicon.negation_particles:
            seen_particle = True
        elif seen_particle and word.text in lexicon.restrictives:
            # "ne … que" restricts, it does not deny ("ne serait obligatoire que dans
            # des cas limités"): the particle is spent.
            seen_particle = False
        elif seen_particle and word.text in lexicon.negation_words:
            return True
    return False


def main_clause(content: str, language: str | None) -> str:
    """The content up to a comma and a clause breaker (", mais …"): the matter it states."""
    breakers = get_language(language).grammar.clause_breakers
    for match in re.finditer(r",\s*([\w']+)", content):
        if match.group(1).lower() in breakers:
            return content[: match.start()]
    return content


def words_past_cue(statement: Statement, language: str | None) -> list[Word]:
    """The words of the content's main clause outside the cue: a narrated clause holds its
    own verb ("a renoncé à ce projet"), which is the cue, not something the cue governs."""
    clause = main_clause(statement.content, language)
    found = words(clause)
    if statement.cue_span is None:
        return found
    begin = statement.content_span[0]
    cue_from, cue_to = statement.cue_span
    return [w for w in found if not cue_from <= begin + w.start < cue_to]


def content_stance(content: str, lexicon: StanceLexicon) -> tuple[Stance, str] | None:
    """The stance the content's own words carry, and the words; None when nothing says."""
    text_words = words(content)
    matches: list[Match] = find_across(lexicon.content, text_words, lexicon.content_gaps)
    by_tag = {m.tag: m for m in reversed(matches)}
    for stance in ("opposes", "open"):
        if stance in by_tag:
            return stance, by_tag[stance].phrase.source
    hidden = {i for m in matches for i in range(m.first, m.last)}
    if is_negated(text_words, lexicon, hidden):
        return "opposes", "negation"
    if "supports" in by_tag:
        return "supports", by_tag["supports"].phrase.source
    return None


def stance_of(statement: Statement, language: str | None) -> StanceReading:
    """The stance of ``statement`` towards its content, from its cue, polarity and words."""
    lexicon = stance_lexicon(language)
    weights = lexicon.confidence
    from_cue = cue_stance(statement, lexicon)
    from_content = content_stance(main_clause(statement.content, language), lexicon)
    if from_cue is not None and statement.polarity == "negated":
        turned = lexicon.negated_cue.get(from_cue, "unclear")
        if turned != "unclear":
            basis = f"negated cue {from_cue}"
            return StanceReading(turned, weights.get("negated_cue", 0.8), basis)
        from_cue = None
    if (statement.cue_lemma or "").lower() in lexicon.asserts and statement.polarity == "affirmed":
        if from_content is not None:
            stance, basis = from_content
            return StanceReading(stance, weights.get("content", 0.6), f"asserted {basis}")
        return StanceReading("supports", weights.get("content", 0.6), "asserted")
    if from_cue == "supports" and from_content and from_content[0] == "opposes":
        basis = f"cue supports, content {from_content[1]}"
        return StanceReading("opposes", weights.get("cue", 0.9), basis)
    if from_cue == "opposes" and find(lexicon.giving_up, words_past_cue(statement, language)):
        # "refuse de céder", "excluait de renoncer à …": rejecting a giving up holds on.
        basis = f"cue opposes giving up ({statement.cue_lemma})"
        return StanceReading("supports", weights.get("cue", 0.9), basis)
    if from_cue == "opposes" and find(
        lexicon.undecided, words_past_cue(statement, language)[:UNDECIDED_REACH]
    ):
        # "se refusait à trancher", "refuse de se prononcer": no side is rejected.
        basis = f"cue opposes deciding ({statement.cue_lemma})"
        return StanceReading("open", weights.get("cue", 0.9), basis)
    if from_cue is not None:
        return StanceReading(from_cue, weights.get("cue", 0.9), f"cue {statement.cue_lemma}")
    if from_content is not None:
        stance, basis = from_content
        return StanceReading(stance, weights.get("content", 0.6), f"content {basis}")
    return StanceReading("unclear", 0.0, "no stance word")


#: The other side of an issue.
OTHER_SIDE: dict[Stance, Stance] = {"supports": "opposes", "opposes": "supports"}


def side_of(statement: Statement, issue: Issue, language: str | None) -> Stance | None:
    """The side of ``issue`` the statement's content names, if any. When it names both,
    the first named is the one put forward ("d'abord X, puis Y si nécessaire")."""
    tagged = issue.sides(language)
    if not tagged:
        return None
    matches = find(tagged, words(main_clause(statement.content, language)))
    if not matches:
        return None
    side = matches[0].tag
    return side if side in OTHER_SIDE else None  # type: ignore[return-value]


def stance_towards(statement: Statement, issue: Issue, language: str | None) -> StanceReading:
    """The statement's stance towards ``issue``: its own stance, turned by the side of the
    issue it names ("a exclu toute fermeture" of the pool supports keeping it open). A
    statement that names a side without a stance of its own takes that side; one that
    keeps a side open keeps the issue open."""
    reading = stance_of(statement, language)
    side = side_of(statement, issue, language)
    if side is None:
        return reading
    weight = stance_lexicon(language).confidence.get("content", 0.6)
    if reading.stance == "unclear":
        return StanceReading(side, weight, f"names the {side} side")
    if reading.stance == "supports":
        return StanceReading(side, reading.confidence, f"{reading.basis}; {side} side")
    if reading.stance == "opposes":
        turned = OTHER_SIDE[side]
        return StanceReading(turned, reading.confidence, f"{reading.basis}; against {side} side")
    return reading
