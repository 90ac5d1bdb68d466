"""The ``dixit`` command through its real entry point, on real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dixit.cli import app

runner = CliRunner()
STORY = (
    "Le maire de Vauclin, Serge Amadou, a déclaré lundi que la piscine rouvrirait en mai.\n"
    "« Les travaux sont presque finis », a-t-il assuré devant le conseil.\n"
)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def run(*args: str):
    return runner.invoke(app, list(args))


def test_analyze_text_file_as_jsonl(story: Path) -> None:
    result = run("analyze", str(story), "--format", "jsonl", "--published", "2025-03-04")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["kind"] for r in rows] == ["indirect", "direct"]
    assert rows[0]["content"] == "la piscine rouvrirait en mai"
    assert rows[0]["article"] == "story"
    for r in rows:
        start, end = r["content_span"]
        assert STORY[start:end] == r["content"]


def test_analyze_table_names_speaker_and_statement(story: Path) -> None:
    result = run("analyze", str(story))
    assert result.exit_code == 0
    words = result.stdout.split()
    assert "Serge" in words and "Amadou" in words  # the table may wrap the name
    assert "piscine" in words


def test_jsonl_corpus_with_one_bad_line_analyses_the_rest(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    good = {"id": "a1", "published": "2025-03-04", "text": STORY}
    corpus.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({**good, "id": "a2"}) + "\n")
    result = run("analyze", str(corpus), "--format", "jsonl")
    assert result.exit_code == 1
    articles = {json.loads(line)["article"] for line in result.stdout.splitlines()}
    assert articles == {"a1", "a2"}
    assert f"{corpus}:line 2" in result.stderr
    assert "invalid JSON" in result.stderr


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"   \n\n", "empty file"),
        ("binary.txt", bytes(range(256)) * 4, "binary"),
    ],
)
def test_bad_files_are_named_and_fail(tmp_path: Path, story: Path, name, content, message) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    result = run("analyze", str(bad), str(story), "--format", "jsonl")
    assert result.exit_code == 1
    assert str(bad) in result.stderr and message in result.stderr
    assert len(result.stdout.splitlines()) == 2  # the good file is still analysed


def test_missing_file_is_named(tmp_path: Path) -> None:
    result = run("analyze", str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr and "no such file" in result.stderr


def test_latin1_file_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(STORY.encode("latin-1"))
    result = run("analyze", str(path), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    first = json.loads(result.stdout.splitlines()[0])
    assert first["content"] == "la piscine rouvrirait en mai"


def test_bad_published_date_is_a_usage_error(story: Path) -> None:
    result = run("analyze", str(story), "--published", "19/08/2025")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_every_command_has_help_with_an_example() -> None:
    import typer.main

    def walk(group, prefix):
        for name, command in group.commands.items():
            yield [*prefix, name], command
            if hasattr(command, "commands"):
                yield from walk(command, [*prefix, name])

    commands = list(walk(typer.main.get_command(app), []))
    assert {"analyze", "eval"} <= {path[0] for path, _ in commands}
    for path, command in commands:
        result = run(*path, "--help")
        assert result.exit_code == 0, path
        assert "Example" in (command.help or ""), f"{' '.join(path)} help has no example"


def test_eval_prints_figures_on_the_dev_gold(dev_dir: Path) -> None:
    result = run(
        "eval",
        "--gold",
        str(dev_dir / "gold.jsonl"),
        "--articles",
        str(dev_dir / "articles.jsonl"),
        "--json",
    )
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["articles"] >= 25
    assert figures["statements"]["gold"] >= 250
    assert 0.0 < figures["statements"]["f1"] <= 1.0


def test_console_script_runs(story: Path) -> None:
    exe = Path(sys.executable).parent / "dixit"
    if not exe.exists():
        pytest.skip("dixit is not installed as a console script here")
    done = subprocess.run(
        [str(exe), "analyze", str(story), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == 2


def test_user_cue_lexicon_adds_a_reporting_verb(tmp_path: Path) -> None:
    # A que-clause needs its verb in the lexicon (an incise after a quotation does not).
    text = "Le président du club a claironné que le stade serait prêt en juin.\n"
    story = tmp_path / "club.txt"
    story.write_text(text, encoding="utf-8")
    before = run("analyze", str(story), "--format", "jsonl")
    assert before.exit_code == 0 and before.stdout.strip() == ""
    cues = tmp_path / "cues.yaml"
    cues.write_text("verbs:\n  claironner: {}\n", encoding="utf-8")
    after = run("analyze", str(story), "--format", "jsonl", "--cues", str(cues))
    assert after.exit_code == 0, after.output
    [row] = [json.loads(line) for line in after.stdout.splitlines()]
    assert (row["cue"], row["content"]) == ("a claironné", "le stade serait prêt en juin")


def test_missing_cue_lexicon_is_named(story: Path, tmp_path: Path) -> None:
    result = run("analyze", str(story), "--cues", str(tmp_path / "none.yaml"))
    assert result.exit_code == 2
    assert "none.yaml" in result.stderr and "cue lexicon not found" in result.stderr


def test_unknown_model_names_the_package_to_install(story: Path) -> None:
    result = run("analyze", str(story), "--model", "fr_core_news_lg")
    assert result.exit_code == 2
    assert "pip install fr-core-news-lg" in result.stderr


def test_eval_json_lists_the_errors_when_asked(tmp_path: Path) -> None:
    text = "Le maire Paul Verdier a déclaré mardi : « La piscine rouvrira en juin. »"
    (tmp_path / "articles.jsonl").write_text(
        json.dumps({"id": "t1", "published": "2026-05-06", "language": "fr", "text": text}) + "\n",
        encoding="utf-8",
    )
    gold = {
        "article": "t1",
        "id": "t1-01",
        "kind": "direct",
        "speaker": "Jeanne Morel",
        "cue": "a déclaré",
        "content": "La piscine rouvrira en juin.",
        "statement_date": "2026-05-05",
    }
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    files = ("--gold", str(tmp_path / "gold.jsonl"), "--articles", str(tmp_path / "articles.jsonl"))

    plain = json.loads(run("eval", *files, "--format", "json").stdout)
    assert "errors" not in plain

    result = run("eval", *files, "--format", "json", "--show-errors")
    assert result.exit_code == 0, result.output
    errors = json.loads(result.stdout)["errors"]
    speaker = [e for e in errors if e["kind"] == "speaker"]
    assert speaker == [
        {
            "kind": "speaker",
            "article": "t1",
            "content": "La piscine rouvrira en juin.",
            "expected": "Jeanne Morel",
            "got": "Paul Verdier",
        }
    ]
