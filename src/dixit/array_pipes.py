"""Two of the model's components doing the same work on arrays: the attribute ruler and
the lemmatizer, each set once per Doc instead of once per token.

Both are Python loops over every token in spaCy. The French model's attribute ruler
copies each token's part of speech into its tag (twenty one-token patterns, one match
per token, each applied through a ``Span``) and then fixes whitespace tokens with three
more patterns; the rule lemmatizer asks each token for its lemma, which depends on the
word, its part of speech and its morphology only (its own cache is keyed on them, or on
less). The two took 0.35 CPU-s for 123 real and written articles; on arrays, 0.11.

``ArrayAttributeRuler`` applies the leading run of "part of speech → tag" patterns as one
array lookup and hands the rules after them to a ruler of their own, in their order: the
same attributes on every token, since the leading rules write the tag only and the later
ones are matched on what those do not change. ``ArrayLemmatizer`` remembers the lemma of
each (word, part of speech, morphology) it has asked the model's lemmatizer for, and
writes a Doc's lemmas at once. Both keep the name and the attributes (``lookups``,
``patterns``...) of the component they stand for; a ruler that opens on any other kind
of pattern, or a lemmatizer of another class, is left as it is (``array_pipes``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.lang.fr.lemmatizer import FrenchLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

RULER, LEMMATIZER = "attribute_ruler", "lemmatizer"
_STAND_INS = {RULER: "dixit_array_attribute_ruler", LEMMATIZER: "dixit_array_lemmatizer"}


def array_pipes(nlp: Language) -> list[str]:
    """Put the array versions in the place (and under the name) of ``nlp``'s attribute
    ruler and rule lemmatizer, when it has them; return the names replaced."""
    replaced = []
    for name, factory in _STAND_INS.items():
        if name not in nlp.pipe_names or not _stands_in(nlp.get_pipe(name)):
            continue
        temporary = f"{factory}_new"
        nlp.add_pipe(factory, name=temporary, after=name, config={"replaces": name})
        nlp.remove_pipe(name)
        nlp.rename_pipe(temporary, name)
        replaced.append(name)
    return replaced


#: Rule lemmatizers whose lemma is a function of the word, its part of speech and its
#: morphology (what spaCy's own cache of each is keyed on, or less).
_PURE_LEMMATIZERS = (Lemmatizer, FrenchLemmatizer, EnglishLemmatizer)


def _stands_in(pipe: object) -> bool:
    if isinstance(pipe, AttributeRuler):
        return bool(_leading_tags(pipe)[0])
    return type(pipe) in _PURE_LEMMATIZERS and getattr(pipe, "mode", "") == "rule"


def _leading_tags(ruler: AttributeRuler) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """The tag each part of speech gets from the ruler's leading one-token "POS → TAG"
    patterns (a later one for the same part of speech wins, as in the ruler), and the
    patterns after them, in order."""
    tags: dict[str, str] = {}
    patterns = ruler.patterns
    for n, pattern in enumerate(patterns):
        token = pattern["patterns"][0][0] if len(pattern["patterns"]) == 1 else None
        simple = (
            token is not None
            and len(pattern["patterns"][0]) == 1
            and set(token) == {"POS"}
            and isinstance(token["POS"], str)
            and set(pattern["attrs"]) == {"TAG"}
            and pattern.get("index", 0) in (0, -1)
        )
        if not simple:
            return tags, patterns[n:]
        tags[token["POS"]] = pattern["attrs"]["TAG"]
    return tags, []


@Language.factory(_STAND_INS[RULER], default_config={"replaces": RULER})
def make_array_ruler(nlp: Language, name: str, replaces: str) -> ArrayAttributeRuler:
    return ArrayAttributeRuler(nlp.get_pipe(replaces))


@Language.factory(_STAND_INS[LEMMATIZER], default_config={"replaces": LEMMATIZER})
def make_array_lemmatizer(nlp: Language, name: str, replaces: str) -> ArrayLemmatizer:
    return ArrayLemmatizer(nlp.get_pipe(replaces))


class ArrayAttributeRuler:
    """``ruler``'s leading "POS → TAG" patterns as one array lookup, the rest by a ruler
    of their own."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        tags, rest = _leading_tags(ruler)
        strings = ruler.vocab.strings
        self.tag_of = {strings.add(pos): strings.add(tag) for pos, tag in tags.items()}
        self.rest: AttributeRuler | None = None
        self.tests: list[tuple[dict[int, Any], dict[Any, Any]]] | None = None
        if rest:
            self.rest = AttributeRuler(ruler.vocab, name=f"{ruler.name}_rest")
            self.rest.add_patterns(rest)
            self.tests = _token_tests(rest, strings, self.rest.attrs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.ruler, name)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            parts = doc.to_array([POS, TAG])
            tag_of = self.tag_of
            tags = [tag_of.get(pos, tag) for pos, tag in parts.tolist()]
            doc.from_array([TAG], np.asarray(tags, dtype=np.uint64))
        if self.rest is None or not len(doc):
            return doc
        if self.tests is None:
            return self.rest(doc)
        # Every pattern is matched on the Doc as it is before any of them is applied, as
        # the ruler's matcher does; then each is applied in order.
        values = doc.to_array(list(_TESTED.values())).reshape(len(doc), len(_TESTED))
        columns = dict(zip(_TESTED, values.T, strict=True))
        matched = [
            np.flatnonzero(_matches(test, columns, len(doc))).tolist() for test, _ in self.tests
        ]
        for (_, attrs), tokens in zip(self.tests, matched, strict=True):
            for i in tokens:
                set_token_attrs(doc[i], attrs)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


