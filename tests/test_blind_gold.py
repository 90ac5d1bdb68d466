"""Well-formedness of the blind gold set (tests/fixtures/blind).

Plain json, no spaCy: every gold statement must point into its article's text as the shared
gold format requires. The set was written without looking at the extractor; this test only
checks its form, never the extractor's output.
"""

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from gold_format import KINDS, OPTIONAL, POLARITIES, REQUIRED, read_jsonl

BLIND = Path(__file__).parent / "fixtures" / "blind"


def _date(value):
    return dt.date.fromisoformat(value) if value is not None else None


ARTICLES = read_jsonl(BLIND / "articles.jsonl")
GOLD = read_jsonl(BLIND / "gold.jsonl")
BY_ID = {a["id"]: a for a in ARTICLES}


def test_articles_well_formed():
    ids = [a["id"] for a in ARTICLES]
    assert len(ids) == len(set(ids))
    for a in ARTICLES:
        assert set(a) >= {"id", "published", "language", "text"}
        assert a["language"] == "fr"
        assert a["id"].startswith("blind-")
        if a["published"] is not None:
            _date(a["published"])
        assert a["text"].split("\n", 1)[0] == a.get("title", a["text"].split("\n", 1)[0])
        assert 6 <= len(a["text"].split("\n")) <= 15
    assert any(a["published"] is None for a in ARTICLES)


def test_gold_ids_unique_and_articles_exist():
    ids = [g["id"] for g in GOLD]
    dup = [i for i, n in Counter(ids).items() if n > 1]
    assert not dup, dup
    for g in GOLD:
        assert g["article"] in BY_ID, g["id"]
        assert g["id"].startswith(g["article"] + "-"), g["id"]
    assert {g["article"] for g in GOLD} == set(BY_ID)


@pytest.mark.parametrize("g", GOLD, ids=[g["id"] for g in GOLD])
def test_gold_statement(g):
    for field in REQUIRED:
        assert field in g, field
    assert set(g) <= set(REQUIRED) | OPTIONAL, set(g) - set(REQUIRED) - OPTIONAL
    assert g["kind"] in KINDS
    text = BY_ID[g["article"]]["text"]
    content = g["content"]
    assert content and content == content.strip()
    if "content_span" in g:
        start, end = g["content_span"]
        assert text[start:end] == content
    else:
        assert text.count(content) == 1, "content missing or ambiguous without content_span"
    assert g["speaker_mention"] in text
    assert g["cue"] in text
    if g["kind"] == "direct":
        assert content[0] not in '«"“' and content[-1] not in '»"”'
    if g["kind"] == "mixed":
        assert any(c in content for c in '«»"“”')
    if g.get("anonymous"):
        assert g["speaker"] is None
    else:
        assert g["speaker"]
    published = _date(BY_ID[g["article"]]["published"])
    day = _date(g["statement_date"])
    if day is not None:
        assert published is not None
        assert day <= published
    if g["date_cue"] is not None:
        assert g["date_cue"] in text
        assert day is not None
    if "polarity" in g:
        assert g["polarity"] in POLARITIES
    if "verification_cue" in g:
        assert g["verification_cue"] in text
    if "via" in g:
        assert g["via"]
