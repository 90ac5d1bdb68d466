"""Reported speech: a reporting verb with its complement, "selon X", headlines.

Methods (``FoundStatement.method``): ``que`` ("X a déclaré que …"), ``infinitive``
("X a exclu d'envoyer …"), ``object`` ("X n'a pas exclu l'envoi de …"), ``attribute``
("X s'est dit « prêt à … »"), ``colon_text`` ("X a prévenu : …"), ``postposed`` ("…, a
annoncé la mairie."), ``preposition`` ("Selon X, …"), ``headline`` ("X : « … »").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from dixit.extract.context import ArticleContext
from dixit.extract.cues import Cue, opens_a_coordinated_clause
from dixit.extract.extensions import FoundStatement
from dixit.extract.quotes import Quote
from dixit.extract.syntax import (
    inverted_pronoun,
    is_hearsay,
    is_norm,
    is_person_or_body,
    is_source,
    mention_span,
    mistagged_cue_subject,
    opens_an_infinitive,
    sentence_bounds,
    subject_of,
    trim_span,
)
from dixit.model import ExtractionRule, Span

_ATTRIBUTE_DEPS = {"xcomp", "advmod", "obj", "amod"}
#: Dashes that end a reported clause in the middle of a sentence.
DASHES = frozenset({"—", "–"})


def _relative(verb: Token) -> bool:
    """A verb heading a relative clause: "qui porte le projet", "dont il a parlé".

    The parser also labels some main clauses ``acl`` ("Les travaux reprendront …" under
    "travaux"); only a relative pronoun makes the clause relative.
    """
    return verb.dep_.startswith("acl") and any(
        "Rel" in c.morph.get("PronType") for c in verb.children
    )


class ReportedSpeech(ArticleContext):
    """Rules that start from a reporting cue."""

    @property
    def clause_labels(self) -> frozenset[str]:
        """Labels of a cue's complement that a complementizer may open."""
        return frozenset({"ccomp", "xcomp", "advcl", "acl"}) | self.grammar.object_labels

    def from_verb(self, cue: Cue) -> FoundStatement | None:
        doc = self.doc
        verb = doc[cue.token]
        last = doc[cue.end_token] if cue.end_token >= 0 else verb
        postposed = (
            self.cleft_after_the_words(cue, verb)
            or self.postposed(cue, verb, last)
            or self.incise_inside_a_sentence(cue, verb, last)
        )
        if postposed is not None:
            return postposed
        if self.opens_on_a_comparative(cue, verb):
            return None  # "…, comme le lui a demandé l'Assemblée": the subject follows
        main_clause = self.after_an_opening_participle(verb)
        if main_clause is not None:
            # Only a clause or an infinitive: "Évoquant ces accusations, X a …" narrates.
            return self.opening_participle(cue, verb, *main_clause)
        if (
            self.inside_a_cue_complement(verb)
            or self.only_foreseen(verb)
            or self.writers_aside(verb)
            or self.under_a_condition(verb)
        ):
            return None
        subject = subject_of(verb, last)
        if subject is None or (subject.head.i != verb.i and not is_person_or_body(subject)):
            # No subject, or one shared with the clause the parser coordinated the cue to.
            main = self.report_coordinated_with(verb)
            subject = subject if main is None else subject_of(main)
        after_a_quotation = self.participle_after_a_quotation(verb)
        if after_a_quotation:
            subject = None  # the parser's subject of a participle lies inside the quotation
        elif subject is None and last.i != verb.i:
            # "Elle a fait valoir que …": the parse may give the subject to the last word
            subject = subject_of(last)
        if subject is None and not after_a_quotation and self.grammar.subject_by_position:
            subject = self.subject_by_position(cue, verb)
        if (
            subject is None
            and not after_a_quotation
            and not self.opens_on_a_narrative_infinitive(cue, verb)
        ):
            return None
        if (
            subject is not None
            and subject.lower_ in self.grammar.narrator_pronouns
            and not self.in_quote(subject.idx)
        ):
            return None  # "j'ai dit que …": the one who writes, or a quotation without marks
        content = (
            (self.que_clause(verb, last) if cue.takes_clause else None)
            or (self.bare_clause(verb, last) if cue.takes_clause else None)
            or (None if cue.asks or not cue.takes_clause else self.indirect_question(verb, last))
            or (
                None
                if self.only_an_intention(cue, verb) or cue.aspectual
                else self.infinitive(verb, cue)
            )
            or self.addressed_infinitive(verb, cue)
            or self.gerund_object(verb, cue)
            or self.infinitive_after_a_mistagged_cue(verb)
            or self.reflexive_attribute(verb, cue)
            or self.predicated_object(verb, cue, subject)
            or self.nominal_object(
                verb,
                quoted_only=not (
                    cue.takes_object and subject is not None and is_person_or_body(subject)
                ),
                cue_end=cue.end_token,
            )
            or self.prepositional_object(verb, cue)
        )
        method = None
        if content is not None:
            method, span = content
            if (
                method == ExtractionRule.OBJECT
                and cue.negated
                and not cue.open_when_negated
                and self.grammar.negated_object_says_nothing
            ):
                return None  # "ne confirme pas ce chiffre": nothing said; "n'exclut pas" is
        else:
            colon = self.colon_text(last)
            if colon is None:
                return None
            method, span = ExtractionRule.COLON_TEXT, colon
        if span[1] - span[0] < 2:
            return None
        if self.grammar.complement_cut_by_quotation and self.cut_from_a_quotation(cue, span):
            return None
        if method == ExtractionRule.INFINITIVE and self.declines_to_speak(cue, span):
            return None
        if subject is None:
            # "Et de promettre de « … »": the speaker the text follows, linked as a
            # floating quotation is; a quotation alone ("Et d'ajouter « … »") is the
            # quotation rules'.
            if any(
                q.start <= span[0]
                and span[1] <= q.end
                and not self.text[cue.span[1] : q.start].strip(" :")
                for q in self.quotes
            ):
                return None
            return self.found(span, ExtractionRule.FLOATING, cue, None)
        mention = mention_span(subject)
        if mention[0] < cue.span[0] < mention[1]:
            # The parser hung the cue on its subject ("La ministre juge que").
            mention = trim_span(self.text, mention[0], cue.span[0])
        return self.found(span, method, cue, mention)

    def subject_by_position(self, cue: Cue, verb: Token) -> Token | None:
        """The name a finite cue has by its place when the parse gives it no subject ("…,
        Paul Roy (PS) a fustigé …", "M. Roy, d'un ton sec, a répondu que …"): only for a
        verb that is no infinitive, bare participle or passive, and a person or a body."""
        if verb.morph.get("VerbForm") not in (["Fin"], ["Part"]) or (
            "Part" in verb.morph.get("VerbForm")
            and not any(c.dep_.startswith("aux") for c in verb.children)
        ):
            return None
        if any(c.dep_ in self.grammar.passive_labels for c in verb.children):
            return None  # "L'Occident est-il condamné à …": the one it befalls
        name = self.name_by_position(cue)
        if name is None or name.idx >= cue.span[0] or not is_person_or_body(name):
            return None
        return name

    def opens_on_a_comparative(self, cue: Cue, verb: Token) -> bool:
        """ "…, comme le lui a demandé l'Assemblée générale": a cue after a comparative of
        ``incise_comparatives`` and its clitics is an incise whose subject follows it; the
        noun after it is no object, when the postposed rule did not take it, nothing is."""
        first = self.token_at(cue.span[0])
        clitics = self.grammar.incise_object_clitics | self.grammar.definite_determiners
        for mark in verb.children:
            if mark.lower_ in self.grammar.incise_comparatives and mark.i < first.i:
                between = [t for t in self.doc[mark.i + 1 : first.i] if not t.is_space]
                if all(t.lower_ in clitics for t in between):
                    return True  # "comme le lui a demandé", "comme l'a dit"; not "comme il l'a"
        return False

    def only_foreseen(self, verb: Token) -> bool:
        """ "Le parquet devrait demander un nouveau procès", "La ministre doit annoncer …": a
        cue in the infinitive under a finite modal of ``prediction_modals`` tells what may or
        will be said, not what was said; "a dû reconnaître que …" (the modal a participle)
        was said."""
        head = verb.head
        return (
            head.i != verb.i
            and "Inf" in verb.morph.get("VerbForm")
            and head.lemma_.lower() in self.grammar.prediction_modals
            and "Fin" in head.morph.get("VerbForm")
        )

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
        for opener in doc:
            if opener.lower_ not in self.grammar.cleft_pronouns:
                continue
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

    def participle_after_a_quotation(self, verb: Token) -> bool:
        """ "« … », expliquant que les prix baisseront": a present participle right after a
        quotation and its comma reports for the one quoted, who is named before."""
        if not self.grammar.participle_after_quotation:
            return False
        if not ("Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")):
            return False
        return any(
            q.end <= verb.idx and self.text[q.end : verb.idx].strip() == "," for q in self.quotes
        )

    def report_coordinated_with(self, verb: Token) -> Token | None:
        """ "La Couronne conclut que le préjudice est hypothétique et invite le juge à …":
        a finite cue with no subject of its own that the parser hung on the verb of an
        earlier cue's complement, in the same tense, mood, person and number as that cue,
        is a second report of the same speaker; that earlier cue's verb, or None."""
        if not self.grammar.coordinated_cue_reports:
            return None
        if verb.dep_ != "conj" or "Fin" not in verb.morph.get("VerbForm"):
            return None
        if any(c.dep_ in self.grammar.subject_labels for c in verb.children):
            return None
        head = verb.head
        s_start, _ = self.written_sentence(verb.i)
        for cue in self.cues:
            main = self.doc[cue.token]
            if cue.kind != "verb" or not s_start <= main.i < head.i or main.i == head.i:
                continue
            if not main.is_ancestor(head) or subject_of(main) is None:
                continue
            if all(
                main.morph.get(f) == verb.morph.get(f)
                for f in ("Tense", "Mood", "Person", "Number")
            ):
                return main
        return None

    def writers_aside(self, verb: Token) -> bool:
        """ "Il faut dire que …", "Il convient de rappeler que …": a cue in the infinitive
        under an impersonal verb of ``impersonal_modals`` (its subject the expletive
        pronoun) is the writer's own aside, no one is reported."""
        head = verb.head
        return (
            head.i != verb.i
            and "Inf" in verb.morph.get("VerbForm")
            and head.lemma_.lower() in self.grammar.impersonal_modals
            and any(
                c.dep_ in self.grammar.subject_labels and c.lower_ == "il" for c in head.children
            )
        )

    def under_a_condition(self, verb: Token) -> bool:
        """ "Si le tribunal rejette sa requête, elle fera appel": a cue in a clause of
        condition (``condition_marks``) whose main clause is in the future or the
        conditional supposes words, it does not report them; with a main clause in the
        present or the past the clause contrasts ("Si X assure apprendre …, il continue …")
        and reports."""
        if not any(
            c.dep_ == "mark" and c.lower_ in self.grammar.condition_marks and c.i < verb.i
            for c in verb.children
        ):
            return False
        main = verb.head
        verbs = [main, *(c for c in main.children if c.dep_ in self.grammar.auxiliary_labels)]
        return main.i != verb.i and any(
            "Fut" in v.morph.get("Tense") or "Cnd" in v.morph.get("Mood") for v in verbs
        )

    def after_an_opening_participle(self, verb: Token) -> tuple[int, Token] | None:
        """For a present participle that opens its sentence ("Disant …, le maire assure"),
        the comma that ends its phrase and the subject of the main clause after it."""
        if not ("Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")):
            return None
        s_start, s_end = self.written_sentence(verb.i)
        opening = [t for t in self.doc[s_start : verb.i] if not (t.is_space or t.is_punct)]
        if opening and not all(t.pos_ in {"CCONJ", "ADV"} for t in opening):
            return None
        return self.main_clause_subject(verb.i, s_end)

    def opening_participle(
        self, cue: Cue, verb: Token, comma: int, subject: Token
    ) -> FoundStatement | None:
        """ "Disant recevoir des lettres chaque semaine, le maire assure …", "Estimant que la
        réforme était mal préparée, la sénatrice a voté contre": a present participle that
        opens its sentence reports for the subject of the main clause after the comma.

        The complement runs from the participle to that comma: a "que" clause or an
        infinitive (the parser often hangs the participle on its own complement).
        """
        doc = self.doc
        first = doc[cue.end_token + 1] if cue.end_token >= verb.i else doc[verb.i + 1]
        if first.lower_ in self.grammar.complementizers:
            method = ExtractionRule.QUE
            first = doc[first.i + 1]
        elif any(
            opens_an_infinitive(doc, first.i + skip, self.grammar)
            for skip, words in (
                (0, None),
                (1, self.grammar.infinitive_marks),  # "Promettant de …"
                (1, self.grammar.reflexive_pronouns),  # "Disant se faire …"
            )
            if words is None or first.lower_ in words
        ):
            method = ExtractionRule.INFINITIVE
        else:
            return None
        if first.i >= comma:
            return None
        span = self.span_of(first, doc[comma - 1])
        return self.found(span, method, cue, mention_span(subject))

    def main_clause_subject(self, start: int, end: int) -> tuple[int, Token] | None:
        """After an opening participial phrase: the first comma (outside quotation marks)
        followed by the subject of a later verb, a person or body, and that subject. The
        parser's tree is no help here: it often makes the participle the root."""
        doc = self.doc
        for k in range(start + 2, end - 1):
            if doc[k].text != "," or self.in_quote(doc[k].idx):
                continue
            for t in doc[k + 1 : end]:
                if t.dep_ in self.grammar.subject_labels and t.left_edge.i in {k, k + 1}:
                    if t.head.i > t.i and t.head.pos_ in {"VERB", "AUX"} and (is_person_or_body(t)):
                        return k, t
                    break
                if t.i > k + 8:
                    break
        return None

    def cut_from_a_quotation(self, cue: Cue, span: Span) -> bool:
        """'The governor quipped, "Let's stick to … . Please ask …"': a complement that opens
        a quotation after the cue and stops inside it, or at its closing mark when a comma or
        a colon announces it, is the quotation itself: the quotation rules take the whole (a
        language with bare clauses, where a parse makes the quotation the cue's complement)."""
        return any(
            cue.span[1] <= q.start <= span[0] <= q.inner_start + 1
            and (q.end > span[1] + 1 or (span[1] <= q.end and self.announced(cue, q.start)))
            for q in self.quotes
        )

    def announced(self, cue: Cue, start: int) -> bool:
        """Whether only a quote introducer (``Grammar.quote_introducers``: 'quipped, "…"')
        stands between the cue and a quotation opening at ``start``."""
        return self.text[cue.span[1] : start].strip() in self.grammar.quote_introducers

    def opens_on_a_narrative_infinitive(self, cue: Cue, verb: Token) -> bool:
        """ "Et de promettre de « … »": a sentence that opens on a cue in the infinitive after
        *de* (``narrative_infinitive_markers``), with at most a conjunction before it,
        reports the speaker the text is following."""
        if "Inf" not in verb.morph.get("VerbForm") or verb.i == 0:
            return False
        mark = self.doc[verb.i - 1]
        if mark.lower_ not in self.grammar.narrative_infinitive_markers:
            return False
        start, _ = self.written_sentence(verb.i)
        before = [t for t in self.doc[start : mark.i] if not t.is_space]
        return len(before) <= 1 and all(t.pos_ == "CCONJ" for t in before)

    def declines_to_speak(self, cue: Cue, span: Span) -> bool:
        """ "X n'a pas souhaité répondre", "X ne veut pas commenter": no statement.

        The infinitive is a verb of speaking from the lexicon (``silence``) and the cue is
        negated. A negative cue is kept: "X a refusé d'y répondre de façon spécifique"
        says something about the question (the real-news gold annotates it); a cue the
        lexicon marks as a refusal (``refusal``: "refused to comment") is silence itself.
        """
        if not (cue.negated or cue.refusal):
            return False
        first = self.token_at(span[0])
        verb = first.head if first.lower_ in self.grammar.infinitive_marks else first
        return verb.lemma_.lower() in self.silence or first.lemma_.lower() in self.silence

    def postposed(self, cue: Cue, verb: Token, last: Token) -> FoundStatement | None:
        """ "Le musée rendra les masques, a annoncé sa directrice." -- the cue after the words.

        The verb has no complement of its own and its subject follows it, glued ("…,
        a-t-il ajouté") or as a noun phrase; what comes after that subject in the sentence
        is no new clause of its own, only adjuncts ("à l'AFP", "sous couvert de
        l'anonymat"), a relative clause on the subject, or anything after a comma.
        """
        if (
            not cue.incise
            or self.que_clause(verb, last)
            or self.bare_clause(verb, last)
            or self.infinitive(verb)
        ):
            return None
        if "subject_first" in self.grammar.incise_orders:
            after_subject = self.postposed_subject_first(cue, verb, last)
            if after_subject is not None:
                return after_subject
        if "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense"):
            return None  # "…, confirmant une information": a participle, not an incise
        if any(c.dep_ in self.grammar.passive_labels for c in verb.children):
            return None  # '"Blue Harbour," the novel, was written by X': no words reported
        doc = self.doc
        first = self.token_at(cue.span[0])
        if self.participle_inside_a_clause(verb, first):
            return None  # "l'appel, lancé par la Suisse, était …": no incise
        if not cue.intention_infinitive:  # "…, comme le souhaitait X": a wish fulfilled
            first = self.comparative_opening(first, verb)
        if first.i == 0 or doc[first.i - 1].text != ",":
            return None
        s_start, _ = self.written_sentence(verb.i)  # the parser may break at "… matin, ont"
        before = [t for t in doc[s_start : first.i - 1] if not t.is_space]
        if first.lower_ in self.grammar.incise_comparatives and any(
            t.i in self.cue_at and self.cue_at[t.i].kind == "verb" for t in before
        ):
            return None  # "X a nié …, comme l'ont rapporté des médias": whose words is unclear
        colons = [k for k, t in enumerate(before) if t.text == ":" and not self.in_quote(t.idx)]
        if colons:
            before = before[colons[-1] + 1 :]  # "Canicule : la vague va …, prévient X"
        own_subjects = [
            c for c in verb.children if c.dep_ in self.grammar.subject_labels and c.i < verb.i
        ]
        if any(t.pos_ == "SCONJ" and t.i < s.i for t in before for s in own_subjects):
            return None  # "…, lorsque X, Y, avait qualifié …": a clause with its own subject
        if len(before) < 4:
            return None
        if before[0].text in self.marks.all and not self.words_after_opening_quotation(before):
            return None  # "« … », a dit X" is the incise rule's
        if before[-1].text in self.marks.all and self.in_quote(before[0].idx):
            return None
        quoted = self.has_quote(self.span_of(before[0], before[-1]))
        if not quoted and not any(self.finite_of_a_clause_before(t, verb) for t in before):
            return None  # no clause of its own ("X, qui porte le projet, a déploré …")
        if before[0].i in self.cue_at:
            return None  # "Selon X, …" already attributes these words
        subject = self.inverted_subject(verb)
        if subject is None:
            return None
        if (
            own_subjects
            and "subject_first" in self.grammar.incise_orders
            and subject.head.i == verb.i
            and subject.dep_ in self.grammar.object_labels
        ):
            return None  # '"…," X, director of …, told reporters': the object is addressed
        glued = subject.text.startswith("-")
        if subject.i < verb.i and not glued:
            return None
        mention = mention_span(subject)
        after = max(self.token_at(mention[1] - 1).i, last.i, subject.i) + 1
        if not self.only_adjuncts_after_subject(verb, after):
            return None
        span = self.span_of(before[0], before[-1])
        return self.found(span, ExtractionRule.POSTPOSED, cue, mention)

    def participle_inside_a_clause(self, verb: Token, first: Token) -> bool:
        """ "L'appel à la trêve, lancé par la Suisse, était une avancée": a bare participle
        with its agent, on a noun whose own clause goes on after it, describes that noun;
        after a clause ("…, a dit X, cité par l'AFP") it may still report."""
        noun = verb.head
        return (
            first.i == verb.i
            and any(c.dep_ in self.grammar.agent_labels for c in verb.children)
            and noun.i < verb.i < noun.head.i
        )

    def finite_of_a_clause_before(self, token: Token, verb: Token) -> bool:
        """A finite verb that makes the words before an incise a clause of their own: not one
        of a relative clause, also when it is the relative's auxiliary ("la procureure, qui
        avait souligné …, avait réclamé …"), nor the cue's own auxiliary set apart by an
        incidental ("Ses avocats ont, par conséquent, plaidé …")."""
        if "Fin" not in token.morph.get("VerbForm"):
            return False
        head = token.head if token.dep_ in self.grammar.auxiliary_labels else token
        return head.i != verb.i and not _relative(head)

    def words_after_opening_quotation(self, before: list[Token]) -> bool:
        """ "« Des opérations sont en cours » en Belgique, a indiqué la police": words of
        narration after the quotation that opens the sentence, so that the report holds the
        quotation and more (mixed), which the incise rule, right after the marks, leaves."""
        quote = next((q for q in self.quotes if q.start == before[0].idx), None)
        return quote is not None and any(
            t.idx >= quote.end and not (t.is_punct or t.is_space) for t in before
        )

    def postposed_subject_first(self, cue: Cue, verb: Token, last: Token) -> FoundStatement | None:
        """ "The plan will fail, the mayor said on Monday." -- the cue after the words, its
        subject before it (``incise_orders``: "subject_first").

        Between the comma and the cue only the verb's subject phrase; before the comma a
        clause of its own (a finite verb) or a quotation; after the cue only adjuncts or the
        one addressed ("told reporters").
        """
        doc = self.doc
        if "Part" in verb.morph.get("VerbForm") or "Ger" in verb.morph.get("VerbForm"):
            return None  # "…, the mayor saying …": a participle, not an incise
        # The nearest subject: the parse may hang the clause's own subject on the cue too
        # ("The dockers soured on the levy, Pell said", "soured" read as a participle).
        subject = max(
            (c for c in verb.children if c.dep_ in self.grammar.subject_labels and c.i < verb.i),
            key=lambda c: c.i,
            default=None,
        )
        if subject is None or not is_source(subject):
            return None
        first = subject.left_edge
        if first.i == 0 or doc[first.i - 1].text != ",":
            return None
        cue_start = self.token_at(cue.span[0]).i
        for t in doc[subject.right_edge.i + 1 : cue_start]:
            if not (t.is_punct or t.is_space or (t.pos_ == "ADV" and t.head.i == verb.i)):
                return None  # "…, Pell now says": an adverb of the cue may come between
        s_start, _ = self.written_sentence(verb.i)
        before = [t for t in doc[s_start : first.i - 1] if not t.is_space]
        colons = [k for k, t in enumerate(before) if t.text == ":" and not self.in_quote(t.idx)]
        if colons:
            before = before[colons[-1] + 1 :]
        if before and all(t.pos_ in {"CCONJ", "ADV", "PUNCT"} for t in before):
            return self.parenthetical(cue, verb, last, subject)
        if self.opens_on_a_question_asked(before, verb):
            return None  # "But asked whether the party will abstain, Pell responded: …"
        if (
            before
            and before[0].text not in self.marks.all
            and before[0].i not in self.cue_at
            and (
                not any(
                    self.clause_verb_before(t, verb)
                    and t.dep_ not in self.grammar.relative_clause_labels
                    for t in before
                )
                or self.clause_cut_open(before)
            )
        ):
            # "The plan, Venn said, will fail", "To win the seat, aides said, the party must …"
            return self.parenthetical(cue, verb, last, subject, before)
        if len(before) < 3 or before[0].text in self.marks.all:
            return None  # '"…," the mayor said' is the incise rule's; "Sales were great" is
            # the shortest clause (its verb is checked below)
        if before[0].i in self.cue_at:
            return None  # "According to X, …" already attributes these words
        quoted = self.has_quote(self.span_of(before[0], before[-1]))
        if not quoted and not any(
            self.clause_verb_before(t, verb) and not (t.head.i == verb.i and self._subordinate(t))
            for t in before
        ):
            return None  # "Minutes after the vote began, the chairman announced …": a time
        if not self.only_adjuncts_after_subject(verb, last.i + 1, objects=True):
            return None
        span = self.span_of(before[0], before[-1])
        return self.found(span, ExtractionRule.POSTPOSED, cue, mention_span(subject))

    def opens_on_a_question_asked(self, before: list[Token], verb: Token) -> bool:
        """ "Asked whether the party will abstain, Pell said …": a verb with no subject
        opening the sentence (after a conjunction) and hung on the cue is a participle
        phrase (the tagger may read "asked" as a past tense): it puts the question or the
        circumstance, not the words."""
        words = [t for t in before if not (t.is_punct or t.pos_ == "CCONJ")]
        return bool(words) and (
            words[0].pos_ == "VERB"
            and words[0].head.i == verb.i
            and not any(c.dep_ in self.grammar.subject_labels for c in words[0].children)
        )

    def clause_verb_before(self, token: Token, verb: Token) -> bool:
        """A verb that makes the words before a postposed cue a clause: a finite one, or a
        past tense the tagger read as a participle ("The family soured on the levy, the
        Post reported") that the parse makes the cue's complement, with its own subject."""
        if "Fin" in token.morph.get("VerbForm"):
            return True
        return (
            token.head.i == verb.i
            and token.dep_ in self.grammar.bare_clause_labels
            and token.tag_ not in self.grammar.gerund_tags
            and any(c.dep_ in self.grammar.subject_labels for c in token.children)
        )

    def parenthetical(
        self, cue: Cue, verb: Token, last: Token, subject: Token, before: list[Token] | None = None
    ) -> FoundStatement | None:
        """ "However, officials said, the talks stalled on Monday.": the cue set off by commas
        after a sentence opener; the words are the clause after it, to the sentence end.

        Words ``before`` the cue with no verb of their own open the same clause: its
        subject ("The plan, Venn said, will fail") is part of the words, which then run
        over the cue, as the French incise does; so do a subject and its verb alone ("It
        was, he said, one of his failures"); an adjunct ("To win the seat, aides said, the
        party must …") is left out, as "However" is."""
        doc = self.doc
        _, s_end = self.written_sentence(verb.i)
        k = last.i + 1
        while k < s_end and doc[k].text != "," and doc[k].head.i == verb.i:
            k += 1  # "said on Monday,"
        if k >= s_end or doc[k].text != ",":
            return None
        after = [t for t in doc[k + 1 : s_end] if not t.is_space]
        if len(after) < 4 or after[0].text in self.marks.all:
            return None
        cut_open = bool(before) and self.clause_cut_open(before)
        if not cut_open and not any("Fin" in t.morph.get("VerbForm") for t in after):
            return None  # "It was, he said, one of …": the verb came before the cue
        opening = after[0]
        if before and (cut_open or self.opens_with_the_subject(before)):
            opening = before[0]
        span = self.span_of(opening, after[-1])
        return self.found(span, ExtractionRule.POSTPOSED, cue, mention_span(subject))

    def clause_cut_open(self, before: list[Token]) -> bool:
        """ "It was, he said, one of his failures": a subject and its verb alone before the
        cue (a pronoun or a name and a copula or auxiliary), the clause goes on after it."""
        words = [t for t in before if not t.is_punct]
        return (
            len(words) == 2
            and words[0].dep_ in self.grammar.subject_labels
            and words[0].pos_ in {"PRON", "PROPN", "NOUN"}
            and words[1].pos_ == "AUX"
            and words[0].head.i == words[1].i
        )

    def opens_with_the_subject(self, before: list[Token]) -> bool:
        """ "The plan, Venn said, will fail": the words before the cue are one noun phrase
        the parse makes a subject, not an adjunct ("In the end", "To win the seat")."""
        inside = range(before[0].i, before[-1].i + 1)
        heads = [t for t in before if t.head.i not in inside and not t.is_punct]
        return len(heads) == 1 and (
            heads[0].dep_ in self.grammar.subject_labels
            and heads[0].pos_ in {"NOUN", "PROPN", "PRON"}
        )

    def comparative_opening(self, first: Token, verb: Token) -> Token:
        """ "…, comme le rappelle le parquet": the report opens at *comme* (a word of the
        language's ``incise_comparatives``), over the clitic that stands for the clause."""
        doc = self.doc
        k = first.i - 1
        while k > 0 and doc[k].pos_ == "PRON" and doc[k].head.i == verb.i:
            k -= 1
        if k > 0 and doc[k].lower_ in self.grammar.incise_comparatives:
            return doc[k]
        return first

    def incise_inside_a_sentence(self, cue: Cue, verb: Token, last: Token) -> FoundStatement | None:
        """ "En outre, a-t-elle relevé, la commune a …", "les écoles qui, dit-elle, font …":
        an incise with a glued pronoun set off by commas inside a sentence of narration.

        The content is what follows the incise to the end of the sentence; it starts at the
        sentence's start when the words before the incise are that clause's subject ("Le
        projet, a-t-il dit, sera …"). Words before it that make a clause of their own are the
        postposed rule's.
        """
        if not cue.incise:
            return None
        doc = self.doc
        pronoun = inverted_pronoun(verb, last)
        first = self.token_at(cue.span[0])
        if pronoun is None or not pronoun.text.startswith("-") or first.i == 0:
            return None
        close = max(pronoun.i, last.i) + 1
        if doc[first.i - 1].text != "," or close >= len(doc) or doc[close].text != ",":
            return None
        s_start, s_end = self.written_sentence(verb.i)
        before = [t for t in doc[s_start : first.i - 1] if not t.is_space]
        after = [t for t in doc[close + 1 : s_end] if not t.is_space]
        if len(after) < 3 or not any("Fin" in t.morph.get("VerbForm") for t in after):
            return None
        opening = after[0]
        if before and before[-1].lower_ in self.grammar.relative_subjects:
            pass  # "les écoles qui, dit-elle, font …": the relative clause's own words
        elif any("Fin" in t.morph.get("VerbForm") for t in before):
            return None
        elif before and before[0].pos_ != "ADP" and self.is_a_bare_noun_phrase(before):
            opening = before[0]  # "Le projet, a-t-il dit, sera présenté": the subject too
        end = self.complement_end(after[-1].i, after[0].i, s_end)
        span = self.span_of(opening, doc[end], keep_final=doc[end].text in self.marks.all)
        return self.found(span, ExtractionRule.POSTPOSED, cue, mention_span(pronoun))

    def is_a_bare_noun_phrase(self, tokens: list[Token]) -> bool:
        """Words that name something with no preposition: a subject, not an adverbial."""
        return any(
            t.pos_ in {"NOUN", "PROPN"} and not any(c.dep_ == "case" for c in t.children)
            for t in tokens
        ) and not any(t.pos_ == "ADV" and t.dep_.startswith("obl") for t in tokens)

    def only_adjuncts_after_subject(self, verb: Token, start: int, objects: bool = False) -> bool:
        """Up to a comma or the end of the written sentence from token ``start``: no object
        of the cue and no finite verb outside a relative clause ("…, a dit le maire qui
        a ajouté …" keeps the incise; "…, dit le texte, et la séance reprend" too).
        With ``objects``, an object is the one addressed ("…, she told reporters")."""
        doc = self.doc
        _, end = self.written_sentence(verb.i)
        for t in doc[start:end]:
            if t.text in {",", ";", ":"} or t.text in self.grammar.sentence_ends:
                return True
            if self.grammar.dash_ends_complement and t.text in DASHES:
                return True  # "…, aides believe — backers she will need": an aside follows
            if t.head.i == verb.i and t.dep_ in self.grammar.object_labels and not objects:
                return False
            if "Fin" in t.morph.get("VerbForm") and not self._in_relative_clause(t, verb):
                return False
        return True

    def _in_relative_clause(self, token: Token, stop: Token) -> bool:
        """Whether ``token`` hangs, below ``stop``, from a relative clause."""
        seen = 0
        while token.i != stop.i and token.head.i != token.i and seen < 20:
            if token.dep_.startswith("acl"):
                return True
            token = token.head
            seen += 1
        return False

    def que_clause(self, verb: Token, last: Token) -> tuple[str, Span] | None:
        doc = self.doc
        _, s_end = sentence_bounds(doc, verb)
        # The clause's own "que", found through the parse first, then by position.
        for child in verb.children:
            if child.dep_ in self.clause_labels and child.i > verb.i:
                marks = [
                    m
                    for m in child.children
                    if m.lower_ in self.grammar.complementizers and m.i < child.i
                ]
                if marks and marks[0].i > last.i and self._only_adjuncts(last.i + 1, marks[0].i):
                    return ExtractionRule.QUE, self.clause_span(verb, marks[0], child, s_end)
        for k in range(last.i + 1, min(s_end, last.i + 12)):
            t = doc[k]
            if t.lower_ in self.grammar.complementizers and t.pos_ in {"SCONJ", "PRON"}:
                if k + 1 >= s_end:
                    return None  # "Il a dit que" ending the text: nothing is reported
                if t.dep_ in self.grammar.compound_mark_labels:
                    return None  # "…, alors que la région s'inquiète": a conjunction's "que"
                if self.relative_object(t):
                    return None  # "réagit dans un entretien qu'elle accorde à …"
                if not self._only_adjuncts(last.i + 1, k):
                    return None
                between = doc[last.i + 1 : k]
                if any(
                    b.dep_ in self.grammar.object_labels
                    or b.text in self.marks.all
                    or (b.lower_ in self.grammar.comparative_adverbs and b.head.pos_ == "ADJ")
                    for b in between
                ):
                    return None  # "des chiffres meilleurs que prévu": a comparison
                if self.grammar.subject_before_complementizer and any(
                    b.dep_ in self.grammar.subject_labels for b in between
                ):
                    return None  # "said previous forecasts that …": the bare clause's
                head = t.head if t.head.i > t.i else doc[min(k + 1, s_end - 1)]
                return ExtractionRule.QUE, self.clause_span(verb, t, head, s_end)
            if t.text in self.grammar.sentence_ends or (
                k in self.cue_at and self.cue_at[k].kind == "verb"
            ):
                return None
        return None

    def relative_object(self, pronoun: Token) -> bool:
        """ "dans un entretien qu'elle accorde à la RTS": the parse makes the pronoun the
        object of a relative clause on the noun right before it, not a complementizer."""
        clause = pronoun.head
        noun = clause.head
        return (
            pronoun.pos_ == "PRON"
            and pronoun.dep_ in self.grammar.object_labels
            and clause.dep_.startswith("acl")
            and noun.pos_ == "NOUN"
            and noun.i == pronoun.i - 1
            # "a indiqué via un communiqué qu'il comptait porter plainte": a verb with a
            # complement clause of its own is the reported clause the parse misread
            and not any(c.dep_ in {"xcomp", "ccomp"} for c in clause.children)
        )

    def bare_clause(self, verb: Token, last: Token) -> tuple[str, Span] | None:
        """ "X said the plan had failed": a reported clause with no complementizer.

        Only in a language whose parser labels such a clause (``bare_clause_labels``); the
        clause has its own subject and follows the cue with nothing but adjuncts between.
        """
        if not self.grammar.bare_clause_labels:
            return None
        doc = self.doc
        # a cue of several words hangs its clause on its last word: "is convinced the …"
        heads = (verb,) if last.i == verb.i else (verb, last)
        for child in (c for head in heads for c in head.children):
            if child.dep_ not in self.grammar.bare_clause_labels or child.i <= last.i:
                continue
            if not any(c.dep_ in self.grammar.subject_labels for c in child.children):
                continue
            if child.pos_ not in {"VERB", "AUX"} and not any(
                c.pos_ == "AUX" for c in child.children
            ):
                continue  # "found it hard to sleep", "found himself alone": no clause told
            if any(
                c.dep_ == "mark" and c.lower_ not in self.grammar.complementizers
                for c in child.children
                if c.i < child.i
            ):
                continue  # "did not say whether …", "said before the vote began"
            first = child.left_edge
            if first.i <= last.i and first.lower_ in self.grammar.relative_subjects:
                # "payments that X said were made …": the relative pronoun before the cue is
                # the clause's subject; the words start after the cue.
                first = next((t for t in child.subtree if t.i > last.i), child)
            if first.i <= last.i or not self._only_adjuncts(last.i + 1, first.i):
                continue
            if any(last.idx < q.start <= first.idx for q in self.quotes):
                return None  # 'he said, "and …"': the quotation's own rule
            if first.lower_ in self.grammar.question_words:
                continue  # the indirect question's rule
            _, s_end = sentence_bounds(doc, verb)
            s_end = min(s_end, self.written_sentence(verb.i)[1])  # the parser may run on
            end = self.complement_end(max(t.i for t in child.subtree), first.i, s_end)
            keep = doc[end].text in self.marks.all
            return ExtractionRule.QUE, self.span_of(first, doc[end], keep_final=keep)
        return None

    def _only_adjuncts(self, start: int, end: int) -> bool:
        """Between a verb and its "que": adverbials, not another clause.

        An adjunct set off by commas may hold a verb that is not finite ("a annoncé, au
        sortir du conseil, que …"): it is an incidental phrase, not a clause of its own.
        """
        stretch = self.doc[start:end]
        incidental = len(stretch) > 2 and stretch[0].text == "," and stretch[-1].text == ","
        for t in stretch:
            if (
                incidental
                and "Fin" not in t.morph.get("VerbForm")
                and (t.pos_ == "VERB" or t.dep_ == "advcl")
            ):
                continue
            if t.pos_ in {"VERB"} and t.dep_ not in {"acl", "amod"}:
                return False
            if t.text in self.grammar.sentence_ends or t.text == ":":
                return False
        return True

    def indirect_question(self, verb: Token, last: Token) -> tuple[str, Span] | None:
        """ "X a expliqué pourquoi la ligne fermait": an indirect question is the content.

        The question word (``question_words`` of the language) opens a clause complement of
        the cue and stays in the content.
        """
        _, s_end = sentence_bounds(self.doc, verb)
        for child in verb.children:
            if (
                child.dep_ not in {"ccomp", "xcomp"} | self.grammar.object_labels
                or child.i <= last.i
            ):
                continue
            words = [
                w
                for w in child.children
                if w.lower_ in self.grammar.question_words and last.i < w.i < child.i
            ]
            if not words or not self._only_adjuncts(last.i + 1, words[0].i):
                continue
            end = self.complement_end(max(t.i for t in child.subtree), words[0].i, s_end)
            return ExtractionRule.QUE, self.span_of(words[0], self.doc[end])
        return None

    def clause_span(self, verb: Token, mark: Token, clause: Token, s_end: int) -> Span:
        """From after "que" to the end of the clause."""
        end = self.complement_end(max(t.i for t in clause.subtree), mark.i, s_end)
        return self.span_of(
            self.doc[mark.i + 1], self.doc[end], keep_final=self.doc[end].text in self.marks.all
        )

    def complement_end(self, end: int, start: int, s_end: int) -> int:
        """Where a reported complement ends.

        The parse often attaches the tail of a long clause to the reporting verb, so the
        complement runs on to the end of its sentence unless a boundary comes first: a
        semicolon or dash, a contrastive connective after a comma ("…, mais …"), an
        attribution ("…, selon lui"), or a new reporting clause with its own subject.
        """
        doc = self.doc
        end = min(end, s_end - 1)
        if self.grammar.dash_ends_complement:
            # "they had sex with X – payments that …": the parse may hang what follows a
            # dash inside the clause; the dash ends it all the same.
            dash = self._lone_dash(start + 1, end)
            if dash is not None:
                end = dash - 1
        colon = self.colon_before_a_quotation(start + 1, end)
        if colon is not None:
            end = colon - 1  # the parse hung the announced quotation on the clause
        else:
            k = end + 1
            while k < s_end and not self._is_boundary(k):
                k += 1
            end = max(end, k - 1)
        for j in range(start + 2, end + 1):
            cue = self.cue_at.get(j)
            if cue is None:
                continue
            if cue.kind == "verb":
                if self._shares_the_clause(doc[j], start):
                    continue
                subject = subject_of(doc[j])
                if subject is None:
                    main = self.report_coordinated_with(doc[j])
                    if main is None or main.i >= start:
                        continue
                    subject = subject_of(main)
                if self.grammar.subordinate_cue_in_complement and self._subordinate(doc[j]):
                    continue  # "… because he thought …": no new report, part of this one
            cut = self._coordination_start(start, j)
            if cut is None:
                continue
            if cue.kind == "verb" and subject.head.i == j and start < subject.i <= cut:
                continue  # "que l'actionnaire, le fonds X, s'était engagé à …": its own verb
            end = cut
            break
        end = self._extend_to_closing_quote(end, s_end, start)
        while end > start and (doc[end].is_space or doc[end].text in {",", ";", ".", ":"}):
            end -= 1
        return end

    def colon_before_a_quotation(self, start: int, end: int) -> int | None:
        """The first colon in tokens ``start..end``, outside quotation marks, that announces a
        quotation ("X estime que la ville avance : « Nous … »"): the reported clause ends
        there and the quotation after it is a statement of its own, not part of the clause."""
        doc = self.doc
        for k in range(start, end + 1):
            if doc[k].text != ":" or self.in_quote(doc[k].idx):
                continue
            if k > 0 and doc[k - 1].lower_ in self.grammar.complementizers:
                continue  # "fait remarquer que : « … »": the quotation is the clause itself
            after = self.text[doc[k].idx + 1 :]
            opening = doc[k].idx + 1 + len(after) - len(after.lstrip())
            if any(q.start == opening for q in self.quotes):
                return k
        return None

    def _lone_dash(self, start: int, end: int) -> int | None:
        """The first dash in tokens ``start..end`` that opens no aside closed by a second
        dash ("troops – including soldiers – sprayed …"), outside quotation marks."""
        dashes = [
            j
            for j in range(start, end + 1)
            if self.doc[j].text in DASHES and not self.in_quote(self.doc[j].idx)
        ]
        return dashes[0] if len(dashes) % 2 == 1 else None

    def _breaks_before(self, token: Token) -> bool:
        """A clause breaker that is no part of the content before it ("… before declaring")."""
        return token.lower_ in self.grammar.clause_breakers

    def _subordinate(self, verb: Token) -> bool:
        """A verb opening a subordinate clause ("because he thought", "as he denied"): its
        own mark is no complementizer of a report."""
        return verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ not in self.grammar.complementizers for c in verb.children
        )

    def _shares_the_clause(self, verb: Token, start: int) -> bool:
        """ "de s'être exprimé … et d'avoir suggéré …": an infinitive cue coordinated inside
        the complement, without a subject of its own, goes on with the same report."""
        if verb.dep_ != "conj" or not start <= verb.head.i < verb.i:
            return False
        infinitive = "Inf" in verb.morph.get("VerbForm") or any(
            a.dep_.startswith("aux") and "Inf" in a.morph.get("VerbForm") for a in verb.children
        )
        return infinitive and not any(c.dep_ in self.grammar.subject_labels for c in verb.children)

    def _is_boundary(self, k: int) -> bool:
        doc = self.doc
        t = doc[k]
        if t.text in {";", "—", "–"}:
            return True
        if t.text == ":" and self.colon_before_a_quotation(k, k) is not None:
            return True
        if t.text == "," and k + 1 < len(doc):
            nxt = doc[k + 1]
            after = doc[k + 2] if k + 2 < len(doc) else None
            if after is not None and after.lower_ in self.grammar.complementizers:
                return False  # "…, mais qu'il …": the same report goes on
            if nxt.lower_ in self.grammar.clause_breakers or (k + 1) in self.cue_at:
                return True
            if nxt.lower_ in self.grammar.incise_comparatives and any(
                j in self.cue_at and self.cue_at[j].kind == "verb" for j in range(k + 2, k + 5)
            ):
                return True  # "…, comme l'ont rapporté des journaux": an attribution
            if nxt.lower_ in self.grammar.gerund_openers and any(
                "Part" in d.morph.get("VerbForm") for d in doc[k + 2 : k + 4]
            ):
                return True  # "…, tout en rappelant que …": a new report by the same speaker
            if (k + 1) in self.cue_at or (
                "Part" in nxt.morph.get("VerbForm") and "Pres" in nxt.morph.get("Tense")
            ):
                return True  # "…, chiffrant les pertes à …": a new clause
        return False

    def _coordination_start(self, start: int, cue_token: int) -> int | None:
        """Before "…, mais il a souligné" or "… et la ministre a ajouté": the last content token."""
        doc = self.doc
        k = cue_token - 1
        steps = 0
        while k > start and steps < 8:
            t = doc[k]
            if t.lower_ in self.grammar.complementizers:
                return None  # "…, mais qu'elle demanderait …": the same report goes on
            if (
                t.pos_ == "CCONJ"
                or t.text in {",", ";"}
                or t.lower_ in self.grammar.clause_breakers
            ):
                while k > start and (
                    doc[k].pos_ == "CCONJ"
                    or doc[k].is_punct
                    or (self.grammar.breaker_ends_complement and self._breaks_before(doc[k]))
                ):
                    k -= 1
                return k
            if t.pos_ in {"VERB"} and k != cue_token:
                return None
            k -= 1
            steps += 1
        return None

    def _extend_to_closing_quote(self, end: int, s_end: int, start: int) -> int:
        """Keep a quote that the clause opens whole, up to its closing mark: in its sentence,
        or over the sentences of one paragraph ("dénonce « un amalgame … . Même si … »") when
        the complement opens it, since the parse ends a sentence inside the quotation."""
        doc = self.doc
        char = doc[end].idx
        for q in self.quotes:
            if q.start < char < q.end - 1:
                closing = self.token_at(q.end - 1)
                if closing.i < s_end + 1 or (
                    self.doc[start].idx <= q.start and self.quotation_goes_on_in_its_paragraph(q)
                ):
                    return max(end, closing.i)
        return end

    def quotation_goes_on_in_its_paragraph(self, quote: Quote) -> bool:
        """A quotation opened inside a written sentence ("dénonce « un … »") and closed in
        the same paragraph; not one that opens a sentence of its own after a full stop."""
        opening = self.token_at(quote.start).i
        return self.written_sentence(opening)[0] < opening and self.paragraph_of(
            quote.start
        ) == self.paragraph_of(quote.end - 1)

    def only_an_intention(self, cue: Cue, verb: Token) -> bool:
        """ "L'avocat souhaite porter plainte": a wish verb (``intention_infinitive``) with an
        infinitive states the subject's intention, not words; in the conditional of hearsay
        ("la ministre souhaiterait aller plus loin") the writer reports a position."""
        return cue.intention_infinitive and "Cnd" not in verb.morph.get("Mood")

    def inside_a_cue_complement(self, verb: Token) -> bool:
        """ "X s'était engagé à reconnaître sa responsabilité": an infinitive cue with no
        subject of its own that is the complement of another cue is that cue's content,
        no report of its own."""
        if (
            "Inf" not in verb.morph.get("VerbForm")
            or verb.dep_
            not in {
                "xcomp",
                "ccomp",
            }
            | self.grammar.object_labels
        ):
            return False
        if any(c.dep_ in self.grammar.subject_labels for c in verb.children):
            return False
        head = self.cue_at.get(verb.head.i)
        return head is not None and head.kind == "verb" and not head.aspectual

    def infinitive(self, verb: Token, cue: Cue | None = None) -> tuple[str, Span] | None:
        """ "X a exclu de partir", "X assure n'avoir rien vu": an infinitive complement.

        After a cue of calling ("a encouragé les jeunes à agir", a mark among the cue's
        ``object_prepositions``) the ones called stay in the content, as they do after a
        noun ("a invité la population à la prudence")."""
        for child in verb.children:
            perfect = any(
                a.dep_.startswith("aux") and "Inf" in a.morph.get("VerbForm")
                for a in child.children
            )
            if child.i <= verb.i or not ("Inf" in child.morph.get("VerbForm") or perfect):
                continue
            if (
                child.dep_
                not in {"xcomp", "ccomp", "advcl", "obl:arg", "acl"} | self.grammar.object_labels
            ):
                continue
            marks = [
                m
                for m in child.children
                if m.lower_ in self.grammar.infinitive_marks and m.i < child.i
            ]
            if not marks:
                # A bare infinitive: "a démenti avoir …", "assure n'avoir « pas tremblé »".
                if child.dep_ not in {"xcomp", "ccomp"} | self.grammar.object_labels:
                    continue
                if any(c.dep_ in self.grammar.subject_labels for c in child.children):
                    continue  # "said the ship will leave": a clause of its own
                if any(
                    c.dep_ == "mark"
                    and c.i < child.i
                    and (cue is None or c.lower_ not in cue.object_prepositions)
                    for c in child.children
                ):
                    continue  # "a-t-il déclaré pour se dédouaner": a purpose, no content
                marks = [
                    min((t for t in child.lefts if t.i > verb.i), key=lambda t: t.i, default=child)
                ]
            if not self._only_adjuncts(verb.i + 1, marks[0].i):
                continue
            if any(c.token < child.i == c.end_token for c in self.cues if c.kind == "verb"):
                continue  # "en répliquant … fait remarquer que …": a cue of its own reports
            if self.purpose_after_the_object(verb, child, cue, marks[0]):
                continue
            if marks[0].i > 0 and (
                self.doc[marks[0].i - 1].lower_ in self.grammar.infinitive_subordinators
            ):
                continue  # "poursuit la manifestante avant d'énumérer": an adjunct of time
            _, s_end = sentence_bounds(self.doc, verb)
            end = self.complement_end(max(t.i for t in child.subtree), marks[0].i, s_end)
            first = marks[0]
            if cue is not None and first.lower_ in cue.object_prepositions:
                called = [
                    o.left_edge
                    for o in verb.children
                    if o.dep_ in self.grammar.object_labels
                    and max(verb.i, cue.end_token) < o.i < first.i
                ]
                first = called[0] if called else first
            return ExtractionRule.INFINITIVE, self.span_of(first, self.doc[end])
        return None

    def purpose_after_the_object(
        self, verb: Token, clause: Token, cue: Cue | None, mark: Token
    ) -> bool:
        """ "Workers blasted the rock to open a quarry": an infinitive adjunct after the
        verb's object tells what the act was for, not what was said
        (``Grammar.purpose_after_object``). A cue of calling keeps the infinitive its
        object is called to ("urged the council to act", ``object_prepositions``)."""
        if not self.grammar.purpose_after_object or clause.dep_ != "advcl":
            return False
        if cue is not None and mark.lower_ in cue.object_prepositions:
            return False
        cue_last = max(verb.i, cue.end_token) if cue is not None else verb.i
        return any(
            o.dep_ in self.grammar.object_labels and cue_last < o.i < clause.i
            for o in verb.children
        )  # a word of the cue itself ("mis en garde") is no object

    def gerund_object(self, verb: Token, cue: Cue) -> tuple[str, Span] | None:
        """ "X denied having met the developers", "admitted taking the money": after a cue
        that takes an object, a gerund (``Grammar.gerund_tags``, or its perfect "having")
        with no subject of its own is the content, from the gerund to the clause's end."""
        if not cue.takes_object or not self.grammar.gerund_tags:
            return None
        cue_last = max(verb.i, cue.end_token)
        for child in verb.children:
            if child.i <= cue_last or child.dep_ not in (
                {"xcomp", "ccomp"} | self.grammar.object_labels
            ):
                continue
            if any(c.dep_ in self.grammar.subject_labels for c in child.children):
                continue
            helpers = [
                c
                for c in child.children
                if c.i < child.i and c.tag_ in self.grammar.gerund_tags and c.pos_ == "AUX"
            ]
            if child.tag_ not in self.grammar.gerund_tags and not helpers:
                continue
            first = min([child, *helpers], key=lambda t: t.i)
            if first.i > 0 and self.doc[first.i - 1].dep_ == "neg":
                first = self.doc[first.i - 1]  # "denied not having paid"
            if not self._only_adjuncts(cue_last + 1, first.i):
                continue
            _, s_end = sentence_bounds(self.doc, verb)
            end = self.complement_end(max(t.i for t in child.subtree), first.i, s_end)
            return ExtractionRule.OBJECT, self.span_of(first, self.doc[end])
        return None

    def infinitive_after_a_mistagged_cue(self, verb: Token) -> tuple[str, Span] | None:
        """ "Le ministre dément avoir signé …" with *dément* tagged as an adjective: the
        parser hangs the infinitive elsewhere, so the complement is read by position, from
        the infinitive (or its negation) to the end of the clause."""
        doc = self.doc
        start = verb.i + 1
        if not (mistagged_cue_subject(verb) is not None or self.gerund(verb)):
            return None
        if not opens_an_infinitive(doc, start, self.grammar):
            return None
        _, s_end = sentence_bounds(doc, verb)
        end = self.complement_end(start, start, s_end)
        return ExtractionRule.INFINITIVE, self.span_of(doc[start], doc[end])

    def gerund(self, verb: Token) -> bool:
        """ "tout en répétant tabler sur …": a present participle after *en* (``gerund_openers``),
        which the parser often fuses with it and cuts from its bare infinitive."""
        return (
            verb.i > 0
            and "Part" in verb.morph.get("VerbForm")
            and "Pres" in verb.morph.get("Tense")
            and self.doc[verb.i - 1].lower_ in self.grammar.gerund_openers
        )

    def addressed_infinitive(self, verb: Token, cue: Cue) -> tuple[str, Span] | None:
        """ "X a reproché à Y d'avoir …", "X accuse Y de mentir", "X a déconseillé à Y de …".

        The parser hangs the infinitive on the one addressed, not on the verb. Only cues
        whose lexicon entry says so (``addressee_infinitive``) take it, so "a annoncé le
        projet de rénover la gare" stays an object.
        """
        if not cue.addressee_infinitive:
            return None
        for addressee in verb.children:
            if (
                addressee.i <= verb.i
                or addressee.dep_ not in {"obl:arg", "iobj"} | self.grammar.object_labels
            ):
                continue
            if not is_source(addressee, self.language):
                continue
            for clause in addressee.children:
                perfect = any(
                    a.dep_.startswith("aux") and "Inf" in a.morph.get("VerbForm")
                    for a in clause.children
                )
                if clause.dep_ != "acl" or not ("Inf" in clause.morph.get("VerbForm") or perfect):
                    continue
                marks = [
                    m
                    for m in clause.children
                    if m.lower_ in self.grammar.infinitive_marks and m.i < clause.i
                ]
                if not marks or not self._only_adjuncts(verb.i + 1, marks[0].i):
                    continue
                _, s_end = sentence_bounds(self.doc, verb)
                end = self.complement_end(max(t.i for t in clause.subtree), marks[0].i, s_end)
                return ExtractionRule.INFINITIVE, self.span_of(marks[0], self.doc[end])
        return None

    def reflexive_attribute(self, verb: Token, cue: Cue) -> tuple[str, Span] | None:
        """ "X s'est dit « prêt à discuter »", "X s'est montrée favorable à …": a stance.

        With a verb of saying (``reflexive_speech`` in the cue lexicon: "se dire") a bare
        adjective is the stated position too ("X s'est dite confiante"); with "se montrer" it
        is a manner ("s'est montré plus sévère").
        """
        says = cue.lemma in self.reflexive_speech
        if not any(
            c.lower_ in self.grammar.reflexive_pronouns for c in verb.children if c.i < verb.i
        ):
            return None
        for child in verb.children:
            # "s'est dit « ouvert à … »": a participle is an attribute too.
            participle = child.pos_ == "VERB" and (
                "Part" in child.morph.get("VerbForm") or (says and child.dep_ == "xcomp")
            )
            if (
                child.i > verb.i
                and (child.pos_ in {"ADJ", "NOUN"} or participle)
                and child.dep_ in _ATTRIBUTE_DEPS
            ):
                _, s_end = sentence_bounds(self.doc, verb)
                first = min(child.left_edge.i, child.i)
                if first > 0 and self.doc[first - 1].text in {"«", "“", '"'}:
                    first -= 1
                end = self.complement_end(max(t.i for t in child.subtree), first, s_end)
                for k in range(child.i, end):
                    if self.doc[k].text in self.grammar.sentence_ends and not self.in_quote(
                        self.doc[k].idx
                    ):
                        end = k - 1  # the attribute ends with its written sentence
                        break
                span = self.span_of(self.doc[first], self.doc[end], keep_final=True)
                if (
                    not says
                    and not self.has_quote(span)
                    and not any(
                        c.dep_ in {"obl:arg", "obl:mod", "xcomp", "nmod", "acl"}
                        for c in child.children
                    )
                    and not self.complement_hung_on_the_verb(verb, child)
                ):
                    return None  # "s'est montré plus sévère": a manner, not a stated position
                return ExtractionRule.ATTRIBUTE, span
        return None

    def complement_hung_on_the_verb(self, verb: Token, attribute: Token) -> bool:
        """ "X se montrait sceptique sur une réouverture": the attribute's complement, right
        after it, that the parser hung on the verb instead."""
        after = attribute.right_edge.i + 1
        return any(
            c.dep_.startswith("obl")
            and c.left_edge.i == after
            and c.pos_ in {"NOUN", "PROPN"}
            and c.left_edge.lower_ in self.grammar.attribute_topic_prepositions
            for c in verb.children
        )

    def _objects(self, verb: Token, cue_end: int = -1) -> list[Token]:
        """The verb's objects; "a dénoncé mercredi une « prise d'otage »" is often parsed with
        the object hanging on the day as an apposition, and "a mis en avant le travail" with
        the last word of the cue as the object's preposition."""
        found = []
        for child in verb.children:
            if verb.i < child.i <= cue_end:
                # a word of the cue itself: "état" in "faire état de"; the parse may hang
                # the object on it ("a pointé du doigt les retards …", no preposition)
                found.extend(
                    a
                    for a in child.children
                    if a.i > cue_end
                    and a.dep_ in {"nmod", "amod", "appos"} | self.grammar.object_labels
                    and a.pos_ in {"NOUN", "PROPN"}
                    and is_source(a)
                    and not any(c.dep_ == "case" for c in a.children)
                )
                continue
            after_cue = (
                child.dep_.startswith("obl")
                and child.i > cue_end > verb.i
                and any(c.dep_ == "case" and verb.i < c.i <= cue_end for c in child.children)
            )
            if (
                (child.dep_ in self.grammar.object_labels and is_source(child))
                or after_cue
                or self.object_after_an_incidental(verb, child)
            ):
                found.append(child)
            elif child.dep_ in self.grammar.object_labels or (
                child.dep_.startswith("obl") and not is_source(child)
            ):
                # "lundi" parsed as the object or as an adjunct with the object in apposition
                found.extend(
                    a
                    for a in child.children
                    if a.dep_ in {"appos", "nmod"} | self.grammar.object_labels
                    and a.i > child.i
                    and is_source(a)
                )
                if not found and not is_source(child):
                    # "ce dimanche 12 mai les accusations …": hung on the date's last word
                    found.extend(
                        a
                        for a in child.subtree
                        if a.dep_ == "nmod"
                        and a.head.i > child.i
                        and a.pos_ == "NOUN"
                        and is_source(a)
                        and any(d.dep_ == "det" and d.i < a.i for d in a.children)
                    )
        return sorted(found, key=lambda t: t.i)

    def object_after_an_incidental(self, verb: Token, child: Token) -> bool:
        """ "X a réfuté, ce dimanche, les accusations …": after a comma-set phrase between
        the verb and its object, the parser takes the object for an adjunct (``obl`` with no
        preposition). A determined noun right after the closing comma is the object."""
        if not child.dep_.startswith("obl") or child.i <= verb.i or not is_source(child):
            return False
        if child.pos_ != "NOUN" or any(c.dep_ == "case" for c in child.children):
            return False
        # The parser may hang the comma and the incidental phrase on the object itself.
        first = next((c for c in child.children if c.dep_ == "det" and c.i < child.i), None)
        if first is None or first.i < 2 or self.doc[first.i - 1].text != ",":
            return False
        between = self.doc[verb.i + 1 : first.i - 1]
        return any(t.text == "," for t in between) and not any(
            t.pos_ in {"VERB", "AUX"} or (t.text in self.marks.all and t.i > verb.i + 1)
            for t in between
        )

    def nominal_object(
        self, verb: Token, quoted_only: bool = False, cue_end: int = -1
    ) -> tuple[str, Span] | None:
        """The object noun phrase; with ``quoted_only``, only one that quotes the speaker
        ("a salué un engagement « historique »"). ``cue_end`` is the last token of a
        multi-word cue ("mettre en avant")."""
        predicated = self.object_with_predicate(verb, quoted_only, cue_end)
        if predicated is not None:
            return predicated
        for child in self._objects(verb, cue_end):
            if child.i > verb.i and child.pos_ in {"NOUN", "PROPN"}:
                if self.names_only_a_topic(child):
                    continue
                predicates = [
                    t
                    for p in verb.children
                    if p.dep_ in self.grammar.object_predicate_labels and p.i > child.i
                    for t in p.subtree
                ]  # "called the plan "a disgrace"": the object and what it is called
                right = max([child.right_edge, *predicates], key=lambda t: t.i)
                if quoted_only and not self.has_quote(
                    (child.left_edge.idx, right.idx + len(right))
                ):
                    continue
                _, s_end = sentence_bounds(self.doc, verb)
                tokens = [
                    t for t in [*child.subtree, *predicates] if max(verb.i, cue_end) < t.i < s_end
                ]
                first = min(t.i for t in tokens)
                # "a annoncé lundi la suspension": a time word is no part of the object.
                while (
                    first < child.i
                    and not is_source(self.doc[first])
                    and (self.doc[first].pos_ in {"NOUN", "ADV", "PUNCT"})
                ):
                    first += 1
                if first > 0 and self.doc[first - 1].text in {"«", "“", '"'}:
                    first -= 1  # keep the opening mark of a quoted object
                first = self.quotation_opened_before(max(verb.i, cue_end), first)
                last = self.complement_end(max(t.i for t in tokens), first, s_end)
                last = self.participle_on_the_object(verb, last, s_end)
                if last - first + 1 < self.min_object_words:
                    return None
                return ExtractionRule.OBJECT, self.span_of(self.doc[first], self.doc[last])
        return None

    def participle_on_the_object(self, verb: Token, last: int, s_end: int) -> int:
        """ "a demandé une réunion d'urgence, prévue vendredi à New York": a comma-set bare
        past participle right after the object describes it, as a relative clause would
        ("…, qui se tiendra vendredi"), though the parser hangs it on the cue; the object
        runs over it, and its day is the meeting's, not the statement's."""
        doc = self.doc
        if last + 2 >= s_end or doc[last + 1].text != ",":
            return last
        participle = doc[last + 2]
        if (
            participle.head.i != verb.i
            or "Part" not in participle.morph.get("VerbForm")
            or "Past" not in participle.morph.get("Tense")
            or any(
                c.dep_ in self.grammar.subject_labels or c.dep_ in self.grammar.auxiliary_labels
                for c in participle.children
            )
        ):
            return last
        return self.complement_end(max(t.i for t in participle.subtree), last + 2, s_end)

    def quotation_opened_before(self, cue_last: int, first: int) -> int:
        """ "ont scandé « à bas la dictature »": the parser may take a noun inside a quoted
        object for the object; a quotation that opens after the cue and runs over the
        object's first word is the object, from its opening mark."""
        start = self.doc[first].idx
        for quote in self.quotes:
            if self.doc[cue_last].idx < quote.start < start < quote.end:
                return self.token_at(quote.start).i
        return first

    def predicated_object(
        self, verb: Token, cue: Cue, subject: Token | None
    ) -> tuple[str, Span] | None:
        """ "Venn called the deal a fraud", "aides see the levy as a tax": a cue whose object
        counts only with its predicate (``predicate_object``) states both, unquoted, when
        a person or body says it."""
        if not cue.predicate_object or subject is None or not is_person_or_body(subject):
            return None
        return self.object_with_predicate(verb, False, cue.end_token)

    def object_with_predicate(
        self, verb: Token, quoted_only: bool, cue_end: int
    ) -> tuple[str, Span] | None:
        """'X called it "the worst offer in a decade"': an object, pronoun included, with a
        predicate of its own (``object_predicate_labels``) is the statement, both together."""
        if not self.grammar.object_predicate_labels:
            return None
        start = max(verb.i, cue_end)
        objects = [c for c in verb.children if c.dep_ in self.grammar.object_labels and c.i > start]
        predicates = [
            c
            for c in verb.children
            if objects
            and c.i > objects[0].i
            and (
                c.dep_ in self.grammar.object_predicate_labels
                # "described him as a builder": the predicate opens on a preposition
                or (
                    c.dep_ in self.grammar.preposition_labels
                    and c.lower_ in self.grammar.predicate_prepositions
                )
            )
        ]
        if not predicates:
            return None
        first, predicate = objects[0].left_edge, predicates[0]
        _, s_end = sentence_bounds(self.doc, verb)
        span_end = max(t.i for t in predicate.subtree)
        if quoted_only and not self.has_quote(self.span_of(first, self.doc[span_end])):
            return None
        if first.i > 0 and self.doc[first.i - 1].text in self.marks.openers:
            first = self.doc[first.i - 1]
        last = self.complement_end(span_end, first.i, s_end)
        return ExtractionRule.OBJECT, self.span_of(first, self.doc[last])

    def names_only_a_topic(self, noun: Token) -> bool:
        """ "X avait évoqué ce sujet": a topic noun (``topic_nouns`` of the cue lexicon) with
        nothing but a determiner says what was talked about, not what was said; "la question
        du financement" or a quoted object says more."""
        if noun.lemma_.lower() not in self.topic_nouns and noun.lower_ not in self.topic_nouns:
            return False
        return all(t.i == noun.i or t.dep_ == "det" for t in noun.subtree)

    def prepositional_object(self, verb: Token, cue: Cue) -> tuple[str, Span] | None:
        """ "X a appelé à un débrayage", "X a plaidé pour un grand emprunt": a call or a plea.

        Only for cues whose lexicon entry names such prepositions (``preposition_object``).
        """
        if not cue.object_prepositions:
            return None
        for child in verb.children:
            # "advcl": the parser's label when a quotation opens the phrase ("« à la … »")
            if child.i < verb.i or child.dep_ not in {"obl:arg", "obl:mod", "obl", "iobj", "advcl"}:
                continue
            if not self.introduced_by(child, cue.object_prepositions):
                continue
            if child.pos_ not in {"NOUN", "PROPN"}:
                continue
            _, s_end = sentence_bounds(self.doc, verb)
            first = min(c.i for c in child.children if c.dep_ == "case" and c.i < child.i)
            for obj in verb.children:  # "a appelé les riverains à …": who is called, too
                if (
                    obj.dep_ in self.grammar.object_labels
                    and max(verb.i, cue.end_token) < obj.i < first
                ):
                    first = obj.left_edge.i
            first = self.quotation_opened_before(max(verb.i, cue.end_token), first)
            # "à la retenue et à une trêve": the parser hangs the second call on the verb
            calls = [child] + [
                c
                for c in verb.children
                if c.dep_ == "conj"
                and c.i > child.i
                and self.introduced_by(c, cue.object_prepositions)
            ]
            last = max(t.i for call in calls for t in call.subtree)
            end = self.complement_end(last, first, s_end)
            return ExtractionRule.OBJECT, self.span_of(self.doc[first], self.doc[end])
        for child in verb.children:
            # "warned of shortages", "accused the board of lying": a preposition on the verb.
            if child.dep_ not in self.grammar.preposition_labels or child.i <= cue.end_token:
                continue
            if child.lower_ not in cue.object_prepositions or not list(child.children):
                continue
            if any(self.names_only_a_topic(c) for c in child.children if c.dep_ == "pobj"):
                return None  # "spoke about the issue": what was talked about, nothing told
            if all(c.pos_ == "ADJ" for c in child.children):
                return None  # "what they push for the hardest": a degree, not a thing
            _, s_end = sentence_bounds(self.doc, verb)
            first = child.i
            for obj in verb.children:  # "accused the board of …": who is accused, too
                if obj.dep_ in self.grammar.object_labels and cue.end_token < obj.i < first:
                    if not is_person_or_body(obj):
                        return None  # "called a meeting for Monday": no one is called
                    first = obj.left_edge.i
            end = self.complement_end(max(t.i for t in child.subtree), first, s_end)
            return ExtractionRule.OBJECT, self.span_of(self.doc[first], self.doc[end])
        # "a appelé les habitants à la prudence": the call hangs on the object.
        for child in verb.children:
            if child.dep_ not in self.grammar.object_labels or child.i < verb.i:
                continue
            called = [
                t
                for t in child.subtree
                if t.dep_ in {"case", "mark"}
                and t.lower_ in cue.object_prepositions
                and t.i > child.i
            ]
            if called:
                _, s_end = sentence_bounds(self.doc, verb)
                first = child.left_edge.i
                if child.i <= cue.end_token:
                    first = called[0].i  # "a fait état de …": the cue's noun is no content
                end = self.complement_end(max(t.i for t in child.subtree), first, s_end)
                return ExtractionRule.OBJECT, self.span_of(self.doc[first], self.doc[end])
        return None

    @staticmethod
    def introduced_by(noun: Token, prepositions: tuple[str, ...]) -> bool:
        """Whether the first preposition of ``noun``'s phrase is one of ``prepositions``."""
        cases = [c for c in noun.children if c.dep_ == "case" and c.i < noun.i]
        return bool(cases) and cases[0].lower_ in prepositions

    def from_stance(self, cue: Cue) -> FoundStatement | None:
        """ "X serait favorable à un cessez-le-feu": a position reported in the conditional."""
        copula = self.doc[cue.token]
        adjective = copula.head
        subject = next(
            (c for c in adjective.children if c.dep_ in self.grammar.subject_labels), None
        )
        if subject is None or not is_person_or_body(subject):
            return None
        _, s_end = sentence_bounds(self.doc, adjective)
        end = self.complement_end(max(t.i for t in adjective.subtree), adjective.i, s_end)
        span = self.span_of(adjective, self.doc[end])
        if span[1] - span[0] < 2:
            return None
        return self.found(span, ExtractionRule.STANCE, cue, mention_span(subject))

    def colon_text(self, last: Token) -> Span | None:
        """ "X a prévenu : la réforme passera." -- an unquoted statement after a colon."""
        doc = self.doc
        _, s_end = sentence_bounds(doc, last)
        for k in range(last.i + 1, min(s_end, last.i + 8)):
            if doc[k].text == ":":
                rest = [t for t in doc[k + 1 : s_end] if not t.is_space]
                if not rest or rest[0].text in self.marks.all:
                    return None
                if not any(t.pos_ in {"VERB", "AUX"} for t in rest):
                    return None
                return self.span_of(rest[0], rest[-1])
            if doc[k].text in self.grammar.sentence_ends:
                return None
        return None

    def from_preposition(self, cue: Cue) -> FoundStatement | None:
        doc = self.doc
        prep_last = doc[cue.end_token]
        if prep_last.i + 1 >= len(doc):
            return None
        if doc[prep_last.i + 1].lower_ in self.grammar.relative_cue_pronouns:
            return self.from_relative_preposition(cue)
        head = next(
            (
                t
                for t in doc[prep_last.i + 1 : prep_last.i + 6]
                if t.pos_ in {"NOUN", "PROPN", "PRON"}
            ),
            None,
        )
        while (
            head is not None
            and (head.dep_ == "compound" or head.dep_ in self.grammar.possessor_labels)
            and head.head.i > head.i
        ):
            # "according to Nils Arnett": the name's last word heads it; "according to the
            # dockers' union": the possessed noun does
            head = head.head
        if head is None or not is_source(head) or is_norm(head):
            return None
        if cue.sentence_initial and not is_person_or_body(head):
            return None
        mention = mention_span(head)
        s_start, s_end = self.written_sentence(cue.token)
        if cue.sentence_initial and opens_a_coordinated_clause(doc, cue.token):
            s_start = cue.token - 1  # "…, mais pour le parquet, …": its own clause
        phrase_end = self.token_at(mention[1] - 1).i
        if head.right_edge.i > phrase_end and not any(
            t.text == "," for t in doc[phrase_end : head.right_edge.i + 1]
        ):
            phrase_end = head.right_edge.i  # "selon le bilan publié mercredi par l'ARS"
        before = [t for t in doc[s_start : cue.token] if not t.is_space]
        after = [t for t in doc[phrase_end + 1 : s_end] if not t.is_space]
        while after and after[0].text in {",", ")"}:
            after.pop(0)
        if self.grammar.apposition_after_source and self.only_the_source_goes_on(head, after):
            after = []  # "…, according to the union, one of those representing the staff."
        after = self.before_a_coordinated_attribution(after)
        lead = all(t.pos_ in {"CCONJ", "ADV", "PUNCT"} for t in before)
        if lead and len(after) >= 3:
            span = self.span_of(after[0], after[-1])
            opening = next((q for q in self.quotes if q.start == after[0].idx), None)
            if opening is not None and opening.end > span[1]:
                span = (span[0], opening.end)  # the quotation runs past a sentence break
        elif len(before) >= 3 and (
            not after or all(t.is_punct for t in after) or self.narration_after_the_source(after)
        ):
            span = self.span_of(before[0], before[-1])
        else:
            return None
        if not any(
            t.pos_ in {"VERB", "AUX"}
            for t in self.doc.char_span(*span, alignment_mode="expand") or []
        ):
            return None
        whole = next(
            (
                q
                for q in self.quotes
                if q.start <= span[0] + 1 and span[1] - 1 <= q.end <= span[1] + 1
            ),
            None,
        )
        if whole is not None:
            # "« … », selon le préfet": the whole quotation is the source's own words.
            return self.found(
                (whole.inner_start, whole.inner_end),
                ExtractionRule.PREPOSITION,
                cue,
                mention,
                kind="direct",
            )
        return self.found(span, ExtractionRule.PREPOSITION, cue, mention)

    @staticmethod
    def only_the_source_goes_on(head: Token, after: list[Token]) -> bool:
        """The words after a postposed source phrase, to the sentence end, describe the
        source: its apposition ("the union, one of those representing the staff"), which
        the parse may hang elsewhere; a noun phrase with no finite verb of its own."""
        if not after:
            return False
        inside = {t.i for t in head.subtree}
        if all(t.i in inside or t.is_punct for t in after):
            return True
        return after[0].pos_ in {"DET", "NUM", "NOUN", "PROPN", "ADJ"} and not any(
            "Fin" in t.morph.get("VerbForm") for t in after
        )

    def narration_after_the_source(self, after: list[Token]) -> bool:
        """ "The board struck a deal, according to the ministry, ending a strike": a
        participle clause after a postposed source goes on with the narration
        (``Grammar.participle_after_source``); the words are before the source."""
        return (
            self.grammar.participle_after_source
            and after[0].tag_ == "VBG"
            and after[0].pos_ == "VERB"
            and self.doc[after[0].i - 1].text == ","
        )

    def from_relative_preposition(self, cue: Cue) -> FoundStatement | None:
        """ "…, d'après lequel le gouvernement aurait perdu son élan", "des informations
        selon lesquelles …", "la même source pour qui …": the relative clause after a
        preposition cue is the words of the noun it hangs on, up to the end of its verb's
        phrase. A cue that otherwise only opens a sentence ("pour") needs a noun that names
        a person or a body ("les familles pour qui la rentrée coûte cher" narrates)."""
        doc = self.doc
        pronoun = doc[cue.end_token + 1]
        verb = pronoun.head
        s_start, s_end = self.written_sentence(cue.token)
        if not pronoun.i < verb.i < s_end:
            return None
        if cue.sentence_initial:
            antecedent = self.speaker_before(cue, s_start)
            if antecedent is None:
                return None
        else:
            antecedent = self.noun_before(cue, verb)
        if antecedent is None or antecedent.pos_ not in {"NOUN", "PROPN", "PRON"}:
            return None
        if is_hearsay(antecedent):
            return None  # "les rumeurs selon lesquelles …": no source
        if antecedent.pos_ == "PROPN" and not cue.sentence_initial:
            first = antecedent
            while first.i > 0 and doc[first.i - 1].pos_ == "PROPN":
                first = doc[first.i - 1]
            mention = self.span_of(first, antecedent)
        else:
            mention = mention_span(antecedent)
            mention = (mention[0], min(mention[1], cue.span[0]))
            mention = trim_span(self.text, *mention)
        # "pour qui" closes its sentence on the speaker's view; "selon lequel" may sit
        # inside a clause of narration, which its verb's phrase ends.
        end = s_end - 1 if cue.sentence_initial else min(verb.right_edge.i, s_end - 1)
        for k in range(pronoun.i + 1, end):
            # "Le rapport, selon lequel la dette …, a été publié": a comma and a verb
            # go back to the main clause the parser hung on the relative one.
            if doc[k].text == "," and doc[k + 1].pos_ in {"AUX", "VERB"}:
                end = k - 1
                break
        last = doc[end]
        while last.i > pronoun.i and (last.is_punct or last.is_space):
            last = doc[last.i - 1]
        if last.i <= pronoun.i + 1:
            return None
        span = self.span_of(doc[pronoun.i + 1], last)
        return self.found(span, ExtractionRule.PREPOSITION, cue, mention)

    def noun_before(self, cue: Cue, verb: Token) -> Token | None:
        """The noun a relative clause hangs on: the parser's head, else the word before the
        preposition (and its comma)."""
        doc = self.doc
        if verb.dep_.startswith("acl") and verb.head.i < cue.token:
            return verb.head
        k = cue.token - 1
        while k >= 0 and (doc[k].is_punct or doc[k].is_space):
            k -= 1
        return doc[k] if k >= 0 else None

    def speaker_before(self, cue: Cue, s_start: int) -> Token | None:
        """ "…, a poursuivi la même source pour qui …": the speaker of the last reporting
        verb before the cue in its sentence, when that names a person or a body."""
        verbs = [
            c
            for c in self.cues
            if c.kind == "verb" and self.doc[s_start].idx <= c.span[0] < cue.span[0]
        ]
        if not verbs:
            return None
        verb = self.doc[verbs[-1].token]
        subject = self.inverted_subject(verb)
        # Only a subject after its verb ("…, a poursuivi la source pour qui …"): in "La
        # mairie aide les familles pour qui …" the relative clause is the families'.
        if subject is None or not verb.i < subject.i < cue.token:
            return None
        return subject if is_person_or_body(subject) else None

    def before_a_coordinated_attribution(self, tokens: list[Token]) -> list[Token]:
        """ "Pour X, A, mais pour Y, B": A ends where a clause attributed to another source
        opens (a sentence-initial preposition cue after a comma and a conjunction)."""
        for k, t in enumerate(tokens):
            cue = self.cue_at.get(t.i)
            if (
                cue is not None
                and cue.kind == "preposition"
                and cue.sentence_initial
                and opens_a_coordinated_clause(self.doc, t.i)
            ):
                kept = tokens[: max(0, k - 1)]
                while kept and kept[-1].text in {",", ";"}:
                    kept.pop()
                return kept
        return tokens

    def from_headline(self) -> Iterable[FoundStatement]:
        doc = self.doc
        first_line_end = self.breaks[0] if self.breaks else len(self.text)
        line = self.text[:first_line_end].rstrip()
        if not line or line.endswith(".") or ":" not in line:
            return []
        colon = line.index(":")
        left = doc.char_span(0, colon, alignment_mode="contract")
        if left is None or not 0 < len(left) <= 12 or any(t.pos_ == "VERB" for t in left):
            return []
        describes_source = any(
            t.pos_ != "PROPN" and is_person_or_body(t) and not t.is_sent_start for t in left
        )
        names_source = describes_source or any(
            e.label_ in {"PER", "PERSON", "ORG"} for e in left.ents
        )
        if not names_source:
            return []
        start, end = trim_span(self.text, colon + 1, len(line), keep_final=True)
        if end - start < 3:
            return []
        if not (
            self.has_quote((start, end)) or (describes_source and self.finite_clause(start, end))
        ):
            # "Une source policière : les suspects sont en fuite" states; a name alone
            # before a clause is often the topic ("Dupont : le parquet n'était pas informé").
            return []
        if any(
            c.kind == "verb" and start <= c.span[0] < end and self.attributes_the_headline(c, start)
            for c in self.cues
        ):
            return []  # "Lieu : X promet de « … »": the reporting verb attributes it
        whole = next((q for q in self.quotes if q.start == start and q.end == end), None)
        if whole is not None:
            kind, span = "direct", (whole.inner_start, whole.inner_end)
        else:
            kind, span = ("mixed" if self.has_quote((start, end)) else "indirect"), (start, end)
        mention = trim_span(self.text, left.start_char, left.end_char)
        return [
            FoundStatement(
                kind=kind,
                content=span,
                method=ExtractionRule.HEADLINE,
                cue=(colon, colon + 1),
                cue_lemma=":",
                mention=mention,
            )
        ]

    def attributes_the_headline(self, cue: Cue, start: int) -> bool:
        """Whether a reporting verb after a headline's colon gives its words a speaker of
        its own ("Lieu : X promet de « … »", "Lieu : « … » assure le procureur"); not one
        whose subject is a thing ("X : les troupes ne défendront pas …") or lies before the
        colon in the parse."""
        subject = subject_of(self.doc[cue.token])
        if subject is None or self.in_quote(subject.idx):
            return True  # "« … » assure le procureur": the subject the parser missed
        return subject.idx >= start and is_person_or_body(subject)

    def finite_clause(self, start: int, end: int) -> bool:
        """Whether the words between the offsets hold a finite verb (a clause, not a title)."""
        words = self.doc.char_span(start, end, alignment_mode="expand") or []
        return any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in words)