class ArrayLemmatizer:
    """``lemmatizer`` asked once per (word, part of speech, morphology); a Doc's lemmas
    set at once."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.lemmas: dict[tuple[int, int, int], int] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self.lemmatizer, name)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        lemmatizer = self.lemmatizer
        if not lemmatizer._validated:
            lemmatizer._validate_tables()
        lemmas, strings, overwrite = self.lemmas, doc.vocab.strings, lemmatizer.overwrite
        found = []
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not overwrite:
                found.append(lemma)
                continue
            key = (orth, pos, morph)
            if key not in lemmas:
                lemmas[key] = strings.add(lemmatizer.lemmatize(doc[i])[0])
            found.append(lemmas[key])
        doc.from_array([LEMMA], np.asarray(found, dtype=np.uint64))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


#: The token attributes a pattern after the leading ones may test, read from the arrays.
_TESTED = {"POS": POS, "IS_SPACE": IS_SPACE, "DEP": DEP}


def _token_tests(
    patterns: list[dict[str, Any]], strings: StringStore, attrs: list[dict[Any, Any]]
) -> list[tuple[dict[int, Any], dict[Any, Any]]] | None:
    """Each pattern as (what it tests, what it sets: the ruler's own normalised
    attributes), when every one is a single token, set on that token, and tests only a
    part of speech, whether the word is whitespace, or dependency labels it is not; None
    otherwise (the ruler then matches them itself)."""
    tests = []
    for pattern, sets in zip(patterns, attrs, strict=True):
        if len(pattern["patterns"]) != 1 or len(pattern["patterns"][0]) != 1:
            return None
        if pattern.get("index", 0) not in (0, -1):
            return None
        test: dict[str, Any] = {}
        for key, value in pattern["patterns"][0][0].items():
            if key == "POS" and isinstance(value, str):
                test[key] = strings.add(value)
            elif key == "IS_SPACE" and isinstance(value, bool):
                test[key] = int(value)
            elif key == "DEP" and isinstance(value, dict) and set(value) == {"NOT_IN"}:
                test[key] = ("NOT_IN", [strings.add(v) for v in value["NOT_IN"]])
            else:
                return None
        tests.append((test, sets))
    return tests


def _matches(test: dict[str, Any], columns: dict[str, np.ndarray], length: int) -> np.ndarray:
    """Which tokens ``test`` (of ``_token_tests``) matches."""
    found = np.ones(length, dtype=bool)
    for key, value in test.items():
        column = columns[key].astype(np.uint64)
        if isinstance(value, tuple):
            found &= ~np.isin(column, np.asarray(value[1], dtype=np.uint64))
        else:
            found &= column == np.uint64(value)
    return found
