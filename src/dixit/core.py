"""The heart of dixit: one pure function from an article to its statements.

``analyze`` does no I/O beyond loading the spaCy model once per process: the CLI, the
store, the API and the cluster runner all call it.
"""

from __future__ import annotations

import logging
from datetime import date
from functools import lru_cache

import spacy
from spacy.language import Language

from dixit.errors import ModelNotFound
from dixit.model import Article, Statement
from dixit.settings import get_settings

log = logging.getLogger(__name__)

#: Our components, in pipeline order, and where each goes relative to spaCy's own.
DIXIT_COMPONENTS = ("dixit_quotes", "dixit_cues", "dixit_attribution")


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None, language: str | None = None) -> Language:
    """Load a spaCy model by name and add dixit's components to it.

    ``model`` is any installed spaCy package name; by default the language's model
    from the settings (``fr_core_news_md`` for French).
    """
    settings = get_settings()
    lang = language or settings.language
    name = model or settings.model_for(lang)
    # Imported for their @Language.factory side effect.
    from dixit.extract import attribution, cues, paragraphs, quotes  # noqa: F401

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(name) from exc
    nlp.add_pipe("dixit_paragraphs", before=nlp.pipe_names[0] if nlp.pipe_names else None)
    for component in DIXIT_COMPONENTS:
        nlp.add_pipe(component, config={"language": nlp.lang})
    log.debug("loaded %s with %s", name, nlp.pipe_names)
    return nlp


def _as_article(
    text_or_article: str | Article, published: date | None, language: str | None
) -> Article:
    if isinstance(text_or_article, Article):
        article = text_or_article
        if published and not article.published:
            article.published = published
        if language and not article.language:
            article.language = language
        return article
    return Article(text=text_or_article, published=published, language=language)


def analyze(
    text_or_article: str | Article,
    *,
    published: date | None = None,
    language: str | None = None,
    model: str | None = None,
    nlp: Language | None = None,
) -> list[Statement]:
    """Find the statements of one article, with speakers and dates resolved.

    >>> statements = analyze("« Nous tiendrons », a déclaré la maire.")  # doctest: +SKIP
    """
    article = _as_article(text_or_article, published, language)
    nlp = nlp or load_pipeline(model, article.language)
    doc = nlp(article.text)
    return statements_from_doc(doc, article)


def statements_from_doc(doc, article: Article) -> list[Statement]:
    """Turn a processed Doc into resolved statements (shared by ``analyze`` and batch runs)."""
    from dixit.resolve.dates import assign_dates
    from dixit.resolve.speakers import resolve_speakers

    found = doc._.dixit_statements or []
    statements = [f.to_statement(article.id, doc.text) for f in found]
    for f, statement in zip(found, statements, strict=True):
        if f.via is not None:
            statement.via = statements[f.via].id
    resolve_speakers(doc, article, statements)
    assign_dates(article, statements)
    return statements


def analyze_many(
    articles, *, model: str | None = None, language: str | None = None, batch_size: int = 16
):
    """Analyse an iterable of articles with ``nlp.pipe``; yields (article, statements)."""
    nlp = load_pipeline(model, language)
    pending = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pending, as_tuples=True, batch_size=batch_size):
        yield article, statements_from_doc(doc, article)
