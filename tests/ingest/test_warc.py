"""WARC archives: HTML responses become articles; a damaged archive fails where it breaks."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dixit.ingest.sources import Failure, read_sources
from dixit.model import Article

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"


def write_warc(path: Path, pages: list[tuple[str, str, bytes]], gzip: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for url, content_type, body in pages:
        http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=http
        )
        writer.write_record(record)
    writer.write_record(
        writer.create_warc_record("urn:x", "resource", payload=io.BytesIO(b"metadata"))
    )
    data = buffer.getvalue()
    path.write_bytes(data)
    return data


def pages() -> list[tuple[str, str, bytes]]:
    page = (FIXTURES / "page_boilerplate.html").read_bytes()
    other = (
        "<html><body><article><p>Le préfet a assuré mercredi que « la circulation sera "
        "rétablie avant le week-end », selon un communiqué de la préfecture.</p></article>"
        "</body></html>"
    ).encode()
    return [
        ("https://example.org/a", "text/html; charset=utf-8", page),
        ("https://example.org/logo.png", "image/png", b"\x89PNG"),
        ("https://example.org/b", "text/html", other),
    ]


def test_warc_html_responses_become_articles(tmp_path):
    for gzip, name in ((False, "crawl.warc"), (True, "crawl.warc.gz")):
        write_warc(tmp_path / name, pages(), gzip=gzip)
        items = list(read_sources([str(tmp_path / name)]))
        assert all(isinstance(i, Article) for i in items), items
        assert [i.url for i in items] == ["https://example.org/a", "https://example.org/b"]
        assert items[0].title == "Tramway : la maire de Valbrune suspend le tracé nord"
        assert "captured" in items[0].meta
        assert items[0].published is not None  # from the page, never the capture date


def test_truncated_gzip_yields_records_before_the_break(tmp_path):
    data = write_warc(tmp_path / "full.warc.gz", pages(), gzip=True)
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(data[: len(data) - 200])
    items = list(read_sources([str(broken)]))
    assert isinstance(items[0], Article)
    assert isinstance(items[-1], Failure)
    assert items[-1].source == str(broken)
    assert "offset" in items[-1].position


def test_fixture_truncated_warc():
    items = list(read_sources([str(FIXTURES / "truncated.warc.gz")]))
    assert sum(isinstance(i, Article) for i in items) == 3
    assert isinstance(items[-1], Failure) and "truncated" in items[-1].reason
