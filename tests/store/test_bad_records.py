"""Bad records among good ones, two first ingests at once, runs that died: on both databases.

The ingest tests load the spaCy model (slow); the in-process runs share one pipeline.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select, text
from typer.testing import CliRunner

from dixit.cli import app
from dixit.model import Article, Statement
from dixit.service.ingest import ingest
from dixit.service.runs import is_dead, this_host, utc_now
from dixit.store import open_database, repository
from dixit.store.database import sessions
from dixit.store.models import ArticleRow, Run, RunStatus
from dixit.store.validation import article_problem

GOOD = "« Nous rouvrirons la médiathèque en avril », a déclaré la maire, Odile Ferrand."
OTHER = "Le maire adjoint, Paul Ternier, a estimé que « le chantier tiendra ses délais »."
THIRD = "« La piscine ouvrira en juin », a promis Odile Ferrand devant le conseil."


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def mixed_records() -> list[dict]:
    """Good articles with, between them, every record a database refuses or cannot analyse."""
    return [
        {"id": "bon-1", "language": "fr", "title": "Médiathèque [/b]", "text": GOOD},
        {"id": "x" * 250, "language": "fr", "text": "« Un », a dit Paul Ternier."},
        {"id": "langue", "language": "francais-ancien", "text": "« Deux », a dit Paul Ternier."},
        {"id": "nul", "language": "fr", "text": "« Trois \u0000 », a dit Paul Ternier."},
        {"id": "bon-2", "language": "fr", "title": "[bold]Chantier[/i]", "text": OTHER},
        {"id": "anglais", "language": "en", "text": '"We shall see", said the mayor on Monday.'},
        {"id": "allemand", "language": "de", "text": "Der Bürgermeister sagte, es wird gut."},
        {"id": "bon-3", "language": "fr", "text": THIRD},
    ]


@pytest.mark.slow
def test_bad_records_among_good_ones_store_the_good_and_record_the_bad(db_url, tmp_path):
    corpus = write_jsonl(tmp_path / "mixed.jsonl", mixed_records())
    engine = open_database(db_url)
    report = ingest([str(corpus)], engine)
    assert (report.new, report.failed) == (4, 4)
    with sessions(engine)() as session:
        stored = set(session.scalars(select(ArticleRow.id)))
        reasons = {e.position: e.reason for e in repository.ingest_errors(session)}
        [run] = session.scalars(select(Run)).all()
    engine.dispose()
    assert stored == {"bon-1", "bon-2", "bon-3", "anglais"}  # English: its own pipeline
    assert "above 200" in reasons["line 2"]
    assert "language tag" in reasons["line 3"]
    assert "NUL byte in the text" in reasons["line 4"]
    assert "line 6" not in reasons
    assert "'de' is not supported" in reasons["line 7"]
    assert run.status == RunStatus.finished and run.failures == 4


@pytest.mark.slow
def test_hostile_text_through_ingest_and_every_stored_view(db_url, tmp_path):
    corpus = write_jsonl(tmp_path / "mixed.jsonl", mixed_records())
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(corpus), "--db", db_url])
    assert result.exit_code == 1, result.output  # the four bad records
    assert "4 new" in result.stderr and "4 failed" in result.stderr
    for command in (["statements"], ["articles"], ["speakers"]):
        shown = runner.invoke(app, [*command, "--db", db_url, "--format", "table"])
        assert shown.exit_code == 0, shown.output
    titles = runner.invoke(app, ["articles", "--db", db_url, "--format", "json"])
    assert {a["title"] for a in json.loads(titles.stdout)} >= {"Médiathèque [/b]"}


def test_database_refusal_is_raised_as_store_refused(db_url):
    """What only a strict database refuses (a speaker id over its column) is named, not raised
    as a driver error; SQLite, which does not check lengths, stores it."""
    engine = open_database(db_url)
    article = Article(text=GOOD, id="a1", language="fr")
    start = GOOD.index("Nous")
    statement = Statement(
        article="a1",
        kind="direct",
        content=GOOD[start : start + 10],
        content_span=(start, start + 10),
        speaker_mention="la maire",
    )
    with sessions(engine)() as session:
        long_lemma = replace(statement, cue_lemma="d" * 150)
        if engine.dialect.name == "postgresql":
            with pytest.raises(repository.StoreRefused, match="a1"):
                repository.add_article_with_statements(
                    session, article, [long_lemma], content_hash="h"
                )
            assert repository.count_rows(session)["articles"] == 0
        else:
            assert repository.add_article_with_statements(
                session, article, [long_lemma], content_hash="h"
            )
    engine.dispose()


@pytest.mark.parametrize(
    ("article", "problem"),
    [
        (Article(text="t", id="a" * 201), "above 200"),
        (Article(text="t", id="ok", language="fr-FR-x-trop-long"), "language tag"),
        (Article(text="t", id="ok", language="f"), "language tag"),
        (Article(text="t\x00", id="ok"), "NUL byte in the text"),
        (Article(text="t", id="ok", title="a\x00b"), "NUL byte in the title"),
        (Article(text="t", id="ok", meta={"source": "x\x00"}), "NUL byte in the meta"),
        (Article(text="t", id="ok", outlet="o" * 301), "outlet"),
    ],
)
def test_article_problems(article, problem):
    assert problem in (article_problem(article) or "")


@pytest.mark.parametrize("language", [None, "fr", "en", "pt-BR", "zh-Hant", "fr_CA", "FRA"])
def test_storable_articles_have_no_problem(language):
    assert (
        article_problem(Article(text="« Oui », a dit Paul.", id="a-1", language=language)) is None
    )


FIRST_INGEST = """
import sys, time
from dixit.service.ingest import ingest
from dixit.store import open_database
start = float(sys.argv[3])
while time.time() < start:
    time.sleep(0.005)
