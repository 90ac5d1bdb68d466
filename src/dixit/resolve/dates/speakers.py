"""Whether two statements share a speaker, as the date rules need to know it.

A statement without a cue carries over its speaker's date: the same speaker id, a pronoun
("a-t-elle ajouté"), the same mention ("le ministre" twice) or a shared capitalised name word
count as the same speaker. Capitalised words that name nobody ("Le", "Mme") come from the
language's grammar (``name_openers``).
"""

from __future__ import annotations

import re
from collections.abc import Set

from dixit.model import Span, Statement
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import Entry

CAPITALISED = re.compile(r"\b[A-ZÀ-Ý][\w'’-]+")


def name_words(statement: Statement, openers: Set[str]) -> set[str]:
    """The capitalised words of the speaker's name and mention, lower-case, but ``openers``."""
    words: set[str] = set()
    for text in (statement.speaker.name if statement.speaker else None, statement.speaker_mention):
        if text:
            found = (w.lower().replace("’", "'") for w in CAPITALISED.findall(text))
            words.update(w for w in found if w.split("'")[0] not in openers)
    return words


def same_named_speaker(earlier: Statement, later: Statement, openers: Set[str]) -> bool:
    """Same speaker id, or a shared capitalised name word: pronouns prove nothing here."""
    if earlier.speaker and later.speaker:
        return earlier.speaker.id == later.speaker.id
    return bool(name_words(earlier, openers) & name_words(later, openers))


def same_person(earlier: Statement, later: Statement, openers: Set[str]) -> bool:
    """Same speaker id, or a shared name word even when the ids differ: a surname alone
    ("M. Zhao", "Ghebreyesus") may have been resolved apart from the full name."""
    if earlier.speaker and later.speaker and earlier.speaker.id == later.speaker.id:
        return True
    return bool(name_words(earlier, openers) & name_words(later, openers))


def same_speaker(
    earlier: Statement, later: Statement, pronouns: Set[str], openers: Set[str]
) -> bool:
    """Whether ``later`` continues ``earlier``'s speaker: same id, a pronoun, or a shared name."""
    if earlier.speaker and later.speaker:
        return earlier.speaker.id == later.speaker.id
    mention = (later.speaker_mention or "").strip().lower()
    if not mention or mention in pronouns:
        return True
    if mention == (earlier.speaker_mention or "").strip().lower():
        return True  # "le ministre" twice
    if later.speaker is None and shortens(earlier, mention):
        return True  # "la source militaire" after "une source militaire loyaliste"
    return bool(name_words(earlier, openers) & name_words(later, openers))


DESCRIPTION_WORD = re.compile(r"[^\W\d_]{4,}")


def shortens(earlier: Statement, mention: str) -> bool:
    """Whether an unresolved description repeats part of the earlier speaker's (its words of
    four letters or more all among theirs): "la source militaire" goes on with "une source
    militaire loyaliste à Bamako", as a journalist shortens a description once given."""
    words = {w.lower() for w in DESCRIPTION_WORD.findall(mention)}
    if not words:
        return False
    theirs: set[str] = set()
    for text in (earlier.speaker.name if earlier.speaker else None, earlier.speaker_mention):
        theirs.update(w.lower() for w in DESCRIPTION_WORD.findall(text or ""))
    return words <= theirs


def names_speaker(state: DateState, region: Span, statement: Statement, pronouns: Set[str]) -> bool:
    """Whether the text in ``region`` names the speaker (or the mention is one of
    ``pronouns``)."""
    mention = (statement.speaker_mention or "").strip().lower()
    if mention in pronouns:
        return True
    words = name_words(statement, state.grammar.name_openers)
    found = {w.lower() for w in CAPITALISED.findall(state.text[region[0] : region[1]])}
    return bool(words & found)


def speaks_for(state: DateState, entry: Entry, statement: Statement) -> bool:
    """Whether ``entry`` is the same speaker's statement or a sentence naming the speaker."""
    if entry.statement is not None:
        return same_speaker(entry.statement, statement, state.pronouns, state.grammar.name_openers)
    return names_speaker(state, entry.sentence, statement, set())
