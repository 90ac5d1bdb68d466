"""Fit dixit's confidence on several gold sets, cross-validated, and watch the blind sets.

Usage:
    python bench/calibrate.py            # fit, print the reliability tables
    python bench/calibrate.py --write    # and write lang/fr and lang/en calibration.yaml

The fit pools ``real_fr/dev``, the colleague's scratch set (when present) and ``real_en/dev``:
one set's articles are too few and too alike (the rules were developed on them) to set the
level of news at large. The ridge penalty is chosen by out-of-fold log loss over 5 folds by
article of the pool; each fitting set's reliability table is then its out-of-fold one
(``dixit.eval.calibration.out_of_fold``: no statement scored by coefficients fitted on its own
article). The blind sets are scored once with the final fit, to watch: never tune on them
(``docs/calibration.md``).
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

import yaml

from dixit.describe.confidence import Calibration
from dixit.eval.calibration import (
    Judged,
    cross_validated_ridge,
    expected_calibration_error,
    fit,
    judged,
    out_of_fold,
    reliability,
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SCRATCH = Path("/work/scratch/real_extra")


def gold_set(folder: Path) -> tuple[Path, Path]:
    return folder / "gold.jsonl", folder / "articles.jsonl"


#: The sets the coefficients are fitted on.
FIT_SETS = {
    "real_fr dev": gold_set(CORPUS / "real_fr" / "dev"),
    "scratch": gold_set(SCRATCH),
    "real_en dev": gold_set(CORPUS / "real_en" / "dev"),
}
#: The sets only watched with the final fit.
WATCH_SETS = {
    "real_fr blind": gold_set(CORPUS / "real_fr" / "blind"),
    "real_en blind": gold_set(CORPUS / "real_en" / "blind"),
}
#: Ridge penalties tried; the one with the lowest out-of-fold log loss is kept.
RIDGES = (1.0, 3.0, 10.0, 30.0)
TARGETS = [ROOT / "src" / "dixit" / "lang" / code / "calibration.yaml" for code in ("fr", "en")]
HEADER = """\
# Calibrated confidence of statements (dixit.describe.confidence, docs/calibration.md):
# logistic coefficients by feature, fitted on {sets} (pooled, French and English) by
# bench/calibrate.py --write. Right = matched to gold by the shared scoring rule and, when the
# gold names the speaker, with that speaker. Do not edit by hand: refit.
"""


def print_table(name: str, examples: list[Judged]) -> float:
    table = reliability(examples)
    ece = expected_calibration_error(table)
    print(
        f"\n{name}: {len(examples)} statements, {sum(e.right for e in examples)} right, "
        f"ECE {ece:.3f}"
    )
    print("| confidence | statements | mean confidence | right |")
    print("| --- | --- | --- | --- |")
    for b in table:
        if b.count and b.confidence is not None and b.right is not None:
            print(f"| {b.low:.1f}-{b.high:.1f} | {b.count} | {b.confidence:.3f} | {b.right:.3f} |")
    return ece


def scored(examples: list[Judged], probabilities: list[float]) -> list[Judged]:
    return [
        Judged(replace(e.statement, confidence=p), e.right)
        for e, p in zip(examples, probabilities, strict=True)
    ]


def load(sets: dict[str, tuple[Path, Path]]) -> dict[str, list[Judged]]:
    return {
        name: judged(gold, articles)
        for name, (gold, articles) in sets.items()
        if gold.is_file() and articles.is_file()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write the calibration files")
    args = parser.parse_args()
    found = load(FIT_SETS)
    pool = [e for examples in found.values() for e in examples]
    losses = cross_validated_ridge(pool, RIDGES)
    print(f"ridge penalty: out-of-fold log loss, 5 folds by article of {', '.join(found)}")
    for ridge, loss in losses.items():
        print(f"  {ridge:6.1f}  {loss:.4f}")
    ridge = min(losses, key=lambda r: losses[r])
    print(f"chosen: {ridge}")
    held = scored(pool, out_of_fold(pool, ridge))
    print_table("pool, cross-validated", held)
    start = 0
    for name, examples in found.items():
        print_table(f"{name}, cross-validated", held[start : start + len(examples)])
        start += len(examples)
    weights = fit(pool, ridge)
    calibration = Calibration(weights)
    for name, examples in load(WATCH_SETS).items():
        probabilities = [calibration.probability(e.statement) for e in examples]
        print_table(f"{name} (watch only)", scored(examples, probabilities))
    print("\nweights:")
    for name, weight in sorted(weights.items(), key=lambda kv: kv[1]):
        print(f"  {weight:+.3f}  {name}")
    if args.write:
        body = yaml.safe_dump({"weights": weights}, allow_unicode=True, sort_keys=True)
        header = HEADER.format(sets=", ".join(found))
        for target in TARGETS:
            target.write_text(header + body, encoding="utf-8")
            print(f"wrote {target}")


if __name__ == "__main__":
    main()
