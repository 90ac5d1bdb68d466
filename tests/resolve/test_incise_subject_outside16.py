"""An incise's subject is never inside the words it closes (session 16, issue 11).

"« … c'est la preuve que … », poursuit le désormais, grand favori du scrutin": when the
phrase after the incise verb is garbled, the parser may take a noun inside the quotation
for the verb's subject. Words inside the quotation never name who says them; a verb that
goes on with words just said ("poursuivre", "ajouter") then leaves them to whoever said
them. Invented text in the layout of regional election copy.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article

LEAD = (
    "Élections municipales : Paul Ferrand largement en tête à Vallon\n\n"
    "« Un peu frustrant quand on sait que le second tour pourrait être reporté », regrette "
    "Paul Ferrand."
)


def said(nlp, text: str) -> list[tuple[str | None, str | None]]:
    found = statements_from_doc(nlp(text), Article(text=text))
    return [(s.speaker_mention, s.speaker.name if s.speaker else None) for s in found]


def test_a_noun_inside_the_quotation_is_no_subject(nlp) -> None:
    text = (
        LEAD + " En tout cas, « c'est la preuve que notre projet a été compris des "
        "électeurs », poursuit le désormais, grandissime favori du scrutin.\n"
    )
    mention, speaker = said(nlp, text)[-1]
    assert mention is None or "preuve" not in mention
    assert speaker == "Paul Ferrand"


def test_a_subject_named_after_the_verb_still_speaks(nlp) -> None:
    text = (
        LEAD + " En tout cas, « c'est la preuve que notre projet a été compris des "
        "électeurs », poursuit sa rivale Anne Morin.\n"
    )
    assert said(nlp, text)[-1][1] == "Anne Morin"
