"""Read articles from files: plain text, directories of them, JSONL corpora, standard input.

Every input yields either an :class:`Article` or a :class:`Failure` that names the input,
the position in it and the reason, so that a batch goes on past a bad item and reports it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes

from dixit.model import Article

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
#: Refuse single files above this size rather than exhaust memory (bytes).
MAX_TEXT_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Failure:
    """An input that could not become an article, and why."""

    source: str
    reason: str
    position: str | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.position}" if self.position else self.source
        return f"{where}: {self.reason}"


def read_sources(
    paths: Iterable[str],
    *,
    published: date | None = None,
    language: str | None = None,
) -> Iterator[Article | Failure]:
    """Yield articles (and failures) from each path, in order."""
    for raw in paths:
        if raw == "-":
            yield from _from_text_bytes(sys.stdin.buffer.read(), "<stdin>", published, language)
            continue
        path = Path(raw)
        if not path.exists():
            yield Failure(raw, "no such file or directory")
        elif path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES
            )
            if not files:
                yield Failure(raw, "directory holds no .txt or .jsonl file")
            for file in files:
                yield from _read_file(file, published, language)
        else:
            yield from _read_file(path, published, language)


def _read_file(path: Path, published: date | None, language: str | None):
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl(path, published=published, language=language)
        return
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            yield Failure(str(path), f"file is {size} bytes, above the {MAX_TEXT_BYTES} limit")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Failure(str(path), f"cannot read: {exc.strerror or exc}")
        return
    yield from _from_text_bytes(data, str(path), published, language)


def decode_text(data: bytes) -> tuple[str, str]:
    """Bytes to text: UTF-8 when valid, else the encoding charset-normalizer finds.

    Raises ``ValueError`` with a reason for binary data.
    """
    if b"\x00" in data[:8192]:
        raise ValueError("binary file, not text (NUL bytes)")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise ValueError("binary or undecodable file: no text encoding fits")
    return str(best), best.encoding


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
    yield Article(
        text=text,
        id=Path(source).stem if source != "<stdin>" else "",
        published=published,
        language=language,
        meta=meta,
    )


def read_jsonl(
    path: Path, *, published: date | None = None, language: str | None = None
) -> Iterator[Article | Failure]:
    """One article per line: ``{"id", "text", "published", "language", …}``."""
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Failure(source, f"cannot read: {exc.strerror or exc}")
        return
    with handle:
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
    record["meta"] = {**record["meta"], "source": source, "position": position}
    try:
        article = Article.from_dict(record)
    except (ValueError, TypeError) as exc:
        return Failure(source, f"bad field: {exc}", position)
    if published and not article.published:
        article.published = published
    if language and not article.language:
        article.language = language
    return article
