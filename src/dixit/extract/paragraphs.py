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

from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from dixit.extract.extensions import token_texts
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
        # The tokens' strings, read once from the Doc's arrays (a ``Token`` is made only
        # where a sentence start is set). A token's trailing whitespace is one space or
        # none, never a line break: breaks are whitespace tokens of their own.
        texts = token_texts(doc)
        if not texts:
            return doc
        spaces = doc.to_array(IS_SPACE).tolist()
        # Sentence starts are written back in one array: setting ``Token.is_sent_start``
        # one token at a time makes spaCy scan the whole Doc at each call.
        starts = doc.to_array([SENT_START]).astype("int64").reshape(-1, 1)
        after_break = False
        for i in range(1, len(texts)):
            text, before = texts[i], texts[i - 1]
            if spaces[i] and "\n" in text:
                after_break = True
            elif after_break:
                starts[i, 0] = 1
                after_break = False
            elif (
                (text in closing_marks and before in full_stops)
                or before in continuers
                or text in brackets
                or (before in brackets and text[:1].islower())
                or name_run(before, text)
            ):
                starts[i, 0] = -1
        doc.from_array([SENT_START], starts.astype("uint64"))
        return doc


def name_run(before: str, text: str) -> bool:
    """Whether two words side by side are both capitalised words: one name goes on ("le
    ministre Ben Duprat", where the parser reads "Ben" as the interjection and would start
    a sentence at the surname). A sentence starts after a full stop or a line break, never
    between two words of a name."""
    return (
        before[:1].isupper()
        and text[:1].isupper()
        and before.isalpha()
        and text.replace("-", "").isalpha()
    )
