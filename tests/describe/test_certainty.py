"""Certainty: asserted, hedged, conditional or denied, from the cue, its mood and the words
(invented copy)."""

from __future__ import annotations

import pytest

from dixit.core import analyze
from dixit.model import Article, Certainty


@pytest.mark.parametrize(
    ("text", "content", "certainty"),
    [
        ("Le ministre Paul Sarrade a affirmé que la réforme passerait.", "la réforme", "asserted"),
        ("Le ministre Paul Sarrade a estimé que la réforme passerait.", "la réforme", "hedged"),
        ("« Je pense que nous gagnerons », a dit la maire Odile Brunet.", "Je pense", "hedged"),
        (
            "La maire Odile Brunet a affirmé qu'il est possible que le marché soit déplacé.",
            "il est possible",
            "hedged",
        ),
        ("Le ministre Paul Sarrade n'a pas exclu une hausse des impôts.", "une hausse", "hedged"),
        (
            "Le ministre Paul Sarrade aurait déclaré que la réforme était abandonnée.",
            "la réforme",
            "conditional",
        ),
        (
            "Selon le journal, le ministre Paul Sarrade serait prêt à démissionner.",
            "démissionner",
            "conditional",
        ),
        (
            "Le ministre Paul Sarrade a démenti avoir rencontré l'industriel.",
            "avoir rencontré",
            "denied",
        ),
        # the conditional of the reported clause is the sequence of tenses, no hearsay
        (
            "Le ministre Paul Sarrade a déclaré que la réforme serait votée en mai.",
            "la réforme",
            "asserted",
        ),
        # a modal of possibility in the conditional on the content's main verb
        (
            "« La piscine pourrait rouvrir dès le mois de mai », a indiqué le maire Luc Varenne.",
            "La piscine",
            "hedged",
        ),
        (
            "Le maire Luc Varenne a annoncé que la piscine pourrait rouvrir en mai.",
            "la piscine",
            "hedged",
        ),
        # the same modal in a relative clause of the content: no possibility of the whole
        (
            "Le maire Luc Varenne a annoncé des travaux qui pourraient durer deux ans.",
            "des travaux",
            "asserted",
        ),
        # the same modal in the indicative: no possibility marked
        (
            "« La piscine peut rouvrir dès le mois de mai », a indiqué le maire Luc Varenne.",
            "La piscine",
            "asserted",
        ),
        # a hedge of the quoted words
        (
            "« Ce n'est pas forcément la bonne méthode », a déclaré la syndicaliste Inès Morel.",
            "la bonne méthode",
            "hedged",
        ),
        # a verb of belief as the verb of saying of a quotation does not hedge the words
        (
            "« Nous avons perdu ce match sur un détail », a estimé l'entraîneur Luc Varenne.",
            "sur un détail",
            "asserted",
        ),
        # a denial verb in narration does not make the next statement a denial
        (
            "Le club a démenti la rumeur la veille. Son président Luc Varenne a annoncé que "
            "l'entraîneur resterait.",
            "l'entraîneur",
            "asserted",
        ),
    ],
)
def test_certainty_classes(nlp, text, content, certainty) -> None:
    found = [s for s in analyze(Article(text=text, language="fr"), nlp=nlp) if content in s.content]
    assert found, f"no statement holding {content!r}"
    assert found[-1].certainty is Certainty(certainty)
