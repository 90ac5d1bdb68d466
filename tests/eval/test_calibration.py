"""Calibrated confidence: the fit, the reliability table, and the coefficients that ship."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dixit.cli import app
from dixit.core import analyze
from dixit.describe.confidence import (
    RULE_FAMILY,
    SPEAKER_CLASS,
    Calibration,
    calibration_for,
    features,
    length_bucket,
)
from dixit.eval.calibration import (
    Bin,
    Judged,
    expected_calibration_error,
    fit,
    folds_by_article,
    out_of_fold,
    reliability,
)
from dixit.model import Article, ExtractionRule, SpeakerMethod, Statement


def said(n: int, method: SpeakerMethod | None, confidence: float = 0.5) -> Statement:
    from dixit.model import Speaker

    speaker = Speaker("x", "X") if method else None
    return Statement(
        article=f"a{n % 7}",
        kind="indirect",
        content="la ligne sera rouverte",
        content_span=(n * 30, n * 30 + 22),
        speaker=speaker,
        speaker_method=method,
        method="que",
        confidence=confidence,
    )


def test_the_fit_learns_that_a_missing_speaker_is_mostly_wrong() -> None:
    examples = [Judged(said(n, SpeakerMethod.NAME), n % 10 != 0) for n in range(60)]
    examples += [Judged(said(n, None), n % 4 == 0) for n in range(60, 100)]
    weights = fit(examples)
    assert weights["speaker=none"] < weights["speaker=named"]
    calibration = Calibration(weights)
    named = calibration.probability(said(1, SpeakerMethod.NAME))
    nobody = calibration.probability(said(1, None))
    assert named == pytest.approx(0.9, abs=0.06)
    assert nobody == pytest.approx(0.25, abs=0.08)


def test_every_rule_and_speaker_method_has_its_coarse_class() -> None:
    # a new rule or method must be given a family, not fall silently into "other"
    assert set(RULE_FAMILY) == set(ExtractionRule)
    assert set(SPEAKER_CLASS) == set(SpeakerMethod)


def test_length_buckets() -> None:
    assert length_bucket("non") == "short"
    assert length_bucket("x" * 120) == "medium"
    assert length_bucket("x" * 400) == "long"


def test_out_of_fold_never_scores_an_article_with_its_own_fit() -> None:
    # articles a0..a6; in a3 every statement is wrong, elsewhere right: a fit that saw a3
    # would give its feature-identical statements a lower score than one that did not
    examples = [Judged(said(n, SpeakerMethod.NAME), n % 7 != 3) for n in range(70)]
    folds = folds_by_article(examples, 7)
    by_article: dict[str, set[int]] = {}
    for e, f in zip(examples, folds, strict=True):
        by_article.setdefault(e.statement.article, set()).add(f)
    assert all(len(f) == 1 for f in by_article.values())
    held = out_of_fold(examples, folds=7)
    seen = Calibration(fit(examples)).probability(said(3, SpeakerMethod.NAME))
    in_a3 = [p for e, p in zip(examples, held, strict=True) if e.statement.article == "a3"]
    assert all(p > seen for p in in_a3)
    assert all(p > 0.95 for p in in_a3)


def test_reliability_bins_and_expected_error() -> None:
    examples = [Judged(said(n, None, 0.85), n < 8) for n in range(10)]
    examples += [Judged(said(n, None, 0.15), n < 3) for n in range(10)]
    table = reliability(examples)
    assert len(table) == 10 and sum(b.count for b in table) == 20
    high = table[8]
    assert high.count == 10 and high.right == pytest.approx(0.8)
    assert high.confidence == pytest.approx(0.85)
    # each bin is off by 0.05 (0.85 against 0.8, 0.15 against 0.3 is 0.15): weighted mean
    assert expected_calibration_error(table) == pytest.approx((0.05 + 0.15) / 2)
    assert expected_calibration_error([Bin(0, 0.1, 0, None, None)]) == 0.0


def test_the_shipped_french_coefficients_rank_an_unresolved_speaker_lower(nlp) -> None:
    assert calibration_for("fr") is not None
    text = (
        "« Le chantier est lancé », a déclaré la maire de Vierzon, Anne Vidal.\n"
        "Ils ont affirmé que la décision serait connue vendredi."
    )
    found = analyze(Article(text=text, language="fr"), nlp=nlp)
    named = next(s for s in found if s.speaker is not None)
    unknown = next(s for s in found if s.speaker is None)
    assert 0 < unknown.confidence < named.confidence < 1
    assert "speaker=none" in features(unknown)


def test_the_shipped_english_coefficients_are_the_same_model() -> None:
    english, french = calibration_for("en"), calibration_for("fr")
    assert english is not None and french is not None
    assert english.weights == french.weights


def test_eval_prints_the_reliability_table(dev_dir) -> None:
    result = CliRunner().invoke(
        app,
        [
            "eval",
            "--calibration",
            "--format",
            "json",
            "--gold",
            str(dev_dir / "gold.jsonl"),
            "--articles",
            str(dev_dir / "articles.jsonl"),
        ],
    )
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert len(body["bins"]) == 10
    assert sum(b["count"] for b in body["bins"]) == body["statements"] > 0
    assert 0 <= body["ece"] <= 1
