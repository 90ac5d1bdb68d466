"""English appeals put to someone: "pleaded with X to …", "begged X to …", "implored X to
…" report the infinitive, as "urged X to …" does (session 10). The same verbs with no
infinitive report nothing: "pleaded guilty", "begged for scraps". Every person and place
here is invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dixit.model import Statement


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "Ms Kesby pleaded with her councillors to go away and rest before the vote.",
            "pleaded",
            "to go away and rest before the vote",
        ),
        (
            "Mayor Tom Pell begged voters to give him another term.",
            "begged",
            "to give him another term",
        ),
        (
            "The ferry union implored the council to wait for the audit.",
            "implored",
            "to wait for the audit",
        ),
    ],
)
def test_an_appeal_reports_its_infinitive(
    english_statements: Callable[[str], list[Statement]], sentence: str, cue: str, content: str
) -> None:
    [statement] = english_statements(sentence)
    assert (statement.kind, statement.cue, statement.content) == ("indirect", cue, content)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms Kesby pleaded guilty to the charge of fraud.",
        "Mayor Tom Pell pleaded with the referee for a moment.",
        "The harbour dog begged for scraps at the quay.",
        "The council implored nobody and adjourned.",
    ],
)
def test_the_same_verbs_without_an_infinitive_report_nothing(
    english_statements: Callable[[str], list[Statement]], sentence: str
) -> None:
    assert english_statements(sentence) == []
