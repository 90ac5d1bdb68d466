"""What every reader shares: the :class:`Failure` record, byte decoding and size limits.

Kept apart from ``sources.py`` so that each per-kind reader (HTML, CSV, feeds, WARC) can
import it without importing the dispatcher that imports them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TypeVar

from charset_normalizer import from_bytes

#: Refuse single-article files above this size rather than exhaust memory (bytes).
#: Record-oriented files (JSONL, CSV, WARC) are streamed and have no limit.
MAX_TEXT_BYTES = 50 * 1024 * 1024
#: How much of a streamed file charset detection looks at.
SNIFF_BYTES = 64 * 1024


@dataclass(frozen=True)
class Failure:
    """An input that could not become an article, and why."""

    source: str
    reason: str
    position: str | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.position}" if self.position else self.source
        return f"{where}: {self.reason}"


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
    western = _western(data)
    if western is not None:
        return western, "cp1252"
    best = from_bytes(data).best()
    if best is None:
        raise ValueError("binary or undecodable file: no text encoding fits")
    return str(best), best.encoding


def _western(data: bytes) -> str | None:
    """``data`` as Windows-1252 (a superset of Latin-1 in practice) when that reads well.

    dixit reads Western European news; on short texts charset detection may pick a
    Central European code page and turn "être" into "ętre". Windows-1252 is tried
    first and kept unless it leaves undefined bytes or C1 controls.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if any("\x80" <= ch <= "\x9f" for ch in text):
        return None
    return text


def sniff_encoding(path: Path) -> str:
    """The encoding of a file too big to decode at once, judged on its first bytes.

    UTF-8 wins when the sample decodes (a multi-byte character cut at the end of the
    sample is tolerated); otherwise charset-normalizer chooses. Raises ``ValueError``
    for binary data, like :func:`decode_text`.
    """
    with path.open("rb") as handle:
        sample = handle.read(SNIFF_BYTES)
    if b"\x00" in sample[:8192]:
        raise ValueError("binary file, not text (NUL bytes)")
    try:
        sample.decode("utf-8-sig")
        return "utf-8-sig"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 3:
            return "utf-8-sig"
    if _western(sample) is not None:
        return "cp1252"
    best = from_bytes(sample).best()
    if best is None:
        raise ValueError("binary or undecodable file: no text encoding fits")
    return best.encoding


def read_limited(path: Path) -> bytes:
    """The bytes of a one-article file, refusing files above :data:`MAX_TEXT_BYTES`.

    Raises ``ValueError`` (too big) or ``OSError`` (unreadable).
    """
    size = path.stat().st_size
    if size > MAX_TEXT_BYTES:
        raise ValueError(f"file is {size} bytes, above the {MAX_TEXT_BYTES} limit")
    return path.read_bytes()


def unreadable(source: str, exc: OSError | ValueError) -> Failure:
    """The failure of an input that cannot be read: refused by the system (``OSError``), or
    too big or binary (``ValueError`` from :func:`read_limited`, :func:`sniff_encoding`)."""
    if isinstance(exc, OSError):
        return Failure(source, f"cannot read: {exc.strerror or exc}")
    return Failure(source, str(exc))


Record = TypeVar("Record")


def read_records(
    path: Path, read: Callable[[BinaryIO, str], Iterator[Record | Failure]]
) -> Iterator[Record | Failure]:
    """What ``read`` yields from ``path`` opened in binary; a file that cannot be opened is
    one failure naming why."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield unreadable(str(path), exc)
        return
    with handle:
        yield from read(handle, str(path))
