"""A reporting verb and its complement: the entry point and the filters that
keep a verb that reports from one that narrates, supposes or foresees.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from dixit.extract.context import ArticleContext
from dixit.extract.cues import Cue
from dixit.extract.extensions import FoundStatement
from dixit.extract.syntax import (
    is_person_or_body,
    is_source,
    mention_span,
    opens_an_infinitive,
    sentence_bounds,
    subject_of,
    trim_span,
)
from dixit.lang import get_language
from dixit.model import ExtractionRule, Span


@lru_cache(maxsize=4)
def _sentencing(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """Cues that also pass a sentence, and the words of a penalty (``sentencing``)."""
    sentencing = get_language(language).lexicon("cues").get("sentencing") or {}
    return frozenset(sentencing.get("verbs") or ()), frozenset(sentencing.get("penalties") or ())


@lru_cache(maxsize=4)
def _form_lemmas(language: str) -> dict[str, frozenset[str]]:
    """Each written form of the cues lexicon's ``forms`` -> the lemmas it spells."""
    found: dict[str, set[str]] = {}
    for lemma, forms in (get_language(language).lexicon("cues").get("forms") or {}).items():
        for form in forms:
            found.setdefault(form, set()).add(lemma)
    return {form: frozenset(lemmas) for form, lemmas in found.items()}


def _lemmas_of_form(language: str, form: str) -> frozenset[str]:
    return _form_lemmas(language).get(form, frozenset())


def _finite_part(verb: Token) -> Token | None:
    """The word that carries a verb's tense and person: the verb itself when finite, its
    finite auxiliary in a compound tense ("ont condamné"), else None."""
    if "Fin" in verb.morph.get("VerbForm"):
        return verb
    return next(
        (
            c
            for c in verb.children
            if c.dep_.startswith("aux") and c.i < verb.i and "Fin" in c.morph.get("VerbForm")
        ),
        None,
    )


