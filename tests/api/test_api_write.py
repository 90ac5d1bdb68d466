"""``POST /api/articles``: allowed only with the operator's bearer token; size-limited."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from dixit.api import create_app

ARTICLE = {
    "id": "api-posted-1",
    "published": "2025-05-06",
    "language": "fr",
    "title": "Voirie : la maire de Lunel-Bas promet des travaux",
    "text": "Voirie : la maire de Lunel-Bas promet des travaux\n"
    "La maire de Lunel-Bas, Clémence Vautrin, a promis mardi que la rue des Tilleuls serait "
    "refaite avant l'été, lors du conseil municipal.",
}


TOKEN = "s3cret-test-token"  # the token of the ``writer_app`` fixture


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_read_only_server_refuses_writes(client):
    assert client.post("/api/articles", json=ARTICLE).status_code == 401
    response = client.post("/api/articles", json=ARTICLE, headers=bearer("anything"))
    assert response.status_code == 403
    assert response.headers["content-type"] == "application/problem+json"


def test_wrong_or_missing_token_is_refused(writer_app):
    client = TestClient(writer_app)
    missing = client.post("/api/articles", json=ARTICLE)
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    assert client.post("/api/articles", json=ARTICLE, headers=bearer("wrong")).status_code == 403
    basic = client.post("/api/articles", json=ARTICLE, headers={"Authorization": f"Basic {TOKEN}"})
    assert basic.status_code == 401


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"text": ""},
        {"text": "Un texte.", "published": "2025-02-30"},
        {"text": "Un texte.", "language": "<fr>"},
        {"text": "Un texte.", "unknown_field": 1},
        {"text": 12},
    ],
)
def test_invalid_article_is_a_422(writer_app, body):
    response = TestClient(writer_app).post("/api/articles", json=body, headers=bearer(TOKEN))
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


def test_body_over_the_limit_is_refused_before_reading(engine):
    app = create_app(engine, api_token=TOKEN, max_body_bytes=1_000)
    client = TestClient(app)
    big = ARTICLE | {"text": "mot " * 1_000}
    response = client.post("/api/articles", json=big, headers=bearer(TOKEN))
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"

    def chunks():
        yield json.dumps(big).encode()[:600]
        yield json.dumps(big).encode()[600:]

    chunked = client.post(
        "/api/articles",
        content=chunks(),
        headers=bearer(TOKEN) | {"Content-Type": "application/json"},
    )
    assert chunked.status_code == 413


def test_posted_article_is_analysed_and_stored_once(writer_app):
    client = TestClient(writer_app)
    created = client.post("/api/articles", json=ARTICLE, headers=bearer(TOKEN))
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["id"] == "api-posted-1" and body["outcome"] == "new"
    assert body["statements"] >= 1
    stored = client.get(body["url"]).json()
    assert stored["statements"][0]["speaker"]["name"] == "Clémence Vautrin"
    again = client.post("/api/articles", json=ARTICLE, headers=bearer(TOKEN))
    assert again.status_code == 200 and again.json()["outcome"] == "existing"


def test_article_in_a_language_dixit_cannot_analyse_is_a_422(writer_app):
    body = ARTICLE | {"id": "api-posted-xx", "language": "xx"}
    response = TestClient(writer_app).post("/api/articles", json=body, headers=bearer(TOKEN))
    assert response.status_code == 422
    assert "not supported" in response.json()["detail"]
