"""Analysis on a Dask cluster: ``dixit ingest --dask SCHEDULER_ADDRESS`` or ``--dask local:N``.

The cluster maps :func:`dixit.tasks.analyse_partition` over partitions of the
input; each worker loads the model once (:class:`PipelineLoader`, a ``WorkerPlugin``); the
client reads, sorts and writes to the store in input order, exactly as ``--workers N``
does (``docs/scale.md``). Importing this package imports ``distributed``; nothing else in
dixit does.
"""

from dixit.cluster.connect import ClusterAddressError, connect, local_workers
from dixit.cluster.plugin import PipelineLoader
from dixit.cluster.run import analyse_on_cluster, partition_key

__all__ = [
    "ClusterAddressError",
    "PipelineLoader",
    "analyse_on_cluster",
    "connect",
    "local_workers",
    "partition_key",
]
