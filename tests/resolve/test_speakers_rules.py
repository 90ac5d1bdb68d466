"""One rule module at a time, on a hand-made article state: no model, no full article run.

The doc is built from words with ``spacy.blank`` (sentence starts given by hand), and the
entities and references a scan would have found are added by hand, so each test says
exactly what the rule sees.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dixit.model import Article, SpeakerMethod, Statement
from dixit.registry import Registry
from dixit.resolve.speakers import (
    UNRESOLVED,
    ArticleState,
    Mention,
    load_lexicon,
    organisations,
    pronouns,
    resolver,
)
from dixit.resolve.speakers.entities import Entity


def _state(sentences: list[list[str]]) -> ArticleState:
    """An article state over sentences given as words (one space between words)."""
    words = [w for sentence in sentences for w in sentence]
    starts = [i == 0 for sentence in sentences for i in range(len(sentence))]
    doc = Doc(spacy.blank("fr").vocab, words=words, sent_starts=starts)
    article = Article(text=doc.text, language="fr", id="a")
    return ArticleState(doc, article, Registry(), load_lexicon("fr"))


def _statement(state: ArticleState, mention: str | None, content: str, **kw) -> Statement:
    start = state.text.index(content)
    span = None
    if mention is not None:
        m = state.text.index(mention)
        span = (m, m + len(mention))
    return Statement(
        article="a",
        kind=kw.pop("kind", "indirect"),
        content=content,
        content_span=(start, start + len(content)),
        speaker_mention=mention,
        speaker_mention_span=span,
        method=kw.pop("method", "verb"),
    )


def _speaking(state: ArticleState, entity: Entity, content: str) -> Statement:
    """An earlier statement already resolved to ``entity``."""
    st = _statement(state, None, content)
    st.speaker = entity.speaker()
    st.speaker_method = SpeakerMethod.NAME
    st.confidence = 0.9
    return st


@pytest.fixture
def two_sentences() -> ArticleState:
    return _state(
        [
            ["Maëlle", "Quintard", "a", "promis", "une", "réponse", "."],
            ["Elle", "a", "ajouté", "que", "le", "chantier", "reprendrait", "."],
        ]
    )


def test_pronoun_takes_up_the_agreeing_previous_speaker(two_sentences: ArticleState) -> None:
    state = two_sentences
    person = state.new_entity("Maëlle Quintard", "person")
    state.vote_gender(person, "fem")
    state.add_ref(0, len("Maëlle Quintard"), person, None)
    previous = _speaking(state, person, "une réponse")
    st = _statement(state, "Elle", "le chantier reprendrait")
    found = pronouns.resolve(Mention(st, previous, state), state)
    assert found is not None
    assert found.entity is person
    assert found.method == SpeakerMethod.PRONOUN


def test_pronoun_never_crosses_gender(two_sentences: ArticleState) -> None:
    state = two_sentences
    person = state.new_entity("Maëlle Quintard", "person")
    state.vote_gender(person, "masc")  # say the article showed a man
    state.add_ref(0, len("Maëlle Quintard"), person, None)
    previous = _speaking(state, person, "une réponse")
    st = _statement(state, "Elle", "le chantier reprendrait")
    assert pronouns.resolve(Mention(st, previous, state), state) is UNRESOLVED


def test_pronoun_rule_leaves_other_mentions_to_later_rules(two_sentences: ArticleState) -> None:
    state = two_sentences
    st = _statement(state, "Maëlle Quintard", "le chantier reprendrait")
    assert pronouns.resolve(Mention(st, None, state), state) is None


def test_floating_quote_continues_the_previous_speaker(two_sentences: ArticleState) -> None:
    state = two_sentences
    person = state.new_entity("Maëlle Quintard", "person")
    previous = _speaking(state, person, "une réponse")
    floating = _statement(state, None, "le chantier reprendrait", method="floating")
    found = resolver.resolve_continuation(Mention(floating, previous, state), state)
    assert found is not None and found.entity is person
    assert found.method == SpeakerMethod.CONTINUATION
    assert found.confidence == pytest.approx(0.81)
    # A statement of another kind without a mention stays unresolved: no guess.
    plain = _statement(state, None, "le chantier reprendrait")
    assert resolver.resolve_continuation(Mention(plain, previous, state), state) is UNRESOLVED


def test_a_group_is_nobody_in_particular() -> None:
    state = _state([["Les", "enquêteurs", "ont", "indiqué", "que", "rien", "ne", "manquait", "."]])
    st = _statement(state, "Les enquêteurs", "rien ne manquait")
    assert organisations.resolve_group(Mention(st, None, state), state) is UNRESOLVED
    state = _state([["La", "mairie", "a", "indiqué", "que", "rien", "ne", "manquait", "."]])
    st = _statement(state, "La mairie", "rien ne manquait")
    assert organisations.resolve_group(Mention(st, None, state), state) is None


def test_rules_are_plain_functions_in_one_order() -> None:
    # Statements without a mention are read first: an impersonal "on", an incise inside the
    # quotation, then continuation.
    assert resolver.RULES[:3] == (
        resolver.resolve_impersonal,
        resolver.resolve_inner_incise,
        resolver.resolve_continuation,
    )
    assert resolver.RULES.index(pronouns.resolve) < resolver.RULES.index(organisations.resolve)
    assert all(callable(rule) for rule in resolver.RULES)


def test_mention_reads_its_core_phrase() -> None:
    state = _state([["La", "direction", ",", "de", "son", "côté", ",", "a", "refusé", "."]])
    st = _statement(state, "La direction , de son côté", "a refusé")
    mention = Mention(st, None, state)
    assert mention.core == "La direction"
    assert mention.words == ["direction"]
    assert mention.det_gender == "fem"


def test_an_empty_mention_is_not_widened():
    """A mention span that covers no token (empty, or only the space between two words) is
    left as it is instead of failing the whole article."""
    from dixit.resolve.speakers import names

    state = _state([["La", "porte-parole", "Irène", "Vasseur", "a", "répondu", "."]])
    space = state.text.index(" Irène")
    assert names.widened_mention(state, (space, space)) is None
    assert names.widened_mention(state, (space, space + 1)) is None


def test_word_positions_and_phrase_spans_find_every_place_a_word_is_written() -> None:
    state = _state(
        [
            ["Lucie", "Varenne", "a", "parlé", "."],
            ["Selon", "Mme", "Varenne", ",", "le", "pont", "rouvrira", "."],
        ]
    )
    assert state.word_positions("varenne") == [1, 7]
    assert state.word_positions("lucie") == [0]
    assert state.word_positions("absent") == []
    assert state.phrase_spans(("lucie", "varenne")) == [(0, 2)]
