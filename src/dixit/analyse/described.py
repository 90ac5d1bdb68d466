"""Holders known only by a description: "le premier ministre a finalement fait volte-face",
"la direction a supprimé le volet licenciement", "l'ancien président sud-africain aurait
rechigné …".

Real U-turn copy often never names who changed: the article is about "le premier
ministre", "la direction", "le coach lyonnais". The speaker resolver binds such a
description to a person or body the article names; when it names none, the narrated
position had no holder and could pair with nothing. A definite description whose head
names a person (the resolver's own reading, ``description_of``) or a body (its lexicon's
organisation, proxy and kind nouns) is then a holder of its own: one article's "le premier
ministre" is one referent, so two positions described alike are one line. An indefinite
("un ministre"), a demonstrative ("ce ministre") or a noun naming neither ("le projet",
"la classe") stays without a holder.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Token

from dixit.model import Speaker, Statement
from dixit.registry import normalise_name
from dixit.registry.normalise import slugify
from dixit.resolve.speakers.descriptions import description_of
from dixit.resolve.speakers.state import ArticleState

#: Prefix of the ids of holders known only by their description.
DESCRIBED = "described"


def is_definite_article(token: Token) -> bool:
    """A definite article ("le", "la", "l'"), not a demonstrative or a possessive."""
    morph = token.morph
    return token.pos_ == "DET" and "Def" in morph.get("Definite") and "Art" in morph.get("PronType")


def described_holder(
    found: Statement, state: ArticleState, told: Iterable[Statement] = ()
) -> Statement:
    """``found`` with a holder for the definite description the resolver bound to nobody:
    the speaker of a statement in ``told`` whose mention opens with the same words ("la
    direction de la laiterie", then "la direction"), else one named after the description
    itself; otherwise unchanged."""
    if found.speaker is not None or found.speaker_mention_span is None:
        return found
    span = state.doc.char_span(*found.speaker_mention_span, alignment_mode="expand")
    if span is None or len(span) < 2:
        return found
    first = span[0]
    if not is_definite_article(first):
        return found
    words, _ = state.lex.strip_determiners(normalise_name(span.text).split())
    if not words:
        return found
    kind = body_kind(words, state)
    if kind is None and description_of(state, list(span)) is not None:
        kind = "person"
    if kind is None:
        return found
    longer = fuller_mention(words, found, state, told)
    if longer is not None:
        return replace(found, speaker=longer)
    name = span[1:].text
    speaker = Speaker(id=f"{DESCRIBED}:{slugify(' '.join(words))}", name=name, type=kind)
    return replace(found, speaker=speaker)


def fuller_mention(
    words: list[str], found: Statement, state: ArticleState, told: Iterable[Statement]
) -> Speaker | None:
    """The speaker of the statement nearest before ``found`` (else the first after it)
    whose mention opens with ``words`` and says more: the short description takes up the
    full one ("la direction de la laiterie de Vernoux", then "la direction")."""
    assert found.speaker_mention_span is not None
    at = found.speaker_mention_span[0]
    fuller = []
    for statement in told:
        if statement.speaker is None or not statement.speaker_mention:
            continue
        theirs, _ = state.lex.strip_determiners(normalise_name(statement.speaker_mention).split())
        if len(theirs) > len(words) and theirs[: len(words)] == words:
            start = (statement.speaker_mention_span or statement.content_span)[0]
            fuller.append((start, statement.speaker))
    before = [f for f in fuller if f[0] < at]
    if before:
        return max(before, key=lambda f: f[0])[1]
    return min(fuller, key=lambda f: f[0])[1] if fuller else None


def body_kind(words: list[str], state: ArticleState) -> str | None:
    """ "organisation" when the description's head is a noun of a body: an organisation
    head ("la mairie"), a body speaking through its staff ("la direction"), a kind of
    body ("le syndicat", "le groupe"), or a group of people who act together ("les
    autorités")."""
    lex = state.lex
    head = words[0]
    epithets = set(lex.body_epithets)
    if (
        lex.organisation_head(words)
        or head in lex.proxy_heads
        or head in lex.type_heads
        or head in lex.group_heads
        or head in epithets
    ):
        return "organisation"
    return None
