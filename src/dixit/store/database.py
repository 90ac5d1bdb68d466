"""Open a database by URL, migrated to the current schema before anything else happens.

Migrations are Alembic's, run in code with a ``Config`` built here: no ``alembic.ini``
to ship or find. SQLite gets WAL (readers do not block the ingest writer), foreign keys
and a busy timeout; ``postgresql://`` URLs are sent to psycopg 3.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from functools import lru_cache
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from dixit.errors import DixitError
from dixit.settings import get_settings

log = logging.getLogger(__name__)


class DatabaseError(DixitError):
    """The database cannot be opened or migrated."""


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean psycopg 3; a bare path means SQLite."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url[len("postgresql://") :]
    if "://" not in url:
        return f"sqlite:///{url}"
    return url


def open_database(
    url: str | None = None, *, migrate: bool = True, existing: bool = False
) -> Engine:
    """An engine for ``url`` (default: the settings' ``database_url``), schema up to date.

    ``existing``: the commands that only read the store refuse a SQLite file that is not
    there (a mistyped path would otherwise create an empty database and list nothing).
    """
    url = normalise_url(url or get_settings().database_url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        path = Path(parsed.database)
        if existing and not path.is_file():
            raise DatabaseError(f"{path}: no database there (dixit ingest creates one)")
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_engine(url)
    except Exception as exc:  # missing driver, malformed URL
        raise DatabaseError(f"cannot open database {parsed!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    if migrate:
        try:
            upgrade(engine)
        except Exception as exc:
            raise DatabaseError(f"cannot prepare database {parsed!r}: {exc}") from exc
    return engine


#: How long a new SQLite connection waits for another to let it switch the file to WAL.
WAL_SWITCH_SECONDS = 30.0


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=10000")
    _switch_to_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _switch_to_wal(cursor) -> None:
    """Set WAL, retrying while another connection holds the lock the switch needs.

    SQLite answers "database is locked" at once, without its busy handler, when two
    connections open a new file together and one is switching the journal mode; the
    mode is stored in the file, so the loser usually finds it done on the next try.
    """
    deadline = time.monotonic() + WAL_SWITCH_SECONDS
    pause = 0.01
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            locked = "locked" in str(exc) or "busy" in str(exc)
            if not locked or time.monotonic() + pause > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.5)


def alembic_config() -> Config:
    """An Alembic configuration pointing at the migrations shipped in the package."""
    config = Config()
    location = resources.files("dixit.store").joinpath("migrations")
    config.set_main_option("script_location", str(location))
    return config


#: Key of the PostgreSQL advisory lock that serialises migrations ("dixit" in ASCII).
MIGRATION_LOCK_KEY = 0x6469786974


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``; a no-op when it is already there.

    Two processes opening an empty database at once must not both create the tables:
    the migration runs under a lock (a PostgreSQL advisory lock held by the transaction,
    SQLite's write lock taken with ``BEGIN IMMEDIATE``), and the second process finds
    the schema done when it gets the lock. A database already at ``head`` is not locked.
    """
    config = alembic_config()
    if revision == "head" and _at_head(engine, config):
        return
    with engine.begin() as connection:
        _lock_for_migration(connection)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    log.debug("database %s at %s", engine.url, revision)


def _at_head(engine: Engine, config: Config) -> bool:
    heads = set(ScriptDirectory.from_config(config).get_heads())
    with engine.connect() as connection:
        current = set(MigrationContext.configure(connection).get_current_heads())
    return current == heads


def _lock_for_migration(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
    elif connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def has_fts5(engine: Engine) -> bool:
    """Whether statement search can use FTS5 (SQLite built with it, table created)."""
    return engine.dialect.name == "sqlite" and _table_exists(engine, "statements_fts")


@lru_cache(maxsize=32)
def _cached_tables(engine: Engine) -> frozenset[str]:
    return frozenset(inspect(engine).get_table_names())


def _table_exists(engine: Engine, name: str) -> bool:
    return name in _cached_tables(engine)


def sessions(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
