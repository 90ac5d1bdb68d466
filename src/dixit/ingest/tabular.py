"""CSV corpora: one article per row, columns named by the caller.

Rows are read one at a time from a text stream, so a file of any size is read in
bounded memory. A file without the text column fails once, naming the column, rather
than once per row.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from dixit.ingest.base import Failure, sniff_encoding, unreadable
from dixit.ingest.clean import clean_text
from dixit.model import Article

CSV_SUFFIXES = {".csv", ".tsv"}

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass(frozen=True)
class CsvColumns:
    """Which CSV column holds each article field. Only ``text`` is required."""

    id: str = "id"
    text: str = "text"
    published: str = "published"
    title: str = "title"
    url: str = "url"
    language: str = "language"
    outlet: str = "outlet"

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, str] | None) -> CsvColumns:
        """Defaults overridden by ``{"text": "body", …}``; unknown fields are an error."""
        if not mapping:
            return cls()
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(mapping) - known)
        if unknown:
            raise ValueError(
                f"unknown CSV field(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}"
            )
        return replace(cls(), **dict(mapping))


def read_csv(
    path: Path,
    *,
    columns: CsvColumns | None = None,
    published: date | None = None,
    language: str | None = None,
) -> Iterator[Article | Failure]:
    """Yield one article (or failure) per row of ``path``."""
    columns = columns or CsvColumns()
    source = str(path)
    try:
        encoding = sniff_encoding(path)
        handle = path.open("r", encoding=encoding, errors="replace", newline="")
    except (OSError, ValueError) as exc:
        yield unreadable(source, exc)
        return
    with handle:
        delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
        # strict: a quote never closed is an error, not the rest of the file read as one cell
        reader = csv.DictReader(handle, delimiter=delimiter, strict=True)
        try:
            header = reader.fieldnames
        except csv.Error as exc:
            yield Failure(source, f"invalid CSV header: {exc}", "line 1")
            return
        if not header:
            yield Failure(source, "empty file")
            return
        if columns.text not in header:
            yield Failure(
                source,
                f"no {columns.text!r} column (columns are: {', '.join(header)}); "
                f"name the text column with --csv-column text=NAME",
            )
            return
        start = reader.line_num + 1
        try:
            for row in reader:
                yield _article_from_row(row, source, start, columns, published, language)
                start = reader.line_num + 1
        except csv.Error as exc:
            yield Failure(source, _csv_problem(exc), f"line {start}")


def _csv_problem(exc: csv.Error) -> str:
    """The reader's complaint in words a user can act on."""
    if "unexpected end of data" in str(exc):
        return (
            "invalid CSV: a quoted field opened on this line is never closed "
            "(the rest of the file was not read)"
        )
    return f"invalid CSV: {exc}"


def _article_from_row(
    row: dict[str, Any],
    source: str,
    line: int,
    columns: CsvColumns,
    published: date | None,
    language: str | None,
) -> Article | Failure:
    position = f"line {line}"
    text = clean_text(row.get(columns.text) or "")
    if not text:
        return Failure(source, f"empty {columns.text!r} cell", position)
    day = published
    raw_day = (row.get(columns.published) or "").strip()
    if raw_day:
        try:
            day = date.fromisoformat(raw_day[:10])
        except ValueError:
            return Failure(source, f"bad date {raw_day!r} (want YYYY-MM-DD)", position)
    used = {getattr(columns, f.name) for f in fields(columns)}
    meta = {k: v for k, v in row.items() if k not in used and k is not None and v not in ("", None)}
    meta.update(source=source, position=position)
    return Article(
        text=text,
        id=(row.get(columns.id) or "").strip(),
        published=day,
        language=(row.get(columns.language) or "").strip() or language,
        title=(row.get(columns.title) or "").strip() or None,
        url=(row.get(columns.url) or "").strip() or None,
        outlet=(row.get(columns.outlet) or "").strip() or None,
        meta=meta,
    )
