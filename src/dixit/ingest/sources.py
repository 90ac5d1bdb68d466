"""Read articles from files: text, HTML, CSV, JSONL, RSS/Atom feeds, WARC archives,
directories and globs of them, and standard input.

Every input yields either an :class:`Article` or a :class:`Failure` that names the input,
the position in it and the reason, so that a batch goes on past a bad item and reports it.
:func:`read_sources` is the single entry point; each kind of file has its own module.
Record files (JSONL, CSV, WARC) are streamed record by record, never loaded whole.
"""

from __future__ import annotations

import glob
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from dixit.ingest.base import (
    MAX_TEXT_BYTES,
    Failure,
    decode_text,
    read_limited,
    read_records,
    sniff_encoding,
    unreadable,
)
from dixit.ingest.feeds import FEED_SUFFIXES, articles_from_feed, read_feed
from dixit.ingest.html import HTML_SUFFIXES, article_from_html, read_html_file
from dixit.ingest.tabular import CSV_SUFFIXES, CsvColumns, read_csv
from dixit.ingest.warc import WARC_SUFFIXES, is_warc, read_warc
from dixit.model import Article
from dixit.resolve.dates import BadDate, parse_published

__all__ = [
    "JSONL_SUFFIXES",
    "MAX_TEXT_BYTES",
    "SUPPORTED_SUFFIXES",
    "TEXT_SUFFIXES",
    "Failure",
    "decode_text",
    "read_jsonl",
    "read_sources",
    "sniff_encoding",
]

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = (
    TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES | CSV_SUFFIXES | FEED_SUFFIXES
) | set(WARC_SUFFIXES)
_GLOB_CHARS = set("*?[")


def read_sources(
    paths: Iterable[str],
    *,
    published: date | None = None,
    language: str | None = None,
    csv_columns: Mapping[str, str] | CsvColumns | None = None,
    fetch: bool = False,
    detect_language: bool = False,
) -> Iterator[Article | Failure]:
    """Yield articles (and failures) from each path, in order.

    ``paths`` are files, directories (read recursively, files in name order), glob
    patterns (``"corpus/**/*.html"``) or ``-`` for standard input. ``published`` and
    ``language`` fill in what an input does not say; with ``detect_language`` an article
    still without a language gets the one lingua finds. ``fetch`` lets feed items be
    replaced by their downloaded pages.
    """
    columns = (
        csv_columns if isinstance(csv_columns, CsvColumns) else CsvColumns.from_mapping(csv_columns)
    )
    items = _read_all(paths, published, language, columns, fetch)
    if detect_language:
        items = _with_language(items)
    yield from items


def _read_all(
    paths: Iterable[str],
    published: date | None,
    language: str | None,
    columns: CsvColumns,
    fetch: bool,
) -> Iterator[Article | Failure]:
    for raw in paths:
        if raw == "-":
            yield from _read_stdin(sys.stdin.buffer, published, language)
            continue
        path = Path(raw)
        if not path.exists() and _GLOB_CHARS & set(raw):
            matches = sorted(Path(p) for p in glob.glob(raw, recursive=True))
            files = [p for p in matches if p.is_file()]
            if not files:
                yield Failure(raw, "no file matches this pattern")
            for file in files:
                yield from _read_file(file, published, language, columns, fetch)
        elif not path.exists():
            yield Failure(raw, "no such file or directory")
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _supported(p))
            if not files:
                yield Failure(raw, "directory holds no file dixit can read")
            for file in files:
                yield from _read_file(file, published, language, columns, fetch)
        else:
            yield from _read_file(path, published, language, columns, fetch)


def _supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES or is_warc(path)


def _read_file(
    path: Path,
    published: date | None,
    language: str | None,
    columns: CsvColumns,
    fetch: bool,
) -> Iterator[Article | Failure]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, published=published, language=language)
    elif is_warc(path):
        yield from read_warc(path, published=published, language=language)
    elif suffix in HTML_SUFFIXES:
        yield read_html_file(path, published=published, language=language)
    elif suffix in CSV_SUFFIXES:
        yield from read_csv(path, columns=columns, published=published, language=language)
    elif suffix in FEED_SUFFIXES:
        yield from read_feed(path, published=published, language=language, fetch=fetch)
    else:
        try:
            data = read_limited(path)
        except (OSError, ValueError) as exc:
            yield unreadable(str(path), exc)
            return
        yield from _from_text_bytes(data, str(path), published, language)


