"""Web archives (``.warc``, ``.warc.gz``): each HTML response is a page for trafilatura.

Records are read one at a time from the stream. A damaged archive (a truncated gzip
member, a bad header) ends with one failure naming the byte offset; the records before
it have already been yielded.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from dixit.ingest.base import Failure, read_records
from dixit.ingest.html import article_from_html
from dixit.model import Article

WARC_SUFFIXES = (".warc", ".warc.gz")
#: Pages above this size are skipped: no news article is that long.
MAX_PAGE_BYTES = 20 * 1024 * 1024


class _CheckedArchiveIterator(ArchiveIterator):
    """warcio's iterator, remembering whether the last gzip member was cut short.

    warcio ends quietly when a ``.warc.gz`` stops inside a member; the zlib
    decompressor still knows (``eof`` is false), so look before warcio drops it.
    """

    truncated = False

    def close(self) -> None:
        decompressor = self.reader.decompressor if self.reader else None
        if decompressor is not None and not decompressor.eof:
            self.truncated = True
        super().close()


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def read_warc(
    path: Path, *, published: date | None = None, language: str | None = None
) -> Iterator[Article | Failure]:
    yield from read_records(
        path, lambda handle, source: _warc_pages(handle, source, published, language)
    )


def _warc_pages(
    handle: BinaryIO, source: str, published: date | None, language: str | None
) -> Iterator[Article | Failure]:
    records = _CheckedArchiveIterator(handle, arc2warc=True)
    pages = 0
    number = 0
    try:
        for record in records:
            number += 1
            wanted = _is_html_page(record)
            # Read the whole block before asking for the offset: warcio skips
            # to the record's end when asked, and the body would be lost.
            stream = record.content_stream()
            body = stream.read(MAX_PAGE_BYTES + 1) if wanted else b""
            _drain(stream)
            offset = records.get_record_offset()
            position = f"record {number} at offset {offset}"
            if getattr(record.raw_stream, "limit", 0) > 0:
                yield Failure(source, "truncated archive: the record ends early", position)
                return
            if not wanted:
                continue
            pages += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            if len(body) > MAX_PAGE_BYTES:
                yield Failure(source, f"page {url} above {MAX_PAGE_BYTES} bytes", position)
                continue
            result = article_from_html(
                body, source, url=url, position=position, published=published, language=language
            )
            if isinstance(result, Article):
                # The capture date is not the publication date: keep it aside.
                captured = record.rec_headers.get_header("WARC-Date")
                if captured:
                    result.meta["captured"] = captured
            yield result
    except Exception as exc:  # warcio/zlib/EOF errors all mean a damaged archive
        where = f"record {number + 1} near offset {_tell(handle)}"
        reason = f"damaged or truncated archive ({type(exc).__name__}: {exc})"
        yield Failure(source, reason, where)
        return
    if records.truncated:
        where = f"after record {number}, offset {_tell(handle)}"
        yield Failure(source, "truncated archive: the gzip stream ends early", where)
        return
    if pages == 0:
        yield Failure(source, "archive holds no HTML response")


def _drain(stream) -> None:
    """Read the rest of a record in small chunks, so that a cut is seen and memory stays low."""
    while stream.read(64 * 1024):
        pass


def _is_html_page(record) -> bool:
    """A successful HTTP response whose body is HTML: the only records worth reading."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    status = record.http_headers.get_statuscode() or ""
    return "html" in content_type and status.startswith("2")


def _tell(handle) -> int | str:
    try:
        return handle.tell()
    except (OSError, ValueError):
        return "unknown"
