"""The analysis of a run mapped over a Dask cluster, results in input order."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

from distributed import Client, Future

from dixit.cluster.connect import connect
from dixit.cluster.plugin import PipelineLoader
from dixit.core import OnFailure
from dixit.ingest.dedup import content_hash
from dixit.model import Article, Statement
from dixit.tasks import (
    IN_FLIGHT_PER_WORKER,
    PipelineSettings,
    analyse_partition,
    in_order,
)


def partition_key(articles: list[Article], settings: PipelineSettings) -> str:
    """The task's key: the same articles (ids and texts) under the same settings, same key.

    A task submitted again under its key (a client that retries) is the same task, and a
    task re-run after its worker died computes the same results: nothing in a task writes,
    and the client stores each article once, keyed by its id and content hash.
    """
    digest = hashlib.sha1(repr(settings).encode())
    for article in articles:
        digest.update(article.id.encode("utf-8", "surrogatepass"))
        digest.update(content_hash(article.text).encode())
    return f"dixit-analyse-{digest.hexdigest()}"


def cluster_slots(client: Client) -> int:
    """Threads across the cluster's workers now (at least 1): how many tasks run at once."""
    workers = client.scheduler_info().get("workers", {})
    return max(1, sum(w.get("nthreads", 1) for w in workers.values()))


def analyse_on_cluster(
    articles: Iterable[Article],
    settings: PipelineSettings,
    address: str,
    *,
    on_failure: OnFailure | None = None,
) -> Iterator[tuple[Article, list[Statement]]]:
    """``analyze_many`` over the Dask cluster at ``address`` (or ``local:N``), in order."""
    with connect(address) as client:
        client.register_plugin(PipelineLoader(settings))

        def submit(chunk: list[Article]) -> Future:
            return client.submit(
                analyse_partition, chunk, settings, key=partition_key(chunk, settings)
            )

        yield from in_order(
            submit,
            articles,
            size=settings.partition_size,
            in_flight=cluster_slots(client) * IN_FLIGHT_PER_WORKER,
            on_failure=on_failure,
        )
