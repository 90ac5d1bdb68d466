"""Calibrated confidence: the fit, the reliability table, and the coefficients that ship."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dixit.cli import app
from dixit.core import analyze
from dixit.describe.confidence import (
    NAMED_ONCE,
    RULE_FAMILY,
    SPEAKER_CLASS,
    Calibration,
    Step,
    calibrate,
    calibration_for,
    features,
    length_bucket,
    speaker_mentions,
    stepped,
)
from dixit.eval.calibration import (
    DEVELOPED,
    READ,
    Bin,
    Judged,
    expected_calibration_error,
    fit,
    fit_steps,
    folds_by_article,
    judge_article,
    leave_one_set_out,
    out_of_fold,
    probability,
    reliability,
    set_held_out_steps,
)
from dixit.model import Article, ExtractionRule, Speaker, SpeakerMethod, Statement


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


def test_a_developed_set_gets_its_own_level_and_analysis_the_fresh_one() -> None:
    # the same statements, right 95 % of the time where the rules were developed and 70 %
    # elsewhere: the shipped probability is the fresh level, the developed one is only fitted
    developed = [Judged(said(n, SpeakerMethod.NAME), n % 20 != 0, DEVELOPED) for n in range(200)]
    fresh = [Judged(said(n, SpeakerMethod.NAME), n % 10 < 7) for n in range(100)]
    weights = fit(developed + fresh)
    assert weights[DEVELOPED] > 1.0
    assert Calibration(weights).probability(said(1, SpeakerMethod.NAME)) == pytest.approx(
        0.7, abs=0.03
    )
    assert probability(weights, developed[1]) == pytest.approx(0.95, abs=0.03)
    assert DEVELOPED not in features(developed[1].statement)


def test_a_read_set_gets_a_level_between_the_developed_and_the_fresh_ones() -> None:
    # right 95 % where the rules were developed, 85 % on a set helpers have read, 70 % on a
    # fresh one: each level is fitted, analysis gives the fresh one
    developed = [Judged(said(n, SpeakerMethod.NAME), n % 20 != 0, DEVELOPED) for n in range(200)]
    read = [Judged(said(n, SpeakerMethod.NAME), n % 20 >= 3, READ) for n in range(200)]
    fresh = [Judged(said(n, SpeakerMethod.NAME), n % 10 < 7) for n in range(100)]
    weights = fit(developed + read + fresh)
    assert 0 < weights[READ] < weights[DEVELOPED]
    assert probability(weights, read[5]) == pytest.approx(0.85, abs=0.03)
    assert Calibration(weights).probability(said(1, SpeakerMethod.NAME)) == pytest.approx(
        0.7, abs=0.03
    )
    assert READ not in features(read[5].statement)


def test_leave_one_set_out_never_scores_a_set_with_its_own_fit() -> None:
    # a set where every statement is wrong, scored by a fit on sets where they are right
    good = [Judged(said(n, SpeakerMethod.NAME), True) for n in range(40)]
    also = [Judged(said(n, SpeakerMethod.NAME), n % 10 != 0) for n in range(40)]
    bad = [Judged(said(n, SpeakerMethod.NAME), False) for n in range(40)]
    held = leave_one_set_out({"good": good, "also": also, "bad": bad})
    assert all(p > 0.9 for p in held["bad"])
    assert all(p < 0.7 for p in held["good"])


def spoken_by(name: str, kind: str = "person") -> Statement:
    statement = said(1, SpeakerMethod.NAME)
    statement.speaker = Speaker(name.lower().replace(" ", "-"), name, kind)  # type: ignore[arg-type]
    return statement


@pytest.mark.parametrize(
    ("name", "kind", "shape"),
    [
        ("Anne Vidal", "person", set()),
        ("Vidal", "person", {"speaker_one_word"}),
        ("Mairie de Vierzon", "organisation", {"speaker_org"}),
        ("Cher Socialist MP Anne Vidal", "person", {"speaker_long_name"}),
    ],
)
def test_the_shape_of_the_speaker_name(name, kind, shape) -> None:
    found = {f for f in features(spoken_by(name, kind)) if f.startswith("speaker_")}
    assert found == shape
    assert NAMED_ONCE not in found  # given only with the article's text


def test_no_speaker_has_no_name_shape() -> None:
    assert not {f for f in features(said(1, None)) if f.startswith("speaker_")}


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


def by(speaker: str | None, n: int = 1) -> Statement:
    statement = said(n, SpeakerMethod.NAME if speaker else None)
    if speaker:
        statement.speaker = Speaker(speaker.lower().replace(" ", "-"), speaker)
    return statement


ARTICLE = (
    "Vierzon : la mairie rouvrira la piscine\n"
    "La maire Anne Vidal a annoncé lundi que la piscine rouvrirait en juin. "
    "Selon Vidal, les travaux sont presque finis. Paul Garnier, de l'opposition, doute "
    "du calendrier. « Le chantier a pris du retard », a répété Anne Vidal."
)


def test_how_many_times_the_article_names_the_speaker() -> None:
    assert speaker_mentions(by("Anne Vidal"), ARTICLE) == 3
    assert speaker_mentions(by("Paul Garnier"), ARTICLE) == 1
    assert speaker_mentions(by("Léa Morel"), ARTICLE) == 0  # resolved through a description
    assert speaker_mentions(by(None), ARTICLE) is None


def test_a_speaker_named_once_is_a_feature_a_protagonist_is_not() -> None:
    assert features(by("Paul Garnier"), 1)[NAMED_ONCE] == 1.0
    assert features(by("Léa Morel"), 0)[NAMED_ONCE] == 1.0
    assert NAMED_ONCE not in features(by("Anne Vidal"), 3)
    assert NAMED_ONCE not in features(by(None), None)
    assert NAMED_ONCE not in features(by("Paul Garnier"))  # not known: not given


def test_the_fit_learns_that_a_speaker_named_once_is_more_often_wrong() -> None:
    # the protagonist right 9 times in 10, a speaker named once 5 in 10
    examples = [Judged(by("Anne Vidal", n), n % 10 != 0, mentions=3) for n in range(100)]
    examples += [Judged(by("Paul Garnier", n), n % 2 == 0, mentions=1) for n in range(60)]
    weights = fit(examples)
    assert weights[NAMED_ONCE] < 0
    assert probability(weights, examples[1]) > probability(weights, examples[-1])


def test_judging_an_article_counts_each_speaker_mentions() -> None:
    article = Article(text=ARTICLE, language="fr", id="a1")
    statements = [by("Anne Vidal"), by("Paul Garnier"), by(None)]
    found = judge_article(article, statements, [])
    assert [j.mentions for j in found] == [3, 1, None]
    assert not any(j.right for j in found)


def test_the_shipped_coefficients_trust_a_speaker_named_throughout_more() -> None:
    calibration = calibration_for("fr")
    assert calibration is not None
    protagonist = calibration.score(by("Anne Vidal"), speaker_mentions(by("Anne Vidal"), ARTICLE))
    once = calibration.score(by("Paul Garnier"), speaker_mentions(by("Paul Garnier"), ARTICLE))
    assert protagonist > once
    statements = [by("Anne Vidal"), by("Paul Garnier")]
    calibrate(statements, ARTICLE, "fr")  # the steps may give both the same value
    assert statements[0].confidence >= statements[1].confidence


def test_steps_read_the_score_as_a_few_values() -> None:
    steps = (Step(0.6, 0.41), Step(0.8, 0.72), Step(1.0, 0.86))
    assert [stepped(p, steps) for p in (0.1, 0.59, 0.6, 0.79, 0.95, 1.0)] == [
        0.41,
        0.41,
        0.72,
        0.72,
        0.86,
        0.86,
    ]
    assert stepped(0.63, ()) == 0.63  # without steps the score is the confidence
    weights = {"bias": 0.0}
    assert Calibration(weights, steps).probability(said(1, None)) == 0.41
    assert Calibration(weights).probability(said(1, None)) == 0.5


def test_fitted_steps_keep_the_ranking_and_the_mean_of_their_statements() -> None:
    # named speakers right 9 in 10, unresolved ones 3 in 10: two classes, two steps
    examples = [Judged(said(n, SpeakerMethod.NAME), n % 10 != 0) for n in range(100)]
    examples += [Judged(said(n, None), n % 10 < 3) for n in range(100, 150)]
    weights = fit(examples)
    steps = fit_steps(weights, examples, 3)
    assert len(steps) == 2  # statements of the same score stay together: no empty step
    assert [s.below for s in steps] == sorted(s.below for s in steps)
    assert steps[-1].below == 1.0
    assert steps[0].confidence == pytest.approx(0.3, abs=0.05)
    assert steps[1].confidence == pytest.approx(0.9, abs=0.05)
    assert fit_steps(weights, examples, 0) == ()


def test_held_out_steps_are_fitted_without_the_held_out_set() -> None:
    good = [Judged(said(n, SpeakerMethod.NAME), True) for n in range(40)]
    also = [Judged(said(n, SpeakerMethod.NAME), n % 10 != 0) for n in range(40)]
    bad = [Judged(said(n, SpeakerMethod.NAME), False) for n in range(40)]
    sets = {"good": good, "also": also, "bad": bad}
    held = leave_one_set_out(sets, steps=3)
    assert all(p > 0.9 for p in held["bad"])
    errors = set_held_out_steps(sets, 1.0, (0, 3))
    assert set(errors) == {0, 3} and all(0 <= e <= 1 for e in errors.values())


def test_the_shipped_files_have_a_few_steps_in_order() -> None:
    calibration = calibration_for("fr")
    assert calibration is not None
    bounds = [s.below for s in calibration.steps]
    assert bounds == sorted(bounds) and (not bounds or bounds[-1] == 1.0)
    values = [s.confidence for s in calibration.steps]
    assert values == sorted(values)
