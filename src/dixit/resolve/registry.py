"""The speaker registry: who is who, under which names, holding which office when.

News writes the same person many ways ("Zelensky", "Zelenskyy", "le président ukrainien") and
the same office is held by different people over time ("le président américain" was Barack
Obama in 2015 and Donald Trump in 2025). The registry is the shared memory that turns those
spellings and descriptions into one stable id. It is plain data (``data/registry.yaml`` shipped
with dixit, plus the user's own files), so that adding a person never means editing code.

``docs/registry.md`` documents the file format and the fuzzy-matching threshold.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz, process

from dixit.errors import DixitError
from dixit.settings import get_settings

log = logging.getLogger(__name__)

#: Minimum :func:`name_similarity` for a fuzzy alias match. Measured on the table of true and
#: false name pairs in ``tests/resolve/test_registry.py``: the closest different people score
#: 92.3 ("Lavrova"/"Lavrov"), 90.9 ("Marie"/"Marine Dupont"), so the threshold sits just above
#: them; true variants such as "Zelenskyy", "Netanyahou" (94+) pass, and closer spellings
#: ("Scholtz", 92.3) need an explicit alias. See docs/registry.md.
FUZZY_THRESHOLD = 93.0

#: Shortest single-word query that may be matched fuzzily: shorter names differ by one letter
#: from too many other names ("Biden"/"Bidet" would pass on ratio alone at lower thresholds).
FUZZY_MIN_LENGTH = 5

_DASHES = re.compile(r"[\-\u2010\u2011\u2012\u2013\u2014\u2212]")
_APOSTROPHES = re.compile(r"[\u2019\u02bc`´]")
_NON_WORD = re.compile(r"[^\w' ]+")
_SPACES = re.compile(r"\s+")

#: Leading words dropped before comparing an office label: articles and possessives say nothing
#: about which office is meant ("le président américain" = "président américain").
_LEADING_DETERMINERS = frozenset(
    [
        "le",
        "la",
        "les",
        "l'",
        "un",
        "une",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "ce",
        "cet",
        "cette",
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
    ]
)
#: Words that do not change which office holder is meant ("l'actuel président").
_IGNORED_OFFICE_WORDS = frozenset(
    ["actuel", "actuelle", "nouveau", "nouvel", "nouvelle", "current", "new"]
)
#: Words that do change it: a former holder is not the holder on the article's date.
_PAST_OFFICE_WORDS = frozenset(
    ["ancien", "ancienne", "ex", "former", "late", "defunt", "defunte", "feu", "predecesseur"]
)


class RegistryError(DixitError):
    """A registry or import file that cannot be read; the message says which and why."""


def strip_accents(text: str) -> str:
    """Drop combining marks so "Élysée" and "Elysee" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def normalise_name(text: str) -> str:
    """The comparison form of a name or description: no case, accents, hyphens or extra spaces.

    This is the same equivalence the scorer applies to speaker names, so two names equal here
    are one speaker for the evaluation too.
    """
    text = _APOSTROPHES.sub("'", strip_accents(text)).lower()
    text = _DASHES.sub(" ", text)
    text = _NON_WORD.sub(" ", text).replace("'", "' ")
    return _SPACES.sub(" ", text).strip()


def slugify(text: str) -> str:
    """A stable id from a full name: "Karoline Leavitt" -> "karoline-leavitt"."""
    return "-".join(normalise_name(text).replace("'", " ").split())


@lru_cache(maxsize=8192)
def inflections(token: str) -> frozenset[str]:
    """French feminine and plural spellings of a masculine label word.

    Office labels are written once, in the masculine; "la présidente de la Commission
    européenne" or "la cheffe de la diplomatie" must still find them.
    """
    forms = {token, token + "e", token + "s", token + "es"}
    if token.endswith("en"):
        forms.add(token + "ne")
    if token.endswith("ef"):
        forms.add(token + "fe")
    if token.endswith("er"):
        forms.add(token[:-2] + "ere")
    if token.endswith("teur"):
        forms.update({token[:-4] + "trice", token[:-4] + "teuse"})
    if token.endswith("if"):
        forms.add(token[:-1] + "ve")
    if token.endswith("eur"):
        forms.add(token + "e")
    return frozenset(forms)


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


