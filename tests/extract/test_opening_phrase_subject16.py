"""An opening phrase the parser reads as a second subject (session 16, issue 11).

"Évoquant la fermeture du site et les grèves …, elle commente : « … »": the French parser
at times cuts the sentence after the participle and makes its object a subject of the cue,
beside the cue's own subject. The phrase before the comma only opens the sentence; the
subject nearest the verb speaks (``opening_phrase_subjects``, as in English). The misread
parse is written out, so that the rule is tested whatever the model's version does.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dixit.core import statements_from_doc
from dixit.extract.syntax import subject_of
from dixit.model import Article

FINITE = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"

# word, head, dependency, part of speech, morphology, sentence start
MISREAD = [
    ("Évoquant", 0, "ROOT", "VERB", "Tense=Pres|VerbForm=Part", True),
    ("la", 2, "det", "DET", "", True),
    ("fermeture", 10, "nsubj", "NOUN", "Gender=Fem|Number=Sing", False),
    ("du", 4, "case", "ADP", "", False),
    ("site", 2, "nmod", "NOUN", "Gender=Masc|Number=Sing", False),
    ("et", 7, "cc", "CCONJ", "", False),
    ("les", 7, "det", "DET", "", False),
    ("grèves", 4, "conj", "NOUN", "Gender=Fem|Number=Plur", False),
    (",", 10, "punct", "PUNCT", "", False),
    ("elle", 10, "nsubj", "PRON", "Gender=Fem|Number=Sing|Person=3", False),
    ("commente", 10, "ROOT", "VERB", FINITE, False),
    (":", 10, "punct", "PUNCT", "", False),
]


def misread(nlp) -> Doc:
    return Doc(
        nlp.vocab,
        words=[r[0] for r in MISREAD],
        heads=[r[1] for r in MISREAD],
        deps=[r[2] for r in MISREAD],
        pos=[r[3] for r in MISREAD],
        morphs=[r[4] for r in MISREAD],
        sent_starts=[r[5] for r in MISREAD],
    )


def test_the_subject_nearest_the_verb_speaks(nlp) -> None:
    doc = misread(nlp)
    assert subject_of(doc[10]).text == "elle"


def test_an_apposed_name_is_still_the_subject(nlp) -> None:
    text = "Le maire de Vallon, Paul Garnier, commente : « Nous tiendrons les délais. »\n"
    [found] = statements_from_doc(nlp(text), Article(text=text))
    assert found.speaker is not None and found.speaker.name == "Paul Garnier"
