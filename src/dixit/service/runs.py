"""Ingest runs as processes: which open run is still alive, which one died.

A run records its host and process id and beats every :data:`HEARTBEAT_SECONDS` while it
stores articles. On the same host a run is dead when its process is gone; from another
host, when it has not beaten for :data:`STALE_AFTER`.
"""

from __future__ import annotations

import os
import socket
from datetime import UTC, datetime, timedelta

from dixit.store.models import Run

#: How often a running ingest records that it is alive (seconds).
HEARTBEAT_SECONDS = 30.0
#: A run on another host that has not beaten for this long is taken as dead.
STALE_AFTER = timedelta(minutes=15)


def this_host() -> str:
    return socket.gethostname()


def process_alive(pid: int) -> bool:
    """Whether a process ``pid`` exists on this machine (signal 0 checks, sends nothing)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        return True
    return True


def is_dead(run: Run, *, host: str, now: datetime) -> bool:
    """Whether the open ``run`` can no longer finish (its process is gone or silent)."""
    if run.host == host and run.pid is not None:
        return run.pid != os.getpid() and not process_alive(run.pid)
    last = run.heartbeat_at or run.started_at
    if last.tzinfo is None:  # SQLite hands back naive UTC times
        last = last.replace(tzinfo=UTC)
    return now - last > STALE_AFTER


def utc_now() -> datetime:
    return datetime.now(UTC)
