"""``dixit registry``: grow the speaker registry from entity exports, and query it."""

from __future__ import annotations

from pathlib import Path

import typer

from dixit.cli import app, report_error
from dixit.cli._options import parse_day
from dixit.cli._render import data_console
from dixit.registry import (
    RegistryError,
    default_registry,
    import_entities,
    load_registry,
    to_yaml,
)
from dixit.settings import get_settings

registry_app = typer.Typer(
    name="registry",
    help=(
        "The speaker registry: persons, organisations, offices and their holders.\n\n"
        'Example: dixit registry who "le président américain" --on 2015-06-01'
    ),
    no_args_is_help=True,
)
app.add_typer(registry_app, name="registry")


@registry_app.command("import")
def registry_import_command(
    file: Path = typer.Argument(..., help="Wikidata-style JSON/JSONL or CSV/TSV export."),
    output: Path | None = typer.Option(
        None,
        "--output",
        "-o",
        help="Registry YAML to write or extend (default: $DIXIT_REGISTRY or dixit-registry.yaml).",
    ),
) -> None:
    """Import persons and organisations into a user registry file.

    Entries that share a Wikidata id with a shipped one extend it; role labels the registry
    does not know become new offices. Point DIXIT_REGISTRY at the file to use it.

    \b
    Example:
        dixit registry import docs/examples/entities.csv --output my-registry.yaml
        DIXIT_REGISTRY=my-registry.yaml dixit registry who "la maire de Sorlac" --on 2024-05-02
    """
    target = output or Path(get_settings().registry_path or "dixit-registry.yaml")
    try:
        # The file's own entries, to keep when it is rewritten; then the full registry, so
        # that imported roles find the shipped offices and Wikidata ids merge.
        own = load_registry([target], include_default=False) if target.is_file() else None
        registry = load_registry([target] if own is not None else [])
        imported = import_entities(file, registry)
    except RegistryError as exc:
        report_error(exc)
        raise typer.Exit(code=2) from None
    kept = [registry.get(i) for i in (own.entries if own is not None else {})]
    entries = list({e.id: e for e in [*kept, *imported] if e is not None}.values())
    target.write_text(to_yaml(registry, entries), encoding="utf-8")
    data_console().print(
        f"{len(imported)} entr(y/ies) imported from {file}; {target} now holds {len(entries)}."
    )


@registry_app.command("who")
def registry_who_command(
    description: str = typer.Argument(..., help='An office, as written: "le président américain".'),
    on: str = typer.Option(..., "--on", help="The day (YYYY-MM-DD)."),
    language: str = typer.Option("fr", "--lang", help="Language of the description."),
) -> None:
    """Who held an office on a day, according to the registry.

    \b
    Example:
        dixit registry who "le président américain" --on 2015-06-01
    """
    day = parse_day(on)
    entry = default_registry().role_holder(description, day)
    if entry is None:
        report_error(f"no single holder of {description!r} on {on} in the registry")
        raise typer.Exit(code=1)
    data_console().print(f"{entry.name_in(language)} ({entry.id})")
