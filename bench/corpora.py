"""Where the bench scripts find real articles: the shared gold corpora beside the checkout.

Imported by the scripts of this folder (run as ``python bench/NAME.py``, so this folder is on
the import path); the corpora are read, never copied into the repository.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
#: The real French articles with gold, in the order the benches cycle them.
REAL_CORPORA = (
    SHARED / "real_fr" / "dev" / "articles.jsonl",
    SHARED / "real_fr" / "blind" / "articles.jsonl",
    SHARED / "seed" / "articles.jsonl",
)
