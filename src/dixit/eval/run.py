"""Run the extractor over a gold corpus and score it."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from dixit.core import analyze_many
from dixit.errors import InputError
from dixit.eval.scoring import Score
from dixit.ingest.sources import Failure, read_jsonl
from dixit.model import Article


def load_gold(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Gold statements grouped by article id; a bad line is an error naming it."""
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read gold file: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(str(path), f"invalid JSON: {exc.msg}", f"line {number}") from exc
        if not isinstance(item, dict) or "article" not in item or "content" not in item:
            raise InputError(str(path), 'needs "article" and "content"', f"line {number}")
        by_article[item["article"]].append(item)
    return by_article


def evaluate(
    gold_path: Path,
    articles_path: Path,
    *,
    model: str | None = None,
    cues: str | None = None,
    language: str | None = None,
) -> tuple[Score, list[Failure]]:
    """Score the statements found in ``articles_path`` against ``gold_path``.

    ``language`` None or "auto" analyses each article in its own language (the corpus
    line's ``language``); a code analyses every article in that language.
    """
    gold = load_gold(gold_path)
    articles: list[Article] = []
    failures: list[Failure] = []
    for item in read_jsonl(articles_path):
        (failures if isinstance(item, Failure) else articles).append(item)  # type: ignore[arg-type]
    known = {a.id for a in articles}
    for article_id in gold:
        if article_id not in known:
            failures.append(Failure(str(gold_path), f"gold names unknown article {article_id!r}"))
    score = Score()
    for article, statements in analyze_many(articles, model=model, language=language, cues=cues):
        score.add_article(article.text, article.id, statements, gold.get(article.id, []))
    return score, failures
