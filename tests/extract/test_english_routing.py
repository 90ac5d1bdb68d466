"""Language routing: each article analysed by its own language's pipeline, models by name."""

from __future__ import annotations

import pytest

from dixit.core import analyze_many, models_by_language
from dixit.errors import AnalysisFailed, InputError
from dixit.lang import AUTO, UnknownLanguage
from dixit.model import Article
from dixit.service.languages import check_analysable, run_language
from dixit.settings import Settings

FRENCH = "« Nous rouvrirons la piscine en juin », a déclaré la maire, Odile Ferrand."
ENGLISH = '"We will reopen the pool in June," said the mayor, Edith Farran.'


def test_english_is_analysable_now_that_it_has_cues():
    assert check_analysable("en-GB") == "en"
    assert run_language(None) == AUTO
    assert run_language("auto") == AUTO
    assert run_language("EN") == "en"
    with pytest.raises(UnknownLanguage):
        run_language("de")


def test_a_model_per_language_from_the_settings():
    settings = Settings(language="fr", model="fr_core_news_sm", models=(("en", "en_x_md"),))
    assert settings.model_for("en") == "en_x_md"
    assert settings.model_for("fr") == "fr_core_news_sm"
    # DIXIT_MODEL names the default language's model only: never a French one for English.
    assert Settings(language="fr", model="fr_core_news_sm").model_for("en") == "en_core_web_sm"


def test_models_named_on_the_command_line():
    assert models_by_language("fr_core_news_sm", "fr") == {"fr": "fr_core_news_sm"}
    assert models_by_language("en=en_core_web_md, fr-FR=fr_core_news_sm", "fr") == {
        "en": "en_core_web_md",
        "fr": "fr_core_news_sm",
    }
    with pytest.raises(InputError):
        models_by_language("en=", "fr")


def test_auto_run_analyses_each_article_in_its_own_language(en_ready):
    articles = [
        Article(text=FRENCH, id="fr-1", language="fr"),
        Article(text=ENGLISH, id="en-1", language="en"),
        Article(text=FRENCH, id="fr-2", language="fr"),
    ]
    found = {a.id: s for a, s in analyze_many(articles, language=AUTO)}
    assert list(found) == ["fr-1", "en-1", "fr-2"]  # input order
    assert [s.content for s in found["fr-1"]] == ["Nous rouvrirons la piscine en juin"]
    assert [s.content for s in found["en-1"]] == ["We will reopen the pool in June"]
    assert found["en-1"][0].speaker.name == "Edith Farran"


def test_an_unknown_language_fails_that_article_only(en_ready):
    failures: list[AnalysisFailed] = []
    articles = [
        Article(text="Der Bürgermeister sagte, es wird gut.", id="de-1", language="de"),
        Article(text=ENGLISH, id="en-1", language="en"),
    ]
    found = list(analyze_many(articles, language=AUTO, on_failure=lambda a, e: failures.append(e)))
    assert [a.id for a, _ in found] == ["en-1"]
    assert [f.article_id for f in failures] == ["de-1"]


def test_a_fixed_language_run_reads_every_article_with_that_pipeline(en_ready):
    [(_, statements)] = analyze_many([Article(text=ENGLISH, id="x")], language="en")
    assert [s.content for s in statements] == ["We will reopen the pool in June"]
