"""Changes told across sentences with no reversal word: what a holder held until then,
set against what they hold now.

Real copy often tells a change without "volte-face" or "revirement": "« Vous n'entendrez
plus parler de moi », assurait pourtant X en 2012" after X's new candidacy; "Jusque-là, X
se refusait à trancher. « Non, je ne serai pas candidat », tranche-t-il désormais". The
earlier side carries a word that says it held until then (``until_then`` of
``reversals.yaml``: jusque-là, jusqu'à présent, au départ, pourtant) with a past tense; the
current side is told as the present state, and often says it came at last (``turn_words``:
finalement, désormais). Both markers are read on the words around the statement's cue, in
its sentence: the extractor's cue rarely holds the adverb, which stands before the subject
("Jusque-là, le fondateur du parti se refusait …") or after the verb ("tranche-t-il
désormais").

This module reads the markers; ``dixit.analyse.reported`` pairs the sides (the same
holder, near each other, the stances reading as a change or the current side marked).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dixit.analyse.words import Phrase, Word, find, phrases, words
from dixit.lang import get_language
from dixit.model import Statement

#: Words before a cue, in its sentence, in which an until-then word may stand ("Jusque-là,
#: le fondateur du Front national se refusait …").
BEFORE_REACH = 10
#: Words after a cue in which a turn word may stand ("tranche-t-il désormais").
AFTER_REACH = 2


@dataclass(frozen=True)
class UncuedLexicon:
    """The words that mark the two sides of a change told without a reversal word."""

    #: Words that set a position before the story as what held until then.
    until_then: list[Phrase]
    #: Words that say the current position came at last ("finalement", "désormais").
    turn_words: list[Phrase]
    sentence_ends: frozenset[str]


@cache
def uncued_lexicon(language: str | None) -> UncuedLexicon:
    """The ``until_then`` and ``turn_words`` of ``reversals.yaml``."""
    lang = get_language(language)
    data = lang.lexicon("reversals")
    return UncuedLexicon(
        until_then=phrases(data.get("until_then") or ()),
        turn_words=phrases(data.get("turn_words") or ()),
        sentence_ends=frozenset(lang.grammar.sentence_ends),
    )


def sentence_words_before(statement: Statement, text: str, lexicon: UncuedLexicon) -> list[Word]:
    """The words of the statement's sentence before its cue (at most ``BEFORE_REACH``)."""
    assert statement.cue_span is not None
    start = statement.cue_span[0]
    head = text[max(0, start - 300) : start]
    cut = max([head.rfind(e) for e in lexicon.sentence_ends] + [head.rfind("\n")])
    begin = start - len(head) + cut + 1
    said_from, said_to = statement.content_span
    # The speaker's own words before a postposed cue are no narration.
    found = [w for w in words(text[begin:start]) if not said_from <= begin + w.start < said_to]
    return found[-BEFORE_REACH:]


def held_until_then(statement: Statement, text: str, language: str | None) -> bool:
    """An until-then word in the statement's cue or before it in its sentence: "assurait
    pourtant", "Jusque-là, X se refusait …", "alors que, jusqu'à présent, il prônait …"."""
    if statement.cue_span is None:
        return False
    lexicon = uncued_lexicon(language)
    tagged = [("until", p) for p in lexicon.until_then]
    end = statement.cue_span[1]
    # "assurait pourtant X": the adverb right after the verb, which the cue leaves out.
    after = words(text[end : end + 40])[:AFTER_REACH]
    near = sentence_words_before(statement, text, lexicon) + words(statement.cue or "") + after
    return bool(find(tagged, near))


def told_at_last(statement: Statement, text: str, language: str | None) -> bool:
    """A turn word in the statement's cue or right after it: "s'est finalement prononcé",
    "tranche-t-il désormais"."""
    if statement.cue_span is None:
        return False
    lexicon = uncued_lexicon(language)
    end = statement.cue_span[1]
    near = words(statement.cue or "") + words(text[end : end + 40])[:AFTER_REACH]
    return bool(find([("turn", p) for p in lexicon.turn_words], near))
