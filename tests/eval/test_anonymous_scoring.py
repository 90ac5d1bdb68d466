"""``dixit eval`` scores the anonymous flag of matched pairs against the gold's: precision
over the flagged predictions, recall over the gold's anonymous statements."""

from __future__ import annotations

from dixit.eval.scoring import Score
from dixit.model import Statement

TEXT = "Le pont restera fermé, selon une source. Le maire a confirmé que la route rouvrira."


def pred(content: str, anonymous: bool) -> Statement:
    start = TEXT.index(content)
    return Statement(
        article="a",
        kind="indirect",
        content=content,
        content_span=(start, start + len(content)),
        anonymous=anonymous,
    )


def gold(content: str, **kw) -> dict:
    return {"article": "a", "content": content, "kind": "indirect", **kw}


def test_anonymous_precision_and_recall() -> None:
    score = Score()
    predicted = [pred("Le pont restera fermé", True), pred("la route rouvrira", True)]
    expected = [
        gold("Le pont restera fermé", anonymous=True),
        gold("la route rouvrira", speaker="Léon Brac"),
    ]
    score.add_article(TEXT, "a", predicted, expected)
    figures = score.to_dict()
    assert figures["anonymous_precision"] == 0.5
    assert figures["anonymous_recall"] == 1.0
    assert (figures["anonymous_predicted"], figures["anonymous_gold"]) == (2, 1)
    wrong = [e for e in score.errors if e.kind == "anonymous"]
    assert [(e.content, e.expected, e.got) for e in wrong] == [
        ("la route rouvrira", "Léon Brac", "anonymous")
    ]


def test_no_flag_anywhere_gives_no_figure() -> None:
    score = Score()
    score.add_article(
        TEXT, "a", [pred("la route rouvrira", False)], [gold("la route rouvrira", speaker="X")]
    )
    figures = score.to_dict()
    assert figures["anonymous_precision"] is None and figures["anonymous_recall"] is None
    assert not [e for e in score.errors if e.kind == "anonymous"]
