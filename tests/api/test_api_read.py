"""Reading through the API: lists, filters, pages, single items, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CATALOGUE = Path(__file__).resolve().parents[1] / "fixtures" / "web" / "gazole.yaml"

PROBLEM = "application/problem+json"


def ids(response) -> list[str]:
    return [item["id"] for item in response.json()["items"]]


def test_statements_are_listed_newest_said_first(client):
    response = client.get("/api/statements", params={"limit": 100})
    assert response.status_code == 200
    items = response.json()["items"]
    assert len(items) >= 6
    days = [i["statement_date"] for i in items if i["statement_date"]]
    assert days == sorted(days, reverse=True)
    first_undated = next((n for n, i in enumerate(items) if not i["statement_date"]), len(items))
    assert all(not i["statement_date"] for i in items[first_undated:])
    assert {"article_title", "article_published", "speaker", "content_span"} <= items[0].keys()


def test_pages_follow_one_another_without_overlap(client):
    whole = ids(client.get("/api/statements", params={"limit": 100}))
    first = client.get("/api/statements", params={"limit": 3}).json()
    assert first["next"] is not None and "offset=3" in first["next"]
    second = client.get(first["next"]).json()
    assert [i["id"] for i in first["items"] + second["items"]] == whole[:6]
    last = client.get("/api/statements", params={"limit": 3, "offset": len(whole) - 1}).json()
    assert last["next"] is None and len(last["items"]) == 1


def test_speaker_filter_is_the_canonical_id(client):
    found = client.get("/api/statements", params={"speaker": "bastien-morvillier"}).json()
    assert found["items"]
    assert {i["speaker"]["id"] for i in found["items"]} == {"bastien-morvillier"}
    # a part of a name is not an id: the list filter is exact
    assert client.get("/api/statements", params={"speaker": "morvillier"}).json()["items"] == []


def test_date_range_bounds_the_statement_date(client):
    found = client.get(
        "/api/statements", params={"since": "2025-04-10", "until": "2025-04-30"}
    ).json()["items"]
    assert found
    assert all("2025-04-10" <= i["statement_date"] <= "2025-04-30" for i in found)


def test_kind_filter(client):
    direct = client.get("/api/statements", params={"kind": "direct", "limit": 100}).json()
    assert all(i["kind"] == "direct" for i in direct["items"])


def test_full_text_search_finds_words_without_accents_or_case(client):
    found = client.get("/api/statements", params={"q": "GAZOLE agricole"}).json()["items"]
    assert found and all("gazole agricole" in i["content"].lower() for i in found)
    assert client.get("/api/statements", params={"q": "hippopotame"}).json()["items"] == []
    # operators and quotes are words, not syntax
    assert client.get("/api/statements", params={"q": '"gazole" OR NEAR('}).status_code == 200


def test_article_search_reads_titles_and_text(client):
    by_text = ids(client.get("/api/articles", params={"q": "coopérative"}))
    assert by_text == ["morvillier-exclut"]
    by_title = ids(client.get("/api/articles", params={"q": "revirement"}))
    assert "morvillier-envisage" in by_title


def test_issue_and_stance_filters_read_stored_issues(client):
    """The fixture store holds no issues (the catalogue is applied at read time): the
    filters answer an empty page, not an error."""
    response = client.get("/api/statements", params={"issue": "farm-diesel-tax"})
    assert response.status_code == 200 and response.json()["items"] == []
    assert client.get("/api/statements", params={"stance": "opposes"}).status_code == 200
    assert client.get("/api/issues").json() == []


def test_issue_and_stance_filters_read_the_statement_issues_table(analysed, tmp_path):
    """In a store the catalogue was applied to, ``issue`` and ``stance`` narrow the list
    through ``statement_issues``: the statements on the issue, then those taking the
    stance."""
    from fastapi.testclient import TestClient

    from dixit.analyse import load_catalogue
    from dixit.api import create_app
    from dixit.ingest.dedup import content_hash
    from dixit.service.catalogues import apply_catalogue
    from dixit.store import open_database
    from dixit.store.database import sessions
    from dixit.store.repository import add_article_with_statements

    engine = open_database(f"sqlite:///{tmp_path / 'issues.db'}")
    with sessions(engine)() as session:
        for article, statements in analysed:
            add_article_with_statements(
                session, article, statements, content_hash=content_hash(article.text)
            )
        apply_catalogue(session, load_catalogue(CATALOGUE))
        session.commit()
    client = TestClient(create_app(engine), raise_server_exceptions=False)
    on_issue = client.get("/api/statements", params={"issue": "farm-diesel-tax"}).json()
    stances = [
        i["stance"] for s in on_issue["items"] for i in s["issues"] if i["id"] == "farm-diesel-tax"
    ]
    assert "opposes" in stances and len(set(stances)) > 1
    opposing = client.get(
        "/api/statements", params={"issue": "farm-diesel-tax", "stance": "opposes"}
    ).json()["items"]
    assert opposing and len(opposing) < len(on_issue["items"])
    assert all(
        {"id": "farm-diesel-tax", "stance": "opposes"}.items() <= i.items()
        for s in opposing
        for i in s["issues"]
        if i["id"] == "farm-diesel-tax"
    )
    assert client.get("/api/statements", params={"issue": "no-such-issue"}).json()["items"] == []
    engine.dispose()


def test_catalogue_fills_in_issues_of_statements_stored_without(client):
    items = client.get("/api/statements", params={"speaker": "bastien-morvillier"}).json()
    stances = {i["id"]: [x["stance"] for x in i["issues"]] for i in items["items"]}
    assert stances["morvillier-exclut:124-170"] == ["opposes"]


def test_one_article_with_its_statements(client):
    article = client.get("/api/articles/morvillier-exclut").json()
    assert article["published"] == "2025-04-02"
    assert article["statements"]
    for s in article["statements"]:
        start, end = s["content_span"]
        assert article["text"][start:end] == s["content"]


def test_one_statement(client):
    listed = client.get("/api/statements", params={"limit": 1}).json()["items"][0]
    one = client.get(f"/api/statements/{listed['id']}").json()
    assert one["id"] == listed["id"] and one["content"] == listed["content"]


def test_speakers_list_and_name_search(client):
    speakers = client.get("/api/speakers").json()["items"]
    assert "bastien-morvillier" in [s["id"] for s in speakers]
    found = client.get("/api/speakers", params={"name": "morvillier"}).json()["items"]
    assert [s["id"] for s in found] == ["bastien-morvillier"]
    assert client.get("/api/speakers", params={"name": "Hélène Zyx"}).json()["items"] == []


def test_speaker_detail_has_timeline_and_reversal(client):
    speaker = client.get("/api/speakers/bastien-morvillier").json()
    assert speaker["statements"] >= 2
    stances = [p["issue"]["stance"] for p in speaker["timeline"] if p["statement_date"]]
    assert stances[0] == "opposes" and stances[-1] == "open"
    assert len(speaker["reversals"]) == 1


def test_computed_reversal_between_two_dated_statements(client):
    reversals = client.get("/api/reversals").json()["items"]
    assert len(reversals) == 1
    reversal = reversals[0]
    assert reversal["speaker"]["id"] == "bastien-morvillier"
    assert reversal["issue"]["id"] == "farm-diesel-tax"
    assert (reversal["before"]["stance"], reversal["after"]["stance"]) == ("opposes", "open")
    assert reversal["before"]["statement_date"] < reversal["after"]["statement_date"]
    for side in (reversal["before"], reversal["after"]):
        # who, how and where: the statement's mention and cue, the stance's basis, and the
        # stored article's source (null where the article has none)
        assert side["cue"] and side["stance_basis"]
        assert {"speaker_mention", "title", "outlet", "url", "published"} <= side.keys()
    one = client.get(f"/api/reversals/{reversal['id']}").json()
    assert one == reversal
    assert client.get("/api/reversals", params={"since": "2025-05-01"}).json()["items"] == []
    assert client.get("/api/reversals", params={"speaker": "odile-kerneur"}).json()["items"] == []


def test_the_api_lists_the_reversals_dixit_flips_finds(client, engine):
    """One computation of reversals: the API's list is what ``service.positions.flips``
    gives over the same store and catalogue (ids aside)."""
    from dixit.analyse import load_catalogue
    from dixit.service.positions import flips
    from dixit.store.database import sessions

    listed = client.get("/api/reversals").json()["items"]
    with sessions(engine)() as session:
        found = [r.to_dict() for r in flips(session, catalogue=load_catalogue(CATALOGUE))]

    def key(reversal: dict) -> str:
        return json.dumps({k: v for k, v in reversal.items() if k != "id"}, sort_keys=True)

    assert found and sorted(map(key, listed)) == sorted(map(key, found))


@pytest.mark.parametrize(
    "path",
    [
        "/api/articles/no-such-article",
        "/api/statements/no-such:1-2",
        "/api/speakers/no-such-speaker",
        "/api/reversals/0000000000000000",
    ],
)
def test_missing_things_are_404_problems(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["status"] == 404


def test_large_store_computes_reversals_in_the_background(engine, monkeypatch):
    """Past SYNC_STATEMENTS a request never waits for the reversals: it gets the last list
    (empty at first) marked as computing, and the list once the thread is done."""
    import time

    from dixit.analyse import load_catalogue
    from dixit.api import positions as positions_module
    from dixit.store.database import sessions

    monkeypatch.setattr(positions_module, "SYNC_STATEMENTS", 0)
    positions = positions_module.Positions(load_catalogue(CATALOGUE))
    with sessions(engine)() as session:
        found, computing = positions.reversal_list(session)
        assert (found, computing) == ([], True)
        deadline = time.monotonic() + 60
        while positions.reversal_list(session)[1] and time.monotonic() < deadline:
            time.sleep(0.1)
        found, computing = positions.reversal_list(session)
    assert not computing
    assert [r["speaker"]["id"] for r in found] == ["bastien-morvillier"]


@pytest.mark.parametrize("query", [", ", "*", '""', "-"])
def test_a_query_of_punctuation_only_filters_nothing(client, query):
    """A query with no word (found by schemathesis: ", " made FTS5 fail) is no filter."""
    everything = client.get("/api/statements", params={"limit": 100}).json()["items"]
    response = client.get("/api/statements", params={"limit": 100, "q": query})
    assert response.status_code == 200
    assert [s["id"] for s in response.json()["items"]] == [s["id"] for s in everything]


def test_certainty_and_venue_type_filters(client):
    every = client.get("/api/statements", params={"limit": 100}).json()["items"]
    assert all(i["certainty"] in {"asserted", "hedged", "conditional", "denied"} for i in every)
    for value in {i["certainty"] for i in every}:
        found = client.get("/api/statements", params={"certainty": value, "limit": 100}).json()
        assert found["items"] and all(i["certainty"] == value for i in found["items"])
    for value in {i["venue_type"] for i in every if i["venue_type"]}:
        found = client.get("/api/statements", params={"venue_type": value, "limit": 100}).json()
        assert found["items"] and all(i["venue_type"] == value for i in found["items"])
    for name in ("certainty", "venue_type"):
        refused = client.get("/api/statements", params={name: "somewhere"})
        assert refused.status_code == 422
        assert refused.headers["content-type"].startswith(PROBLEM)


def test_a_source_left_unnamed_is_flagged_anonymous(client):
    """ "Selon une source proche de l'enquête": no speaker, by design, and the flag says so."""
    items = client.get("/api/statements", params={"q": "plainte", "limit": 100}).json()["items"]
    assert [(s["speaker"], s["anonymous"]) for s in items] == [(None, True)]
    named = client.get("/api/statements", params={"speaker": "gaston-lebrec"}).json()["items"]
    assert named and not any(s["anonymous"] for s in named)
