"""Whether two statements share a speaker, as the date rules need to know it.

A statement without a cue carries over its speaker's date: the same speaker id, a pronoun
("a-t-elle ajouté"), the same mention ("le ministre" twice) or a shared capitalised name word
count as the same speaker. Capitalised words that name nobody ("Le", "Mme") come from the
language's grammar (``name_openers``).
"""

from __future__ import annotations

import re
from collections.abc import Set
from functools import lru_cache

from dixit.model import Span, Statement
from dixit.resolve.dates.state import DateState, DescriptionWords
from dixit.resolve.dates.timeline import Entry

CAPITALISED = re.compile(r"\b[A-ZÀ-Ý][\w'’-]+")


def name_words(statement: Statement, openers: Set[str]) -> set[str]:
    """The capitalised words of the speaker's name and mention, lower-case, but ``openers``."""
    words: set[str] = set()
    kept = frozenset(openers)
    for text in (statement.speaker.name if statement.speaker else None, statement.speaker_mention):
        if text:
            words.update(_capitalised_words(text, kept))
    return words


@lru_cache(maxsize=1 << 14)
def _capitalised_words(text: str, openers: frozenset[str]) -> frozenset[str]:
    """``name_words`` of one text, kept: the date rules compare each statement's speaker
    with many earlier ones."""
    found = (w.lower().replace("’", "'") for w in CAPITALISED.findall(text))
    return frozenset(w for w in found if w.split("'")[0] not in openers)


def same_named_speaker(earlier: Statement, later: Statement, openers: Set[str]) -> bool:
    """Same speaker id, or a shared capitalised name word: pronouns prove nothing here."""
    if earlier.speaker and later.speaker:
        return earlier.speaker.id == later.speaker.id
    return bool(name_words(earlier, openers) & name_words(later, openers))


def same_person(earlier: Statement, later: Statement, openers: Set[str]) -> bool:
    """Same speaker id, or a shared name word even when the ids differ: a surname alone
    ("M. Zhao", "Ghebreyesus") may have been resolved apart from the full name. Two resolved
    speakers share a word of their names, not of their mentions: the titles before a name
    ("House Majority Leader Kevin X", "House Ways and Means Committee Chairman Kevin Y") are
    no one's."""
    if earlier.speaker and later.speaker:
        if earlier.speaker.id == later.speaker.id:
            return True
        return bool(resolved_name_words(earlier, openers) & resolved_name_words(later, openers))
    return bool(name_words(earlier, openers) & name_words(later, openers))


#: how many name words the shorter of two resolved names needs to stand for the longer one
NAME_WITHIN_MIN = 2


def name_within(earlier: Statement, later: Statement, openers: Set[str]) -> bool:
    """Whether one resolved speaker's name (two words or more) lies whole in the other's: the
    same person resolved twice, with and without a title or a unit ("William Doe" and "Police
    Chief William Doe", "Procureur de la République" and "Procureur de la République de
    Paris"). One shared word is not enough: "Senate Majority Leader A" and "Senate Minority
    Leader B" are two people."""
    first = resolved_name_words(earlier, openers)
    second = resolved_name_words(later, openers)
    shorter, longer = sorted((first, second), key=len)
    return len(shorter) >= NAME_WITHIN_MIN and shorter <= longer


def resolved_name_words(statement: Statement, openers: Set[str]) -> set[str]:
    """The capitalised words of the resolved speaker's name, lower-case, but ``openers``."""
    name = statement.speaker.name if statement.speaker else ""
    return set(_capitalised_words(name or "", frozenset(openers)))


def same_speaker(
    earlier: Statement,
    later: Statement,
    pronouns: Set[str],
    openers: Set[str],
    descriptions: DescriptionWords | None = None,
) -> bool:
    """Whether ``later`` continues ``earlier``'s speaker: same id (or one resolved name held
    whole in the other's), a pronoun, a shortened description, or a shared name."""
    if earlier.speaker and later.speaker:
        return earlier.speaker.id == later.speaker.id or name_within(earlier, later, openers)
    mention = (later.speaker_mention or "").strip().lower()
    if not mention or mention in pronouns:
        return True
    if mention == (earlier.speaker_mention or "").strip().lower():
        return True  # "le ministre" twice
    descriptions = descriptions or DescriptionWords()
    if later.speaker is None and shortens(later, earlier, descriptions):
        return True  # "la source militaire" after "une source militaire loyaliste"
    if earlier.speaker is None and shortens(earlier, later, descriptions):
        return True  # "leur directeur", then "le directeur du site, Jean Dupin"
    return bool(name_words(earlier, openers) & name_words(later, openers))


