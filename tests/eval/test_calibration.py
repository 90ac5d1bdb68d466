"""Calibrated confidence: the fit, the reliability table, and the coefficients that ship."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dixit.cli import app
from dixit.core import analyze
from dixit.describe.confidence import Calibration, calibration_for, features
from dixit.eval.calibration import (
    Bin,
    Judged,
    expected_calibration_error,
    fit,
    reliability,
)
from dixit.model import Article, SpeakerMethod, Statement


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
    assert weights["speaker_method=none"] < weights["speaker_method=name"]
    calibration = Calibration(weights)
    named = calibration.probability(said(1, SpeakerMethod.NAME))
    nobody = calibration.probability(said(1, None))
    assert named == pytest.approx(0.9, abs=0.06)
    assert nobody == pytest.approx(0.25, abs=0.08)


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
    assert "speaker_method=none" in features(unknown)


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
