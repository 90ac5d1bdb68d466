"""Does a change keep dixit's output identical? Snapshot, then compare, byte for byte.

Usage:
    python bench/same_output.py --write DIR     # before the change: one JSONL file per set
    python bench/same_output.py --against DIR   # after: exit 1 and list the sets that differ

The sets are the article files a restructuring must not change: the seed article, the
project's own dev and blind gold articles and the real French and English articles of
``../shared``
(sets whose file is absent are skipped). Each set's output is what
``dixit analyze FILE --format jsonl`` prints, produced in this process by the same function.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

from dixit.core import analyze_many
from dixit.model import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
SETS = {
    "seed": SHARED / "seed" / "articles.jsonl",
    "dev": ROOT / "tests" / "fixtures" / "dev" / "articles.jsonl",
    "blind": ROOT / "tests" / "fixtures" / "blind" / "articles.jsonl",
    "real_fr_dev": SHARED / "real_fr" / "dev" / "articles.jsonl",
    "real_fr_blind": SHARED / "real_fr" / "blind" / "articles.jsonl",
    "reversals_fr": SHARED / "reversals_fr" / "articles.jsonl",
    "real_en_dev": SHARED / "real_en" / "dev" / "articles.jsonl",
    "real_en_blind": SHARED / "real_en" / "blind" / "articles.jsonl",
}


def output_of(path: Path, model: str | None) -> str:
    articles = [Article.from_dict(json.loads(line)) for line in path.open(encoding="utf-8")]
    lines = [
        json.dumps(s.to_dict(), ensure_ascii=False)
        for _, statements in analyze_many(articles, model=model)
        for s in statements
    ]
    return "".join(line + "\n" for line in lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="write the outputs to this folder")
    mode.add_argument("--against", type=Path, help="compare with the outputs in this folder")
    parser.add_argument("--model", default=None, help="spaCy model (default: the settings')")
    args = parser.parse_args(argv)

    differ = []
    for name, path in SETS.items():
        if not path.is_file():
            print(f"{name}: skipped ({path} absent)")
            continue
        text = output_of(path, args.model)
        if args.write:
            args.write.mkdir(parents=True, exist_ok=True)
            (args.write / f"{name}.jsonl").write_text(text, encoding="utf-8")
            print(f"{name}: {text.count(chr(10))} statements written")
            continue
        before = (args.against / f"{name}.jsonl").read_text(encoding="utf-8")
        if before == text:
            print(f"{name}: identical ({text.count(chr(10))} statements)")
            continue
        differ.append(name)
        diff = difflib.unified_diff(
            before.splitlines(), text.splitlines(), "before", "after", lineterm="", n=0
        )
        print(f"{name}: DIFFERS")
        for line in list(diff)[:20]:
            print("   ", line[:300])
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
