"""Who holds a position: a person and the body they speak for may be one holder.

Real articles tell a body's change through its people: the earlier position is a
spokeswoman's, the new one the organisation's ("la spécialiste … de l'OMS, X, a affirmé …",
then "l'OMS a reconnu …"); a government's climb-down is told with its leader's name ("le
gouvernement de X"). A reversal may pair the two when the article itself ties them, and it
is then reported as the body's (the body's line is what changed):

- the body's name holds the person's full name ("le gouvernement de Liz Truss");
- a description the article binds to the person names the body, by its name or an
  acronym the article spells out ("la spécialiste des maladies infectieuses de l'OMS").

The descriptions are the speaker resolver's bindings (``ArticleState.bindings``): the
resolver has read the article's appositions already, nothing is parsed twice.
"""

from __future__ import annotations

from collections.abc import Iterable

from dixit.model import Speaker
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


def body_ties(state: ArticleState) -> Ties:
    """The (person, body) pairs a description of the person ties in this article: the
    description names the body, or an acronym of it the article spells out."""
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
    return frozenset(ties)


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
