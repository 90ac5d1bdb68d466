"""The registry in memory: entries and offices indexed by every name, and the look-ups.

Exact aliases first, then a fuzzy match (word by word, :data:`FUZZY_THRESHOLD`), then
offices by label and date ("le président américain" on 2015-06-01). Two entries sharing an
alias are never guessed between. ``docs/registry.md`` documents the threshold.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache

from rapidfuzz import fuzz, process

from dixit.lang import LANGUAGE_PACKAGES, get_language
from dixit.registry.model import Entry, Office
from dixit.registry.normalise import (
    inflections,
    name_similarity,
    normalise_name,
    slugify,
    surname_of,
)

#: Minimum :func:`name_similarity` for a fuzzy alias match. Measured on the table of true and
#: false name pairs in ``tests/resolve/test_registry.py``: the closest different people score
#: 92.3 ("Lavrova"/"Lavrov"), 90.9 ("Marie"/"Marine Dupont"), so the threshold sits just above
#: them; true variants such as "Zelenskyy", "Netanyahou" (94+) pass, and closer spellings
#: ("Scholtz", 92.3) need an explicit alias. See docs/registry.md.
FUZZY_THRESHOLD = 93.0

#: Shortest single-word query that may be matched fuzzily: shorter names differ by one letter
#: from too many other names ("Biden"/"Bidet" would pass on ratio alone at lower thresholds).
FUZZY_MIN_LENGTH = 5


@dataclass(frozen=True)
class OfficeWords:
    """Words around an office label, of every language (``lang/<code>/offices.yaml``): an
    office may be named in any language of the corpus."""

    determiners: frozenset[str]
    ignored: frozenset[str]
    past: frozenset[str]


@cache
def office_words() -> OfficeWords:
    data = [get_language(code).lexicon("offices") for code in LANGUAGE_PACKAGES]
    return OfficeWords(
        *(frozenset(w for d in data for w in d.get(key, ())) for key in OfficeWords.__annotations__)
    )


class Registry:
    """Persons, organisations and offices, searchable by name, alias, and office on a date.

    Build one with :func:`dixit.registry.load_registry`; :func:`dixit.registry.default_registry`
    is the shipped data plus the user's file.
    """

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.offices: dict[str, Office] = {}
        self._aliases: dict[str, set[str]] = {}
        self._surnames: dict[str, set[str]] = {}
        self._office_labels: dict[tuple[str, ...], set[str]] = {}
        # Fuzzy look-ups repeat across an article's mentions: their answers and the alias
        # lists they search are kept until the registry changes.
        self._fuzzy: dict[tuple[str, float], str | None] = {}
        self._choices: dict[bool, list[str]] = {}

    # -- adding ----------------------------------------------------------------------------

    def office_for_label(self, label: str, lang: str) -> str:
        """The office a free-text role label names, created when the registry has none."""
        key = tuple(normalise_name(label).split())
        found = self._office_labels.get(key)
        if found:
            return sorted(found)[0]
        office = Office(id=slugify(label), labels={lang: (label,)})
        self.add_office(office)
        return office.id

    def add_office(self, office: Office) -> None:
        self.offices[office.id] = office
        for label in office.all_labels():
            self._office_labels.setdefault(tuple(normalise_name(label).split()), set()).add(
                office.id
            )

    def add(self, entry: Entry) -> Entry:
        """Add or replace an entry; a later file's entry with the same id wins.

        An imported entry carrying the Wikidata id of a known one extends that entry (its
        aliases and roles are added) rather than creating a second id for the same person.
        """
        self._fuzzy.clear()
        self._choices.clear()
        if entry.wikidata and entry.id not in self.entries:
            same = next((e for e in self.entries.values() if e.wikidata == entry.wikidata), None)
            if same is not None:
                entry = Entry(
                    id=same.id,
                    name=same.name,
                    type=same.type,
                    names={**entry.names, **same.names},
                    aliases=list(dict.fromkeys([*same.aliases, entry.name, *entry.aliases])),
                    gender=same.gender or entry.gender,
                    roles=list(dict.fromkeys([*same.roles, *entry.roles])),
                    wikidata=same.wikidata,
                )
        if entry.id in self.entries:
            self._unindex(self.entries[entry.id])
        self.entries[entry.id] = entry
        for name in entry.all_names():
            key = normalise_name(name)
            if key:
                self._aliases.setdefault(key, set()).add(entry.id)
        if entry.type == "person":
            for name in {entry.name, *entry.names.values()}:
                surname = surname_of(name)
                if surname:
                    self._surnames.setdefault(surname, set()).add(entry.id)
        return entry

    def _unindex(self, entry: Entry) -> None:
        for index in (self._aliases, self._surnames):
            for ids in index.values():
                ids.discard(entry.id)

    # -- look-ups --------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self.entries

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries.values())

    def get(self, entry_id: str) -> Entry | None:
        return self.entries.get(entry_id)

    def candidates(self, name: str) -> list[Entry]:
        """Every entry one of whose names or aliases is exactly ``name`` (normalised)."""
        ids = self._aliases.get(normalise_name(name), set())
        return [self.entries[i] for i in sorted(ids)]

    def lookup(self, name: str, *, fuzzy: bool = True) -> Entry | None:
        """The one entry called ``name``, by exact alias first, then fuzzily; None if ambiguous.

        Two entries sharing an alias are not guessed between: the caller keeps the mention.
        """
        exact = self.candidates(name)
        if len(exact) == 1:
            return exact[0]
        if exact or not fuzzy:
            return None
        return self.fuzzy_lookup(name)

    def fuzzy_lookup(self, name: str, threshold: float = FUZZY_THRESHOLD) -> Entry | None:
        """The entry whose alias is closest to ``name`` above ``threshold``, if only one is."""
        query = normalise_name(name)
        if len(query.replace(" ", "")) < FUZZY_MIN_LENGTH:
            return None
        key = (query, threshold)
        if key in self._fuzzy:
            found = self._fuzzy[key]
            return self.entries[found] if found is not None else None
        one_word = len(query.split()) == 1
        choices = self._choices.get(one_word)
        if choices is None:
            choices = [alias for alias in self._aliases if (len(alias.split()) == 1) == one_word]
            self._choices[one_word] = choices
        # A cheap whole-string ratio shortlists; the word-by-word score decides.
        shortlist = process.extract(query, choices, scorer=fuzz.ratio, score_cutoff=60, limit=20)
        best: dict[str, float] = {}
        for alias, _, _ in shortlist:
            score = name_similarity(query, alias)
            if score >= threshold:
                for entry_id in self._aliases[alias]:
                    best[entry_id] = max(best.get(entry_id, 0.0), score)
        ranked = sorted(best.items(), key=lambda kv: -kv[1])
        unique = bool(ranked) and not (len(ranked) > 1 and ranked[1][1] == ranked[0][1])
        self._fuzzy[key] = ranked[0][0] if unique else None
        return self.entries[ranked[0][0]] if unique else None

    def by_surname(self, surname: str) -> list[Entry]:
        """Persons whose canonical name ends with ``surname`` ("Macron", "von der Leyen")."""
        ids = self._surnames.get(normalise_name(surname), set())
        return [self.entries[i] for i in sorted(ids)]

    def offices_for(self, description: str) -> list[Office]:
        """Offices one of whose labels is ``description`` (determiners, gender, number aside)."""
        words = normalise_name(description).split()
        around = office_words()
        while words and words[0] in around.determiners:
            words = words[1:]
        if any(w in around.past for w in words):
            return []
        words = [w for w in words if w not in around.ignored]
        if not words:
            return []
        found: set[str] = set()
        for label, ids in self._office_labels.items():
            if len(label) == len(words) and all(
                w in inflections(lw) for w, lw in zip(words, label, strict=True)
            ):
                found |= ids
        return [self.offices[i] for i in sorted(found)]

    def holders(self, office_id: str, on: date) -> list[Entry]:
        """Who held ``office_id`` on ``on``."""
        return [
            e
            for e in self.entries.values()
            if any(r.office == office_id and r.holds_on(on) for r in e.roles)
        ]

    def role_holder(self, description_text: str, on: date | None) -> Entry | None:
        """The one person the description named on that date ("président américain", 2015).

        Without a date there is no answer: the holder of an office is a fact about a day, and
        dixit never guesses the day from today.
        """
        if on is None:
            return None
        holders = {
            e.id: e for o in self.offices_for(description_text) for e in self.holders(o.id, on)
        }
        if len(holders) != 1:
            return None
        return next(iter(holders.values()))

    def roles_of(self, entry_id: str, on: date | None) -> list[Office]:
        """The offices ``entry_id`` held on ``on`` (all of them when the date is unknown)."""
        entry = self.entries.get(entry_id)
        if entry is None:
            return []
        return [
            self.offices[r.office]
            for r in entry.roles
            if r.office in self.offices and (on is None or r.holds_on(on))
        ]
