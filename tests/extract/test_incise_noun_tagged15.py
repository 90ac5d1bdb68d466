"""An incise verb the tagger takes for a noun ("…, alerte un syndicat", "…, dénonce
l'opposition"): a verb form of the cue lexicon between the comma that closes the words told
and the article of its postposed subject reports those words, and the verb stays out of the
speaker's mention (session 15). Invented headlines and sentences, in the layout of French
wire headlines."""

from __future__ import annotations

import pytest

from dixit.core import statements_from_doc
from dixit.model import Article

BODY = "\n\nLe groupe a réuni lundi son comité social et économique.\n"


@pytest.mark.parametrize(
    ("headline", "content", "mention"),
    [
        (
            "La direction veut supprimer 300 postes, alerte un syndicat",
            "La direction veut supprimer 300 postes",
            "un syndicat",
        ),
        (
            "Usine de Brévanne : le site fermera en juin, alerte la CGT",
            "le site fermera en juin",
            "la CGT",
        ),
    ],
)
def test_an_incise_verb_tagged_as_a_noun_reports_the_headline(
    nlp, headline, content, mention
) -> None:
    text = headline + BODY
    [statement] = statements_from_doc(nlp(text), Article(text=text))
    assert (statement.content, statement.speaker_mention) == (content, mention)
    assert statement.cue == "alerte"


@pytest.mark.parametrize(
    "headline",
    [
        "Le préfet a déclenché une alerte rouge aux orages",
        "Une alerte à la bombe vide la gare de Brévanne",
    ],
)
def test_the_noun_alerte_reports_nothing(nlp, headline) -> None:
    text = headline + BODY
    assert statements_from_doc(nlp(text), Article(text=text)) == []
