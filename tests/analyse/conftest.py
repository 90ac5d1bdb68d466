"""Fixtures of the analyse tests: the shipped example issue catalogues, and the reversals
a French text reports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from dixit.analyse import Issue, load_catalogue
from dixit.analyse.reported import reported_reversals
from dixit.core import parse, statements_from_doc
from dixit.model import Article

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "issues"


@pytest.fixture(scope="session")
def ukraine() -> list[Issue]:
    return load_catalogue(SAMPLES / "ukraine-2025.yaml")


@pytest.fixture(scope="session")
def pensions() -> list[Issue]:
    return load_catalogue(SAMPLES / "retraites.yaml")


@pytest.fixture(scope="session")
def reversals_in(nlp) -> Callable[[str], list[dict]]:
    """The reversals a French text reports, as their JSON dicts."""

    def reversals(text: str) -> list[dict]:
        article = Article(text=text, id="t", language="fr")
        doc = parse(nlp, text)
        statements = statements_from_doc(doc, article)
        return [r.to_dict() for r in reported_reversals(article, statements, doc=doc)]

    return reversals
