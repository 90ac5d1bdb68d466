"""Who holds a position: a person and the body they speak for may be one holder.

Real articles tell a body's change through its people: the earlier position is a
spokeswoman's, the new one the organisation's ("la spécialiste … de l'OMS, X, a affirmé …",
then "l'OMS a reconnu …"); a government's climb-down is told with its leader's name ("le
gouvernement de X"). A reversal may pair the two when the article itself ties them, and it
is then reported as the body's (the body's line is what changed):

- the body's name holds the person's full name ("le gouvernement de Liz Truss");
- a description the article binds to the person names the body, by its name or an
  acronym the article spells out ("la spécialiste des maladies infectieuses de l'OMS"),
  or by a common noun of bodies ("le directeur de la communication de l'enseigne") when
  the article names one body only.

A person whose description says they speak for the body (``voice_words``: porte-parole,
communication) voices it: a reversal of theirs is the body's even when both sides are
their words ("X avait pourtant assuré …", then "« Nous prenons la décision … »").

The descriptions are the speaker resolver's bindings (``ArticleState.bindings``): the
resolver has read the article's appositions already, nothing is parsed twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from dixit.lang import get_language
from dixit.model import Speaker, Statement
from dixit.registry import normalise_name
from dixit.resolve.speakers import ArticleState
from dixit.resolve.speakers.acronyms import acronyms

#: Pairs of speaker ids (a person, a body) the article ties together.
Ties = frozenset[frozenset[str]]


def name_words(name: str) -> list[str]:
    return normalise_name(name).split()


def contains(words: list[str], phrase: list[str]) -> bool:
    """``phrase`` is a run of ``words``."""
    n = len(phrase)
    return n > 0 and any(words[i : i + n] == phrase for i in range(len(words) - n + 1))


@cache
def seats(language: str | None) -> dict[str, tuple[list[str], ...]]:
    """Seat of power -> the offices it stands for (``holders.seats`` of ``reversals.yaml``),
    normalised: "Matignon" -> "premier ministre"."""
    data = get_language(language).lexicon("reversals").get("holders") or {}
    return {
        normalise_name(str(seat)): tuple(name_words(str(office)) for office in offices)
        for seat, offices in (data.get("seats") or {}).items()
    }


def seat_ties(statements: Iterable[Statement], language: str | None) -> Ties:
    """(person, seat) pairs the article's words tie: a seat of power speaking ("Matignon
    avait fait valoir …") and a person the text names with its office right before the
    name ("l'entourage du Premier ministre Édouard Philippe"). French copy names the
    office by its seat: the two are one holder."""
    offices = seats(language)
    spoken = [s for s in statements if s.speaker is not None]
    bodies = {
        s.speaker.id: offices[key]
        for s in spoken
        if s.speaker.type == "organisation" and (key := normalise_name(s.speaker.name)) in offices
    }
    ties = set()
    for statement in spoken:
        assert statement.speaker is not None
        if statement.speaker.type != "person" or not statement.speaker_mention:
            continue
        words = name_words(statement.speaker_mention)
        name = name_words(statement.speaker.name)
        before = next(
            (words[:i] for i in range(len(words)) if words[i : i + len(name)] == name), []
        )
        for body_id, its_offices in bodies.items():
            if any(office and before[-len(office) :] == office for office in its_offices):
                ties.add(frozenset({statement.speaker.id, body_id}))
    return frozenset(ties)


@cache
def holder_words(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """(``body_nouns``, ``voice_words``) of the ``holders`` section of ``reversals.yaml``."""
    data = get_language(language).lexicon("reversals").get("holders") or {}
    return (
        frozenset(normalise_name(str(w)) for w in data.get("body_nouns") or ()),
        frozenset(normalise_name(str(w)) for w in data.get("voice_words") or ()),
    )


def voices(state: ArticleState, ties: Ties) -> dict[str, str]:
    """Person id -> body id for the people a description the article binds to them says
    speak for a body they are tied to ("le directeur de la communication de
    l'enseigne", "la porte-parole de l'UPL")."""
    _, voice = holder_words(state.lang)
    found: dict[str, str] = {}
    for binding in state.bindings:
        words = {w for word in binding.words for w in name_words(word)}
        if not words & voice:
            continue
        bodies = [
            other
            for tie in ties
            if binding.entity in tie
            for other in tie
            if other != binding.entity
        ]
        if len(bodies) == 1:
            found[binding.entity] = bodies[0]
    return found


def body_ties(state: ArticleState) -> Ties:
    """The (person, body) pairs a description of the person ties in this article: the
    description names the body, or an acronym of it the article spells out, or a common
    noun of bodies when the article names one body only."""
    spelled = acronyms(state)
    bodies = [e for e in state.entities.values() if e.type == "organisation"]
    forms: dict[str, list[list[str]]] = {}
    for body in bodies:
        names = [name_words(body.name)]
        names += [
            [acronym]
            for acronym, (expansion, _) in spelled.items()
            if name_words(expansion) == names[0]
        ]
        forms[body.id] = [n for n in names if n]
    ties = set()
    for binding in state.bindings:
        person = state.entities.get(binding.entity)
        if person is None or person.type != "person":
            continue
        words = [w for word in binding.words for w in name_words(word)]
        for body_id, names in forms.items():
            if any(contains(words, n) for n in names):
                ties.add(frozenset({person.id, body_id}))
        if len(bodies) == 1 and names_a_body(binding.words, state):
            ties.add(frozenset({person.id, bodies[0].id}))
    return frozenset(ties)


def names_a_body(description: tuple[str, ...], state: ArticleState) -> bool:
    """The description ends on a common noun of bodies, alone or with adjectives ("de
    l'enseigne sportive"): "de l'association des usagers" names a body of its own."""
    nouns, _ = holder_words(state.lang)
    partitives = get_language(state.lang).grammar.partitives
    words = [normalise_name(w) for w in description]
    for i, word in enumerate(words):
        if word in nouns:
            return not any(w in partitives or w.endswith("'") for w in words[i + 1 :])
    return False


def named_in(person: Speaker, body: Speaker) -> bool:
    """The body's name holds the person's full name ("Gouvernement de Liz Truss")."""
    if person.type != "person" or body.type != "organisation":
        return False
    words = name_words(person.name)
    return len(words) > 1 and contains(name_words(body.name), words)


def same_holder(a: Speaker | None, b: Speaker | None, ties: Iterable[frozenset[str]] = ()) -> bool:
    """The two speakers hold one position line: the same speaker, or a person and the
    body the article ties them to."""
    if a is None or b is None:
        return False
    if a.id == b.id:
        return True
    return named_in(a, b) or named_in(b, a) or frozenset({a.id, b.id}) in set(ties)


def holder(a: Speaker, b: Speaker) -> Speaker:
    """Whose reversal a pair of positions of one holder is: the body, when one side is a
    person speaking for it; else the newer side's speaker ``b``."""
    if a.id != b.id and a.type == "organisation" and b.type != "organisation":
        return a
    return b
