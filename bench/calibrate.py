"""Fit dixit's confidence on the real French dev gold and check it on the held-out sets.

Usage:
    python bench/calibrate.py            # fit on real_fr/dev, print the reliability tables
    python bench/calibrate.py --write    # and write src/dixit/lang/fr/calibration.yaml

Each set is analysed once; the coefficients fitted on dev are applied to the statements of
dev, real_fr/blind (watch only: never tune on it) and the colleague's scratch set when
present, and each gets its reliability table and expected calibration error
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
    reliability,
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "real_fr"
SCRATCH = Path("/work/scratch/real_extra")
SETS = {
    "real_fr dev": (CORPUS / "dev" / "gold.jsonl", CORPUS / "dev" / "articles.jsonl"),
    "real_fr blind": (CORPUS / "blind" / "gold.jsonl", CORPUS / "blind" / "articles.jsonl"),
    "scratch": (SCRATCH / "gold.jsonl", SCRATCH / "articles.jsonl"),
}
#: Ridge penalties tried; the one with the lowest out-of-fold log loss on dev is kept.
RIDGES = (0.3, 1.0, 3.0, 10.0, 30.0)
TARGET = ROOT / "src" / "dixit" / "lang" / "fr" / "calibration.yaml"
HEADER = """\
# Calibrated confidence of French statements (dixit.describe.confidence, docs/calibration.md):
# logistic coefficients by feature, fitted on shared/corpus/real_fr/dev by
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
    print("  bin        n   confidence  right")
    for b in table:
        conf = "" if b.confidence is None else f"{b.confidence:.3f}"
        right = "" if b.right is None else f"{b.right:.3f}"
        print(f"  {b.low:.1f}-{b.high:.1f}  {b.count:4d}  {conf:>10}  {right:>5}")
    return ece


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write {TARGET.name}")
    args = parser.parse_args()
    found = {
        name: judged(gold, articles)
        for name, (gold, articles) in SETS.items()
        if gold.is_file() and articles.is_file()
    }
    dev = found["real_fr dev"]
    losses = cross_validated_ridge(dev, RIDGES)
    print("ridge penalty: out-of-fold log loss on dev (5 folds by article)")
    for ridge, loss in losses.items():
        print(f"  {ridge:6.1f}  {loss:.4f}")
    ridge = min(losses, key=lambda r: losses[r])
    print(f"chosen: {ridge}")
    weights = fit(dev, ridge)
    calibration = Calibration(weights)
    for name, examples in found.items():
        rescored = [
            Judged(replace(e.statement, confidence=calibration.probability(e.statement)), e.right)
            for e in examples
        ]
        print_table(name, rescored)
    if args.write:
        body = yaml.safe_dump({"weights": weights}, allow_unicode=True, sort_keys=True)
        TARGET.write_text(HEADER + body, encoding="utf-8")
        print(f"\nwrote {TARGET}")


if __name__ == "__main__":
    main()
