"""Which languages dixit can analyse now, asked before any article is parsed.

A language package may exist before its lexicons do (a new language with speakers and
time words but no reporting cues yet): analysing such an article would find nothing and look like
success. Asking first turns it into an error that names what is missing.
"""

from __future__ import annotations

from dixit.lang import AUTO, LexiconMissing, get_language, language_code

#: Lexicons without which the extractor finds no statement at all.
REQUIRED_LEXICONS = ("cues",)


def check_analysable(code: str) -> str:
    """The base code of ``code`` ("fr-FR" -> "fr") when dixit can analyse it.

    Raises :class:`~dixit.lang.UnknownLanguage` for a language dixit has no package for and
    :class:`~dixit.lang.LexiconMissing` for one whose package lacks a required lexicon.
    """
    language = get_language(code)
    for name in REQUIRED_LEXICONS:
        if not language.has_lexicon(name):
            raise LexiconMissing(language.code, name)
    return language_code(code)


def run_language(code: str | None) -> str:
    """The language of a run: ``AUTO`` (each article in its own language) for None or
    "auto", else the base code of a language dixit can analyse (see ``check_analysable``)."""
    if code is None or code.strip().lower() == AUTO:
        return AUTO
    return check_analysable(code)
