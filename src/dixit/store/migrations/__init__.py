"""Alembic migrations of dixit's schema, run by :func:`dixit.store.database.open_database`."""
