"""An Article built through the Python API takes its publication day in the forms callers
write it, and refuses the others with an error naming the article and the value."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from dixit.model import Article


@pytest.mark.parametrize(
    "given",
    [
        "2025-03-21",
        " 2025-03-21 ",
        "2025-03-21T08:30:00+01:00",
        date(2025, 3, 21),
        datetime(2025, 3, 21, 8, 30),
    ],
)
def test_a_publication_day_in_any_usual_form_is_a_date(given) -> None:
    assert Article(text="Un texte.", published=given).published == date(2025, 3, 21)


def test_no_publication_day_stays_none() -> None:
    assert Article(text="Un texte.").published is None
    assert Article(text="Un texte.", published="").published is None


def test_a_string_that_is_no_date_is_refused_with_the_article_named() -> None:
    with pytest.raises(ValueError, match=r"article a1: published '21/03/2025' is not an ISO date"):
        Article(text="Un texte.", id="a1", published="21/03/2025")


def test_a_number_is_refused_with_its_type() -> None:
    with pytest.raises(TypeError, match="article a2: published must be a date"):
        Article(text="Un texte.", id="a2", published=2025)  # type: ignore[arg-type]


def test_the_corpus_form_reads_the_same_day() -> None:
    article = Article.from_dict({"id": "a3", "text": "Un texte.", "published": "2025-03-21"})
    assert article.published == date(2025, 3, 21)
    assert Article.from_dict(article.to_dict()).published == date(2025, 3, 21)