def _read_stdin(
    stream: BinaryIO, published: date | None, language: str | None
) -> Iterator[Article | Failure]:
    """Standard input: JSONL (streamed line by line), a feed, an HTML page, or plain text.

    The kind is judged on the first bytes, so a JSONL stream of any length never sits
    in memory whole.
    """
    head = stream.peek(4096)[:4096] if hasattr(stream, "peek") else b""
    start = head.lstrip()[:200].lower()
    if start.startswith(b"{"):
        yield from _jsonl_lines(stream, "<stdin>", published, language)
        return
    data = stream.read()
    start = data.lstrip()[:500].lower()
    if start.startswith((b"<rss", b"<feed")) or (
        start.startswith(b"<?xml") and (b"<rss" in start or b"<feed" in start)
    ):
        yield from articles_from_feed(data, "<stdin>", published=published, language=language)
    elif start.startswith((b"<!doctype html", b"<html")):
        yield article_from_html(data, "<stdin>", published=published, language=language)
    else:
        yield from _from_text_bytes(data, "<stdin>", published, language)


def _from_text_bytes(data: bytes, source: str, published: date | None, language: str | None):
    if not data.strip():
        yield Failure(source, "empty file")
        return
    try:
        text, encoding = decode_text(data)
    except ValueError as exc:
        yield Failure(source, str(exc))
        return
    control = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > 0.05 * min(len(text), 4096):
        yield Failure(source, "binary file, not text (control characters)")
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta: dict[str, Any] = {"source": source}
    if encoding != "utf-8":
        meta["encoding"] = encoding
    try:
        fields, text = split_front_matter(text)
    except ValueError as exc:
        yield Failure(source, str(exc), "front matter")
        return
    if not text.strip():
        yield Failure(source, "no text after the front matter")
        return
    fields.setdefault("id", Path(source).stem if source != "<stdin>" else "")
    if published and not fields.get("published"):
        fields["published"] = published
    if language and not fields.get("language"):
        fields["language"] = language
    yield Article.from_dict({**fields, "text": text, "meta": meta})


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Metadata written above a text file's body, between two ``---`` lines.

    One ``key: value`` a line (the value runs to the end of the line, colons included, so a
    title such as "Tramway : la maire recule" needs no quoting). ``published`` accepts the
    forms of :func:`dixit.resolve.dates.parse_published`; title, url, outlet, language and
    id fill the article's fields; other keys are kept in ``meta``. Raises ``ValueError``
    naming what is wrong.
    """
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 3)
    if end < 0:
        raise ValueError("front matter opened with --- is never closed")
    fields: dict[str, Any] = {}
    for number, line in enumerate(text[4:end].splitlines(), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip():
            raise ValueError(f"line {number} is not 'key: value'")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        fields[key.strip()] = value
    body_start = text.find("\n", end + 4)
    body = text[body_start + 1 :] if body_start >= 0 else ""
    if fields.get("published"):
        try:
            fields["published"] = parse_published(fields["published"]).isoformat()
        except BadDate as exc:
            raise ValueError(str(exc)) from exc
    return fields, body.lstrip("\n")


def read_jsonl(
    path: Path, *, published: date | None = None, language: str | None = None
) -> Iterator[Article | Failure]:
    """One article per line: ``{"id", "text", "published", "language", …}``."""
    yield from read_records(
        path, lambda handle, source: _jsonl_lines(handle, source, published, language)
    )


def _jsonl_lines(
    handle: Iterable[bytes], source: str, published: date | None, language: str | None
) -> Iterator[Article | Failure]:
    empty = True
    for number, raw in enumerate(handle, start=1):
        if not raw.strip():
            continue
        empty = False
        yield _article_from_line(raw, source, number, published, language)
    if empty:
        yield Failure(source, "empty file")


def _article_from_line(
    raw: bytes, source: str, number: int, published: date | None, language: str | None
) -> Article | Failure:
    position = f"line {number}"
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return Failure(source, "line is not UTF-8", position)
    except json.JSONDecodeError as exc:
        return Failure(source, f"invalid JSON ({exc.msg} at column {exc.colno})", position)
    if not isinstance(record, dict):
        return Failure(source, "a line must be a JSON object", position)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return Failure(source, 'missing or empty "text" field', position)
    record.setdefault("meta", {})
    record["meta"] = {**(record["meta"] or {}), "source": source, "position": position}
    try:
        article = Article.from_dict(record)
    except (ValueError, TypeError) as exc:
        return Failure(source, f"bad field: {exc}", position)
    if published and not article.published:
        article.published = published
    if language and not article.language:
        article.language = language
    return article


def _with_language(items: Iterator[Article | Failure]) -> Iterator[Article | Failure]:
    from dixit.ingest.lang import detect_language

    for item in items:
        if isinstance(item, Article) and not item.language:
            item.language = detect_language(item.text)
            if item.language:
                item.meta["language_detected"] = True
        yield item
