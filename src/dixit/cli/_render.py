"""Rich output that never reads data as markup, and progress for long commands.

Titles, quotations, names and file names come from the articles: a quotation that contains
``[/b]`` is text to show, not a tag to close. Every console here has markup, emoji codes and
highlighting off, and every cell is a :class:`~rich.text.Text`, so data is printed as is.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


def data_console(*, stderr: bool = False) -> Console:
    """A console for untrusted text: no markup, no emoji codes, no highlighting."""
    return Console(stderr=stderr, markup=False, emoji=False, highlight=False, soft_wrap=stderr)


def cell(value: object) -> Text:
    """A table cell (or title) showing ``value`` literally; None is empty."""
    return Text("" if value is None else str(value))


class RateColumn(TextColumn):
    """Items per second since the first one, as "12.3 articles/s" (model loading excluded)."""

    def __init__(self, unit: str) -> None:
        super().__init__("")
        self.unit = unit

    def render(self, task) -> Text:  # type: ignore[override]
        first = task.fields.get("first")
        elapsed = time.monotonic() - first if first is not None else 0.0
        rate = (task.completed - 1) / elapsed if elapsed > 0 and task.completed > 1 else 0.0
        return Text(f"{rate:.1f} {self.unit}/s")


class EtaColumn(TimeRemainingColumn):
    """ "eta 0:01:30" once the number of items is known (``Tally.expect``); else nothing."""

    def render(self, task) -> Text:  # type: ignore[override]
        if task.total is None:
            return Text("")
        return Text.assemble("eta ", super().render(task))


class Tally:
    """Progress of a batch on standard error: a live line when it is a terminal, else nothing."""

    def __init__(self, label: str, unit: str = "articles") -> None:
        self.console = data_console(stderr=True)
        self.enabled = self.console.is_terminal and sys.stderr.isatty()
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn(label, markup=False),
            BarColumn(bar_width=None),
            TextColumn("{task.completed} item(s) {task.fields[counts]}", markup=False),
            RateColumn(unit),
            TimeElapsedColumn(),
            EtaColumn(),
            console=self.console,
            transient=True,
            disable=not self.enabled,
        )
        self.task = self.progress.add_task(label, total=None, counts="", first=None)
        self.first: float | None = None

    def expect(self, total: int | None) -> None:
        """Give the bar an end (``total`` items), so it shows the time remaining."""
        if total:
            self.progress.update(self.task, total=total)

    def advance(self, counts: str = "") -> None:
        if self.first is None:
            self.first = time.monotonic()
        self.progress.update(self.task, advance=1, counts=counts, first=self.first)

    def print(self, text: Text) -> None:
        """A line above the progress display (or on standard error without one)."""
        self.progress.console.print(text)

    @contextmanager
    def shown(self) -> Iterator[Tally]:
        with self.progress:
            yield self