def name_similarity(a: str, b: str, **_: Any) -> float:
    """Similarity of two normalised names, 0..100, word by word.

    A plain ratio over the whole string lets a shared first name carry a different surname
    ("Donald Tusk" / "Donald Trump" score 87), so names are compared word against word and the
    weakest word decides. Names of different lengths are different names, initials aside.
    """
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb):
        # A middle initial is optional ("Donald J. Trump"); any other extra word makes
        # another person ("Jean-Marie Le Pen" is not "Marine Le Pen").
        ta = [t for t in ta if len(t) > 1]
        tb = [t for t in tb if len(t) > 1]
    if not ta or len(ta) != len(tb):
        return 0.0
    return float(min(fuzz.ratio(x, y) for x, y in zip(ta, tb, strict=True)))


def _parse_date(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip().lstrip("+")
    try:
        return date.fromisoformat(text[:10])
    except ValueError as exc:
        raise RegistryError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)") from exc


def _as_list(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [v.strip() for v in re.split(r"[|;]", value) if v.strip()]
    return [str(v) for v in value]


def _gender(value: Any) -> str | None:
    text = str(value or "").strip().lower()
    if text in {"male", "m", "masc", "masculine", "homme", "q6581097"}:
        return "male"
    if text in {"female", "f", "fem", "feminine", "femme", "q6581072"}:
        return "female"
    return None


class Registry:
    """Persons, organisations and offices, searchable by name, alias, and office on a date."""

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

    # -- loading ---------------------------------------------------------------------------

    @classmethod
    def load(cls, paths: Iterable[str | Path] = (), *, include_default: bool = True) -> Registry:
        """The shipped registry, then each user file in order (later entries override)."""
        registry = cls()
        if include_default:
            text = resources.files("dixit.data").joinpath("registry.yaml").read_text("utf-8")
            registry.add_yaml(yaml.safe_load(text), "dixit/data/registry.yaml")
        for path in paths:
            registry.add_file(path)
        return registry

    @classmethod
    def default(cls) -> Registry:
        """The registry used when the caller gives none: shipped data + ``DIXIT_REGISTRY``."""
        return _default_registry(get_settings().registry_path)

    def add_file(self, path: str | Path) -> list[Entry]:
        """Add a YAML registry file, or a JSON/CSV entity export (see :func:`import_entities`)."""
        path = Path(path)
        if path.suffix.lower() in {".yaml", ".yml"}:
            try:
                data = yaml.safe_load(path.read_text("utf-8"))
            except (OSError, yaml.YAMLError) as exc:
                raise RegistryError(f"{path}: cannot read registry file ({exc})") from exc
            return self.add_yaml(data, str(path))
        entries = import_entities(path)
        for entry in entries:
            self.add(entry)
        return entries

    def add_yaml(self, data: Any, source: str) -> list[Entry]:
        """Add the content of one registry YAML document (format: docs/registry.md)."""
        if data is None:
            return []
        if not isinstance(data, dict):
            raise RegistryError(f"{source}: expected a mapping with persons/organisations/offices")
        for i, raw in enumerate(data.get("offices") or []):
            where = f"{source}: offices[{i}]"
            if not isinstance(raw, dict) or "id" not in raw:
                raise RegistryError(f"{where}: each office needs an id and labels")
            labels = raw.get("labels") or {}
            if isinstance(labels, list):
                labels = {"fr": labels}
            self.add_office(
                Office(
                    id=str(raw["id"]),
                    labels={k: tuple(_as_list(v)) for k, v in labels.items()},
                )
            )
        added = []
        for kind, type_ in (("persons", "person"), ("organisations", "organisation")):
            for i, raw in enumerate(data.get(kind) or []):
                added.append(
                    self.add(self._entry_from_mapping(raw, type_, f"{source}: {kind}[{i}]"))
                )
        return added

    def _entry_from_mapping(self, raw: Any, type_: str, where: str) -> Entry:
        if not isinstance(raw, dict) or not (raw.get("name") or raw.get("label")):
            raise RegistryError(f"{where}: each entry needs at least a name")
        name = str(raw.get("name") or raw.get("label"))
        roles = []
        for j, role in enumerate(raw.get("roles") or []):
            if not isinstance(role, dict):
                raise RegistryError(f"{where}.roles[{j}]: expected office/label, start, end")
            office = role.get("office")
            if not office and role.get("label"):
                office = self._office_for_label(role["label"], role.get("lang", "fr"))
            if not office:
                raise RegistryError(f"{where}.roles[{j}]: a role needs an office id or a label")
            roles.append(
                Role(
                    office=str(office),
                    start=_parse_date(role.get("start"), f"{where}.roles[{j}].start"),
                    end=_parse_date(role.get("end"), f"{where}.roles[{j}].end"),
                )
            )
        return Entry(
            id=str(raw.get("id") or raw.get("qid") or slugify(name)),
            name=name,
            type=str(raw.get("type") or type_),
            names={str(k): str(v) for k, v in (raw.get("names") or {}).items()},
            aliases=_as_list(raw.get("aliases")),
            gender=_gender(raw.get("gender")),
            roles=roles,
            wikidata=raw.get("wikidata") or raw.get("qid"),
        )

    def _office_for_label(self, label: str, lang: str) -> str:
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
                surname = _surname(name)
                if surname:
                    self._surnames.setdefault(surname, set()).add(entry.id)
        return entry

    def _unindex(self, entry: Entry) -> None:
        for index in (self._aliases, self._surnames):
            for ids in index.values():
                ids.discard(entry.id)

    # -- lookups ---------------------------------------------------------------------------

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
        while words and words[0] in _LEADING_DETERMINERS:
            words = words[1:]
        if any(w in _PAST_OFFICE_WORDS for w in words):
            return []
        words = [w for w in words if w not in _IGNORED_OFFICE_WORDS]
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

    def role_holder(self, description_text: str, on: date | None, lang: str = "fr") -> Entry | None:
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

    # -- writing ---------------------------------------------------------------------------

    def to_yaml(self, entries: Iterable[Entry] | None = None) -> str:
        """A registry YAML document for ``entries`` (default: all) and the offices they use."""
        chosen = list(entries if entries is not None else self.entries.values())
        used = {r.office for e in chosen for r in e.roles}
        data: dict[str, Any] = {}
        if used:
            data["offices"] = [
                {"id": o.id, "labels": {k: list(v) for k, v in o.labels.items()}}
                for o in self.offices.values()
                if o.id in used
            ]
        for kind, type_ in (("persons", "person"), ("organisations", "organisation")):
            items = [e.to_dict() for e in chosen if e.type == type_]
            if items:
                data[kind] = items
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def _surname(name: str) -> str:
    words = normalise_name(name).split()
    return " ".join(words[1:]) if len(words) > 1 else ""


@lru_cache(maxsize=4)
def _default_registry(user_path: str | None) -> Registry:
    return Registry.load([user_path] if user_path else [])


# -- import of Wikidata-style exports --------------------------------------------------------


def _wikidata_text(value: Any, lang_order: tuple[str, ...] = ("fr", "en")) -> Any:
    """Wikidata JSON gives labels as {"fr": {"value": ...}}; take the plain text."""
    if isinstance(value, dict):
        for lang in (*lang_order, *value.keys()):
            if lang in value:
                inner = value[lang]
                return inner.get("value") if isinstance(inner, dict) else inner
        return None
    return value


def _record_to_mapping(record: dict[str, Any]) -> dict[str, Any]:
    """One JSON object or CSV row in the registry's own mapping form."""
    label = _wikidata_text(record.get("label") or record.get("labels") or record.get("name"))
    aliases: list[str] = []
    raw_aliases = record.get("aliases")
    if isinstance(raw_aliases, dict):
        for values in raw_aliases.values():
            for v in values if isinstance(values, list) else [values]:
                aliases.append(v.get("value") if isinstance(v, dict) else str(v))
    else:
        aliases = _as_list(raw_aliases)
    roles = record.get("roles") or []
    if isinstance(roles, str):
        # CSV: "label@start..end|label@start.." keeps one row per entity.
        parsed = []
        for part in _as_list(roles):
            label_part, _, span = part.partition("@")
            start, _, end = span.partition("..")
            parsed.append({"label": label_part.strip(), "start": start or None, "end": end or None})
        roles = parsed
    if not roles and (record.get("role") or record.get("office")):
        roles = [
            {
                "office" if record.get("office") else "label": record.get("office")
                or record.get("role"),
                "start": record.get("start"),
                "end": record.get("end"),
            }
        ]
    names = {}
    for key, value in record.items():
        if key.startswith("name_") or key.startswith("label_"):
            names[key.split("_", 1)[1]] = value
    return {
        "id": record.get("id") or record.get("qid"),
        "qid": record.get("qid")
        or (record.get("id") if re.fullmatch(r"Q\d+", str(record.get("id") or "")) else None),
        "name": label,
        "names": {k: v for k, v in names.items() if v},
        "type": record.get("type") if record.get("type") in {"person", "organisation"} else None,
        "aliases": aliases,
        "gender": record.get("gender"),
        "roles": [r for r in roles if isinstance(r, dict)],
    }


def import_entities(path: str | Path, registry: Registry | None = None) -> list[Entry]:
    """Read a Wikidata-style JSON (list of objects, or {"entities": ...}) or CSV export.

    Fields: ``id``/``qid``, ``label``, ``aliases`` (list, or "a|b" in CSV), ``gender``,
    ``type`` (person|organisation), ``roles`` (list of {office|label, start, end}; in CSV
    "label@start..end|…") or one ``role``/``start``/``end`` per row. Role labels the registry
    does not know become new offices. Returns the entries without adding them, unless a
    ``registry`` is given.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in {".json", ".jsonl", ".csv", ".tsv"}:
        raise RegistryError(f"{path}: unknown format; use .json, .jsonl, .csv, .tsv or .yaml")
    target = registry if registry is not None else Registry.load(include_default=True)
    try:
        text = path.read_text("utf-8-sig")
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    records: list[dict[str, Any]]
    if suffix in {".json", ".jsonl"}:
        try:
            if suffix == ".jsonl":
                records = [json.loads(line) for line in text.splitlines() if line.strip()]
            else:
                data = json.loads(text)
                if isinstance(data, dict):
                    data = data.get("entities", data)
                    records = list(data.values()) if isinstance(data, dict) else list(data)
                else:
                    records = list(data)
        except json.JSONDecodeError as exc:
            raise RegistryError(f"{path}: not valid JSON ({exc})") from exc
    else:
        delimiter = "\t" if suffix == ".tsv" else ","
        records = list(csv.DictReader(io.StringIO(text), delimiter=delimiter))
    entries: list[Entry] = []
    for i, record in enumerate(records):
        if not isinstance(record, dict):
            raise RegistryError(f"{path}: record {i + 1} is not an object")
        mapping = _record_to_mapping(record)
        type_ = mapping.pop("type") or "person"
        entries.append(target._entry_from_mapping(mapping, type_, f"{path}: record {i + 1}"))
    if registry is not None:
        # An entry merged into a known one (same Wikidata id) comes back under that one's id.
        entries = [registry.add(entry) for entry in entries]
    return entries
