"""Small helpers over a parsed Doc: subjects, noun-phrase spans, clause spans.

They hide the parser's habits (an inverted "-il" token, a subject labelled ``expl:subj``,
a participle hanging from a noun) so that the construction rules read like grammar.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from dixit.extract.datelines import dateline_at
from dixit.extract.extensions import doc_text, token_texts
from dixit.extract.quotes import quote_marks
from dixit.lang import Grammar, get_language
from dixit.model import Span as CharSpan

_TRAILING = " \t\n\u00a0\u202f,;:.—–-"
_HYPHENS = {"-", "\u2011"}  # a hyphen or a non-breaking one, inside a compound word


@lru_cache(maxsize=8)
def grammar_of(language: str) -> Grammar:
    """The closed word classes of a language, for the helpers that run on every token."""
    return get_language(language).grammar


def subject_labels(doc: Doc) -> frozenset[str]:
    """Dependency labels of a subject in the scheme of ``doc``'s parser."""
    return grammar_of(doc.lang_).subject_labels


def inverted_pronoun(verb: Token, last: Token) -> Token | None:
    """The "-il" of "a-t-il dit" or "estime-t-elle", glued to the cue.

    An impersonal "-on" ("dit-on") names nobody and is not returned.
    """
    doc = verb.doc
    grammar = grammar_of(doc.lang_)
    for k in (last.i + 1, last.i + 2, verb.i - 1, verb.i - 2):
        if 0 <= k < len(doc):
            t = doc[k]
            if is_inverted_pronoun(t) and t.lower_.lstrip("-") not in grammar.non_sources:
                return t
    return None


def is_inverted_pronoun(token: Token) -> bool:
    """ "-il", "-t-elle", or a pronoun glued to a misspelt link before it ("a-til" cut as
    "a", "-t", "il"; "a-t'il")."""
    grammar = grammar_of(token.doc.lang_)
    if token.lower_ in grammar.inverted_pronouns:
        return True
    if token.i == 0 or "-" + token.lower_ not in grammar.inverted_pronouns:
        return False
    link = token.doc[token.i - 1]
    # "a- t- il": a link that keeps its hyphen may have lost the word after it to a space.
    spaced = link.text.endswith("-")
    return link.lower_ in grammar.inverted_pronoun_links and (spaced or not link.whitespace_)


def names_the_body(head: Token, child: Token) -> bool:
    """ "a spokeswoman for the council", "officials at the Ministry": the link word after a
    noun of someone speaking for a body (``Grammar.spokesperson_nouns``) opens the body's
    name, which is part of the mention."""
    grammar = grammar_of(head.doc.lang_)
    if head.lower_ in grammar.spokesperson_nouns and child.lower_ in grammar.spokesperson_links:
        return True
    # "the Office for Budget Responsibility", "the Department of Justice": a capitalised
    # noun that is no person's name and the capitalised name after its link word are one
    # name (``Grammar.name_links``).
    return (
        child.lower_ in grammar.name_links
        and head.text[:1].isupper()
        and head.ent_type_ not in {"PERSON", "PER"}
        and any(o.dep_ == "pobj" and o.text[:1].isupper() for o in child.children)
    )


def mention_span(token: Token) -> CharSpan:
    """Character span of the noun phrase headed by ``token``, for use as a speaker mention."""
    if token.text.startswith("-"):
        return (token.idx + 1, token.idx + len(token.text))
    if is_inverted_pronoun(token):
        return (token.idx, token.idx + len(token.text))  # "il" of "a-til", never its link
    excluded = tuple(grammar_of(token.doc.lang_).mention_excluded_labels)
    keep = [token]
    stack = [token]
    stop = len(token.doc)
    while stack:
        head = stack.pop()
        clause = _clause_after(head, excluded)
        for child in head.children:
            if clause is not None and child.i > clause:
                continue  # "le ministre en évoquant X": X is the clause's, not an apposition
            if (
                child.dep_.startswith("obl")
                and head.pos_ == "ADJ"
                and head.i != token.i
                and head.dep_ == "amod"
                and child.i > head.i
            ):
                pass  # "une source proche du dossier": the adjective's complement
            elif child.dep_.startswith(excluded) and child.dep_ != "punct":
                if names_the_body(head, child):
                    # the body's whole name: "for the Vestland Ministry of Transport"
                    keep.extend(t for t in child.subtree if not t.is_punct)
                elif head.i == token.i and _closes_on_a_name(token, child):
                    # "an adviser to the governor, Jane Doe, said": the name is the
                    # subject's apposition, which the parser hung on "the governor"
                    keep.extend(child.subtree)
                continue
            if child.dep_ == "punct" or (head.i == token.i and child.dep_ == "case"):
                continue
            if child.dep_ == "cc" and head.i == token.i and child.i < token.i:
                continue  # "Mais selon la syndique": the clause's conjunction, no name's
            if _told_medium(child):
                continue  # "précise une source judiciaire à l'AFP": whom it was told
            if _topic_phrase(child):
                continue  # "commente un ancien adjoint au sujet du projet": the topic
            left = child.left_edge.i
            doc = token.doc
            if _in_parentheses(doc, left, child.right_edge.i):
                continue  # "le député Yannick Le Goff (PPS, Finistère)": party, place
            after_comma = child.i > head.i and left > 0 and doc[left - 1].text == ","
            if after_comma and child.dep_ not in {"appos", "flat:name", "conj", "cc"}:
                continue  # "La direction, de son côté, …": an adjunct set off by commas
            if after_comma and child.dep_ == "appos" and child.pos_ != "PROPN":
                right = child.right_edge.i
                if right + 1 >= len(doc) or doc[right + 1].text != ",":
                    continue  # an apposition is closed by a comma; else it is the clause
            if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}:
                continue
            if child.i > token.i and child.lower_ in _time_words(doc.lang_):
                continue  # "a souligné le parquet de Vernac jeudi soir": a date, no name
            if (
                head.i == token.i
                and child.i > token.i
                and child.dep_ == "advmod"
                and child.pos_ in {"ADV", "ADP"}
            ):
                # "annonçait la préfecture un peu plus tôt, lors du …": the verb's
                # adverb, after which nothing is the name's
                stop = min(stop, child.left_edge.i)
                continue
            keep.append(child)
            stack.append(child)
    start = min(t.i for t in keep)
    end = max(t.i for t in keep if t.i < stop or t.i == token.i)
    doc = token.doc
    if token.pos_ == "PROPN" and end == token.i:
        # "a annoncé France Bleu Nord": the parser may cut a name after its first word and
        # hang the rest on the verb; the capitalised words glued after it are the name's.
        while (
            end + 1 < len(doc)
            and doc[end].whitespace_
            and doc[end + 1].pos_ == "PROPN"
            and doc[end + 1].head.i in {token.head.i, token.i, end}
            and doc[end + 1].text[:1].isupper()
        ):
            end += 1
    end = _coordinated_on_the_verb(token, end)
    end = _past_a_bracket(token, end)
    end = _apposed_name_hung_elsewhere(token, start, end)
    marks = quote_marks(doc.lang_).all
    # Stop at a quote mark or at a line break inside the phrase.
    for k in range(token.i, end + 1):
        if doc[k].is_space or doc[k].text in marks:
            end = k - 1
            break
    for k in range(token.i, start - 1, -1):
        if doc[k].is_space or doc[k].text in marks:
            start = k + 1
            break
    start = _past_a_dateline(doc, start, token.i)
    first = doc[start]
    text = doc[start : end + 1].text  # the phrase's own text, not the whole Doc's
    lead = len(text) - len(text.lstrip(_TRAILING))
    tail = len(text.rstrip(_TRAILING))
    return (first.idx + lead, first.idx + max(lead, tail))


