"""An elided complementizer glued to an opening quotation mark (session 14): "reconnaît
qu'« il reste beaucoup de points de blocage »" keeps its complementizer, so the quotation is
the reported clause; the same words with a space or without the mark were read already.

The sentences are invented; the layout is that of Belgian political copy.
"""

from __future__ import annotations

import pytest

from dixit.core import statements_from_doc
from dixit.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre Paul Garnier reconnaît qu'« il reste beaucoup de points de blocage ».",
        "Le ministre Paul Garnier reconnaît qu’« il reste beaucoup de points de blocage ».",
        'Le ministre Paul Garnier reconnaît qu\'"il reste beaucoup de points de blocage".',
    ],
)
def test_a_complementizer_glued_to_a_quotation_mark_reports_the_quotation(nlp, text) -> None:
    [statement] = statements_from_doc(nlp(text), Article(text=text))
    assert "il reste beaucoup de points de blocage" in statement.content
    assert statement.speaker is not None and statement.speaker.name == "Paul Garnier"


def test_the_elided_complementizer_keeps_its_apostrophe(nlp) -> None:
    doc = nlp("Il dit qu'« il reste ».")
    assert [t.text for t in doc][:4] == ["Il", "dit", "qu'", "«"]
