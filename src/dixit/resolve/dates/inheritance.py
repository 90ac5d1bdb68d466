"""Statements without a cue: the time they carry over from before, and from whom.

Rule 4 of the package docstring. A statement inherits its paragraph's time (a few
sentences back), or the time of the paragraph just before when that paragraph ends with the
same speaker or with a dated sentence of the lead or naming the speaker; a new occasion
("dans un communiqué") stops it. Undated is better than wrongly dated.
"""

from __future__ import annotations

import re

from dixit.model import Span, Statement
from dixit.resolve.dates.anchoring import Resolved
from dixit.resolve.dates.article import ArticleStructure
from dixit.resolve.dates.timeline import _Entry

#: how many sentences back a statement may take its paragraph's time from
_PARAGRAPH_REACH = 3


_CAPITALISED = re.compile(r"\b[A-ZÀ-Ý][\w'’-]+")


#: capitalised words that name nobody: determiners and titles opening a mention
_NOT_NAMES = frozenset(
    [
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "ce",
        "cette",
        "m",
        "mme",
        "mlle",
        "me",
        "dr",
        "pr",
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "mr",
        "mrs",
        "ms",
    ]
)


def _name_words(statement: Statement) -> set[str]:
    words: set[str] = set()
    for text in (statement.speaker.name if statement.speaker else None, statement.speaker_mention):
        if text:
            found = (w.lower().replace("’", "'") for w in _CAPITALISED.findall(text))
            words.update(w for w in found if w.split("'")[0] not in _NOT_NAMES)
    return words


