"""Write query results as JSON, JSON Lines, CSV or Parquet: one place for every command.

Records are written as they come (except JSON arrays and Parquet batches), so exporting
a large store never holds it all in memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

#: Columns of the flat (CSV, Parquet) form of a statement; nested fields become JSON text.
#: ``venue`` is the medium's name when the text names one ("RTL"), else the occasion as
#: written; ``venue_type`` says which kind of occasion (``docs/venue.md``).
STATEMENT_COLUMNS = [
    "article",
    "id",
    "kind",
    "content",
    "content_start",
    "content_end",
    "cue",
    "cue_lemma",
    "polarity",
    "speaker_id",
    "speaker_name",
    "speaker_type",
    "speaker_mention",
    "speaker_method",
    "confidence",
    "statement_date",
    "date_precision",
    "venue",
    "venue_type",
    "addressee_id",
    "addressee_name",
    "addressee_mention",
    "certainty",
    "verified",
    "anonymous",
    "via",
    "issues",
    "article_title",
    "article_outlet",
    "article_published",
    "article_url",
]


def flat_statement(record: dict[str, Any]) -> dict[str, Any]:
    """A statement's JSON form flattened to :data:`STATEMENT_COLUMNS`."""
    speaker = record.get("speaker") or {}
    addressee = record.get("addressee") or {}
    span = record.get("content_span") or [None, None]
    flat = {k: record.get(k) for k in STATEMENT_COLUMNS}
    flat.update(
        content_start=span[0],
        content_end=span[1],
        speaker_id=speaker.get("id"),
        speaker_name=speaker.get("name"),
        speaker_type=speaker.get("type"),
        addressee_id=addressee.get("id"),
        addressee_name=addressee.get("name"),
        issues=json.dumps(record.get("issues") or [], ensure_ascii=False),
    )
    return flat


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_json(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    everything = list(records)
    out.write(json.dumps(everything, ensure_ascii=False, indent=2) + "\n")
    return len(everything)


def write_csv(records: Iterable[dict[str, Any]], out: TextIO, columns: list[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow({k: _cell(v) for k, v in record.items()})
        count += 1
    return count


def _cell(value: Any) -> Any:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_parquet(
    records: Iterable[dict[str, Any]], path: Path, columns: list[str], batch: int = 5000
) -> int:
    """Flat records to a Parquet file, written in row groups of ``batch`` rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, _arrow_type(c)) for c in columns])
    count = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        for chunk in _chunks(records, batch):
            table = pa.Table.from_pylist(
                [{c: _parquet_value(c, r.get(c)) for c in columns} for r in chunk], schema=schema
            )
            writer.write_table(table)
            count += len(chunk)
    return count


def _arrow_type(column: str):
    import pyarrow as pa

    if column in ("content_start", "content_end"):
        return pa.int64()
    if column == "confidence":
        return pa.float64()
    if column in ("verified", "anonymous"):
        return pa.bool_()
    return pa.string()


def _parquet_value(column: str, value: Any) -> Any:
    if value is None or column in (
        "content_start",
        "content_end",
        "confidence",
        "verified",
        "anonymous",
    ):
        return value
    return (
        value
        if isinstance(value, str)
        else _cell(value)
        if isinstance(value, dict | list)
        else str(value)
    )


def _chunks(records: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
