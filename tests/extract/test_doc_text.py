"""A Doc's text and its tokens' strings, read from the Doc once (``dixit.extract.extensions``)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from dixit.extract.extensions import (
    doc_text,
    token_heads,
    token_lowers,
    token_texts,
)
from dixit.extract.syntax import line_break_tokens


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


def test_token_texts_and_lowers_are_the_tokens_strings() -> None:
    doc = spacy.blank("fr")("Selon la Préfecture, « LE PONT » rouvrira lundi.")
    assert token_texts(doc) == [t.text for t in doc]
    assert token_lowers(doc) == [t.lower_ for t in doc]
    assert token_texts(doc) is token_texts(doc)  # read once per Doc


def test_token_columns_of_an_empty_doc() -> None:
    doc = spacy.blank("fr")("")
    assert (token_texts(doc), token_lowers(doc), doc_text(doc)) == ([], [], "")


def test_token_heads_are_the_tokens_head_indexes() -> None:
    words = ["La", "maire", "a", "dit", "non", "."]
    heads = [1, 3, 3, 3, 3, 3]
    doc = Doc(spacy.blank("fr").vocab, words=words, heads=heads, deps=["dep"] * 6)
    assert token_heads(doc) == [t.head.i for t in doc] == heads
    assert token_heads(spacy.blank("fr")("")) == []


def test_line_break_tokens_are_the_spaces_holding_a_line_break() -> None:
    doc = spacy.blank("fr")("Le conseil a voté.\n\nLa maire  a parlé.\nFin")
    expected = [t.i for t in doc if t.is_space and "\n" in t.text]
    assert line_break_tokens(doc) == expected
    assert len(expected) == 2
