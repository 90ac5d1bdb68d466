"""Reading the inputs of a command: articles go on, failures are reported and counted."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from dixit.cli import report_error
from dixit.ingest.sources import Failure, read_sources
from dixit.model import Article


def readable_articles(
    inputs: list[str],
    failures: list[Failure],
    *,
    published: date | None = None,
    language: str | None = None,
) -> Iterator[Article]:
    """Yield the articles of ``inputs``; report each failure on stderr and keep it."""
    for item in read_sources(inputs, published=published, language=language):
        if isinstance(item, Failure):
            failures.append(item)
            report_error(item)
        else:
            yield item
