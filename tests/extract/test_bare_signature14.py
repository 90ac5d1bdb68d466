"""A pull quote signed without a dash (session 14): a quotation that ends its sentence,
alone on its line but for a person's name and, at most, the party in brackets ("« … »
Marie Dufour (PS)"), is that person's. A title in quotation marks before a name in
running narration is none.

The people are invented; the layout is that of Belgian political copy.
"""

from __future__ import annotations

from extracted import extract


def test_a_quotation_signed_by_a_bare_name_and_party_is_theirs(nlp) -> None:
    text = (
        "Le budget a été adopté jeudi à la Chambre.\n\n"
        "« Ce n'est plus un budget, c'est un renoncement. » Marie Dufour (PS)\n\n"
        "La séance a été levée peu après minuit.\n"
    )
    [statement] = extract(nlp, text)
    assert statement.content == "Ce n'est plus un budget, c'est un renoncement."
    assert statement.speaker is not None and statement.speaker.name == "Marie Dufour"


def test_a_title_in_quotation_marks_before_a_name_is_no_signature(nlp) -> None:
    text = "« Les Oiseaux. » Paul Garnier le regarde chaque soir avec ses enfants.\n"
    assert [s for s in extract(nlp, text) if s.speaker_mention == "Paul Garnier"] == []
