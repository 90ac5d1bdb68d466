"""Analysis over worker processes: the same results, in the same order, as one process.

The ordered runner is tested with futures that finish in any order; the worker processes
with the sample corpus through ``dixit analyze`` and ``dixit ingest`` (slow: each worker
loads the model).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import Future
from pathlib import Path

import psutil
import pytest
from typer.testing import CliRunner

from dixit.cli import app
from dixit.errors import AnalysisFailed
from dixit.model import Article, Statement
from dixit.service.workers import Analysed, PipelineSettings, in_order, partitions
from dixit.store import open_database, repository
from dixit.store.database import sessions
from stored_rows import stored_rows

SAMPLES = Path(__file__).parent.parent.parent / "samples"


def numbered(count: int) -> list[Article]:
    return [Article(text=f"Texte {n}.", id=f"a{n:02d}") for n in range(count)]


class Pool:
    """A stand-in for a pool: holds each submitted partition, finishes them in reverse."""

    def __init__(self, fail: set[str] = frozenset()) -> None:
        self.fail = fail
        self.open: list[tuple[Future, list[Article]]] = []
        self.most_open = 0

    def finish_all(self) -> None:
        for future, chunk in reversed(self.open):
            future.set_result([self.result(a) for a in chunk])
        self.open.clear()

    def result(self, article: Article) -> Analysed:
        if article.id in self.fail:
            return Analysed(article, failure=f"analysis failed on {article.id}")
        statement = Statement(article.id, "indirect", article.text, (0, len(article.text)))
        return Analysed(article, [statement])


class FinishingFuture(Future):
    """Finishes every partition still open (last submitted first) when one is awaited."""

    def __init__(self, pool: Pool) -> None:
        super().__init__()
        self.pool = pool

    def result(self, timeout=None):
        if not self.done():
            self.pool.finish_all()
        return super().result(timeout)


def run_in_order(pool: Pool, articles, **kwargs):
    def submit(chunk):
        future = FinishingFuture(pool)
        pool.open.append((future, chunk))
        pool.most_open = max(pool.most_open, len(pool.open))
        return future

    return list(in_order(submit, articles, **kwargs))


def test_partitions_are_consecutive_and_complete():
    chunks = list(partitions(numbered(7), 3))
    assert [[a.id for a in c] for c in chunks] == [
        ["a00", "a01", "a02"],
        ["a03", "a04", "a05"],
        ["a06"],
    ]


def test_a_worker_analyses_in_the_run_s_parse_mode(monkeypatch):
    seen: dict[str, object] = {}

    def analyze_many(articles, **options):
        seen.update(options)
        return iter(())

    monkeypatch.setattr("dixit.tasks.analyze_many", analyze_many)
    assert list(PipelineSettings(parse="candidates").analyze_many(numbered(2))) == []
    assert seen["parse"] == "candidates"


def test_results_come_in_input_order_whatever_finishes_first():
    pool = Pool()
    results = run_in_order(pool, numbered(10), size=2, in_flight=3)
    assert [article.id for article, _ in results] == [f"a{n:02d}" for n in range(10)]
    assert all(len(statements) == 1 for _, statements in results)
    assert pool.most_open <= 3


def test_the_reading_stays_lazy():
    """No more than ``in_flight`` partitions are read ahead of the results consumed."""
    read: list[str] = []

    def source():
        for article in numbered(20):
            read.append(article.id)
            yield article

    pool = Pool()

    def submit(chunk):
        future = FinishingFuture(pool)
        pool.open.append((future, chunk))
        return future

    results = in_order(submit, source(), size=2, in_flight=2)
    next(results)
    assert len(read) <= 6  # two partitions in flight, one more submitted on the first result


def test_a_failed_article_goes_to_on_failure_at_its_place():
    events: list[str] = []
    pool = Pool(fail={"a03"})

    def on_failure(article: Article, error: AnalysisFailed) -> None:
        events.append(f"failed {article.id}: {error.reason}")

    def submit(chunk):
        future = FinishingFuture(pool)
        pool.open.append((future, chunk))
        return future

    for article, _ in in_order(submit, numbered(5), size=2, in_flight=2, on_failure=on_failure):
        events.append(article.id)
    assert events == ["a00", "a01", "a02", "failed a03: analysis failed on a03", "a04"]


def test_without_on_failure_the_failure_is_raised_naming_the_article():
    pool = Pool(fail={"a01"})
    with pytest.raises(AnalysisFailed, match="a01"):
        run_in_order(pool, numbered(3), size=2, in_flight=2)


def test_a_partition_is_two_pipe_batches():
    assert PipelineSettings(batch_size=8).partition_size == 16


# --- real worker processes -----------------------------------------------------------


@pytest.mark.slow
def test_analyze_with_two_workers_prints_what_one_process_prints():
    runner = CliRunner()
    one = runner.invoke(app, ["analyze", str(SAMPLES), "--format", "jsonl"])
    two = runner.invoke(app, ["analyze", str(SAMPLES), "--format", "jsonl", "--workers", "2"])
    assert one.exit_code == 0, one.output
    assert two.exit_code == 0, two.output
    ids = [json.loads(line)["id"] for line in one.stdout.splitlines()]
    assert len(ids) >= 20
    assert two.stdout == one.stdout


@pytest.mark.slow
def test_ingest_with_two_workers_stores_the_rows_of_one_process(tmp_path):
    """Into SQLite, with a record the store refuses: the same rows and the same failure."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in SAMPLES.iterdir():
        if path.is_file() and path.suffix != ".yaml":
            (corpus / path.name).write_bytes(path.read_bytes())
    bad = {"id": "x" * 400, "language": "fr", "text": "« Nous verrons », a dit Léa Morvan."}
    (corpus / "zz-bad.jsonl").write_text(json.dumps(bad) + "\n", "utf-8")
    runner = CliRunner()
    one = f"sqlite:///{tmp_path / 'one.db'}"
    two = f"sqlite:///{tmp_path / 'two.db'}"
    first = runner.invoke(app, ["ingest", str(corpus), "--db", one])
    second = runner.invoke(app, ["ingest", str(corpus), "--db", two, "--workers", "2"])
    assert first.exit_code == 1, first.output  # the bad record failed, the rest went on
    assert second.exit_code == 1, second.output
    expected = stored_rows(one)
    assert len(expected["articles"]) >= 20
    assert len(expected["ingest_errors"]) == 1
    assert stored_rows(two) == expected


