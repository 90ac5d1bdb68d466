"""A YAML file the user gives on the command line (cue lexicon, issue catalogue), read so
that a mistake is one line naming the file, the line and the problem, never a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from dixit.errors import InputError


def load_user_yaml(path: str | Path, what: str) -> Any:
    """The parsed content of ``path``; ``what`` names the file's role in errors
    ("cue lexicon", "issue catalogue"). Raises :class:`~dixit.errors.InputError`."""
    name = str(path)
    file = Path(path)
    if not file.is_file():
        raise InputError(name, f"{what} not found")
    try:
        return yaml.safe_load(file.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InputError(name, f"{what} is not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        where = f"line {mark.line + 1}" if mark is not None else None
        raise InputError(name, f"not valid YAML: {problem}", where) from None
