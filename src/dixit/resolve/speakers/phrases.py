"""Cutting phrases out of a mention or the doc: where a noun phrase ends, what a mention
says without its leading preposition or after a comma, and a head noun's complement.

These read only the text, the parse and the lexicon, so every rule module may use them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dixit.registry import normalise_name
from dixit.resolve.speakers.lexicon import SpeakerLexicon

if TYPE_CHECKING:
    from dixit.resolve.speakers.state import ArticleState

#: Clause words and verbs: a noun phrase stops before them.
_PHRASE_BREAKS = frozenset({"VERB", "AUX", "PRON", "SCONJ", "CCONJ"})


def breaks_phrase(tok: Token) -> bool:
    """Whether a token ends a noun phrase: punctuation (not hyphens), verbs, clause words."""
    if tok.is_punct and tok.text not in {"-", "'"}:
        return True
    return tok.pos_ in _PHRASE_BREAKS


#: What ends a sentence, or opens one inside it ("Titre : Le maire …", "« Le …"): a capital
#: after them is the sentence's, not a title's.
SENTENCE_OPENERS = frozenset({".", "!", "?", "…", ":", ";", "«", "»", '"', "“", "”", "-", "–", "—"})


def opens_sentence(state: ArticleState, tok: Token) -> bool:
    """Whether ``tok`` starts its sentence: first of the text or of a line, or after a
    sentence's end or a colon or quotation mark."""
    i = tok.i - 1
    while i >= 0 and state.doc[i].is_space:
        if "\n" in state.doc[i].text:
            return True
        i -= 1
    if i < 0 or "\n" in state.text[state.doc[i].idx + len(state.doc[i]) : tok.idx]:
        return True
    return state.doc[i].text in SENTENCE_OPENERS


def strip_leading(mention: str, lex: SpeakerLexicon) -> str:
    """The mention without its leading article or preposition, as written ("Kremlin")."""
    text = mention.strip()
    while True:
        head, sep, rest = text.partition(" ")
        low = normalise_name(head)
        for det in lex.elisions:
            if low.startswith(det) and len(low) > len(det):
                text = text[len(det) :].lstrip()
                break
        else:
            if sep and (low in lex.determiners or low in lex.leading_prepositions):
                text = rest.lstrip()
                continue
            return text


def core_phrase(mention: str, lex: SpeakerLexicon) -> str:
    """The mention without its leading preposition, bracketed acronyms or what follows a comma.

    "L'agence régionale de santé (ARS) d'Occitanie" -> "L'agence régionale de santé
    d'Occitanie"; "La direction, de son côté" -> "La direction"; "Pour sa part, la
    direction" -> "la direction".
    """
    aside, comma, rest = mention.strip().partition(",")
    if comma and rest.strip() and tuple(normalise_name(aside).split()) in lex.leading_adjuncts:
        # "Pour sa part, l'organisation patronale X": the aside opens the sentence.
        mention = rest
    words = mention.strip().split(" ")
    while len(words) > 1 and normalise_name(words[0]) in lex.leading_prepositions:
        words = words[1:]
    text = re.sub(r"\s*\([^)]*\)", "", " ".join(words))
    for stop in (",", "(", ";"):
        text = text.split(stop, 1)[0]
    return " ".join(text.split()) or mention.strip()


def first_capitalised(text: str, within: int = 99) -> str | None:
    """From the first capitalised word on ("portugais AeroLusa" -> "AeroLusa"), if it is
    among the first ``within`` words."""
    words = text.split()
    for i, word in enumerate(words[:within]):
        if word[:1].isupper() or word[:1].isdigit():
            return " ".join(words[i:])
    return None


def name_after_epithets(text: str, lex: SpeakerLexicon, most: int = 4) -> str | None:
    """From the first capitalised word on, when only lower-case epithets stand before it
    ("patronale flamande Voka" -> "Voka"): at most ``most`` of them, none a preposition or
    partitive (a complement "des Amis du musée" is read by ``first_capitalised``)."""
    words = text.split()
    for i, word in enumerate(words[: most + 1]):
        if word[:1].isupper():
            return " ".join(words[i:]) if i else None
        low = normalise_name(word)
        if not word.isalpha() or low in lex.partitives or low in lex.complement_words:
            return None
    return None


def complement_after(state: ArticleState, tok: Token) -> Span | None:
    """ "de la Santé" after "ministre", "nationale de rugby" after "Ligue", "Centre-Val de
    Loire" after "région": the words that say which body a head noun means."""
    doc, partitives = state.doc, state.lex.partitives
    j = tok.i + 1
    if j >= len(doc):
        return None
    first = doc[j]
    opens = normalise_name(first.text) in partitives or (
        first.pos_ == "ADJ" and not first.text[:1].isupper()
    )
    if not opens and not (first.text[:1].isupper() and first.pos_ in {"PROPN", "NOUN", "X"}):
        return None
    end = j
    while end < len(doc) and end - j < 8:
        t = doc[end]
        low = normalise_name(t.text)
        if low in partitives or t.pos_ in {"DET", "NOUN", "PROPN", "ADJ", "NUM"}:
            end += 1
            continue
        if t.text in {"-", "'"}:
            end += 1
            continue
        break
    while end > j and (doc[end - 1].pos_ in {"DET", "ADP"} or doc[end - 1].text in {"-", "'"}):
        end -= 1
    if end <= j or (end == j + 1 and normalise_name(first.text) in partitives):
        return None
    complement = doc[j:end]
    for drop in state.lex.complement_drop:
        text = normalise_name(complement.text)
        if text.startswith(drop + " "):
            cut = len(drop.split())
            complement = doc[j + cut : end] if j + cut < end else complement
    return complement