class Inheritance(ArticleStructure):
    """Carries a time over to statements without a cue of their own."""

    def _block_entries(self, block: int) -> list:
        """Timeline entries of one paragraph block, read from the end: the timeline grows in
        reading order, so the scan stops at the first earlier block (linear overall)."""
        found = []
        for entry in reversed(self.timeline):
            if entry.block < block:
                break
            if entry.block == block:
                found.append(entry)
        found.reverse()
        return found

    def inherit(
        self, statement: Statement, sentence: Span, previous: Statement | None, pronouns: set[str]
    ) -> tuple[Resolved | None, bool]:
        """The time a statement without a cue carries over from before, and whether a rule spoke.

        Same paragraph (a few sentences back) first; then the paragraph just before, when it
        ends with the same speaker's statement, or with a dated sentence of the lead or one
        naming the speaker; a statement made on a channel of its own ("dans un communiqué",
        "sur BFMTV") is a new occasion and does not cross paragraphs.
        """
        block = self.block_of(statement.content_span[0])
        here = self.sentence_index(sentence[0])
        same_paragraph = [
            e
            for e in self._block_entries(block)
            if not e.background and here - self.sentence_index(e.position) <= _PARAGRAPH_REACH
        ]
        # a statement in the present gives a position the speaker holds ("explique le
        # médecin"): it takes a day only from the same speaker or from a sentence naming them
        # ("Le colonel X a reçu l'AFP jeudi."), never from the news of the day around it
        present = self.tense(statement) == "present"
        if same_paragraph:
            last = same_paragraph[-1]
            if present and not self.speaks_for(last, statement, pronouns):
                return None, True
            return last.resolved, True
        excluded = self.contents_in(sentence)
        if self.mentions(self.lexicon.new_occasion, sentence, excluded):
            return None, True
        before = [e for e in self._block_entries(block - 1) if not e.background]
        if not before:
            return None, False
        last = before[-1]
        if present:
            return (
                (last.resolved, True)
                if self.speaks_for(last, statement, pronouns)
                else (
                    None,
                    True,
                )
            )
        if last.statement is not None:
            if _same_speaker(last.statement, statement, pronouns):
                return last.resolved, True
            return None, False
        in_lead = self.sentence_index(last.sentence[0]) in self.lead
        if in_lead or self.names_speaker(last.sentence, statement, pronouns):
            return last.resolved, True
        return None, False

    def speaks_for(self, entry: _Entry, statement: Statement, pronouns: set[str]) -> bool:
        """Whether ``entry`` is the same speaker's statement or a sentence naming the speaker."""
        if entry.statement is not None:
            return _same_speaker(entry.statement, statement, pronouns)
        return self.names_speaker(entry.sentence, statement, set())

    def names_speaker(self, region: Span, statement: Statement, pronouns: set[str]) -> bool:
        """Whether the text in ``region`` names the speaker (or the mention is one of
        ``pronouns``)."""
        mention = (statement.speaker_mention or "").strip().lower()
        if mention in pronouns:
            return True
        words = _name_words(statement)
        found = {w.lower() for w in _CAPITALISED.findall(self.text[region[0] : region[1]])}
        return bool(words & found)

    def by_source_preposition(self, statement: Statement) -> bool:
        cue = re.sub(r"\s+", " ", (statement.cue or "").strip().lower().replace("’", "'"))
        lemma = (statement.cue_lemma or "").lower()
        sources = {w.lower() for w in self.lexicon.words("source_prepositions")}
        return cue in sources or lemma in sources

    def continues(self, statement: Statement) -> bool:
        lemmas = {w.lower() for w in self.lexicon.words("continuation_verbs")}
        if statement.cue_lemma and statement.cue_lemma.lower() in lemmas:
            return True
        return bool(statement.cue and self.lexicon.continuation_forms.search(statement.cue))

    def is_pluperfect(self, statement: Statement) -> bool:
        return bool(statement.cue and self.lexicon.pluperfect.search(statement.cue))

    def tense(self, statement: Statement) -> str | None:
        """The tense of the reporting verb, read from the cue (``tense`` in ``time.yaml``).

        "past" (compound past: "a déclaré", "a-t-il dit", "s'est dite", or a bare participle
        coordinated with one: "et accusé"), "participle" ("estimant"), "pluperfect",
        "present" ("explique", "poursuit-elle", "n'exclut pas"), or None when it cannot
        tell (imperfect, conditional, a preposition such as "selon", no lexicon).
        """
        table = self.lexicon.data.get("tense") or {}
        auxiliaries = {str(w) for w in table.get("compound_past_auxiliaries") or []}
        if not statement.cue or not auxiliaries or self.by_source_preposition(statement):
            return None
        if self.is_pluperfect(statement):
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
        if first.endswith(_endings(table, "present_participle_endings")):
            return "participle"
        # "accusé", "démenti": a bare participle coordinated with a compound past; a verb in
        # -er ("expliquer") has its participle in -é only ("explique" is the present)
        participle = _endings(table, "past_participle_endings")
        if lemma and lemma[0].endswith("er"):
            participle = tuple(e for e in participle if e.startswith("é")) or ("\x00",)
        if len(words) == 1 and first.endswith(participle):
            return "past"
        if first.endswith(_endings(table, "other_endings")):
            return None
        if lemma and first == lemma[0]:
            return None  # an infinitive ("ne pas vouloir")
        return "present"

    def at_occasion(self, sentence: Span) -> bool:
        """Whether the sentence, outside contents, places its statements at the day's occasion
        ("à la barre", "en séance", "devant les députés")."""
        return self.mentions(self.lexicon.occasion_scene, sentence, self.contents_in(sentence))


def _endings(table: dict, key: str) -> tuple[str, ...]:
    """Word endings listed under ``key`` of the tense table (none matches when empty)."""
    return tuple(str(w) for w in table.get(key) or []) or ("\x00",)


def _same_named_speaker(earlier: Statement, later: Statement) -> bool:
    """Same speaker id, or a shared capitalised name word: pronouns prove nothing here."""
    if earlier.speaker and later.speaker:
        return earlier.speaker.id == later.speaker.id
    return bool(_name_words(earlier) & _name_words(later))


def _same_speaker(earlier: Statement, later: Statement, pronouns: set[str]) -> bool:
    """Whether ``later`` continues ``earlier``'s speaker: same id, a pronoun, or a shared name."""
    if earlier.speaker and later.speaker:
        return earlier.speaker.id == later.speaker.id
    mention = (later.speaker_mention or "").strip().lower()
    if not mention or mention in pronouns:
        return True
    if mention == (earlier.speaker_mention or "").strip().lower():
        return True  # "le ministre" twice
    return bool(_name_words(earlier) & _name_words(later))
