"""Bad input gets 422 problem details; no error answers with a stack trace."""

from __future__ import annotations

import pytest

from dixit.api.schemas import MAX_OFFSET

PROBLEM = "application/problem+json"


@pytest.mark.parametrize(
    ("path", "params", "where"),
    [
        ("/api/statements", {"limit": -1}, "limit"),
        ("/api/statements", {"limit": 0}, "limit"),
        ("/api/statements", {"limit": 10_000}, "limit"),
        ("/api/statements", {"offset": -5}, "offset"),
        ("/api/statements", {"offset": MAX_OFFSET + 1}, "offset"),
        ("/api/statements", {"offset": "10" * 40}, "offset"),
        ("/api/statements", {"since": "2025-02-30"}, "since"),
        ("/api/statements", {"until": "hier"}, "until"),
        ("/api/statements", {"since": "2025-05-01", "until": "2025-04-01"}, "until"),
        ("/api/statements", {"kind": "rumour"}, "kind"),
        ("/api/statements", {"stance": "maybe"}, "stance"),
        ("/api/statements", {"q": "x" * 201}, "q"),
        ("/api/statements", {"speaker": "s" * 301}, "speaker"),
        ("/api/articles", {"since": "2025-13-01"}, "since"),
        ("/api/speakers", {"limit": 101}, "limit"),
        ("/api/reversals", {"since": "yesterday"}, "since"),
    ],
)
def test_bad_input_is_a_422_problem_naming_the_parameter(client, path, params, where):
    response = client.get(path, params=params)
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert body["status"] == 422 and body["title"] == "Unprocessable Entity"
    assert where in [e["loc"][-1] for e in body["errors"]]
    assert "Traceback" not in response.text


def test_a_server_error_is_a_problem_without_trace(engine):
    from fastapi.testclient import TestClient

    from dixit.api import create_app

    app = create_app(engine)

    @app.get("/api/boom")
    def boom() -> None:
        raise RuntimeError("secret internals /etc/passwd")

    response = TestClient(app, raise_server_exceptions=False).get("/api/boom")
    assert response.status_code == 500
    assert response.headers["content-type"] == PROBLEM
    assert "secret" not in response.text and "Traceback" not in response.text


def test_unknown_path_is_a_404_problem(client):
    response = client.get("/api/nothing-here")
    assert response.status_code == 404
    assert response.headers["content-type"] == PROBLEM


def test_openapi_document_lists_the_endpoints(client):
    spec = client.get("/api/openapi.json").json()
    assert {
        "/api/statements",
        "/api/articles",
        "/api/speakers",
        "/api/issues",
        "/api/reversals",
    } <= set(spec["paths"])
    assert "post" in spec["paths"]["/api/articles"]
