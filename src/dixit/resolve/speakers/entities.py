"""What resolution works with: entities, the places they are named, and results.

An ``Entity`` is a person or body as one article knows it (with the gender evidence gathered
so far); a ``Ref`` is a place the article names it, for pronouns and "ce dernier" to look back
at; a ``Binding`` ties a description to an entity ("la porte-parole …, Karoline Leavitt"); a
``Resolution`` is what a rule returns for one mention, and ``ParsedMention`` a mention taken
apart. ``compatible`` and ``sure_gender`` say whether an entity agrees with a pronoun or a
description.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from dixit.model import Speaker, SpeakerMethod
from dixit.registry import Entry


@dataclass
class Entity:
    """A person or body as this article knows it: canonical name, and gender evidence."""

    id: str
    name: str
    type: str = "person"
    gender: str | None = None
    number: str = "sing"
    entry: Entry | None = None
    gender_votes: Counter[str] = field(default_factory=Counter)

    @property
    def known_gender(self) -> str | None:
        if self.gender:
            return self.gender
        fem, masc = self.gender_votes["fem"], self.gender_votes["masc"]
        if fem and masc <= 2 * fem:
            # A feminine form is marked (see ``ArticleState.vote_gender``): it outweighs
            # masculine titles unless they are far more numerous.
            return "fem"
        if self.gender_votes:
            (top, n), *rest = self.gender_votes.most_common(2)
            if not rest or rest[0][1] < n:
                return top
        return None

    def speaker(self) -> Speaker:
        return Speaker(id=self.id, name=self.name, type=self.type)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Ref:
    """A place where an entity is named, for pronouns and "ce dernier" to look back at."""

    start: int
    end: int
    entity: str
    sent: int
    subject: bool
    main: bool
    quoted: bool


@dataclass(frozen=True)
class Binding:
    """A description the article attached to an entity ("la porte-parole …, Karoline Leavitt")."""

    start: int
    words: tuple[str, ...]
    entity: str


@dataclass(frozen=True)
class DescribeProfile:
    """What the article's descriptions of one entity say, for ``other_function``: the
    office groups of its descriptions, whether one has a description head, whether one
    names a spokesperson, and whether one is a head's title."""

    offices: frozenset[int]
    described: bool
    spokesperson: bool
    #: Whether one description opens with a head's title ("le président X").
    headed: bool = False


@dataclass(frozen=True)
class Resolution:
    """What a rule found for one mention: the entity, how, and how sure (``UNRESOLVED``:
    nobody, and no later rule may guess; ``ANONYMOUS``: nobody, because the text leaves the
    source unnamed)."""

    entity: Entity | None
    method: SpeakerMethod | None
    confidence: float
    anonymous: bool = False


UNRESOLVED = Resolution(None, None, 0.0)
ANONYMOUS = Resolution(None, None, 0.0, anonymous=True)


#: The gender of a pronoun that stands for a body only ("it", ``pronouns`` in the lexicon).
NEUTER = "neut"


def compatible(entity: Entity, gender: str | None, number: str) -> bool:
    """Whether an entity may be called by words of this gender and number."""
    if number == "plur" and entity.type == "organisation":
        # "Ils" for a union or a collective: bodies are grammatically singular but
        # speak as a group.
        return True
    if gender == NEUTER:
        # "it" stands for a body, never a person
        return entity.type == "organisation" and number == "sing"
    if entity.number != number:
        return False
    if gender is None:
        return True
    known = entity.known_gender
    if entity.type != "person":
        return known == gender
    return known in (None, gender)


def sure_gender(entity: Entity, gender: str | None) -> bool:
    """Whether the entity's gender is known to be ``gender`` (or nothing is asked)."""
    return gender is None or entity.known_gender == gender


@dataclass
class ParsedMention:
    """A mention taken apart: the name it contains and the description around it."""

    words: list[str]
    det_gender: str | None
    name: str | None = None
    name_span: tuple[int, int] | None = None
    title_gender: str | None = None
    description: list[str] = field(default_factory=list)
