"""A source given by a preposition: "Selon X, …", "…, d'après lequel …", "pour
qui …".
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from dixit.extract.context import ArticleContext
from dixit.extract.cues import Cue, opens_a_coordinated_clause
from dixit.extract.extensions import FoundStatement
from dixit.extract.syntax import (
    is_claim_without_holder,
    is_hearsay,
    is_norm,
    is_person_or_body,
    is_source,
    mention_span,
    trim_span,
)
from dixit.lang import get_language
from dixit.model import ExtractionRule


@lru_cache(maxsize=4)
def _last_mentioned(language: str) -> frozenset[str]:
    return frozenset(get_language(language).lexicon("speakers").get("last_mentioned") or ())


#: Words at most in the verbless lead-in between a source and a colon ("Pour lui, pas de
#: doute : « … »").
MAX_COLON_LEAD = 5


class SourcePhrases(ArticleContext):
    """Source prepositions: "selon X", "d'après lequel", "pour qui"."""

    def quotation_after_the_source(self, after: list[Token]) -> bool:
        """ "Un dispositif a été mis en place selon lui, « la caserne a mobilisé … »": a
        quotation that makes all the rest of the sentence after the source is words of its
        own (the quotation rules'); the source reports the clause before it."""
        if not after or after[0].text not in self.marks.all:
            return False
        end = after[-1].idx + len(after[-1].text)
        return any(
            q.start == after[0].idx and q.end >= end - 1
            for q in self.quote_spans.around(end - 1, after[0].idx)
        )

    def indefinite_group_after(self, cue: Cue) -> bool:
        """ "Pour d'autres habitants, …", "Pour certains, …": after a preposition that needs
        a definite source (``Grammar.definite_source_prepositions``), an indefinite group
        of people (``indefinite_group_openers``) is the writer's account of views."""
        if cue.lemma not in self.grammar.definite_source_prepositions:
            return False
        following = self.doc[cue.end_token + 1 : cue.end_token + 3]
        words = following.text.lower().replace("’", "'").split() if len(following) else []
        return bool(words) and (
            words[0] in self.grammar.indefinite_group_openers
            or " ".join(words) in self.grammar.indefinite_group_openers
        )

    def headline_line(self, span: tuple[int, int], s_end: int) -> bool:
        """ "Vernelle dans la tourmente après la fermeture de l'usine, selon la presse": a
        title's line, verbless as titles are, the source at its end and no full stop:
        the line is the source's account (once, where the page repeats its title)."""
        line_start = self.text.rfind("\n", 0, span[0]) + 1
        if self.text[line_start : span[0]].strip():
            return False
        last = self.doc[s_end - 1]
        while last.is_space and last.i > 0:
            last = self.doc[last.i - 1]
        line_end = last.idx + len(last.text)
        if self.text[line_end : line_end + 1] not in {"", "\n"}:
            return False
        if self.text.find(self.text[line_start:line_end]) < line_start:
            return False  # the title the page repeats: its first line only
        return last.text not in self.grammar.sentence_ends

    def comparative_incise_after(self, after: list[Token]) -> bool:
        """ "Pour la mairie, « … », comme l'a affirmé X": a reporting clause opened by a
        comparative after a comma names the speaker of the words the source phrase opens."""
        for k, token in enumerate(after[1:], start=1):
            if token.lower_ not in self.grammar.incise_comparatives or after[k - 1].text != ",":
                continue
            if any(
                self.cue_at.get(j) is not None and self.cue_at[j].kind == "verb"
                for j in range(token.i + 1, token.i + 5)
            ):
                return True
        return False

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
                if t.pos_ in {"NOUN", "PROPN", "PRON"} or self.last_mentioned(t)
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
        if head is None or not (is_source(head) or self.last_mentioned(head)) or is_norm(head):
            return None
        if any(t.pos_ in {"VERB", "AUX"} for t in doc[prep_last.i + 1 : head.i]):
            return None  # "Pour finir, X a regretté …": an infinitive, no source
        if cue.sentence_initial and not is_person_or_body(head):
            return None
        if self.indefinite_group_after(cue):
            return None  # "Pour d'autres habitants, la fête est …": a description of views
        mention = self.source_mention(head)
        s_start, s_end = self.written_sentence(cue.token)
        if cue.sentence_initial and opens_a_coordinated_clause(doc, cue.token):
            s_start = cue.token - 1  # "…, mais pour le parquet, …": its own clause
        phrase_end = self.token_at(mention[1] - 1).i
        if head.right_edge.i > phrase_end and not any(
            t.text == "," for t in doc[phrase_end : head.right_edge.i + 1]
        ):
            phrase_end = head.right_edge.i  # "selon le bilan publié mercredi par l'ARS"
        phrase_end = self.relative_on_the_document(phrase_end, s_end)
        before = [t for t in doc[s_start : cue.token] if not t.is_space]
        after = [t for t in doc[phrase_end + 1 : s_end] if not t.is_space]
        while after and after[0].text in {",", ")"}:
            after.pop(0)
        if self.grammar.apposition_after_source and self.only_the_source_goes_on(head, after):
            after = []  # "…, according to the union, one of those representing the staff."
        if self.participle_on_the_source(after) and not self.source_inside_its_clause(
            cue, phrase_end, before, after
        ):
            after = []  # "…, selon le ministre, invité de X sur BEL RTL."
        if self.comparative_incise_after(after):
            return None  # "Pour la mairie, « … », comme l'a affirmé X": X's words
        if self.quotation_with_its_incise(before):
            return None  # "« … », a déclaré X, selon le texte de son discours": the medium
        lead = all(t.pos_ in {"CCONJ", "ADV", "PUNCT"} for t in before) or self.opening_adjunct(
            before
        )
        if lead:
            after = self.after_a_participle_on_the_source(after)
            after = self.after_a_verbless_colon(after)
        if (
            not lead
            and self.grammar.relative_after_source
            and self.relative_on_the_source(head, after)
        ):
            after = []  # "…, selon les analystes, qui prévoient …": the source's own clause
        after = self.before_a_coordinated_attribution(after)
        if lead and len(after) >= 3:
            span = self.span_of(after[0], after[-1])
            opening = self.quote_opening_at.get(after[0].idx)
            if opening is not None and opening.end > span[1]:
                span = (span[0], opening.end)  # the quotation runs past a sentence break
        elif len(before) >= 3 and (
            not after
            or all(t.is_punct for t in after)
            or self.narration_after_the_source(after)
            or self.new_clause_after_the_source(after)
            or self.adjunct_after_the_source(after)
            or self.quotation_after_the_source(after)
        ):
            span = self.span_of(before[0], before[-1])
        elif self.source_inside_its_clause(cue, phrase_end, before, after):
            # "La réforme serait, selon le ministre, votée avant l'été": one clause
            # around the source, which sits inside the words as an incise would.
            span = self.span_of(before[0], after[-1])
        else:
            return None
        if not any(
            t.pos_ in {"VERB", "AUX"}
            for t in self.doc.char_span(*span, alignment_mode="expand") or []
        ) and not self.headline_line(span, s_end):
            return None
        whole = next(
            (
                q
                for q in self.quote_spans.around(span[1] - 1, span[0] + 1)
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

    def after_a_verbless_colon(self, after: list[Token]) -> list[Token]:
        """ "Pour lui, pas de doute : « … »": a short phrase with no verb, then a colon and
        a quotation; the words are the quotation, the phrase is the writer's lead-in."""
        colon = next((i for i, t in enumerate(after[: MAX_COLON_LEAD + 1]) if t.text == ":"), None)
        if (
            colon is None
            or colon + 1 >= len(after)
            or after[colon + 1].text not in self.marks.openers
            or any(t.pos_ in {"VERB", "AUX"} for t in after[:colon])
        ):
            return after
        return after[colon + 1 :]

    def quotation_with_its_incise(self, before: list[Token]) -> bool:
        """ "« … », a déclaré le directeur, selon le texte d'un communiqué": the words before
        a postposed "selon" are a quotation closed by an incise that already names who
        speaks; the phrase says where the words were read, it is no second source."""
        closing = self.marks.closers
        for k, t in enumerate(before[:-2]):
            if t.text not in closing or before[k + 1].text != ",":
                continue
            incise = self.cue_at.get(before[k + 2].i)
            if incise is None:
                aux = before[k + 2]
                incise = self.cue_at.get(aux.head.i) if aux.dep_.startswith("aux") else None
            if incise is not None and incise.kind == "verb":
                return True
        return False

    def relative_on_the_document(self, phrase_end: int, s_end: int) -> int:
        """ "Selon les informations dont dispose La Gazette, …", "d'après les documents que
        X a consultés, …": a relative clause on the source's noun, with a finite verb of its
        own and closed by a comma, belongs to the source phrase (it names who holds the
        information); the words start after its comma."""
        doc = self.doc
        if phrase_end + 1 >= s_end or doc[phrase_end + 1].lower_ not in _holder_relatives(
            doc.lang_
        ):
            return phrase_end
        comma = next((t.i for t in doc[phrase_end + 2 : s_end] if t.text == ","), None)
        if comma is None or not any(
            "Fin" in t.morph.get("VerbForm") for t in doc[phrase_end + 2 : comma]
        ):
            return phrase_end
        return comma - 1

    def opening_adjunct(self, before: list[Token]) -> bool:
        """ "En effet, selon X, …", "À Lyon, selon le préfet, …": a short phrase closed by a
        comma before the source, with no verb and no subject, only opens the sentence;
        the words after the source are the whole report."""
        words = [t for t in before if not t.is_punct]
        return (
            bool(words)
            and len(words) <= 4
            and before[-1].text == ","
            and not any(
                t.pos_ in {"VERB", "AUX"} or t.dep_ in self.grammar.subject_labels for t in words
            )
        )

    def last_mentioned(self, token: Token) -> bool:
        """ "selon cette dernière", "d'après ce dernier": the phrase that points at the one
        last named (``last_mentioned`` of the speakers lexicon), its last word tagged as an
        adjective."""
        if token.i == 0 or token.pos_ != "ADJ":
            return False
        following = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if following is not None and following.pos_ in {"NOUN", "PROPN"}:
            return False  # "selon cette dernière étude": the noun is the source
        phrase = f"{self.doc[token.i - 1].lower_} {token.lower_}"
        return phrase in _last_mentioned(self.language)

    def source_mention(self, head: Token) -> tuple[int, int]:
        """The source's noun phrase. A name set after a name between commas is no
        apposition of it ("Selon l'AFP, Jean Arlot, qui …, a affirmé …": the agency
        reports, the man is the subject of the reported clause); after a common noun it is
        ("selon la maire, Odile Brassac, …")."""
        mention = mention_span(head)
        mention = self.before_a_stray_conjunct(head, mention)
        if head.pos_ != "PROPN":
            return mention
        for child in head.children:
            if (
                child.dep_ == "appos"
                and child.pos_ == "PROPN"
                and child.i > head.i
                and any(t.text == "," for t in self.doc[head.i + 1 : child.i])
            ):
                comma = next(t for t in self.doc[head.i + 1 : child.i] if t.text == ",")
                cut = comma.idx
                return trim_span(self.text, mention[0], min(mention[1], cut))
        return mention

    def before_a_stray_conjunct(self, head: Token, mention: tuple[int, int]) -> tuple[int, int]:
        """ "Selon M. Perez, les dossiers courants … n'en justifient pas la tenue": the
        parser may coordinate the subject of the reported clause with the source. A noun
        after a comma taken as coordinated with no "et"/"ou" anywhere in the source's
        phrase is no part of it; the source ends at that comma ("selon le maire et le
        préfet" keeps both)."""
        conjuncts = [
            c
            for c in head.children
            if c.dep_ == "conj" and c.i > head.i and c.pos_ in {"NOUN", "PROPN", "PRON"}
        ]
        if not conjuncts or any(
            c.dep_ == "cc" for conjunct in conjuncts for c in conjunct.children
        ):
            return mention
        first = min(t.i for t in conjuncts[0].subtree if not t.is_punct)
        comma = self.doc[first - 1] if first > head.i + 1 else None
        if comma is None or comma.text != ",":
            return mention
        return trim_span(self.text, mention[0], min(mention[1], comma.idx))

    def source_inside_its_clause(
        self, cue: Cue, phrase_end: int, before: list[Token], after: list[Token]
    ) -> bool:
        """ "Ce projet, d'après la préfecture, coûtera deux millions": a source phrase set
        between commas inside a clause whose words go on after it. The words before hold
        the clause's subject (a noun or pronoun with no finite verb of its own after it, or
        a finite verb waiting for its infinitive or participle); the words after hold the
        verb the clause still needs, with no subject of its own."""
        doc = self.doc
        if cue.sentence_initial or len(before) < 2 or len(after) < 2:
            return False
        if doc[cue.token - 1].text != "," or doc[phrase_end + 1].text != ",":
            return False
        if not any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in before):
            return False
        finite_before = [t for t in before if "Fin" in t.morph.get("VerbForm")]
        verbs_after = [t for t in after if t.pos_ in {"VERB", "AUX"}]
        if not verbs_after:
            return self.verbless_rest_of_the_clause(finite_before, after)
        first_verb = verbs_after[0]
        if any(
            t.pos_ in {"NOUN", "PROPN", "PRON"} and t.dep_ in self.grammar.subject_labels
            for t in after
            if t.i < first_verb.i
        ):
            return False  # "…, selon le maire, les travaux reprendront": a new clause
        if finite_before:
            # "pourrait, selon X, nuire": the finite verb waits for what comes after; "sera
            # fermé trois mois, selon X, interrogé par Y" has its participle already
            last_verb = ([t for t in before if t.pos_ in {"VERB", "AUX"}] or finite_before)[-1]
            return (
                "Fin" in last_verb.morph.get("VerbForm")
                and "Fin" not in first_verb.morph.get("VerbForm")
                and after[0] is first_verb
            )
        return "Fin" in first_verb.morph.get("VerbForm")

    def verbless_rest_of_the_clause(self, finite_before: list[Token], after: list[Token]) -> bool:
        """ "La réforme est, selon le ministre, indispensable …", "Le bilan s'élève, selon
        les pompiers, à trois morts": a finite verb before the source, and after it the rest
        of that clause with no verb and no subject of its own (an attribute, a complement);
        the clause goes on around the source. A phrase that a preposition opens after the
        comma may say where the source spoke ("…, selon la CGT, dans un communiqué") or where
        one goes ("…, selon l'horaire prévu, vers la frontière"): no attribute."""
        if not finite_before or after[0].text in self.marks.all:
            return False
        if after[0].pos_ == "ADP":
            return False  # "…, selon l'horaire prévu, vers la frontière": a norm, a route
        return not any(t.dep_ in self.grammar.subject_labels or t.text in {";", ":"} for t in after)

    def relative_on_the_source(self, head: Token, after: list[Token]) -> bool:
        """The words after a postposed source are a relative clause on it ("…, selon les
        économistes interrogés, qui estiment que …"), which may report on its own."""
        inside = {t.i for t in head.subtree}
        return any(t.lower_ in self.grammar.relative_subjects for t in after) and all(
            t.i in inside or t.is_punct for t in after
        )

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

    def participle_on_the_source(self, after: list[Token]) -> bool:
        """ "…, selon le ministre-président X (MR), invité de Y sur BEL RTL.": after a
        postposed source and its comma, a past participle with no finite verb after it to
        the sentence's end describes the source (where or to whom it spoke)."""
        if not after or self.doc[after[0].i - 1].text != ",":
            return False
        first = after[0]
        return (
            "Part" in first.morph.get("VerbForm")
            and "Past" in first.morph.get("Tense")
            and not any("Fin" in t.morph.get("VerbForm") for t in after)
        )

    def after_a_participle_on_the_source(self, after: list[Token]) -> list[Token]:
        """ "Selon le maire, interrogé par France Bleu Nord, le pont sera fermé": the
        participle set between commas after a leading source describes the source; the
        words start after its closing comma."""
        if not after or self.doc[after[0].i - 1].text != ",":
            return after
        first = after[0]
        if not ("Part" in first.morph.get("VerbForm") and "Past" in first.morph.get("Tense")):
            return after
        comma = next((k for k, t in enumerate(after) if t.text == ","), None)
        if comma is None or not any("Fin" in t.morph.get("VerbForm") for t in after[comma:]):
            return after
        return after[comma + 1 :]

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

    def adjunct_after_the_source(self, after: list[Token]) -> bool:
        """ "…, selon la CGT dans un communiqué.", "…, selon le syndicat sur son site,
        demandant …": a verbless prepositional phrase right after a postposed source (no
        comma between) says where
        the source spoke, and what follows it, to the sentence's end, is nothing or a
        participle on the source; the words are before the source."""
        if not after or after[0].pos_ != "ADP" or self.doc[after[0].i - 1].text == ",":
            return False  # "…, selon l'horaire prévu, vers la frontière": the clause goes on
        comma = next((k for k, t in enumerate(after) if t.text == ","), len(after))
        phrase, rest = after[:comma], [t for t in after[comma:] if not t.is_punct]
        if any(t.pos_ in {"VERB", "AUX"} or t.text in self.marks.all for t in phrase):
            return False
        return not rest or (
            comma < len(after)
            and "Part" in rest[0].morph.get("VerbForm")
            and not any("Fin" in t.morph.get("VerbForm") for t in rest)
        )

    def new_clause_after_the_source(self, after: list[Token]) -> bool:
        """ "Le tir visait sa femme, selon les dires de celle-ci, mais la balle s'est logée
        dans la vitrine": after a postposed source and its comma, a clause breaker
        (``clause_breakers``) opening a clause with a subject and a finite verb of its own
        goes on with the narration; the words are before the source."""
        if after[0].lower_ not in self.grammar.clause_breakers:
            return False
        if self.doc[after[0].i - 1].text != ",":
            return False
        return any(
            "Fin" in t.morph.get("VerbForm")
            and any(c.dep_ in self.grammar.subject_labels for c in t.head.children)
            for t in after
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
        if is_hearsay(antecedent) or is_claim_without_holder(antecedent):
            return None  # "les rumeurs selon lesquelles …", "l'idée selon laquelle …"
        if antecedent.pos_ == "PROPN" and not cue.sentence_initial:
            first = antecedent
            while first.i > 0 and doc[first.i - 1].pos_ == "PROPN":
                first = doc[first.i - 1]
            mention = self.span_of(first, antecedent)
        else:
            mention = mention_span(antecedent)
            mention = (mention[0], min(mention[1], cue.span[0]))
            mention = trim_span(self.text, *mention)
        return self.relative_clause_words(cue, pronoun, verb, s_end, mention)

    def relative_clause_words(
        self, cue: Cue, pronoun: Token, verb: Token, s_end: int, mention: tuple[int, int]
    ) -> FoundStatement | None:
        """The relative clause after the preposition, up to the end of its verb's phrase."""
        doc = self.doc
        # "pour qui" closes its sentence on the speaker's view; "selon lequel" may sit
        # inside a clause of narration, which its verb's phrase ends.
        end = s_end - 1 if cue.sentence_initial else min(verb.right_edge.i, s_end - 1)
        set_off = cue.token > 0 and doc[cue.token - 1].text == ","
        for k in range(pronoun.i + 1, end if set_off else pronoun.i):
            # "Le rapport, selon lequel la dette …, a été publié": a comma and a verb
            # go back to the main clause the parser hung on the relative one. Without
            # a comma before it ("des informations selon lesquelles l'audition, qui …,
            # aurait lieu"), the relative clause is not set off and runs on.
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
            return self.nearest_agreeing_noun(cue) or verb.head
        k = cue.token - 1
        while k >= 0 and (doc[k].is_punct or doc[k].is_space):
            k -= 1
        return doc[k] if k >= 0 else None

    def nearest_agreeing_noun(self, cue: Cue) -> Token | None:
        """ "une théorie fumeuse des enquêteurs, selon laquelle …": the relative pronoun
        after the preposition agrees with its antecedent; the nearest noun before it in
        gender and number is that antecedent, whatever noun the parser hangs the clause
        on. None when the pronoun shows no gender or no noun near agrees."""
        doc = self.doc
        s_start, _ = self.written_sentence(cue.token)
        for k in range(cue.token - 1, max(s_start, cue.token - 9) - 1, -1):
            token = doc[k]
            if token.pos_ == "PROPN":
                return None  # a name shows no gender: the parse decides
            if token.pos_ == "NOUN" and self.agrees_with_the_pronoun(token, cue, strict=True):
                return token
        return None

    def agrees_with_the_pronoun(self, noun: Token, cue: Cue, strict: bool = False) -> bool:
        """Whether ``noun`` agrees in gender and number with the relative pronoun after the
        preposition; a name, or a word without those features, agrees unless ``strict``."""
        pronoun = self.doc[cue.end_token + 1]
        wanted = (pronoun.morph.get("Gender"), pronoun.morph.get("Number"))
        found = (noun.morph.get("Gender"), noun.morph.get("Number"))
        if not all(wanted) or noun.pos_ == "PROPN" or not all(found):
            return not strict and noun.pos_ != "ADJ"
        return found == wanted

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


@lru_cache(maxsize=4)
def _holder_relatives(language: str) -> frozenset[str]:
    """Relative pronouns whose clause names who holds a source's document (the speakers
    lexicon's ``holder_relatives``: "dont", "que")."""
    return frozenset(get_language(language).lexicon("speakers").get("holder_relatives", []))
