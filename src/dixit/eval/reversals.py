"""Scoring reported reversals against a gold file (``corpus/reversals_fr``'s rule).

A predicted reversal matches a gold one when the speaker agrees (a word of the gold name in
the predicted name) and at least half of the words of each gold side's content are in the
predicted side's content. Recall is over the gold reversals; a prediction on an article
marked ``no_reversal``, or one that matches nothing, counts against precision. Each gold
reversal is matched at most once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dixit.analyse.words import words

#: Share of a gold content's words that the predicted content must hold.
CONTENT_SHARE = 0.5


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """The records of a JSON-lines file, blank lines skipped."""
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def word_set(text: str | None) -> set[str]:
    return {w.text.strip("'") for w in words(text or "")} - {""}


def speaker_agrees(gold_name: str | None, predicted_name: str | None) -> bool:
    """A word of the gold name is a word of the predicted name."""
    return bool(word_set(gold_name) & word_set(predicted_name))


def content_covered(gold: str | None, predicted: str | None) -> bool:
    """At least half the gold content's words are in the predicted content."""
    wanted = word_set(gold)
    return bool(wanted) and len(wanted & word_set(predicted)) >= CONTENT_SHARE * len(wanted)


def sides_match(gold: dict[str, Any], predicted: dict[str, Any]) -> bool:
    """Both sides' contents match, whoever the speaker."""
    return content_covered(
        gold["before"]["content"], predicted["before"]["content"]
    ) and content_covered(gold["after"]["content"], predicted["after"]["content"])


def matches(gold: dict[str, Any], predicted: dict[str, Any]) -> bool:
    """The scoring rule for one gold line and one predicted reversal (both as JSON)."""
    name = (predicted.get("speaker") or {}).get("name")
    return speaker_agrees(gold.get("speaker"), name) and sides_match(gold, predicted)


def reachable(gold_lines: Iterable[dict[str, Any]], statements: dict[str, list[Any]]) -> int:
    """How many gold reversals two distinct statements of the article could show (each
    side's content covered), whoever their speaker: the ceiling that extraction sets."""
    count = 0
    for gold in gold_lines:
        if gold.get("no_reversal"):
            continue
        found = statements.get(gold["article"], [])
        befores = {s.id for s in found if content_covered(gold["before"]["content"], s.content)}
        afters = {s.id for s in found if content_covered(gold["after"]["content"], s.content)}
        if befores and afters and (len(befores | afters) > 1):
            count += 1
    return count


def distinct(predicted: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each change once: a reversal both reported and computed shows the same two sides."""
    kept: dict[tuple[Any, ...], dict[str, Any]] = {}
    for reversal in predicted:
        sides = [
            (reversal[k]["article"], *reversal[k]["content_span"]) for k in ("before", "after")
        ]
        key = (reversal["speaker"]["id"], *sides)
        kept.setdefault(key, reversal)
    return list(kept.values())


@dataclass
class ReversalScore:
    """Counts and the pairs behind them, for ``--show-errors``-style reading."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    #: Predictions whose two sides match a gold reversal when the speaker is not compared.
    sides_matched: int = 0
    missed: list[dict[str, Any]] = field(default_factory=list)
    wrong: list[dict[str, Any]] = field(default_factory=list)
    #: (gold, predicted) of each match, for the stance accuracy.
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)

    @property
    def stance_accuracy(self) -> float:
        """Share of the matched reversals' sides (before and after) whose predicted stance
        is the gold one: how well a position's stance is read once the position is found."""
        sides = [
            (g[k].get("stance"), p[k].get("stance"))
            for g, p in self.pairs
            for k in ("before", "after")
            if g[k].get("stance")
        ]
        return sum(a == b for a, b in sides) / len(sides) if sides else 0.0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    def figures(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "sides_matched": self.sides_matched,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "stance_accuracy": round(self.stance_accuracy, 3),
        }


def score(
    gold_lines: Iterable[dict[str, Any]], predicted: Iterable[dict[str, Any]]
) -> ReversalScore:
    """Score predicted reversals (JSON, each with ``evidence.article`` or ``after.article``)
    against gold lines."""
    by_article: dict[str, list[dict[str, Any]]] = {}
    for line in gold_lines:
        if not line.get("no_reversal"):
            by_article.setdefault(line["article"], []).append(line)
    result = ReversalScore(gold=sum(len(v) for v in by_article.values()))
    used: set[str] = set()
    for reversal in predicted:
        result.predicted += 1
        article = reversal["after"]["article"]
        hit = next(
            (
                g
                for g in by_article.get(article, [])
                if g["id"] not in used and matches(g, reversal)
            ),
            None,
        )
        if any(sides_match(g, reversal) for g in by_article.get(article, [])):
            result.sides_matched += 1
        if hit is None:
            result.wrong.append(reversal)
        else:
            used.add(hit["id"])
            result.matched += 1
            result.pairs.append((hit, reversal))
    result.missed = [g for lines in by_article.values() for g in lines if g["id"] not in used]
    return result
