"""``doc_text``: a Doc's text, joined from its tokens once and then read from the Doc."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from dixit.extract.extensions import doc_text


def test_doc_text_is_the_docs_text_joined_once() -> None:
    nlp = spacy.blank("fr")
    doc = nlp("« Nous tiendrons », a déclaré Lucie Varenne, maire de Brézolles.\nLa suite.")
    first = doc_text(doc)
    assert first == doc.text
    assert doc_text(doc) is first  # the same string object: not joined a second time


def test_doc_text_is_kept_per_doc() -> None:
    nlp = spacy.blank("fr")
    one, two = nlp("Le conseil a voté."), nlp("Le maire l'a annoncé mardi.")
    assert (doc_text(one), doc_text(two)) == (one.text, two.text)


def test_doc_text_survives_retokenizing() -> None:
    doc = Doc(spacy.blank("fr").vocab, words=["Jean", "Arlot", "a", "parlé"])
    before = doc_text(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert doc_text(doc) == before == doc.text
