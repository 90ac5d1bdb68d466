"""``POST /api/articles``: one article through the same ingest service as ``dixit ingest``.

The posted JSON is written as a one-line JSONL file and handed to
:func:`dixit.service.ingest.ingest`, so an article posted to the API is read, checked,
deduplicated, analysed and stored exactly as the same record in a file given to the
command line. One ingest runs at a time per server: the spaCy pipeline is shared.
"""

from __future__ import annotations

import json
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from dixit.api.schemas import ArticleIn
from dixit.errors import DixitError
from dixit.ingest.base import Failure
from dixit.model import Article
from dixit.service.ingest import Outcome, ingest

_one_at_a_time = threading.Lock()


class IngestRefused(DixitError):
    """The posted article could not be stored; ``reason`` says why, for a 422."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True)
class Ingested:
    id: str
    outcome: Outcome
    statements: int


def ingest_one(engine: Engine, posted: ArticleIn) -> Ingested:
    """Analyse and store ``posted``; raises :class:`IngestRefused` when it cannot be."""
    record = posted.model_dump(exclude_none=True, mode="json")
    seen: list[tuple[Outcome, Article | Failure]] = []
    with tempfile.TemporaryDirectory(prefix="dixit-api-") as folder:
        path = Path(folder) / "posted.jsonl"
        path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        with _one_at_a_time:
            try:
                report = ingest(
                    [str(path)],
                    engine,
                    language=posted.language,
                    on_item=lambda outcome, item: seen.append((outcome, item)),
                )
            except DixitError as exc:  # a language dixit cannot analyse, say
                raise IngestRefused(str(exc)) from None
    if not seen:
        raise IngestRefused("the article could not be read")
    outcome, item = seen[0]
    if isinstance(item, Failure):
        raise IngestRefused(item.reason)
    if outcome is Outcome.failed:
        failure = report.failures[0] if report.failures else None
        raise IngestRefused(failure.reason if failure else "the article was not stored")
    return Ingested(item.id, outcome, report.statements)
