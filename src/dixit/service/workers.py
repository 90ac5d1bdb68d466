"""Analysis on every core: partitions of articles analysed in worker processes, in order.

The analysis of an article is a pure function of its text and the pipeline's settings, so
it can run anywhere; what must stay in one place is the writing (one writer to the store,
the parent) and the order (``--workers 4`` stores the same rows, and prints the same ids in
the same order, as ``--workers 1``). Articles are cut into partitions of consecutive
articles; each partition is one task, :func:`analyse_partition`, run by a worker process
that loaded the model once; results come back in the order the partitions were handed
out, whichever worker finishes first. At most a few partitions per worker are in flight,
so memory stays bounded on a corpus of any length and the reading stays lazy.

The task and the ordered runner live in :mod:`dixit.tasks`, shared with the Dask cluster
(``dixit.cluster``): only the way a task is submitted differs. They are named here too,
as the service's API.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from dixit.core import OnFailure
from dixit.model import Article, Statement
from dixit.tasks import (
    IN_FLIGHT_PER_WORKER,
    Analysed,
    PipelineSettings,
    analyse_partition,
    in_order,
    partitions,
)

log = logging.getLogger(__name__)


def _load_in_worker(settings: PipelineSettings) -> None:
    """Pool initializer: each worker process loads the model once, before its first task."""
    settings.load()


#: Times a partition is handed to a new pool after a worker process died under it; then
#: its articles are recorded as failed (an article that kills the process every time).
POOL_ATTEMPTS = 3


class Pool:
    """Worker processes that load the model once; replaced whole when one of them dies.

    ``ProcessPoolExecutor`` cannot go on once a worker process has died (killed, out of
    memory): every task in flight fails with ``BrokenProcessPool``. The partitions it held
    are handed to a new pool, in their order, so a run survives the loss of a worker.
    """

    def __init__(self, settings: PipelineSettings, workers: int) -> None:
        self.settings = settings
        self.workers = workers
        self.generation = 0
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # spawn: a fresh interpreter holds none of the parent's threads, locks or open
        # database connections, on every platform.
        return ProcessPoolExecutor(
            self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_load_in_worker,
            initargs=(self.settings,),
        )

    def submit(self, chunk: list[Article]) -> PoolTask:
        return PoolTask(self, chunk)

    def run(self, chunk: list[Article]) -> tuple[int, Future[list[Analysed]]]:
        """Submit ``chunk`` to the current pool (a new one if this one is found broken)."""
        try:
            future = self.executor.submit(analyse_partition, chunk, self.settings)
        except BrokenProcessPool:
            self.replace(self.generation)
            future = self.executor.submit(analyse_partition, chunk, self.settings)
        return self.generation, future

    def replace(self, broken: int) -> None:
        """Start a new pool if generation ``broken`` is still the current one."""
        if broken != self.generation:
            return
        log.warning("a worker process died; starting the worker processes again")
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.generation += 1
        self.executor = self._start()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


class PoolTask:
    """One partition's task, handed again to a new pool when a worker process died."""

    def __init__(self, pool: Pool, chunk: list[Article]) -> None:
        self.pool = pool
        self.chunk = chunk
        self.attempts = 1
        self.generation, self.future = pool.run(chunk)

    def result(self) -> list[Analysed]:
        while True:
            try:
                return self.future.result()
            except BrokenProcessPool:
                self.pool.replace(self.generation)
                if self.attempts >= POOL_ATTEMPTS:
                    reason = f"analysis failed: the worker process died {self.attempts} times"
                    return [Analysed(article, failure=reason) for article in self.chunk]
                self.attempts += 1
                self.generation, self.future = self.pool.run(self.chunk)


def analyse_in_processes(
    articles: Iterable[Article],
    settings: PipelineSettings,
    *,
    workers: int,
    on_failure: OnFailure | None = None,
) -> Iterator[tuple[Article, list[Statement]]]:
    """``analyze_many`` over ``workers`` processes, results in input order."""
    pool = Pool(settings, workers)
    try:
        yield from in_order(
            pool.submit,
            articles,
            size=settings.partition_size,
            in_flight=workers * IN_FLIGHT_PER_WORKER,
            on_failure=on_failure,
        )
    finally:
        pool.close()


def analyse(
    articles: Iterable[Article],
    settings: PipelineSettings,
    *,
    workers: int = 1,
    on_failure: OnFailure | None = None,
) -> Iterator[tuple[Article, list[Statement]]]:
    """``analyze_many`` in this process (``workers=1``) or over worker processes."""
    if workers <= 1:
        return settings.analyze_many(articles, on_failure=on_failure)
    return analyse_in_processes(articles, settings, workers=workers, on_failure=on_failure)


__all__ = [
    "Analysed",
    "PipelineSettings",
    "Pool",
    "analyse",
    "analyse_in_processes",
    "analyse_partition",
    "in_order",
    "partitions",
]
