"""Roles a title gives: "Me X" is a lawyer, so "l'avocat" is X.

Court reports name the lawyers with their title ("a plaidé Me Roux") and then call them by
their function ("L'avocat de la défense a demandé …", "a ajouté l'avocate"), often before or
after the name, never in apposition to it. Nothing binds the description, and the salience
count would give it to the defendant, whom every paragraph names. A title that implies a
function (``SpeakerLexicon.function_titles``: "Me" → "avocat", "avocate" …) makes its person
the holder of that function; a definite description of the same function (same
``office_groups`` group, so "l'avocat général", a prosecutor, is not one) takes up that
person. One titled person in the article: that one; several: the nearest before the
description within a few paragraphs, else the first named after it in its own or the next
paragraph (the description announces the name: "L'avocat … « … », a relevé Me Roux").
"""

from __future__ import annotations

from dixit.model import SpeakerMethod
from dixit.registry import normalise_name
from dixit.resolve.speakers.entities import Entity, Resolution, compatible
from dixit.resolve.speakers.state import PRONOUN_PARAGRAPH_WINDOW, ArticleState, Mention

#: How many paragraphs after a description the titled name it announces may come.
_ANNOUNCED_PARAGRAPHS = 1


def titled_people(state: ArticleState, group: int) -> list[tuple[int, Entity]]:
    """(position, person) of each name written after a title whose function is in
    ``group`` ("Me Roux" for the lawyers), in reading order."""
    titles = state.lex.function_titles
    found: list[tuple[int, Entity]] = []
    for ref in state.refs:
        entity = state.entities[ref.entity]
        if entity.type != "person":
            continue
        span = state.span(ref.start, ref.end)
        if span is None or span.start < 1:
            continue
        before = state.doc[span.start - 1]
        title = normalise_name(before.text)
        if normalise_name(span[0].text) in titles:
            # The mention holds its title ("Me Roux" as one reference).
            title = normalise_name(span[0].text)
        heads = titles.get(title, frozenset())
        if any(state.lex.office_group((head,)) == group for head in heads):
            found.append((ref.start, entity))
    return found


def resolve_titled_function(mention: Mention, state: ArticleState) -> Resolution | None:
    """A definite description of a function a title implies ("l'avocat", "L'avocat de la
    défense", "l'avocate") is the person the article so titles ("Me Roux"). None when the
    mention is no such description, or the article titles nobody of that function."""
    titles = state.lex.function_titles
    core_raw, words = mention.core_raw, mention.words
    if not titles or not words or not core_raw or core_raw[0] not in state.lex.definite:
        return None
    group = state.lex.office_group(words)
    titled_groups = {state.lex.office_group((head,)) for heads in titles.values() for head in heads}
    if group is None or group not in titled_groups:
        return None
    gender = mention.det_gender
    people = [
        (at, entity)
        for at, entity in titled_people(state, group)
        if compatible(entity, gender, "sing")
    ]
    if not people:
        return None
    if len({entity.id for _, entity in people}) == 1:
        return Resolution(people[0][1], SpeakerMethod.DESCRIPTION, 0.7)
    here = state.para_of(mention.start)
    before = [
        (at, e)
        for at, e in people
        if at < mention.start and here - state.para_of(at) <= PRONOUN_PARAGRAPH_WINDOW
    ]
    if before:
        return Resolution(before[-1][1], SpeakerMethod.DESCRIPTION, 0.6)
    after = [
        (at, e)
        for at, e in people
        if at > mention.start and state.para_of(at) - here <= _ANNOUNCED_PARAGRAPHS
    ]
    if after:
        return Resolution(after[0][1], SpeakerMethod.DESCRIPTION, 0.55)
    return None
