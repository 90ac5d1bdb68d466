"""Registry files: the shipped YAML, the user's files, entity exports, and writing YAML.

The YAML format is documented in ``docs/registry.md``: ``offices`` (id, labels by
language), ``persons`` and ``organisations`` (name, names by language, aliases, gender,
roles with office and dates).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from dixit.registry.lookup import Registry
from dixit.registry.model import Entry, Office, Role
from dixit.registry.normalise import slugify
from dixit.registry.wikidata import RegistryError, as_list, read_export
from dixit.settings import get_settings

#: The registry that ships with dixit, inside this package.
SHIPPED = "dixit/registry/data/registry.yaml"


def load_registry(paths: Iterable[str | Path] = (), *, include_default: bool = True) -> Registry:
    """The shipped registry, then each user file in order (later entries override)."""
    registry = Registry()
    if include_default:
        text = (
            resources.files("dixit.registry").joinpath("data", "registry.yaml").read_text("utf-8")
        )
        add_yaml(registry, yaml.safe_load(text), SHIPPED)
    for path in paths:
        add_file(registry, path)
    return registry


def default_registry() -> Registry:
    """The registry used when the caller gives none: shipped data + ``DIXIT_REGISTRY``."""
    return _default_registry(get_settings().registry_path)


@lru_cache(maxsize=4)
def _default_registry(user_path: str | None) -> Registry:
    return load_registry([user_path] if user_path else [])


def add_file(registry: Registry, path: str | Path) -> list[Entry]:
    """Add a YAML registry file, or a JSON/CSV entity export (see :func:`import_entities`)."""
    path = Path(path)
    if path.suffix.lower() in {".yaml", ".yml"}:
        try:
            data = yaml.safe_load(path.read_text("utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise RegistryError(f"{path}: cannot read registry file ({exc})") from exc
        return add_yaml(registry, data, str(path))
    return import_entities(path, registry)


def add_yaml(registry: Registry, data: Any, source: str) -> list[Entry]:
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
        registry.add_office(
            Office(id=str(raw["id"]), labels={k: tuple(as_list(v)) for k, v in labels.items()})
        )
    added = []
    for kind, type_ in (("persons", "person"), ("organisations", "organisation")):
        for i, raw in enumerate(data.get(kind) or []):
            entry = entry_from_mapping(registry, raw, type_, f"{source}: {kind}[{i}]")
            added.append(registry.add(entry))
    return added


def import_entities(path: str | Path, registry: Registry | None = None) -> list[Entry]:
    """Read a Wikidata-style JSON/JSONL or CSV/TSV export (format: :mod:`.wikidata`).

    Role labels the registry does not know become new offices. Returns the entries without
    adding them, unless a ``registry`` is given; an entry merged into a known one (same
    Wikidata id) then comes back under that one's id.
    """
    path = Path(path)
    mappings = read_export(path)
    target = registry if registry is not None else load_registry()
    entries = []
    for i, mapping in enumerate(mappings):
        type_ = mapping.pop("type") or "person"
        entries.append(entry_from_mapping(target, mapping, type_, f"{path}: record {i + 1}"))
    if registry is not None:
        entries = [registry.add(entry) for entry in entries]
    return entries


def entry_from_mapping(registry: Registry, raw: Any, type_: str, where: str) -> Entry:
    """One person or organisation of a registry file; role labels name offices of ``registry``."""
    if not isinstance(raw, dict) or not (raw.get("name") or raw.get("label")):
        raise RegistryError(f"{where}: each entry needs at least a name")
    name = str(raw.get("name") or raw.get("label"))
    roles = []
    for j, role in enumerate(raw.get("roles") or []):
        if not isinstance(role, dict):
            raise RegistryError(f"{where}.roles[{j}]: expected office/label, start, end")
        office = role.get("office")
        if not office and role.get("label"):
            office = registry.office_for_label(role["label"], role.get("lang", "fr"))
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
        aliases=as_list(raw.get("aliases")),
        gender=_gender(raw.get("gender")),
        roles=roles,
        wikidata=raw.get("wikidata") or raw.get("qid"),
    )


def to_yaml(registry: Registry, entries: Iterable[Entry] | None = None) -> str:
    """A registry YAML document for ``entries`` (default: all) and the offices they use."""
    chosen = list(entries if entries is not None else registry.entries.values())
    used = {r.office for e in chosen for r in e.roles}
    data: dict[str, Any] = {}
    if used:
        data["offices"] = [
            {"id": o.id, "labels": {k: list(v) for k, v in o.labels.items()}}
            for o in registry.offices.values()
            if o.id in used
        ]
    for kind, type_ in (("persons", "person"), ("organisations", "organisation")):
        items = [e.to_dict() for e in chosen if e.type == type_]
        if items:
            data[kind] = items
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


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


def _gender(value: Any) -> str | None:
    text = str(value or "").strip().lower()
    if text in {"male", "m", "masc", "masculine", "homme", "q6581097"}:
        return "male"
    if text in {"female", "f", "fem", "feminine", "femme", "q6581072"}:
        return "female"
    return None
