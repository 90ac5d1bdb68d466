"""Score every gold set in one run and print one line per set.

Usage::

    python bench/gold_sets.py                      # the shared sets beside the checkout
    python bench/gold_sets.py /path/to/set ...     # and folders of articles.jsonl + gold.jsonl
    python bench/gold_sets.py --json out.json ...  # also write the figures as JSON

Each folder is scored with the shared rule (``dixit eval``), in its articles' own language; the
models load once for the whole run. Sets are read, never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from corpora import SHARED

from dixit.eval.run import evaluate

SHARED_SETS = (
    SHARED / "seed",
    SHARED / "real_fr" / "dev",
    SHARED / "real_fr" / "blind",
    SHARED / "real_en" / "dev",
    SHARED / "real_en" / "blind",
)
COLUMNS = ["set", "P", "R", "F1", "direct", "indirect", "mixed", "speaker(n)", "date(n)", "over"]


def set_name(folder: Path) -> str:
    """``real_fr/dev`` for a shared set, the last two folder names otherwise."""
    return "/".join(folder.parts[-2:])


def scored(folder: Path) -> dict[str, Any]:
    score, failures = evaluate(folder / "gold.jsonl", folder / "articles.jsonl")
    figures = score.to_dict()
    figures["failures"] = [str(f) for f in failures]
    return figures


def row(name: str, figures: dict[str, Any]) -> list[str]:
    statements = figures["statements"]
    kinds = figures["by_kind"]

    def kind(name: str) -> str:
        return f"{kinds[name]['f1']:.3f}" if name in kinds else "-"

    return [
        name,
        f"{statements['precision']:.3f}",
        f"{statements['recall']:.3f}",
        f"{statements['f1']:.3f}",
        kind("direct"),
        kind("indirect"),
        kind("mixed"),
        f"{figures['speaker_accuracy']:.3f} ({figures['speaker_pairs']})",
        f"{figures['date_accuracy']:.3f} ({figures['date_pairs']})",
        str(figures["over_dated"]),
    ]


def print_table(rows: list[list[str]]) -> None:
    widths = [max(len(r[i]) for r in [COLUMNS, *rows]) for i in range(len(COLUMNS))]
    for line in [COLUMNS, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, help="more gold sets to score")
    parser.add_argument("--json", type=Path, help="write all figures to this file")
    parser.add_argument("--no-shared", action="store_true", help="skip the shared sets")
    args = parser.parse_args()
    folders = [] if args.no_shared else [f for f in SHARED_SETS if (f / "gold.jsonl").is_file()]
    folders += args.folders
    results: dict[str, dict[str, Any]] = {}
    for folder in folders:
        if not (folder / "gold.jsonl").is_file() or not (folder / "articles.jsonl").is_file():
            parser.error(f"{folder}: needs articles.jsonl and gold.jsonl")
        results[set_name(folder)] = scored(folder)
    print_table([row(name, figures) for name, figures in results.items()])
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
