"""Calibration of ``confidence``: fit on a gold set, and the reliability table that checks it.

A statement is right when the shared scoring rule matches it to a gold statement and, if the
gold names the speaker, dixit's canonical speaker is that one (``docs/calibration.md``).
``fit`` finds the logistic coefficients over ``dixit.describe.confidence.features`` by
Newton's method with a ridge penalty (numpy only), which shrinks a rare class's weight towards
the base rate; ``out_of_fold`` scores each article with coefficients fitted without it, and
``leave_one_set_out`` each gold set with coefficients fitted on the others (the figure that
predicts a set nobody has seen); ``reliability`` bins statements by
confidence in ten equal bins and ``expected_calibration_error`` weighs each bin's gap
between mean confidence and share right by its size.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from dixit.core import analyze_many
from dixit.describe.confidence import (
    BIAS,
    Calibration,
    Step,
    features,
    speaker_mentions,
)
from dixit.eval.run import load_gold
from dixit.eval.scoring import match, normalise_name
from dixit.ingest.sources import Failure, read_jsonl
from dixit.model import Article, Statement

#: Ridge penalty of the fit (not applied to the constant).
RIDGE = 1.0
#: Bins of the reliability table.
BINS = 10


#: A fitting-only level: the statement comes from a set the rules were developed on. Its
#: weight takes up how much more often dixit is right on the articles its rules were read
#: against than on others; ``features`` never gives it, so at analysis time (on articles no
#: rule was developed on) it weighs nothing.
DEVELOPED = "developed"
#: A fitting-only level: the statement comes from a set annotated to measure dixit whose
#: errors helpers have since read (for a session, not the rules' whole history): less fresh
#: than a set nobody has read, less developed than the sets the rules were written on.
READ = "read"
#: The fitting-only levels; a set without one is **fresh** (its level is the one analysis uses).
LEVELS = (DEVELOPED, READ)


@dataclass(frozen=True)
class Judged:
    """A statement dixit found, whether the gold says it is right, the fitting-only level of
    its set (one of ``LEVELS``, or None for a fresh set), and how many times its article names
    the speaker (``dixit.describe.confidence.speaker_mentions``; None: not known, or no
    speaker)."""

    statement: Statement
    right: bool
    level: str | None = None
    mentions: int | None = None


def fit_row(example: Judged) -> dict[str, float]:
    """The features of one example as the fit sees them: the statement's, and its set's level."""
    found = features(example.statement, example.mentions)
    if example.level is not None:
        found[example.level] = 1.0
    return found


def judged(
    gold_path: Path, articles_path: Path, *, model: str | None = None, level: str | None = None
) -> list[Judged]:
    """Analyse the articles and judge each statement found against the gold; ``level`` is the
    set's fitting-only level (``LEVELS``; None: a fresh set)."""
    gold = load_gold(gold_path)
    articles = [a for a in read_jsonl(articles_path) if not isinstance(a, Failure)]
    language = articles[0].language if articles else None
    found: list[Judged] = []
    for article, statements in analyze_many(articles, model=model, language=language):
        found.extend(judge_article(article, statements, gold.get(article.id, []), level))
    return found


def judge_article(
    article: Article, statements: list[Statement], gold: list[dict], level: str | None = None
) -> list[Judged]:
    """Each statement of one article, right or not by the shared rule and the speaker."""
    pairs = dict(match(article.text, statements, gold))
    judged_here: list[Judged] = []
    for i, statement in enumerate(statements):
        g = pairs.get(i)
        right = g is not None
        if right and gold[g].get("speaker"):
            got = statement.speaker.name if statement.speaker else None
            right = normalise_name(got) == normalise_name(gold[g]["speaker"])
        mentions = speaker_mentions(statement, article.text)
        judged_here.append(Judged(statement, right, level, mentions))
    return judged_here


def fit(examples: Sequence[Judged], ridge: float = RIDGE, steps: int = 50) -> dict[str, float]:
    """Logistic coefficients by feature name, fitted to ``examples``."""
    rows = [fit_row(e) for e in examples]
    names = sorted({name for row in rows for name in row})
    index = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for r, row in enumerate(rows):
        for name, value in row.items():
            x[r, index[name]] = value
    y = np.array([1.0 if e.right else 0.0 for e in examples])
    penalty = np.full(len(names), ridge)
    penalty[index[BIAS]] = 0.0
    for level in LEVELS:  # a level, like the constant: not shrunk
        if level in index:
            penalty[index[level]] = 0.0
    w = np.zeros(len(names))
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(len(names))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return {name: round(float(w[index[name]]), 4) for name in names}


@dataclass(frozen=True)
class Bin:
    """One row of the reliability table."""

    low: float
    high: float
    count: int
    confidence: float | None
    right: float | None


def reliability(examples: Iterable[Judged], bins: int = BINS) -> list[Bin]:
    """Statements by confidence in ``bins`` equal bins: how many, mean confidence, share right."""
    grouped: list[list[Judged]] = [[] for _ in range(bins)]
    for e in examples:
        grouped[min(int(e.statement.confidence * bins), bins - 1)].append(e)
    table = []
    for i, group in enumerate(grouped):
        mean = sum(e.statement.confidence for e in group) / len(group) if group else None
        share = sum(e.right for e in group) / len(group) if group else None
        table.append(Bin(i / bins, (i + 1) / bins, len(group), mean, share))
    return table


def expected_calibration_error(table: Sequence[Bin]) -> float:
    """The bins' gaps |confidence - share right|, weighted by their share of statements."""
    total = sum(b.count for b in table)
    if not total:
        return 0.0
    return sum(
        b.count / total * abs(b.confidence - b.right)
        for b in table
        if b.count and b.confidence is not None and b.right is not None
    )


