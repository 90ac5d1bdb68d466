"""Every command the README shows, and every example in ``dixit … --help``, runs as written.

They run in a temporary copy of the files they name (``samples/``, ``tests/fixtures/dev/``, ``en/``,
``docs/examples/``), so the default ``dixit.db`` and the files they write land there. Commands
run in-process (one spaCy model for all); one with an environment variable in front runs
in a subprocess, since settings are read once per process.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from dixit.cli import app

ROOT = Path(__file__).resolve().parents[2]
#: What the commands may read, copied into the working directory.
SHIPPED = (
    "samples",
    "tests/fixtures/dev",
    "tests/fixtures/en",
    "tests/fixtures/positions",
    "docs/examples",
)
ASSIGNMENT = re.compile(r"[A-Z][A-Z0-9_]*=")

pytestmark = pytest.mark.slow


def shell_lines(text: str) -> list[str]:
    """The commands of a shell snippet: continuations joined, comments and blanks dropped."""
    lines: list[str] = []
    pending = ""
    for raw in text.splitlines():
        line = raw.strip()
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        line = (pending + line).strip()
        pending = ""
        if line and not line.startswith("#"):
            lines.append(line)
    return lines


def readme_blocks(language: str) -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(rf"```{language}\n(.*?)```", text, flags=re.DOTALL)


def readme_commands() -> list[str]:
    """The README's dixit commands (its quick start's make targets are checked apart)."""
    lines = [line for block in readme_blocks("sh") for line in shell_lines(block)]
    return [line for line in lines if not line.startswith("make ")]


def test_quick_start_targets_exist():
    lines = [line for block in readme_blocks("sh") for line in shell_lines(block)]
    targets = [line.split()[1] for line in lines if line.startswith("make ")]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert targets == ["demo", "test"]
    for target in targets:
        assert re.search(rf"^{target}:", makefile, flags=re.MULTILINE), target


def help_examples() -> list[str]:
    """The example lines of every command's help, ingest first (the others read its db)."""

    def walk(group):
        for command in group.commands.values():
            yield command
            if hasattr(command, "commands"):
                yield from walk(command)

    root = typer.main.get_command(app)
    texts = [root.help or "", *(c.help or "" for c in walk(root))]
    examples = [
        line
        for text in texts
        for line in shell_lines(text.partition("Example")[2].lstrip(":"))
        if re.match(r"([A-Z_]+=\S+ )*dixit ", line)
    ]
    return sorted(examples, key=lambda line: " ingest " not in f" {line} ")


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch) -> Path:
    for name in SHIPPED:
        shutil.copytree(ROOT / name, tmp_path / name)
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DIXIT_DATABASE_URL", raising=False)
    monkeypatch.delenv("DIXIT_REGISTRY", raising=False)
    return tmp_path


def run_line(line: str, cwd: Path) -> tuple[int, str]:
    """Run one documented command line; its exit code and what it printed."""
    tokens = shlex.split(line)
    env = {}
    while tokens and ASSIGNMENT.match(tokens[0]):
        name, _, value = tokens.pop(0).partition("=")
        env[name] = value
    target = None
    if ">" in tokens:
        at = tokens.index(">")
        target, tokens = tokens[at + 1], tokens[:at]
    program, *args = tokens
    assert Path(program).name == "dixit", line
    if env:
        entry = [sys.executable, "-c", "from dixit.cli import main; main()"]
        done = subprocess.run(
            [*entry, *args], cwd=cwd, env={**os.environ, **env}, capture_output=True, text=True
        )
        code, stdout, output = done.returncode, done.stdout, done.stdout + done.stderr
    else:
        result = CliRunner().invoke(app, args)
        code, stdout, output = result.exit_code, result.stdout, result.output
    if target:
        (cwd / target).write_text(stdout, encoding="utf-8")
    return code, output


def test_readme_names_only_files_that_ship(workdir: Path):
    for line in readme_commands():
        for token in shlex.split(line):
            if re.fullmatch(r"(samples|tests|docs)/\S*", token):
                assert (ROOT / token).exists(), f"README names missing {token}: {line}"


def test_every_readme_command_runs_as_written(workdir: Path):
    commands = readme_commands()
    assert len(commands) >= 8
    for line in commands:
        code, output = run_line(line, workdir)
        assert code == 0, f"{line}\n{output}"
    assert (workdir / "statements.parquet").is_file()
    for block in readme_blocks("python"):
        exec(compile(block, "README.md", "exec"), {})


def test_every_help_example_runs_as_written(workdir: Path):
    examples = help_examples()
    assert len(examples) >= 12
    for line in examples:
        code, output = run_line(line, workdir)
        assert code == 0, f"{line}\n{output}"
