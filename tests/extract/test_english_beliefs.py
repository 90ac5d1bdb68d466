"""English beliefs and expectations: a named person's stance is an indirect statement.

"X believes / thinks / expects / hopes / fears / doubts / suspects / worries …", "X is
confident / convinced / sure / worried / concerned / skeptical that …" tell the reader what
someone holds: statements, put less firmly than a claim (certainty ``hedged``). The same
words in narration ("is expected to reopen", "the bill is sure to pass", "hopes are high
that …") report nobody. What a source knows ("knows that", "is aware that") is counted too,
as the attribution corpora of political news count it, and stays asserted. Sentences
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
            "Senator Orla Venn believes the harbour tax will fail in the Senate.",
            "believes",
            "the harbour tax will fail in the Senate",
        ),
        (
            "The mayor, Tomas Reyl, hopes the vote will end the dispute.",
            "hopes",
            "the vote will end the dispute",
        ),
        (
            "Dockers' leader Ines Calloway fears the tax will close the smaller yards.",
            "fears",
            "the tax will close the smaller yards",
        ),
        (
            "Senator Orla Venn is confident that the bill can be stopped.",
            "is confident",
            "the bill can be stopped",
        ),
        (
            "The mayor, Tomas Reyl, is convinced that the port needs the money.",
            "is convinced",
            "the port needs the money",
        ),
        (
            "Senator Orla Venn was sure the bill would pass.",
            "was sure",
            "the bill would pass",
        ),
        (
            "Harbour master Ilse Dorran is worried that the cranes will stand idle.",
            "is worried",
            "the cranes will stand idle",
        ),
        (
            "The mayor, Tomas Reyl, is concerned that the yards will lose their contracts.",
            "is concerned",
            "the yards will lose their contracts",
        ),
        (
            "Senator Orla Venn is skeptical that the tax will raise much money.",
            "is skeptical",
            "the tax will raise much money",
        ),
        (
            "Dockers' leader Ines Calloway doubts the council will keep its promise.",
            "doubts",
            "the council will keep its promise",
        ),
        (
            "Senator Orla Venn suspects the port authority hid the figures.",
            "suspects",
            "the port authority hid the figures",
        ),
        (
            "The mayor, Tomas Reyl, worries that the ferries will leave Kessel.",
            "worries",
            "the ferries will leave Kessel",
        ),
    ],
)
def test_belief_of_a_named_person_is_a_hedged_statement(
    english_statements: Callable[[str], list[Statement]], sentence: str, cue: str, content: str
) -> None:
    [statement] = english_statements(sentence)
    assert (statement.kind, statement.cue, statement.content) == ("indirect", cue, content)
    assert statement.certainty == "hedged"


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "Senator Orla Venn knows that the votes are not there.",
            "knows",
            "the votes are not there",
        ),
        (
            "The mayor, Tomas Reyl, is aware that the tax is unpopular in the yards.",
            "is aware",
            "the tax is unpopular in the yards",
        ),
    ],
)
def test_knowledge_of_a_named_person_is_an_asserted_statement(
    english_statements: Callable[[str], list[Statement]], sentence: str, cue: str, content: str
) -> None:
    """What a source knows is counted as its attribution (a fact it holds, put firmly)."""
    [statement] = english_statements(sentence)
    assert (statement.kind, statement.cue, statement.content) == ("indirect", cue, content)
    assert statement.certainty == "asserted"


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "Senator Orla Venn wants to be seen as a builder, not a rebel.",
            "wants",
            "to be seen as a builder, not a rebel",
        ),
        (
            "The harbour council is hoping to avoid another strike this winter.",
            "is hoping",
            "to avoid another strike this winter",
        ),
        (
            "Senator Orla Venn plans to table the bill in April.",
            "plans",
            "to table the bill in April",
        ),
        (
            "Dockers' leader Ines Calloway intends to call a vote on the offer.",
            "intends",
            "to call a vote on the offer",
        ),
    ],
)
def test_an_intention_of_a_source_is_a_hedged_statement(
    english_statements: Callable[[str], list[Statement]], sentence: str, cue: str, content: str
) -> None:
    """The corpora of political news count what a source wants, hopes or plans to do."""
    [statement] = english_statements(sentence)
    assert (statement.kind, statement.cue, statement.content) == ("indirect", cue, content)
    assert statement.certainty == "hedged"


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Orla Venn will table the bill in April.",
        "The harbour board plans a new terminal.",
        "The plan to table the bill in April failed.",
    ],
)
def test_an_act_told_without_an_intention_reports_nobody(
    english_statements: Callable[[str], list[Statement]], sentence: str
) -> None:
    assert english_statements(sentence) == []


def test_a_claim_stays_asserted(english_statements: Callable[[str], list[Statement]]) -> None:
    [statement] = english_statements(
        "Senator Orla Venn said the harbour tax will fail in the Senate."
    )
    assert statement.certainty == "asserted"


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour is expected to reopen in March.",
        "The bill is sure to pass.",
        "The yards were certain to close.",
        "Hopes are high that the vote will end the dispute.",
        "Fears that the tax will close the yards grew on Monday.",
        "Senator Orla Venn is confident.",
        "The dockers were convinced by the mayor.",
        "It is certain that the tax will rise.",
        "As far as the harbour is concerned, the tax changes nothing.",
        "Senator Orla Venn is worried about the yards.",
        "Senator Orla Venn knows how to win a vote.",
        "Senator Orla Venn knows the harbour well.",
        "The yards are known for their red cranes.",
        "Nobody knows whether the tax will pass.",
    ],
)
def test_the_same_words_in_narration_report_nobody(
    english_statements: Callable[[str], list[Statement]], sentence: str
) -> None:
    assert english_statements(sentence) == []


def test_a_quantifier_alone_is_an_anonymous_group_that_believes(
    english_statements: Callable[[str], list[Statement]],
) -> None:
    [statement] = english_statements(
        "But many believe Senator Orla Venn is unfit to lead the harbour board."
    )
    assert (statement.cue, statement.speaker_mention) == ("believe", "many")
    assert statement.content == "Senator Orla Venn is unfit to lead the harbour board"


def test_a_quantifier_that_acts_reports_nobody(
    english_statements: Callable[[str], list[Statement]],
) -> None:
    assert english_statements("Many left the harbour hall before the vote.") == []
