"""Paragraph-aware segmentation: a newline always ends a sentence.

News text puts one paragraph per line and headlines have no final period; without this
the parser glues a headline to the lead, or one paragraph to the next. It runs before the
parser, which keeps preset sentence starts. A closing quotation mark right after a full
stop ("… le dire." + ») stays with its sentence: left free, the parser makes it a sentence
of its own and then loses the structure of the next paragraph. No sentence starts right
after a comma: the parser sometimes cuts "Jean Dupont, premier adjoint, | notait : « … »"
there and leaves the verb without its subject. Full stops, commas and closing marks are
the document's language's (``doc.lang_``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dixit.extract.quotes import quote_marks
from dixit.lang import get_language


@Language.factory("dixit_paragraphs", assigns=["token.is_sent_start"])
def make_paragraph_segmenter(nlp: Language, name: str) -> ParagraphSegmenter:
    return ParagraphSegmenter()


class ParagraphSegmenter:
    def __call__(self, doc: Doc) -> Doc:
        grammar = get_language(doc.lang_).grammar
        full_stops = grammar.sentence_ends
        continuers = grammar.sentence_continuers
        closing_marks = quote_marks(doc.lang_).sentence_closers
        after_break = False
        for token in doc:
            if token.i > 0 and token.is_space and "\n" in token.text:
                after_break = True
                continue
            if after_break or (token.i > 0 and "\n" in doc[token.i - 1].whitespace_):
                token.is_sent_start = True
                after_break = False
            elif token.i > 0 and (
                (token.text in closing_marks and doc[token.i - 1].text in full_stops)
                or doc[token.i - 1].text in continuers
            ):
                token.is_sent_start = False
        return doc
