"""Entity exports (Wikidata-style JSON, JSONL, CSV) read as registry mappings.

Fields: ``id``/``qid``, ``label``, ``aliases`` (list, or "a|b" in CSV), ``gender``, ``type``
(person|organisation), ``roles`` (list of {office|label, start, end}; in CSV
"label@start..end|…") or one ``role``/``start``/``end`` per row. The mappings have the form
of a registry YAML entry; :func:`dixit.registry.import_entities` turns them into entries.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

from dixit.errors import DixitError

#: File suffixes an entity export may have.
EXPORT_SUFFIXES = frozenset({".json", ".jsonl", ".csv", ".tsv"})


class RegistryError(DixitError):
    """A registry or import file that cannot be read; the message says which and why."""


def as_list(value: Any) -> list[str]:
    """A list field as written in YAML (a list) or in a CSV cell ("a|b" or "a;b")."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [v.strip() for v in re.split(r"[|;]", value) if v.strip()]
    return [str(v) for v in value]


def read_export(path: Path) -> list[dict[str, Any]]:
    """The records of an export file, each as a registry mapping (with a ``type``)."""
    suffix = path.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise RegistryError(f"{path}: unknown format; use .json, .jsonl, .csv, .tsv or .yaml")
    try:
        text = path.read_text("utf-8-sig")
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    records: list[Any]
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
    mappings = []
    for i, record in enumerate(records):
        if not isinstance(record, dict):
            raise RegistryError(f"{path}: record {i + 1} is not an object")
        mappings.append(record_to_mapping(record))
    return mappings


def _text(value: Any, lang_order: tuple[str, ...] = ("fr", "en")) -> Any:
    """Wikidata JSON gives labels as {"fr": {"value": ...}}; take the plain text."""
    if isinstance(value, dict):
        for lang in (*lang_order, *value.keys()):
            if lang in value:
                inner = value[lang]
                return inner.get("value") if isinstance(inner, dict) else inner
        return None
    return value


def record_to_mapping(record: dict[str, Any]) -> dict[str, Any]:
    """One JSON object or CSV row in the registry's own mapping form."""
    label = _text(record.get("label") or record.get("labels") or record.get("name"))
    aliases: list[str] = []
    raw_aliases = record.get("aliases")
    if isinstance(raw_aliases, dict):
        for values in raw_aliases.values():
            for v in values if isinstance(values, list) else [values]:
                aliases.append(v.get("value") if isinstance(v, dict) else str(v))
    else:
        aliases = as_list(raw_aliases)
    roles = record.get("roles") or []
    if isinstance(roles, str):
        # CSV: "label@start..end|label@start.." keeps one row per entity.
        parsed = []
        for part in as_list(roles):
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
