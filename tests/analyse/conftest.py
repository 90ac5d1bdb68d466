"""Fixtures of the analyse tests: the shipped example issue catalogues."""

from __future__ import annotations

from pathlib import Path

import pytest

from dixit.analyse import Issue, load_catalogue

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "issues"


@pytest.fixture(scope="session")
def ukraine() -> list[Issue]:
    return load_catalogue(SAMPLES / "ukraine-2025.yaml")


@pytest.fixture(scope="session")
def pensions() -> list[Issue]:
    return load_catalogue(SAMPLES / "retraites.yaml")
