"""``dixit speakers`` over inputs and over a database filled by ``dixit ingest``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from dixit.cli import app

runner = CliRunner()
FIRST = (
    "---\npublished: 2025-04-02\n---\n"
    "La maire de Sorlac, Odile Ferrand, a annoncé que la piscine rouvrirait en mai.\n"
    "« Les travaux sont presque finis », a-t-elle assuré.\n"
)
SECOND = (
    "---\npublished: 2025-04-09\n---\n"
    "Odile Ferrand a reconnu que le chantier avait pris du retard.\n"
    "Le syndicat des maîtres-nageurs a dénoncé « un calendrier irréaliste ».\n"
)


def write(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(FIRST, encoding="utf-8")
    (folder / "b.txt").write_text(SECOND, encoding="utf-8")
    return folder


def test_speakers_of_inputs_with_their_mentions(tmp_path: Path) -> None:
    result = runner.invoke(app, ["speakers", str(write(tmp_path)), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = {r["name"]: r for r in json.loads(result.stdout)}
    assert rows["Odile Ferrand"]["statements"] == 3
    assert rows["Odile Ferrand"]["articles"] == 2
    assert "elle" in rows["Odile Ferrand"]["mentions"]


def test_speakers_from_the_database_as_csv(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'dixit.db'}"
    ingest = runner.invoke(app, ["ingest", str(write(tmp_path)), "--db", db])
    assert ingest.exit_code == 0, ingest.output
    result = runner.invoke(app, ["speakers", "--db", db, "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = {r["name"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert rows["Odile Ferrand"]["statements"] == "3"
    assert rows["Odile Ferrand"]["first"] == "2025-04-02"
    assert rows["Odile Ferrand"]["last"] == "2025-04-09"
    later = runner.invoke(
        app, ["speakers", "--db", db, "--since", "2025-04-05", "--format", "jsonl"]
    )
    counts = {
        json.loads(line)["name"]: json.loads(line)["statements"]
        for line in later.stdout.splitlines()
    }
    assert counts["Odile Ferrand"] == 1
