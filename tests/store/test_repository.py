"""Repository writes and queries on hand-made statements (no spaCy model needed)."""

from __future__ import annotations

from datetime import date

import pytest

from dixit.model import Article, Speaker, Statement
from dixit.store import repository
from dixit.store.database import has_fts5


def article(text: str, id: str, published: date | None = None) -> Article:
    return Article(text=text, id=id, published=published, title=f"Titre {id}", outlet="Le Val")


def statement(a: Article, content: str, speaker: Speaker | None, when: date | None, kind="direct"):
    start = a.text.index(content)
    return Statement(
        article=a.id,
        kind=kind,
        content=content,
        content_span=(start, start + len(content)),
        cue="a déclaré",
        speaker=speaker,
        speaker_mention=speaker.name if speaker else "il",
        statement_date=when,
        confidence=0.9,
    )


CARRASCO = Speaker("helene-carrasco", "Hélène Carrasco", "person")
AUGEREAU = Speaker("philippe-augereau", "Philippe Augereau", "person")


@pytest.fixture
def stored(session):
    a1 = article(
        "« Le tracé nord du tramway est définitif », a déclaré Hélène Carrasco. "
        "« Les retraites attendront », a ajouté Philippe Augereau.",
        "a1",
        date(2025, 2, 10),
    )
    a2 = article(
        "« Nous suspendons le tracé nord », a annoncé Hélène Carrasco. "
        "Un riverain a estimé que « c'était prévisible ».",
        "a2",
        date(2025, 3, 4),
    )
    s1 = [
        statement(a1, "Le tracé nord du tramway est définitif", CARRASCO, date(2025, 2, 9)),
        statement(a1, "Les retraites attendront", AUGEREAU, None),
    ]
    s2 = [
        statement(a2, "Nous suspendons le tracé nord", CARRASCO, date(2025, 3, 3)),
        statement(a2, "c'était prévisible", None, None, kind="indirect"),
    ]
    for a, ss in ((a1, s1), (a2, s2)):
        assert repository.add_article_with_statements(session, a, ss, content_hash=a.id + "h")
    return session


def test_adding_again_changes_nothing(stored):
    again = article("autre texte", "a1")
    assert not repository.add_article_with_statements(stored, again, [], content_hash="x")
    counts = repository.count_rows(stored)
    assert counts["articles"] == 2 and counts["statements"] == 4


def test_article_and_statements_are_one_transaction(session):
    a = article("« Un », a dit X. « Un », a dit X.", "t1")
    same = statement(a, "Un", None, None)
    with pytest.raises(repository.StoreRefused, match=r"statements\.id|duplicate key"):
        repository.add_article_with_statements(session, a, [same, same], content_hash="h")
    session.rollback()
    assert repository.count_rows(session)["articles"] == 0


def test_round_trip_keeps_statement_and_article(stored):
    [hit] = repository.find_statements(stored, text="retraites")
    assert hit.statement.speaker == AUGEREAU
    assert hit.statement.content == "Les retraites attendront"
    source = repository.get_article(stored, "a1").text
    assert source[slice(*hit.statement.content_span)] == hit.statement.content
    assert hit.title == "Titre a1" and hit.published == date(2025, 2, 10)
    back = repository.get_article(stored, "a1")
    assert back.text.startswith("« Le tracé nord") and back.published == date(2025, 2, 10)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"speaker": "helene-carrasco"}, ["Le tracé nord", "Nous suspendons"]),
        ({"speaker": "carrasco"}, ["Le tracé nord", "Nous suspendons"]),
        ({"since": date(2025, 3, 1)}, ["Nous suspendons", "c'était"]),
        ({"until": date(2025, 2, 28)}, ["Le tracé nord", "Les retraites"]),
        ({"text": "tracé nord"}, ["Le tracé nord", "Nous suspendons"]),
        ({"text": "trace"}, ["Le tracé nord", "Nous suspendons"]),
        ({"text": "tramway", "speaker": "Carrasco"}, ["Le tracé nord"]),
        ({"kind": "indirect"}, ["c'était"]),
        ({"text": "%"}, ["Le tracé nord", "Les retraites", "Nous suspendons", "c'était"]),
    ],
)
def test_statement_filters(stored, filters, expected):
    hits = repository.find_statements(stored, **filters)
    assert [h.statement.content[: len(e)] for h, e in zip(hits, expected, strict=False)] == expected
    assert len(hits) == len(expected)


def test_like_fallback_without_fts(stored, monkeypatch):
    monkeypatch.setattr(repository, "has_fts5", lambda bind: False)
    hits = repository.find_statements(stored, text="suspendons")
    assert [h.statement.article for h in hits] == ["a2"]


def test_sqlite_has_fts5(engine):
    if engine.dialect.name == "sqlite":
        assert has_fts5(engine)


def test_speakers_with_counts(stored):
    rows = repository.speakers(stored)
    assert [(r.id, r.statements, r.articles) for r in rows] == [
        ("helene-carrasco", 2, 2),
        ("philippe-augereau", 1, 1),
    ]
    assert rows[0].first == date(2025, 2, 9) and rows[0].last == date(2025, 3, 3)
    assert [r.id for r in repository.speakers(stored, since=date(2025, 3, 1))] == [
        "helene-carrasco"
    ]


def test_articles_listing_and_errors(stored):
    rows = repository.list_articles(stored)
    assert [(r.id, r.statements) for r in rows] == [("a2", 2), ("a1", 2)]
    repository.record_failure(stored, "x.csv", "no 'text' column", "line 1")
    [error] = repository.ingest_errors(stored)
    assert (error.source, error.position, error.reason) == ("x.csv", "line 1", "no 'text' column")


def test_statement_json_equals_to_dict_made_jsonable():
    """The store's fast JSON form is exactly ``Statement.to_dict()`` with dates as ISO."""
    from dixit.model import IssueStance

    a = article("« Nous tiendrons », a déclaré Hélène Carrasco le 3 mars.", "j1")
    s = statement(a, "Nous tiendrons", CARRASCO, date(2025, 3, 3))
    s.cue_span = (20, 29)
    s.date_cue_span = (50, 57)
    s.date_precision = "day"
    s.mentioned_times = [{"text": "le 3 mars", "date": date(2025, 3, 3), "span": (47, 57)}]
    s.issues = [IssueStance("tramway", "Le tramway", "supports")]
    for one in (s, statement(a, "Nous tiendrons", None, None)):
        fast = repository.statement_json(one)
        slow = repository._jsonable(one.to_dict())
        assert fast == slow
        assert list(fast) == list(slow)  # same key order, so the same stored document
        assert Statement.from_dict(fast) == Statement.from_dict(slow)


def test_store_without_statements_and_again(session):
    a = article("« Rien », a dit X.", "e1")
    assert repository.add_article_with_statements(session, a, [], content_hash="h")
    assert not repository.add_article_with_statements(session, a, [], content_hash="h")
    assert not session.in_transaction()  # the failed insert was rolled back
    assert repository.count_rows(session)["articles"] == 1
