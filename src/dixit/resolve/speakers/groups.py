"""Plural descriptions of people: a group speaks, never one of its members.

"les économistes de Banque X" is the bank (``organisations.resolve_body_members``);
"les socialistes" is the one party of that family the article names ("le groupe PS"); any
other plural description of people ("les deux avocats", "ses proches") is nobody in
particular, so that the salience of one member never answers for the group.
"""

from __future__ import annotations

from dixit.model import SpeakerMethod
from dixit.registry import normalise_name
from dixit.resolve.speakers.descriptions import person_noun
from dixit.resolve.speakers.entities import UNRESOLVED, Resolution
from dixit.resolve.speakers.organisations import organisation_for
from dixit.resolve.speakers.state import LOOKBACK_CHARS, ArticleState, Mention, anchor


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


def resolve_joint_pronoun(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "Hélène X et Luc Y ont annoncé … « … », ont-ils déclaré": a plural pronoun right
    after a statement of coordinated speakers, in its paragraph or the next, is those
    speakers again; joint speakers are named by the first (``resolve_coordination``), so
    the pronoun takes the previous statement's speaker."""
    agreement = state.lex.pronouns.get(" ".join(mention.raw))
    previous = mention.previous
    if agreement is None or agreement[1] != "plur" or previous is None:
        return None
    if previous.speaker is None or not previous.speaker_mention:
        return None
    if not _coordinated(previous.speaker_mention, state):
        return None
    if state.para_of(mention.start) - state.para_of(anchor(previous)) > 1:
        return None
    entity = state.entities.get(previous.speaker.id)
    if entity is None:
        return None
    return Resolution(entity, SpeakerMethod.PRONOUN, previous.confidence * 0.9)


def _coordinated(phrase: str, state: ArticleState) -> bool:
    """Whether a mention joins two speakers: a coordinator followed by a determiner or a
    capitalised word ("X et Y", "la CGT et la CFDT"), not by a noun's complement ("le
    ministre de l'Économie et des Finances")."""
    words = phrase.split()
    lex = state.lex
    for k in range(1, len(words) - 1):
        if normalise_name(words[k]) not in lex.coordinators:
            continue
        nxt = normalise_name(words[k + 1])
        if nxt in lex.partitives:
            continue
        if nxt in lex.determiners or words[k + 1][:1].isupper():
            return True
    return False