def log_loss(examples: Sequence[Judged], probabilities: Sequence[float]) -> float:
    """Mean negative log-likelihood of the judgements under ``probabilities``."""
    eps = 1e-6
    total = 0.0
    for e, p in zip(examples, probabilities, strict=True):
        p = min(max(p, eps), 1 - eps)
        total -= np.log(p) if e.right else np.log(1 - p)
    return total / len(examples) if examples else 0.0


def folds_by_article(examples: Sequence[Judged], folds: int) -> list[int]:
    """Each example's fold: whole articles go to one fold (a statement is never scored by
    coefficients fitted on its own article), in the order of their ids."""
    articles = sorted({e.statement.article for e in examples})
    fold_of = {a: i % folds for i, a in enumerate(articles)}
    return [fold_of[e.statement.article] for e in examples]


def out_of_fold(examples: Sequence[Judged], ridge: float = RIDGE, folds: int = 5) -> list[float]:
    """Each example's probability under coefficients fitted on the other folds: what the
    calibration would say of articles it has never seen."""
    fold = folds_by_article(examples, folds)
    probabilities = [0.0] * len(examples)
    for k in range(folds):
        train = [e for e, f in zip(examples, fold, strict=True) if f != k]
        if not train:
            continue
        weights = fit(train, ridge)
        for i, e in enumerate(examples):
            if fold[i] == k:
                probabilities[i] = probability(weights, e)
    return probabilities


def fit_steps(
    weights: dict[str, float], examples: Sequence[Judged], count: int
) -> tuple[Step, ...]:
    """``count`` steps of the score (none if ``count`` < 2): bounds at its quantiles over
    ``examples`` (statements of the same score stay together), each step's confidence the
    mean score of its statements at the fresh level (what the fit says of them on a fresh
    set), so the steps keep the level and the ranking of the score in a few values."""
    if count < 2 or not examples:
        return ()
    calibration = Calibration(weights)
    scores = sorted(calibration.score(e.statement, e.mentions) for e in examples)
    bounds = sorted({float(b) for b in np.quantile(scores, [k / count for k in range(1, count)])})
    bounds.append(np.inf)
    steps = []
    low = -np.inf
    for high in bounds:
        members = [s for s in scores if low <= s < high]
        if members:
            below = 1.0 if high == np.inf else round(high, 4)
            steps.append(Step(below, round(sum(members) / len(members), 3)))
        low = high
    return tuple(steps)


def probability(weights: dict[str, float], example: Judged, steps: Sequence[Step] = ()) -> float:
    """The example's chance of being right under ``weights`` and ``steps``, at its own set's
    level (a statement of a developed or read set gets that level's weight; analysis never
    does)."""
    calibration = Calibration(weights, tuple(steps))
    p = calibration.probability(example.statement, example.mentions)
    if example.level is None or not weights.get(example.level):
        return p
    score = np.log(p / (1 - p)) + weights[example.level]
    return float(1.0 / (1.0 + np.exp(-score)))


def leave_one_set_out(
    sets: dict[str, Sequence[Judged]], ridge: float = RIDGE, steps: int = 0
) -> dict[str, list[float]]:
    """Each set's probabilities under coefficients (and ``steps`` steps, ``fit_steps``) fitted
    on the other sets only: what the calibration says of a source, an outlet mix and an
    annotator it has never seen. The held-out set of articles no rule was developed on is
    scored at the level the other sets say such articles have."""
    held: dict[str, list[float]] = {}
    for name, examples in sets.items():
        train = [e for other, rows in sets.items() if other != name for e in rows]
        weights = fit(train, ridge)
        fitted = fit_steps(weights, train, steps)
        held[name] = [probability(weights, e, fitted) for e in examples]
    return held


def set_held_out_ridge(
    sets: dict[str, Sequence[Judged]], ridges: Sequence[float]
) -> dict[float, float]:
    """Leave-one-set-out log loss of each ridge penalty over all the sets' statements: the
    penalty that best predicts a set the fit has not seen."""
    every = [e for rows in sets.values() for e in rows]
    losses = {}
    for ridge in ridges:
        held = leave_one_set_out(sets, ridge)
        losses[ridge] = log_loss(every, [p for name in sets for p in held[name]])
    return losses


def set_held_out_steps(
    sets: dict[str, Sequence[Judged]], ridge: float, counts: Sequence[int]
) -> dict[int, float]:
    """Each step count's mean expected calibration error over the sets, each held out: the
    number of values of the confidence that best keeps a set the fit has not seen calibrated
    (0: the score itself)."""
    errors = {}
    for count in counts:
        held = leave_one_set_out(sets, ridge, count)
        errors[count] = sum(
            expected_calibration_error(reliability(with_confidence(sets[name], held[name])))
            for name in sets
        ) / max(len(sets), 1)
    return errors


def with_confidence(examples: Sequence[Judged], probabilities: Sequence[float]) -> list[Judged]:
    """The examples with their statements' confidence set to ``probabilities``."""
    return [
        replace(e, statement=replace(e.statement, confidence=p))
        for e, p in zip(examples, probabilities, strict=True)
    ]


def cross_validated_ridge(
    examples: Sequence[Judged], ridges: Sequence[float], folds: int = 5
) -> dict[float, float]:
    """Out-of-fold log loss of each ridge penalty, folds by article: how to choose the penalty
    on the fitting sets alone."""
    return {ridge: log_loss(examples, out_of_fold(examples, ridge, folds)) for ridge in ridges}
