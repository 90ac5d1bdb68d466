"""Reporting cues: verbs such as « déclarer », prepositions such as « selon ».

Cues come from ``lang/<code>/cues.yaml``. A verb is recognised by its lemma, or, when
the statistical lemmatizer misses (it often does on participles and inverted forms), by
its surface form generated from the lemma. The cue span covers the auxiliary, negation
and adverbs that belong to the verb ("n'a pas exclu", "a également déclaré",
"a-t-il supposé"), as written in the text.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.tokens import Doc, Token

from dixit.extract.extensions import register_extensions, token_lowers, token_texts
from dixit.extract.syntax import (
    is_inverted_pronoun,
    is_person_or_body,
    opens_an_infinitive,
    sentence_of,
    subject_of,
)
from dixit.extract.syntax import sentence_starts as sentence_start_indexes
from dixit.lang import Grammar, get_language
from dixit.model import Span


@dataclass(frozen=True)
class Cue:
    """A reporting cue found in a Doc."""

    token: int
    lemma: str
    kind: str  # "verb" or "preposition"
    span: Span
    negated: bool = False
    negative: bool = False
    takes_object: bool = False
    object_prepositions: tuple[str, ...] = ()
    addressee_infinitive: bool = False
    #: the prepositions that must open that addressee ("demande à Y de …"); empty: any
    addressee_prepositions: tuple[str, ...] = ()
    #: an infinitive complement is the subject's own intention ("souhaite porter plainte")
    intention_infinitive: bool = False
    #: the verb tells that something goes on ("continue de répondre"): its infinitive is
    #: narration, and a cue in that infinitive ("continue d'affirmer que") reports itself
    aspectual: bool = False
    #: the verb tells that one goes on speaking ("enchaîne-t-il", "il enchaîne : « … »"):
    #: its noun object in a relative clause ("qui enchaîne les « couacs »") is narration
    resuming: bool = False
    position: bool = False
    #: the cue asks: an indirect question after it is no statement ("asked why …")
    asks: bool = False
    incise: bool = True
    #: an act that shows a stance ("endorsed", "sought to") or a finding: a statement only
    #: as the outer report, never inside another cue's complement nor in a relative clause
    outermost: bool = False
    #: a stance held by someone: none with a thing as subject ("the plan aims to …")
    someone: bool = False
    #: an object counts only with its predicate ("called the deal a fraud", "sees the
    #: levy as a tax"), unquoted too; a bare object ("called a meeting") is none
    predicate_object: bool = False
    #: negated, its object still reports a stance ("n'a pas exclu l'envoi de …" opens a
    #: possibility); any other negated cue's object tells what was not said
    open_when_negated: bool = False
    #: the cue refuses: refusing to speak ("refused to comment") tells nothing, negated
    #: or not
    refusal: bool = False
    #: the cue reports no clause ("spoke with such force it sounded …" is a result):
    #: only its object, infinitive or prepositional phrase
    takes_clause: bool = True
    #: prepositions that open the figure the cue puts on something ("estime à 40 % le
    #: risque", "évalue les pertes à deux millions"): figure and thing are the statement
    rating_prepositions: tuple[str, ...] = ()
    #: the cue reports only as an incise after the words ("…, a-t-on appris auprès du
    #: parquet"); elsewhere ("il a appris que …", "a appris à nager") it narrates
    incise_only: bool = False
    #: prepositions that open the source of the words in the incise ("a appris l'AFP
    #: auprès du parquet", "a-t-on appris auprès de la préfecture"): that source speaks
    source_prepositions: tuple[str, ...] = ()
    #: prepositions whose noun phrase is the statement only when it quotes the speaker
    #: ("parle de « fantasmes »"); unquoted ("a parlé de ses vacances") it is a topic
    quoted_prepositions: tuple[str, ...] = ()
    sentence_initial: bool = False
    end_token: int = -1  # last token of a multi-word cue


@dataclass(frozen=True)
class CueLexicon:
    verbs: dict[str, dict[str, Any]]
    forms: dict[str, str]
    multiword: dict[str, tuple[tuple[str, ...], ...]]
    prepositions: dict[str, dict[str, Any]]
    #: first word -> (preposition, its words): "d'après" is looked up under "d'"
    preposition_parts: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]
    #: "favorable", "opposé": a stance when "être" is in the conditional
    stance_adjectives: frozenset[str] = frozenset()
    #: "excuses", "soutien": a verb flagged ``stance_only`` is a cue only with one of these
    stance_nouns: frozenset[str] = frozenset()
    #: the closed word classes of the cues' language (negations, inverted pronouns)
    grammar: Grammar = field(default_factory=Grammar)

    @classmethod
    def for_language(cls, language: str, extra: str | None = None) -> CueLexicon:
        return _build_lexicon(language, extra)


@lru_cache(maxsize=8)
def _build_lexicon(language: str, extra: str | None) -> CueLexicon:
    language_data = get_language(language)
    data = language_data.lexicon("cues", extra)
    inflections = data.get("inflections") or {}
    stem_ending = inflections.get("stem_ending") or ""
    verb_endings = tuple(str(e) for e in inflections.get("verb") or ())
    participle_endings = tuple(str(e) for e in inflections.get("participle") or ("",))
    verbs: dict[str, dict[str, Any]] = {}
    forms: dict[str, str] = {}
    multiword: dict[str, tuple[tuple[str, ...], ...]] = {}
    for raw, flags in (data.get("verbs") or {}).items():
        flags = flags or {}
        lemma = raw.removeprefix("se ").removeprefix("s'").removeprefix("s’")
        words = tuple(lemma.split())
        if len(words) > 1:
            multiword[words[0]] = (*multiword.get(words[0], ()), words[1:])
            verbs[lemma] = flags
            continue
        verbs.setdefault(lemma, flags)
        forms[lemma] = lemma
        if "participle" in flags:
            for ending in participle_endings:
                forms[flags["participle"] + ending] = lemma
        if stem_ending and lemma.endswith(stem_ending):
            for ending in verb_endings:
                forms.setdefault(lemma[: -len(stem_ending)] + ending, lemma)
    for key, extra_forms in (data.get("forms") or {}).items():
        for form in extra_forms:
            forms[form] = key
    prepositions = {k: (v or {}) for k, v in (data.get("prepositions") or {}).items()}
    parts: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for word in prepositions:
        words = tuple(_plain(word).replace("'", "' ").split())
        parts.setdefault(words[0], []).append((word, words))
    # the longest first: "selon les dires de X" before "selon"
    preposition_parts = {
        k: tuple(sorted(v, key=lambda part: -len(part[1]))) for k, v in parts.items()
    }
    stances = frozenset(data.get("stance_adjectives") or ())
    return CueLexicon(
        verbs,
        forms,
        multiword,
        prepositions,
        preposition_parts,
        stances,
        frozenset(data.get("stance_object_nouns") or ()),
        language_data.grammar,
    )


def _word_list(flag: Any) -> tuple[str, ...]:
    """A flag given as a list of words ("addressee_infinitive: [à, au, aux]"); ``true``
    or nothing gives none."""
    return tuple(flag) if isinstance(flag, list) else ()


def _verb_lemma(token: Token, lexicon: CueLexicon) -> str | None:
    if token.lower_ not in lexicon.forms and token.lemma_.lower() not in lexicon.verbs:
        # Every answer below is a form or a lemma of the lexicon: most words are neither.
        return None
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    grammar = lexicon.grammar
    glued = (
        following is not None and _is_inverted_pronoun(following, grammar) and not token.whitespace_
    )
    if glued and token.lower_ in lexicon.forms:
        # The verb of an incise, whatever the tagger says: "tranche-t-elle", "sourit-il".
        return lexicon.forms[token.lower_]
    previous = token.doc[token.i - 1] if token.i > 0 else None
    if (
        token.lower_ in lexicon.forms
        and token.pos_ != "VERB"
        and previous is not None
        and previous.pos_ in {"NOUN", "PROPN", "PRON"}
        and following is not None
        and opens_an_infinitive(token.doc, following.i, grammar)
    ):
        # "Le ministre dément avoir signé …": a verb taken for an adjective or an adverb,
        # between its subject and a bare infinitive.
        return lexicon.forms[token.lower_]
    if (
        token.lower_ in lexicon.forms
        and _ends_the_words_told(previous)
        and following is not None
        and _opens_a_subject(following)
    ):
        # "« … » tonne Paul Ferrand", "…, alerte un syndicat": an incise's verb right after
        # the words told (a closing quotation mark, or a comma), before a name or an
        # article, whatever the tagger makes of it (a noun, an adjective, even a numeral).
        return lexicon.forms[token.lower_]
    if token.pos_ not in {"VERB", "AUX", "ADJ", "NOUN"}:
        return None
    lemma = token.lemma_.lower()
    if lemma in lexicon.verbs and token.pos_ == "VERB":
        return lemma
    form = token.lower_
    if form in lexicon.forms:
        if token.pos_ == "VERB":
            return lexicon.forms[form]
        # Mis-tagged participle: accept it right after an auxiliary.
        k = token.i - 1
        while k >= 0 and (
            _is_inverted_pronoun(token.doc[k], grammar) or token.doc[k].pos_ == "ADV"
        ):
            k -= 1
        if k >= 0 and token.doc[k].lemma_ in grammar.auxiliaries:
            return lexicon.forms[form]
        # "La ministre juge que …": a verb taken for a noun, between its subject and "que".
        # "Le parquet rappelle, néanmoins, que …": an adverb set between commas before it.
        complementizer = _after_an_adverb_between_commas(following) if following else None
        if (
            complementizer is not None
            and complementizer.lower_ in grammar.complementizers
            and previous is not None
            and previous.pos_ in {"NOUN", "PROPN", "PRON"}
        ):
            return lexicon.forms[form]
    return None


def _after_an_adverb_between_commas(following: Token) -> Token:
    """The word after ", néanmoins, " when ``following`` opens such an aside (one to three
    adverbs between commas); else ``following`` itself."""
    doc = following.doc
    if following.text != ",":
        return following
    k = following.i + 1
    while k < len(doc) and k <= following.i + 3 and doc[k].pos_ == "ADV":
        k += 1
    if k == following.i + 1 or k + 1 >= len(doc) or doc[k].text != ",":
        return following
    return doc[k + 1]


def _ends_the_words_told(previous: Token | None) -> bool:
    """A comma, or the closing quotation mark of the words told."""
    if previous is None:
        return False
    return previous.text == "," or (previous.is_quote and previous.is_right_punct)


def _opens_a_subject(token: Token) -> bool:
    """A proper name or an article: how a postposed subject begins ("Paul", "le maire")."""
    return token.pos_ == "PROPN" or (token.pos_ == "DET" and "Art" in token.morph.get("PronType"))


def _opens_a_relative(doc: Doc, last: int, grammar: Grammar) -> bool:
    """ "une source pour qui …": a preposition cue glued to a relative pronoun heads a
    relative clause of the noun before it, wherever the sentence stands."""
    return last + 1 < len(doc) and doc[last + 1].lower_ in grammar.relative_cue_pronouns


def _is_inverted_pronoun(token: Token, grammar: Grammar) -> bool:
    """ "-il", "-t-elle", or the "-t" that links them to the verb."""
    return token.lower_ in grammar.inverted_pronoun_links or is_inverted_pronoun(token)


def _cue_span(token: Token, last: Token, grammar: Grammar) -> tuple[Span, bool]:
    """Characters of the cue: the verb with its own auxiliaries, negation and adverbs."""
    doc = token.doc
    negations = grammar.negations
    start = token.i
    j = token.i - 1
    while j >= 0:
        adjunct = _adjunct_before_auxiliary(doc, j, grammar)
        if adjunct is not None:
            # "a d'ailleurs fait savoir", "a par ailleurs indiqué": the adjunct and the
            # auxiliary before it are the cue's, however the parser hangs the adjunct.
            start = adjunct
            j = adjunct - 1
            continue
        left = doc[j]
        own = left.head.i == token.i
        if (
            (own and (left.dep_.startswith("aux") or left.pos_ == "ADV"))
            or (own and left.lower_ in grammar.reflexive_pronouns)  # "s'est félicité"
            or left.lower_ in negations
            or _is_inverted_pronoun(left, grammar)
            # "a-t'il dit": the auxiliary its inverted pronoun follows, however parsed
            or (left.lemma_ in grammar.auxiliaries and _is_inverted_pronoun(doc[j + 1], grammar))
        ):
            start = j
            j -= 1
        else:
            break
    # An adverb cannot open the cue ("également a déclaré" is not a cue).
    while start < token.i and doc[start].pos_ == "ADV" and doc[start].lower_ not in negations:
        start += 1
    end = last.i
    k = last.i + 1
    while k < len(doc) and _is_inverted_pronoun(doc[k], grammar) and not doc[k - 1].whitespace_:
        end = k
        k += 1
    words = {t.lower_ for t in doc[start : token.i]} | {c.lower_ for c in token.children}
    negated = bool(words & (negations - grammar.ambiguous_negations)) or (
        bool(words & grammar.ambiguous_negations) and bool(words & grammar.negation_particles)
    )
    following = doc[end + 1].lower_ if end + 1 < len(doc) else None
    if negated and grammar.restricts(words, following):
        # "n'a exclu que la hausse": "ne … que" restricts, it denies nothing.
        negated = False
    return (doc[start].idx, doc[end].idx + len(doc[end].text)), negated


_LONGEST_ADJUNCT = 5


def _adjunct_before_auxiliary(doc: Doc, j: int, grammar: Grammar) -> int | None:
    """The index of the auxiliary when the words ending at token ``j`` are a cue adjunct
    (``Grammar.cue_adjuncts``: "d'ailleurs", "par ailleurs", "en outre") written right after
    an auxiliary of a compound tense; else None."""
    if not grammar.cue_adjuncts:
        return None
    last = " ".join(_plain(token_texts(doc)[j].lower()).split())
    if last and last not in _adjunct_endings(grammar.cue_adjuncts):
        # The words read below, joined as written, end with token ``j``'s own: no adjunct
        # ends with most words.
        return None
    for width in range(1, _LONGEST_ADJUNCT + 1):
        first = j - width + 1
        if first < 1:
            return None
        words = "".join(t.text_with_ws for t in doc[first : j + 1]).lower().replace("’", "'")
        if " ".join(words.split()) not in grammar.cue_adjuncts:
            continue
        k = first - 1
        while k > 0 and _is_inverted_pronoun(doc[k], grammar):
            # "a-t-il par ailleurs indiqué".
            k -= 1
        auxiliary = doc[k]
        if auxiliary.lemma_.lower() in grammar.auxiliaries and auxiliary.pos_ in {"AUX", "VERB"}:
            return k
    return None


@lru_cache(maxsize=8)
def _adjunct_endings(adjuncts: frozenset[str]) -> frozenset[str]:
    """Every ending of every cue adjunct ("ailleurs", "'ailleurs", "s", …): what the last
    token of a written adjunct can read."""
    return frozenset(a[k:] for a in adjuncts for k in range(len(a)))


def find_cues(doc: Doc, lexicon: CueLexicon) -> list[Cue]:
    cues: list[Cue] = []
    sentence_starts = set(sentence_start_indexes(doc))
    lowers = token_lowers(doc)
    plain = [_plain(lower) for lower in lowers]
    strings = doc.vocab.strings
    lemmas = [strings[h] for h in doc.to_array(LEMMA).tolist()] if len(doc) else []
    starts = _possible_starts(plain, lowers, lemmas, lexicon)
    k = i = 0
    while i < len(doc):
        # The words that can start no cue are passed over at once.
        k = bisect_left(starts, i, k)
        if k == len(starts):
            break
        i = starts[k]
        # Prepositional cues ("selon", "d'après", "aux yeux de").
        matched = _preposition_at(plain, i, lexicon)
        if not matched and _no_verb_cue(lowers[i], lemmas[i], lexicon):
            i += 1
            continue
        token = doc[i]
        if matched:
            word, last = matched
            flags = lexicon.prepositions[word]
            initial = flags.get("sentence_initial", False)
            if (
                not initial
                or i in sentence_starts
                or _after_sentence_opener(doc, i)
                or opens_a_coordinated_clause(doc, i)
                or _opens_a_relative(doc, last, lexicon.grammar)
            ):
                cues.append(
                    Cue(
                        token=i,
                        lemma=word,
                        kind="preposition",
                        span=(token.idx, doc[last].idx + len(doc[last].text)),
                        sentence_initial=initial,
                        end_token=last,
                    )
                )
            i = last + 1
            continue
        stance = _conditional_stance(token, lexicon)
        if stance is not None:
            cues.append(stance)
        lemma = _verb_lemma(token, lexicon)
        last = token
        head_lemma = token.lemma_.lower()
        if token.pos_ in {"VERB", "AUX"} and head_lemma in lexicon.multiword:
            for rest in lexicon.multiword[head_lemma]:
                following = doc[i + 1 : i + 1 + len(rest)]
                if len(following) == len(rest) and all(
                    word in {t.lemma_.lower(), t.lower_}
                    for t, word in zip(following, rest, strict=True)
                ):
                    lemma = " ".join((head_lemma, *rest))
                    last = doc[i + len(rest)]
                    break
        if lemma is not None:
            flags = lexicon.verbs.get(lemma, {})
            if flags.get("stance_only") and not _with_a_stance_object(token, lexicon):
                i += 1
                continue  # "a présenté son budget": only "a présenté ses excuses" reports
            span, negated = _cue_span(token, last, lexicon.grammar)
            cues.append(
                Cue(
                    token=i,
                    lemma=lemma,
                    kind="verb",
                    span=span,
                    negated=negated,
                    negative=flags.get("polarity") == "negative",
                    takes_object=bool(flags.get("object")),
                    object_prepositions=tuple(flags.get("preposition_object") or ()),
                    addressee_infinitive=bool(flags.get("addressee_infinitive")),
                    addressee_prepositions=_word_list(flags.get("addressee_infinitive")),
                    intention_infinitive=bool(flags.get("intention_infinitive")),
                    aspectual=bool(flags.get("aspectual")),
                    resuming=bool(flags.get("resuming")),
                    position=bool(flags.get("position")),
                    asks=bool(flags.get("asks")),
                    incise=flags.get("incise", True),
                    outermost=bool(flags.get("outermost")),
                    someone=bool(flags.get("someone")),
                    predicate_object=bool(flags.get("predicate_object")),
                    open_when_negated=bool(flags.get("open_when_negated")),
                    refusal=bool(flags.get("refusal")),
                    takes_clause=flags.get("clause", True),
                    rating_prepositions=tuple(flags.get("rating") or ()),
                    incise_only=bool(flags.get("incise_only")),
                    source_prepositions=tuple(flags.get("source") or ()),
                    quoted_prepositions=tuple(flags.get("quoted_preposition_object") or ()),
                    end_token=last.i,
                )
            )
        i += 1
    return [c for c in cues if not (c.outermost and act_inside_a_report(doc, c, cues, lexicon))]


def act_inside_a_report(doc: Doc, cue: Cue, cues: list[Cue], lexicon: CueLexicon) -> bool:
    """ "Venn said the council backs the levy", "the party, which seeks the seat, …": an act
    that shows a stance or a finding (``outermost`` in the cue lexicon) is part of what
    another cue reports, or describes the noun of a relative clause; a stance
    (``someone``) needs a person or body to hold it ("the plan aims to cut costs" holds
    none). Only the outer report is a statement, as the attribution corpora of political
    news annotate it; dropped here, the act neither states nor cuts the report around it.
    An act in an infinitive ("declined to speak about …", "is set to endorse …") is not
    done, only named."""
    verb = doc[cue.token]
    if verb.dep_ in lexicon.grammar.relative_clause_labels or verb.dep_.startswith("acl"):
        return True
    if verb.dep_ == "xcomp" and any(
        c.lower_ in lexicon.grammar.infinitive_marks and c.i < verb.i for c in verb.children
    ):
        return True  # "declined to speak about the levy": an act not done, only named
    if cue.someone:
        subject = subject_of(verb)
        if subject is None or not is_person_or_body(subject):
            return True
    governing = {ancestor.i for ancestor in verb.ancestors}
    sentence = sentence_of(doc, cue.token)
    return any(
        other.token in governing
        or (not other.outermost and sentence.start <= other.token < cue.token)
        for other in cues
        if other is not cue
    )


def _possible_starts(
    plain: list[str], lowers: list[str], lemmas: list[str], lexicon: CueLexicon
) -> list[int]:
    """The indices of the words that may start a cue, in order: the first word of a
    prepositional cue, or a word ``_no_verb_cue`` does not rule out (asked once per
    distinct form and lemma)."""
    no_cue: dict[tuple[str, str], bool] = {}
    starts = []
    for i, (first, lower, lemma) in enumerate(zip(plain, lowers, lemmas, strict=True)):
        if first in lexicon.preposition_parts:
            starts.append(i)
            continue
        key = (lower, lemma)
        ruled_out = no_cue.get(key)
        if ruled_out is None:
            ruled_out = no_cue[key] = _no_verb_cue(lower, lemma, lexicon)
        if not ruled_out:
            starts.append(i)
    return starts


def _no_verb_cue(lower: str, lemma: str, lexicon: CueLexicon) -> bool:
    """Whether a word (its lower-case form and lemma) can start no cue of a verb, a copula or
    a multiword verb: neither a form nor a lemma of the lexicon's (``_verb_lemma``), nor a
    copula (``_conditional_stance``), nor the head of a multiword cue. Most words of an
    article; ``find_cues`` reads them without a ``Token``."""
    folded = lemma.lower()
    return (
        lower not in lexicon.forms
        and folded not in lexicon.verbs
        and folded not in lexicon.multiword
        and lemma not in lexicon.grammar.copulas
    )


def _with_a_stance_object(verb: Token, lexicon: CueLexicon) -> bool:
    """ "a présenté ses excuses", "a affiché mardi son soutien à …": a noun of stance
    (``stance_object_nouns``) with a possessive determiner after the verb, hung on it or
    on a word hung on it (the parse may hang the object on a day)."""
    for noun in verb.doc[verb.i + 1 : verb.i + 8]:
        if noun.lemma_.lower() not in lexicon.stance_nouns and (
            noun.lower_ not in lexicon.stance_nouns
        ):
            continue
        if noun.head.i != verb.i and noun.head.head.i != verb.i:
            continue
        if any(d.dep_ == "det" and "Yes" in d.morph.get("Poss") for d in noun.children):
            return True
    return False


def _conditional_stance(token: Token, lexicon: CueLexicon) -> Cue | None:
    """ "serait favorable à …": the conditional copula is the cue of a reported position."""
    if token.lemma_ not in lexicon.grammar.copulas or "Cnd" not in token.morph.get("Mood"):
        return None
    if token.dep_ not in {"cop", "aux:pass", "aux:tense"}:
        return None
    adjective = token.head
    if adjective.lemma_.lower() not in lexicon.stance_adjectives and (
        adjective.lower_ not in lexicon.stance_adjectives
    ):
        return None
    span, negated = _cue_span(token, token, lexicon.grammar)
    return Cue(
        token=token.i,
        lemma=f"{token.lemma_} {adjective.lemma_.lower()}",
        kind="stance",
        span=span,
        negated=negated,
        position=True,
        incise=False,
        end_token=token.i,
    )


def _preposition_at(plain: list[str], i: int, lexicon: CueLexicon) -> tuple[str, int] | None:
    """The preposition cue whose words start at token ``i`` (``plain``: the Doc's
    ``_plain`` lower-case forms), and its last token."""
    for word, parts in lexicon.preposition_parts.get(plain[i], ()):
        if i + len(parts) > len(plain):
            continue
        if all(plain[i + k] == part for k, part in enumerate(parts)):
            return word, i + len(parts) - 1
    return None


def _plain(word: str) -> str:
    return word.replace("’", "'")


def opens_a_coordinated_clause(doc: Doc, i: int) -> bool:
    """Token ``i`` opens a main clause inside a sentence: after a semicolon, or after a
    comma and a coordinating conjunction ("…, mais pour le parquet, …")."""
    if i < 1:
        return False
    before = doc[i - 1]
    if before.text == ";":
        return True
    return i >= 2 and before.pos_ == "CCONJ" and doc[i - 2].text in {",", ";"}


def _after_sentence_opener(doc: Doc, i: int) -> bool:
    """True when only a conjunction or adverb and a comma precede ``i`` in its sentence."""
    sent = sentence_of(doc, i)
    before = [t for t in doc[sent.start : i] if not t.is_space]
    return len(before) <= 2 and all(t.pos_ in {"CCONJ", "ADV", "PUNCT"} for t in before)


@Language.factory(
    "dixit_cues",
    default_config={"language": "fr", "extra_lexicon": None},
    assigns=["doc._.dixit_cues"],
    requires=["token.lemma", "token.pos"],
)
def make_cue_finder(
    nlp: Language, name: str, language: str, extra_lexicon: str | None
) -> CueFinder:
    return CueFinder(language, extra_lexicon)


class CueFinder:
    """Pipeline component: stores reporting cues on ``doc._.dixit_cues``."""

    def __init__(self, language: str = "fr", extra_lexicon: str | None = None) -> None:
        register_extensions()
        self.lexicon = CueLexicon.for_language(language, extra_lexicon)

    def __call__(self, doc: Doc) -> Doc:
        doc._.dixit_cues = find_cues(doc, self.lexicon)
        return doc
