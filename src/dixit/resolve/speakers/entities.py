"""What resolution works with: entities, the places they are named, and results.

An ``Entity`` is a person or body as one article knows it (with the gender evidence gathered
so far); a ``Ref`` is a place the article names it, for pronouns and "ce dernier" to look back
at; a ``Binding`` ties a description to an entity ("la porte-parole …, Karoline Leavitt"); a
``Resolution`` is what a rule returns for one mention, and ``_Parsed`` a mention taken apart.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from dixit.model import Speaker
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
            # A feminine form is marked (see ``_vote_gender``): it outweighs masculine titles
            # unless they are far more numerous.
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
class Resolution:
    entity: Entity | None
    method: str | None
    confidence: float


_UNRESOLVED = Resolution(None, None, 0.0)


@dataclass
class _Parsed:
    """A mention taken apart: the name it contains and the description around it."""

    words: list[str]
    det_gender: str | None
    name: str | None = None
    name_span: tuple[int, int] | None = None
    title_gender: str | None = None
    description: list[str] = field(default_factory=list)
