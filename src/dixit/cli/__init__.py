"""The ``dixit`` command: a thin layer over the library, one module per command."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import typer
from rich.console import Console
from rich.text import Text
from typer.core import TyperOption

from dixit.errors import DixitError

_shown_type = TyperOption.display_type_rich


def _flag_without_type(self: TyperOption, ctx) -> str | None:
    """Help shows a flag as ``--fetch``, not ``--fetch <bool>``: a flag takes no value."""
    return None if self.is_flag else _shown_type(self, ctx)


TyperOption.display_type_rich = _flag_without_type  # type: ignore[method-assign]

app = typer.Typer(
    name="dixit",
    help="Who said what, when, and did they change their mind? Statements from news text.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
#: Standard error for messages; markup is off because messages name inputs and quote data.
err = Console(stderr=True, soft_wrap=True, markup=False, emoji=False, highlight=False)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn a DixitError into one clear line and exit code 2, not a traceback."""
    try:
        yield
    except DixitError as exc:
        report_error(exc)
        raise typer.Exit(code=2) from None


def report_error(message: object) -> None:
    """One line on standard error; the message is never read as Rich markup."""
    err.print(Text.assemble(("error: ", "bold red"), str(message)))


@app.callback()
def _root(
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="More logging (-vv)."),
) -> None:
    """Who said what, when, and did they change their mind?

    Example: dixit analyze samples/ --format table
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


# Command modules register themselves on ``app`` when imported.
from dixit.cli import (  # noqa: E402,F401
    analyze,
    articles,
    evaluate,
    export,
    ingest,
    issues,
    positions,
    registry,
    serve,
    speakers,
    statements,
)


def main() -> None:
    try:
        app()
    except DixitError as exc:
        report_error(exc)
        sys.exit(2)
