"""Screenshots of the pages under test, to look at by eye (a module of its own: test files
cannot import from ``conftest``, a name every test folder shares)."""

from __future__ import annotations

from pathlib import Path

ARTEFACTS = Path(__file__).resolve().parents[2] / "tests" / "artefacts"


def shoot(page, name: str) -> None:
    """A full-page screenshot under tests/artefacts/ (git-ignored)."""
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / f"{name}.png"), full_page=True)
