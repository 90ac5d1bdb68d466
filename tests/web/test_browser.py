"""The pages in a real browser: load, click from a statement to its speaker, read the text."""

from __future__ import annotations

import pytest
from screenshots import shoot

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_home_lists_statements_and_reversals(page, server):
    page.goto(f"{server}/")
    assert page.locator("h1").first.inner_text() == "Dernières déclarations"
    assert page.locator("li.statement").count() >= 10
    assert page.locator("li.reversal").count() >= 1
    assert page.get_by_role("link", name="JSON").get_attribute("href").endswith("/api/statements")
    shoot(page, "home")


def test_click_from_a_statement_to_its_speaker(page, server):
    page.goto(f"{server}/")
    link = page.locator("li.statement a.speaker").first
    name = link.inner_text()
    link.click()
    page.wait_for_load_state()
    assert "/speakers/" in page.url
    assert page.locator("h1.speaker-name").inner_text() == name
    assert page.locator("ol.statements li.statement").count() >= 1


def test_speaker_page_draws_the_timeline_with_the_reversal(page, server):
    page.goto(f"{server}/speakers/bastien-morvillier")
    chart = page.locator("figure.issue-chart svg")
    assert chart.count() == 1
    assert chart.locator("circle.point").count() >= 2
    assert chart.locator("circle.reversal-ring").count() == 1
    assert "Raise the tax on farm diesel" in page.locator("figure.issue-chart").inner_text()
    shoot(page, "speaker")


def test_article_page_highlights_and_links_to_speakers(page, server):
    page.goto(f"{server}/articles/morvillier-exclut")
    text = page.locator("div.text")
    assert text.locator("a.hl-content").count() >= 2
    assert text.locator("a.hl-cue").first.inner_text() in ("écarte", "a exclu", "a-t-il affirmé")
    styles = {
        role: text.locator(f"a.hl-{role}").first.evaluate(
            "e => getComputedStyle(e).backgroundColor"
        )
        for role in ("speaker", "cue", "content")
    }
    assert len(set(styles.values())) == 3, styles
    assert "daté par" in page.locator("ol.statements").inner_text()
    shoot(page, "article")
    page.locator("ol.statements a.speaker").first.click()
    page.wait_for_load_state()
    assert "/speakers/" in page.url


def test_reversal_page_puts_both_statements_side_by_side(page, server):
    page.goto(f"{server}/reversals")
    page.locator("li.reversal a").first.click()
    page.wait_for_load_state()
    before = page.locator("section.side-before")
    after = page.locator("section.side-after")
    assert "toute hausse de la taxe sur le gazole agricole" in before.inner_text()
    assert "envisageable" in after.inner_text()
    assert before.bounding_box()["x"] < after.bounding_box()["x"]
    shoot(page, "reversal")


def test_search_page(page, server):
    page.goto(f"{server}/search")
    page.locator("main input[type=search]").fill("tramway")
    page.locator("main button[type=submit]").click()
    page.wait_for_load_state()
    assert "q=tramway" in page.url
    assert page.locator("main li.statement").count() >= 1


def test_hostile_markup_is_shown_as_text_and_never_runs(page, server):
    page.goto(f"{server}/articles/hostile-markup")
    assert "<script>alert('texte')</script>" in page.locator("div.text").inner_text()
    assert page.locator("main img").count() == 0
    assert page.dialogs == []
    page.goto(f"{server}/")
    page.goto(f"{server}/search?q=piratage")
    assert page.dialogs == []


def test_pages_read_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{server}/speakers/bastien-morvillier?lang=en")
    assert "Positions by issue" in page.locator("main").inner_text()
    page.locator("li.reversal a").first.click()
    page.wait_for_load_state()
    assert "Before" in page.locator("main").inner_text()
    context.close()
