"""Fit dixit's confidence on several gold sets, held out set by set, and watch the blind sets.

Usage:
    python bench/calibrate.py            # fit, print the reliability tables
    python bench/calibrate.py --shipped  # and each set's table under the shipped coefficients
    python bench/calibrate.py --write    # and write lang/fr and lang/en calibration.yaml
    python bench/calibrate.py --watch    # and score the blind sets (once, with the final fit)

The fit pools French and English gold sets, each at a fitting-only level
(``dixit.eval.calibration.LEVELS``). Three are sets the rules were **developed** on
(``real_fr/dev``, ``real_en/dev``, and the colleague's scratch set, whose failure classes the
helpers worked on): dixit is right more often there than on articles nobody has read. Others were
annotated to measure dixit and have since been **read** by helpers for a session
(``real_extra2``, ``en_extra``, ``real_extra3``, ``en_extra2``, ``real_extra4``,
``en_extra3``, ``real_extra5``, ``en_extra4``). The coefficients ship at the level of the
**fresh** sets, annotated to measure dixit and read by nobody (``real_extra6``,
``en_extra5``), each scored
under the shipped coefficients (``--shipped``) before it joined the fit. The ridge penalty is
chosen by leave-one-set-out log loss; each set's table is its held-out one (coefficients
fitted on the other sets only), the figure that predicts a set nobody has seen. The blind sets
are scored once with the final fit, to watch: never tune on them (``docs/calibration.md``). A
fresh set stops being fresh once rules are tuned on its errors: make it ``READ`` at the next
refit (``DEVELOPED`` once the rules have been written on it for several sessions).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

from dixit.eval.calibration import (
    DEVELOPED,
    READ,
    Judged,
    expected_calibration_error,
    fit,
    fit_steps,
    judged,
    leave_one_set_out,
    log_loss,
    probability,
    reliability,
    set_held_out_ridge,
    set_held_out_steps,
    with_confidence,
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SCRATCH = Path("/work/scratch")


def gold_set(folder: Path, gold: str = "gold.jsonl") -> tuple[Path, Path]:
    return folder / gold, folder / "articles.jsonl"


#: The sets the coefficients are fitted on, with their fitting-only level (None: fresh).
FIT_SETS: dict[str, tuple[tuple[Path, Path], str | None]] = {
    "real_fr dev": (gold_set(CORPUS / "real_fr" / "dev"), DEVELOPED),
    "scratch": (gold_set(SCRATCH / "real_extra"), DEVELOPED),
    "real_en dev": (gold_set(CORPUS / "real_en" / "dev"), DEVELOPED),
    "real_extra2": (gold_set(SCRATCH / "real_extra2"), READ),
    "en_extra": (gold_set(SCRATCH / "en_extra"), READ),
    "real_extra3": (gold_set(SCRATCH / "real_extra3"), READ),
    "en_extra2": (gold_set(SCRATCH / "en_extra2"), READ),
    "real_extra4": (gold_set(SCRATCH / "real_extra4"), READ),
    "en_extra3": (gold_set(SCRATCH / "en_extra3"), READ),
    "real_extra5": (gold_set(SCRATCH / "real_extra5"), READ),
    "en_extra4": (gold_set(SCRATCH / "en_extra4"), READ),
    "real_extra6": (gold_set(SCRATCH / "real_extra6"), None),
    "en_extra5": (gold_set(SCRATCH / "en_extra5"), None),
}
#: The sets only watched with the final fit.
WATCH_SETS = {
    "real_fr blind": gold_set(CORPUS / "real_fr" / "blind"),
    "real_en blind": gold_set(CORPUS / "real_en" / "blind"),
}
#: Ridge penalties tried; the one with the lowest leave-one-set-out log loss is kept.
RIDGES = (1.0, 3.0, 10.0)
#: Numbers of steps of the shipped confidence tried (0: the score itself); the one with the
#: lowest mean expected calibration error of the sets, each held out, is kept.
STEP_COUNTS = (0, 3, 4, 5)
TARGETS = [ROOT / "src" / "dixit" / "lang" / code / "calibration.yaml" for code in ("fr", "en")]
HEADER = """\
# Calibrated confidence of statements (dixit.describe.confidence, docs/calibration.md):
# logistic coefficients by feature, fitted on {sets} (pooled, French and English) by
# bench/calibrate.py --write. Right = matched to gold by the shared scoring rule and, when the
# gold names the speaker, with that speaker. "developed" and "read" are the extra levels of
# the sets the rules were developed on ({developed}) and of those helpers have read ({read}):
# fitting-only features, never given at analysis (the level of the fresh sets: {fresh}).
# "steps": the shipped confidence takes a few values, the mean score of the statements whose
# score falls below each bound (docs/calibration.md). Do not edit by hand: refit.
"""


def print_table(name: str, examples: list[Judged]) -> float:
    table = reliability(examples)
    ece = expected_calibration_error(table)
    right = sum(e.right for e in examples)
    mean = sum(e.statement.confidence for e in examples) / max(len(examples), 1)
    loss = log_loss(examples, [e.statement.confidence for e in examples])
    print(
        f"\n{name}: {len(examples)} statements, {right} right, mean confidence {mean:.3f}, "
        f"ECE {ece:.3f}, log loss {loss:.3f}"
    )
    print("| confidence | statements | mean confidence | right |")
    print("| --- | --- | --- | --- |")
    for b in table:
        if b.count and b.confidence is not None and b.right is not None:
            print(f"| {b.low:.1f}-{b.high:.1f} | {b.count} | {b.confidence:.3f} | {b.right:.3f} |")
    return ece


def present(paths: tuple[Path, Path]) -> bool:
    return all(p.is_file() for p in paths)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write the calibration files")
    parser.add_argument(
        "--shipped", action="store_true", help="also score each set with the shipped coefficients"
    )
    parser.add_argument(
        "--watch", action="store_true", help="score the blind sets with the final fit (watch)"
    )
    args = parser.parse_args()
    found = {
        name: judged(*paths, level=level)
        for name, (paths, level) in FIT_SETS.items()
        if present(paths)
    }
    if args.shipped:
        for name, examples in found.items():
            print_table(f"{name}, shipped coefficients", examples)
    losses = set_held_out_ridge(found, RIDGES)
    print(f"\nridge penalty: leave-one-set-out log loss over {', '.join(found)}")
    for ridge, loss in losses.items():
        print(f"  {ridge:6.1f}  {loss:.4f}")
    ridge = min(losses, key=lambda r: losses[r])
    print(f"chosen: {ridge}")
    errors = set_held_out_steps(found, ridge, STEP_COUNTS)
    print("\nsteps: mean leave-one-set-out ECE of the sets (0: the score itself)")
    for count, error in errors.items():
        print(f"  {count:6d}  {error:.4f}")
    steps = min(errors, key=lambda c: errors[c])
    print(f"chosen: {steps}")
    held = leave_one_set_out(found, ridge, steps)
    for name, examples in found.items():
        level = FIT_SETS[name][1] or "fresh"
        print_table(f"{name} ({level}), held out", with_confidence(examples, held[name]))
    fresh = [n for n in found if FIT_SETS[n][1] is None]
    print_table(
        "fresh sets, held out",
        [e for n in fresh for e in with_confidence(found[n], held[n])],
    )
    every = [e for examples in found.values() for e in examples]
    weights = fit(every, ridge)
    fitted = fit_steps(weights, every, steps)
    for name, paths in WATCH_SETS.items() if args.watch else ():
        if present(paths):
            examples = judged(*paths)
            print_table(
                f"{name} (watch only)",
                with_confidence(examples, [probability(weights, e, fitted) for e in examples]),
            )
    print("\nweights:")
    for name, weight in sorted(weights.items(), key=lambda kv: kv[1]):
        print(f"  {weight:+.3f}  {name}")
    print("steps (score below -> confidence):")
    for step in fitted:
        print(f"  {step.below:.4f} -> {step.confidence:.3f}")
    if args.write:
        data = {
            "weights": weights,
            "steps": [{"below": s.below, "confidence": s.confidence} for s in fitted],
        }
        body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)

        def named(level: str | None) -> str:
            return ", ".join(n for n in found if FIT_SETS[n][1] == level) or "none"

        header = HEADER.format(
            sets=", ".join(found), developed=named(DEVELOPED), read=named(READ), fresh=named(None)
        )
        for target in TARGETS:
            target.write_text(header + body, encoding="utf-8")
            print(f"wrote {target}")


if __name__ == "__main__":
    main()