def _clause_after(head: Token, excluded: tuple[str, ...]) -> int | None:
    """Where the first clause hung after a mention's word starts ("le premier ministre en
    évoquant X": "en évoquant"), if any: what follows it belongs to the clause."""
    for child in head.children:
        verb = child.pos_ in {"VERB", "AUX"} and child.dep_ != "punct"
        if verb and child.i > head.i and child.dep_.startswith(excluded):
            return child.left_edge.i
    return None


def _apposed_name_hung_elsewhere(token: Token, start: int, end: int) -> int:
    """The end of a person's description that a name set off by commas follows ("a précisé
    le procureur de la République, Jean X, lors de …"): the parser may hang that name on a
    verb rather than on the description, but a person's name right after it, closed by a
    comma or the sentence's end, is its apposition."""
    doc = token.doc
    if token.pos_ != "NOUN" or token.lower_ not in _person_heads(doc.lang_):
        return end
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return end
    first = doc[_past_a_second_title(doc, end + 2)]
    if first.pos_ != "PROPN" or first.ent_type_ not in {"PERSON", "PER"}:
        return end
    if start <= first.head.i <= end:
        return end  # hung on the description: already in it
    last = first.i
    while (
        last + 1 < len(doc)
        and doc[last + 1].ent_type_ == first.ent_type_
        and doc[last + 1].pos_ == "PROPN"
        and doc[last].whitespace_
    ):
        last += 1
    grammar = grammar_of(doc.lang_)
    close = doc[last + 1] if last + 1 < len(doc) else None
    if close is not None and close.text != "," and close.text not in grammar.sentence_ends:
        return end  # "le maire, Paul X et …": a list, not an apposition
    return last


def _past_a_bracket(token: Token, end: int) -> int:
    """The end of a person's description that a bracket interrupts ("rétorque le maire (PS)
    de Vernay, Paul X"): the bracket's party, club, age or acronym is transparent, but the
    parser may then hang the complement after it on the verb. A short bracket right after
    the phrase and a complement opening on "de" after it continue the description up to
    the next comma or the sentence's end."""
    doc = token.doc
    if token.pos_ != "NOUN" or token.lower_ not in _person_heads(doc.lang_):
        return end
    if end + 1 >= len(doc) or doc[end + 1].text != "(":
        return end
    texts = token_texts(doc)
    closing = next(
        (k for k in range(end + 2, min(len(doc), end + 2 + MAX_BRACKET_WORDS)) if texts[k] == ")"),
        None,
    )
    if closing is None or "(" in texts[end + 2 : closing] or closing + 2 >= len(doc):
        return end
    link = doc[closing + 1]
    if link.dep_ != "case" or link.lower_ not in grammar_of(doc.lang_).partitives:
        return end
    noun = link.head
    if noun.i <= link.i or noun.pos_ not in {"NOUN", "PROPN"}:
        return end
    last = noun.i
    while last + 1 < len(doc) and doc[last + 1].head.i == noun.i and not doc[last + 1].is_punct:
        last += 1  # "de Vernay-sur-Loire", "de la Marne Sud": the complement's own words
    return last


def _past_a_second_title(doc: Doc, k: int) -> int:
    """Where the name starts in an apposition that gives a second title before it ("a
    annoncé le président du jury, l'écrivain Paul X"): past a determiner and a common noun
    written in lower case, when a name follows; else ``k`` itself."""
    j = k + 1 if doc[k].pos_ == "DET" else k
    if j + 1 >= len(doc) or doc[j].pos_ != "NOUN" or not doc[j].text[:1].islower():
        return k
    if not doc[j].whitespace_ or doc[j + 1].pos_ != "PROPN":
        return k
    return j + 1


def _closes_on_a_name(token: Token, link: Token) -> bool:
    """Whether the phrase ``link`` opens after a common noun subject ("an adviser *to the
    governor, Jane Doe*, said") ends on a person's name set off by commas and followed by the
    subject's verb: that name is the subject's apposition, whoever the parser gave it to."""
    if token.pos_ != "NOUN" or link.dep_ != "prep" or link.i < token.i:
        return False
    if token.lower_ not in _person_heads(token.doc.lang_):
        return False  # "a letter to the mayor, Petra Lund, said": the name is the mayor's
    doc = token.doc
    end = link.right_edge.i
    if end + 2 >= len(doc) or doc[end + 1].text != "," or doc[end + 1 : end + 3].text == ",":
        return False
    name = doc[end]
    if name.pos_ != "PROPN" or name.ent_type_ not in {"PERSON", "PER"}:
        return False
    first = name
    while first.i > link.i and doc[first.i - 1].ent_type_ == name.ent_type_:
        first = doc[first.i - 1]
    if first.i - 1 <= link.i or doc[first.i - 1].text != ",":
        return False
    return doc[end + 2].i == token.head.i or doc[end + 2].head.i == token.head.i


def _past_a_dateline(doc: Doc, start: int, head: int) -> int:
    """The first token of a mention that the parser hung on a dateline's words ("LONDON, May
    3 - Officials said …": "3 - Officials"): the mention starts after the dateline."""
    grammar = grammar_of(doc.lang_)
    if not grammar.dateline_dashes:
        return start
    text = doc_text(doc)
    opening = text.rfind("\n", 0, doc[start].idx) + 1
    line_end = text.find("\n", opening)
    length = dateline_at(
        text, opening, len(text) if line_end < 0 else line_end, grammar.dateline_dashes
    )
    if not length or doc[start].idx >= opening + length:
        return start
    k = start
    while k < head and doc[k].idx < opening + length:
        k += 1
    return k


def _in_parentheses(doc: Doc, start: int, end: int) -> bool:
    """True when tokens start..end sit inside a pair of round brackets."""
    texts = token_texts(doc)
    depth = 0
    for k in range(start - 1, max(-1, start - 12), -1):
        if texts[k] == ")":
            depth += 1
        elif texts[k] == "(":
            if depth == 0:
                return True
            depth -= 1
    return False


def trim_span(text: str, start: int, end: int, keep_final: bool = False) -> CharSpan:
    while start < end and text[start] in _TRAILING:
        start += 1
    if not keep_final:
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
    return (start, end)


