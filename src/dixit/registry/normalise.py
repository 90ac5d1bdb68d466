"""Comparison forms of names: what makes "Zelenskyy", "ZELENSKYY" and "Zélenskyy" one key.

``normalise_name`` is the same equivalence the scorer applies to speaker names, so two names
equal here are one speaker for the evaluation too.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

import yaml
from rapidfuzz import fuzz

_DASHES = re.compile(r"[\-\u2010\u2011\u2012\u2013\u2014\u2212]")
_APOSTROPHES = re.compile(r"[\u2019\u02bc`´]")
_NON_WORD = re.compile(r"[^\w' ]+")
_SPACES = re.compile(r"\s+")


def strip_accents(text: str) -> str:
    """Drop combining marks so "Élysée" and "Elysee" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def normalise_name(text: str) -> str:
    """The comparison form of a name or description: no case, accents, hyphens or extra spaces."""
    text = _APOSTROPHES.sub("'", strip_accents(text)).lower()
    text = _DASHES.sub(" ", text)
    text = _NON_WORD.sub(" ", text).replace("'", "' ")
    return _SPACES.sub(" ", text).strip()


def slugify(text: str) -> str:
    """A stable id from a full name: "Karoline Leavitt" -> "karoline-leavitt"."""
    return "-".join(normalise_name(text).replace("'", " ").split())


def surname_of(name: str) -> str:
    """Everything after the first word of a normalised name ("" for a single word)."""
    words = normalise_name(name).split()
    return " ".join(words[1:]) if len(words) > 1 else ""


@lru_cache(maxsize=8192)
@lru_cache(maxsize=1 << 16)
def inflections(token: str) -> frozenset[str]:
    """French feminine and plural spellings of a masculine label word.

    Office labels are written once, in the masculine; "la présidente de la Commission
    européenne" or "la cheffe de la diplomatie" must still find them.
    """
    forms = {token, token + "e", token + "s", token + "es"}
    if token.endswith("en"):
        forms.add(token + "ne")
    if token.endswith("ef"):
        forms.add(token + "fe")
    if token.endswith("er"):
        forms.add(token[:-2] + "ere")
    if token.endswith("teur"):
        forms.update({token[:-4] + "trice", token[:-4] + "teuse"})
    if token.endswith("if"):
        forms.add(token[:-1] + "ve")
    if token.endswith("eur"):
        forms.add(token + "e")
    if len(token) > 3 and token.endswith("e") and not token.endswith("ee"):
        # "mairesse", "papesse", "princesse": the feminine in -esse of an office in -e.
        forms.add(token + "sse")
    return frozenset(forms)


def name_similarity(a: str, b: str) -> float:
    """Similarity of two normalised names, 0..100, word by word.

    A plain ratio over the whole string lets a shared first name carry a different surname
    ("Donald Tusk" / "Donald Trump" score 87), so names are compared word against word and the
    weakest word decides. Names of different lengths are different names, initials aside.
    """
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb):
        # A middle initial is optional ("Donald J. Trump"); any other extra word makes
        # another person ("Jean-Marie Le Pen" is not "Marine Le Pen").
        ta = [t for t in ta if len(t) > 1]
        tb = [t for t in tb if len(t) > 1]
    if not ta or len(ta) != len(tb):
        return 0.0
    return float(min(fuzz.ratio(x, y) for x, y in zip(ta, tb, strict=True)))


@lru_cache(maxsize=1)
def _spellings() -> tuple[re.Pattern[str], dict[str, str]]:
    """The transliteration spellings of ``data/transliteration.yaml``, as one pattern."""
    text = resources.files("dixit.registry").joinpath("data", "transliteration.yaml")
    table = yaml.safe_load(text.read_text("utf-8")).get("spellings") or {}
    table = {str(k).lower(): str(v).lower() for k, v in table.items()}
    ordered = sorted(table, key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in ordered)), table


_DOUBLED = re.compile(r"(\w)\1+")


@lru_cache(maxsize=8192)
def transliteration_key(name: str) -> str:
    """One comparison form for the spellings French and English copy give a transliterated
    name: "Oleksiï Tchernychenko" and "Oleksiy Chernyshenko" are both "oleksi chernichenko".

    Names equal here are the same name written by two transliteration habits; it is read
    only where two spellings must be joined (across articles), never to find a name.
    """
    pattern, table = _spellings()
    key = pattern.sub(lambda m: table[m.group()], normalise_name(name))
    return _DOUBLED.sub(r"\1", key)
