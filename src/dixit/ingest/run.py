"""Ingest: read sources, drop duplicates, analyse, store; one commit per article.

This is the library function behind ``dixit ingest``. Each article is committed with
its statements as soon as it is analysed, so a run killed half-way loses at most the
articles in flight, and running it again stores the rest without doubling anything:
an article already stored (same id) is skipped before any work is done.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Engine

from dixit.ingest.base import Failure
from dixit.ingest.dedup import Deduplicator, content_hash, minhash, signature_bytes
from dixit.ingest.sources import read_sources
from dixit.model import Article
from dixit.settings import get_settings
from dixit.store import repository
from dixit.store.database import sessions

log = logging.getLogger(__name__)

#: What happened to one input item, as reported to the progress callback.
Outcome = str  # "new" | "duplicate" | "existing" | "skipped" | "failed"


@dataclass
class IngestReport:
    """Counts of one run, and the failures to show the user."""

    run_id: int | None = None
    new: int = 0
    duplicate: int = 0
    existing: int = 0
    skipped: int = 0
    failed: int = 0
    statements: int = 0
    failures: list[Failure] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {
            "run": self.run_id,
            "new": self.new,
            "duplicate": self.duplicate,
            "existing": self.existing,
            "skipped": self.skipped,
            "failed": self.failed,
            "statements": self.statements,
        }


@dataclass
class _Pending:
    content_hash: str
    signature: bytes | None


def ingest(
    paths: Sequence[str],
    engine: Engine,
    *,
    published: date | None = None,
    language: str | None = None,
    model: str | None = None,
    csv_columns: Mapping[str, str] | None = None,
    fetch: bool = False,
    on_item: Callable[[Outcome, Article | Failure], None] | None = None,
    batch_size: int = 8,
) -> IngestReport:
    """Store every article of ``paths`` with its statements; return what happened.

    Articles whose language (given or detected) is not the run's language are stored
    unanalysed with status ``skipped``: the French pipeline would misread them.
    """
    from dixit.core import analyze_many

    run_language = language or get_settings().language
    Session = sessions(engine)
    report = IngestReport()
    dedup = Deduplicator()
    with Session() as session:
        run = repository.start_run(session, paths)
        report.run_id = run.id
        dedup.remember_many(repository.dedup_keys(session))
        session.commit()

    pending: dict[str, _Pending] = {}
    #: Copies of articles still being analysed: stored once their original is.
    deferred: list[tuple[Article, str, float, str, bytes | None]] = []
    seen: set[str] = set()

    def tell(outcome: Outcome, item: Article | Failure) -> None:
        if on_item is not None:
            on_item(outcome, item)

    def fail(session, failure: Failure) -> None:
        repository.record_failure(session, failure, report.run_id)
        report.failed += 1
        report.failures.append(failure)
        tell("failed", failure)

    def store_copy(
        session,
        article: Article,
        original: str,
        score: float,
        text_hash: str,
        signature: bytes | None,
    ) -> None:
        article.duplicate_of = original
        if repository.add_article_with_statements(
            session,
            article,
            [],
            content_hash=text_hash,
            status="duplicate",
            similarity=round(score, 3),
            minhash=signature,
            run_id=report.run_id,
        ):
            report.duplicate += 1
            tell("duplicate", article)
        else:
            report.existing += 1
            tell("existing", article)

    def to_analyse(session) -> Iterator[Article]:
        items = read_sources(
            paths,
            published=published,
            language=language,
            csv_columns=csv_columns,
            fetch=fetch,
            detect_language=language is None,
        )
        for item in items:
            if isinstance(item, Failure):
                fail(session, item)
                continue
            text_hash = content_hash(item.text)
            stored = repository.stored_content_hash(session, item.id)  # None: not stored
            if item.id in seen or stored is not None:
                if item.id not in pending and stored not in (None, text_hash):
                    where = item.meta.get("source", "?")
                    fail(
                        session,
                        Failure(
                            str(where),
                            f"article id {item.id!r} is already used by a different text",
                            item.meta.get("position"),
                        ),
                    )
                    continue
                report.existing += 1
                tell("existing", item)
                continue
            seen.add(item.id)
            signature = minhash(item.text)
            copy = dedup.original_of(item.id, text_hash, signature)
            if copy is not None:
                original, score = copy
                dedup.remember_copy(item.id, original, signature)
                data = signature_bytes(signature) if signature is not None else None
                if original in pending:
                    deferred.append((item, original, score, text_hash, data))
                else:
                    store_copy(session, item, original, score, text_hash, data)
                continue
            dedup.remember(item.id, text_hash, signature)
            data = signature_bytes(signature) if signature is not None else None
            if item.language and item.language != run_language:
                item.meta["skipped"] = f"language {item.language} is not {run_language}"
                repository.add_article_with_statements(
                    session,
                    item,
                    [],
                    content_hash=text_hash,
                    status="skipped",
                    minhash=data,
                    run_id=report.run_id,
                )
                report.skipped += 1
                tell("skipped", item)
                continue
            pending[item.id] = _Pending(text_hash, data)
            yield item

    with Session() as session:
        results = analyze_many(
            to_analyse(session), model=model, language=run_language, batch_size=batch_size
        )
        for article, statements in results:
            info = pending.pop(article.id)
            stored = repository.add_article_with_statements(
                session,
                article,
                statements,
                content_hash=info.content_hash,
                minhash=info.signature,
                run_id=report.run_id,
            )
            if stored:
                report.new += 1
                report.statements += len(statements)
                tell("new", article)
            else:
                report.existing += 1
                tell("existing", article)
            ready = [d for d in deferred if d[1] not in pending]
            for entry in ready:
                deferred.remove(entry)
                store_copy(session, *entry)
        for entry in deferred:
            store_copy(session, *entry)
        repository.finish_run(
            session,
            run,
            articles_new=report.new,
            articles_duplicate=report.duplicate,
            articles_existing=report.existing,
            failures=report.failed,
            statements=report.statements,
        )
    log.info("ingest run %s: %s", report.run_id, report.to_dict())
    return report
