"""Each Dask worker loads the spaCy pipeline once, when it starts, not in its first task."""

from __future__ import annotations

import asyncio

from distributed import Worker, WorkerPlugin

from dixit.tasks import PipelineSettings


class PipelineLoader(WorkerPlugin):
    """Loads the pipeline of ``settings`` on every worker, and on every worker that joins.

    A worker that a nanny restarts (after a crash, or memory over its limit) gets the
    plugin again, so its first task does not pay for the model either. The loading runs in
    a thread: the worker's event loop keeps answering the scheduler's heartbeats meanwhile.
    """

    name = "dixit-pipeline"

    def __init__(self, settings: PipelineSettings) -> None:
        self.settings = settings

    async def setup(self, worker: Worker) -> None:
        await asyncio.get_running_loop().run_in_executor(None, self.settings.load)
