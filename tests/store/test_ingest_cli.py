"""``dixit ingest`` end to end on real databases: idempotent, resumable, queryable.

These load the spaCy model (slow); the in-process runs share one pipeline through
``load_pipeline``'s cache.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from typer.testing import CliRunner

from dixit.cli import app
from dixit.store import open_database, repository
from dixit.store.database import sessions
from dixit.store.models import ArticleRow

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"
SAMPLES = Path(__file__).parent.parent.parent / "samples"

pytestmark = pytest.mark.slow


def counts(url: str) -> dict[str, int]:
    engine = open_database(url)
    with sessions(engine)() as session:
        result = repository.count_rows(session)
    engine.dispose()
    return result


def stored_articles(url: str) -> int:
    """Articles stored so far, read while another process may still be creating the schema.

    The poll must not migrate (two processes running Alembic at once race on the same
    tables), and a table not yet created means nothing is stored yet.
    """
    engine = open_database(url, migrate=False)
    try:
        with sessions(engine)() as session:
            return repository.count_rows(session)["articles"]
    except DBAPIError:
        return 0
    finally:
        engine.dispose()


def corpus(tmp_path: Path) -> Path:
    """The readable fixtures (HTML, feed, CSV, WARC, wire copies) and one bad file."""
    root = tmp_path / "corpus"
    root.mkdir()
    for name in ("page_boilerplate.html", "feed.rss", "articles.csv", "latin1.txt"):
        shutil.copy(FIXTURES / name, root / name)
    shutil.copytree(FIXTURES / "wire", root / "wire")
    shutil.copy(FIXTURES / "no_text_column.csv", root / "broken.csv")
    return root


def test_ingest_then_reingest_then_query(db_url, tmp_path):
    runner = CliRunner()
    root = corpus(tmp_path)
    first = runner.invoke(app, ["ingest", str(root), "--db", db_url])
    assert first.exit_code == 1, first.output  # broken.csv failed, the batch went on
    assert "broken.csv" in first.output
    after_first = counts(db_url)
    assert after_first["articles"] == 12
    assert after_first["statements"] > 10
    assert after_first["ingest_errors"] == 3  # broken.csv, empty CSV cell, empty feed item

    second = runner.invoke(app, ["ingest", str(root), "--db", db_url])
    assert "0 new" in second.output
    after_second = counts(db_url)
    assert after_second["articles"] == after_first["articles"]
    assert after_second["statements"] == after_first["statements"]

    engine = open_database(db_url)
    with sessions(engine)() as session:
        copies = session.scalars(
            select(ArticleRow).where(ArticleRow.duplicate_of.is_not(None))
        ).all()
    engine.dispose()
    assert {c.id for c in copies} == {"copy_outlet", "copy_trimmed", "dispatch"}
    assert {c.duplicate_of for c in copies} == {"copy_edited"}

    found = runner.invoke(
        app, ["statements", "--db", db_url, "--speaker", "Carrasco", "--format", "json"]
    )
    assert found.exit_code == 0, found.output
    hits = json.loads(found.output)
    assert hits and all(h["speaker"]["name"] == "Hélène Carrasco" for h in hits)

    dated = runner.invoke(
        app,
        [
            "statements",
            "--db",
            db_url,
            "--since",
            "2025-03-10",
            "--until",
            "2025-03-12",
            "--format",
            "jsonl",
        ],
    )
    assert dated.exit_code == 0, dated.output
    lines = [json.loads(line) for line in dated.output.splitlines()]
    assert lines and {x["article_outlet"] for x in lines} == {"La Gazette des Marais"}

    text = runner.invoke(app, ["statements", "--db", db_url, "-q", "oublié", "--format", "csv"])
    assert text.exit_code == 0 and "Personne ne sera oublié" in text.output

    listed = runner.invoke(app, ["articles", "--db", db_url, "--format", "json"])
    assert len(json.loads(listed.output)) == 12

    out = tmp_path / "statements.parquet"
    exported = runner.invoke(
        app, ["export", "--db", db_url, "--format", "parquet", "--output", str(out)]
    )
    assert exported.exit_code == 0, exported.output
    assert pq.read_table(out).num_rows == after_first["statements"]


def test_killed_run_resumes_without_loss_or_doubles(db_url, tmp_path):
    """SIGKILL after the first stored articles, run again: each article stored once."""
    root = corpus(tmp_path)
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    command = [sys.executable, "-c", "from dixit.cli import main; main()", "ingest", str(root)]
    subprocess.run([*command, "--db", reference], capture_output=True, check=False)
    expected = counts(reference)

    process = subprocess.Popen(
        [*command, "--db", db_url], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 600  # the model loads slowly on a loaded machine
    try:
        while time.monotonic() < deadline and process.poll() is None:
            if stored_articles(db_url) >= 2:
                break
            time.sleep(0.05)
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
        process.wait()
    interrupted = counts(db_url)
    assert interrupted["articles"] >= 2

    subprocess.run([*command, "--db", db_url], capture_output=True, check=False)
    final = counts(db_url)
    assert final["articles"] == expected["articles"]
    assert final["statements"] == expected["statements"]


def test_sample_corpus_ingests(tmp_path):
    if not SAMPLES.is_dir() or not any(SAMPLES.iterdir()):
        pytest.skip("no sample corpus")
    url = f"sqlite:///{tmp_path / 'samples.db'}"
    result = CliRunner().invoke(app, ["ingest", str(SAMPLES), "--db", url])
    assert result.exit_code == 0, result.output
    assert counts(url)["articles"] >= 20
