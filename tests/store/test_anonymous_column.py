"""The anonymous flag of a statement (an unnamed source) is stored as a column (migration
0007) and in the statement's JSON, read back as it was, and listed as a column."""

from __future__ import annotations

import csv
import io

from sqlalchemy import inspect, select
from typer.testing import CliRunner

from dixit.cli import app
from dixit.model import Article, Speaker, Statement
from dixit.store import repository
from dixit.store.models import StatementRow

runner = CliRunner()

TEXT = "Le pont restera fermé, selon une source proche du chantier. Le maire Léon Brac a confirmé."


def two_statements() -> tuple[Article, list[Statement]]:
    article = Article(text=TEXT, id="pont", language="fr")
    unnamed = Statement(
        article="pont",
        kind="indirect",
        content="Le pont restera fermé",
        content_span=(0, 21),
        cue="selon",
        speaker_mention="une source proche du chantier",
        anonymous=True,
    )
    named = Statement(
        article="pont",
        kind="indirect",
        content="a confirmé",
        content_span=(TEXT.index("a confirmé"), len(TEXT) - 1),
        cue="a confirmé",
        speaker=Speaker("leon-brac", "Léon Brac", "person"),
    )
    return article, [unnamed, named]


def test_the_column_exists_after_migration(engine) -> None:
    columns = {c["name"] for c in inspect(engine).get_columns("statements")}
    assert "anonymous" in columns


def test_stored_and_read_back(session) -> None:
    article, statements = two_statements()
    repository.add_article_with_statements(session, article, statements, content_hash="h")
    session.commit()
    rows = dict(session.execute(select(StatementRow.cue, StatementRow.anonymous)).all())
    assert rows == {"selon": True, "a confirmé": False}
    back = {h.statement.cue: h.statement for h in repository.find_statements(session)}
    assert back["selon"].anonymous is True and back["selon"].speaker is None
    assert back["a confirmé"].anonymous is False


def test_csv_listing_has_the_column(db_url, engine, session) -> None:
    article, statements = two_statements()
    repository.add_article_with_statements(session, article, statements, content_hash="h")
    session.commit()
    listed = runner.invoke(app, ["statements", "--db", db_url, "--format", "csv"])
    assert listed.exit_code == 0, listed.output
    rows = {r["cue"]: r for r in csv.DictReader(io.StringIO(listed.stdout))}
    assert rows["selon"]["anonymous"] == "True"
    assert rows["a confirmé"]["anonymous"] == "False"
