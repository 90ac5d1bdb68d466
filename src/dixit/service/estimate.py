"""How many items the inputs of a run hold, cheaply, for a progress bar's time remaining.

Counting by reading the inputs properly (HTML cleaned, languages detected) would cost a
fair part of the run itself, so the count is of records, not of articles: one per text or
HTML file, one per non-blank line of JSONL, one per row of CSV. Feeds and WARC archives
(whose items are only known by parsing them) and standard input make the count unknown:
the bar then shows the rate without an end. Only computed when a bar is shown.
"""

from __future__ import annotations

import csv
import glob
from collections.abc import Iterable, Iterator
from pathlib import Path

from dixit.ingest.feeds import FEED_SUFFIXES
from dixit.ingest.sources import JSONL_SUFFIXES, SUPPORTED_SUFFIXES
from dixit.ingest.tabular import CSV_SUFFIXES
from dixit.ingest.warc import is_warc

_GLOB_CHARS = set("*?[")


class Unknown(Exception):
    """An input whose number of items cannot be told without parsing it."""


def expected_items(paths: Iterable[str]) -> int | None:
    """The number of records in ``paths``, or None when some input cannot be counted."""
    try:
        return sum(_records(file) for file in _files(paths))
    except (Unknown, OSError, csv.Error):
        return None


def _files(paths: Iterable[str]) -> Iterator[Path]:
    for raw in paths:
        if raw == "-":
            raise Unknown(raw)
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and _readable(p))
        elif path.is_file():
            yield path
        elif _GLOB_CHARS & set(raw):
            yield from sorted(Path(p) for p in glob.glob(raw, recursive=True) if Path(p).is_file())


def _readable(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES or is_warc(path)


def _records(path: Path) -> int:
    suffix = path.suffix.lower()
    if is_warc(path) or suffix in FEED_SUFFIXES:
        raise Unknown(str(path))
    if suffix in JSONL_SUFFIXES:
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    if suffix in CSV_SUFFIXES:
        with path.open(encoding="utf-8", errors="replace", newline="") as handle:
            dialect = csv.excel_tab if suffix == ".tsv" else csv.excel
            return max(0, sum(1 for _ in csv.reader(handle, dialect)) - 1)
    return 1
