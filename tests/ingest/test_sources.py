"""Each kind of input gives articles with their metadata, or failures naming the problem."""

from __future__ import annotations

import io
import shutil
from datetime import date
from pathlib import Path

import pytest

from dixit.ingest import sources
from dixit.ingest.sources import Failure, read_sources
from dixit.model import Article

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"


def read(*paths: str | Path, **kwargs) -> list[Article | Failure]:
    return list(read_sources([str(p) for p in paths], **kwargs))


def test_html_page_keeps_text_and_metadata_and_drops_furniture():
    [article] = read(FIXTURES / "page_boilerplate.html")
    assert isinstance(article, Article)
    assert article.title == "Tramway : la maire de Valbrune suspend le tracé nord"
    assert article.published == date(2025, 3, 4)
    assert article.outlet == "Le Courrier du Val"
    assert article.url == "https://courrier-du-val.example/valbrune/tramway-trace-nord"
    assert article.meta["author"] == "Claire Momper"
    assert "« Nous ne passerons pas en force" in article.text
    for furniture in ("Lire aussi", "Publicité", "Partager", "cookies", "Today", "Les plus lus"):
        assert furniture not in article.text, furniture


def test_html_without_main_text_fails():
    [failure] = read(FIXTURES / "nav_only.html")
    assert isinstance(failure, Failure)
    assert "no main text" in failure.reason
    assert failure.source.endswith("nav_only.html")


def test_feed_items_become_articles_with_dates_and_outlet():
    items = read(FIXTURES / "feed.rss")
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.published for a in articles] == [date(2025, 3, 11), date(2025, 3, 12)]
    assert {a.outlet for a in articles} == {"La Gazette des Marais"}
    assert articles[0].language == "fr"
    assert articles[0].url == "https://gazette-marais.example/retraites-geste"
    assert "« Personne ne sera oublié »" in articles[0].text
    assert "<p>" not in articles[0].text
    [failure] = [i for i in items if isinstance(i, Failure)]
    assert failure.position == "item 3"


def test_feed_never_fetches_pages_by_default(monkeypatch):
    def refuse(url):
        raise AssertionError(f"fetched {url}")

    monkeypatch.setattr("dixit.ingest.feeds._fetch", refuse)
    assert len([i for i in read(FIXTURES / "feed.rss") if isinstance(i, Article)]) == 2


def test_feed_fetch_uses_the_page_when_asked(monkeypatch):
    page = (FIXTURES / "page_boilerplate.html").read_text(encoding="utf-8")
    monkeypatch.setattr("dixit.ingest.feeds._fetch", lambda url: page)
    first = next(iter(read(FIXTURES / "feed.rss", fetch=True)))
    assert "Hélène Carrasco" in first.text
    assert first.url == "https://gazette-marais.example/retraites-geste"


def test_malformed_feed_fails_once():
    [failure] = read(FIXTURES / "malformed_feed.xml")
    assert isinstance(failure, Failure)
    assert "not a readable RSS/Atom feed" in failure.reason


def test_csv_rows_with_default_columns():
    items = read(FIXTURES / "articles.csv")
    first, second, empty = items
    assert isinstance(first, Article) and first.id == "csv-1"
    assert first.published == date(2025, 3, 6)
    assert first.title == "Tramway : le syndicat doute"
    assert first.meta["section"] == "Économie"
    assert second.url is None
    assert isinstance(empty, Failure) and empty.position == "line 4"


def test_csv_with_configured_columns():
    [article] = read(
        FIXTURES / "articles_body.csv",
        csv_columns={"id": "identifiant", "text": "corps", "published": "date"},
    )
    assert article.id == "b-1"
    assert article.published == date(2025, 3, 10)


def test_csv_without_text_column_fails_once_naming_file_and_column():
    [failure] = read(FIXTURES / "no_text_column.csv")
    assert failure.source.endswith("no_text_column.csv")
    assert "'text'" in failure.reason and "body" in failure.reason


def test_unknown_csv_field_is_refused():
    with pytest.raises(ValueError, match="unknown CSV field"):
        read(FIXTURES / "articles.csv", csv_columns={"body": "x"})


def test_latin1_text_is_decoded():
    [article] = read(FIXTURES / "latin1.txt")
    assert "déclaré : « Nous ne céderons pas" in article.text
    assert "d'être clos" in article.text


@pytest.mark.parametrize(
    ("name", "reason"), [("binary.txt", "binary"), ("empty.txt", "empty file")]
)
def test_unreadable_text_files_fail(name, reason):
    [failure] = read(FIXTURES / name)
    assert isinstance(failure, Failure)
    assert reason in failure.reason


def test_missing_path_and_empty_glob_fail():
    missing, nothing = read("/nonexistent/x.txt", str(FIXTURES / "*.nothing"))
    assert missing.reason == "no such file or directory"
    assert nothing.reason == "no file matches this pattern"


def test_glob_and_directory_read_every_kind(tmp_path):
    for name in ("page_boilerplate.html", "feed.rss", "articles.csv", "latin1.txt"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    from_dir = read(tmp_path)
    from_glob = read(str(tmp_path / "*.*"))
    assert sum(isinstance(i, Article) for i in from_dir) == 6
    assert [str(i) for i in from_dir] == [str(i) for i in from_glob if "notes.pdf" not in str(i)]


def test_language_detection_only_when_asked():
    [plain] = read(FIXTURES / "latin1.txt")
    [detected] = read(FIXTURES / "latin1.txt", detect_language=True)
    [given] = read(FIXTURES / "latin1.txt", language="en", detect_language=True)
    assert plain.language is None
    assert detected.language == "fr"
    assert given.language == "en"


class FakeStdin(io.BufferedReader):
    pass


@pytest.mark.parametrize(
    ("payload", "count"),
    [
        (b'{"id": "a", "text": "Un."}\n{"id": "b", "text": "Deux."}\n', 2),
        ((FIXTURES / "feed.rss").read_bytes(), 3),
        ((FIXTURES / "page_boilerplate.html").read_bytes(), 1),
        ("Une dépêche en texte brut.".encode(), 1),
    ],
)
def test_stdin_kinds(monkeypatch, payload, count):
    stream = io.BufferedReader(io.BytesIO(payload))
    monkeypatch.setattr(sources, "sys", type("S", (), {"stdin": type("I", (), {"buffer": stream})}))
    assert len(read("-")) == count
