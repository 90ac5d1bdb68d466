"""The statements the pipeline finds in a French text: the helpers the extraction test
files share."""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article, Statement


def extract(nlp, text: str) -> list[Statement]:
    """The resolved statements of ``text``, read as a French article."""
    return statements_from_doc(nlp(text), Article(text=text, language="fr"))


def contents(statements: list[Statement]) -> list[str]:
    return [s.content for s in statements]