class VerbReports(ArticleContext):
    """The report a verb cue makes: its subject, its complement, its filters."""

    def from_verb(self, cue: Cue) -> FoundStatement | None:
        doc = self.doc
        verb = doc[cue.token]
        last = doc[cue.end_token] if cue.end_token >= 0 else verb
        postposed = (
            self.cleft_after_the_words(cue, verb)
            or self.comparative_incise(cue, verb, last)
            or self.postposed(cue, verb, last)
            or self.incise_inside_a_sentence(cue, verb, last)
        )
        if postposed is not None:
            return postposed
        if cue.incise_only:
            return None  # "il a appris que …": only "…, a-t-on appris auprès de X" reports
        swallowed = self.cue_swallowed_by_its_clause(cue, verb)
        if swallowed is not None:
            return swallowed
        if self.opens_on_a_comparative(cue, verb):
            return None  # "…, comme le lui a demandé l'Assemblée": the subject follows
        main_clause = self.after_an_opening_participle(verb)
        if main_clause is not None:
            # Only a clause or an infinitive: "Évoquant ces accusations, X a …" narrates.
            return self.opening_participle(cue, verb, *main_clause)
        if (
            self.inside_a_cue_complement(verb)
            or self.passes_a_sentence(cue, verb)
            or self.only_foreseen(verb)
            or self.writers_aside(verb)
            or self.impersonal_modal_itself(cue, verb)
            or self.under_a_condition(verb)
        ):
            return None
        subject = self.speaker_of_a_participle_after_an_incise(verb) or subject_of(verb, last)
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
        if subject is None and not after_a_quotation:
            subject = self.speaker_of_a_verbless_participle(verb)
        if subject is None and not after_a_quotation and self.grammar.subject_by_position:
            subject = self.subject_by_position(cue, verb)
        if subject is None and not after_a_quotation:
            subject = self.body_fronted_before_on(verb)
        if subject is None and not after_a_quotation:
            subject = self.subject_of_a_narrative_infinitive(verb)
        if subject is None and not after_a_quotation:
            subject = self.subject_seizing_an_occasion(verb)
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
        if subject is not None and self.said_by_anyone_who(verb, subject):
            return None  # "Ceux qui prévoyaient de partir le savent": a kind of people
        content = (
            (self.que_clause(verb, last) if cue.takes_clause else None)
            or (self.bare_clause(verb, last) if cue.takes_clause else None)
            or (None if cue.asks or not cue.takes_clause else self.indirect_question(verb, last))
            or (
                None
                if self.only_an_intention(cue, verb) or cue.aspectual
                else self.infinitive(verb, cue) or self.infinitive_after_the_addressed(verb)
            )
            or self.addressed_infinitive(verb, cue)
            or self.gerund_object(verb, cue)
            or self.infinitive_after_a_mistagged_cue(verb)
            or self.reflexive_attribute(verb, cue)
            or self.rated_object(verb, cue, subject)
            or self.predicated_object(verb, cue, subject)
            or (
                None
                if self.quoted_term_in_a_relative(verb, cue)
                else self.nominal_object(
                    verb,
                    quoted_only=self.cue_right_after_a_quotation(cue)
                    or not (
                        (cue.takes_object or self.stance_object(verb, cue.end_token))
                        and subject is not None
                        and is_person_or_body(subject)
                    ),
                    cue_end=cue.end_token,
                )
            )
            or self.prepositional_object(verb, cue)
            or self.quoted_prepositional_object(verb, cue)
            or self.call_after_an_incidental(verb, cue)
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
        span = self.before_the_main_clause(verb, span)
        if span[1] - span[0] < 2:
            return None
        if self.grammar.complement_cut_by_quotation and self.cut_from_a_quotation(cue, span):
            return None
        if method == ExtractionRule.INFINITIVE and self.declines_to_speak(cue, span):
            return None
        if method == ExtractionRule.INFINITIVE and self.bare_interrogative_infinitive(span):
            return None  # "des messieurs lui disent quoi faire": nothing said
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

    def cue_swallowed_by_its_clause(self, cue: Cue, verb: Token) -> FoundStatement | None:
        """ "Le maire, Louis X, a en outre précisé que les travaux …": the parser may make
        the whole cue (auxiliary, adverb, participle) fixed words or marks of the reported
        clause's verb, and the subjects before it that verb's. When the cue verb is such a
        fixed word and the complementizer right after the cue marks a clause, that clause
        is the report and the subject before the cue its speaker."""
        if verb.dep_ not in {"fixed", "mark"}:
            return None
        doc = self.doc
        after = cue.end_token + 1
        if after >= len(doc) or doc[after].lower_ not in self.grammar.complementizers:
            return None
        clause = doc[after].head
        if clause.i <= after or clause.pos_ not in {"VERB", "AUX", "ADJ", "NOUN"}:
            return None
        cue_start = self.token_at(cue.span[0]).i
        subjects = [
            c
            for c in clause.children
            if c.dep_ in self.grammar.subject_labels and c.i < cue_start and is_source(c)
        ]
        if not subjects:
            return None
        subject = next(
            (
                s
                for s in subjects
                if s.pos_ == "PROPN" and any(o.pos_ == "NOUN" and o.i < s.i for o in subjects)
            ),
            subjects[0],
        )
        _, s_end = self.written_sentence(verb.i)
        last = max(t.i for t in clause.subtree if t.i > after)
        end = self.complement_end(last, after + 1, s_end)
        span = self.span_of(doc[after + 1], doc[end])
        mention = mention_span(subjects[0])
        if subject is not subjects[0]:
            # "Le maire, Louis X, …": the description and its name, one mention
            mention = (mention[0], mention_span(subject)[1])
        return self.found(span, ExtractionRule.QUE, cue, mention)

    def body_fronted_before_on(self, verb: Token) -> Token | None:
        """ "Du côté de la mairie, on assure que …", "À la préfecture, on indique que …":
        the impersonal "on" of a cue speaks for the body set before it at the head of the
        sentence (``Grammar.impersonal_place_openers``); the body's noun is returned. After
        "à"/"au" only a common noun is a body ("À Valbrune, on assure …" is a town's talk)."""
        doc = self.doc
        on = next(
            (
                c
                for c in verb.children
                if c.dep_ in self.grammar.subject_labels
                and c.lower_ in self.grammar.non_sources
                and c.lower_ == "on"
            ),
            None,
        )
        if on is None or on.i < 2 or doc[on.i - 1].text != ",":
            return None
        start, _ = self.written_sentence(verb.i)
        words = [t for t in doc[start : on.i - 1] if not t.is_space]
        for width in range(min(4, len(words) - 1), 0, -1):
            opener = " ".join(t.lower_ for t in words[:width]).replace("’", "'")
            if opener not in self.grammar.impersonal_place_openers:
                continue
            phrase = words[width:]
            head = next((t for t in phrase if t.pos_ in {"NOUN", "PROPN"}), None)
            if head is None:
                return None
            if width == 1 and opener in {"à", "au", "aux"} and head.pos_ != "NOUN":
                return None
            return head
        return None

    def before_the_main_clause(self, verb: Token, span: Span) -> Span:
        """ "Alors qu'elle proposait une retraite à 60 ans, elle avait changé d'avis": a cue
        in a subordinate clause set before its main clause (a mark of its own that is no
        complementizer) reports words that end where the main clause takes over, though
        the parse runs the complement on to the sentence's end."""
        main = verb.head
        if verb.dep_ != "advcl" or main.i <= verb.i:
            return span
        if not any(
            c.dep_ == "mark" and c.i < verb.i and c.lower_ not in self.grammar.complementizers
            for c in verb.children
        ):
            return span
        # the comma the parse hangs on the main verb: "…, elle avait changé d'avis"
        comma = next(
            (
                t
                for t in self.doc[verb.i + 1 : main.i]
                if t.text == "," and t.head.i == main.i and not self.in_quote(t.idx)
            ),
            None,
        )
        if comma is None or not span[0] < comma.idx < span[1]:
            return span
        return trim_span(self.text, span[0], comma.idx)

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

    def passes_a_sentence(self, cue: Cue, verb: Token) -> bool:
        """ "Le tribunal a condamné un homme à deux ans de prison": a cue that also passes a
        sentence (``sentencing`` of the cues lexicon) followed in its clause by "à" and a
        figure or a word of penalty is a judgment, not words."""
        sentencing = _sentencing(self.language)
        if cue.lemma not in sentencing[0]:
            return False
        doc = self.doc
        _, s_end = sentence_bounds(doc, verb)
        # "a condamné l'attaque et appelé à une trêve": the call is another verb's
        others = [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i]
        for k in range(max(verb.i, cue.end_token) + 1, s_end - 1):
            if doc[k].lower_ not in {"à", "au", "aux"}:
                continue
            if any(o.i <= k or o.is_ancestor(doc[k]) for o in others):
                break
            following = doc[k + 1 : min(s_end, k + 4)]
            if any(t.pos_ == "NUM" or t.lower_ in sentencing[1] for t in following):
                return True
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

    def quoted_term_in_a_relative(self, verb: Token, cue: Cue) -> bool:
        """ "Le ministre, qui enchaîne les « couacs » depuis sa nomination, a présenté …": a
        verb of going on speaking (``resuming``: enchaîner) heading a relative clause
        describes the noun it hangs on; a quoted word in its object is a term the narration
        borrows, not words the noun's holder said. A verb of saying there ("qui qualifie
        l'événement de « … »") still reports."""
        if not verb.dep_.startswith("acl") or not cue.resuming:
            return False
        # Only a true relative clause, opened by its relative subject ("qui"): the parser
        # also hangs a present misread as a participle there ("X, porte-parole, décrit …").
        return any(
            c.lower_ in self.grammar.relative_subjects and c.dep_.startswith("nsubj")
            for c in verb.children
        )

    def cue_right_after_a_quotation(self, cue: Cue) -> bool:
        """ "« … », a annoncé le président du conseil, Marc Lenoir": a cue right after a
        quotation and its comma has the quotation for its object; a noun after it (which
        the parser may take for the object) is its postposed subject, not words said."""
        # a quotation's end at or after the run of spaces and commas before the cue
        cue_start = after = cue.span[0]
        while after > 0 and self.text[after - 1] in " ,\u00a0":
            after -= 1
        return self.quote_ends.any_in(after, cue_start, True, True)

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
        # "…, et ont condamné « … »": in a compound tense its auxiliary carries the tense
        finite = _finite_part(verb)
        if verb.dep_ != "conj":
            return None
        if finite is None and not self.participle_sharing_an_auxiliary(verb):
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
            main_finite = _finite_part(main)
            if finite is None:
                # "a invité les élus à … et souligné que …": the auxiliary left out is the
                # earlier cue's, in a compound tense
                if main_finite is not None and main_finite.i != main.i:
                    return main
                continue
            if main_finite is not None and all(
                main_finite.morph.get(f) == finite.morph.get(f)
                for f in ("Tense", "Mood", "Person", "Number")
            ):
                return main
        return None

    def bare_interrogative_infinitive(self, span: Span) -> bool:
        """ "lui disent quoi faire", "savoir comment faire": an infinitive alone after an
        interrogative word (``Grammar.interrogative_infinitive_openers``) says nothing."""
        words = [t for t in self.doc.char_span(*span, alignment_mode="expand") or []]
        words = [t for t in words if not t.is_punct]
        if len(words) != 1 or words[0].i == 0:
            return False
        return self.doc[words[0].i - 1].lower_ in self.grammar.interrogative_infinitive_openers

    def said_by_anyone_who(self, verb: Token, subject: Token) -> bool:
        """ "Ceux qui prévoyaient de prendre le train …", "Celui qui affirme que …": a cue
        in a relative clause on a demonstrative pronoun (``Grammar.generic_antecedents``)
        describes whoever does so; no one is reported."""
        return subject.lower_ in self.grammar.generic_antecedents and any(
            c.dep_ in self.grammar.subject_labels
            and c.lower_ in self.grammar.relative_subjects
            and c.i < verb.i
            for c in verb.children
        )

    def subject_seizing_an_occasion(self, verb: Token) -> Token | None:
        """ "Le gouvernement a profité de cette journée pour annoncer que …": an infinitive
        cue after "pour" on a verb of seizing an occasion (``Grammar.occasion_verbs``)
        tells what its subject did there; that subject speaks. A plain purpose ("se sont
        réunis pour protester") reports nothing done. The parse may hang the infinitive
        on the verb's object ("a convoqué l'ambassadeur pour protester"): the verb counts."""
        head = verb.head
        if verb.dep_ == "acl" and head.dep_ in self.grammar.object_labels:
            head = head.head
        if (
            "Inf" not in verb.morph.get("VerbForm")
            or head.i == verb.i
            or head.lemma_.lower() not in self.grammar.occasion_verbs
            or not any(
                c.dep_ == "mark" and c.lower_ in self.grammar.occasion_markers
                for c in verb.children
            )
        ):
            return None
        if any(
            c.dep_ in self.grammar.subject_labels and c.lower_ in self.grammar.relative_subjects
            for c in head.children
        ):
            return None  # "Un préfet qui profitera de l'occasion pour …": a description
        subject = subject_of(head) or next(
            (c for c in head.children if c.dep_ in self.grammar.subject_labels and c.i < head.i),
            None,
        )  # the parse's own subject where a quoted term before the verb hides it
        if subject is None or not is_person_or_body(subject):
            return None
        return subject

    def participle_sharing_an_auxiliary(self, verb: Token) -> bool:
        """ "X a invité les élus à … et souligné que …": a past participle with no auxiliary
        and no subject of its own, coordinated by a conjunction, shares the auxiliary of an
        earlier verb (left out by ellipsis)."""
        return (
            "Part" in verb.morph.get("VerbForm")
            and "Past" in verb.morph.get("Tense")
            and not any(c.dep_.startswith("aux") for c in verb.children)
            and any(c.dep_ == "cc" and c.i < verb.i for c in verb.children)
        )

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

    def impersonal_modal_itself(self, cue: Cue, verb: Token) -> bool:
        """ "Il convient de rester prudent : rien ne dit …": the cue is itself an impersonal
        verb of ``impersonal_modals``, its subject the expletive "il" and an infinitive
        after "de": the writer's advice, no one is reported ("il convient que …" may still
        be a man who agrees)."""
        if not ({cue.lemma, verb.lemma_.lower()} | _lemmas_of_form(self.language, verb.lower_)) & (
            self.grammar.impersonal_modals
        ):
            return False  # the lemmatizer may miss it ("convient": convier)
        if not any(
            c.dep_ in self.grammar.subject_labels and c.lower_ == "il" and c.i < verb.i
            for c in verb.children
        ):
            return False
        nxt = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        return nxt is not None and nxt.lower_ in self.grammar.narrative_infinitive_markers

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
        s_start, s_end = self.written_sentence(verb.i)
        opening = [t for t in self.doc[s_start : verb.i] if not (t.is_space or t.is_punct)]
        if self.perfect_infinitive_opening(verb, opening):
            return self.main_clause_subject(verb.i, s_end)
        if not ("Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")):
            return None
        if opening and not all(t.pos_ in {"CCONJ", "ADV"} for t in opening):
            return None
        return self.main_clause_subject(verb.i, s_end)

    def perfect_infinitive_opening(self, verb: Token, opening: list[Token]) -> bool:
        """ "Après avoir affirmé que …, le maire a …": a past participle whose sentence
        opens on one of ``perfect_infinitive_openers`` and an infinitive auxiliary, adverbs
        and conjunctions aside; it speaks for the main clause's subject, as an opening
        present participle does."""
        if "Part" not in verb.morph.get("VerbForm") or len(opening) < 2:
            return False
        rest = [t for t in opening if t.pos_ not in {"CCONJ", "ADV"}]
        return (
            len(rest) == 2
            and rest[0].lower_ in self.grammar.perfect_infinitive_openers
            and rest[1].pos_ == "AUX"
            and "Inf" in rest[1].morph.get("VerbForm")
        )

    def speaker_of_a_participle_after_an_incise(self, verb: Token) -> Token | None:
        """ "« … », a déclaré le directeur, Luc Berthe, précisant que …", "…, s'est félicité
        M. Roux en soulignant que …": a present participle (or a gerund) right after the
        postposed subject of a reporting clause goes on that clause's report; its subject
        speaks, whatever the parse hangs the participle on (often a verb of the words told).
        """
        if not ("Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")):
            return None
        doc = self.doc
        k = verb.i - 1
        while k >= 0 and (doc[k].text == "," or doc[k].lower_ in self.grammar.gerund_openers):
            k -= 1
        if k == verb.i - 1 or k < 0:
            return None  # no comma nor "en" before it: a participle on a noun
        s_start, _ = self.written_sentence(verb.i)
        for cue in reversed(self.cues):
            if cue.kind != "verb" or not s_start <= cue.token < k:
                continue
            if _finite_part(doc[cue.token]) is None:
                return None  # "qualifiant l'action de …, en indiquant": no clause of its own
            first = self.token_at(cue.span[0]).i
            subject = subject_of(doc[cue.token], doc[cue.end_token])
            if subject is None or self.in_quote(subject.idx):
                # "« Nous … » a déclaré le directeur": the parse may give the verb a
                # subject inside the words told; the postposed one is the first name or
                # noun of a person or body after the cue
                subject = next(
                    (
                        t
                        for t in doc[cue.end_token + 1 : k + 1]
                        if t.pos_ in {"NOUN", "PROPN"} and is_person_or_body(t)
                    ),
                    None,
                )
            if (
                subject is None
                or not first < subject.i <= k  # postposed: "a-t-il dit", "a déclaré X"
                or not is_person_or_body(subject)
                or any(
                    t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm")
                    for t in doc[cue.end_token + 1 : k + 1]
                )
            ):
                return None
            return subject
        return None

    def speaker_of_a_verbless_participle(self, verb: Token) -> Token | None:
        """ "Le maire a assuré que … . Tout en regrettant que …": a present participle that
        opens a sentence with no verb of its own (after "en", "tout en", "et") goes on the
        report of the sentence before; the subject of that sentence's reporting verb speaks."""
        if not ("Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")):
            return None
        s_start, s_end = self.written_sentence(verb.i)
        opening = [t for t in self.doc[s_start : verb.i] if not (t.is_space or t.is_punct)]
        if not all(t.pos_ in {"CCONJ", "ADV"} or t.dep_ == "mark" for t in opening):
            return None
        if any(
            t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm")
            for t in self.doc[verb.i : s_end]
            if not (t.i == verb.i or verb.is_ancestor(t))
        ):
            return None  # "En regrettant …, il a remercié …": the main clause's subject
        if s_start == 0 or "\n" in self.doc[s_start - 1].text:
            return None
        p_start, _ = self.written_sentence(s_start - 1)
        for cue in self.cues:
            if cue.kind == "verb" and p_start <= cue.token < s_start:
                subject = subject_of(self.doc[cue.token], self.doc[cue.end_token])
                if subject is not None and is_person_or_body(subject):
                    return subject
        return None

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
