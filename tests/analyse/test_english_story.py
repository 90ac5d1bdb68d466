"""An invented English story line through the analyse package: issues, stances, the
timeline, a computed reversal and an unconfirmed claim, all read with the English words of
``lang/en`` (stance.yaml, reversals.yaml, verification.yaml)."""

from __future__ import annotations

from datetime import date

from positions_story import said

from dixit.analyse import computed_reversals, timeline
from dixit.analyse.issues import issue_from_mapping
from dixit.analyse.verification import verify

MON, WED, FRI = (date(2026, 4, d) for d in (6, 8, 10))

TOLL = issue_from_mapping(
    {
        "id": "bridge-toll",
        "label": "Put a toll on the Harwick bridge",
        "terms": {"en": [["toll", "tolls"]]},
        "sides": {"en": {"supports": ["introduce", "bring in"], "opposes": ["scrap", "no toll"]}},
    }
)


def story() -> list:
    return [
        said(
            "a toll on the Harwick bridge",
            speaker="Nora Balfe",
            cue="promised",
            lemma="promise",
            day=MON,
            article="e1",
        ),
        said(
            "a toll on the bridge was out of the question",
            speaker="Nora Balfe",
            cue="said",
            lemma="say",
            day=FRI,
            article="e2",
        ),
        said(
            "a toll on the bridge",
            speaker="Colm Arden",
            cue="rejected",
            lemma="reject",
            day=WED,
            article="e3",
        ),
    ]


def test_english_timeline_orders_each_position_by_day() -> None:
    rows = [r.to_dict() for r in timeline(story(), [TOLL], "en")]
    assert [(r["speaker"], r["stance"]) for r in rows] == [
        ("nora-balfe", "supports"),
        ("colm-arden", "opposes"),
        ("nora-balfe", "opposes"),
    ]


def test_english_change_of_stance_is_a_computed_reversal() -> None:
    [reversal] = computed_reversals(story(), [TOLL], "en")
    data = reversal.to_dict()
    assert data["speaker"]["name"] == "Nora Balfe"
    assert (data["before"]["stance"], data["after"]["stance"]) == ("supports", "opposes")


def test_english_stable_opposition_is_no_reversal() -> None:
    steady = [s for s in story() if s.speaker and s.speaker.name == "Colm Arden"]
    steady.append(
        said(
            "a toll on the bridge would never be accepted",
            speaker="Colm Arden",
            cue="said",
            lemma="say",
            day=FRI,
            article="e4",
        )
    )
    assert computed_reversals(steady, [TOLL], "en") == []


def test_english_unconfirmed_claim_is_not_verified() -> None:
    text = (
        "The operator said the toll would raise four million a year, a figure that could not "
        "be independently confirmed."
    )
    content = "the toll would raise four million a year"
    start = text.index(content)
    claim = said(content, speaker="Harwick Crossings", cue="said", lemma="say", start=start)
    [checked] = verify(text, [claim], "en")
    assert checked.verified is False
    plain = "The operator said the toll would raise four million a year."
    [kept] = verify(plain, [said(content, cue="said", lemma="say", start=19)], "en")
    assert kept.verified is None