def is_source(token: Token, language: str | None = None) -> bool:
    """Could this token name who speaks (a person, body, pronoun or description)?

    ``language`` defaults to the language of the token's Doc.
    """
    language = language or token.doc.lang_
    grammar = grammar_of(language)
    if _acronym(token):
        return True  # "WHO says": an organisation's initials, not the pronoun
    if token.lower_ in _time_words(language):
        return False
    if token.lower_ in grammar.non_sources and not _determined_noun(token):
        return False  # "personne n'a dit …", but "une personne radicalisée" is one
    if is_hearsay(token):
        return False  # "une rumeur disait que …": no one behind it
    if token.pos_ == "ADJ" and token.dep_ in grammar.subject_labels:
        if token.lower_ in grammar.quantifier_subjects:
            return True  # "many believe …": a group, anonymous
        # "Ce dernier a précisé …": an adjective made a noun by a demonstrative, subject of
        # the verb, points back at the last person named. "La libérale flamande reconnaît
        # …": an adjective of a political family made a noun by any determiner names her.
        determiners = [c for c in token.children if c.dep_ == "det"]
        if any("Dem" in c.morph.get("PronType") for c in determiners):
            return True
        return bool(determiners) and (
            token.lemma_.lower() in _source_nouns(language)
            or token.lower_ in _source_nouns(language)
        )
    return token.pos_ in {"PROPN", "NOUN", "PRON", "X"} or token.text[:1].isupper()


def _determined_noun(token: Token) -> bool:
    """A noun with a determiner of its own ("une personne"), not the pronoun it spells."""
    return token.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.i < token.i and "Neg" not in c.morph.get("PronType")
        for c in token.children
    )


def _acronym(token: Token) -> bool:
    """Initials in capitals among lower-case words ("…, WHO says"), not a capitalised
    headline: the tagger may take them for the pronoun they spell."""
    if len(token.text) < 3 or not token.text.isupper() or not token.text.isalpha():
        return False
    doc = token.doc
    near = doc[max(0, token.i - 3) : token.i + 4]
    return any(t.is_alpha and t.is_lower for t in near)


def is_person_or_body(token: Token, language: str | None = None) -> bool:
    """A name, a personal pronoun, or a noun for a person or an organisation.

    ``language`` defaults to the language of the token's Doc.
    """
    language = language or token.doc.lang_
    if token.pos_ == "PROPN" or token.text.startswith("-"):
        return True
    pronouns = set(get_language(language).lexicon("sources").get("pronouns", []))
    if token.pos_ == "PRON" and token.lower_ in pronouns:
        return True
    if token.text[:1].isupper() and token.lower_ not in pronouns | grammar_of(language).non_sources:
        return True  # a name the tagger did not recognise as one
    if token.lemma_.lower() in _source_nouns(language) or token.lower_ in _source_nouns(language):
        return True
    return _named_by_a_name_after(token)


def _named_by_a_name_after(token: Token) -> bool:
    """ "le mouvement islamiste Hamas", "l'ONG Vertmonde": a common noun whose name
    follows it, no preposition between (adjectives at most), names that body."""
    if token.pos_ != "NOUN":
        return False
    for child in token.children:
        if (
            # a name the tagger may read as an adjective ("le mouvement Vertmonde")
            (child.pos_ == "PROPN" or (child.pos_ == "ADJ" and child.text[:1].isupper()))
            and child.i > token.i
            and child.dep_ in {"nmod", "appos", "flat", "flat:name", "amod"}
            and not any(c.dep_ == "case" for c in child.children)
            and all(t.pos_ == "ADJ" for t in token.doc[token.i + 1 : child.i])
        ):
            return True
    return False


def _coordinated_on_the_verb(token: Token, end: int) -> int:
    """ "…, ont annoncé la mairie et la préfecture.": the parser may hang the second of two
    coordinated speakers on the verb; the mention covers both (the gold's convention, the
    first one speaks) when that phrase closes the clause."""
    doc = token.doc
    verb = token.head
    cc = end + 1
    if verb.i == token.i or cc + 1 >= len(doc) or doc[cc].pos_ != "CCONJ":
        return end
    other = doc[cc].head
    if (
        other.i <= cc
        or other.dep_ != "conj"
        or other.head.i not in {verb.i, verb.head.i}
        or other.pos_ not in {"NOUN", "PROPN"}
        or not is_source(other)
        or any(t.pos_ not in {"DET", "ADJ", "NOUN", "PROPN"} for t in doc[cc + 1 : other.i])
    ):
        return end
    last = other.right_edge.i
    after = doc[last + 1] if last + 1 < len(doc) else None
    grammar = grammar_of(doc.lang_)
    if after is not None and after.text != "," and after.text not in grammar.sentence_ends:
        return end
    return last


def _told_medium(child: Token) -> bool:
    """A complement "à"/"au" + a medium or news agency of the venue lexicon ("une source
    judiciaire à l'AFP", "le maire à France Bleu"): the medium the words were told to,
    no part of who speaks."""
    if not child.dep_.startswith("nmod"):
        return False
    grammar = grammar_of(child.doc.lang_)
    cases = [c for c in child.children if c.dep_ == "case" and c.i < child.i]
    if not cases or cases[0].lower_ not in grammar.told_prepositions:
        return False
    words = [
        t.text
        for t in child.subtree
        if t.i > cases[0].i and not (t.dep_ == "det" and t.head.i == child.i and t.i < child.i)
    ]
    name = " ".join(words).replace("' ", "'")
    return name.lower() in _media_names(child.doc.lang_)


@lru_cache(maxsize=4)
def _topic_phrase(child: Token) -> bool:
    """A complement that opens on a topic phrase ("au sujet du contournement", "à propos de
    la réforme"): what the words are about, not who says them."""
    cases = [c.lower_ for c in child.children if c.dep_ == "case" and c.i < child.i]
    if not cases:
        return False
    phrase = " ".join([*cases, child.lower_])
    return phrase in grammar_of(child.doc.lang_).topic_phrases


def _media_names(language: str) -> frozenset[str]:
    """Media and news agencies of the language's venue lexicon, lower case."""
    return frozenset(n.lower() for n in get_language(language).media_names())


@lru_cache(maxsize=4)
def _time_words(language: str) -> frozenset[str]:
    return frozenset(get_language(language).lexicon("sources").get("not_sources", []))


def is_hearsay(token: Token) -> bool:
    """A noun of hearsay with no one behind it ("rumeur"): it names no source."""
    hearsay = _hearsay(token.doc.lang_)
    return token.lower_ in hearsay or token.lemma_.lower() in hearsay


@lru_cache(maxsize=4)
def _hearsay(language: str) -> frozenset[str]:
    return frozenset(get_language(language).lexicon("sources").get("hearsay", []))


def is_claim_without_holder(token: Token) -> bool:
    """A noun that names a claim ("l'information selon laquelle …", "la thèse selon
    laquelle …", ``claims`` in the sources lexicon) with no complement naming whose claim
    it is: the relative clause states the claim, and no one is given as its source."""
    claims = _claims(token.doc.lang_)
    if token.lower_ not in claims and token.lemma_.lower() not in claims:
        return False
    return not any(
        child.dep_.startswith("nmod") and child.pos_ in {"PROPN", "NOUN", "PRON"}
        for child in token.children
    )


@lru_cache(maxsize=4)
def _claims(language: str) -> frozenset[str]:
    return frozenset(get_language(language).lexicon("sources").get("claims", []))


def is_norm(token: Token) -> bool:
    """A norm or a measure ("selon les règles", "selon les cas", ``norms`` in the sources
    lexicon): after "selon" it means "in keeping with" or "depending on", no one speaks."""
    norms = _norms(token.doc.lang_)
    return token.lower_ in norms or token.lemma_.lower() in norms


@lru_cache(maxsize=4)
def _norms(language: str) -> frozenset[str]:
    return frozenset(get_language(language).lexicon("sources").get("norms", []))


