"""Nominal and prepositional objects of a cue: "a dénoncé une « prise d'otage »",
"called the deal a fraud", "a appelé à un débrayage".
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from dixit.extract.context import ArticleContext
from dixit.extract.cues import Cue
from dixit.extract.syntax import is_date_word, is_person_or_body, is_source, sentence_bounds
from dixit.lang import get_language
from dixit.model import ExtractionRule, Span


@lru_cache(maxsize=4)
def _stance_object_nouns(language: str) -> frozenset[str]:
    """Nouns of the speaker's own stance ("son opposition à …"): the cues lexicon's
    ``stance_object_nouns``."""
    return frozenset(get_language(language).lexicon("cues").get("stance_object_nouns") or ())


class ObjectComplements(ArticleContext):
    """Nominal and prepositional objects of a cue."""

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

    def stance_object(self, verb: Token, cue_end: int = -1) -> bool:
        """ "a redit son opposition à la réforme": an object naming a stance
        (``stance_object_nouns``) with a possessive determiner; any verb of saying states
        that position, though it takes no other bare object."""
        nouns = _stance_object_nouns(self.language)
        return any(
            child.i > verb.i
            and (child.lemma_.lower() in nouns or child.lower_ in nouns)
            and any(
                d.dep_ == "det" and "Yes" in d.morph.get("Poss") and d.i < child.i
                for d in child.children
            )
            for child in self._objects(verb, cue_end)
        )

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
                if self.makes_an_idiom(verb, child):
                    return None  # "revient sur le terrain après …": no other object either
                if self.names_only_a_topic(child) or self.bare_topic(verb, child):
                    continue
                predicates = [
                    t
                    for p in verb.children
                    if p.dep_ in self.grammar.object_predicate_labels and p.i > child.i
                    for t in p.subtree
                ]  # "called the plan "a disgrace"": the object and what it is called
                right = max([child.right_edge, *predicates], key=lambda t: t.i)
                if (
                    quoted_only
                    and not self.has_quote((child.left_edge.idx, right.idx + len(right)))
                    and not self.quotation_opens_on(child, max(verb.i, cue_end))
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
                interposed = self.object_after_adjuncts(verb, cue_end, quoted_only)
                if interposed is not None and interposed[1][0] < self.doc[first].idx:
                    return interposed  # the parse took a word inside the object for it
                return ExtractionRule.OBJECT, self.span_of(self.doc[first], self.doc[last])
        return self.object_after_adjuncts(verb, cue_end, quoted_only)

    def object_after_adjuncts(
        self, verb: Token, cue_end: int, quoted_only: bool
    ) -> tuple[str, Span] | None:
        """ "a condamné lundi sur les réseaux sociaux l'attaque …", "a démenti samedi 27 juin
        des informations …", "a annoncé mardi lors d'une conférence de presse la fermeture
        …": a day, an adverb or a phrase of place or occasion between the cue and its
        object, on which the parser hangs the object. Read by position: after nothing but
        such adjuncts, the first determiner that no preposition governs opens the object."""
        if quoted_only:
            return None  # a cue that takes no object: a phrase after adjuncts is no object
        doc = self.doc
        start = max(verb.i, cue_end) + 1
        _, s_end = sentence_bounds(doc, verb)
        s_end = min(s_end, self.written_sentence(verb.i)[1])
        if start >= s_end or doc[start].text == ",":
            return None  # "Comme il l'avait promis, le maire …": the comma ends the clause
        opening = self.determiner_after_adjuncts(start, min(s_end, start + 14))
        if opening is None:
            return None
        noun = self.noun_of_determiner(opening, s_end)
        if noun is None or noun.dep_ in self.grammar.subject_labels:
            return None  # the subject of another verb
        if (
            not is_source(noun)
            or self.names_only_a_topic(noun)
            or self.bare_topic(verb, noun)
            or self.makes_an_idiom(verb, noun)
        ):
            return None  # "a annoncé lundi la semaine prochaine": a time, no object
        tokens = [t.i for t in noun.subtree if t.i >= opening.i]
        if verb.i in tokens or noun.is_ancestor(verb):
            return None
        last = self.complement_end(max(tokens), opening.i, s_end)
        last = self.participle_on_the_object(verb, last, s_end)
        if last - opening.i + 1 < self.min_object_words:
            return None
        return ExtractionRule.OBJECT, self.span_of(opening, doc[last])

    def determiner_after_adjuncts(self, start: int, end: int) -> Token | None:
        """From ``start``, over days and dates, adverbs and phrases that a preposition
        opens, the determiner that opens a noun phrase of its own; None when anything else
        (a verb, a conjunction, a quotation mark, a bare noun phrase) comes first or when
        nothing lies between."""
        doc = self.doc
        in_phrase = False  # inside a phrase a preposition opened
        for k in range(start, end):
            t = doc[k]
            if k > start and self.opens_a_noun_phrase(t, doc[k - 1]):
                return t
            if t.pos_ == "ADP":
                in_phrase = True
            elif t.pos_ in {"NOUN", "PROPN", "ADJ", "DET", "NUM"}:
                dated = is_date_word(t) or (t.pos_ == "DET" and is_date_word(t.head))
                if not in_phrase and not dated:
                    return None  # a noun phrase of its own: the parse's object
            elif t.pos_ == "ADV" or t.text == ",":
                in_phrase = False
            else:
                return None
        return None

    def opens_a_noun_phrase(self, word: Token, previous: Token) -> bool:
        """A determiner that no preposition governs; "des" after a day is the plural article
        ("a démenti samedi des …"), after an adverb it may be "de les" ("parle désormais
        des « pour »")."""
        if previous.pos_ == "ADP" or word.head.i <= word.i:
            return False
        if word.pos_ == "DET":
            return True
        return word.lower_ in {"des", "du"} and is_date_word(previous)

    def noun_of_determiner(self, determiner: Token, s_end: int) -> Token | None:
        """The noun a determiner opens: its head, or the first noun within three words
        when the parse hangs it elsewhere ("une « lâche agression »")."""
        head = determiner.head
        if head.i > determiner.i and head.pos_ in {"NOUN", "PROPN"}:
            return head
        return next(
            (
                t
                for t in self.doc[determiner.i + 1 : min(s_end, determiner.i + 4)]
                if t.pos_ in {"NOUN", "PROPN"}
            ),
            None,
        )

    def quotation_opens_on(self, child: Token, cue_last: int) -> bool:
        """ "a décrit « une personne radicalisée, avec … »": a quotation opened right before
        the object, after the cue, and running on past the object's phrase quotes it too,
        though the parse hangs its marks and its tail on the verb."""
        first = child.left_edge
        return any(
            self.doc[cue_last].idx < q.start < first.idx < q.end
            and not self.text[q.start + 1 : first.idx].strip()
            for q in self.quotes
        )

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
        return self.object_with_predicate(verb, False, cue.end_token) or self.evaluated_object(
            verb, cue
        )

    def evaluated_object(self, verb: Token, cue: Cue) -> tuple[str, Span] | None:
        """ "X juge la proposition insuffisante", "juge cette réforme dangereuse pour les
        communes": an object with a determiner, then an evaluative adjective
        (``Grammar.evaluative_adjectives``, or any adjective after a degree word: "trop
        chère") said of it, read by position (the parser often makes the adjective the
        noun's epithet). The object and its attribute are the statement."""
        if not self.grammar.evaluative_adjectives:
            return None
        doc = self.doc
        _, s_end = sentence_bounds(doc, verb)
        s_end = min(s_end, self.written_sentence(verb.i)[1])
        start = max(verb.i, cue.end_token) + 1
        if start >= s_end or doc[start].pos_ != "DET":
            return None  # "juge les prévenus mardi" has no attribute; "juge utile de …"
        noun = next(
            (t for t in doc[start + 1 : min(s_end, start + 4)] if t.pos_ in {"NOUN", "PROPN"}),
            None,
        )
        if noun is None:
            return None
        for k in range(noun.i + 1, min(s_end, noun.i + 9)):
            t = doc[k]
            if t.is_punct or t.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"}:
                return None
            if t.pos_ != "ADJ":
                continue
            graded = doc[k - 1].lower_ in self.grammar.degree_adverbs
            if not graded and not {t.lower_, t.lemma_.lower()} & self.grammar.evaluative_adjectives:
                continue
            end = self.complement_end(max(k, t.right_edge.i), start, s_end)
            return ExtractionRule.OBJECT, self.span_of(doc[start], doc[end])
        return None

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

    def rated_object(self, verb: Token, cue: Cue, subject: Token | None) -> tuple[str, Span] | None:
        """ "La banque estimait à 40 % le risque d'une crise", "évalue les pertes à deux
        millions": a cue that puts a figure on something (``rating_prepositions``) states
        the figure and the thing rated together, when a person or a body does it.

        The figure is a phrase under the verb, after the cue, that one of those prepositions
        opens and that holds a number; the thing is the verb's object, or the determined
        noun the parser hung on the figure ("à 70 % les chances de …")."""
        if not cue.rating_prepositions or subject is None:
            return None
        if not is_person_or_body(subject):
            return None  # "le modèle estime à 6 % la probabilité …": no one states it
        cue_last = max(verb.i, cue.end_token)
        _, s_end = sentence_bounds(self.doc, verb)
        if verb.dep_.startswith("acl"):
            # "la banque, qui estimait à 40 % le risque …, a revu …": the relative clause
            # ends the words
            s_end = min(s_end, verb.right_edge.i + 1)
        figure = self.rating_figure(verb, cue)
        if figure is None or figure.i >= s_end:
            return None
        things = [
            c for c in verb.children if c.dep_ in self.grammar.object_labels and c.i > cue_last
        ] or [
            c
            for c in figure.children
            if c.dep_ == "nmod" and c.i > figure.i and c.pos_ == "NOUN" and self.determined(c)
        ]
        if not things:
            return None
        opening = min(c.i for c in figure.children if c.dep_ == "case" and c.i < figure.i)
        first = min(opening, things[0].left_edge.i)
        last = max(t.i for part in (figure, things[0]) for t in part.subtree)
        end = self.complement_end(last, first, s_end)
        return ExtractionRule.OBJECT, self.span_of(self.doc[first], self.doc[end])

    def rating_figure(self, verb: Token, cue: Cue) -> Token | None:
        """The figure a rating cue puts on something ("à 40 %", "à environ deux
        millions"): the first phrase under the verb, after the cue, that one of the cue's
        ``rating_prepositions`` opens and that holds a number."""
        if not cue.rating_prepositions:
            return None
        _, s_end = sentence_bounds(self.doc, verb)
        return next(
            (
                t
                for t in self.doc[max(verb.i, cue.end_token) + 1 : s_end]
                if verb.is_ancestor(t)
                and self.introduced_by(t, cue.rating_prepositions)
                and (t.pos_ == "NUM" or any(c.pos_ == "NUM" for c in t.children))
            ),
            None,
        )

    def determined(self, noun: Token) -> bool:
        """A noun phrase opened by a determiner, the plural indefinite "des" the tagger
        reads as a preposition included ("des chances de …", ``partitives``); not a
        complement ("du total")."""
        cases = [d for d in noun.children if d.dep_ == "case" and d.i < noun.i]
        if cases:
            return (
                len(cases) == 1
                and cases[0].lower_ in self.grammar.partitives
                and "Plur" in noun.morph.get("Number")
            )
        return any(d.dep_ == "det" and d.i < noun.i for d in noun.children)

    def names_only_a_topic(self, noun: Token) -> bool:
        """ "X avait évoqué ce sujet": a topic noun (``topic_nouns`` of the cue lexicon) with
        nothing but a determiner says what was talked about, not what was said; "la question
        du financement" or a quoted object says more."""
        if noun.lemma_.lower() not in self.topic_nouns and noun.lower_ not in self.topic_nouns:
            return False
        return all(t.i == noun.i or t.dep_ == "det" for t in noun.subtree)

    def bare_topic(self, verb: Token, noun: Token) -> bool:
        """ "avant de revenir sur le match": the object of a cue that names what one talks
        about (``topic_cues``: revenir sur) says nothing with only its determiner and
        adjectives; "revient sur les erreurs qui ont coûté le match" tells what was said."""
        if verb.lemma_.lower() not in self.topic_cues:
            return False
        return all(t.i == noun.i or t.dep_ in {"det", "amod", "case"} for t in noun.subtree)

    def makes_an_idiom(self, verb: Token, noun: Token) -> bool:
        """ "a annoncé la couleur", "a démenti les pronostics": the verb and its object
        noun make an idiom of action (``idiom_objects`` of the cue lexicon), no words said."""
        nouns = self.idiom_objects.get(verb.lemma_.lower())
        return bool(nouns) and (noun.lemma_.lower() in nouns or noun.lower_ in nouns)

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
                child = self.call_after_an_adjunct(child, cue) or child
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
                # "a félicité les pompiers de Valbrune": a name after the preposition says
                # whose the object is, it is nothing called for or welcomed
                and t.head.pos_ != "PROPN"
            ]
            if called:
                _, s_end = sentence_bounds(self.doc, verb)
                first = child.left_edge.i
                if child.i <= cue.end_token:
                    first = called[0].i  # "a fait état de …": the cue's noun is no content
                end = self.complement_end(max(t.i for t in child.subtree), first, s_end)
                return ExtractionRule.OBJECT, self.span_of(self.doc[first], self.doc[end])
        return None

    def call_after_an_adjunct(self, adjunct: Token, cue: Cue) -> Token | None:
        """ "protestent en premier lieu contre les arrêtés …": the parser hangs the phrase
        that the cue's preposition opens on the set adjunct right before it ("en premier
        lieu", no determiner of its own), as if it completed that noun; a phrase opening
        right after it is the cue's own. "de" after a noun with its determiner completes
        that noun ("s'est étonnée dans les couloirs du palais")."""
        if any(c.dep_ == "det" for c in adjunct.children):
            return None
        return next(
            (
                c
                for c in adjunct.children
                if c.dep_ == "nmod"
                and c.left_edge.i == adjunct.i + 1
                and c.left_edge.lower_.replace("’", "'") not in self.grammar.partitives
                and self.introduced_by(c, cue.object_prepositions)
            ),
            None,
        )

    def call_after_an_incidental(self, verb: Token, cue: Cue) -> tuple[str, Span] | None:
        """ "a appelé, une fois de plus, les pays à agir …": after a comma-set phrase
        between a cue of calling and its complement, the parser may lose the call; read by
        position, the ones called and the call after the closing comma are the statement."""
        if not cue.object_prepositions:
            return None
        doc = self.doc
        start = max(verb.i, cue.end_token) + 1
        _, s_end = sentence_bounds(doc, verb)
        s_end = min(s_end, self.written_sentence(verb.i)[1])
        if start >= s_end or doc[start].text != ",":
            return None
        closing = next(
            (k for k in range(start + 1, min(s_end, start + 9)) if doc[k].text == ","), None
        )
        if closing is None or not self.only_adjuncts(start + 1, closing):
            return None
        if any(t.pos_ in {"VERB", "AUX"} for t in doc[start + 1 : closing]):
            return None
        first = closing + 1
        for k in range(first, min(s_end - 1, first + 6)):
            t = doc[k]
            if t.lower_ in cue.object_prepositions:
                # "à agir": an infinitive; "son adjoint au téléphone" calls no one to anything
                call = doc[k + 1]
                if "Inf" not in call.morph.get("VerbForm") and call.text not in self.marks.all:
                    return None
                if k == first or doc[first].pos_ == "DET":
                    end = self.complement_end(s_end - 1, first, s_end)
                    return ExtractionRule.OBJECT, self.span_of(doc[first], doc[end])
                return None
            if t.pos_ not in {"DET", "NOUN", "PROPN", "ADJ"}:
                return None
        return None

    def quoted_prepositional_object(self, verb: Token, cue: Cue) -> tuple[str, Span] | None:
        """ "Le procureur parle de « fantasmes »": a noun phrase after one of the cue's
        ``quoted_preposition_object`` prepositions is the statement only when it quotes
        the speaker; "a parlé de ses vacances" names a topic."""
        if not cue.quoted_prepositions:
            return None
        for child in verb.children:
            if child.i <= cue.end_token or not child.dep_.startswith(("obl", "iobj", "nmod")):
                continue
            if child.pos_ not in {"NOUN", "PROPN"} or not self.introduced_by(
                child, cue.quoted_prepositions
            ):
                continue
            _, s_end = sentence_bounds(self.doc, verb)
            first = child.left_edge.i
            end = self.complement_end(max(t.i for t in child.subtree), first, s_end)
            span = self.span_of(self.doc[first], self.doc[end])
            if self.has_quote(span) or self.quotation_opens_on(child, cue.end_token):
                first = self.quotation_opened_before(cue.end_token, first)
                return ExtractionRule.OBJECT, self.span_of(self.doc[first], self.doc[end])
        return None

    @staticmethod
    def introduced_by(noun: Token, prepositions: tuple[str, ...]) -> bool:
        """Whether the first preposition of ``noun``'s phrase is one of ``prepositions``."""
        cases = [c for c in noun.children if c.dep_ == "case" and c.i < noun.i]
        return bool(cases) and cases[0].lower_ in prepositions
