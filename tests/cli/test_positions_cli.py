"""``dixit issues``, ``timeline``, ``flips``, ``contradictions`` on the command line: the
seed story end to end (slow: it runs the pipeline), and one-line errors for bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dixit.cli import app
from dixit.model import Article, Speaker, Statement
from dixit.store import open_database, repository
from dixit.store.database import sessions

ROOT = Path(__file__).resolve().parents[2]
UKRAINE = ROOT / "samples" / "issues" / "ukraine-2025.yaml"


def run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def small_db(tmp_path: Path) -> str:
    """A database holding one invented statement, stored without the pipeline."""
    url = f"sqlite:///{tmp_path / 'small.db'}"
    text = "La maire Odile Fresnel a exclu de prolonger le tramway vers le nord."
    article = Article(text=text, id="t1", published=date(2025, 3, 4), language="fr")
    start = text.index("de prolonger")
    statement = Statement(
        article="t1",
        kind="indirect",
        content=text[start:-1],
        content_span=(start, len(text) - 1),
        cue="a exclu",
        cue_span=(text.index("a exclu"), text.index("a exclu") + 7),
        cue_lemma="exclure",
        speaker=Speaker("odile-fresnel", "Odile Fresnel", "person"),
        statement_date=date(2025, 3, 4),
    )
    engine = open_database(url)
    with sessions(engine)() as session:
        repository.add_article_with_statements(session, article, [statement], content_hash="h")
    engine.dispose()
    return url


def one_line_error(result, *words: str) -> None:
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.output
    for word in words:
        assert word in lines[0]


def test_unknown_speaker_is_one_line_exit_2(small_db):
    one_line_error(run("timeline", "Gaspard Lenoir", "--db", small_db), "Gaspard Lenoir")
    one_line_error(run("flips", "--speaker", "Gaspard Lenoir", "--db", small_db), "Gaspard")


def test_bad_since_date_is_one_line_exit_2(small_db):
    one_line_error(run("flips", "--since", "2025-13-01", "--db", small_db), "--since")
    one_line_error(run("contradictions", "--since", "hier", "--db", small_db), "YYYY-MM-DD")


def test_malformed_catalogue_is_one_line_exit_2(small_db, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("issues:\n  - id: x\n    terms: {fr: [[a]]\n", encoding="utf-8")
    one_line_error(run("issues", "add", str(bad), "--db", small_db), "bad.yaml", "line")
    one_line_error(run("issues", "apply", "--issues", str(bad), "--db", small_db), "bad.yaml")
    one_line_error(run("flips", "--issues", str(bad), "--db", small_db), "bad.yaml")


def test_issues_add_list_and_the_timeline_show_the_stance(small_db, tmp_path):
    catalogue = tmp_path / "tram.yaml"
    catalogue.write_text(
        "issues:\n  - id: tram-nord\n    label: Prolonger le tramway\n"
        "    terms: {fr: [[tramway], [nord]]}\n",
        encoding="utf-8",
    )
    added = run("issues", "add", str(catalogue), "--db", small_db)
    assert added.exit_code == 0, added.output
    listed = json.loads(run("issues", "list", "--db", small_db, "--format", "json").stdout)
    assert [i["id"] for i in listed] == ["tram-nord"]
    shown = run("timeline", "fresnel", "--issue", "tram-nord", "--db", small_db, "-f", "jsonl")
    (record,) = [json.loads(line) for line in shown.stdout.splitlines()]
    assert record["speaker"]["id"] == "odile-fresnel" and record["stance"] == "opposes"
    table = run("timeline", "Odile Fresnel", "--db", small_db)
    assert table.exit_code == 0 and "opposes" in table.stdout
    about = run("statements", "--issue", "tram-nord", "--db", small_db, "-f", "jsonl").stdout
    assert [json.loads(line)["issues"][0]["id"] for line in about.splitlines()] == ["tram-nord"]
    assert run("statements", "--issue", "autre", "--db", small_db, "-f", "jsonl").stdout == ""
    csv = run("timeline", "odile-fresnel", "--db", small_db, "--format", "csv").stdout
    assert csv.splitlines()[0].startswith("statement,article,speaker.id,speaker.name")


@pytest.mark.slow
def test_seed_story_flip_and_unconfirmed_report(seed_dir: Path, tmp_path: Path):
    db = f"sqlite:///{tmp_path / 'seed.db'}"
    articles = str(seed_dir / "articles.jsonl")
    ingested = run("ingest", articles, "--db", db, "--issues", str(UKRAINE))
    assert ingested.exit_code == 0, ingested.output
    flips = json.loads(
        run("flips", "--db", db, "--issues", str(UKRAINE), "--format", "json").stdout
    )
    trump = [
        f
        for f in flips
        if f["speaker"]["id"] == "donald-trump" and f["issue"]["id"] == "us-troops-ukraine"
    ]
    assert len(trump) == 1
    (flip,) = trump
    assert (flip["before"]["statement_date"], flip["before"]["stance"]) == ("2025-08-18", "open")
    assert (flip["after"]["statement_date"], flip["after"]["stance"]) == ("2025-08-19", "opposes")
    text = json.loads((seed_dir / "articles.jsonl").read_text(encoding="utf-8"))["text"]
    for side in (flip["before"], flip["after"]):
        start, end = side["content_span"]
        assert text[start:end] == side["content"]

    said = [
        json.loads(line)
        for line in run(
            "statements", "--db", db, "--speaker", "Leavitt", "-f", "jsonl"
        ).stdout.splitlines()
    ]
    promise = [s for s in said if "avait promis" in s["content"]]
    assert promise and all(s["verified"] is False for s in promise)
    assert promise[0]["verification"]["reason"] == "unconfirmed"

    # The story again, after its catalogue changed: new issues, no second copy.
    changed = tmp_path / "changed.yaml"
    changed.write_text(
        "issues:\n  - id: ukraine-guarantees\n    label: Security guarantees for Ukraine\n"
        "    terms: {fr: [[garanties de sécurité]]}\n",
        encoding="utf-8",
    )
    assert run("issues", "add", str(changed), "--db", db, "--no-apply").exit_code == 0
    again = run("ingest", articles, "--db", db)
    assert again.exit_code == 0, again.output
    stored = [
        json.loads(line)
        for line in run("statements", "--db", db, "-f", "jsonl").stdout.splitlines()
    ]
    assert len(stored) == len({s["id"] for s in stored})
    ids = {i["id"] for s in stored for i in s["issues"]}
    assert ids == {"ukraine-guarantees"}
    assert run("flips", "--db", db, "--format", "json").stdout.strip() == "[]"


TURNED = (
    "Volte-face de la présidente du syndicat des eaux de Lormes.\n"
    "Gaëlle Tissier avait exclu en mars de raccorder le hameau des Aulnes au réseau. "
    "Jeudi, elle a annoncé que les travaux commenceraient à l'automne.\n"
)


def stated(text: str, content: str, cue: str, lemma: str, mention: str) -> Statement:
    start, cue_start, at = text.index(content), text.index(cue), text.index(mention)
    return Statement(
        article="aulnes",
        kind="indirect",
        content=content,
        content_span=(start, start + len(content)),
        cue=cue,
        cue_span=(cue_start, cue_start + len(cue)),
        cue_lemma=lemma,
        speaker=Speaker("gaelle-tissier", "Gaëlle Tissier", "person"),
        speaker_mention=mention,
        speaker_mention_span=(at, at + len(mention)),
    )


@pytest.fixture
def turned_db(tmp_path: Path) -> str:
    """A stored article that reports a change, with its title, outlet and address."""
    url = f"sqlite:///{tmp_path / 'turned.db'}"
    article = Article(
        text=TURNED,
        id="aulnes",
        published=date(2026, 4, 3),
        language="fr",
        title="Les Aulnes raccordés",
        outlet="L'Écho des Aulnes",
        url="https://example.org/aulnes",
    )
    statements = [
        stated(
            TURNED,
            "de raccorder le hameau des Aulnes au réseau",
            "avait exclu",
            "exclure",
            "Gaëlle Tissier",
        ),
        stated(TURNED, "les travaux commenceraient à l'automne", "a annoncé", "annoncer", "elle"),
    ]
    engine = open_database(url)
    with sessions(engine)() as session:
        repository.add_article_with_statements(session, article, statements, content_hash="t")
    engine.dispose()
    return url


SIDE_FIELDS = ("speaker_mention", "cue", "stance_basis", "title", "outlet", "url", "published")


def test_flips_sides_carry_who_how_and_where_in_every_form(turned_db):
    (flip,) = json.loads(run("flips", "--db", turned_db, "--format", "json").stdout)
    before, after = flip["before"], flip["after"]
    assert (before["speaker_mention"], before["cue"]) == ("Gaëlle Tissier", "avait exclu")
    assert (after["speaker_mention"], after["cue"]) == ("elle", "a annoncé")
    assert before["stance_basis"] == "cue exclure"
    assert (after["stance"], after["stance_basis"]) == (
        "supports",
        "inferred: a reported change from opposes",
    )
    for side in (before, after):
        assert (side["title"], side["outlet"]) == ("Les Aulnes raccordés", "L'Écho des Aulnes")
        assert (side["url"], side["published"]) == ("https://example.org/aulnes", "2026-04-03")

    (line,) = run("flips", "--db", turned_db, "--format", "jsonl").stdout.splitlines()
    assert json.loads(line) == flip

    header, row = run("flips", "--db", turned_db, "--format", "csv").stdout.splitlines()
    columns = header.split(",")
    for side in ("before", "after"):
        assert all(f"{side}.{field}" in columns for field in SIDE_FIELDS)
    assert "L'Écho des Aulnes" in row and "inferred: a reported change from opposes" in row

    table = CliRunner().invoke(
        app, ["flips", "--db", turned_db, "--format", "table"], env={"COLUMNS": "300"}
    )
    assert table.exit_code == 0, table.output
    for shown in ("told: elle a annoncé", "stance: inferred", "in: L'Écho des Aulnes"):
        assert shown in table.stdout


@pytest.mark.parametrize(
    "command",
    [
        ["statements"],
        ["articles"],
        ["speakers"],
        ["timeline", "Odile Fresnel"],
        ["flips"],
        ["contradictions"],
        ["issues", "list"],
        ["issues", "suggest"],
    ],
)
def test_reading_a_missing_sqlite_file_is_an_error_and_creates_nothing(command, tmp_path):
    missing = tmp_path / "typo" / "dixit.db"
    one_line_error(run(*command, "--db", f"sqlite:///{missing}"), "no database there")
    assert not missing.exists()


def test_flips_without_a_catalogue_says_so_and_still_lists(small_db):
    result = run("flips", "--db", small_db, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []
    assert "no issue catalogue" in result.stderr


def test_the_documented_sequence_reads_both_seed_changes(seed_dir: Path, tmp_path: Path):
    """docs/positions.md: register the catalogue, ingest, then flips with no --issues; the
    registered entries keep their sides, so the summit-format change is read too."""
    db = f"sqlite:///{tmp_path / 'seed.db'}"
    assert run("issues", "add", str(UKRAINE), "--db", db).exit_code == 0
    ingested = run("ingest", str(seed_dir / "articles.jsonl"), "--db", db)
    assert ingested.exit_code == 0, ingested.output
    flips = json.loads(run("flips", "--db", db, "--format", "json").stdout)
    changes = {
        (f["issue"]["id"], f["before"]["stance"], f["after"]["stance"])
        for f in flips
        if f["speaker"]["id"] == "donald-trump"
    }
    assert changes >= {
        ("us-troops-ukraine", "open", "opposes"),
        ("summit-format", "opposes", "supports"),
    }
