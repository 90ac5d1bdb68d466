"""Text files may carry their metadata above the body, between two --- lines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dixit.ingest.sources import Failure, read_sources

BODY = "La maire a déclaré que le marché couvert rouvrirait en avril.\n"


def read_one(tmp_path: Path, content: str):
    path = tmp_path / "story.txt"
    path.write_text(content, encoding="utf-8")
    [item] = list(read_sources([str(path)]))
    return item


def test_front_matter_gives_date_title_and_keeps_unknown_keys(tmp_path: Path) -> None:
    article = read_one(
        tmp_path,
        "---\ntitle: Le marché rouvre\npublished: 2025-03-07\nrubrique: local\n---\n" + BODY,
    )
    assert article.published == date(2025, 3, 7)
    assert article.title == "Le marché rouvre"
    assert article.meta["rubrique"] == "local"
    assert article.text == BODY


def test_front_matter_date_in_french_words(tmp_path: Path) -> None:
    article = read_one(tmp_path, "---\npublished: 7 mars 2025\n---\n" + BODY)
    assert article.published == date(2025, 3, 7)


def test_bad_front_matter_date_is_a_named_failure(tmp_path: Path) -> None:
    failure = read_one(tmp_path, "---\npublished: le jour d'après\n---\n" + BODY)
    assert isinstance(failure, Failure)
    assert failure.position == "front matter" and "jour d'après" in failure.reason


def test_title_with_a_colon_needs_no_quoting(tmp_path: Path) -> None:
    article = read_one(tmp_path, "---\ntitle: Marché : la maire recule\n---\n" + BODY)
    assert article.title == "Marché : la maire recule"


def test_unclosed_front_matter_is_a_named_failure(tmp_path: Path) -> None:
    failure = read_one(tmp_path, "---\npublished: 2025-03-07\n" + BODY)
    assert isinstance(failure, Failure) and "never closed" in failure.reason


def test_text_without_front_matter_is_unchanged(tmp_path: Path) -> None:
    article = read_one(tmp_path, BODY)
    assert article.text == BODY and article.published is None