@lru_cache(maxsize=4)
def _person_heads(language: str) -> frozenset[str]:
    """One-word heads of a person's description ("adviser", "spokesman"): the speakers
    lexicon's ``description_heads``."""
    heads = get_language(language).lexicon("speakers").get("description_heads", [])
    return frozenset(h for h in heads if " " not in h)


@lru_cache(maxsize=4)
def _source_nouns(language: str) -> frozenset[str]:
    return frozenset(get_language(language).lexicon("sources").get("nouns", []))


def in_a_dateline(token: Token, grammar: Grammar) -> bool:
    """Whether ``token`` lies in the wire dateline that opens its paragraph ("NAIROBI, Kenya,
    May 29 –", "LORMONT, 3 mars (AFP) -": the place or the agency the parser may take for
    the subject), in a language that writes them (``Grammar.dateline_dashes``)."""
    if not grammar.dateline_dashes:
        return False
    text = doc_text(token.doc)
    opening = text.rfind("\n", 0, token.idx) + 1
    if token.idx - opening > 80:
        return False  # past any dateline's length
    window = text[opening : token.idx + 80]
    return token.idx - opening < dateline_at(window, 0, len(window), grammar.dateline_dashes)


#: ``Doc.user_data`` key of the subjects ``subject_of`` has found, by its arguments
_SUBJECTS_KEY = ("dixit", "subject_of")


def subject_of(verb: Token, last: Token | None = None, depth: int = 0) -> Token | None:
    """The subject of a reporting verb, looking through inversion, relatives and participles.

    A function of the parse alone: each answer is kept on the Doc (as a token index, -1
    for none), since the rules ask it of the same verbs again and again."""
    last = last or verb
    doc = verb.doc
    known: dict[tuple[int, int, int], int] = doc.user_data.setdefault(_SUBJECTS_KEY, {})
    key = (verb.i, last.i, depth)
    found = known.get(key)
    if found is None:
        subject = _subject_of(verb, last, depth)
        known[key] = -1 if subject is None else subject.i
        return subject
    return None if found < 0 else doc[found]


def _subject_of(verb: Token, last: Token, depth: int) -> Token | None:
    grammar = grammar_of(verb.doc.lang_)
    subjects = grammar.subject_labels
    if any(c.dep_ in grammar.passive_labels for c in verb.children):
        return None
    mistagged = _subject_of_a_mistagged_cue(verb, grammar)
    if mistagged is not None:
        return mistagged  # "La ministre juge que …" parsed as a noun "juge" on "ministre"
    own = any(c.dep_ in subjects for c in verb.children)
    if (
        not own
        and verb.dep_ == "conj"
        and verb.head.pos_ in {"VERB", "AUX"}
        and verb.head.i < verb.i
        and depth < 3
        and inverted_pronoun(verb, last) is None
    ):
        # "a dénoncé … et accusé la majorité de …": one subject for both verbs.
        return subject_of(_coordinated_with(verb, grammar), depth=depth + 1)
    apposed = _subject_of_a_present_after_an_apposition(verb, grammar)
    if apposed is not None:
        return apposed
    if (
        "Part" in verb.morph.get("VerbForm")
        and "Past" in verb.morph.get("Tense")
        and not any(c.dep_.startswith("aux") for c in verb.children)
        and not (own and verb.tag_ in grammar.past_participle_tags)
        and not (own and verb.dep_ == "ROOT")
    ):
        # (A sentence's head with a subject of its own is a finite verb the tagger read as
        # its participle homograph: "Le maire dit que …", "Le syndicat écrit que …".)
        # "a de son côté assuré": the parser may hang the auxiliary elsewhere.
        auxiliary = _auxiliary_before(verb)
        if auxiliary is None:
            # A bare past participle ("interrogé par X", "cité par Y") reports no speech.
            return None
        for child in auxiliary.children:
            if child.dep_ in subjects and is_source(child):
                return child
        return None
    inverted = inverted_pronoun(verb, last)
    if inverted is not None:
        return inverted
    on_the_auxiliary = None if own else _subject_on_the_auxiliary(verb, grammar)
    if on_the_auxiliary is not None:
        return on_the_auxiliary  # "Il a par ailleurs annoncé …": hung on "a"
    for child in _subjects_nearest_first(verb, grammar):
        if child.dep_ in subjects:
            child = _apposition_head(verb, child, grammar) or child
            if child.i < verb.i and _after_the_words_told(verb):
                # "« … c'est la preuve … », poursuit le favori": a subject the parser
                # finds inside the quotation before an incise is none of the incise's
                continue
            if child.lower_ in grammar.relative_subjects and (
                verb.dep_.startswith("acl")
                or verb.dep_ in grammar.relative_clause_labels
                or "Rel" in child.morph.get("PronType")
            ):
                return relative_antecedent(verb, child)
            if child.lower_ in _time_words(verb.doc.lang_):
                continue  # "a expliqué dimanche la maire": the parser's time "subject"
            if in_a_dateline(child, grammar):
                # "NAIROBI, Kenya, May 29 – Police say …", "LORMONT (AFP) - La maire a
                # déclaré …": the place of filing, the wire's agency
                continue
            if inside_a_complement_name(child):
                continue  # "a confié X à France Bleu Nord": the parser's "Bleu" subject
            if child.pos_ == "VERB" and child.i < verb.i:
                # "Asked about …, Petra Lund, the mayor, replied": the opening participle
                # read as the subject
                stranded = _subject_in_an_opening_phrase(verb, grammar)
                if stranded is not None:
                    return stranded
            if child.lower_ in grammar.body_pronouns:
                return child if _body_subject_before(child) else None
            return child if is_source(child) else None
    apposed = _name_apposed_to_a_fronted_name(verb)
    if apposed is not None:
        return apposed
    stranded = _subject_in_an_opening_phrase(verb, grammar)
    if stranded is not None:
        return stranded
    morph = verb.morph
    # A present participle ("soulignant que …") speaks for the subject it hangs on.
    if "Part" in morph.get("VerbForm") and "Pres" in morph.get("Tense"):
        gerund = any(c.lower_ in grammar.gerund_openers and c.i < verb.i for c in verb.children)
        described = None
        if not gerund:
            # ("en critiquant …" speaks for the clause's subject, wherever the parser hangs it)
            described = _participle_of_a_noun_phrase(verb) or _participle_of_a_relative(verb, depth)
        if described is not None:
            return described
        head = verb.head
        if head.i < verb.i and head.i != verb.i:
            glued = inverted_pronoun(head, head)
            if glued is not None:
                return glued  # "…, a-t-il précisé en affirmant que …": the incise's speaker
            clause = _governing_verb(verb)
            if (
                clause is not None
                and _after_a_comma(clause)
                and not any(c.dep_ in subjects and c.i < clause.i for c in clause.children)
            ):
                # (A clause with its subject before it is no incise, though a comma-set
                # name may close that subject: "Le préfet et son adjoint, Paul X, ont
                # livré un aperçu …, en insistant sur …" speaks for the préfet.)
                after = postposed_subject(clause)
                if after is not None and after.i < verb.i:
                    # "…, précise la préfecture, tout en assurant que …": the incise's
                    # postposed subject, not the subject of the sentence it closes
                    return after
        root = sentence_root(verb)
        if root.i < verb.i and root.i != verb.i:
            for child in root.children:
                if child.dep_ in subjects and is_source(child):
                    return child  # "X a salué …, tout en rappelant que …"
            after = postposed_subject(root) if _after_a_comma(root) else None
            if after is not None and after.i < verb.i:
                return after  # "« … », a déclaré la maire, assurant que …"
        head = verb.head
        if head.i != verb.i and head.pos_ in {"NOUN", "PROPN"}:
            return head
        if head.i != verb.i and depth < 3:
            return subject_of(head, depth=depth + 1)
    infinitive = (
        verb.dep_ in grammar.infinitive_subject_labels
        # "…, a-t-il estimé, avant de revenir sur le match, regrettant …"
        or any(c.lower_ in grammar.infinitive_subordinators for c in verb.children)
    ) and "Inf" in verb.morph.get("VerbForm")
    if (verb.dep_ in {"conj", "xcomp"} or infinitive) and verb.head.i != verb.i and depth < 3:
        return subject_of(verb.head, depth=depth + 1)
    return None


