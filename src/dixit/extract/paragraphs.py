"""Paragraph-aware segmentation: a newline always ends a sentence.

News text puts one paragraph per line and headlines have no final period; without this
the parser glues a headline to the lead, or one paragraph to the next. It runs before the
parser, which keeps preset sentence starts. A closing quotation mark right after a full
stop ("… le dire." + ») stays with its sentence: left free, the parser makes it a sentence
of its own and then loses the structure of the next paragraph. No sentence starts right
after a comma: the parser sometimes cuts "Jean Dupont, premier adjoint, | notait : « … »"
there and leaves the verb without its subject; nor on a closing bracket or a word in lower
case right after it ("Paul Roy (PS) | a fustigé …", ``closing_brackets``).
Full stops, commas and closing marks are the document's language's (``doc.lang_``).
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
        brackets = grammar.closing_brackets
        closing_marks = quote_marks(doc.lang_).sentence_closers
        after_break = False
        # The token before, kept as we go: ``doc[i - 1]`` would build it a second time.
        before = None
        for token in doc:
            if before is not None and token.is_space and "\n" in token.text:
                after_break = True
            elif after_break or (before is not None and "\n" in before.whitespace_):
                token.is_sent_start = True
                after_break = False
            elif before is not None and (
                (token.text in closing_marks and before.text in full_stops)
                or before.text in continuers
                or token.text in brackets
                or (before.text in brackets and token.text[:1].islower())
            ):
                token.is_sent_start = False
            before = token
        return doc
