"""Language of an article whose input does not say: lingua, restricted to news languages.

Restricting the candidates to the languages dixit may meet keeps the detector small
and its answers sure; low-accuracy mode is enough for whole articles and loads fast.
"""

from __future__ import annotations

import logging
from functools import lru_cache

log = logging.getLogger(__name__)

#: ISO 639-1 codes the detector may answer.
LANGUAGES = ("fr", "en", "de", "es", "it", "nl", "pt")
#: Detection reads about this many characters from the start, once per article: a
#: paragraph or two is enough to tell news languages apart, more adds time, not certainty.
SAMPLE_CHARS = 1000


@lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [
        Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in LANGUAGES
    ]
    return (
        LanguageDetectorBuilder.from_languages(*languages)
        .with_low_accuracy_mode()
        .with_preloaded_language_models()
        .build()
    )


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when it is too short or unclear."""
    sample = text[:SAMPLE_CHARS]
    if len(text) > SAMPLE_CHARS:
        cut = sample.rfind(" ", SAMPLE_CHARS // 2)
        sample = sample[:cut] if cut > 0 else sample  # no half word at the end
    sample = sample.strip()
    if len(sample) < 20:
        return None
    found = _detector().detect_language_of(sample)
    if found is None:
        log.debug("no language found for text starting %r", sample[:40])
        return None
    return found.iso_code_639_1.name.lower()