def _participle_of_a_noun_phrase(verb: Token) -> Token | None:
    """ "après une intervention du ministre Paul X proposant aux élus un plan …": a present
    participle hung with no comma on the noun phrase before it belongs to that phrase, not
    to the clause around it ("La séance a été suspendue après …" does not propose). The
    speaker is the person or body the phrase names: the noun itself ("le maire annonçant
    …"), else its complement ("une lettre de la préfecture annonçant …"). A phrase that
    names no one leaves the other readings to try."""
    head = verb.head
    if not verb.dep_.startswith("acl") or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if head.i >= verb.i or any(t.text == "," for t in verb.doc[head.i : verb.i]):
        return None
    if (head.pos_ == "PROPN" or is_person_or_body(head)) and (
        head.dep_ not in grammar_of(verb.doc.lang_).object_labels
    ):
        # (An object is what the clause's subject hands over: "Dubai TV has aired a report
        # claiming …" is the channel's word, which the readings below give.)
        return head
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "nmod"
            and head.i < c.i < verb.i
            and any(g.dep_ == "case" for g in c.children)
            and (c.pos_ == "PROPN" or is_person_or_body(c))
        ),
        None,
    )


def _participle_of_a_relative(verb: Token, depth: int) -> Token | None:
    """ "après un message qu'il a publié sur X annonçant l'arrestation …": a present
    participle hung with no comma on the verb of a relative clause speaks for that clause's
    subject, not for the sentence's ("Le parquet a recadré le ministre après …")."""
    head = verb.head
    if head.i >= verb.i or head.pos_ != "VERB" or depth >= 3:
        return None
    if head.dep_ not in grammar_of(verb.doc.lang_).relative_clause_labels and not (
        head.dep_.startswith("acl") and head.dep_ != "acl"
    ):
        return None
    if any(t.text == "," for t in verb.doc[head.i : verb.i]):
        return None
    subject = subject_of(head, depth=depth + 1)
    return subject if subject is not None and subject.i < head.i else None


def _governing_verb(verb: Token) -> Token | None:
    """The nearest verb above ``verb`` in the parse, through the nouns it may hang on ("…,
    précise la préfecture dans un communiqué, tout en assurant …": the parser may hang the
    participle on "communiqué")."""
    head = verb.head
    for _ in range(4):
        if head.i == verb.i or (head.head.i == head.i and head.pos_ != "VERB"):
            return None
        if head.pos_ == "VERB":
            return head if head.i < verb.i else None
        head = head.head
    return None


def _name_apposed_to_a_fronted_name(verb: Token) -> Token | None:
    """ "Selon l'AFP, Jean Arlot, qui …, a affirmé que …": the parser hangs the subject as an
    apposition on the name of the fronted phrase before it; a name set after a name between
    commas is no apposition of it, so it is the verb's subject. Only for a finite verb
    with no subject of its own, whose fronted phrase comes before it."""
    if "Fin" not in verb.morph.get("VerbForm") and not any(
        "Fin" in c.morph.get("VerbForm") for c in verb.children if c.dep_.startswith("aux")
    ):
        return None
    for child in verb.children:
        if child.i > verb.i or child.pos_ != "PROPN" or not child.dep_.startswith("obl"):
            continue
        for name in child.children:
            between = verb.doc[child.i + 1 : name.i]
            if (
                name.dep_ == "appos"
                and name.pos_ == "PROPN"
                and child.i < name.i < verb.i
                and any(t.text == "," for t in between)
                and is_source(name)
            ):
                return name
    return None


#: Parts of speech of a subject that names someone (not a clause: "citing aides" is none)
_NOMINALS = frozenset({"NOUN", "PROPN", "PRON"})


def _subjects_nearest_first(verb: Token, grammar: Grammar) -> list[Token]:
    """The verb's children, an opening phrase read as a subject put last
    (``opening_phrase_subjects``): "Briefing journalists, Tom Pell said" parses
    "journalists" as a subject, but the phrase before the comma only opens the sentence.
    Only a comma may stand between the two nouns: "The Post, citing aides, reported" keeps
    "The Post" (the parser reads "aides" or "citing aides" as a subject too)."""
    children = list(verb.children)
    if not grammar.opening_phrase_subjects:
        return children
    before = [
        c
        for c in children
        if c.dep_ in grammar.subject_labels and c.i < verb.i and c.pos_ in _NOMINALS
    ]
    opening = []
    for c in before[:-1]:
        between = verb.doc[c.right_edge.i + 1 : before[-1].left_edge.i]
        if any(t.text == "," for t in between) and all(t.is_punct for t in between):
            opening.append(c)
    return [c for c in children if c not in opening] + opening


def _coordinated_with(verb: Token, grammar: Grammar) -> Token:
    """The verb a conjunct verb shares its subject with. "Petra Lund said the port would
    close and added that …": the parser joins "added" to "close", the reported clause's
    verb; a conjunct in the tense of the reporting verb above that clause, and not in the
    clause's own, goes with the reporting verb (``reporting_conjuncts``)."""
    head = verb.head
    outer = head.head
    if (
        grammar.reporting_conjuncts
        and head.dep_ in grammar.bare_clause_labels
        and outer.i < head.i
        and outer.pos_ in {"VERB", "AUX"}
        and verb.tag_ == outer.tag_
        and verb.tag_ != head.tag_
    ):
        return outer
    return head


def _body_subject_before(pronoun: Token) -> bool:
    """Whether the sentence before ``pronoun``'s, in its paragraph, has as its main subject a
    body ("The Harbour Trust criticised the plan. It said …"): a noun tagged as an
    organisation or a place, or one of the speakers lexicon's ``organisation_heads``, no
    person. "It" then stands for that body (``Grammar.body_pronouns``)."""
    doc = pronoun.doc
    own = pronoun.sent
    if pronoun.i != own.start or own.start < 1:
        return False  # "… that it would", "Later it said": only a sentence's first word
    before = doc[own.start - 1].sent
    if any("\n" in t.text for t in doc[before.end - 1 : own.start + 1]):
        return False
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return False
    phrase = doc[subject.left_edge.i : subject.i + 1]
    if any(t.ent_type_ in {"PERSON", "PER"} for t in phrase):
        return False
    if any(t.ent_type_ in {"ORG", "GPE", "NORP"} for t in phrase):
        return True
    return subject.lower_ in _organisation_heads(doc.lang_)


