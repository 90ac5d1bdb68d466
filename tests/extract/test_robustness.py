"""Hostile text: the extractor never raises and every span points at its own words."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dixit.core import analyze, load_pipeline
from dixit.extract.quotes import find_quotes

MARKS = "«»“”„\"‹›'’:,.;!?\n "
WORDS = [
    "il",
    "a",
    "déclaré",
    "que",
    "selon",
    "la",
    "ministre",
    "Paul",
    "Roy",
    "n'a",
    "pas",
    "exclu",
    "de",
    "partir",
    "-t-il",
    "dit",
    "elle",
    "estime",
    "l'envoi",
    "Mme",
    "Durand",
]
text_like = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(list(MARKS)), st.text(max_size=6)),
    max_size=60,
).map(" ".join)


def check_spans(text: str) -> None:
    for s in analyze(text, nlp=load_pipeline()):
        assert text[s.content_span[0] : s.content_span[1]] == s.content
        for span, value in ((s.cue_span, s.cue), (s.speaker_mention_span, s.speaker_mention)):
            if span is not None:
                assert 0 <= span[0] <= span[1] <= len(text)
                assert text[span[0] : span[1]] == value


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_like)
def test_random_news_like_text(text: str) -> None:
    check_spans(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(MARKS) + list("abc dé")), max_size=200))
def test_quote_pairing_on_unbalanced_marks(text: str) -> None:
    for q in find_quotes(text):
        assert 0 <= q.start <= q.inner_start <= q.inner_end <= q.end <= len(text)


def test_text_without_sentence_ends() -> None:
    text = " ".join(["le maire a déclaré que la ville avancerait"] * 400)
    check_spans(text)


def test_one_megabyte_article() -> None:
    paragraph = (
        "« Nous tiendrons nos engagements », a déclaré la maire Anne Roy, qui a exclu "
        "d'augmenter les impôts. Selon l'opposition, le budget est \"insincère\".\n"
    )
    text = paragraph * (1_000_000 // len(paragraph) + 1)
    statements = analyze(text, nlp=load_pipeline())
    assert len(text) > 1_000_000
    assert len(statements) > 1000
    assert statements[-1].content_span[1] <= len(text)
    for s in statements[:50] + statements[-50:]:
        assert text[s.content_span[0] : s.content_span[1]] == s.content


def test_long_article_in_a_batch_keeps_its_statements() -> None:
    from dixit.core import CHUNK_CHARS, analyze_many
    from dixit.model import Article

    paragraph = "« Le pont rouvrira en mai », a déclaré le maire Paul Roy devant le conseil.\n"
    long_text = paragraph * (CHUNK_CHARS // len(paragraph) + 5)
    articles = [
        Article(text="Le maire a dit que le pont rouvrirait.", id="short"),
        Article(text=long_text, id="long"),
    ]
    results = dict((a.id, s) for a, s in analyze_many(articles))
    assert len(results["short"]) == 1
    assert len(results["long"]) == long_text.count("\n")


def test_article_parsed_apart_from_its_batch_matches_analyze() -> None:
    """An article too long for a shared batch is parsed on its own, with the same result."""
    from dixit.core import ALONE_CHARS, CHUNK_CHARS, analyze_many
    from dixit.model import Article

    paragraph = (
        "« Les travaux du port dureront deux ans », a affirmé mardi Lucie Garnier, adjointe "
        "au maire de Vernelle. Le chantier, lui, n'a pas encore commencé.\n"
    )
    middle = paragraph * (ALONE_CHARS // len(paragraph) + 2)
    assert ALONE_CHARS < len(middle) < CHUNK_CHARS
    articles = [
        Article(text="Le maire a dit que le pont rouvrirait.", id="short"),
        Article(text=middle, id="middle"),
        Article(text="La préfète a annoncé que la route restait fermée.", id="after"),
    ]
    results = {a.id: s for a, s in analyze_many(articles)}
    assert [a.id for a in articles] == list(results)
    alone = analyze(Article(text=middle, id="middle"), nlp=load_pipeline())
    assert [s.to_dict() for s in results["middle"]] == [s.to_dict() for s in alone]
    assert len(results["short"]) == 1
    assert len(results["after"]) == 1


def test_joined_pieces_keep_no_tensor_or_piece_indexes(caplog) -> None:
    """A text parsed in pieces keeps its tokens and statements, not each piece's working data,
    and says how far it is, piece by piece."""
    from dixit.core import CHUNK_CHARS, parse

    paragraph = "Le maire Paul Roy a déclaré que le pont rouvrirait en mai.\n"
    text = paragraph * (CHUNK_CHARS // len(paragraph) + 5)
    with caplog.at_level("INFO", logger="dixit.core"):
        doc = parse(load_pipeline(), text)
    assert [r.getMessage().split(" (")[0] for r in caplog.records] == [
        "long text: piece 1 of 2",
        "long text: piece 2 of 2",
    ]
    assert doc.text == text
    assert len(doc._.dixit_statements) == text.count("\n")
    assert len(doc.tensor) == 0


def test_typographic_spaces_inside_quotes_are_kept_in_spans() -> None:
    text = "Le maire a estimé que la décision était «\u00a0douloureuse mais juste\u00a0»."
    [s] = analyze(text, nlp=load_pipeline())
    assert s.content == "la décision était «\u00a0douloureuse mais juste\u00a0»"
    assert text[s.content_span[0] : s.content_span[1]] == s.content