def narrowed_mention(
    state: ArticleState, span: tuple[int, int], cue_start: int | None = None
) -> tuple[int, int] | None:
    """A mention span that runs past its speaker, cut back to the speaker.

    The extractor may keep the words around the subject of an incise: a date before it
    ("annonce mardi 7 novembre | le parquet") and an adjunct after it ("écrit le parquet |
    dans son communiqué", "a réagi X | au cours d'une conférence avec Y"). Neither names
    who speaks, and a name inside the adjunct is someone else. ``cue_start`` is where the
    statement's cue starts. None when nothing is cut.
    """
    mention = state.span(*span)
    if mention is None or len(mention) < 2:
        return None
    tokens = [t for t in mention if not t.is_space]
    lex = state.lex
    first = 0
    while first < len(tokens) - 1 and _dates(tokens, first, lex):
        first += 1
    if first and not any(normalise_name(t.text) in lex.time_words for t in tokens[:first]):
        first = 0
    if first == 0:
        first = leading_adjunct(state, tokens)
    if (
        first == 0
        and len(tokens) > 2
        and tokens[0].pos_ == "ADV"
        and normalise_name(tokens[1].text) in lex.leading_prepositions
    ):
        # "Toujours selon lui", "Encore d'après elle": the adverb only links the source to
        # the statement before; the preposition and its pronoun are the mention.
        first = 1
    last = len(tokens)
    for k in range(first + 1, len(tokens)):
        rest = normalise_name(state.text[tokens[k].idx : span[1]])
        if any(rest == p or rest.startswith(p + " ") for p in lex.mention_adjuncts):
            last = k
            break
    if last < len(tokens) and apposed_name_closes(tokens[last:]):
        # "le candidat libéral dans Portneuf, Michel X": the phrase complements the noun,
        # and the name set beside the description after the comma is the speaker.
        last = len(tokens)
    for k in range(first + 2, last):
        if tokens[k - 1].text == "," and present_participle(tokens[k]):
            # "a déclaré X, porte-parole de Y, | accusant Z de mentir": a present
            # participle after a comma opens a clause about someone else.
            last = k
            break
    comma = next((k for k in range(first + 1, last) if tokens[k].text == ","), None)
    doc = state.doc
    if (
        comma is not None
        and tokens[first].i >= 1
        and normalise_name(doc[tokens[first].i - 1].text) in lex.leading_prepositions
        and tokens[last - 1].i + 1 < len(doc)
        and doc[tokens[last - 1].i + 1].pos_ in {"VERB", "AUX"}
    ):
        # "Selon le procureur, | Jean X avait affirmé …": the name after the comma is the
        # subject of the clause, not the source's apposition. The statement whose cue is
        # that verb is the name's; the source's is the description's.
        if cue_start is not None and cue_start >= span[1]:
            first = comma + 1
        else:
            last = comma
    while last > first + 1 and tokens[last - 1].is_punct:
        last -= 1
    if first == 0 and last == len(tokens):
        return None
    kept = tokens[first:last]
    end = span[1] if last == len(tokens) else kept[-1].idx + len(kept[-1])
    return kept[0].idx, min(end, kept[-1].idx + len(kept[-1]))


def leading_adjunct(state: ArticleState, tokens: list[Token]) -> int:
    """How many of a mention's first tokens belong to an aside written before the inverted
    subject ("a réagi de son côté | le cdH", "a dit pour sa part | la maire"), the aside's
    first words possibly left outside the mention ("de" before "son côté"); 0 when none.
    A mention that is only the aside keeps its words."""
    doc = state.doc
    words = [normalise_name(t.text) for t in tokens]
    for phrase in state.lex.leading_adjuncts:
        for k in range(len(phrase)):
            rest = phrase[k:]
            if len(rest) >= len(tokens) or tuple(words[: len(rest)]) != rest:
                continue
            at = tokens[0].i
            before = [normalise_name(t.text) for t in doc[max(0, at - k) : at]]
            if tuple(before) == phrase[:k]:
                return len(rest)
    return 0


#: Entity labels of people, in the tag sets of the languages' models.
PERSON_LABELS = frozenset({"PER", "PERSON"})


def apposed_name_closes(tokens: list[Token]) -> bool:
    """Whether a phrase ends on a comma then a person's name the tagger marks as one, and
    nothing else ("dans Portneuf, Michel X")."""
    comma = max((k for k, t in enumerate(tokens) if t.text == ","), default=None)
    if comma is None or comma + 1 >= len(tokens):
        return False
    name = tokens[comma + 1 :]
    return all(t.text[:1].isupper() or t.is_punct for t in name) and all(
        t.ent_type_ in PERSON_LABELS for t in name if not t.is_punct
    )


def present_participle(tok: Token) -> bool:
    """Whether a token is a present participle ("accusant"), by the tagger's morphology."""
    return "Part" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense")


def _dates(tokens: list[Token], at: int, lex: SpeakerLexicon) -> bool:
    """Whether a leading token dates the statement ("mardi", "7", "novembre", "ce" before
    a time word) rather than names its speaker."""
    word = normalise_name(tokens[at].text)
    if word in lex.time_words or tokens[at].like_num:
        return True
    nxt = normalise_name(tokens[at + 1].text) if at + 1 < len(tokens) else ""
    return word in lex.time_demonstratives and nxt in lex.time_words