report = ingest([sys.argv[2]], open_database(sys.argv[1]))
print(report.new)
"""


@pytest.mark.slow
def test_two_first_ingests_at_once_on_an_empty_database(db_url, tmp_path):
    """Both processes open the empty database at the same instant; both must succeed."""
    import time

    files = [
        write_jsonl(tmp_path / f"part{n}.jsonl", [{"id": f"p{n}", "language": "fr", "text": t}])
        for n, t in enumerate((GOOD, OTHER))
    ]
    start = str(time.time() + 8)  # after both interpreters and dixit are imported
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", FIRST_INGEST, db_url, str(f), start],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for f in files
    ]
    results = [p.communicate(timeout=300) for p in processes]
    for process, (out, errors) in zip(processes, results, strict=True):
        assert process.returncode == 0, errors
        assert out.strip() == "1"
    engine = open_database(db_url)
    with sessions(engine)() as session:
        assert repository.count_rows(session)["articles"] == 2
    engine.dispose()


def test_a_new_sqlite_file_waits_for_a_writer_before_switching_to_wal(tmp_path):
    """The switch to WAL needs a lock SQLite does not wait for: the open retries it."""
    import sqlite3
    import threading

    path = tmp_path / "shared.db"
    writer = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    writer.execute("CREATE TABLE other_tool (x)")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO other_tool VALUES (1)")
    threading.Timer(0.3, lambda: writer.execute("COMMIT")).start()
    engine = open_database(f"sqlite:///{path}")
    with sessions(engine)() as session:
        assert repository.count_rows(session)["articles"] == 0
        mode = session.execute(text("PRAGMA journal_mode")).scalar_one()
    engine.dispose()
    writer.close()
    assert mode == "wal"


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


@pytest.mark.slow
def test_a_run_that_died_is_closed_as_interrupted_by_the_next(db_url, tmp_path):
    engine = open_database(db_url)
    with sessions(engine)() as session:
        dead = repository.start_run(session, ["old.jsonl"], host=this_host(), pid=dead_pid())
        alive = repository.start_run(session, ["live.jsonl"], host=this_host(), pid=1)
    corpus = write_jsonl(tmp_path / "one.jsonl", [{"id": "un", "language": "fr", "text": GOOD}])
    report = ingest([str(corpus)], engine)
    assert report.interrupted_runs == [dead.id]
    with sessions(engine)() as session:
        status = {r.id: r.status for r in session.scalars(select(Run))}
    engine.dispose()
    assert status == {
        dead.id: RunStatus.interrupted,
        alive.id: RunStatus.running,  # pid 1 is alive: another ingest still at work
        report.run_id: RunStatus.finished,
    }


def test_a_silent_run_on_another_host_is_dead_after_a_while():
    from datetime import timedelta

    now = utc_now()
    recent = Run(host="elsewhere", pid=1, started_at=now, heartbeat_at=now - timedelta(minutes=1))
    silent = Run(host="elsewhere", pid=1, started_at=now, heartbeat_at=now - timedelta(hours=2))
    assert not is_dead(recent, host="here", now=now)
    assert is_dead(silent, host="here", now=now)
