"""Relative clauses on descriptions (session 14).

- "L'ancien journaliste et animateur de radio, qui …, considère que …": the relative's
  antecedent is the whole coordinated description, one person named before.
- A cue after a quotation that has its own "que" is no incise of that quotation
  ("l'émission « Océans » considère que …" is a misparse, not "« Océans », considère X").

The people and shows are invented; the layout is that of political copy.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article, ExtractionRule

TEXT = (
    "La réaction de Paul Hervé, l'une des surprises du gouvernement, a été la plus partagée. "
    "L'ancien journaliste et animateur de télévision, qui a construit sa renommée avec "
    "l'émission « Océans » considère que la « nouvelle donne » ouvre « une nouvelle voie »."
)


def test_a_relative_on_a_coordinated_description_reports_for_the_whole_description(nlp) -> None:
    [statement] = statements_from_doc(nlp(TEXT), Article(text=TEXT))
    assert statement.speaker_mention == "L'ancien journaliste et animateur de télévision"
    assert statement.speaker is not None and statement.speaker.name == "Paul Hervé"


def test_a_cue_with_its_own_que_after_a_quotation_is_no_incise(nlp) -> None:
    found = statements_from_doc(nlp(TEXT), Article(text=TEXT))
    assert [s.method for s in found] == [ExtractionRule.QUE]
