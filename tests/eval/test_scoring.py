"""The shared scoring rule on hand-checked cases."""

from __future__ import annotations

from datetime import date

from dixit.eval.scoring import Score, match, normalise_name
from dixit.model import Speaker, Statement

TEXT = "« Nous resterons », a dit Anne Roy. Le maire a affirmé que le budget était tenu."
#        0         1         2         3         4         5         6         7


def pred(start: int, end: int, **kw) -> Statement:
    return Statement(
        article="a", kind="direct", content=TEXT[start:end], content_span=(start, end), **kw
    )


def gold(content: str, **kw) -> dict:
    return {"article": "a", "content": content, "kind": "direct", **kw}


def test_exact_match_ignores_quote_marks_and_spaces() -> None:
    start = TEXT.index("«")
    end = TEXT.index("»") + 1
    assert match(TEXT, [pred(start, end)], [gold("Nous resterons")]) == [(0, 0)]


def test_overlap_of_half_the_gold_matches_and_less_does_not() -> None:
    g = gold("le budget était tenu")  # 20 characters
    at = TEXT.index("le budget")
    assert match(TEXT, [pred(at, at + 11)], [g]) == [(0, 0)]  # "le budget é": 11 of 20
    assert match(TEXT, [pred(at, at + 9)], [g]) == []  # "le budget": 9 of 20, below half


def test_longer_prediction_still_matches() -> None:
    at = TEXT.index("que")
    assert match(TEXT, [pred(at, len(TEXT))], [gold("le budget était tenu")]) == [(0, 0)]


def test_matching_is_one_to_one_and_greedy_by_overlap() -> None:
    at = TEXT.index("le budget")
    shifted = pred(at - 5, at + 15)  # shares 15 characters with the gold
    exact = pred(at, at + 20)  # shares all 20
    pairs = match(TEXT, [shifted, exact], [gold("le budget était tenu")])
    assert pairs == [(1, 0)]


def test_speaker_and_date_scored_on_matched_pairs_only() -> None:
    at = TEXT.index("le budget")
    score = Score()
    p = pred(
        at, at + 20, speaker=Speaker("x", "Jean-Marc Lévêque"), statement_date=date(2025, 1, 2)
    )
    g = gold("le budget était tenu", speaker="jean marc leveque", statement_date="2025-01-03")
    score.add_article(TEXT, "a", [p, pred(0, 5)], [g])
    assert score.statements.precision == 0.5
    assert score.statements.recall == 1.0
    assert score.speaker.value == 1.0
    assert score.date.value == 0.0
    assert [e.kind for e in score.errors] == ["spurious", "date"]


def test_over_dated_counts_dates_where_gold_has_none() -> None:
    at = TEXT.index("le budget")
    score = Score()
    score.add_article(
        TEXT,
        "a",
        [pred(at, at + 20, statement_date=date(2025, 1, 2))],
        [gold("le budget était tenu", statement_date=None)],
    )
    assert score.over_dated == 1
    assert score.date.total == 0


def test_names_compare_without_case_accents_hyphens_spaces() -> None:
    assert normalise_name("  Jean-Marc   LÉVÊQUE ") == normalise_name("jean marc leveque")
    assert normalise_name("Anne Roy") != normalise_name("Anne Rey")
