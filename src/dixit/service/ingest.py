"""The ingest service: read sources, drop duplicates, analyse, store; one commit per article.

This is what ``dixit ingest`` runs. Each article is committed with its statements as soon
as it is analysed, so a run killed half-way loses at most the articles in flight, and
running it again stores the rest without doubling anything: an article already stored
(same id) is skipped before any work is done. An article the store would refuse (an id too
long, a NUL byte), in a language dixit cannot analyse yet, or whose analysis raised (a fault
of a rule on an unusual text) is a recorded failure with its reason; the batch goes on.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from dixit.analyse import Issue
from dixit.core import OnFailure
from dixit.errors import AnalysisFailed, DixitError
from dixit.ingest.base import Failure
from dixit.ingest.dedup import Deduplicator, content_hash, minhash, signature_bytes
from dixit.ingest.sources import read_sources
from dixit.lang import AUTO
from dixit.model import Article, Statement
from dixit.ner_windows import ner_mode
from dixit.service.catalogues import annotate_article, apply_catalogue, registered_catalogue
from dixit.service.languages import check_analysable, run_language
from dixit.service.runs import HEARTBEAT_SECONDS, is_dead, this_host, utc_now
from dixit.service.workers import PipelineSettings, analyse
from dixit.store import repository
from dixit.store.database import sessions
from dixit.store.models import Run
from dixit.store.validation import article_problem

log = logging.getLogger(__name__)


class Outcome(StrEnum):
    """What happened to one input item, as reported to the progress callback."""

    new = "new"
    duplicate = "duplicate"
    existing = "existing"
    skipped = "skipped"
    failed = "failed"


#: Called once per input item with its outcome: how the CLI shows progress.
OnItem = Callable[[Outcome, Article | Failure], None]


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
    interrupted_runs: list[int] = field(default_factory=list)
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

    def run_counts(self) -> dict[str, int]:
        """The counts as the ``runs`` table names them."""
        return {
            "articles_new": self.new,
            "articles_duplicate": self.duplicate,
            "articles_existing": self.existing,
            "failures": self.failed,
            "statements": self.statements,
        }


@dataclass(frozen=True)
class IngestOptions:
    """How to read and analyse the sources of one run."""

    published: date | None = None
    language: str | None = None
    model: str | None = None
    cues: str | None = None
    csv_columns: Mapping[str, str] | None = None
    fetch: bool = False
    batch_size: int = 8
    #: The issue catalogue to annotate with; None: the one registered in the database.
    issues: Sequence[Issue] | None = None
    #: Worker processes analysing on this machine (1: in this process).
    workers: int = 1
    #: A Dask scheduler's address, or ``local:N`` for a local cluster of N processes.
    dask: str | None = None
    #: What the full model parses: "all" paragraphs or the "candidates" of
    #: ``dixit.selection``; None: the settings' (``DIXIT_PARSE``).
    parse: str | None = None

    @property
    def pipeline(self) -> PipelineSettings:
        """The settings a worker loads its pipeline with."""
        # The NER mode as this process reads it, so that every worker runs the same one.
        return PipelineSettings(
            self.model, None, self.cues, self.batch_size, self.parse, ner_mode().value
        )


@dataclass
class _Pending:
    """An article handed to the analyser, with the keys to store beside it."""

    content_hash: str
    signature: bytes | None


@dataclass
class _Copy:
    """A near-duplicate waiting for its original to be stored first."""

    article: Article
    original: str
    score: float
    content_hash: str
    signature: bytes | None


def ingest(
    paths: Sequence[str],
    engine: Engine,
    *,
    published: date | None = None,
    language: str | None = None,
    model: str | None = None,
    cues: str | None = None,
    csv_columns: Mapping[str, str] | None = None,
    fetch: bool = False,
    on_item: OnItem | None = None,
    batch_size: int = 8,
    issues: Sequence[Issue] | None = None,
    workers: int = 1,
    dask: str | None = None,
    parse: str | None = None,
) -> IngestReport:
    """Store every article of ``paths`` with its statements; return what happened.

    ``language`` None or "auto" analyses each article in its own language (detected when
    the input does not say). With a run language, articles in another language that dixit
    can analyse are stored unanalysed with status ``skipped`` (the run's pipeline would
    misread them). Articles in a language dixit cannot analyse yet fail with the reason.
    Raises ``DixitError`` when the run's own language cannot be analysed.

    Statements are stored with their verification and with their issues from ``issues``
    (default: the catalogue registered in the database); an article stored before gets
    its statements' issues recomputed from that catalogue, without being analysed again.

    ``workers`` processes (or the Dask cluster at ``dask``) analyse; this process alone
    reads, sorts and writes, in input order, so the rows stored are those of one process.
    ``parse`` is ``analyze_many``'s.
    """
    options = IngestOptions(
        published,
        language,
        model,
        cues,
        csv_columns,
        fetch,
        batch_size,
        issues,
        workers,
        dask,
        parse,
    )
    return IngestRun(engine, options, on_item).run(paths)


class IngestRun:
    """One run: its report, duplicate detector and the articles in flight."""

    def __init__(self, engine: Engine, options: IngestOptions, on_item: OnItem | None) -> None:
        self.options = options
        self.language = run_language(options.language)
        self.Session = sessions(engine)
        self.on_item = on_item
        self.report = IngestReport()
        self.dedup = Deduplicator()
        self.pending: dict[str, _Pending] = {}
        self.deferred: list[_Copy] = []
        self.seen: set[str] = set()
        self.analysis_failed_ids: set[str] = set()
        self.last_beat = time.monotonic()
        self.catalogue: list[Issue] = list(options.issues or [])

    def run(self, paths: Sequence[str]) -> IngestReport:
        run = self.start(paths)
        with self.Session() as session:
            articles = self.to_analyse(session, self.read(paths))
            results = self.analyse(
                articles, lambda article, error: self.analysis_failed(session, article, error)
            )
            for article, statements in results:
                self.store_analysed(session, article, statements)
                self.store_ready_copies(session)
                self.beat(session)
            for copy in self.deferred:
                self.store_copy(session, copy)
            repository.finish_run(session, run, **self.report.run_counts())
        log.info("ingest run %s: %s", self.report.run_id, self.report.to_dict())
        return self.report

    def analyse(
        self, articles: Iterable[Article], on_failure: OnFailure
    ) -> Iterator[tuple[Article, list[Statement]]]:
        """The statements of ``articles`` in their order: here, in workers or on Dask."""
        settings = replace(self.options.pipeline, language=self.language)
        if self.options.dask:
            from dixit.cluster import analyse_on_cluster

            return analyse_on_cluster(articles, settings, self.options.dask, on_failure=on_failure)
        return analyse(articles, settings, workers=self.options.workers, on_failure=on_failure)

    # --- the run's bookkeeping ------------------------------------------------------------

    def start(self, paths: Sequence[str]) -> Run:
        """Close runs that died, open this one, and load the stored duplicate keys."""
        host = this_host()
        with self.Session() as session:
            now = utc_now()
            dead = [r.id for r in repository.open_runs(session) if is_dead(r, host=host, now=now)]
            repository.mark_interrupted(session, dead)
            self.report.interrupted_runs = dead
            run = repository.start_run(session, paths, host=host, pid=os.getpid())
            self.report.run_id = run.id
            self.dedup.remember_many(repository.dedup_keys(session))
            if self.options.issues is None:
                self.catalogue = registered_catalogue(session)
            session.commit()
        return run

    def beat(self, session: Session) -> None:
        """Say the run is alive (with its counts so far), at most every few seconds."""
        if time.monotonic() - self.last_beat < HEARTBEAT_SECONDS:
            return
        self.last_beat = time.monotonic()
        repository.beat(session, self.report.run_id, **self.report.run_counts())

    def tell(self, outcome: Outcome, item: Article | Failure) -> None:
        if self.on_item is not None:
            self.on_item(outcome, item)

    def fail(self, session: Session, failure: Failure) -> None:
        repository.record_failure(
            session, failure.source, failure.reason, failure.position, self.report.run_id
        )
        self.report.failed += 1
        self.report.failures.append(failure)
        self.tell(Outcome.failed, failure)

    # --- reading and sorting the inputs ---------------------------------------------------

    def read(self, paths: Sequence[str]) -> Iterable[Article | Failure]:
        return read_sources(
            paths,
            published=self.options.published,
            language=None if self.language == AUTO else self.options.language,
            csv_columns=self.options.csv_columns,
            fetch=self.options.fetch,
            detect_language=self.language == AUTO,
        )

    def to_analyse(self, session: Session, items: Iterable[Article | Failure]) -> Iterator[Article]:
        """The articles to analyse; every other item is stored or recorded on the way."""
        for item in items:
            if isinstance(item, Failure):
                self.fail(session, item)
                continue
            problem = article_problem(item) or self.language_problem(item)
            if problem is not None:
                self.fail(session, failure_of(item, problem))
                continue
            text_hash = content_hash(item.text)
            if self.already_stored(session, item, text_hash):
                continue
            self.seen.add(item.id)
            signature = minhash(item.text)
            data = signature_bytes(signature) if signature is not None else None
            copy = self.dedup.original_of(item.id, text_hash, signature)
            if copy is not None:
                original, score = copy
                self.dedup.remember_copy(item.id, original, signature)
                waiting = _Copy(item, original, score, text_hash, data)
                if original in self.pending:
                    self.deferred.append(waiting)
                else:
                    self.store_copy(session, waiting)
                continue
            self.dedup.remember(item.id, text_hash, signature)
            if self.other_language(item):
                self.store_skipped(session, item, text_hash, data)
                continue
            self.pending[item.id] = _Pending(text_hash, data)
            yield item

    def other_language(self, article: Article) -> bool:
        """An article in another language than the run's (never in an ``AUTO`` run)."""
        if self.language == AUTO or not article.language:
            return False
        return check_analysable(article.language) != self.language

    def language_problem(self, article: Article) -> str | None:
        """Why ``article``'s language cannot be analysed, or None."""
        if not article.language:
            return None
        try:
            check_analysable(article.language)
        except DixitError as exc:
            return str(exc)
        return None

    def already_stored(self, session: Session, article: Article, text_hash: str) -> bool:
        """True when ``article`` is stored (or seen) already; a clash of ids is a failure."""
        stored = repository.stored_content_hash(session, article.id)  # None: not stored
        if article.id not in self.seen and stored is None:
            return False
        if article.id not in self.pending and stored not in (None, text_hash):
            reason = f"article id {article.id!r} is already used by a different text"
            self.fail(session, failure_of(article, reason))
            return True
        if article.id not in self.pending and article.id not in self.seen:
            # Stored by an earlier run: its issues follow the catalogue of this one.
            apply_catalogue(session, self.catalogue, article_id=article.id)
        self.report.existing += 1
        self.tell(Outcome.existing, article)
        return True

    # --- storing --------------------------------------------------------------------------

    def store(
        self,
        session: Session,
        article: Article,
        statements: Sequence[Statement],
        **columns: object,
    ) -> bool | None:
        """Store one article; None (and a recorded failure) when the database refuses it."""
        try:
            return repository.add_article_with_statements(
                session, article, statements, run_id=self.report.run_id, **columns
            )
        except repository.StoreRefused as exc:
            self.fail(session, failure_of(article, exc.reason))
            return None

    def store_analysed(
        self, session: Session, article: Article, statements: list[Statement]
    ) -> None:
        info = self.pending.pop(article.id)
        statements = annotate_article(article, statements, self.catalogue)
        stored = self.store(
            session,
            article,
            statements,
            content_hash=info.content_hash,
            minhash=info.signature,
        )
        if stored:
            self.report.new += 1
            self.report.statements += len(statements)
            self.tell(Outcome.new, article)
        elif stored is False:
            self.report.existing += 1
            self.tell(Outcome.existing, article)

    def analysis_failed(self, session: Session, article: Article, error: AnalysisFailed) -> None:
        """Record an article whose analysis raised; the run goes on with the next one."""
        self.pending.pop(article.id, None)
        self.analysis_failed_ids.add(article.id)
        self.fail(session, failure_of(article, error.reason))

    def store_skipped(
        self, session: Session, article: Article, text_hash: str, signature: bytes | None
    ) -> None:
        article.meta["skipped"] = f"language {article.language} is not {self.language}"
        stored = self.store(
            session,
            article,
            [],
            content_hash=text_hash,
            status="skipped",
            minhash=signature,
        )
        if stored is not None:
            self.report.skipped += 1
            self.tell(Outcome.skipped, article)

    def store_copy(self, session: Session, copy: _Copy) -> None:
        if copy.original in self.analysis_failed_ids:
            reason = f"near-duplicate of {copy.original!r}, whose analysis failed"
            self.fail(session, failure_of(copy.article, reason))
            return
        copy.article.duplicate_of = copy.original
        stored = self.store(
            session,
            copy.article,
            [],
            content_hash=copy.content_hash,
            status="duplicate",
            similarity=round(copy.score, 3),
            minhash=copy.signature,
        )
        if stored:
            self.report.duplicate += 1
            self.tell(Outcome.duplicate, copy.article)
        elif stored is False:
            self.report.existing += 1
            self.tell(Outcome.existing, copy.article)

    def store_ready_copies(self, session: Session) -> None:
        """Store the copies whose original is no longer in flight."""
        ready = [c for c in self.deferred if c.original not in self.pending]
        for copy in ready:
            self.deferred.remove(copy)
            self.store_copy(session, copy)


def failure_of(article: Article, reason: str) -> Failure:
    """A failure naming where ``article`` came from (file and line when known)."""
    source = article.meta.get("source") or article.id
    position = article.meta.get("position")
    return Failure(str(source), reason, str(position) if position else None)
