"""Storage of articles and statements: SQLite by default, PostgreSQL for shared use.

``open_database`` gives an engine with the schema migrated; ``repository`` holds every
query, so that every command and the ingest service share one way to read and write.
"""

from dixit.store.database import open_database

__all__ = ["open_database"]
