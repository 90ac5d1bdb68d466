"""A fault inside the analysis of one article: that article fails, the batch goes on.

The faults are injected: a pipeline component, or the date resolution, made to raise on
the one article that names a given (invented) place. Through ``analyze_many``, the ingest
service on a database, and the ``analyze`` command.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

import dixit.resolve.dates
from dixit.cli import app
from dixit.core import ALONE_CHARS, analyze, analyze_many, load_pipeline
from dixit.errors import AnalysisFailed
from dixit.extract.attribution import Attributor
from dixit.model import Article
from dixit.service.ingest import ingest
from dixit.store import open_database, repository
from dixit.store.database import sessions
from dixit.store.models import ArticleRow, Run, RunStatus

#: The place whose mention makes the injected fault raise.
CURSED = "Valbrune"

FIRST = "« Nous rouvrirons la halle en mars », a déclaré la maire, Irène Solvet."
BROKEN = f"Le préfet de {CURSED}, Marc Odier, a annoncé que la route resterait fermée."
LAST = "« Le budget sera voté lundi », a assuré l'adjoint aux finances, Luc Bardel."


def _raising_on_cursed(original):
    def wrapped(*args, **kwargs):
        texts = [a.text for a in args if hasattr(a, "text")]
        if any(CURSED in t for t in texts if isinstance(t, str)):
            raise RuntimeError(f"injected fault on {CURSED}")
        return original(*args, **kwargs)

    return wrapped


@pytest.fixture(params=["pipeline", "dates"])
def fault(request, monkeypatch) -> Iterator[str]:
    """Make one step raise on the article that names ``CURSED``."""
    if request.param == "pipeline":
        monkeypatch.setattr(Attributor, "__call__", _raising_on_cursed(Attributor.__call__))
    else:
        original = dixit.resolve.dates.assign_dates
        monkeypatch.setattr(dixit.resolve.dates, "assign_dates", _raising_on_cursed(original))
    yield request.param


def articles(broken: str = BROKEN) -> list[Article]:
    return [
        Article(text=FIRST, id="halle", language="fr"),
        Article(text=broken, id="route", language="fr"),
        Article(text=LAST, id="budget", language="fr"),
    ]


def write_jsonl(path: Path, items: list[Article]) -> Path:
    lines = [json.dumps({"id": a.id, "language": "fr", "text": a.text}) for a in items]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


@pytest.mark.slow
def test_a_fault_fails_its_article_and_the_batch_goes_on(fault):
    failed: list[tuple[str, AnalysisFailed]] = []
    done = {
        a.id: [s.to_dict() for s in found]
        for a, found in analyze_many(articles(), on_failure=lambda a, e: failed.append((a.id, e)))
    }
    [(which, error)] = failed
    assert which == "route"
    assert "analysis failed: RuntimeError: injected fault" in error.reason
    assert isinstance(error.__cause__, RuntimeError)
    assert list(done) == ["halle", "budget"]
    nlp = load_pipeline()
    assert done["halle"] == [s.to_dict() for s in analyze(articles()[0], nlp=nlp)]
    assert done["budget"] == [s.to_dict() for s in analyze(articles()[2], nlp=nlp)]


@pytest.mark.slow
def test_without_a_handler_the_fault_is_raised_naming_the_article(fault):
    with pytest.raises(AnalysisFailed, match="route: analysis failed") as raised:
        list(analyze_many(articles()))
    assert isinstance(raised.value.__cause__, RuntimeError)


@pytest.mark.slow
def test_a_fault_in_a_long_article_parsed_alone(fault):
    long = " ".join([BROKEN] * (ALONE_CHARS // len(BROKEN) + 2))
    failed: list[str] = []
    done = [
        a.id for a, _ in analyze_many(articles(long), on_failure=lambda a, e: failed.append(a.id))
    ]
    assert failed == ["route"]
    assert done == ["halle", "budget"]


@pytest.mark.slow
def test_without_the_cursed_place_nothing_fails(fault):
    """The same words about another town: the injected fault is not triggered."""
    calm = BROKEN.replace(CURSED, "Montclair")
    failed: list[str] = []
    done = [
        a.id for a, _ in analyze_many(articles(calm), on_failure=lambda a, e: failed.append(a.id))
    ]
    assert failed == []
    assert done == ["halle", "route", "budget"]


@pytest.mark.slow
def test_ingest_stores_the_good_articles_and_records_the_faulty_one(fault, db_url, tmp_path):
    corpus = write_jsonl(tmp_path / "conseil.jsonl", articles())
    engine = open_database(db_url)
    report = ingest([str(corpus)], engine)
    assert (report.new, report.failed) == (2, 1)
    with sessions(engine)() as session:
        stored = set(session.scalars(select(ArticleRow.id)))
        [error] = repository.ingest_errors(session)
        [run] = session.scalars(select(Run)).all()
    engine.dispose()
    assert stored == {"halle", "budget"}
    assert error.position == "line 2"
    assert "analysis failed: RuntimeError: injected fault" in error.reason
    assert run.status == RunStatus.finished and run.failures == 1
    assert report.statements > 0


@pytest.mark.slow
def test_analyze_prints_the_good_articles_then_fails(fault, tmp_path):
    corpus = write_jsonl(tmp_path / "conseil.jsonl", articles())
    result = CliRunner().invoke(app, ["analyze", str(corpus), "--format", "jsonl"])
    assert result.exit_code == 1, result.output
    printed = {json.loads(line)["article"] for line in result.stdout.splitlines()}
    assert printed == {"halle", "budget"}
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1
    assert "conseil.jsonl:line 2" in errors[0] and "analysis failed" in errors[0]
    assert "1 input(s) failed" in result.stderr