def count_articles(url: str) -> int:
    engine = open_database(url)
    with sessions(engine)() as session:
        count = repository.count_rows(session)["articles"]
    engine.dispose()
    return count


@pytest.mark.slow
def test_a_killed_run_with_workers_resumes_without_doubles(tmp_path):
    """SIGKILL to the run (parent and workers) after its first articles, run again."""
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    url = f"sqlite:///{tmp_path / 'killed.db'}"
    command = [sys.executable, "-c", "from dixit.cli import main; main()", "ingest"]
    command += [str(SAMPLES), "--workers", "2"]
    CliRunner().invoke(app, ["ingest", str(SAMPLES), "--db", reference])
    process = subprocess.Popen(
        [*command, "--db", url],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline and process.poll() is None:
            if count_articles(url) >= 2:
                break
            time.sleep(0.05)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    assert count_articles(url) >= 2
    subprocess.run([*command, "--db", url], capture_output=True, check=True)
    assert stored_rows(url) == stored_rows(reference)


def spawned_workers(pid: int) -> list[psutil.Process]:
    """The pool's worker processes under the run ``pid`` (not multiprocessing's tracker)."""
    children = psutil.Process(pid).children(recursive=True)
    return [c for c in children if "spawn_main" in " ".join(c.cmdline())]


@pytest.mark.slow
def test_a_worker_process_killed_mid_run_is_replaced_and_nothing_is_lost(tmp_path):
    """SIGKILL to one worker process while the pool works: a new pool takes its partitions."""
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    url = f"sqlite:///{tmp_path / 'killed.db'}"
    CliRunner().invoke(app, ["ingest", str(SAMPLES), "--db", reference])
    command = [sys.executable, "-c", "from dixit.cli import main; main()", "ingest"]
    command += [str(SAMPLES), "--workers", "2", "--db", url]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    killed = None
    deadline = time.monotonic() + 300
    while killed is None and time.monotonic() < deadline and process.poll() is None:
        workers = spawned_workers(process.pid)
        if len(workers) == 2:
            time.sleep(2)  # loading the model or analysing: either way, its task is lost
            workers[0].kill()
            killed = workers[0].pid
        time.sleep(0.1)
    _, stderr = process.communicate(timeout=600)
    assert killed is not None
    assert process.returncode == 0, stderr
    assert b"a worker process died" in stderr
    assert stored_rows(url) == stored_rows(reference)
