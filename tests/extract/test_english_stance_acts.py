"""English acts that show a stance: what a source seeks or aims at ("sought to calm the
delegates", "is aiming to cut his lead") and the side it takes ("endorsed Rob Lusk for
mayor", "opposes the levy", "backed the plan"); and findings made known ("a study found
that …", "…, the poll found"), whose source may be an artefact.

The attribution corpora of political news (PolNeAR: ``docs/languages.md``, "Other
conventions") count intentions and support as a source's attributions. dixit takes them
only as the outer report of someone (a person or a body): never inside what another cue
reports, in a relative clause, or (a stance) with a thing as subject. Sentences written
for these tests; skipped when the English model is not installed.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dixit.model import Statement


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "Senator Dana Pell sought to calm the delegates on Tuesday.",
            "sought",
            "to calm the delegates on Tuesday",
        ),
        (
            "The Pell campaign is aiming to cut his lead in the northern counties.",
            "is aiming",
            "to cut his lead in the northern counties",
        ),
        (
            "The Kessel Labour Party endorsed Rob Lusk for mayor.",
            "endorsed",
            "Rob Lusk for mayor",
        ),
        ("The dockers' union opposes the new levy on fuel.", "opposes", "the new levy on fuel"),
        (
            "Councillor Amy Rhee backed the plan to close the depot.",
            "backed",
            "the plan to close the depot",
        ),
        (
            "A study by Kessel University found that the harbour tax is the highest in the region.",
            "found",
            "the harbour tax is the highest in the region",
        ),
        (
            "Seventy percent of the dockers in Kessel earn less than in 2010, the poll found.",
            "found",
            "Seventy percent of the dockers in Kessel earn less than in 2010",
        ),
        (
            "The vote was rigged in 1998, the report found, and nobody was charged.",
            "found",
            "The vote was rigged in 1998",
        ),
    ],
)
def test_a_stance_shown_by_an_act_is_a_statement(
    english_statements: Callable[[str], list[Statement]], sentence: str, cue: str, content: str
) -> None:
    [statement] = english_statements(sentence)
    assert (statement.kind, statement.cue, statement.content) == ("indirect", cue, content)


@pytest.mark.parametrize(
    "sentence",
    [
        "The old beams support the roof of the hall.",
        "The ferry sought shelter in the bay.",
        "The plan aims to cut costs by half.",
        "Dockers backed away from the gate.",
        "The party, which seeks to win the seat, met on Monday.",
        "Police found the body of a docker in the river.",
        "A second man was found dead in the yards.",
        "Venn found it hard to sleep after the vote.",
        "The mayor found himself alone on the quay.",
    ],
)
def test_the_same_verbs_in_narration_report_nobody(
    english_statements: Callable[[str], list[Statement]], sentence: str
) -> None:
    assert english_statements(sentence) == []


def test_an_act_inside_a_report_is_only_part_of_it(
    english_statements: Callable[[str], list[Statement]],
) -> None:
    [statement] = english_statements("Venn said the council backs the levy on fuel.")
    assert (statement.cue, statement.content) == ("said", "the council backs the levy on fuel")


def test_a_finding_inside_a_report_is_only_part_of_it(
    english_statements: Callable[[str], list[Statement]],
) -> None:
    [statement] = english_statements(
        "Venn said his team studied sixty votes and found that the winners had spent more."
    )
    assert statement.cue == "said"
    assert statement.content.endswith("found that the winners had spent more")
