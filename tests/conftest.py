"""Shared fixtures: one spaCy pipeline per test session, and the shared corpus if present."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = ROOT / "tests" / "fixtures" / "dev"


@pytest.fixture(scope="session")
def nlp():
    from dixit.core import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def en_ready() -> None:
    """The English pipeline, loaded once; the test skips where no English model is installed."""
    from dixit.core import load_pipeline
    from dixit.errors import ModelNotFound

    try:
        load_pipeline(language="en")
    except ModelNotFound:
        pytest.skip("no English spaCy model installed")


@pytest.fixture(scope="session")
def english_statements(en_ready: None):
    """The statements of an English text, under a headline and a publication date of its
    own (the English construction tests write only the body)."""
    from datetime import date

    from dixit.core import analyze
    from dixit.model import Article

    def statements(body: str):
        text = f"Kessel harbour tax faces a vote\n\n{body}"
        return analyze(Article(text=text, published=date(2025, 3, 3), language="en"))

    return statements


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    path = SHARED / "corpus" / "seed"
    if not (path / "gold.jsonl").is_file():
        pytest.skip("../shared is not beside the project")
    return path


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    return DEV
