"""From ``--dask ADDRESS`` to a connected ``distributed.Client`` (and a cluster we started)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import dask.config
from distributed import Client, LocalCluster

from dixit.errors import DixitError

#: ``--dask local:N``: a ``LocalCluster`` of N worker processes on this machine.
LOCAL_PREFIX = "local:"
#: Seconds to wait for a remote scheduler before saying it cannot be reached.
CONNECT_TIMEOUT = 30
#: Dask's own periodic work that a run of long CPU-bound tasks does not need, turned off
#: (or slowed) in the processes of a ``local:N`` cluster: the workers' sampling profiler
#: walks the running task's stack every 10 ms (deep in spaCy's pipeline), every server
#: checks its event loop every 20 ms and samples the host's CPU, memory and disk every
#: half-second. Memory is still watched by the nannies (their limit is unchanged).
#: ``docs/scale.md`` gives the same settings for the workers of an existing cluster.
QUIET_CONFIG: dict[str, object] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.tick.limit": "30s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.disk": False,
}


class ClusterAddressError(DixitError):
    """``--dask`` names no scheduler dixit can reach (or a bad ``local:N``)."""

    def __init__(self, address: str, reason: str) -> None:
        super().__init__(f"--dask {address}: {reason}")
        self.address = address
        self.reason = reason


def local_workers(address: str) -> int | None:
    """N of ``local:N``, None for a scheduler's address; raises on a bad N."""
    if not address.startswith(LOCAL_PREFIX):
        return None
    count = address.removeprefix(LOCAL_PREFIX)
    if not count.isdigit() or int(count) < 1:
        raise ClusterAddressError(address, "write local:N with N a number of workers (local:2)")
    return int(count)


@contextmanager
def connect(address: str) -> Iterator[Client]:
    """A client of the scheduler at ``address``, or of a local cluster for ``local:N``.

    A local cluster has one thread per worker process (the pipeline runs one article at a
    time; processes, not threads, use the cores), its scheduler's web service on a free port
    (two runs on one machine do not clash), and is closed on exit. A
    remote cluster is left running: only the client disconnects.
    """
    workers = local_workers(address)
    if workers is not None:
        with (
            dask.config.set(QUIET_CONFIG),
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterAddressError(address, f"cannot reach the scheduler ({exc})") from exc
    with client:
        yield client
