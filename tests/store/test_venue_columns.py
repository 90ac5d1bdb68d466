"""Venue, addressee and certainty are stored, filtered on by the repository and the CLI, read
back as they were (migration 0005), on each backend, and listed and exported as columns."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pyarrow.parquet as pq
from sqlalchemy import inspect
from typer.testing import CliRunner

from dixit.cli import app
from dixit.model import Article, Certainty, Speaker, Statement, VenueType
from dixit.store import repository

runner = CliRunner()

TEXT = (
    "« La ligne sera rouverte », a assuré la ministre Inès Camoin sur RTL.\n"
    "Le maire Thierry Ravel estime que les travaux prendront du retard."
)


def two_statements() -> tuple[Article, list[Statement]]:
    article = Article(text=TEXT, id="ligne", published=date(2026, 3, 4), language="fr")
    said_on_air = Statement(
        article="ligne",
        kind="direct",
        content="La ligne sera rouverte",
        content_span=(2, 24),
        cue="a assuré",
        speaker=Speaker("ines-camoin", "Inès Camoin", "person"),
        venue="RTL",
        venue_type=VenueType.INTERVIEW,
        addressee=Speaker("thierry-ravel", "Thierry Ravel", "person"),
        addressee_mention="Thierry Ravel",
        addressee_mention_span=(88, 101),
        certainty=Certainty.ASSERTED,
    )
    start = TEXT.index("les travaux")
    hedged = Statement(
        article="ligne",
        kind="indirect",
        content=TEXT[start:-1],
        content_span=(start, len(TEXT) - 1),
        cue="estime",
        speaker=Speaker("thierry-ravel", "Thierry Ravel", "person"),
        certainty=Certainty.HEDGED,
    )
    return article, [said_on_air, hedged]


def test_the_columns_exist_after_migration(engine) -> None:
    columns = {c["name"] for c in inspect(engine).get_columns("statements")}
    assert {"venue", "venue_type", "addressee_id", "certainty"} <= columns


def test_stored_and_filtered(session) -> None:
    article, statements = two_statements()
    repository.add_article_with_statements(session, article, statements, content_hash="h")
    session.commit()
    on_air = repository.find_statements(session, venue_type="interview")
    assert [h.statement.content for h in on_air] == ["La ligne sera rouverte"]
    back = on_air[0].statement
    assert back.venue == "RTL" and back.venue_type is VenueType.INTERVIEW
    assert back.addressee == Speaker("thierry-ravel", "Thierry Ravel", "person")
    assert back.addressee_mention_span == (88, 101)
    hedged = repository.find_statements(session, certainty="hedged")
    assert [h.statement.cue for h in hedged] == ["estime"]
    assert repository.find_statements(session, certainty="denied") == []
    both = repository.find_statements(session, venue_type="interview", certainty="hedged")
    assert both == []


def test_cli_filters(db_url, engine, session) -> None:
    article, statements = two_statements()
    repository.add_article_with_statements(session, article, statements, content_hash="h")
    session.commit()
    found = runner.invoke(
        app, ["statements", "--db", db_url, "--venue-type", "interview", "-f", "jsonl"]
    )
    assert found.exit_code == 0, found.output
    [row] = [json.loads(line) for line in found.stdout.splitlines()]
    assert row["venue"] == "RTL" and row["venue_type"] == "interview"
    assert row["addressee"]["name"] == "Thierry Ravel"
    hedged = runner.invoke(
        app, ["statements", "--db", db_url, "--certainty", "hedged", "-f", "jsonl"]
    )
    assert [json.loads(line)["cue"] for line in hedged.stdout.splitlines()] == ["estime"]
    wrong = runner.invoke(app, ["statements", "--db", db_url, "--certainty", "sure"])
    assert wrong.exit_code == 2


def stored(session) -> None:
    article, statements = two_statements()
    statements[0].confidence = 0.87
    statements[1].confidence = 0.64
    repository.add_article_with_statements(session, article, statements, content_hash="h")
    session.commit()


def test_csv_listing_has_the_columns(db_url, engine, session) -> None:
    stored(session)
    listed = runner.invoke(app, ["statements", "--db", db_url, "--format", "csv"])
    assert listed.exit_code == 0, listed.output
    rows = {r["cue"]: r for r in csv.DictReader(io.StringIO(listed.stdout))}
    on_air, hedged = rows["a assuré"], rows["estime"]
    assert (on_air["venue"], on_air["venue_type"]) == ("RTL", "interview")
    assert on_air["addressee_id"] == "thierry-ravel"
    assert on_air["addressee_name"] == "Thierry Ravel"
    assert on_air["addressee_mention"] == "Thierry Ravel"
    assert on_air["certainty"] == "asserted" and float(on_air["confidence"]) == 0.87
    # no venue, no addressee: empty cells, not the words "None"
    assert hedged["venue"] == hedged["venue_type"] == hedged["addressee_name"] == ""
    assert hedged["certainty"] == "hedged" and float(hedged["confidence"]) == 0.64


def test_export_csv_and_parquet_have_the_columns(db_url, engine, session, tmp_path) -> None:
    stored(session)
    out = tmp_path / "statements.csv"
    done = runner.invoke(app, ["export", "--db", db_url, "-f", "csv", "-o", str(out)])
    assert done.exit_code == 0, done.output
    rows = {r["cue"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert rows["a assuré"]["venue_type"] == "interview"
    assert rows["estime"]["certainty"] == "hedged"
    table = tmp_path / "statements.parquet"
    done = runner.invoke(app, ["export", "--db", db_url, "-f", "parquet", "-o", str(table)])
    assert done.exit_code == 0, done.output
    columns = pq.read_table(table).to_pydict()
    by_cue = {cue: i for i, cue in enumerate(columns["cue"])}
    on_air, hedged = by_cue["a assuré"], by_cue["estime"]
    assert columns["venue_type"][on_air] == "interview"
    assert columns["addressee_name"][on_air] == "Thierry Ravel"
    assert columns["addressee_mention"][on_air] == "Thierry Ravel"
    assert columns["certainty"][hedged] == "hedged"
    assert columns["addressee_id"][hedged] is None
    assert columns["confidence"][on_air] == 0.87
