"""What the first pass of ``--parse candidates`` keeps, and whether the gold is inside it.

Usage: python bench/selection.py [--set NAME=ARTICLES.jsonl ...]

For each set (by default the gold sets of ``../shared/corpus``: seed, real_fr dev and
blind, real_en dev and blind; add others with ``--set``; each ``articles.jsonl`` with its
``gold.jsonl`` beside it), without any model:

- **kept**: the share of the characters in the paragraphs ``dixit.selection`` keeps;
- **parsed**: the share of the non-space characters the parser still reads, the margins
  of words around each kept paragraph included (``core.parser_input``);
- **gold outside**: gold statements whose content, or whose speaker mention as written,
  lies outside the kept paragraphs (those dixit could no longer find or resolve).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from corpora import SHARED

from dixit.core import parser_input
from dixit.selection import kept_paragraphs

DEFAULT_SETS = {
    "seed": SHARED / "seed" / "articles.jsonl",
    "real_fr dev": SHARED / "real_fr" / "dev" / "articles.jsonl",
    "real_fr blind": SHARED / "real_fr" / "blind" / "articles.jsonl",
    "real_en dev": SHARED / "real_en" / "dev" / "articles.jsonl",
    "real_en blind": SHARED / "real_en" / "blind" / "articles.jsonl",
}


def _inside(kept: list[tuple[int, int]], start: int) -> bool:
    return any(a <= start <= b for a, b in kept)


def measure(path: Path) -> dict[str, object]:
    """The shares and the gold statements outside the selection, for one set."""
    articles = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    texts = {a["id"]: a["text"] for a in articles}
    kept = {a["id"]: kept_paragraphs(a["text"], a.get("language") or "fr") for a in articles}
    total = sum(len(t) for t in texts.values())
    in_kept = sum(end - start for spans in kept.values() for start, end in spans)
    letters = parsed = 0
    for a in articles:
        seen = parser_input(a["text"], a.get("language") or "fr", "candidates")
        letters += sum(not c.isspace() for c in a["text"])
        parsed += sum(not c.isspace() for c in seen)
    outside: list[str] = []
    gold = path.with_name("gold.jsonl")
    for line in gold.open(encoding="utf-8") if gold.is_file() else ():
        g = json.loads(line)
        text, spans = texts.get(g["article"]), kept.get(g["article"], [])
        if text is None:
            continue
        start = (g.get("content_span") or [text.find(g["content"])])[0]
        if start >= 0 and not _inside(spans, start):
            outside.append(f"{g['id']} content")
        mention = g.get("speaker_mention")
        named = mention and mention in text
        if named and not any(mention in text[a:b] for a, b in spans):
            outside.append(f"{g['id']} speaker mention")
    return {
        "articles": len(articles),
        "kept": round(in_kept / max(1, total), 3),
        "parsed": round(parsed / max(1, letters), 3),
        "gold outside": outside,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", default=[], help="NAME=ARTICLES.jsonl")
    args = parser.parse_args()
    sets = {name: path for name, path in DEFAULT_SETS.items() if path.is_file()}
    for item in args.set:
        name, _, path = item.partition("=")
        sets[name] = Path(path)
    for name, path in sets.items():
        figures = measure(path)
        print(
            f"{name:16} {figures['articles']:3} articles  kept {figures['kept']:.3f}  "
            f"parsed {figures['parsed']:.3f}  gold outside: {figures['gold outside'] or 'none'}"
        )


if __name__ == "__main__":
    main()