DESCRIPTION_WORD = re.compile(r"[^\W\d_]{4,}")


def description_words(statement: Statement) -> list[str]:
    """The words (four letters or more) of a speaker's name and mention, in order."""
    words: list[str] = []
    for text in (statement.speaker_mention, statement.speaker.name if statement.speaker else None):
        words.extend(w.lower() for w in DESCRIPTION_WORD.findall(text or ""))
    return words


def shortens(short: Statement, full: Statement, descriptions: DescriptionWords) -> bool:
    """Whether an unresolved description ``short`` repeats part of ``full``'s speaker (its
    words all among theirs): "la source militaire" goes on with "une source militaire
    loyaliste à Bamako", as a journalist shortens a description once given, and "leur
    directeur" is the "directeur du site" named next. Words that describe nobody ("leur",
    ``description_fillers`` in ``time.yaml``) do not count; with a word pointing back ("la
    même source malienne", ``same_markers``), its head noun alone must be theirs."""
    said = description_words(short)
    words = [w for w in said if w not in descriptions.fillers and w not in descriptions.same]
    theirs = set(description_words(full)) - descriptions.fillers
    if not words:
        return False
    if descriptions.same & set(said):
        return words[0] in theirs
    return set(words) <= theirs


def names_speaker(state: DateState, region: Span, statement: Statement, pronouns: Set[str]) -> bool:
    """Whether the text in ``region`` names the speaker (or the mention is one of
    ``pronouns``)."""
    mention = (statement.speaker_mention or "").strip().lower()
    if mention in pronouns:
        return True
    words = name_words(statement, state.grammar.name_openers)
    words |= spoken_for(state, statement)
    found = {w.lower() for w in CAPITALISED.findall(state.text[region[0] : region[1]])}
    return bool(words & found)


#: what joins a spokesperson's title to the body they speak for ("porte-parole du Conseil")
_OF = re.compile(r"\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*", re.IGNORECASE)
#: how far after the mention its apposition ("…, porte-parole du Conseil fédéral") may run
APPOSITION_REACH = 80


def spoken_for(state: DateState, statement: Statement) -> set[str]:
    """The name words of the body a spokesperson speaks for, from the apposition after their
    mention ("André Dupin, porte-parole du Conseil fédéral": "conseil", "fédéral"), so that a
    sentence naming the body ("Le Conseil fédéral s'est réuni ce mercredi") names its voice
    (session 17; ``spokesperson_titles`` in ``time.yaml``)."""
    titles = state.lexicon.words("spokesperson_titles")
    span = statement.speaker_mention_span
    if not titles or span is None:
        return set()
    after = state.text[span[1] : span[1] + APPOSITION_REACH]
    head = re.match(r"\s*,\s*(?:(?:le|la|l['’])\s*)?", after)
    rest = after[head.end() :] if head else after
    for title in titles:
        if not rest.lower().startswith(title.lower()):
            continue
        joined = _OF.match(rest, len(title))
        if joined is None:
            return set()
        body = re.split(r"[,.;:!?()«»\"]", rest[joined.end() :], maxsplit=1)[0]
        openers = state.grammar.name_openers
        found = (w.lower().replace("’", "'") for w in CAPITALISED.findall(body))
        return {w for w in found if w.split("'")[0] not in openers}
    return set()


def speaks_for(state: DateState, entry: Entry, statement: Statement) -> bool:
    """Whether ``entry`` is the same speaker's statement or a sentence naming the speaker."""
    if entry.statement is not None:
        openers = state.grammar.name_openers
        return same_speaker(entry.statement, statement, state.pronouns, openers, state.descriptions)
    return names_speaker(state, entry.sentence, statement, set())
