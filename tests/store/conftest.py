"""Store fixtures: the same tests on a temporary SQLite file and, when configured, PostgreSQL."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from dixit.store import open_database
from dixit.store.database import sessions
from dixit.store.models import Base

POSTGRES_URL = os.environ.get("DIXIT_TEST_POSTGRES_URL")


def _reset_postgres(url: str) -> None:
    engine = open_database(url, migrate=False)
    with engine.begin() as connection:
        Base.metadata.drop_all(connection)
        connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param(
            "postgres",
            marks=[
                pytest.mark.postgres,
                pytest.mark.skipif(not POSTGRES_URL, reason="DIXIT_TEST_POSTGRES_URL is unset"),
            ],
        ),
    ]
)
def db_url(request, tmp_path) -> str:
    """A URL of an empty database: a fresh SQLite file, or the test PostgreSQL emptied."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'dixit.db'}"
    _reset_postgres(POSTGRES_URL)
    return POSTGRES_URL


@pytest.fixture
def engine(db_url):
    engine = open_database(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine):
    with sessions(engine)() as session:
        yield session
