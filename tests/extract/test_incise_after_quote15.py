"""An incise verb the tagger takes for a noun or an adjective right after the closing
quotation mark ("« … » tonne Paul Ferrand", "« … », tonne le maire"): a verb form of the
cue lexicon between that mark (or the comma after it) and a name or the article of its
postposed subject reports the quotation, which is then no continuation of the previous
speaker's words (session 15). Invented sentences, in the layout of French regional copy."""

from __future__ import annotations

import pytest

from dixit.core import statements_from_doc
from dixit.model import Article

LEAD = (
    "Le conseil municipal de Valbrune a voté lundi la fermeture de la piscine. "
    "« Nous ne pouvons plus payer le chauffage », a expliqué l'adjoint Marc Delorme.\n\n"
)


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        ("« C'est une honte pour les familles » tonne Paul Ferrand, riverain.", "Paul Ferrand"),
        ("« C'est une honte pour les familles », tonne Paul Ferrand.", "Paul Ferrand"),
        (
            "« C'est une honte pour les familles » tonne le président des riverains.",
            "le président des riverains",
        ),
    ],
)
def test_an_incise_verb_after_the_closing_mark_names_a_new_speaker(nlp, paragraph, mention) -> None:
    text = LEAD + paragraph + "\n"
    statements = statements_from_doc(nlp(text), Article(text=text))
    [last] = [s for s in statements if s.content.startswith("C'est une honte")]
    assert last.cue == "tonne"
    assert last.speaker_mention == mention


@pytest.mark.parametrize(
    "paragraph",
    [
        "Les bénévoles ont ramassé une « tonne » de déchets sur la plage.",
        "Le club « Espoir » tonne de partout depuis sa relégation.",
    ],
)
def test_the_word_after_a_quoted_noun_reports_nothing(nlp, paragraph) -> None:
    text = "Valbrune fait le ménage\n\n" + paragraph + "\n"
    assert statements_from_doc(nlp(text), Article(text=text)) == []
