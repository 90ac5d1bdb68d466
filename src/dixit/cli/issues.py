"""``dixit issues``: the issue catalogue of a database, and the statements' issues."""

from __future__ import annotations

import sys

import typer
from rich.table import Table

from dixit.analyse.suggest import suggestions_yaml
from dixit.cli import app, user_errors
from dixit.cli._options import DbOption, LanguageOption, ModelOption, OutputFormat, OutputOption
from dixit.cli._positions import IssuesOption, write_records
from dixit.cli._render import cell, data_console
from dixit.service.catalogues import (
    apply_catalogue,
    choose_catalogue,
    read_catalogue_entries,
    suggest,
)
from dixit.store import issues as stored
from dixit.store import open_database
from dixit.store.database import sessions

issues_app = typer.Typer(
    name="issues",
    help=(
        "The issues statements are about (a catalogue registered in the database), and "
        "each statement's stance on them.\n\n"
        "Example: dixit issues add samples/issues/retraites.yaml"
    ),
    no_args_is_help=True,
)
app.add_typer(issues_app, name="issues")


@issues_app.command("list")
def issues_list_command(db: str | None = DbOption, output: OutputFormat = OutputOption) -> None:
    """The registered catalogue: each issue's id, label and terms.

    \b
    Example:
        dixit issues list
        dixit issues list --format json
    """
    with user_errors():
        engine = open_database(db, existing=True)
        with sessions(engine)() as session:
            registered = stored.registered_issues(session)
    engine.dispose()
    if output is not OutputFormat.table:
        write_records([issue.to_dict() for issue in registered], output)
        return
    table = Table(title=f"{len(registered)} issue(s)", title_justify="left", expand=True)
    for column, ratio in (("id", 2), ("label", 3), ("terms", 5), ("from", 2)):
        table.add_column(column, ratio=ratio)
    for issue in registered:
        terms = "; ".join(f"{code}: {groups}" for code, groups in issue.terms.items())
        table.add_row(cell(issue.id), cell(issue.label), cell(terms), cell(issue.source))
    data_console().print(table)


@issues_app.command("add")
def issues_add_command(
    file: str = typer.Argument(..., help="Catalogue YAML (issues: [{id, label, terms}])."),
    db: str | None = DbOption,
    apply: bool = typer.Option(
        True, "--apply/--no-apply", help="Recompute stored statements' issues now."
    ),
) -> None:
    """Register a catalogue's issues; an issue with a registered id replaces it.

    The registered catalogue is what analyze, ingest and issues apply use without
    --issues. Stored statements are re-annotated at once (--no-apply: later, with
    dixit issues apply).

    \b
    Example:
        dixit issues add samples/issues/retraites.yaml
        dixit issues add samples/issues/ukraine-2025.yaml --no-apply
    """
    with user_errors():
        entries = read_catalogue_entries(file)
        engine = open_database(db)
        with sessions(engine)() as session:
            added, changed = stored.register_issues(session, entries, file)
            report = apply_catalogue(session, choose_catalogue(None, session)) if apply else None
    engine.dispose()
    line = f"{len(added)} issue(s) added, {len(changed)} changed, from {file}"
    if report is not None:
        line += f"; {report.changed} of {report.statements} stored statement(s) re-annotated"
    sys.stderr.write(line + "\n")


@issues_app.command("apply")
def issues_apply_command(issues: str | None = IssuesOption, db: str | None = DbOption) -> None:
    """Recompute the issues and stances of every stored statement, without parsing again.

    Run it after editing a catalogue; only statements whose issues change are written.

    \b
    Example:
        dixit issues apply
        dixit issues apply --issues samples/issues/retraites.yaml
    """
    with user_errors():
        engine = open_database(db, existing=True)
        with sessions(engine)() as session:
            report = apply_catalogue(session, choose_catalogue(issues, session))
    engine.dispose()
    sys.stderr.write(f"{report.changed} of {report.statements} statement(s) changed\n")


@issues_app.command("suggest")
def issues_suggest_command(
    db: str | None = DbOption,
    language: str | None = LanguageOption,
    threshold: float = typer.Option(
        0.45, "--threshold", min=0.05, max=1.0, help="Cosine distance at which groups stop merging."
    ),
    min_size: int = typer.Option(3, "--min-size", min=2, help="Fewest statements per issue."),
    covered: bool = typer.Option(
        False, "--all", help="Also cluster statements an issue already covers."
    ),
    limit: int = typer.Option(3000, "--limit", min=2, help="Cluster at most this many statements."),
    model: str | None = ModelOption,
) -> None:
    """Propose issues from stored statements, as a catalogue to edit and add.

    Statements are grouped by the vectors of their key words (nouns, names, adjectives);
    each group becomes an entry with the words most particular to it and examples. Save
    it, keep the entries you want, write their labels as something to do, then run
    dixit issues add on the file.

    \b
    Example:
        dixit issues suggest > suggested.yaml
        dixit issues suggest --all --min-size 2 --threshold 0.5
    """
    with user_errors():
        engine = open_database(db, existing=True)
        with sessions(engine)() as session:
            found = suggest(
                session,
                language=language,
                threshold=threshold,
                min_size=min_size,
                covered=covered,
                limit=limit,
                model=model,
            )
    engine.dispose()
    sys.stdout.write(suggestions_yaml(found))
    sys.stderr.write(f"{len(found)} issue(s) suggested\n")
