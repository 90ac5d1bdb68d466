"""Cleft sentences that point back at the sentence before: "C'est ce qu'a réclamé
X", "C'est du moins l'avis de X".
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from dixit.extract.context import ArticleContext
from dixit.extract.cues import Cue
from dixit.extract.extensions import FoundStatement, token_lowers
from dixit.extract.syntax import is_person_or_body, mention_span, subject_of
from dixit.model import ExtractionRule


class CleftReports(ArticleContext):
    """Cleft sentences whose statement is the sentence before."""

    def cleft_after_the_words(self, cue: Cue, verb: Token) -> FoundStatement | None:
        """ "La ministre devrait s'excuser. C'est ce qu'a réclamé le parti lundi.", "C'est
        l'appel qu'a lancé X": a cleft sentence whose cue has its subject after it points back
        at the sentence before, which is the statement (``cleft_pronouns`` and a copula, then
        "ce" or a determiner and a noun, then the relative "que")."""
        doc = self.doc
        s_start, _ = self.written_sentence(verb.i)
        first = self.token_at(cue.span[0]).i
        opening = [t for t in doc[s_start:first] if not t.is_space]
        if len(opening) < 4 or opening[0].lower_ not in self.grammar.cleft_pronouns:
            return None
        if opening[1].lemma_.lower() not in self.grammar.copulas:
            return None
        if opening[-1].lower_ not in self.grammar.complementizers:
            return None
        middle = opening[2:-1]
        antecedent = [t for t in middle if t.pos_ != "ADV"]
        if not antecedent or not (
            (len(antecedent) == 1 and antecedent[0].lower_ in self.grammar.cleft_pronouns)
            or (len(antecedent) == 2 and antecedent[-1].pos_ == "NOUN")
        ):
            return None  # "C'est ce que" / "C'est l'appel que"; not "C'est pourquoi"
        subject = subject_of(verb, doc[cue.end_token] if cue.end_token >= 0 else verb)
        if subject is None or subject.i < verb.i or not is_person_or_body(subject):
            return None  # "C'est ce qu'on peut lire": no one named after the verb
        found = self.statement_before(s_start, verb, subject)
        if found is None:
            return None
        return self.found(found.content, ExtractionRule.POSTPOSED, cue, found.mention)

    def from_opinion_clefts(self) -> Iterable[FoundStatement]:
        """ "Le gouvernement doit se reconnecter avec la capitale. C'est du moins l'avis du
        premier ministre.": a cleft sentence naming a view (``opinion_nouns`` in the cue
        lexicon) and its holder after "de" points back at the sentence before."""
        doc = self.doc
        for i, lower in enumerate(token_lowers(doc)):
            if lower not in self.grammar.cleft_pronouns:
                continue
            opener = doc[i]
            s_start, s_end = self.written_sentence(opener.i)
            if opener.i != s_start or opener.i + 2 >= s_end:
                continue
            if doc[opener.i + 1].lemma_.lower() not in self.grammar.copulas:
                continue
            noun = next(
                (
                    t
                    for t in doc[opener.i + 2 : min(s_end, opener.i + 7)]
                    if t.pos_ not in {"ADV", "ADP", "DET"}
                ),
                None,
            )
            if noun is None or noun.lemma_.lower() not in self.opinion_nouns:
                continue
            holder = next(
                (
                    c
                    for c in noun.children
                    if c.i > noun.i
                    and any(
                        m.lemma_.lower() in self.grammar.infinitive_marks
                        for m in c.children
                        if m.i < c.i
                    )
                    and is_person_or_body(c)
                ),
                None,
            )
            statement = self.statement_before(opener.i, noun, holder)
            if statement is not None:
                yield statement

    def statement_before(
        self, s_start: int, cue_token: Token, speaker: Token | None
    ) -> FoundStatement | None:
        """The sentence before token ``s_start`` as the statement of ``speaker``, the cue
        standing after it (a cleft sentence that points back)."""
        if speaker is None:
            return None
        doc = self.doc
        k = s_start - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k < 0:
            return None
        p_start, p_end = self.written_sentence(k)
        words = [t for t in doc[p_start:p_end] if not t.is_space]
        ended = doc[k].text in self.grammar.sentence_ends  # a sentence, not a title
        if len(words) < 4 or not (ended or any(t.pos_ in {"VERB", "AUX"} for t in words)):
            return None
        cue = Cue(
            token=cue_token.i,
            lemma=cue_token.lemma_.lower(),
            kind="verb",
            span=(cue_token.idx, cue_token.idx + len(cue_token.text)),
            end_token=cue_token.i,
        )
        return self.found(
            self.span_of(words[0], words[-1]), ExtractionRule.POSTPOSED, cue, mention_span(speaker)
        )
