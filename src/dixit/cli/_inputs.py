"""Reading the inputs of a command: articles go on, failures are reported and counted.

The same holds for an article whose analysis raised: reported, counted, the rest go on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from dixit.cli import report_error
from dixit.core import OnFailure
from dixit.errors import AnalysisFailed, DixitError
from dixit.ingest.sources import Failure, read_sources
from dixit.lang import AUTO
from dixit.model import Article
from dixit.service.ingest import failure_of
from dixit.service.languages import check_analysable


def readable_articles(
    inputs: list[str],
    failures: list[Failure],
    *,
    published: date | None = None,
    language: str | None = None,
    analysed_in: str | None = None,
) -> Iterator[Article]:
    """Yield the articles of ``inputs``; report each failure on stderr and keep it.

    With ``analysed_in`` (the run's language), an article in a language dixit cannot
    analyse, or in another one than the run's, is a failure too: the run's pipeline would
    misread it. A run in ``AUTO`` takes every language dixit can analyse, and an article
    whose input does not say gets the language detected in its text.
    """
    auto = analysed_in == AUTO
    items: Iterable[Article | Failure] = read_sources(
        inputs,
        published=published,
        language=None if auto else language,
        detect_language=auto,
    )
    for item in items:
        if isinstance(item, Article) and analysed_in is not None:
            item = _in_language(item, analysed_in)
        if isinstance(item, Failure):
            failures.append(item)
            report_error(item)
        else:
            yield item


def failed_analysis(failures: list[Failure]) -> OnFailure:
    """What to do with an article whose analysis raised: report it on stderr and keep it."""

    def record(article: Article, error: AnalysisFailed) -> None:
        failure = failure_of(article, error.reason)
        failures.append(failure)
        report_error(failure)

    return record


def _in_language(article: Article, run_language: str) -> Article | Failure:
    if not article.language:
        return article
    try:
        code = check_analysable(article.language)
    except DixitError as exc:
        return failure_of(article, str(exc))
    if run_language != AUTO and code != run_language:
        return failure_of(
            article, f"article in {article.language!r}, this run analyses {run_language!r} (--lang)"
        )
    return article