@lru_cache(maxsize=4)
def _organisation_heads(language: str) -> frozenset[str]:
    heads = get_language(language).lexicon("speakers").get("organisation_heads", [])
    return frozenset(h for h in heads if " " not in h)


def _subject_in_an_opening_phrase(verb: Token, grammar: Grammar) -> Token | None:
    """ "Asked about the vote on Wednesday, Petra Lund, the mayor, replied that …": the parser
    reads the subject as a conjunct of the opening phrase's last noun ("Wednesday, Petra
    Lund") and leaves the verb none. A person or body joined by a comma alone (no "and"),
    whose phrase (apposition and commas included) ends right before the verb, is its
    subject (``opening_phrase_subjects``)."""
    if not grammar.opening_phrase_subjects or "Fin" not in verb.morph.get("VerbForm"):
        return None
    doc = verb.doc
    for child in verb.children:
        if child.i > verb.i or (child.dep_ in grammar.subject_labels and child.pos_ != "VERB"):
            continue
        for t in child.subtree:
            if t.dep_ != "conj" or t.pos_ not in {"PROPN", "NOUN"}:
                continue
            if any(c.dep_ == "cc" for c in t.head.children) or t.left_edge.i == 0:
                continue  # "Wednesday and Thursday": a true conjunct
            if doc[t.left_edge.i - 1].text != ",":
                continue
            if all(x.is_punct for x in doc[t.right_edge.i + 1 : verb.i]) and is_person_or_body(t):
                return t
    return None


def postposed_subject(verb: Token) -> Token | None:
    """The first noun phrase after an incise verb ("…, a dit le maire."), whatever the parser
    labels it (often the verb's object): a noun that can name a source, with no preposition
    of its own, before the sentence ends."""
    doc = verb.doc
    grammar = grammar_of(doc.lang_)
    reach = max(verb.i + 8, _subject_phrase_end(verb)) + _adjunct_after(verb)
    for t in doc[verb.i + 1 : min(len(doc), reach)]:
        if t.text in grammar.sentence_ends or (t.is_space and "\n" in t.text):
            return None
        if _one_of_a_group(t, grammar):
            return t  # "…, glisse l'une d'elles": the parser made it the verb's object
        if _nominalised_adjective(t):
            return t  # "a lâché la principale": an adjective made a person's noun
        if t.pos_ in {"PROPN", "NOUN"} and is_source(t):
            if any(c.dep_ == "case" for c in t.children) or inside_a_complement_name(t):
                continue  # "a déclaré à la presse le ministre": a complement
            if t.head.dep_ in grammar.preposition_labels:
                continue  # "guarantees against a resumption": the object of a preposition
            head = t
            while (
                head.dep_ in {"flat:name", "amod", "nmod"}
                and head.head.i > verb.i
                and not _a_date_word(head.head)
                and not any(c.dep_ == "case" for c in head.head.children)
            ):
                # a head with its own preposition is a complement the parser hung the
                # subject on ("affirme dans un entretien le maire"): the subject stops here
                head = head.head
            return head
    return None


def _apposition_head(verb: Token, subject: Token, grammar: Grammar) -> Token | None:
    """ "Mme X, une avocate de 41 ans, a annoncé …": the parser may make the apposition set
    off by commas the verb's subject and hang the name before it elsewhere (another subject
    of the verb, or a root of its own); the name, which the apposition describes, heads the
    subject. None unless a person's name ends right before the apposition's comma and
    opens the sentence or is the verb's subject too."""
    doc = verb.doc
    if subject.i > verb.i:
        return None
    # The commas around the apposition: the parser may keep the opening one in its phrase.
    opening = subject.left_edge.i if subject.left_edge.text == "," else subject.left_edge.i - 1
    closing = subject.right_edge.i + 1
    if opening < 1 or doc[opening].text != "," or closing >= verb.i or doc[closing].text != ",":
        return None
    name = doc[opening - 1]
    while name.dep_ == "flat:name" and name.head.i < name.i:
        name = name.head
    if name.ent_type_ not in {"PER", "PERSON"} or name.pos_ not in {"PROPN", "NOUN"}:
        return None
    if name.head.i == verb.i and name.dep_ in grammar.subject_labels:
        return name
    opens = name.left_edge.i == 0 or doc[name.left_edge.i - 1].text in grammar.sentence_ends
    opens = opens or "\n" in doc[name.left_edge.i - 1].text
    return name if opens and name.dep_ == "ROOT" else None


def _one_of_a_group(token: Token, grammar: Grammar) -> bool:
    """ "l'un d'eux", "l'une des infirmières": a pronoun that picks one of a group, with
    its article and the complement that names the group."""
    return (
        token.pos_ == "PRON"
        and token.lower_ in grammar.one_of_pronouns
        and any(c.dep_ == "det" and c.i < token.i for c in token.children)
        and not any(c.dep_ == "case" and c.i < token.i for c in token.children)
        and any(c.i > token.i and any(g.dep_ == "case" for g in c.children) for c in token.children)
    )


#: How far past an incise verb its inverted subject may end when adjuncts come first
#: ("a déclaré dimanche lors d'une conférence de presse X, …").
MAX_INVERTED_REACH = 20
#: Words a bracket inside a description holds at most ("(PS)", "(FRA/Cofidis)", "(52 ans)").
MAX_BRACKET_WORDS = 6


def _subject_phrase_end(verb: Token) -> int:
    """Where the words after an incise verb first stop, at a comma or a sentence end: an
    inverted subject placed after adjuncts of time, medium or occasion ("raconte lundi 4
    octobre sur France Bleu X, responsable de …", "a déclaré dimanche lors d'une
    conférence de presse X, …") ends there, however long those adjuncts are. A comma
    right after the verb opens an adjunct of its own (``_adjunct_after``)."""
    doc = verb.doc
    grammar = grammar_of(doc.lang_)
    first = verb.i + 1
    if first < len(doc) and doc[first].text == ",":
        return first
    for k in range(first, min(len(doc), verb.i + MAX_INVERTED_REACH)):
        t = doc[k]
        if t.text == "," or t.text in grammar.sentence_ends or (t.is_space and "\n" in t.text):
            return k
    return first


def _nominalised_adjective(token: Token) -> bool:
    """ "la principale", "le premier": an adjective with its own article and no noun to
    qualify, whose form is a person's noun of the sources lexicon, names a person."""
    return (
        token.pos_ == "ADJ"
        and token.lower_ in _source_nouns(token.doc.lang_)
        and any(c.dep_ == "det" and c.i == token.i - 1 for c in token.children)
        and not any(c.dep_ == "case" for c in token.children)
    )


def _adjunct_after(verb: Token) -> int:
    """The length of a phrase set off by commas right after an incise verb ("…, ont écrit,
    dans leur lettre commune, les deux maires"): the subject comes after it, so the search
    for it reaches that much further."""
    doc = verb.doc
    first = verb.i + 1
    if first >= len(doc) or doc[first].text != ",":
        return 0
    for k in range(first + 1, min(len(doc), first + 13)):
        if doc[k].text == ",":
            return k - first
        if doc[k].is_space or doc[k].is_sent_start:
            return 0
    return 0


