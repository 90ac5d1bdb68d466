"""What the registry holds: persons and organisations (``Entry``), offices, and tenures."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Office:
    """An office or role held by one person at a time, named in several ways."""

    id: str
    labels: dict[str, tuple[str, ...]]

    def all_labels(self, lang: str | None = None) -> list[str]:
        if lang and lang in self.labels:
            first = list(self.labels[lang])
            return first + [x for k, v in self.labels.items() if k != lang for x in v]
        return [x for v in self.labels.values() for x in v]


@dataclass(frozen=True)
class Role:
    """One person's tenure of an office, ``end`` exclusive (the day the successor took over)."""

    office: str
    start: date | None = None
    end: date | None = None

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass
class Entry:
    """A person or an organisation the registry knows, with every name it goes by."""

    id: str
    name: str
    type: str = "person"
    names: dict[str, str] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    gender: str | None = None
    roles: list[Role] = field(default_factory=list)
    wikidata: str | None = None

    def name_in(self, lang: str | None) -> str:
        """The canonical name for articles in ``lang`` ("Vladimir Poutine" / "Vladimir Putin")."""
        return self.names.get(lang or "", self.name)

    def all_names(self) -> list[str]:
        return [self.name, *self.names.values(), *self.aliases]

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "name": self.name}
        if self.names:
            data["names"] = dict(self.names)
        if self.aliases:
            data["aliases"] = list(self.aliases)
        if self.gender:
            data["gender"] = self.gender
        if self.wikidata:
            data["wikidata"] = self.wikidata
        if self.roles:
            data["roles"] = [
                {k: v for k, v in (("office", r.office), ("start", r.start), ("end", r.end)) if v}
                for r in self.roles
            ]
        return data
