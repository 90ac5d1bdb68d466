"""English views carried by a noun: "X's view is that …", "in X's view, …".

The attribution corpora of political news count a stance whose cue is a noun: its
possessor ("Venn's", "his", "the council's") or its "of" phrase holds it, the clause it
introduces is the content (``dixit.extract.views``). The same nouns with nobody's name on
them, or with no clause, report nobody. Sentences written for these tests; skipped when the
English model is not installed.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dixit.model import Statement


@pytest.mark.parametrize(
    ("sentence", "mention", "content", "certainty"),
    [
        (
            "Senator Orla Venn's view is that the tax will drive the ferries away.",
            "Senator Orla Venn",
            "the tax will drive the ferries away",
            "hedged",
        ),
        (
            "The council's position is that the port must pay its own way.",
            "The council",
            "the port must pay its own way",
            "asserted",
        ),
        (
            "In Senator Orla Venn's view, the tax will drive the ferries away.",
            "Senator Orla Venn",
            "the tax will drive the ferries away",
            "hedged",
        ),
        (
            "In the view of harbour master Ilse Dorran, the cranes are too old.",
            "harbour master Ilse Dorran",
            "the cranes are too old",
            "hedged",
        ),
        (
            "The cranes are too old, in the opinion of harbour master Ilse Dorran.",
            "harbour master Ilse Dorran",
            "The cranes are too old",
            "hedged",
        ),
        (
            "Senator Orla Venn's belief that the tax will fail is shared by the dockers.",
            "Senator Orla Venn",
            "the tax will fail",
            "hedged",
        ),
    ],
)
def test_a_view_held_by_a_named_source_is_a_statement(
    english_statements: Callable[[str], list[Statement]],
    sentence: str,
    mention: str,
    content: str,
    certainty: str,
) -> None:
    [statement] = english_statements(sentence)
    assert (statement.kind, statement.speaker_mention, statement.content) == (
        "indirect",
        mention,
        content,
    )
    assert statement.method == "view"
    assert statement.certainty == certainty


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "Senator Orla Venn expressed concern that the yards would lose their contracts.",
            "expressed concern",
            "the yards would lose their contracts",
        ),
        (
            "Dockers' leader Ines Calloway expressed doubt the council could keep its promise.",
            "expressed doubt",
            "the council could keep its promise",
        ),
        (
            "The mayor, Tomas Reyl, voiced support for a smaller harbour tax.",
            "voiced support",
            "a smaller harbour tax",
        ),
        (
            "Senator Orla Venn raised concerns about the cost of the new cranes.",
            "raised concerns",
            "the cost of the new cranes",
        ),
    ],
)
def test_a_stance_shown_by_a_verb_is_its_subject_s_statement(
    english_statements: Callable[[str], list[Statement]], sentence: str, cue: str, content: str
) -> None:
    [statement] = english_statements(sentence)
    assert (statement.cue, statement.content, statement.method) == (cue, content, "view")


def test_a_possessive_pronoun_holds_the_view_of_the_one_named_before(
    english_statements: Callable[[str], list[Statement]],
) -> None:
    text = (
        "Senator Orla Venn voted against the harbour tax on Monday. "
        "In his view, the tax will drive the ferries away."
    )
    [statement] = [s for s in english_statements(text) if s.method == "view"]
    assert statement.content == "the tax will drive the ferries away"
    assert statement.speaker_mention == "his"
    assert statement.speaker is not None and statement.speaker.name == "Orla Venn"


@pytest.mark.parametrize(
    "sentence",
    [
        "The view that the tax will fail is common in Kessel.",
        "In the long run, the tax will drive the ferries away.",
        "Senator Orla Venn's position is weak.",
        "Senator Orla Venn's view of the harbour is stunning.",
        "In his car, Senator Orla Venn read the bill twice.",
        "In my view, the tax will fail.",
        "The fear that the yards will close grew on Monday.",
        "Senator Orla Venn expressed concern.",
        "Senator Orla Venn expressed her thanks to the dockers.",
        "The harbour board raised the price of a ferry ticket.",
    ],
)
def test_the_same_nouns_without_a_holder_or_a_clause_report_nobody(
    english_statements: Callable[[str], list[Statement]], sentence: str
) -> None:
    assert english_statements(sentence) == []
