"""A reply to the words told just before is made on their occasion.

"« … ? », demande le journaliste au ministre sur France 2 ce jeudi. « … », lui répond le
ministre": a reporting verb of answering with a clitic naming whom it answers ("lui
répond", "leur a rétorqué": ``reply_verbs``, ``reply_clitics`` in ``time.yaml``) answers the
statement read just before, in its paragraph or the one before; the exchange is one
occasion, so the reply takes that statement's day, whoever spoke it. A reply with no one
answered ("X répond aux critiques") is a statement like any other, and a day of its own
("lui a répondu vendredi") is its own cue, read first.
"""

from __future__ import annotations

import re

from dixit.model import Statement
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution, resolved_of

#: how far before the reporting verb its clitic may stand ("lui a-t-il répondu")
CLITIC_REACH = 12


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    if not answers_someone(statement, state):
        return None
    previous = state.previous(statement)
    if previous is None or previous.cue_span is None or statement.cue_span is None:
        return None
    if state.block_of(statement.cue_span[0]) - state.block_of(previous.cue_span[0]) > 1:
        return None
    carried = resolved_of(previous)
    return DateResolution.dated(carried) if carried is not None else None


def answers_someone(statement: Statement, state: DateState) -> bool:
    """Whether the reporting verb answers someone named by a clitic ("lui répond")."""
    verbs = {w.lower() for w in state.lexicon.words("reply_verbs")}
    clitics = state.lexicon.words("reply_clitics")
    if not verbs or not clitics or statement.cue_span is None or not statement.cue_lemma:
        return False
    if statement.cue_lemma.lower() not in verbs:
        return False
    start, end = statement.cue_span
    around = state.text[max(0, start - CLITIC_REACH) : end]
    joined = "|".join(re.escape(c) for c in clitics)
    # the clitic, then only the verb's words up to the reporting verb: no mark between
    return bool(re.search(rf"(?<![\w-])(?:{joined})\s+[\w\s-]*$", around, re.IGNORECASE))
