"""A speaker's positions on an issue, in date order."""

from __future__ import annotations

from datetime import date

from positions_story import said

from dixit.analyse import Issue, timeline


def test_timeline_orders_by_date_then_undated(pensions: list[Issue]) -> None:
    story = [
        said("le référendum sur la réforme est hors de question", day=date(2026, 4, 9)),
        said("un référendum sur les retraites", cue="a réclamé", lemma="réclamer"),
        said(
            "un référendum sur la réforme des retraites",
            cue="a promis",
            lemma="promettre",
            day=date(2026, 4, 2),
        ),
        said(
            "un référendum sur la réforme",
            cue="a promis",
            lemma="promettre",
            speaker="Lucie Marchal",
            day=date(2026, 4, 1),
        ),
    ]
    lines = timeline(story, pensions, "fr", speaker_id="hélène-vasseur")
    assert [(p.position.statement_date, p.position.stance) for p in lines] == [
        (date(2026, 4, 2), "supports"),
        (date(2026, 4, 9), "opposes"),
        (None, "supports"),
    ]
    assert lines[0].to_dict()["issue"]["id"] == "pension-reform-referendum"


def test_timeline_keeps_unclear_and_narrows_to_an_issue(pensions: list[Issue]) -> None:
    story = [
        said("le référendum sur la réforme sera débattu", day=date(2026, 4, 2)),
        said("l'âge légal restera à 62 ans", day=date(2026, 4, 3)),
    ]
    lines = timeline(story, pensions, "fr", issue_id="pension-reform-referendum")
    assert [p.position.stance for p in lines] == ["unclear"]


def test_timeline_counts_a_duplicate_once(pensions: list[Issue]) -> None:
    one = said(
        "un référendum sur la réforme", cue="a promis", lemma="promettre", day=date(2026, 4, 2)
    )
    assert len(timeline([one, one], pensions, "fr")) == 1
