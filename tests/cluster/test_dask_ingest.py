"""``dixit ingest --dask``: a real cluster of two worker processes stores the rows of one process.

Slow: each worker loads the model, and the single-process reference loads it here.
"""

from __future__ import annotations

import os
import signal
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dixit.cli import app
from dixit.cluster import ClusterAddressError, local_workers, partition_key
from dixit.model import Article
from dixit.service.ingest import Outcome, ingest
from dixit.store import open_database
from dixit.tasks import PipelineSettings
from stored_rows import stored_rows

SAMPLES = Path(__file__).parent.parent.parent / "samples"


def test_local_addresses():
    assert local_workers("local:3") == 3
    assert local_workers("tcp://10.0.0.5:8786") is None
    for bad in ("local:", "local:0", "local:two"):
        with pytest.raises(ClusterAddressError, match="local:N"):
            local_workers(bad)


def test_a_partition_key_follows_ids_texts_and_settings():
    settings = PipelineSettings(batch_size=8)
    one = [Article(text="« Oui », dit-elle.", id="a"), Article(text="Non.", id="b")]
    same = [Article(text="« Oui », dit-elle.", id="a"), Article(text="Non.", id="b")]
    edited = [Article(text="« Oui », dit-elle.", id="a"), Article(text="Non !", id="b")]
    assert partition_key(one, settings) == partition_key(same, settings)
    assert partition_key(one, settings) != partition_key(edited, settings)
    assert partition_key(one, settings) != partition_key(one, PipelineSettings(batch_size=4))
    candidates = PipelineSettings(batch_size=8, parse="candidates")
    assert partition_key(one, settings) != partition_key(one, candidates)
    whole_ner = PipelineSettings(batch_size=8, ner="all")
    assert partition_key(one, whole_ner) != partition_key(one, replace(whole_ner, ner="names"))


def test_a_bad_local_address_is_one_line_before_any_work(tmp_path):
    url = f"sqlite:///{tmp_path / 'never.db'}"
    result = CliRunner().invoke(app, ["ingest", str(SAMPLES), "--db", url, "--dask", "local:x"])
    assert result.exit_code == 2
    assert "local:N" in result.output
    assert not (tmp_path / "never.db").exists()


@pytest.fixture(scope="module")
def single_process_rows(tmp_path_factory) -> dict[str, list[tuple]]:
    """The rows of ``dixit ingest samples/`` in one process, into SQLite."""
    url = f"sqlite:///{tmp_path_factory.mktemp('reference') / 'one.db'}"
    result = CliRunner().invoke(app, ["ingest", str(SAMPLES), "--db", url])
    assert result.exit_code == 0, result.output
    rows = stored_rows(url)
    assert len(rows["articles"]) >= 20
    return rows


@pytest.mark.slow
def test_a_cluster_of_two_processes_stores_the_rows_of_one(cluster, team_db, single_process_rows):
    engine = open_database(team_db)
    try:
        report = ingest([str(SAMPLES)], engine, dask=cluster.scheduler_address)
    finally:
        engine.dispose()
    assert report.failed == 0
    assert report.new == len(single_process_rows["articles"])
    assert stored_rows(team_db) == single_process_rows


@pytest.mark.slow
def test_a_worker_killed_mid_run_still_stores_every_article_once(
    cluster, team_db, single_process_rows
):
    """SIGKILL to a worker's process once the first article is stored; its task runs again.

    Partitions of two articles (``batch_size=1``) keep tasks in flight on both workers
    when the kill comes; the nanny restarts the worker, which loads the model again.
    """
    from distributed import Client

    with Client(cluster) as client:
        before = client.run(os.getpid)
    killed: list[int] = []

    def kill_a_worker(outcome: Outcome, item: object) -> None:
        """Once an article is stored, kill a worker that holds an analysis in progress
        (the scheduler's view); with none in progress, try again at the next article."""
        if outcome is not Outcome.new or killed:
            return
        busy = [
            address
            for address, state in list(cluster.scheduler.workers.items())
            if any(str(t.key).startswith("dixit-analyse-") for t in list(state.processing))
        ]
        if busy and busy[0] in before:
            pid = before[busy[0]]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    engine = open_database(team_db)
    try:
        report = ingest(
            [str(SAMPLES)],
            engine,
            dask=cluster.scheduler_address,
            batch_size=1,
            on_item=kill_a_worker,
        )
    finally:
        engine.dispose()
    assert killed
    with Client(cluster) as client:
        # The nanny's new worker joins once its process is up and the plugin has loaded the
        # model: on a busy machine that can come after the run has ended.
        client.wait_for_workers(2, timeout=180)
        after = client.run(os.getpid)
    assert killed[0] not in after.values()  # the killed worker is gone ...
    assert len(after) == 2  # ... and its nanny started another
    taken_back = [
        key
        for key, start, finish, *_ in cluster.scheduler.transition_log
        if str(key).startswith("dixit-analyse-") and (start, finish) == ("processing", "released")
    ]
    assert taken_back, "the kill came when no analysis was running on the killed worker"
    assert report.failed == 0
    assert stored_rows(team_db) == single_process_rows


@pytest.mark.slow
def test_dixit_ingest_dask_local_starts_and_closes_its_own_cluster(tmp_path):
    """``--dask local:1`` on one wire file: the rows of the same file in one process."""
    source = str(SAMPLES / "depeches.jsonl")
    runner = CliRunner()
    one = f"sqlite:///{tmp_path / 'one.db'}"
    on_dask = f"sqlite:///{tmp_path / 'dask.db'}"
    first = runner.invoke(app, ["ingest", source, "--db", one])
    second = runner.invoke(app, ["ingest", source, "--db", on_dask, "--dask", "local:1"])
    assert first.exit_code == 0, first.output
    assert second.exit_code == 0, second.output
    assert stored_rows(on_dask) == stored_rows(one)
    assert stored_rows(one)["statements"]
