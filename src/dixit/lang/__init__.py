"""What each language supplies, in one package per language (as spaCy's ``lang/<code>/``).

A rule never spells a French word: it asks the article's language for it. ``get_language``
returns the :class:`LanguageData` of a code ("fr", "fr-FR", "en_GB" all name their base
language); a language dixit has no package for is an :class:`UnknownLanguage` error, never a
silent fall back to French. Each package holds:

- ``grammar.yaml``: closed word classes and conventions the rules read (partitive
  particles, negation words, inverted pronouns, sentence ends, dependency labels, ...),
  loaded as the typed :class:`Grammar`;
- lexicon files, one concern each (``cues.yaml``, ``quotes.yaml``, ``sources.yaml``,
  ``speakers.yaml``, ``time.yaml``, ``boilerplate.yaml``), read with
  :meth:`LanguageData.lexicon`.

``docs/languages.md`` says what a new language supplies.
"""

from __future__ import annotations

from dixit.lang.base import Grammar, LanguageData, LexiconMissing, UnknownLanguage

#: The run language that analyses each article in its own language (``--lang auto``).
AUTO = "auto"
#: Codes dixit has a language package for, and the package.
LANGUAGE_PACKAGES = {"fr": "dixit.lang.fr", "en": "dixit.lang.en"}


def language_code(code: str | None) -> str:
    """The base language of a tag: "fr-FR", "FR" and "fr_CA" are all "fr"."""
    return (code or "").strip().lower().replace("_", "-").split("-")[0]


def get_language(code: str | None) -> LanguageData:
    """The data of language ``code``; :class:`UnknownLanguage` when dixit has none."""
    base = language_code(code)
    if base not in LANGUAGE_PACKAGES:
        raise UnknownLanguage(code)
    return LanguageData.load(base, LANGUAGE_PACKAGES[base])


__all__ = [
    "AUTO",
    "LANGUAGE_PACKAGES",
    "Grammar",
    "LanguageData",
    "LexiconMissing",
    "UnknownLanguage",
    "get_language",
    "language_code",
]
