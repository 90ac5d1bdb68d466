"""What the shared gold format allows, and how to read a gold set: shared by the tests of
every gold set in tests/fixtures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

KINDS = {"direct", "indirect", "mixed"}
POLARITIES = {"negative", "open"}
QUOTE_MARKS = '«»"“”'
REQUIRED = (
    "article",
    "id",
    "kind",
    "speaker",
    "speaker_mention",
    "cue",
    "content",
    "statement_date",
    "date_cue",
)
OPTIONAL = {
    "anonymous",
    "content_span",
    "venue",
    "polarity",
    "issue",
    "verified",
    "verification_cue",
    "via",
    "addressee",
    "about",
    "note",
}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]
