"""Computed reversals over invented story lines: several days, several speakers."""

from __future__ import annotations

from datetime import date

from positions_story import said

from dixit.analyse import Issue, computed_reversals

MON, TUE, WED, THU = (date(2026, 3, d) for d in (2, 3, 4, 5))


def test_open_then_opposes_is_a_reversal(ukraine: list[Issue]) -> None:
    story = [
        said(
            "l'envoi de soldats américains en Ukraine",
            cue="n'a pas exclu",
            lemma="exclure",
            polarity="negated",
            day=MON,
            speaker="Paul Dorval",
            start=10,
        ),
        said(
            "d'envoyer des troupes américaines en Ukraine",
            cue="a exclu",
            lemma="exclure",
            day=TUE,
            speaker="Paul Dorval",
            article="a2",
            start=40,
        ),
    ]
    [reversal] = computed_reversals(story, ukraine, "fr")
    data = reversal.to_dict()
    assert data["speaker"] == {"id": "paul-dorval", "name": "Paul Dorval"}
    assert data["issue"]["id"] == "us-troops-ukraine"
    assert (data["before"]["stance"], data["after"]["stance"]) == ("open", "opposes")
    assert data["before"]["statement_date"] == "2026-03-02"
    assert data["after"]["article"] == "a2"
    assert data["after"]["content_span"] == [40, 40 + len(story[1].content)]
    assert data["evidence"] == {"kind": "computed"}
    assert 0 < data["strength"] < 1


def test_stable_position_in_other_words_is_no_reversal(pensions: list[Issue]) -> None:
    story = [
        said("le recul de l'âge légal", cue="a rejeté", lemma="rejeter", day=MON),
        said("le report de l'âge de départ est hors de question", day=WED),
        said("l'âge légal à 64 ans ne passera jamais", day=THU),
    ]
    assert computed_reversals(story, pensions, "fr") == []


def test_supports_then_opposes_then_back(pensions: list[Issue]) -> None:
    story = [
        said(
            "un référendum sur la réforme des retraites", cue="a réclamé", lemma="réclamer", day=MON
        ),
        said("un référendum sur les retraites", cue="a écarté", lemma="écarter", day=WED),
        said("un référendum sur la réforme", cue="a promis", lemma="promettre", day=THU),
    ]
    found = computed_reversals(story, pensions, "fr")
    assert [(r.before.stance, r.after.stance) for r in found] == [
        ("supports", "opposes"),
        ("opposes", "supports"),
    ]
    assert all(r.strength == 0.9 for r in found)


def test_dates_not_text_order_decide(pensions: list[Issue]) -> None:
    later_first = [
        said("un référendum sur les retraites", cue="a écarté", lemma="écarter", day=WED),
        said("un référendum sur la réforme", cue="a réclamé", lemma="réclamer", day=MON),
    ]
    [reversal] = computed_reversals(later_first, pensions, "fr")
    assert reversal.before.statement.statement_date == MON


def test_undated_statements_make_no_reversal(pensions: list[Issue]) -> None:
    story = [
        said("un référendum sur la réforme", cue="a réclamé", lemma="réclamer", day=None),
        said("un référendum sur les retraites", cue="a écarté", lemma="écarter", day=WED),
    ]
    assert computed_reversals(story, pensions, "fr") == []


def test_other_speakers_do_not_mix(pensions: list[Issue]) -> None:
    story = [
        said(
            "un référendum sur la réforme",
            cue="a réclamé",
            lemma="réclamer",
            day=MON,
            speaker="Lucie Marchal",
        ),
        said(
            "un référendum sur les retraites",
            cue="a écarté",
            lemma="écarter",
            day=WED,
            speaker="Hugo Ferrand",
        ),
    ]
    assert computed_reversals(story, pensions, "fr") == []


def test_duplicates_never_create_a_reversal(pensions: list[Issue]) -> None:
    # The same dispatch reprinted with a later date: one statement, not two positions.
    content = "un référendum sur la réforme des retraites"
    story = [
        said(content, cue="a réclamé", lemma="réclamer", day=MON, article="a1"),
        said(content, cue="a réclamé", lemma="réclamer", day=THU, article="a9"),
        said(content, cue="a réclamé", lemma="réclamer", day=MON, article="a1"),
    ]
    assert computed_reversals(story, pensions, "fr") == []


def test_a_split_day_anchors_nothing(pensions: list[Issue]) -> None:
    story = [
        said("un référendum sur la réforme", cue="a réclamé", lemma="réclamer", day=MON),
        said(
            "un référendum sur les retraites", cue="a écarté", lemma="écarter", day=MON, start=200
        ),
    ]
    assert computed_reversals(story, pensions, "fr") == []


def test_unclear_statements_are_skipped(pensions: list[Issue]) -> None:
    story = [
        said("un référendum sur la réforme", cue="a réclamé", lemma="réclamer", day=MON),
        said("le référendum sur la réforme sera débattu jeudi", day=TUE),
        said("un référendum sur les retraites", cue="a promis", lemma="promettre", day=WED),
    ]
    assert computed_reversals(story, pensions, "fr") == []


def test_a_position_without_a_statement_keeps_its_span() -> None:
    from dixit.analyse import Position

    narrated = Position("a3", "jusque-là hostile au projet", (12, 39), None, "opposes", 0.5)
    data = narrated.to_dict()
    assert data["statement"] is None
    assert data["content_span"] == [12, 39]
    assert data["statement_date"] is None
