"""The written Haute-Vallière story lines (tests/fixtures/positions/haute-valliere):
reversals reported in one article and computed across days, scored with the rule of the
real reversal set, and the stable positions stated in other words left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from dixit.analyse import computed_reversals, load_catalogue
from dixit.analyse.reported import reported_reversals
from dixit.core import parse, statements_from_doc
from dixit.eval.reversals import distinct, read_jsonl, score
from dixit.model import Article

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
STORY = ROOT / "tests" / "fixtures" / "positions" / "haute-valliere"
CATALOGUE = ROOT / "samples" / "issues" / "haute-valliere.yaml"


@pytest.fixture(scope="module")
def found(nlp) -> list[dict]:
    catalogue = load_catalogue(CATALOGUE)
    reversals: list[dict] = []
    every = []
    for record in read_jsonl(STORY / "articles.jsonl"):
        article = Article.from_dict(record)
        doc = parse(nlp, article.text)
        statements = statements_from_doc(doc, article)
        every += statements
        reversals += [
            r.to_dict() for r in reported_reversals(article, statements, catalogue, doc=doc)
        ]
    reversals += [r.to_dict() for r in computed_reversals(every, catalogue, "fr")]
    return distinct(reversals)


def test_story_line_reversals_are_found(found: list[dict]) -> None:
    result = score(list(read_jsonl(STORY / "gold.jsonl")), found)
    # Figures reached when the story lines were written (docs/positions.md): 12/12.
    assert result.recall >= 0.9
    assert result.precision >= 0.9


def test_stable_positions_are_no_reversal(found: list[dict]) -> None:
    stable = {(s["speaker"], s["issue"]) for s in read_jsonl(STORY / "stable.jsonl")}
    flagged = {(r["speaker"]["name"], (r["issue"] or {}).get("id")) for r in found}
    assert not stable & flagged
