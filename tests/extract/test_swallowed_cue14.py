"""A cue the parser folds into its own clause (session 14): "Le maire, Louis X, a en outre
précisé que les travaux dureraient deux ans" comes out with "a en outre précisé" as fixed
words of "dureraient" and both "maire" and "Louis" as that verb's subjects. The clause after
the complementizer is still the report, and the description with its name the speaker.

The sentences are invented; the layout is that of regional copy.
"""

from __future__ import annotations

from extracted import extract


def test_a_cue_folded_into_its_clause_still_reports_it(nlp) -> None:
    text = "Le maire, Louis Perrin, a en outre précisé que les travaux dureraient deux ans."
    [statement] = extract(nlp, text)
    assert statement.content == "les travaux dureraient deux ans"
    assert statement.cue == "a en outre précisé"
    assert statement.speaker is not None and statement.speaker.name == "Louis Perrin"


def test_the_same_words_without_a_cue_report_nothing(nlp) -> None:
    text = "Le maire, Louis Perrin, a en outre fait savoir la date du conseil aux habitants."
    assert [s for s in extract(nlp, text) if s.content.startswith("les travaux")] == []
    text = "Le maire, Louis Perrin, a en outre visité le chantier avant que les travaux cessent."
    assert extract(nlp, text) == []
