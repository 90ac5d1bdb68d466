"""Storage of articles and statements: SQLite by default, PostgreSQL for shared use.

``open_database`` gives an engine with the schema migrated; ``repository`` holds every
query, so that the CLI, the API and the web UI share one way to read and write.
"""

from dixit.store.database import open_database

__all__ = ["open_database"]
