"""The HTML pages in process: each renders, links to its JSON twin, escapes article text."""

from __future__ import annotations

import re

import pytest
from markupsafe import escape

from dixit.web.i18n import choose_language


def page(client, path: str, **params):
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text[:300]
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def json_twin(html: str) -> str:
    match = re.search(r'<a class="json-twin" href="([^"]+)"', html)
    assert match, "the page has no link to its JSON twin"
    return match.group(1).replace("&amp;", "&")


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/speakers",
        "/speakers/bastien-morvillier",
        "/articles/morvillier-exclut",
        "/issues",
        "/reversals",
        "/search?q=gazole",
    ],
)
def test_every_page_links_to_a_json_twin_that_answers(client, path):
    html = page(client, path)
    twin = client.get(json_twin(html))
    assert twin.status_code == 200
    assert twin.headers["content-type"] == "application/json"


def test_home_shows_latest_statements_and_reversals(client):
    html = page(client, "/")
    assert "Bastien Morvillier" in html
    assert 'href="/reversals/' in html


def test_article_page_highlights_speaker_cue_and_content(client):
    html = page(client, "/articles/morvillier-exclut")
    assert '<a class="hl hl-content"' in html
    assert '<a class="hl hl-cue"' in html and ">a exclu</a>" in html
    assert '<a class="hl hl-speaker"' in html
    # each statement links to its speaker and says how it was resolved and dated
    assert 'href="/speakers/bastien-morvillier?lang=fr"' in html
    assert "identifié par" in html and "daté par" in html


def test_speaker_page_draws_positions_and_marks_the_reversal(client):
    html = page(client, "/speakers/bastien-morvillier")
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert svg.count('class="point stance-opposes"') >= 1
    assert 'class="point stance-open"' in svg
    assert 'class="reversal-ring"' in svg and 'href="/reversals/' in svg
    assert "<polyline" in svg


def test_speaker_without_positions_has_an_empty_state(client):
    html = page(client, "/speakers/odile-kerneur")
    assert "Aucune position sur un sujet" in html


def test_reversal_page_shows_both_statements_side_by_side(client):
    reversal = client.get("/api/reversals").json()["items"][0]
    html = page(client, f"/reversals/{reversal['id']}")
    before = html.index('class="side side-before"')
    after = html.index('class="side side-after"')
    assert before < after
    assert str(escape(reversal["before"]["content"])) in html[before:after]
    assert str(escape(reversal["after"]["content"])) in html[after:]


def test_search_page_finds_statements_and_articles(client):
    html = page(client, "/search", q="coopérative")
    assert 'href="/articles/morvillier-exclut?lang=fr"' in html
    assert "Aucun résultat" in page(client, "/search", q="hippopotame")


def test_missing_pages_are_html_404(client):
    for path in ("/articles/none", "/speakers/none", "/reversals/none"):
        response = client.get(path)
        assert response.status_code == 404
        assert "Introuvable" in response.text


def test_labels_follow_lang_or_accept_language(client):
    assert "Latest statements" in page(client, "/", lang="en")
    english = client.get("/", headers={"Accept-Language": "en-GB,en;q=0.9,fr;q=0.5"})
    assert "Latest statements" in english.text
    assert "Dernières déclarations" in client.get("/", headers={"Accept-Language": "de"}).text


@pytest.mark.parametrize(
    ("query", "header", "expected"),
    [
        ("en", None, "en"),
        ("xx", "en", "en"),
        (None, "fr-CA;q=0.4, en;q=0.8", "en"),
        (None, "es, fr;q=0.1", "fr"),
        (None, "en;q=0", "fr"),
        (None, "en;q=abc", "fr"),
        (None, None, "fr"),
    ],
)
def test_choose_language(query, header, expected):
    assert choose_language(query, header) == expected


def test_hostile_article_renders_as_text(client):
    """Markup in an article's text, title, outlet and URL is shown, never run."""
    html = page(client, "/articles/hostile-markup")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#39;texte&#39;)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(&#39;titre&#39;)&lt;/script&gt;" in html
    assert "<img" not in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(&#39;propos&#39;)&gt;" in html
    assert "javascript:" not in html
    assert "<b>" not in html
    for path in ("/", "/search?q=piratage", "/speakers/gaston-lebrec"):
        other = client.get(path).text
        assert "<script>" not in other and "<img" not in other


def test_an_unnamed_source_is_shown_as_such(client):
    html = page(client, "/articles/hostile-markup")
    assert '<span class="speaker unknown anonymous">source anonyme (« une source proche' in html
    english = page(client, "/articles/hostile-markup", lang="en")
    assert "unnamed source (« une source proche" in english
