"""Plural descriptions of people: a group speaks, never one of its members.

"les économistes de Banque X" is the bank (``organisations.resolve_body_members``);
"les socialistes" is the one party of that family the article names ("le groupe PS"); any
other plural description of people ("les deux avocats", "ses proches") is nobody in
particular, so that the salience of one member never answers for the group.
"""

from __future__ import annotations

from dixit.model import SpeakerMethod
from dixit.resolve.speakers.descriptions import person_noun
from dixit.resolve.speakers.entities import UNRESOLVED, Resolution
from dixit.resolve.speakers.organisations import organisation_for
from dixit.resolve.speakers.state import LOOKBACK_CHARS, ArticleState, Mention


def plural_opener(state: ArticleState, mention: Mention) -> bool:
    """Whether the mention's phrase opens with a plural determiner ("les", "ces", "ses")."""
    core = mention.core_raw
    return bool(core) and core[0] in state.lex.plural_determiners


def family_party(state: ArticleState, word: str) -> Resolution | None:
    """ "ont dénoncé les socialistes" after "Le groupe PS": the one party of the family
    ``word`` names (``political_families``) that the article writes; none written, or two
    ("PS" and "Vooruit"), is no answer."""
    parties = state.lex.political_families.get(word)
    if not parties:
        return None
    written: dict[tuple[str, ...], str] = {}
    for party in sorted(parties):
        spans = state.phrase_spans(party)
        if spans:
            i, j = spans[0]
            written[party] = state.doc[i:j].text
    if len(written) != 1:
        return None
    ((party, text),) = written.items()
    entity = organisation_for(state, text, list(party), None)
    return Resolution(entity, SpeakerMethod.DESCRIPTION, 0.6)


def resolve_plural(mention: Mention, state: ArticleState) -> Resolution | None:
    """A plural description of people: the party its family names, else nobody (the
    ``UNRESOLVED`` stop: no rule may give a group's words to one member)."""
    if not plural_opener(state, mention):
        return None
    words = mention.words
    if not words:
        return None
    if len(words) == 1 and words[0] in state.lex.political_families:
        return family_party(state, words[0]) or UNRESOLVED
    if words[0] in state.lex.counterpart_heads:
        return None
    if not person_noun(state, words, mention.tokens):
        return None
    start = mention.start
    near = state.bindings_between(start - LOOKBACK_CHARS, start + LOOKBACK_CHARS)
    if any(tuple(b.words) == tuple(words) for b in near):
        # "Les conseillers de l'opposition, Claude X et Paul Y, ont dénoncé": the article
        # set names beside the group; the description rules read them.
        return None
    return UNRESOLVED
