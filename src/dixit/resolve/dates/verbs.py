"""What a statement's reporting verb says about its time: tense, source, continuation.

Read from the cue and its lemma with the lexicon's word lists (``tense``,
``source_prepositions``, ``continuation_verbs`` in ``time.yaml``).
"""

from __future__ import annotations

import re

from dixit.model import Statement
from dixit.resolve.dates.lexicon import TimeLexicon


def by_source_preposition(statement: Statement, lexicon: TimeLexicon) -> bool:
    """Whether the statement is attributed with a preposition ("selon X", "d'après X")."""
    cue = re.sub(r"\s+", " ", (statement.cue or "").strip().lower().replace("’", "'"))
    lemma = (statement.cue_lemma or "").lower()
    sources = {w.lower() for w in lexicon.words("source_prepositions")}
    return cue in sources or lemma in sources


def continues(statement: Statement, lexicon: TimeLexicon) -> bool:
    """Whether the reporting verb goes on with what was said before ("a-t-il ajouté")."""
    lemmas = {w.lower() for w in lexicon.words("continuation_verbs")}
    if statement.cue_lemma and statement.cue_lemma.lower() in lemmas:
        return True
    return bool(statement.cue and lexicon.continuation_forms.search(statement.cue))


def is_pluperfect(statement: Statement, lexicon: TimeLexicon) -> bool:
    return bool(statement.cue and lexicon.pluperfect.search(statement.cue))


def is_imperfect(statement: Statement, lexicon: TimeLexicon) -> bool:
    """Whether the reporting verb is in the imperfect ("proposait", "souhaitaient":
    ``past_position_endings`` of ``tense`` in ``time.yaml``, but its
    ``past_position_exceptions``, presents such as "fait"). Not a pluperfect ("avait dit"
    has its own rule), nor a preposition ("selon")."""
    table = lexicon.data.get("tense") or {}
    ends = tuple(str(w) for w in table.get("past_position_endings") or [])
    if not ends or not statement.cue or by_source_preposition(statement, lexicon):
        return False
    if is_pluperfect(statement, lexicon):
        return False
    skip = {str(w) for w in table.get("skip") or []}
    exceptions = {str(w) for w in table.get("past_position_exceptions") or []}
    cue = statement.cue.lower().replace("’", "'")
    words = [w for w in re.findall(r"\w+'?", cue) if w not in skip]
    return bool(words) and words[0].endswith(ends) and words[0] not in exceptions


def tense(statement: Statement, lexicon: TimeLexicon) -> str | None:
    """The tense of the reporting verb, read from the cue (``tense`` in ``time.yaml``).

    "past" (compound past: "a déclaré", "a-t-il dit", "s'est dite", or a bare participle
    coordinated with one: "et accusé"), "participle" ("estimant"), "pluperfect",
    "present" ("explique", "poursuit-elle", "n'exclut pas"; in a language listing
    ``present_endings``, only a word so ended: English "says"), or None when it cannot tell
    (imperfect, conditional, a simple past, a preposition such as "selon", no lexicon).
    """
    table = lexicon.data.get("tense") or {}
    auxiliaries = {str(w) for w in table.get("compound_past_auxiliaries") or []}
    if not statement.cue or not auxiliaries or by_source_preposition(statement, lexicon):
        return None
    if is_pluperfect(statement, lexicon):
        return "pluperfect"
    skip = {str(w) for w in table.get("skip") or []}
    words = re.findall(r"\w+'?", statement.cue.lower().replace("’", "'"))
    words = [w for w in words if w not in skip]
    if not words:
        return None
    first = words[0]
    if first in auxiliaries:
        return "past"
    lemma = (statement.cue_lemma or "").lower().split()
    if first.endswith(endings(table, "present_participle_endings")):
        return "participle"
    # "accusé", "démenti": a bare participle coordinated with a compound past; a verb in
    # -er ("expliquer") has its participle in -é only ("explique" is the present)
    participle = endings(table, "past_participle_endings")
    if lemma and lemma[0].endswith("er"):
        participle = tuple(e for e in participle if e.startswith("é")) or ("\x00",)
    if len(words) == 1 and first.endswith(participle):
        return "past"
    if first.endswith(endings(table, "other_endings")):
        return None
    if lemma and first == lemma[0]:
        # an infinitive ("ne pas vouloir"); in a language whose present is its bare verb
        # with a plural subject ("officials say"), the present
        return "present" if table.get("present_base") else None
    present = table.get("present_endings")
    if present and not first.endswith(endings(table, "present_endings")):
        return None  # English: "says" is the present, "said", "told" are not
    return "present"


def endings(table: dict, key: str) -> tuple[str, ...]:
    """Word endings listed under ``key`` of the tense table (none matches when empty)."""
    return tuple(str(w) for w in table.get(key) or []) or ("\x00",)
