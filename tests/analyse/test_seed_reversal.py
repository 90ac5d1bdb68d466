"""The whole chain on the seed article: dixit's statements, the example catalogue, and
the computed reversal the issue asks for (US troops: open on 18 August, opposes on 19)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dixit.analyse import Issue, computed_reversals
from dixit.core import analyze
from dixit.model import Article

pytestmark = pytest.mark.slow


def test_seed_troops_reversal(seed_dir: Path, nlp, ukraine: list[Issue]) -> None:
    record = json.loads((seed_dir / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0])
    article = Article.from_dict(record)
    statements = analyze(article, nlp=nlp)
    reversals = [
        r
        for r in computed_reversals(statements, ukraine, "fr")
        if r.issue and r.issue.id == "us-troops-ukraine"
    ]
    [reversal] = reversals
    assert reversal.speaker.name == "Donald Trump"
    assert (reversal.before.stance, reversal.after.stance) == ("open", "opposes")
    assert reversal.before.statement.statement_date == date(2025, 8, 18)
    assert reversal.after.statement.statement_date == date(2025, 8, 19)
    for side in (reversal.before, reversal.after):
        start, end = side.statement.content_span
        assert article.text[start:end] == side.statement.content


def test_seed_summit_format_change_within_the_day(
    seed_dir: Path, nlp, ukraine: list[Issue]
) -> None:
    """Three-way talks first, then (later that Monday) a face-to-face meeting first: the
    issue's sides read both statements, the date cue orders them within the day."""
    record = json.loads((seed_dir / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0])
    article = Article.from_dict(record)
    reversals = [
        r
        for r in computed_reversals(analyze(article, nlp=nlp), ukraine, "fr")
        if r.issue and r.issue.id == "summit-format"
    ]
    [reversal] = reversals
    assert reversal.speaker.name == "Donald Trump"
    assert (reversal.before.stance, reversal.after.stance) == ("opposes", "supports")
    assert "tripartites" in reversal.before.content
    assert "face-à-face" in reversal.after.content
    assert reversal.before.statement_date == reversal.after.statement_date == date(2025, 8, 18)
