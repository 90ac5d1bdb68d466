"""Well-formedness of the development gold set (tests/fixtures/dev).

Plain json, no spaCy: checks that every gold statement points into its article's text the
way the shared gold format (shared corpus README) requires.
"""

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from gold_format import KINDS, OPTIONAL, POLARITIES, QUOTE_MARKS, REQUIRED, read_jsonl

DEV = Path(__file__).parent / "fixtures" / "dev"


def _iso_or_none(value):
    if value is None:
        return None
    assert isinstance(value, str) and len(value) == 10, value
    return dt.date.fromisoformat(value)


ARTICLES = read_jsonl(DEV / "articles.jsonl")
GOLD = read_jsonl(DEV / "gold.jsonl")
BY_ID = {a["id"]: a for a in ARTICLES}


def test_sizes():
    assert len(ARTICLES) >= 32
    assert len(GOLD) >= 300
    kinds = Counter(g["kind"] for g in GOLD)
    assert all(kinds[k] >= 50 for k in KINDS), kinds


def test_articles_well_formed():
    ids = [a["id"] for a in ARTICLES]
    assert len(ids) == len(set(ids)), "duplicate article ids"
    assert any(a["published"] is None for a in ARTICLES)
    for a in ARTICLES:
        assert set(a) == {"id", "published", "language", "title", "text"}, a["id"]
        assert a["language"] == "fr"
        _iso_or_none(a["published"])
        lines = a["text"].split("\n")
        assert lines[0] == a["title"], a["id"]
        assert 4 <= len(lines) - 1 <= 12, (a["id"], len(lines) - 1)
        assert all(line and line == line.strip() for line in lines), a["id"]
        assert "\u2019" not in a["text"], "mixed apostrophes"


def test_every_article_has_gold():
    counts = Counter(g["article"] for g in GOLD)
    assert set(counts) == set(BY_ID)


def test_gold_ids_unique_and_prefixed():
    ids = [g["id"] for g in GOLD]
    assert len(ids) == len(set(ids)), "duplicate statement ids"
    for g in GOLD:
        assert g["id"].startswith(g["article"] + "-"), g["id"]


@pytest.mark.parametrize("g", GOLD, ids=[g["id"] for g in GOLD])
def test_statement_well_formed(g):
    for key in REQUIRED:
        assert key in g, key
    assert set(g) <= set(REQUIRED) | OPTIONAL, set(g) - set(REQUIRED) - OPTIONAL
    assert g["article"] in BY_ID
    text = BY_ID[g["article"]]["text"]
    assert g["kind"] in KINDS

    content = g["content"]
    assert content and content == content.strip()
    n = text.count(content)
    assert n >= 1, "content not in text"
    if "content_span" in g:
        start, end = g["content_span"]
        assert text[start:end] == content
    else:
        assert n == 1, "content occurs several times: content_span required"
    has_marks = any(c in content for c in QUOTE_MARKS)
    if g["kind"] == "mixed":
        assert has_marks, "mixed content carries its quote marks"
    else:
        assert not has_marks, f"{g['kind']} content without quote marks"

    assert g["speaker_mention"] and g["speaker_mention"] in text
    assert g["cue"] and g["cue"] in text
    if g.get("anonymous"):
        assert g["speaker"] is None
    else:
        assert isinstance(g["speaker"], str) and g["speaker"].strip()

    if "polarity" in g:
        assert g["polarity"] in POLARITIES
    if "verified" in g:
        assert g["verified"] is False
    if "via" in g:
        assert isinstance(g["via"], str) and g["via"]

    day = _iso_or_none(g["statement_date"])
    published = _iso_or_none(BY_ID[g["article"]]["published"])
    if g["date_cue"] is not None:
        assert day is not None
        assert g["date_cue"] in text
    if day is not None:
        if published is None:
            assert g["date_cue"] and any(ch.isdigit() for ch in g["date_cue"])
        else:
            assert day <= published
