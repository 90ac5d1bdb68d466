"""What the store refuses, checked before writing, with the same rules on every backend.

SQLite accepts an id of any length and a NUL byte in a text; PostgreSQL refuses both with a
``DataError`` in the middle of a batch. Checking first gives one reason a user can act on,
whichever database is behind the URL, and keeps the databases interchangeable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from dixit.model import Article
from dixit.store.models import ARTICLE_ID_LENGTH, LANGUAGE_LENGTH, OUTLET_LENGTH

#: A language tag as BCP 47 writes it: "fr", "fra", "pt-BR", "zh-Hant" (underscore allowed).
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,4})?")


def article_problem(article: Article) -> str | None:
    """Why ``article`` cannot be stored, or None when it can."""
    if not article.id.strip():
        return "empty article id"
    if len(article.id) > ARTICLE_ID_LENGTH:
        return f"article id is {len(article.id)} characters long, above {ARTICLE_ID_LENGTH}"
    language = article.language
    if language is not None and (
        len(language) > LANGUAGE_LENGTH or not LANGUAGE_TAG.fullmatch(language)
    ):
        return f"language {_shown(language)} is not a language tag such as 'fr' or 'pt-BR'"
    if article.outlet is not None and len(article.outlet) > OUTLET_LENGTH:
        return f"outlet name is {len(article.outlet)} characters long, above {OUTLET_LENGTH}"
    for name, value in _text_fields(article):
        if "\x00" in value:
            return f"NUL byte in the {name} (at character {value.index(chr(0))})"
    return None


def _text_fields(article: Article) -> Iterator[tuple[str, str]]:
    for name in ("id", "text", "title", "url", "outlet", "language", "duplicate_of"):
        value = getattr(article, name)
        if isinstance(value, str):
            yield name, value
    yield from _strings(article.meta, "meta")


def _strings(value: Any, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _strings(str(key), f"{where} key")
            yield from _strings(item, f"{where} field {str(key)[:40]!r}")
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item, where)


def _shown(value: str, limit: int = 40) -> str:
    return repr(value if len(value) <= limit else value[:limit] + "…")
