"""What a statement's words say about it besides who and when: where it was made (venue:
the occasion and the medium), to whom (addressee), how firmly (certainty); and how likely it
is to be right (``confidence``, calibrated on real news: ``confidence``).

Each concern is one module of plain functions over the parsed article and its resolved
statements, with its words in the language's data files (``venues.yaml``,
``addressees.yaml``, ``certainty.yaml``); ``describe_statements`` runs them after speakers and
dates (``docs/venue.md``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from dixit.describe.addressee import assign_addressees
from dixit.describe.certainty import assign_certainty
from dixit.describe.confidence import calibrate
from dixit.describe.venue import assign_venues
from dixit.model import Article, Statement
from dixit.resolve.speakers import ArticleState


def describe_statements(
    doc: Doc, article: Article, statements: list[Statement], state: ArticleState | None
) -> None:
    """Fill venue, venue type, addressee and certainty of each statement, then its calibrated
    confidence (which reads them), in place."""
    if not statements:
        return
    language = (article.language or doc.lang_).split("-")[0]
    assign_venues(doc, statements, language)
    assign_addressees(doc, statements, state, language)
    assign_certainty(doc, statements, language)
    calibrate(statements, article.text, language)


__all__ = ["describe_statements"]
