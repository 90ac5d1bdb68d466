"""English positions made known without a verb of saying: "made clear that …", "the court
ruled that …", "portrayed the dockers as victims", "a poll shows that …" (evidence an
artefact gives, with a clause only); an object and its predicate ("described him as a
builder", "called the levy unlawful", "voters view the levy as a tax"), never a bare object
of "call" or "see".

The attribution corpora of political news count them as a source's attributions; each
construction has a narration negative with the same verb ("ruled the island", "made clear
progress", "the mayor made it clear."). Sentences written for these tests; skipped when
the English model is not installed.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dixit.model import Statement


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "Senator Orla Venn made it clear that the tax would go.",
            "made it clear",
            "the tax would go",
        ),
        (
            "Several senators made clear that they wanted the tax dropped.",
            "made clear",
            "they wanted the tax dropped",
        ),
        (
            "The harbour court ruled that the tax was unlawful.",
            "ruled",
            "the tax was unlawful",
        ),
        (
            "Senator Orla Venn portrayed the dockers as victims of the council.",
            "portrayed",
            "the dockers as victims of the council",
        ),
        (
            "Senator Orla Venn branded the plan a betrayal of the yards.",
            "branded",
            "the plan a betrayal of the yards",
        ),
        (
            "In speeches, the aides described him as a tireless builder of harbours.",
            "described",
            "him as a tireless builder of harbours",
        ),
        (
            "Organisers described the march as peaceful.",
            "described",
            "the march as peaceful",
        ),
        ("Senator Orla Venn called the levy unlawful.", "called", "the levy unlawful"),
        (
            "Harbour Republicans saw the storm as a chance to question her record.",
            "saw",
            "the storm as a chance to question her record",
        ),
        (
            "Many voters view the levy as a tax on the poor.",
            "view",
            "the levy as a tax on the poor",
        ),
        (
            "A new poll shows that the harbour tax is unpopular.",
            "shows",
            "the harbour tax is unpopular",
        ),
        (
            "Figures released by the port on Monday show the yards lost money.",
            "show",
            "the yards lost money",
        ),
    ],
)
def test_a_position_made_known_is_a_statement(
    english_statements: Callable[[str], list[Statement]], sentence: str, cue: str, content: str
) -> None:
    [statement] = english_statements(sentence)
    assert (statement.kind, statement.cue, statement.content) == ("indirect", cue, content)


@pytest.mark.parametrize(
    "sentence",
    [
        "The old king ruled the island for forty years.",
        "The harbour board made clear progress on the cranes.",
        "The mayor made it clear.",
        "The council ruled out of order.",
        "The harbour master showed the cranes to reporters.",
        "The video shows dockers at work in the rain.",
        "The dockers showed up late.",
        "The guide described the route as the ferry left the quay.",
        "The mayor called a meeting for Monday.",
        "Senator Orla Venn called the police.",
        "The tourists saw the harbour as the ferry left.",
        "Senator Orla Venn considered selling her house.",
    ],
)
def test_the_same_verbs_in_narration_report_nobody(
    english_statements: Callable[[str], list[Statement]], sentence: str
) -> None:
    assert english_statements(sentence) == []
