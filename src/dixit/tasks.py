"""The analysis as a task any worker can run: partitions of articles, results in order.

The analysis of an article is a pure function of its text and the pipeline's settings, so
it can run anywhere; what must stay in one place is the writing (one writer to the store)
and the order. This module holds what a worker process (``dixit.service.workers``,
``--workers N``) and a Dask worker (``dixit.cluster``, ``--dask``) share: the settings a
worker loads its pipeline with, the task over one partition of consecutive articles
(:func:`analyse_partition`), and the runner that hands partitions out and takes their
results back in input order (:func:`in_order`), whatever submits them. It imports neither
the service nor ``distributed``, so the service can import the cluster package (only for a
``--dask`` run) without the cluster importing the service back.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Protocol

from dixit.core import OnFailure, analyze_many, load_pipeline, models_by_language
from dixit.errors import AnalysisFailed
from dixit.lang import AUTO, language_code
from dixit.model import Article, Statement
from dixit.settings import get_settings

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
    #: "all" or "candidates" (``dixit.selection``); None: the settings' (``DIXIT_PARSE``).
    parse: str | None = None
    #: "all", "names" or "proper" (``dixit.ner_windows``); None: the settings' (``DIXIT_NER``).
    ner: str | None = None

    def load(self) -> None:
        """Load the run's pipelines now, once per process (``load_pipeline`` caches them):
        the named language's, or, for a run in each article's own language (``auto``), one
        per language the model option names and the settings' default language."""
        if self.language not in (None, AUTO):
            load_pipeline(self.model, self.language, self.cues, self.ner)
            return
        default = language_code(get_settings().language)
        models = models_by_language(self.model, default)
        for code in sorted(set(models) | {default}):
            load_pipeline(models.get(code), code, self.cues, self.ner)

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
            parse=self.parse,
            ner=self.ner,
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


__all__ = [
    "BATCHES_PER_PARTITION",
    "IN_FLIGHT_PER_WORKER",
    "Analysed",
    "PipelineSettings",
    "Submit",
    "TaskFuture",
    "analyse_partition",
    "in_order",
    "partitions",
]
