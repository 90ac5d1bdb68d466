"""Analysis on every core: partitions of articles analysed in worker processes, in order.

The analysis of an article is a pure function of its text and the pipeline's settings, so
it can run anywhere; what must stay in one place is the writing (one writer to the store,
the parent) and the order (``--workers 4`` stores the same rows, and prints the same ids in
the same order, as ``--workers 1``). Articles are cut into partitions of consecutive
articles; each partition is one task, :func:`analyse_partition`, run by a worker process
that loaded the model once; results come back in the order the partitions were handed
out, whichever worker finishes first. At most a few partitions per worker are in flight,
so memory stays bounded on a corpus of any length and the reading stays lazy.

The same ordered runner (:func:`in_order`) drives a Dask cluster (``dixit.cluster``):
only the way a task is submitted differs.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from typing import Protocol

from dixit.core import OnFailure, analyze_many, load_pipeline, models_by_language
from dixit.errors import AnalysisFailed
from dixit.lang import AUTO, language_code
from dixit.model import Article, Statement
from dixit.settings import get_settings

log = logging.getLogger(__name__)

#: Partitions in flight per worker: one running, one waiting, so no worker idles while
#: the parent stores the results of another.
IN_FLIGHT_PER_WORKER = 2
#: Batches of ``nlp.pipe`` per partition: a partition whose length is a multiple of the
#: batch size is batched exactly as a single-process run batches the same articles.
BATCHES_PER_PARTITION = 2
#: One analysis at a time per process: a worker run with several threads (a Dask worker
#: started with ``--nthreads 4``) shares one pipeline, which is not made for concurrent use.
_PIPELINE_LOCK = threading.Lock()


@dataclass(frozen=True)
class PipelineSettings:
    """What a worker needs to load the same pipeline as the parent would (picklable)."""

    model: str | None = None
    language: str | None = None
    cues: str | None = None
    batch_size: int = 16

    def load(self) -> None:
        """Load the run's pipelines now, once per process (``load_pipeline`` caches them):
        the named language's, or, for a run in each article's own language (``auto``), one
        per language the model option names and the settings' default language."""
        if self.language not in (None, AUTO):
            load_pipeline(self.model, self.language, self.cues)
            return
        default = language_code(get_settings().language)
        models = models_by_language(self.model, default)
        for code in sorted(set(models) | {default}):
            load_pipeline(models.get(code), code, self.cues)

    def analyze_many(
        self, articles: Iterable[Article], on_failure: OnFailure | None = None
    ) -> Iterator[tuple[Article, list[Statement]]]:
        """``core.analyze_many`` with these settings, in this process."""
        return analyze_many(
            articles,
            model=self.model,
            language=self.language,
            cues=self.cues,
            batch_size=self.batch_size,
            on_failure=on_failure,
        )

    @property
    def partition_size(self) -> int:
        return self.batch_size * BATCHES_PER_PARTITION


@dataclass
class Analysed:
    """One article after analysis: its statements, or why its analysis failed."""

    article: Article
    statements: list[Statement] | None = None
    failure: str | None = None


def analyse_partition(articles: list[Article], settings: PipelineSettings) -> list[Analysed]:
    """Analyse consecutive articles; a result for each, in their order (the worker's task).

    Pure: no store, no shared state beyond the process's pipeline; running it twice (a
    retried task) gives the same results. An article whose analysis raised is a result
    too, with the reason, so the parent records it where a single process would.
    """
    results: list[Analysed] = []

    def failed(article: Article, error: AnalysisFailed) -> None:
        results.append(Analysed(article, failure=error.reason))

    found = settings.analyze_many(articles, on_failure=failed)
    with _PIPELINE_LOCK:
        for article, statements in found:
            results.append(Analysed(article, statements))
    return results


class TaskFuture(Protocol):
    """What :func:`in_order` needs of a submitted task (concurrent or Dask future)."""

    def result(self) -> list[Analysed]: ...


#: Hands one partition to a worker and returns its future.
Submit = Callable[[list[Article]], TaskFuture]


def partitions(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive articles in lists of ``size`` (the last one shorter), read lazily."""
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


def in_order(
    submit: Submit,
    articles: Iterable[Article],
    *,
    size: int,
    in_flight: int,
    on_failure: OnFailure | None = None,
) -> Iterator[tuple[Article, list[Statement]]]:
    """Yield ``(article, statements)`` as ``analyze_many`` would, analysed by ``submit``.

    At most ``in_flight`` partitions are submitted ahead of the one being yielded.
    A failed article goes to ``on_failure`` at its place in the order (without one, its
    ``AnalysisFailed`` is raised, as ``analyze_many`` does).
    """
    waiting: deque[TaskFuture] = deque()
    chunks = partitions(articles, size)
    for chunk in chunks:
        waiting.append(submit(chunk))
        if len(waiting) >= in_flight:
            break
    while waiting:
        done = waiting.popleft().result()
        next_chunk = next(chunks, None)
        if next_chunk is not None:
            waiting.append(submit(next_chunk))
        for item in done:
            if item.failure is None:
                yield item.article, item.statements or []
                continue
            error = AnalysisFailed(item.article.id, item.failure)
            if on_failure is None:
                raise error
            on_failure(item.article, error)


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
