"""A real Dask cluster of two worker processes, and the database the client writes to."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from dixit.store import open_database
from dixit.store.models import Base

POSTGRES_URL = os.environ.get("DIXIT_TEST_POSTGRES_URL")


def empty_postgres(url: str) -> str:
    """``url`` with every dixit table dropped: the next open migrates from nothing."""
    engine = open_database(url, migrate=False)
    with engine.begin() as connection:
        Base.metadata.drop_all(connection)
        connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()
    return url


@pytest.fixture
def team_db(tmp_path) -> str:
    """PostgreSQL when the tests have one (CI does), else a SQLite file the client writes."""
    if POSTGRES_URL:
        return empty_postgres(POSTGRES_URL)
    return f"sqlite:///{tmp_path / 'cluster.db'}"


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    """A ``LocalCluster`` of two worker processes, one thread each, as ``--dask local:2``."""
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as local:
        yield local
