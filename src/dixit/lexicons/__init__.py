"""Language data as plain files: one folder per language, one concern per file."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from dixit.errors import DixitError


class LexiconMissing(DixitError):
    """No data file of that name for that language."""


@lru_cache(maxsize=64)
def load_lexicon(language: str, name: str, extra: str | None = None) -> dict[str, Any]:
    """Read ``lexicons/<language>/<name>.yaml``, then merge a user file over it.

    Falls back to French data when the language has no such file, so that a new
    language works (less well) before its lexicons are written.
    """
    root = resources.files("dixit.lexicons")
    for lang in (language, "fr"):
        path = root / lang / f"{name}.yaml"
        if path.is_file():
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            break
    else:
        raise LexiconMissing(f"no lexicon {name!r} for language {language!r}")
    if extra:
        user = yaml.safe_load(Path(extra).read_text(encoding="utf-8")) or {}
        for key, value in user.items():
            if isinstance(value, dict) and isinstance(data.get(key), dict):
                data[key] = {**data[key], **value}
            elif isinstance(value, list) and isinstance(data.get(key), list):
                data[key] = data[key] + value
            else:
                data[key] = value
    return data
