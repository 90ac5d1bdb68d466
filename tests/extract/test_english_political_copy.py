"""English portrayals put in words ("framed the vote as a choice between …", "cast the
council as the party of cuts", "cited the closures as proof that …"), evidence pointed to
("pointed to the closures"), challenges ("challenged the mayor to name the cuts"),
feelings told with a clause ("was pleased that …"), an opening phrase the parser reads as a
second subject ("Briefing reporters, Tom Pell said …") and a short clause before a postposed
cue ("Sales were great, he said").

The attribution corpora of political news (PolNeAR: ``docs/languages.md``, "Other
conventions") and the colleagues' political sets count a portrayal as the source's
attribution, as dixit already counts "portrayed X as Y" and "described X as Y": the object
with its predicate, only as the outer report of someone. Without the predicate the same
verbs narrate ("cast their votes", "framed the photo", "cited the study"). Sentences
written for these tests; skipped when the English model is not installed.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dixit.model import Statement


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "Senator Orla Venn framed the vote as a choice between growth and decline.",
            "framed",
            "the vote as a choice between growth and decline",
        ),
        (
            "Mayor Tom Pell cast the harbour board as the enemy of the dockers.",
            "cast",
            "the harbour board as the enemy of the dockers",
        ),
        (
            "Senator Orla Venn painted herself as a friend of the ferry crews.",
            "painted",
            "herself as a friend of the ferry crews",
        ),
        (
            "Senator Orla Venn cited the closures as proof that the levy had failed.",
            "cited",
            "the closures as proof that the levy had failed",
        ),
        (
            "The dockers' union depicted the levy as a tax on the poor.",
            "depicted",
            "the levy as a tax on the poor",
        ),
        (
            "Senator Orla Venn pointed to the closures of three yards since the levy began.",
            "pointed",
            "to the closures of three yards since the levy began",
        ),
        (
            "Senator Orla Venn challenged the mayor to name the cuts he would make.",
            "challenged",
            "to name the cuts he would make",
        ),
        (
            "Senator Orla Venn was pleased that the council had dropped the levy.",
            "was pleased",
            "the council had dropped the levy",
        ),
        (
            "Mayor Tom Pell was angry the harbour board had ignored him.",
            "was angry",
            "the harbour board had ignored him",
        ),
    ],
)
def test_a_portrayal_with_its_predicate_is_a_statement(
    english_statements: Callable[[str], list[Statement]], sentence: str, cue: str, content: str
) -> None:
    [statement] = english_statements(sentence)
    assert (statement.kind, statement.cue, statement.content) == ("indirect", cue, content)


@pytest.mark.parametrize(
    "sentence",
    [
        "The dockers cast their votes for Orla Venn on Monday.",
        "The old crane cast a long shadow over the harbour.",
        "Senator Orla Venn framed the photo of the harbour.",
        "The ferry crews painted the hull in the rain.",
        "Senator Orla Venn cited the harbour study.",
        "The storm cast the ferry onto the rocks as the tide rose.",
        "The arrow on the quay pointed to the ferry.",
        "Senator Orla Venn challenged the result in court.",
        "Senator Orla Venn was happy to help the ferry crews.",
        "Senator Orla Venn was proud of the yards.",
        "Senator Orla Venn was surprised by the vote.",
    ],
)
def test_the_same_verbs_without_a_predicate_report_nobody(
    english_statements: Callable[[str], list[Statement]], sentence: str
) -> None:
    assert english_statements(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        (
            "Briefing reporters, Tom Pell underlined that the levy was gone.",
            "Tom Pell",
        ),
        (
            "Addressing the dockers, Orla Venn insisted that the yards would stay open.",
            "Orla Venn",
        ),
        (
            "Absent a plan of the mayor's own, which he has not published, Orla Venn pointed"
            " to the nine votes the council has held on the levy.",
            "Orla Venn",
        ),
    ],
)
def test_an_opening_phrase_before_a_comma_is_not_the_speaker(
    english_statements: Callable[[str], list[Statement]], sentence: str, mention: str
) -> None:
    [statement] = english_statements(sentence)
    assert statement.speaker_mention == mention


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kessel Gazette, citing Labour and Green aides, reported that the levy would go.",
        "The Kessel Gazette, citing Labour and Green aides, reported Thursday that there was an"
        " informal agreement between Harbour Speaker Ann Dole and Mayor Tom Pell that would"
        " keep any levy bill free of new taxes.",
    ],
)
def test_a_body_citing_its_sources_stays_the_speaker(
    english_statements: Callable[[str], list[Statement]], sentence: str
) -> None:
    [statement] = english_statements(sentence)
    assert statement.speaker_mention == "The Kessel Gazette"


def test_a_subject_with_an_apposition_stays_the_speaker(
    english_statements: Callable[[str], list[Statement]],
) -> None:
    [statement] = english_statements(
        "The harbour master, a former docker, said the levy was unfair."
    )
    assert (statement.speaker_mention or "").startswith("The harbour master")


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Sales were great, the stallholder said.", "Sales were great"),
        ("The plan failed, Orla Venn said, pointing to the yards.", "The plan failed"),
    ],
)
def test_a_short_clause_before_a_postposed_cue_is_the_words(
    english_statements: Callable[[str], list[Statement]], sentence: str, content: str
) -> None:
    [statement] = english_statements(sentence)
    assert statement.content == content


@pytest.mark.parametrize(
    "sentence", ["Yes sir, the stallholder said.", "Well then, Orla Venn said, smiling."]
)
def test_a_short_reply_with_no_clause_before_a_postposed_cue_is_none(
    english_statements: Callable[[str], list[Statement]], sentence: str
) -> None:
    assert english_statements(sentence) == []
