"""Text that looks like terminal markup, NUL bytes, and inputs that are wrong in every way:
each is shown as is or named in one line, never a traceback."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from dixit.cli import app
from dixit.model import Article, Speaker, Statement
from dixit.store import open_database, repository
from dixit.store.database import sessions

runner = CliRunner()
#: Wide enough that no cell wraps, so the shown text can be looked for whole.
WIDE = {"COLUMNS": "400"}
FIXTURE_SCOPE = HealthCheck.function_scoped_fixture

#: Pieces Rich would read as markup, emoji codes or escapes if data were not shown as is.
MARKUP = ["[/b]", "[/i]", "[bold]", "[/]", "[link=x]", "\\[", ":smile:", "[red]", "]", "["]
#: Markup-like strings: tags and brackets among ordinary words.
hostile = st.lists(
    st.one_of(st.sampled_from(MARKUP), st.sampled_from(["la", "ville", "«", "»", " ", "x"])),
    min_size=1,
    max_size=8,
).map("".join)


def store_hostile(url: str, value: str) -> None:
    """One article whose title, quotation, speaker and outlet all carry ``value``."""
    text = f"« Le budget {value} sera voté », a déclaré Odile Ferrand."
    article = Article(
        text=text,
        id="hostile",
        published=date(2025, 4, 2),
        language="fr",
        title=f"Conseil {value}",
        outlet=f"La Gazette {value}",
        meta={"source": f"{value}.jsonl"},
    )
    content = f"Le budget {value} sera voté"
    statement = Statement(
        article="hostile",
        kind="direct",
        content=content,
        content_span=(2, 2 + len(content)),
        cue="a déclaré",
        speaker=Speaker(f"odile-{value}", f"Odile {value}", "person"),
        speaker_mention=f"Odile {value}",
        statement_date=date(2025, 4, 1),
    )
    engine = open_database(url)
    with sessions(engine)() as session:
        repository.add_article_with_statements(session, article, [statement], content_hash="h")
    engine.dispose()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=hostile)
def test_markup_like_text_through_every_stored_table_view(tmp_path_factory, value):
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'dixit.db'}"
    store_hostile(url, value)
    for command in ("statements", "articles", "speakers"):
        for output in ("table", "json", "jsonl", "csv"):
            result = runner.invoke(app, [command, "--db", url, "--format", output])
            assert result.exit_code == 0, (command, output, result.output)
            assert result.exception is None or isinstance(result.exception, SystemExit)
    shown = runner.invoke(app, ["statements", "--db", url, "--format", "table"], env=WIDE)
    assert f"Le budget {value} sera voté" in shown.stdout
    listed = runner.invoke(app, ["articles", "--db", url, "--format", "table"], env=WIDE)
    assert f"Conseil {value}" in listed.stdout


@pytest.mark.slow
@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=hostile)
def test_markup_like_text_through_analyze_tables(tmp_path_factory, value):
    folder = tmp_path_factory.mktemp("in")
    record = {
        "id": "a1",
        "title": f"Titre {value}",
        "text": f"« Nous {value} tiendrons », a déclaré la maire, Odile Ferrand.",
    }
    corpus = folder / "c.jsonl"
    corpus.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    for command in ("analyze", "speakers"):
        result = runner.invoke(app, [command, str(corpus), "--format", "table"])
        assert result.exit_code == 0, result.output


@pytest.mark.slow
def test_nul_and_markup_in_analyze_are_shown_as_text(tmp_path: Path):
    corpus = tmp_path / "c.jsonl"
    records = [
        {"id": "a1", "title": "[/b]", "text": "« Un [/i] budget », a déclaré Odile Ferrand."},
        {"id": "a2", "text": "« Un budget \u0000 nul », a déclaré Odile Ferrand."},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(corpus)], env=WIDE)
    assert result.exit_code == 0, result.output
    assert "Un [/i] budget" in result.stdout and "[/b]" in result.stdout


def test_failure_message_naming_markup_is_shown_as_is(tmp_path: Path):
    bad = tmp_path / "[bold]bad[red].jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(bad)])
    assert result.exit_code == 1
    assert "[bold]bad[red].jsonl:line 1: invalid JSON" in result.stderr


@pytest.mark.parametrize("command", ["analyze", "ingest", "speakers"])
@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("verbs:\n  claironner: {\n", "not valid YAML"),
        ("- claironner\n- pester\n", "a cue lexicon is a YAML mapping"),
        ("verbs: [\x00]", "not valid YAML"),
    ],
)
def test_bad_cue_lexicon_is_one_line_exit_2(tmp_path: Path, command, content, problem):
    story = tmp_path / "story.txt"
    story.write_text("« Oui », a dit Odile Ferrand.\n", encoding="utf-8")
    cues = tmp_path / "my-cues.yaml"
    cues.write_text(content, encoding="utf-8")
    args = [command, str(story), "--cues", str(cues)]
    if command == "ingest":
        args += ["--db", f"sqlite:///{tmp_path / 'x.db'}"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert problem in result.stderr and "my-cues.yaml" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "parquet"])
def test_export_to_a_missing_directory_is_one_line_exit_2(tmp_path: Path, fmt):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    target = tmp_path / "nonexistent" / "dir" / "x"
    result = runner.invoke(app, ["export", "--db", url, "--format", fmt, "--output", str(target)])
    assert result.exit_code == 2, result.output
    assert "does not exist" in result.stderr and str(target) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_export_formats_write_every_statement(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    store_hostile(url, "[/b]")
    out = tmp_path / "all.json"
    result = runner.invoke(app, ["export", "--db", url, "--format", "json", "--output", str(out)])
    assert result.exit_code == 0, result.output
    [row] = json.loads(out.read_text(encoding="utf-8"))
    assert row["article_title"] == "Conseil [/b]"


def test_statements_query_option(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    store_hostile(url, "tramway")
    for flag in ("--query", "-q"):
        found = runner.invoke(app, ["statements", "--db", url, flag, "budget", "-f", "jsonl"])
        assert found.exit_code == 0 and len(found.stdout.splitlines()) == 1
    missing = runner.invoke(app, ["statements", "--db", url, "--query", "piscine", "-f", "jsonl"])
    assert missing.stdout == ""


def test_csv_with_an_unclosed_quote_names_the_line(tmp_path: Path):
    corpus = tmp_path / "c.csv"
    corpus.write_text(
        "id,text,published\n"
        "a,« Oui » a dit Odile Ferrand.,2025-04-01\n"
        'b,"« Non » a dit Paul Ternier.,2025-04-02\n'
        "c,« Peut-être » a dit Odile Ferrand.,2025-04-03\n",
        encoding="utf-8",
    )
    from dixit.ingest.sources import Failure, read_sources

    items = list(read_sources([str(corpus)]))
    failures = [i for i in items if isinstance(i, Failure)]
    assert [i.id for i in items if not isinstance(i, Failure)] == ["a"]
    [failure] = failures
    assert failure.position == "line 3" and "never closed" in failure.reason
    assert "bad date" not in failure.reason


def test_flags_are_shown_as_flags_in_help():
    result = runner.invoke(app, ["ingest", "--help"], env=WIDE)
    line = next(x for x in result.stdout.splitlines() if "--fetch" in x)
    assert "<bool>" not in line
    assert "``" not in runner.invoke(app, ["statements", "--help"]).stdout


@pytest.mark.parametrize("command", ["analyze", "statements", "articles", "speakers"])
def test_every_listing_command_takes_the_four_formats(command):
    result = runner.invoke(app, [command, "--help"], env=WIDE)
    assert "table|json|jsonl|csv" in result.stdout
