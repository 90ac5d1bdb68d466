"""Positions over the store (``dixit.service.positions``, ``dixit.service.catalogues``):
issues stored with statements, re-annotation, timelines, reversals, contradictions, on
SQLite and (when configured) PostgreSQL. Articles and people are invented; statements are
built where the extractor would put them, so no model is loaded here."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect

from dixit.errors import InputError
from dixit.model import Article, Speaker, Statement
from dixit.registry import Registry
from dixit.registry.model import Entry
from dixit.service import positions
from dixit.service.catalogues import (
    annotate_article,
    apply_catalogue,
    catalogue_of,
    choose_catalogue,
    read_catalogue_entries,
    registered_catalogue,
)
from dixit.store import issues as stored
from dixit.store import repository
from dixit.store.models import ArticleRow, StatementRow

CATALOGUE = """
issues:
  - id: tramway-nord
    label: Prolonger le tramway vers le nord
    terms:
      fr: [[tramway], [nord]]
"""
#: The same issue, its terms changed to name the line rather than the direction.
CHANGED = """
issues:
  - id: tramway-nord
    label: Prolonger le tramway vers le nord
    terms:
      fr: [[ligne b]]
"""

MORVAN = Speaker("sandrine-morvan", "Sandrine Morvan", "person")


def catalogue_file(tmp_path: Path, text: str = CATALOGUE, name: str = "issues.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def article_of(article_id: str, lines: list[str], published: date | None) -> Article:
    return Article(text="\n".join(lines), id=article_id, published=published, language="fr")


def statement_in(
    article: Article,
    content: str,
    cue: str,
    lemma: str,
    speaker: Speaker | None,
    day: date | None,
    *,
    polarity: str = "affirmed",
) -> Statement:
    start = article.text.index(content)
    cue_start = article.text.index(cue)
    return Statement(
        article=article.id,
        kind="indirect",
        content=content,
        content_span=(start, start + len(content)),
        cue=cue,
        cue_span=(cue_start, cue_start + len(cue)),
        cue_lemma=lemma,
        polarity=polarity,  # type: ignore[arg-type]
        speaker=speaker,
        statement_date=day,
    )


def open_door(article_id: str, speaker: Speaker | None, day: date | None) -> tuple:
    """ "X n'a pas exclu de prolonger le tramway vers le nord": an open stance."""
    a = article_of(
        article_id,
        ["La maire n'a pas exclu de prolonger le tramway vers le nord de la ville."],
        day,
    )
    s = statement_in(
        a,
        "de prolonger le tramway vers le nord de la ville",
        "n'a pas exclu",
        "exclure",
        speaker,
        day,
        polarity="negated",
    )
    return a, [s]


def closed_door(article_id: str, speaker: Speaker | None, day: date | None) -> tuple:
    """ "X a exclu tout prolongement du tramway vers le nord": opposes."""
    a = article_of(
        article_id,
        ["Sandrine Morvan a exclu tout prolongement du tramway vers le nord, ligne B comprise."],
        day,
    )
    s = statement_in(
        a,
        "tout prolongement du tramway vers le nord, ligne B comprise",
        "a exclu",
        "exclure",
        speaker,
        day,
    )
    return a, [s]


def store(session, article: Article, statements: list[Statement], catalogue) -> bool:
    annotated = annotate_article(article, statements, catalogue)
    return repository.add_article_with_statements(
        session, article, annotated, content_hash=article.id + "-hash"
    )


@pytest.fixture
def catalogue(tmp_path: Path):
    return catalogue_of(read_catalogue_entries(catalogue_file(tmp_path)))


@pytest.fixture
def nobody() -> Registry:
    """A registry that knows nobody: speakers stay as stored."""
    return Registry()


def test_issues_are_stored_with_the_statements_and_indexed(session, catalogue, nobody):
    store(session, *closed_door("a2", MORVAN, date(2025, 3, 12)), catalogue)
    (hit,) = repository.find_statements(session)
    assert [(i.id, i.stance) for i in hit.statement.issues] == [("tramway-nord", "opposes")]
    rows = list(stored.stored_statements(session, issue_id="tramway-nord"))
    assert len(rows) == 1
    assert not list(stored.stored_statements(session, issue_id="autre"))
    assert len(repository.find_statements(session, issue="tramway-nord")) == 1
    assert repository.find_statements(session, issue="autre") == []


def test_a_change_of_stance_between_two_dated_days_is_one_flip(session, catalogue, nobody):
    store(session, *open_door("a1", MORVAN, date(2025, 3, 10)), catalogue)
    store(session, *closed_door("a2", MORVAN, date(2025, 3, 12)), catalogue)
    (flip,) = positions.flips(session, catalogue=catalogue, registry=nobody)
    record = flip.to_dict()
    assert record["speaker"] == {"id": "sandrine-morvan", "name": "Sandrine Morvan"}
    assert record["issue"]["id"] == "tramway-nord"
    assert (record["before"]["stance"], record["after"]["stance"]) == ("open", "opposes")
    assert record["before"]["statement_date"] == "2025-03-10"
    assert record["after"]["content_span"] == list(flip.after.content_span)
    assert positions.flips(session, "Morvan", catalogue=catalogue, registry=nobody)
    assert positions.flips(session, issue="tramway-nord", catalogue=catalogue, registry=nobody)
    assert not positions.flips(session, issue="autre", catalogue=catalogue, registry=nobody)
    assert not positions.flips(
        session, since=date(2025, 3, 13), catalogue=catalogue, registry=nobody
    )


def test_an_undated_side_makes_no_flip(session, catalogue, nobody):
    store(session, *open_door("a1", MORVAN, None), catalogue)
    store(session, *closed_door("a2", MORVAN, date(2025, 3, 12)), catalogue)
    assert positions.flips(session, catalogue=catalogue, registry=nobody) == []


def test_a_reprinted_statement_and_a_stored_article_add_no_flip(session, catalogue, nobody):
    store(session, *open_door("a1", MORVAN, date(2025, 3, 10)), catalogue)
    store(session, *closed_door("a2", MORVAN, date(2025, 3, 12)), catalogue)
    # The same dispatch under another id (a copy the detector missed), a day later.
    store(session, *closed_door("a2-copy", MORVAN, date(2025, 3, 13)), catalogue)
    # The first article again: the store keeps one copy.
    assert not store(session, *closed_door("a2", MORVAN, date(2025, 3, 12)), catalogue)
    assert len(positions.flips(session, catalogue=catalogue, registry=nobody)) == 1


def test_a_speaker_under_two_ids_is_one_once_the_registry_merges_them(session, catalogue):
    surname_only = Speaker("morvan", "Morvan", "person")
    store(session, *open_door("a1", surname_only, date(2025, 3, 10)), catalogue)
    store(session, *closed_door("a2", MORVAN, date(2025, 3, 12)), catalogue)
    before = Registry()
    assert positions.flips(session, catalogue=catalogue, registry=before) == []
    merged = Registry()
    merged.add(Entry(id="sandrine-morvan", name="Sandrine Morvan", aliases=["Morvan"]))
    (flip,) = positions.flips(session, catalogue=catalogue, registry=merged)
    assert flip.speaker.id == "sandrine-morvan"
    speaker, entries = positions.timeline(session, "Morvan", registry=merged)
    assert speaker.id == "sandrine-morvan"
    assert [e.statement.article for e in entries] == ["a1", "a2"]


def test_timeline_is_in_date_order_with_the_stance_on_the_issue(session, catalogue, nobody):
    store(session, *closed_door("a2", MORVAN, date(2025, 3, 12)), catalogue)
    store(session, *open_door("a1", MORVAN, date(2025, 3, 10)), catalogue)
    undated = article_of("a0", ["Sandrine Morvan veut étudier le tramway au nord."], None)
    store(
        session,
        undated,
        [statement_in(undated, "étudier le tramway au nord", "veut", "vouloir", MORVAN, None)],
        catalogue,
    )
    _, entries = positions.timeline(session, "sandrine morvan", "tramway-nord", registry=nobody)
    records = [e.to_dict() for e in entries]
    assert [r["statement_date"] for r in records] == ["2025-03-10", "2025-03-12", None]
    assert [r["stance"] for r in records] == ["open", "opposes", "supports"]


def test_an_unknown_speaker_is_named_in_the_error(session, catalogue, nobody):
    store(session, *closed_door("a2", MORVAN, date(2025, 3, 12)), catalogue)
    with pytest.raises(positions.UnknownSpeaker, match="Gaspard"):
        positions.timeline(session, "Gaspard Lenoir", registry=nobody)
    speaker, _ = positions.timeline(session, "morvn", registry=nobody)
    assert speaker.id == "sandrine-morvan"


def test_applying_a_changed_catalogue_recomputes_stored_issues(session, tmp_path, nobody):
    first = catalogue_of(read_catalogue_entries(catalogue_file(tmp_path)))
    store(session, *open_door("a1", MORVAN, date(2025, 3, 10)), first)
    store(session, *closed_door("a2", MORVAN, date(2025, 3, 12)), first)
    changed = catalogue_of(read_catalogue_entries(catalogue_file(tmp_path, CHANGED, "new.yaml")))
    report = apply_catalogue(session, changed)
    assert report.to_dict() == {"statements": 2, "changed": 1}
    hits = {h.statement.article: h.statement for h in repository.find_statements(session)}
    assert hits["a1"].issues == [] and [i.id for i in hits["a2"].issues] == ["tramway-nord"]
    assert len(list(stored.stored_statements(session, issue_id="tramway-nord"))) == 1
    assert apply_catalogue(session, changed).changed == 0


def test_registering_replaces_an_issue_with_the_same_id(session, tmp_path):
    entries = read_catalogue_entries(catalogue_file(tmp_path))
    assert stored.register_issues(session, entries, "issues.yaml") == (["tramway-nord"], [])
    assert stored.register_issues(session, entries, "issues.yaml") == ([], [])
    new = read_catalogue_entries(catalogue_file(tmp_path, CHANGED, "new.yaml"))
    assert stored.register_issues(session, new, "new.yaml") == ([], ["tramway-nord"])
    (issue,) = registered_catalogue(session)
    assert [p.source for group in issue.groups("fr") for p in group] == ["ligne b"]
    assert choose_catalogue(None, session)[0].id == "tramway-nord"


def test_a_registered_issue_keeps_its_sides(session):
    """The sides of an entry (which phrases name which side) come back from the store, so
    a statement that names a side reads that stance with the registered catalogue too."""
    entry = {
        "id": "piscine",
        "label": "Garder la piscine ouverte",
        "terms": {"fr": [["piscine"]]},
        "sides": {"fr": {"supports": ["réouverture"], "opposes": ["fermeture définitive"]}},
    }
    assert stored.register_issues(session, [entry], "p.yaml") == (["piscine"], [])
    (issue,) = registered_catalogue(session)
    assert [p.source for p in issue.side_terms["fr"]["opposes"]] == ["fermeture définitive"]
    changed = entry | {"sides": {"fr": {"supports": ["réouverture"]}}}
    assert stored.register_issues(session, [changed], "p.yaml") == ([], ["piscine"])


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("issues: [\n  - id: a\n    terms: {fr: [[x]]\n", "not valid YAML"),
        ("sujets: []\n", "a list 'issues:'"),
        ("issues:\n  - label: sans id\n    terms: {fr: [[x]]}\n", "needs an id"),
        ("issues:\n  - id: a\n", "needs terms"),
        ("issues:\n  - {id: a, terms: {fr: [[x]]}}\n  - {id: a, terms: {fr: [[y]]}}\n", "twice"),
    ],
)
def test_a_malformed_catalogue_is_one_input_error(tmp_path, text, problem):
    with pytest.raises(InputError, match=problem) as raised:
        read_catalogue_entries(catalogue_file(tmp_path, text))
    assert "\n" not in str(raised.value)


def test_a_denial_by_a_named_speaker_is_a_contradiction(session, catalogue, nobody):
    a = article_of(
        "c1",
        [
            "Selon l'élue Martine Quéré, la société Brivane a racheté le terrain des Saules. "
            "La direction de Brivane a démenti cette information jeudi."
        ],
        date(2025, 4, 3),
    )
    quere = Speaker("martine-quere", "Martine Quéré", "person")
    brivane = Speaker("brivane", "Brivane", "organisation")
    claim = statement_in(
        a, "la société Brivane a racheté le terrain des Saules", "Selon", "selon", quere, None
    )
    denial = statement_in(a, "cette information", "a démenti", "démentir", brivane, None)
    store(session, a, [claim, denial], catalogue)
    (found,) = positions.contradictions(session, registry=nobody)
    record = found.to_dict()
    assert record["claim"]["speaker"]["id"] == "martine-quere"
    assert record["denial"]["speaker"]["id"] == "brivane"
    assert record["denial"]["cue"] == "a démenti"
    assert positions.contradictions(session, "Brivane", registry=nobody)
    assert not positions.contradictions(session, since=date(2025, 5, 1), registry=nobody)
    # A contradiction between two speakers is not a doubt the journalist casts.
    assert {h.statement.verified for h in repository.find_statements(session)} == {None}


def test_a_claim_only_unconfirmed_is_no_contradiction(session, catalogue, nobody):
    a = article_of(
        "c2",
        [
            "Selon l'élue Martine Quéré, la société Brivane a racheté le terrain des Saules, "
            "ce qui n'a pas été confirmé."
        ],
        date(2025, 4, 3),
    )
    quere = Speaker("martine-quere", "Martine Quéré", "person")
    claim = statement_in(
        a, "la société Brivane a racheté le terrain des Saules", "Selon", "selon", quere, None
    )
    store(session, a, [claim], catalogue)
    (hit,) = repository.find_statements(session)
    assert hit.statement.verified is False
    assert positions.contradictions(session, registry=nobody) == []


def test_a_database_of_the_previous_schema_gains_the_issue_tables(db_url, catalogue):
    from dixit.store import open_database
    from dixit.store.database import sessions, upgrade

    old = open_database(db_url, migrate=False)
    upgrade(old, "0002")
    with sessions(old)() as session:
        article, statements = closed_door("a2", MORVAN, date(2025, 3, 12))
        session.execute(
            ArticleRow.__table__.insert(),
            {
                "id": article.id,
                "content_hash": "h",
                "text": article.text,
                "paragraphs": [],
                "meta": {},
                "status": "analysed",
                "ingested_at": datetime.now(UTC),
            },
        )
        # the columns of that schema only: later revisions add some (0005: venue, certainty)
        columns = {c["name"] for c in inspect(old).get_columns("statements")}
        session.execute(
            StatementRow.__table__.insert(),
            [
                {
                    k: v
                    for k, v in repository.statement_row_values(article.id, s).items()
                    if k in columns
                }
                for s in statements
            ],
        )
        session.commit()
    old.dispose()
    engine = open_database(db_url)
    with sessions(engine)() as session:
        assert stored.registered_issues(session) == []
        assert apply_catalogue(session, catalogue).changed == 1
        assert len(list(stored.stored_statements(session, issue_id="tramway-nord"))) == 1
    engine.dispose()
