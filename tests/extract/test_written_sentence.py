"""``ArticleContext.written_sentence``: the sentence as punctuated, around any token."""

from __future__ import annotations

import spacy
from spacy.language import Language

import dixit.extract.quotes  # noqa: F401  (registers dixit_quotes)
from dixit.extract.context import ArticleContext

TEXT = (
    "Le maire de Brézolles a parlé. « Nous tiendrons. Nous paierons ! », a-t-il dit mardi.\n"
    "Titre sans point\n"
    "Selon la préfète, le pont rouvrira… Rien n'est signé ? Non"
)


def _blank_with_quotes() -> Language:
    nlp = spacy.blank("fr")
    nlp.add_pipe("dixit_quotes", config={"language": "fr"})
    return nlp


def walked(ctx: ArticleContext, i: int) -> tuple[int, int]:
    """The sentence around token ``i`` found by walking the tokens: back to the last line
    break or full stop outside quotation marks, on to the next one."""
    doc, ends = ctx.doc, ctx.grammar.sentence_ends

    def line_break(k: int) -> bool:
        return doc[k].is_space and "\n" in doc[k].text

    def full_stop(k: int) -> bool:
        return doc[k].text in ends and not ctx.in_quote(doc[k].idx)

    start = i
    while start > 0 and not (line_break(start - 1) or full_stop(start - 1)):
        start -= 1
    end = i
    while end < len(doc) and not line_break(end):
        end += 1
        if full_stop(end - 1):
            break
    return start, end


def test_written_sentence_around_every_token() -> None:
    doc = _blank_with_quotes()(TEXT)
    ctx = ArticleContext(doc)
    assert [ctx.written_sentence(i) for i in range(len(doc) + 1)] == [
        walked(ctx, i) for i in range(len(doc) + 1)
    ]


def test_a_full_stop_inside_quotation_marks_does_not_end_the_sentence() -> None:
    doc = _blank_with_quotes()(TEXT)
    ctx = ArticleContext(doc)
    said = next(t for t in doc if t.text == "dit")
    start, end = ctx.written_sentence(said.i)
    assert doc[start:end].text == "« Nous tiendrons. Nous paierons ! », a-t-il dit mardi."


def test_a_line_break_ends_a_sentence_and_stays_out_of_it() -> None:
    doc = _blank_with_quotes()(TEXT)
    ctx = ArticleContext(doc)
    title = next(t for t in doc if t.text == "Titre")
    start, end = ctx.written_sentence(title.i)
    assert doc[start:end].text == "Titre sans point"
    last = len(doc) - 1
    start, end = ctx.written_sentence(last)
    assert doc[start:end].text == "Non"


def test_an_empty_doc_has_one_empty_sentence() -> None:
    ctx = ArticleContext(_blank_with_quotes()(""))
    assert ctx.written_sentence(0) == (0, 0)
