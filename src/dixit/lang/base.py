"""The language object the rules ask for words: closed classes as a typed ``Grammar``,
lexicons as data files of the language's package."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from dixit.errors import DixitError


class UnknownLanguage(DixitError):
    """No language package for that code."""

    def __init__(self, code: str | None) -> None:
        from dixit.lang import LANGUAGE_PACKAGES

        self.code = code
        known = ", ".join(sorted(LANGUAGE_PACKAGES))
        super().__init__(f"language {code!r} is not supported (dixit knows: {known})")


class LexiconMissing(DixitError):
    """The language package has no data file of that name."""

    def __init__(self, language: str, name: str) -> None:
        self.language = language
        self.name = name
        super().__init__(f"no {name!r} lexicon for language {language!r} yet")


@dataclass(frozen=True)
class Grammar:
    """Closed word classes and conventions of one language (its ``grammar.yaml``).

    Every field is a set of lower-case words or labels; a language leaves out what it
    does not have (an empty set).
    """

    #: Particles that open a complement of a noun: "de", "du", "des", "d'".
    partitives: frozenset[str] = frozenset()
    #: Words of a negation around a verb: "ne", "pas", "jamais".
    negations: frozenset[str] = frozenset()
    #: Subject pronouns glued after a verb: "-il", "-t-elle".
    inverted_pronouns: frozenset[str] = frozenset()
    #: Definite and demonstrative determiners: "le", "la", "ce".
    definite_determiners: frozenset[str] = frozenset()
    #: Punctuation that ends a sentence.
    sentence_ends: frozenset[str] = frozenset()
    #: Euphonic link before an inverted pronoun: the "-t" of "a-t-il".
    inverted_pronoun_links: frozenset[str] = frozenset()
    #: Negation words that also mean something else ("plus"): negating only with a particle.
    ambiguous_negations: frozenset[str] = frozenset()
    #: The particle that makes an ambiguous word a negation: "ne", "n'".
    negation_particles: frozenset[str] = frozenset()
    #: Conjunctions that open a reported clause: "que", "qu'".
    complementizers: frozenset[str] = frozenset()
    #: Reflexive pronouns before a verb: "se", "s'".
    reflexive_pronouns: frozenset[str] = frozenset()
    #: Particles before a reported infinitive: "de" ("a exclu de partir"), "à".
    infinitive_marks: frozenset[str] = frozenset()
    #: Words after a comma that end a reported clause: "mais", "selon", "afin".
    clause_breakers: frozenset[str] = frozenset()
    #: Words that open a gerund after a comma: "tout en rappelant".
    gerund_openers: frozenset[str] = frozenset()
    #: Relative pronouns that are the subject of their clause: "qui".
    relative_subjects: frozenset[str] = frozenset()
    #: Lemmas of the auxiliaries of compound tenses: "avoir", "être".
    auxiliaries: frozenset[str] = frozenset()
    #: Lemmas of the copula: "être" ("serait favorable à").
    copulas: frozenset[str] = frozenset()
    #: Pronouns and particles that never name who speaks: "on", "ce", "rien", "se".
    non_sources: frozenset[str] = frozenset()
    #: Dependency labels of a clause's subject in the parser's scheme.
    subject_labels: frozenset[str] = frozenset()
    #: Dependency label prefixes whose subtree is no part of a speaker's noun phrase.
    mention_excluded_labels: frozenset[str] = frozenset()
    #: Clitics between a quotation and its incise verb: "ne", "-t", "-il", "se".
    incise_clitics: frozenset[str] = frozenset()
    #: Abbreviations whose full stop ends no sentence ("M.", "Mme.", "Dr."), lower-case.
    abbreviations: frozenset[str] = frozenset()
    #: Capitalised words that open a mention without naming anyone: "Le", "Son", "Mme".
    name_openers: frozenset[str] = frozenset()
    #: Particle of the narrative infinitive that reports words: "Et d'ajouter : « … »".
    narrative_infinitive_markers: frozenset[str] = frozenset()
    #: words that open an indirect question reported by a cue ("a expliqué pourquoi …")
    question_words: frozenset[str] = frozenset()
    #: Punctuation after which no sentence starts: a comma ends no sentence.
    sentence_continuers: frozenset[str] = frozenset()
    # -- helper reported4 (session 4) --
    #: a word that opens a postposed report after a comma ("…, comme le rappelle le maire")
    incise_comparatives: frozenset[str] = frozenset()
    #: clitics standing for the clause a comparative reports ("…, comme il l'a dit")
    clause_clitics: frozenset[str] = frozenset()
    #: verbs of seizing an occasion, whose infinitive after ``occasion_markers`` tells what
    #: was done there ("a profité de la réunion pour annoncer que …")
    occasion_verbs: frozenset[str] = frozenset()
    occasion_markers: frozenset[str] = frozenset()
    #: demonstratives whose relative clause describes a kind of people ("ceux qui …")
    generic_antecedents: frozenset[str] = frozenset()
    #: interrogative words before a bare infinitive ("lui disent quoi faire")
    interrogative_infinitive_openers: frozenset[str] = frozenset()
    #: source prepositions that need a definite source ("Pour d'autres habitants, …" narrates)
    definite_source_prepositions: frozenset[str] = frozenset()
    #: words that open an indefinite group of people ("d'autres", "certains", "beaucoup")
    indefinite_group_openers: frozenset[str] = frozenset()
    #: prepositions of an attribute's topic ("se montrait sceptique sur …"), not of a place
    attribute_topic_prepositions: frozenset[str] = frozenset()

    # --- helper `english` (session 4): what the parsers of other languages label otherwise
    #: Dependency labels of a verb's direct object: "obj" (UD), "dobj" (English models).
    object_labels: frozenset[str] = frozenset()
    #: Dependency labels of a passive auxiliary ("a été interpellé", "was arrested").
    passive_labels: frozenset[str] = frozenset()
    #: Orders of an incise after a quotation: "inverted" ("…", said X), "subject_first"
    #: ("…", X said).
    incise_orders: frozenset[str] = frozenset()
    #: Punctuation between a reporting clause and the quotation it announces: ":" ("X a
    #: déclaré : « … »"), "," ('X said, "…"').
    quote_introducers: frozenset[str] = frozenset()
    #: Labels of a reported clause with no complementizer ("said the plan had failed").
    bare_clause_labels: frozenset[str] = frozenset()
    #: Labels of a preposition heading its phrase, on the verb ("warned of shortages").
    preposition_labels: frozenset[str] = frozenset()
    #: Labels of a predicate of the object ("called the plan "a disgrace"").
    object_predicate_labels: frozenset[str] = frozenset()
    #: Labels of a relative clause besides "acl…" ("relcl": "women who said …").
    relative_clause_labels: frozenset[str] = frozenset()
    #: Tags of a participle that is a simple past when it has a subject of its own
    #: ("The chairman accused …" tagged VBN): no auxiliary is looked for.
    past_participle_tags: frozenset[str] = frozenset()
    #: Labels of an infinitive that speaks for the subject of the verb it hangs on, besides
    #: "xcomp" ("went on to say that …": advcl).
    infinitive_subject_labels: frozenset[str] = frozenset()
    # -- helper reported5 (session 5) --
    #: Object clitics before an incise verb ("« … », nous dit un voisin", "lui a répondu
    #: X"): no subject, the speaker follows the verb.
    incise_object_clitics: frozenset[str] = frozenset()
    #: Words that make the infinitive mark after them a subordinator ("avant de", "afin
    #: de", "au lieu de"): an adjunct of time or purpose, not the cue's complement.
    infinitive_subordinators: frozenset[str] = frozenset()
    #: Prepositions that open a perfect infinitive set before the main clause ("après avoir
    #: affirmé que …, X a …"): the cue speaks for the main clause's subject.
    perfect_infinitive_openers: frozenset[str] = frozenset()

    # --- helper `english5` (session 5)
    #: Dashes that close a wire dateline opening a paragraph ("NAIROBI, Kenya, May 29 – …",
    #: "GENEVA, Sept 16 (Reuters) - …"): its place is no speaker, its day dates no statement.
    dateline_dashes: frozenset[str] = frozenset()
    #: Dashes before a wire headline's trailing source ("Kessel to raise its tax - sources"):
    #: a convention of English wire headlines, not of French titles ("… - Le Quotidien").
    headline_source_dashes: frozenset[str] = frozenset()
    #: Whether a dateline's day of filing dates no statement (the English sets' convention;
    #: French wire copy's "BRUXELLES, 4 nov (Belga) -" gives its lead the day).
    dateline_day_dates_nothing: bool = False
    #: Nouns of people who speak for a body, whose mention keeps the body after a link word
    #: ("a spokeswoman for the council", "officials at the Ministry of Transport").
    spokesperson_nouns: frozenset[str] = frozenset()
    #: The link words between such a noun and its body: "for", "at", "of", "from".
    spokesperson_links: frozenset[str] = frozenset()
    # English constructions that were keyed on ``bare_clause_labels`` being set, each named
    #: 'X said "…"': a quotation right after a reporting verb is its complement.
    quotation_as_complement: bool = False
    #: A complement that opens a quotation after the cue and stops inside it is the
    #: quotation's first clause only: the quotation rules take the whole.
    complement_cut_by_quotation: bool = False
    #: "said previous forecasts that …": a subject between the cue and a complementizer is
    #: the bare clause's own, and that complementizer opens no report of the cue.
    subject_before_complementizer: bool = False
    #: "they had sex with X – payments that …": a lone dash ends a reported complement.
    dash_ends_complement: bool = False
    #: "… because he thought …": a reporting verb in a subordinate clause inside a
    #: complement is part of it, no new report.
    subordinate_cue_in_complement: bool = False
    #: "… before declaring": a clause breaker before a coordinated clause is no part of the
    #: complement before it.
    breaker_ends_complement: bool = False
    # -- helper reported6 (session 6) --
    #: Relative pronouns that make a preposition cue a relative clause of the noun before
    #: it ("le ministre, d'après lequel …", "une source pour qui …"): the antecedent speaks.
    relative_cue_pronouns: frozenset[str] = frozenset()
    # -- helper english6 (session 6) --
    #: Labels of a noun's possessor ("Venn's view", "his position"): who holds the view.
    possessor_labels: frozenset[str] = frozenset()
    #: Link words inside a capitalised body's name that a mention keeps ("the Office for
    #: Budget Responsibility", "the Department of Justice").
    name_links: frozenset[str] = frozenset()
    # -- helper reported7 (session 7) --
    #: Modal verbs that, finite over a cue in the infinitive, foresee a statement not yet
    #: made ("le parquet devrait demander …", "la ministre doit annoncer …").
    prediction_modals: frozenset[str] = frozenset()
    #: Labels of a passive verb's agent ("lancé par la Suisse"): a bare participle with one
    #: is no incise.
    agent_labels: frozenset[str] = frozenset()
    #: Labels of an auxiliary on its verb ("avait" in "avait souligné").
    auxiliary_labels: frozenset[str] = frozenset()
    #: Marks of a clause of condition ("si"): a cue in it supposes words, no statement.
    condition_marks: frozenset[str] = frozenset()
    #: Comparative adverbs ("plus", "moins"): "plus optimiste que prévu" compares, the
    #: "que" after the adjective they modify opens no reported clause.
    comparative_adverbs: frozenset[str] = frozenset()
    #: 'X a déclaré "Je regrette …"': a quoted sentence (a capital and a finite verb) right
    #: after the cue, with no colon, is its complement.
    quoted_sentence_as_complement: bool = False
    # -- helper english7 (session 7) --
    #: Prepositions that open the predicate of a cue's object ("described him as a
    #: builder", "portrayed the levy as a tax"): the object and its predicate are the words.
    predicate_prepositions: frozenset[str] = frozenset()
    #: Quantifiers that stand alone as a subject and name a group ("many believe …",
    #: "most say …"): an anonymous source.
    quantifier_subjects: frozenset[str] = frozenset()
    # -- helper speakers15c (session 15) --
    #: Pronouns that, with their article and a complement, pick one of a group ("l'un
    #: d'eux", "l'une des manifestantes"): a postposed subject even when the parser makes
    #: it the incise verb's object.
    one_of_pronouns: frozenset[str] = frozenset()
    #: "…, according to the ministry, ending a strike": a participle clause after a
    #: postposed source is narration that follows the report.
    participle_after_source: bool = False
    # -- helper posrev5 (session 7) --
    #: Hyphenated words the tokenizer must keep whole ("volte-face", "week-end"): split,
    #: they derail the parse of their sentence (the noun read as a root or punctuation).
    unsplit_compounds: frozenset[str] = frozenset()
    # -- helper reported8 (session 8) --
    #: Pronouns of the one who writes ("je", "j'"): outside a quotation, "j'ai dit que …"
    #: is the author's narration (or a quotation whose marks the page lost), no statement.
    narrator_pronouns: frozenset[str] = frozenset()
    #: Impersonal verbs that, over a cue in the infinitive, make it the writer's aside
    #: ("il faut dire que …", "il convient de rappeler que …"): nobody is reported.
    impersonal_modals: frozenset[str] = frozenset()
    #: Labels of the words after the first of a multi-word subordinator ("que" in "alors
    #: que", "tandis que"): such a "que" opens no reported clause.
    compound_mark_labels: frozenset[str] = frozenset()
    #: Demonstrative pronouns that open a cleft sentence ("C'est ce qu'a réclamé X"): with
    #: its cue's subject after the verb, it points back at the sentence before.
    cleft_pronouns: frozenset[str] = frozenset()
    #: "ne confirme pas ce chiffre": a negated cue's noun object tells what was not said,
    #: no statement (cues flagged ``open_when_negated`` excepted: "n'a pas exclu …").
    negated_object_says_nothing: bool = False
    #: "« … », expliquant que …": a present participle right after a quotation and its
    #: comma reports for the one quoted.
    participle_after_quotation: bool = False
    #: A headline or subheading that quotes words inside a clause of its own is a
    #: statement of the speaker the article gives it.
    quoted_titles: bool = False
    #: "conclut que A et invite le juge à B": a finite cue coordinated to the verb of an
    #: earlier cue's complement, in that cue's tense and person, is its speaker's report.
    coordinated_cue_reports: bool = False
    # -- helper english8 (session 8) --
    #: Part-of-speech tags of a gerund: after a cue that takes an object, a gerund with no
    #: subject of its own is what the source denies or admits ("denied having met them").
    gerund_tags: frozenset[str] = frozenset()
    #: "blasted the rock to open a quarry": an infinitive adjunct after the cue's object
    #: tells the act's purpose, no content (French "a mis en garde les élus à ne pas …"
    #: calls them to it).
    purpose_after_object: bool = False
    #: "…, according to the union, one of those representing the staff.": an apposition
    #: of a postposed source ends the sentence; the words are before the source.
    apposition_after_source: bool = False
    # -- lead (session 8) --
    #: Infinitive endings of the verbs whose past participle always ends in one of
    #: ``regular_participle_endings`` (French "-er": "lancer" -> "lancé"): a form of such a
    #: verb tagged as a participle without that ending is a finite form the tagger misread
    #: ("« … », lance à la cour Me X").
    regular_infinitive_endings: frozenset[str] = frozenset()
    regular_participle_endings: frozenset[str] = frozenset()
    # -- helper english9 (session 9) --
    #: "Briefing journalists, Tom Pell said …", "Absent a plan, Venn pointed to …": an
    #: opening phrase the parser reads as a subject of the cue, set off by a comma right
    #: before the cue's other subject; the subject nearest the verb speaks.
    opening_phrase_subjects: bool = False
    #: Abbreviations of titles the tokenizer must keep with their full stop ("Sens.",
    #: "Lt."): split off, the full stop ends the sentence inside a name ("pointed to Sens.
    #: Tim X and Ann Y").
    unsplit_abbreviations: frozenset[str] = frozenset()
    #: Elided words written straight against an opening quotation mark ("qu'« il reste …
    #: »", "d'« erreur »"): the tokenizer keeps the elided word whole and the mark apart.
    elisions_before_quotes: frozenset[str] = frozenset()
    #: Free relative pronouns ("what"): "displaying what analysts said was a sign of …" has
    #: the pronoun before the cue as its clause's subject; the words start after the cue,
    #: as after "payments that X said were …" (``relative_subjects``).
    free_relative_subjects: frozenset[str] = frozenset()
    # -- helper reported9 (session 9) --
    #: Closing brackets: no sentence starts on one, nor on a word in lower case right after
    #: it ("Paul Roy (PS) | a fustigé …" is one sentence with its subject).
    closing_brackets: frozenset[str] = frozenset()
    #: A finite cue the parse leaves without a subject takes the name right before it
    #: (across a party or place in brackets: "Paul Roy (PS) a fustigé …"), or the titled
    #: name that opens its sentence before comma-set words ("M. Roy, d'un ton sec, a
    #: répondu que …").
    subject_by_position: bool = False
    #: A noun phrase with its relative clause, no main verb, before an incise whose pronoun
    #: is glued to its verb ("Une situation qui pèse …, a-t-il reconnu") is reported words.
    verbless_before_incise: bool = False
    #: "…, selon les économistes, qui estiment que …": a relative clause on a postposed
    #: source leaves the words before the source to it.
    relative_after_source: bool = False
    # -- helper quotes10 (session 10) --
    #: Punctuation after which an incise may open inside a quotation: the comma, and in
    #: French "?" and "!" (« Vraiment ? a demandé X. … »).
    incise_inside_breaks: frozenset[str] = frozenset()
    #: An incise inside a quotation may be any verb with its subject inverted (« …,
    #: rageait-il. … »), not only a reporting verb of the cue lexicon.
    inverted_incise_inside: bool = False
    #: Quotations set side by side before one incise are all its speaker's ('"A", "B" mais
    #: "C", a-t-il déclaré'), each a statement of its own.
    chained_quotations: bool = False
    #: Dashes before a name that signs a quotation ("« … » – Marc Bolduc").
    signature_dashes: frozenset[str] = frozenset()
    # -- helper english10 (session 10) --
    #: Fine tags of a sentence's first word that the tagger glues to the name after it
    #: ("Meanwhile Ardern defended …" tagged as one person): such a word is never a name's
    #: first word, and the name starts after it.
    entity_opener_tags: frozenset[str] = frozenset()
    #: Fine tags of an auxiliary opening a question ("Will Dutton own the result?" tagged
    #: as a person "Will Dutton"): dropped from a name when the sentence ends on "?".
    question_opener_tags: frozenset[str] = frozenset()
    # -- helper english14 (issue 15) --
    #: Pronouns that stand for a body only ("The Trust criticised the plan. It said …"):
    #: a subject only after a sentence whose main subject names a body.
    body_pronouns: frozenset[str] = frozenset()
    #: "X said the port would close and added that …": a conjunct verb the parser joins to
    #: a reported clause's verb goes with the reporting verb when it shares its tense.
    reporting_conjuncts: bool = False
    #: A direct quotation saying "today" or "this morning" was spoken on the day of
    #: publication when nothing else dates it (``resolve/dates/rules/speech_day.py``).
    quoted_deixis_dates: bool = False

    # -- french14 (session 11) --
    #: Adjuncts written between an auxiliary and its participle ("a d'ailleurs fait savoir",
    #: "a par ailleurs indiqué", "ont par la suite précisé"), lower case, words as written
    #: with one space (an elided word keeps its apostrophe: "d'ailleurs"): the cue's span
    #: runs over them to the auxiliary.
    cue_adjuncts: frozenset[str] = frozenset()
    #: Prepositions before the place an impersonal incise is said at ("…, indique-t-on à la
    #: préfecture", "au parquet", "chez Renault"): that body speaks.
    impersonal_place_prepositions: frozenset[str] = frozenset()
    #: Words that open a body set before an impersonal "on" ("Du côté de la mairie, on
    #: assure que …", "À la préfecture, on indique …"): that body speaks. Lower case, words
    #: as tokens with one space ("du côté d'").
    impersonal_place_openers: frozenset[str] = frozenset()
    #: Of those, the prepositions that name a place as much as a body ("à Valbrune", "à la
    #: préfecture"): after an impersonal incise, speaker resolution decides.
    place_only_prepositions: frozenset[str] = frozenset()
    #: Adjectives of judgement said of an object by a cue of opinion ("juge la proposition
    #: insuffisante", "estime ce délai excessif"), masculine singular and forms.
    evaluative_adjectives: frozenset[str] = frozenset()
    #: Degree words that make any adjective after them a judgement ("trop chère", "peu
    #: crédible").
    degree_adverbs: frozenset[str] = frozenset()
    #: Prepositions before the medium words are told to ("une source judiciaire à l'AFP",
    #: "au Parisien"): a medium after them is no part of the speaker's mention.
    told_prepositions: frozenset[str] = frozenset()
    #: A preposition and its noun that open what the words are about ("au sujet du
    #: contournement", "à propos de la réforme"): that phrase is no part of a mention.
    topic_phrases: frozenset[str] = frozenset()

    def restricts(self, negation_words: Iterable[str], following: str | None) -> bool:
        """ "n'a exclu que la hausse", "n'avait promis que la réfection du pont": a negation
        particle with no negation word (``negation_words``: those around the verb), and a
        complementizer right after the verb (``following``), is "ne … que", a restriction
        ("only"): the verb is affirmed of what follows, not denied."""
        found = {w.lower() for w in negation_words} & self.negations
        if not found or found - self.negation_particles:
            return False
        return following is not None and following.lower() in self.complementizers

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> Grammar:
        types = {f.name: f.type for f in fields(cls)}
        unknown = set(data) - set(types)
        if unknown:
            raise ValueError(f"grammar.yaml: unknown field(s) {sorted(unknown)}")
        return cls(
            **{
                key: bool(value) if types[key] == "bool" else frozenset(str(w) for w in value or ())
                for key, value in data.items()
            }
        )


@dataclass(frozen=True)
class LanguageData:
    """Everything one language supplies; one instance per language per process."""

    code: str
    package: str
    grammar: Grammar

    @classmethod
    @cache
    def load(cls, code: str, package: str) -> LanguageData:
        grammar_file = resources.files(package) / "grammar.yaml"
        data = yaml.safe_load(grammar_file.read_text("utf-8")) if grammar_file.is_file() else {}
        return cls(code=code, package=package, grammar=Grammar.from_mapping(data or {}))

    def has_lexicon(self, name: str) -> bool:
        return (resources.files(self.package) / f"{name}.yaml").is_file()

    def lexicon(self, name: str, extra: str | None = None) -> dict[str, Any]:
        """The data file ``<name>.yaml`` of this language, with a user file merged over it.

        A user file's mappings extend the shipped mappings, its lists extend the shipped
        lists, and its other values replace them.
        """
        return _read_lexicon(self.package, self.code, name, extra)

    def saying_verbs(self) -> frozenset[str]:
        """The lemmas of the language's reporting verbs (``cues.yaml``'s ``verbs``), which
        rules outside the extractor read to tell a saying from other narration."""
        return _saying_verbs(self.package, self.code)

    def media_names(self) -> frozenset[str]:
        """The news media and agencies of the language's venue lexicon (``venues.yaml``'s
        ``media`` and ``agencies``), as written: who reports, never who speaks for a body."""
        return _media_names(self.package, self.code)


@cache
def _media_names(package: str, code: str) -> frozenset[str]:
    if not (resources.files(package) / "venues.yaml").is_file():
        return frozenset()
    venues = _read_lexicon(package, code, "venues", None)
    names = [n for group in (venues.get("media") or {}).values() for n in group or ()]
    return frozenset(str(n) for n in [*names, *(venues.get("agencies") or ())])


@cache
def _saying_verbs(package: str, code: str) -> frozenset[str]:
    verbs = _read_lexicon(package, code, "cues", None).get("verbs") or {}
    # a verb that reports only with a stance noun ("présenter ses excuses") is no saying
    return frozenset(str(v) for v, flags in verbs.items() if not (flags or {}).get("stance_only"))


@cache
def _read_lexicon(package: str, code: str, name: str, extra: str | None) -> dict[str, Any]:
    path = resources.files(package) / f"{name}.yaml"
    if not path.is_file():
        raise LexiconMissing(code, name)
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if extra:
        user = yaml.safe_load(Path(extra).read_text(encoding="utf-8")) or {}
        for key, value in user.items():
            if isinstance(value, dict) and isinstance(data.get(key), dict):
                data[key] = {**data[key], **value}
            elif isinstance(value, list) and isinstance(data.get(key), list):
                data[key] = data[key] + value
            else:
                data[key] = value
    return data
