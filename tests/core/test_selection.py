"""The cheap first pass (``dixit.selection``) and ``--parse candidates``.

The article below is invented, in the layout of a regional report: a headline, a lead,
a paragraph of figures without anyone in it, a quotation, a paragraph that introduces a
person quoted further on, and closing narration after the last statement.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dixit.cli import app
from dixit.core import analyze, analyze_many, parser_input
from dixit.model import Article
from dixit.selection import (
    MARGIN,
    ParseMode,
    blank_dropped,
    kept_paragraphs,
    may_hold_statement,
    may_introduce_someone,
    paragraphs,
    parse_mode,
    selection_lexicon,
)

HEADLINE = "Ligne de bus 12 : le trajet par Valmorin confirmé"
LEAD = "VALMORIN - La nouvelle ligne passera bien par le centre du bourg dès la rentrée."
FIGURES = "les travaux ont duré quatre mois et coûté un peu moins que le budget initial."
QUOTE = "« Nous avons tenu les délais », a déclaré la présidente du syndicat des transports."
INTRODUCES = "Parmi les usagers présents ce matin-là figurait Odile Carrasset, retraitée."
REPORTED = "Elle a indiqué qu'elle prendrait le bus chaque semaine pour aller au marché."
CLOSING = "la mise en service aura lieu le lundi suivant les congés, au premier départ du matin."
TEXT = "\n".join([HEADLINE, LEAD, FIGURES, QUOTE, INTRODUCES, REPORTED, CLOSING])


def _paragraph(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_paragraphs_are_the_non_blank_lines() -> None:
    assert paragraphs("Un\n\n  \nDeux") == [(0, 2), (7, 11)]


def test_a_quotation_or_a_cue_word_can_hold_a_statement() -> None:
    lex = selection_lexicon("fr")
    assert may_hold_statement(QUOTE, lex, headline=False)
    assert may_hold_statement(REPORTED, lex, headline=False)  # "a indiqué"
    assert may_hold_statement("Selon la mairie, le chantier reprendra.", lex, headline=False)
    # A multi-word cue through one of its other words: "a mis en avant".
    assert may_hold_statement("Elle a mis en avant la qualité du chantier.", lex, headline=False)


def test_narration_without_a_cue_holds_no_statement() -> None:
    lex = selection_lexicon("fr")
    assert not may_hold_statement(FIGURES, lex, headline=False)
    assert not may_hold_statement(CLOSING, lex, headline=False)
    # "pour" attributes only when it opens a sentence ("Pour le maire, …").
    assert not may_hold_statement("Le car partira tôt pour le marché.", lex, headline=False)
    assert may_hold_statement("Pour le maire, le car partira tôt.", lex, headline=False)


def test_a_headline_colon_can_hold_a_statement_but_not_a_body_colon() -> None:
    lex = selection_lexicon("fr")
    line = "Ligne 12 : trois arrêts de plus"
    assert may_hold_statement(line, lex, headline=True)
    assert not may_hold_statement(line, lex, headline=False)


def test_names_and_offices_may_introduce_someone() -> None:
    lex = selection_lexicon("fr")
    assert may_introduce_someone(INTRODUCES, lex)  # "Odile Carrasset"
    assert may_introduce_someone("le maire est arrivé en retard ce matin-là.", lex)
    assert not may_introduce_someone(FIGURES, lex)


def test_the_selection_keeps_statements_their_people_and_the_opening() -> None:
    kept = kept_paragraphs(TEXT, "fr")
    assert kept == [
        _paragraph(TEXT, HEADLINE),
        _paragraph(TEXT, LEAD),
        _paragraph(TEXT, QUOTE),
        _paragraph(TEXT, INTRODUCES),
        _paragraph(TEXT, REPORTED),
    ]


def test_blanking_keeps_every_offset_and_a_margin_of_words() -> None:
    kept = kept_paragraphs(TEXT, "fr")
    seen = blank_dropped(TEXT, kept)
    assert len(seen) == len(TEXT)
    assert [i for i, c in enumerate(seen) if c == "\n"] == [
        i for i, c in enumerate(TEXT) if c == "\n"
    ]
    for start, end in kept:
        assert seen[start:end] == TEXT[start:end]
    # The figures paragraph sits between two kept ones: its first and last words stay.
    start, end = _paragraph(TEXT, FIGURES)
    figures = seen[start:end]
    assert figures.startswith(" ".join(FIGURES.split()[: MARGIN - 1]))
    assert figures.endswith(" ".join(FIGURES.split()[-(MARGIN - 1) :]))
    assert "quatre mois" not in figures
    # The closing narration follows the last kept paragraph: only its first words stay.
    assert "premier départ" not in seen


def test_parser_input_blanks_only_with_candidates() -> None:
    assert parser_input(TEXT, "fr", ParseMode.ALL) == TEXT
    assert parser_input(TEXT, "fr", "candidates") != TEXT


def test_parse_mode_comes_from_the_settings_and_refuses_an_unknown_one(monkeypatch) -> None:
    from dixit.errors import InputError
    from dixit.settings import get_settings

    monkeypatch.setenv("DIXIT_PARSE", "candidates")
    get_settings.cache_clear()
    try:
        assert parse_mode() is ParseMode.CANDIDATES
        assert parse_mode("all") is ParseMode.ALL
        with pytest.raises(InputError):
            parse_mode("some")
    finally:
        monkeypatch.delenv("DIXIT_PARSE")
        get_settings.cache_clear()
    assert parse_mode() is ParseMode.ALL


def _rows(statements) -> list[dict]:
    return [s.to_dict() for s in statements]


def test_candidates_find_the_same_statements_as_all(nlp) -> None:
    article = Article(text=TEXT, id="bus", language="fr")
    every = [_rows(found) for _, found in analyze_many([article], parse="all")]
    chosen = [_rows(found) for _, found in analyze_many([article], parse="candidates")]
    assert every == chosen
    assert parser_input(TEXT, "fr", "candidates") != TEXT  # the figures were not parsed
    statements = analyze(TEXT, nlp=nlp)
    assert {s.speaker_mention for s in statements} >= {"Elle"}


def test_candidates_are_the_same_on_the_written_dev_articles(dev_dir: Path) -> None:
    lines = (dev_dir / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [Article.from_dict(json.loads(line)) for line in lines[:12]]
    every = [(a.id, _rows(s)) for a, s in analyze_many(articles, parse="all")]
    chosen = [(a.id, _rows(s)) for a, s in analyze_many(articles, parse="candidates")]
    assert every == chosen


def test_the_cli_says_a_bad_parse_mode(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(source), "--parse", "half"])
    assert result.exit_code == 2
    assert "all, candidates" in result.output


def test_the_cli_analyses_with_candidates(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    every = CliRunner().invoke(app, ["analyze", str(source), "-f", "jsonl", "--parse", "all"])
    chosen = CliRunner().invoke(
        app, ["analyze", str(source), "-f", "jsonl", "--parse", "candidates"]
    )
    assert every.exit_code == chosen.exit_code == 0
    assert every.output == chosen.output
    assert every.output.strip()