def is_date_word(token: Token) -> bool:
    """A number or a word of time ("lundi", "27", "juin", "hier")."""
    return _a_date_word(token)


def _subject_on_the_auxiliary(verb: Token, grammar: Grammar) -> Token | None:
    """ "Il a par ailleurs annoncé …": after an adverbial between the auxiliary and the
    participle, the parser may hang the subject on the auxiliary (tagged a verb)."""
    for auxiliary in verb.children:
        if not auxiliary.dep_.startswith("aux") or auxiliary.i > verb.i:
            continue
        for child in auxiliary.children:
            if child.dep_ in grammar.subject_labels and child.i < auxiliary.i and is_source(child):
                return child
    return None


def _a_date_word(token: Token) -> bool:
    """A number or a word of time ("a assuré mercredi 12 mars sa porte-parole"): the parser
    may hang the postposed subject on the date before it, which names no one."""
    return token.like_num or token.lower_ in _time_words(token.doc.lang_)


def inside_a_complement_name(token: Token) -> bool:
    """A word of a name that a preposition opens ("à France Bleu Nord", "sur France
    Inter"): the parser may cut the name and make a later word the verb's subject or
    object, but the medium or place it names never speaks."""
    if token.pos_ != "PROPN":
        return False
    doc = token.doc
    if token.ent_type_ in {"PER", "PERSON"}:
        # "sur France Bleu Marc X", "sur franceinfo Anne Y": a person's name the tagger
        # starts after the medium's is the subject, not a word of the medium's name.
        start = token.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        return any(c.dep_ == "case" for c in doc[start].children)
    k = token.i - 1
    while k >= 0 and doc[k].pos_ == "PROPN" and doc[k].whitespace_:
        if any(c.dep_ == "case" and c.i < k for c in doc[k].children):
            return True
        k -= 1
    return False


def _after_the_words_told(verb: Token) -> bool:
    """The verb, with its auxiliaries, opens right after a closing quotation mark and its
    comma ("« … », poursuit X"): an incise whose subject, if any, comes after it."""
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
    doc = verb.doc
    return (
        first > 1
        and doc[first - 1].text == ","
        and doc[first - 2].text in quote_marks(doc.lang_).closers
    )


def _after_a_comma(verb: Token) -> bool:
    """The verb, with its auxiliaries, opens after a comma: an incise ("…, a déclaré X")."""
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
    return first > 0 and verb.doc[first - 1].text == ","


def relative_antecedent(verb: Token, pronoun: Token) -> Token | None:
    """Who the relative "qui" subject of ``verb`` stands for, when it can name a source.

    The parser hangs the relative clause on its noun ("le maire, qui a dénoncé …"), or,
    after an incise whose subject follows the verb, on the incise verb itself ("…, a
    poursuivi le capitaine, qui a salué …"): then the antecedent is that postposed subject.
    """
    head = verb.head
    if head.i != verb.i and head.pos_ in {"VERB", "AUX"} and head.i < pronoun.i:
        before = _noun_before_the_relative(pronoun)
        if before is None or not _has_subject_before(head):
            subject = postposed_subject(head)
            return subject if subject is not None and subject.i < pronoun.i else None
        # "X n'a pas commenté les propos de Donald Y, qui avait déclaré …": the verb the
        # parser hung the relative on has its own subject before it, no incise; the
        # relative is said of the noun right before its comma
        head = before
    if head.i != verb.i and _complement_of_a_source(head):
        head = head.head  # "l'entourage de Julie X, qui ajoute": the entourage, not Julie X
    elif head.i != verb.i and head.pos_ == "NOUN" and not _speaking_noun(head):
        # "du côté de Julie X, qui ajoute": a noun that names no speaker; its name does
        named = [
            c
            for c in head.children
            if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.ent_type_ in {"PER", "PERSON"}
        ]
        if len(named) == 1 and named[0].i < verb.i:
            head = named[0]
    if head.i == verb.i or not is_source(head):
        return None
    if head.dep_ == "conj" and head.head.pos_ == "NOUN" and head.head.i < head.i:
        head = head.head  # "L'ancien journaliste et animateur de radio, qui …": one person
    return _person_of_a_described_name(head, verb) or head


def _noun_before_the_relative(pronoun: Token) -> Token | None:
    """The noun or name right before the comma that opens a relative clause ("Donald Y, qui
    …": "Donald"), or None."""
    doc = pronoun.doc
    if pronoun.i < 2 or doc[pronoun.i - 1].text != ",":
        return None
    noun = doc[pronoun.i - 2]
    while noun.dep_ == "flat:name" and noun.head.i < noun.i:
        noun = noun.head
    return noun if noun.pos_ in {"NOUN", "PROPN"} else None


def _has_subject_before(verb: Token) -> bool:
    """Whether a verb has a subject of its own before it ("X n'a pas commenté …")."""
    grammar = grammar_of(verb.doc.lang_)
    return any(c.dep_ in grammar.subject_labels and c.i < verb.i for c in verb.children)


def _complement_of_a_source(noun: Token) -> bool:
    """A noun that is the "de" complement of a noun that can speak ("l'entourage de Julie X",
    "l'avocat de la famille"): a relative clause after the whole phrase ("…, qui ajoute")
    is said of the phrase's head."""
    grammar = grammar_of(noun.doc.lang_)
    head = noun.head
    return (
        noun.dep_ == "nmod"
        and head.pos_ == "NOUN"
        and head.i < noun.i
        and any(c.dep_ == "case" and c.lower_ in grammar.partitives for c in noun.children)
        and _speaking_noun(head)
    )


def _speaking_noun(noun: Token) -> bool:
    """A noun of the source lexicon ("entourage", "avocat", "porte-parole"), by its form or
    its lemma."""
    nouns = _source_nouns(noun.doc.lang_)
    return noun.lower_ in nouns or noun.lemma_.lower() in nouns


def _person_of_a_described_name(noun: Token, verb: Token) -> Token | None:
    """ "Denis X, co-directeur de l'Observatoire de la Fondation Y, qui répond : « … »": a
    relative clause of saying the parser hung on the last noun of an apposition's
    complements ("Fondation") speaks for the person that apposition describes, named
    before it. Only for a reporting verb and a name the tagger reads as a person's."""
    if verb.lemma_.lower() not in get_language(verb.doc.lang_).saying_verbs():
        return None
    token = noun
    for _ in range(6):
        if token.dep_ == "appos" and token.head.pos_ == "PROPN" and token.head.i < token.i:
            person = token.head
            return person if person.ent_type_ == "PER" else None
        if not token.dep_.startswith(("nmod", "appos", "flat")) or token.head.i == token.i:
            return None
        token = token.head
    return None


def _subject_of_a_present_after_an_apposition(verb: Token, grammar: Grammar) -> Token | None:
    """ "Luc X, porte-parole de l'association, décrit « un climat de peur »": a present the
    tagger read as its participle homograph ("décrit", "écrit", "dit") and the parser hung
    as a modifier on the apposition before it. Set off by the comma that closes the
    apposition, with a direct object (a participle of a noun, passive, takes none: "le
    rapport, écrit par les inspecteurs"), in a sentence whose head is that noun phrase and
    no verb, it is the phrase's own verb: the subject is the phrase's head."""
    if verb.dep_ != "acl" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if not any(c.dep_ in grammar.object_labels for c in verb.children):
        return None
    if any(c.dep_.startswith("aux") or c.dep_ in grammar.agent_labels for c in verb.children):
        return None
    head = verb.head
    if head.dep_ == "appos" and head.head.i < head.i:
        head = head.head
    if head.dep_ != "ROOT" or head.pos_ not in {"NOUN", "PROPN"} or head.i > verb.i:
        return None
    return head if is_source(head) else None


