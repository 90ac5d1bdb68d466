"""API fixtures: the web fixture articles analysed once, stored in SQLite and PostgreSQL.

The articles of ``tests/fixtures/web/`` are written for these tests (an invented story with
a change of stance, and an article full of markup); they are analysed once per test run
and stored through the repository in each backend, so the API is tested on what the real
pipeline finds.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from dixit.analyse import load_catalogue
from dixit.api import create_app
from dixit.ingest.dedup import content_hash
from dixit.ingest.sources import read_sources
from dixit.model import Article, Statement
from dixit.store import open_database
from dixit.store.database import sessions
from dixit.store.models import Base
from dixit.store.repository import add_article_with_statements

WEB_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "web"
CATALOGUE = WEB_FIXTURES / "gazole.yaml"
POSTGRES_URL = os.environ.get("DIXIT_TEST_POSTGRES_URL")
TOKEN = "s3cret-test-token"


@pytest.fixture(scope="session")
def analysed() -> list[tuple[Article, list[Statement]]]:
    from dixit.core import analyze_many

    articles = [a for a in read_sources([str(WEB_FIXTURES)]) if isinstance(a, Article)]
    return [(a, list(s)) for a, s in analyze_many(articles, language="fr")]


def reset_postgres(url: str) -> None:
    engine = open_database(url, migrate=False)
    with engine.begin() as connection:
        Base.metadata.drop_all(connection)
        connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()


@pytest.fixture(
    scope="module",
    params=[
        "sqlite",
        pytest.param(
            "postgres",
            marks=[
                pytest.mark.postgres,
                pytest.mark.skipif(not POSTGRES_URL, reason="DIXIT_TEST_POSTGRES_URL is unset"),
            ],
        ),
    ],
)
def engine(request, analysed, tmp_path_factory):
    """A store holding the analysed fixture articles, on each backend."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'dixit.db'}"
    else:
        reset_postgres(POSTGRES_URL)
        url = POSTGRES_URL
    engine = open_database(url)
    with sessions(engine)() as session:
        for article, statements in analysed:
            add_article_with_statements(
                session, article, statements, content_hash=content_hash(article.text)
            )
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def client(engine) -> TestClient:
    """A read-only client (no token set on the server), with the fixture catalogue."""
    app = create_app(engine, catalogue=load_catalogue(CATALOGUE))
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture(scope="module")
def writer_app(engine):
    return create_app(engine, api_token=TOKEN, catalogue=load_catalogue(CATALOGUE))
