"""``dixit timeline``, ``dixit flips``, ``dixit contradictions``: positions over the store."""

from __future__ import annotations

import typer
from rich.table import Table

from dixit.cli import app, err, user_errors
from dixit.cli._options import DbOption, OutputFormat, OutputOption
from dixit.cli._positions import (
    IssueOption,
    IssuesOption,
    SinceOption,
    day_option,
    write_records,
)
from dixit.cli._render import cell, data_console
from dixit.service import positions
from dixit.service.catalogues import choose_catalogue
from dixit.store import open_database
from dixit.store.database import sessions


@app.command("timeline")
def timeline_command(
    speaker: str = typer.Argument(..., help="A stored speaker: id, name, or close spelling."),
    issue: str | None = IssueOption,
    db: str | None = DbOption,
    output: OutputFormat = OutputOption,
) -> None:
    """What one speaker said, in date order, with the stance on each issue.

    Undated statements come last, by their article's publication. A speaker stored under
    several ids that the registry now knows as one person is shown as one.

    \b
    Example:
        dixit ingest samples/ --issues samples/issues/retraites.yaml
        dixit timeline "Philippe Augereau"
        dixit timeline augereau --issue retirement-age-64 --format json
    """
    with user_errors():
        engine = open_database(db, existing=True)
        with sessions(engine)() as session:
            speaker_found, entries = positions.timeline(session, speaker, issue)
    engine.dispose()
    records = [e.to_dict() for e in entries]
    if output is not OutputFormat.table:
        write_records(records, output)
        return
    about = f" on {issue}" if issue else ""
    table = Table(
        title=cell(
            f"{speaker_found.name} ({speaker_found.id}){about}: {len(records)} statement(s)"
        ),
        title_justify="left",
        show_lines=True,
        expand=True,
    )
    table.add_column("date", min_width=12, no_wrap=True)
    for column, ratio in (("cue", 2), ("said", 6), ("stance" if issue else "issues", 3)):
        table.add_column(column, ratio=ratio)
    for record in records:
        when = record["statement_date"] or f"({record['article_published'] or '?'})"
        if issue:
            issues = record["stance"] or ""
        else:
            issues = ", ".join(f"{i['id']}: {i['stance']}" for i in record["issues"])
        if record["verified"] is False:
            issues = (issues + " " if issues else "") + "[unverified]"
        table.add_row(cell(when), cell(record["cue"]), cell(record["content"]), cell(issues))
    data_console().print(table)


@app.command("flips")
def flips_command(
    speaker: str | None = typer.Option(
        None, "--speaker", "-s", help="Only this speaker: id, name, or close spelling."
    ),
    issue: str | None = IssueOption,
    since: str | None = SinceOption,
    issues: str | None = IssuesOption,
    db: str | None = DbOption,
    output: OutputFormat = OutputOption,
) -> None:
    """Reversals: a speaker's change of stance on an issue, across every stored article.

    Computed from dated statements (open or supports, then opposes, or back) and reported
    by the text ("volte-face", "a fait marche arrière"). A duplicate article or a reprinted
    statement adds none; undated statements never anchor a computed one.

    \b
    Example:
        dixit ingest samples/ --issues samples/issues/retraites.yaml
        dixit flips --issues samples/issues/retraites.yaml
        dixit flips --since 2025-03-01 --issue retirement-age-64 --format json
    """
    with user_errors():
        day = day_option(since, "--since")
        engine = open_database(db, existing=True)
        with sessions(engine)() as session:
            catalogue = choose_catalogue(issues, session)
            found = positions.flips(session, speaker, issue, day, catalogue=catalogue)
    engine.dispose()
    if not catalogue:
        err.print(
            "note: no issue catalogue (--issues FILE, or dixit issues add FILE): "
            "only the reversals the texts report are listed"
        )
    records = [r.to_dict() for r in found]
    if output is not OutputFormat.table:
        write_records(records, output)
        return
    table = Table(
        title=f"{len(records)} reversal(s)", title_justify="left", show_lines=True, expand=True
    )
    for column, ratio in (("speaker", 2), ("issue", 2), ("before", 5), ("after", 5)):
        table.add_column(column, ratio=ratio)
    table.add_column("how", ratio=2, min_width=15)
    for r in records:
        how = r["evidence"]["kind"]
        if r["evidence"].get("cue"):
            how += f": {r['evidence']['cue']}"
        table.add_row(
            cell(r["speaker"]["name"]),
            cell(r["issue"]["label"] or ""),
            cell(_side(r["before"])),
            cell(_side(r["after"])),
            cell(f"{how} ({r['strength']})"),
        )
    data_console().print(table)


def _side(side: dict) -> str:
    """One side of a reversal in a table cell: when and what, who said it and how (the
    mention and the cue), how its stance was read, and where it was published."""
    lines = [f"{side['statement_date'] or 'undated'}, {side['stance']}: {side['content']}"]
    told = " ".join(w for w in (side.get("speaker_mention"), side.get("cue")) if w)
    if told:
        lines.append(f"told: {told}")
    if side.get("stance_basis"):
        lines.append(f"stance: {side['stance_basis']}")
    where = [side.get(k) for k in ("outlet", "title", "published", "url")]
    if any(where):
        lines.append("in: " + ", ".join(w for w in where if w))
    return "\n".join(lines)


@app.command("contradictions")
def contradictions_command(
    speaker: str | None = typer.Option(
        None, "--speaker", "-s", help="Only claims or denials of this speaker."
    ),
    since: str | None = SinceOption,
    db: str | None = DbOption,
    output: OutputFormat = OutputOption,
) -> None:
    """Claims another named speaker denies ("Le directeur a démenti avoir …").

    A claim is listed when the words that deny it, in its sentence or the next, are the
    cue of a statement by someone else. A denial the journalist narrates without a
    speaker, or a claim said to be unconfirmed, makes the claim verified=false instead
    (see dixit statements).

    \b
    Example:
        dixit contradictions --format json
        dixit contradictions --since 2025-03-01 --format csv
    """
    with user_errors():
        day = day_option(since, "--since")
        engine = open_database(db, existing=True)
        with sessions(engine)() as session:
            found = positions.contradictions(session, speaker, day)
    engine.dispose()
    records = [c.to_dict() for c in found]
    if output is not OutputFormat.table:
        write_records(records, output)
        return
    table = Table(
        title=f"{len(records)} contradiction(s)", title_justify="left", show_lines=True, expand=True
    )
    for column, ratio in (("claim by", 2), ("said", 5), ("denied by", 2), ("denial", 3)):
        table.add_column(column, ratio=ratio)
    for r in records:
        table.add_row(
            cell(r["claim"]["speaker"]["name"]),
            cell(r["claim"]["content"]),
            cell(r["denial"]["speaker"]["name"]),
            cell(f"{r['denial']['cue']}: {r['denial']['content']}"),
        )
    data_console().print(table)