def _subject_of_a_mistagged_cue(verb: Token, grammar: Grammar) -> Token | None:
    """The subject of a cue the tagger took for a noun, adjective or adverb.

    "La ministre juge que …", "Karin Morel juge que …" (the verb read as part of the name),
    "Le directeur du port dément avoir …" (*dément* read as an adjective): a cue form right
    after a noun phrase and right before "que" or a bare infinitive is that phrase's verb,
    whatever the parser hung it on. The subject is the head of the phrase before it.
    """
    doc = verb.doc
    if not 0 < verb.i < len(doc) - 1:
        return None
    # "La syndicaliste Jeanne X juge la proposition insuffisante": a finite verb the parser
    # hung on the name before it as a noun's modifier is that name's verb all the same.
    hung_on_a_name = (
        verb.pos_ == "VERB"
        and verb.dep_ == "nmod"
        and "Fin" in verb.morph.get("VerbForm")
        and verb.head.i < verb.i
        and not any(c.dep_ in grammar.subject_labels for c in verb.children)
    )
    if verb.pos_ not in {"NOUN", "ADJ", "ADV"} and not hung_on_a_name:
        return None
    following = doc[verb.i + 1]
    if (
        not hung_on_a_name
        and following.lower_ not in grammar.complementizers
        and not opens_an_infinitive(doc, following.i, grammar)
    ):
        return None
    token = doc[verb.i - 1]
    if token.pos_ not in {"NOUN", "PROPN"} and not (hung_on_a_name and token.pos_ == "X"):
        return None
    seen = 0
    while (
        token.dep_ in {"flat:name", "appos", "nmod", "amod"}
        and token.head.i < token.i
        and token.head.pos_ in {"NOUN", "PROPN"}
        and seen < 8
    ):
        token = token.head  # "La juge Karin Morel", "Le directeur du port"
        seen += 1
    return token if is_source(token) else None


def mistagged_cue_subject(verb: Token) -> Token | None:
    """The subject of a cue verb the tagger did not tag as a verb (see above), or None."""
    return _subject_of_a_mistagged_cue(verb, grammar_of(verb.doc.lang_))


def opens_an_infinitive(doc: Doc, i: int, grammar: Grammar) -> bool:
    """Token ``i`` starts a bare infinitive: "avoir signé", "n'avoir rien vu", "partir"."""
    while i < len(doc) and doc[i].lower_ in grammar.negations:
        i += 1
    return i < len(doc) and "Inf" in doc[i].morph.get("VerbForm")


def _auxiliary_before(verb: Token) -> Token | None:
    """An "a"/"est" a few words before a participle, across an adverbial phrase."""
    doc = verb.doc
    auxiliaries = grammar_of(doc.lang_).auxiliaries
    for k in range(verb.i - 1, max(-1, verb.i - 6), -1):
        t = doc[k]
        if t.lemma_ in auxiliaries and "Fin" in t.morph.get("VerbForm"):
            return t
        if t.pos_ in {"VERB", "PUNCT"} or t.is_space:
            return None
    return None


def sentence_root(token: Token) -> Token:
    """The root of ``token``'s tree (its sentence's main verb)."""
    seen = 0
    while token.head.i != token.i and seen < 50:
        token = token.head
        seen += 1
    return token


def sentence_starts(doc: Doc) -> list[int]:
    """Token index of each sentence start, computed once per Doc.

    ``Token.sent`` and ``Span.sent`` walk the whole Doc on each call, which makes any
    per-statement use quadratic in the article's length.
    """
    cached = doc.user_data.get("dixit_sentence_starts")
    if cached is None or (cached and cached[-1] >= len(doc)):
        cached = [s.start for s in doc.sents]
        doc.user_data["dixit_sentence_starts"] = cached
    return cached


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence holding token ``i`` (a fast ``doc[i].sent``)."""
    starts = sentence_starts(doc)
    k = bisect.bisect_right(starts, i) - 1
    start = starts[k] if k >= 0 else 0
    end = starts[k + 1] if k + 1 < len(starts) else len(doc)
    return doc[start:end]


def sentence_bounds(doc: Doc, token: Token) -> tuple[int, int]:
    """Token range of the sentence of ``token``, never crossing a line break. Asked of the
    same verbs by several rules: each token's answer is kept on the Doc (for its length)."""
    known = doc.user_data.get(_BOUNDS_KEY)
    if known is None or known[0] != len(doc):
        known = doc.user_data[_BOUNDS_KEY] = (len(doc), {})
    bounds = known[1].get(token.i)
    if bounds is None:
        bounds = known[1][token.i] = _sentence_bounds(doc, token)
    return bounds


_BOUNDS_KEY = ("dixit", "sentence_bounds")


def _sentence_bounds(doc: Doc, token: Token) -> tuple[int, int]:
    sent = sentence_of(doc, token.i)
    start, end = sent.start, sent.end
    while start > 0 and _breaks_inside_a_word(doc, start):
        start = sentence_of(doc, start - 1).start
    while end < len(doc) and _breaks_inside_a_word(doc, end):
        end = sentence_of(doc, end).end
    breaks = line_break_tokens(doc)
    # The last line break at or before the token, and the first at or after it.
    before = bisect.bisect_right(breaks, token.i) - 1
    if before >= 0 and breaks[before] >= start:
        start = breaks[before] + 1
    after = bisect.bisect_left(breaks, token.i)
    if after < len(breaks) and breaks[after] < end:
        end = breaks[after]
    return start, end


def line_break_tokens(doc: Doc) -> list[int]:
    """Indexes of the whitespace tokens that hold a line break, in order, found once per
    Doc (from the tokens' strings, without a ``Token`` each)."""
    found = doc.user_data.get(_LINE_BREAKS_KEY)
    if found is None:
        found = doc.user_data[_LINE_BREAKS_KEY] = [
            k for k, text in enumerate(token_texts(doc)) if "\n" in text and text.isspace()
        ]
    return found


_LINE_BREAKS_KEY = ("dixit", "line_breaks")


def _breaks_inside_a_word(doc: Doc, k: int) -> bool:
    """A parser's sentence start at token ``k`` that no punctuation marks.

    The tokenizer splits a compound it does not know ("accord-cadre") and the parser then
    sometimes starts a sentence at its hyphen, or after a preposition ("entre | Vernac");
    a written sentence ends with punctuation or a line break, never on a word.
    """
    if not 0 < k < len(doc):
        return False
    before = doc[k - 1]
    if before.text in _HYPHENS and k > 1 and not doc[k - 2].whitespace_:
        return not before.whitespace_  # "accord-|cadre"
    if doc[k].text in _HYPHENS and not before.whitespace_ and not doc[k].whitespace_:
        return True  # "accord|-cadre"
    return before.is_alpha and not before.is_space
