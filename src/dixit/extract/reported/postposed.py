"""Reporting clauses after the words or inside them: "…, a annoncé X.", "Le projet,
a-t-il dit, sera …", "The plan will fail, the mayor said."
"""

from __future__ import annotations

from spacy.tokens import Token

from dixit.extract.context import ArticleContext
from dixit.extract.cues import Cue
from dixit.extract.extensions import FoundStatement
from dixit.extract.reported.bounds import DASHES
from dixit.extract.syntax import inverted_pronoun, is_source, mention_span
from dixit.model import ExtractionRule


def _relative(verb: Token) -> bool:
    """A verb heading a relative clause: "qui porte le projet", "dont il a parlé".

    The parser also labels some main clauses ``acl`` ("Les travaux reprendront …" under
    "travaux"); only a relative pronoun makes the clause relative.
    """
    return verb.dep_.startswith("acl") and any(
        "Rel" in c.morph.get("PronType") for c in verb.children
    )


class PostposedClauses(ArticleContext):
    """Reporting clauses that follow their words or are set inside them."""

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
            or self.rating_figure(verb, cue) is not None  # "estime le risque à 15 %"
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
        before = self.after_an_earlier_incise(before)
        own_subjects = [
            c for c in verb.children if c.dep_ in self.grammar.subject_labels and c.i < verb.i
        ]
        if any(t.pos_ == "SCONJ" and t.i < s.i for t in before for s in own_subjects):
            return None  # "…, lorsque X, Y, avait qualifié …": a clause with its own subject
        if len(before) < 4:
            return None
        if self.opens_on_a_headless_relative(before):
            return None  # "Or, qui dit pluies, dit rivières …": a saying, whoever says
        if any(self.only_the_subject_before(s, before, verb) for s in own_subjects):
            return None  # "Les sages, qui étaient réunis hier, invitent …": only its subject
        if before[0].text in self.marks.all and not self.words_after_opening_quotation(before):
            return None  # "« … », a dit X" is the incise rule's
        if before[-1].text in self.marks.all and self.in_quote(before[0].idx):
            return None
        quoted = self.has_quote(self.span_of(before[0], before[-1]))
        if (
            not quoted
            and not any(self.finite_of_a_clause_before(t, verb) for t in before)
            and not self.verbless_before_a_glued_pronoun(before, verb, last)
        ):
            return None  # no clause of its own ("X, qui porte le projet, a déploré …")
        if before[0].i in self.cue_at and not (
            first.lower_ in self.grammar.incise_comparatives
            and self.cue_at[before[0].i].kind == "preposition"
        ):
            return None  # "Selon X, …" already attributes these words; "…, comme l'a dit Y" names
        subject = self.inverted_subject(verb)
        if subject is None:
            return self.impersonal_incise(cue, verb, last, before)
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
        if mention[0] <= verb.idx < mention[1] and verb.i + 1 < len(doc):
            # "…, alerte un syndicat": the verb the parser hung on its subject as a modifier
            mention = (doc[verb.i + 1].idx, mention[1])
        after = max(self.token_at(mention[1] - 1).i, last.i, subject.i) + 1
        if not self.only_adjuncts_after_subject(verb, after):
            return None
        span = self.span_of(before[0], before[-1])
        source = self.source_in_incise(cue, after)
        return self.found(span, ExtractionRule.POSTPOSED, cue, source or mention)

    def opens_on_a_headless_relative(self, before: list[Token]) -> bool:
        """ "Qui dit pluies, dit rivières", "Or, qui veut la paix, prépare …": words that
        open (after a connective) on a relative pronoun with no antecedent are the subject
        of the verb after them, whoever does so; that verb reports nothing."""
        k = 0
        while k < len(before) and (before[k].pos_ in {"CCONJ", "ADV"} or before[k].is_punct):
            k += 1
        return (
            k < len(before) - 1
            and before[k].lower_ in self.grammar.relative_subjects
            and "Fin" in before[k + 1].morph.get("VerbForm")
        )

    def after_an_earlier_incise(self, before: list[Token]) -> list[Token]:
        """ "« … », a indiqué le ministre, mais « … », a-t-il ajouté": an earlier incise, its
        verb followed by its own subject and a comma, closes the words it reports; this
        incise reports only what follows it (a conjunction opening them left out)."""
        for token in reversed(before):
            cue = self.cue_at.get(token.i)
            if cue is None or cue.kind != "verb" or cue.token != token.i:
                continue
            first = self.token_at(cue.span[0])
            if first.i == 0 or self.doc[first.i - 1].text != ",":
                continue
            subject = self.inverted_subject(token)
            if subject is None or subject.i < token.i:
                continue
            end = max(self.token_at(mention_span(subject)[1] - 1).i, cue.end_token)
            rest = [t for t in before if t.i > end]
            if not rest or rest[0].text != ",":
                continue
            rest = rest[1:]
            while rest and rest[0].pos_ == "CCONJ":
                rest = rest[1:]
            return rest
        return before

    def impersonal_incise(
        self, cue: Cue, verb: Token, last: Token, before: list[Token]
    ) -> FoundStatement | None:
        """ "…, indique-t-on à la préfecture.", "…, a-t-on appris auprès du parquet.": an
        incise whose subject is the impersonal "on" reports the words of the body named
        after it (the source after ``Cue.source_prepositions``, else the place after "à",
        "au", which speaker resolution reads from the cue); with no body named ("…, dit-on")
        it is hearsay, no statement."""
        doc = self.doc
        glued = [
            doc[k]
            for k in (last.i + 1, last.i + 2, verb.i - 1)
            if 0 <= k < len(doc)
            and doc[k].lower_ in self.grammar.inverted_pronouns
            and doc[k].lower_.rsplit("-", 1)[-1] in self.grammar.non_sources
            and doc[k].lower_ != "-t"
        ]
        if not glued:
            return None
        after = max(last.i, *(t.i for t in glued)) + 1
        if after >= len(doc) or not self.only_adjuncts_after_subject(verb, after):
            return None
        span = self.span_of(before[0], before[-1])
        source = self.source_in_incise(cue, after) or self.body_named_after(after)
        if source is not None:
            return self.found(span, ExtractionRule.POSTPOSED, cue, source)
        if doc[after].lower_ not in self.grammar.impersonal_place_prepositions:
            return None
        place = next((t for t in doc[after + 1 : after + 4] if t.pos_ in {"NOUN", "PROPN"}), None)
        if place is None or place.pos_ != "NOUN":
            return None  # "…, dit-on à Valbrune": a town's talk, no body speaking
        return self.found(span, ExtractionRule.POSTPOSED, cue, None)

    def body_named_after(self, start: int) -> tuple[int, int] | None:
        """ "…, assure-t-on du côté de la direction", "…, indique-t-on chez Varnelec": the
        body an impersonal incise names through an opener of more than a bare "à"/"au"
        (``Grammar.impersonal_place_openers``; those leave a place to speaker resolution,
        which takes only a body)."""
        doc = self.doc
        _, end = self.written_sentence(start)
        for width in range(4, 0, -1):
            if start + width >= end:
                continue
            words = " ".join(t.lower_ for t in doc[start : start + width]).replace("’", "'")
            if words not in self.grammar.impersonal_place_openers:
                continue
            if words in self.grammar.place_only_prepositions:
                return None
            phrase = doc[start + width : min(end, start + width + 4)]
            head = next((t for t in phrase if t.pos_ in {"NOUN", "PROPN"}), None)
            return None if head is None else mention_span(head)
        return None

    def source_in_incise(self, cue: Cue, start: int) -> tuple[int, int] | None:
        """The body after the cue's source preposition in the incise ("auprès du parquet de
        Valbrune" -> "parquet de Valbrune"), up to a comma or the sentence's end."""
        if not cue.source_prepositions:
            return None
        doc = self.doc
        _, end = self.written_sentence(start)
        for k in range(start, min(end, start + 8)):
            t = doc[k]
            if t.text in {",", ";", ":"}:
                return None
            if t.lower_ not in cue.source_prepositions:
                continue
            head = next(
                (
                    n
                    for n in doc[k + 1 : min(end, k + 5)]
                    if n.pos_ in {"NOUN", "PROPN"} and not n.is_punct
                ),
                None,
            )
            return None if head is None else mention_span(head)
        return None

    def verbless_before_a_glued_pronoun(
        self, before: list[Token], verb: Token, last: Token
    ) -> bool:
        """ "Une situation qui pèse sur les ménages, a-t-il reconnu.": words with no main
        verb, a noun phrase and its relative clause, before an incise whose pronoun is glued
        to the verb (no subject can precede it), are the words reported."""
        return (
            self.grammar.verbless_before_incise
            and inverted_pronoun(verb, last) is not None
            and any("Fin" in t.morph.get("VerbForm") for t in before)
        )

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
        quote = self.quote_opening_at.get(before[0].idx)
        return quote is not None and any(
            t.idx >= quote.end and not (t.is_punct or t.is_space) for t in before
        )

    @staticmethod
    def only_the_subject_before(subject: Token, before: list[Token], verb: Token) -> bool:
        """The verb's own subject, with its relative clause, is all the words before the
        comma, but for adjuncts of the verb itself ("hier"), and the verb has a complement
        of its own after it: no words told before it."""
        if subject.left_edge.i > before[0].i:
            return False
        if not all(t.head.i == verb.i for t in before if t.i > subject.right_edge.i):
            return False
        # and the verb goes on with a complement of its own ("invitent les recalés à …");
        # "Un défilé « historique », a renchéri le maire" is an incise all the same
        return any(
            c.i > verb.i
            and (
                c.dep_ in {"xcomp", "ccomp"}
                or any("Inf" in t.morph.get("VerbForm") and t.i > c.i for t in c.subtree)
            )
            for c in verb.children
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
            self.clause_verb_before(t, verb)
            and not (t.head.i == verb.i and self.opens_a_subordinate(t))
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
            if (
                t.i + 1 < end
                and t.lower_ in self.grammar.gerund_openers
                and self.gerund(doc[t.i + 1])
            ):
                return True  # "…, a-t-il précisé en affirmant que …": a gerund of manner
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
