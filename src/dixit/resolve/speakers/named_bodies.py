"""Bodies the text names by their kind ("le groupe chimique Varnel", "la société Arvel"), and
the news media that report on them.

A company, a union or an agency is often introduced once with the noun of its kind before its
name, then taken up by that noun alone ("l'entreprise", "le groupe") or spoken for by "un
porte-parole". The tagger often misses such names (it reads "Varnel" as a place), so they are
found by their layout: a kind noun of ``body_epithets``, a few lower-case words (adjectives, a
"de" complement), then capitalised words. A news agency or a paper that reports the story
("selon l'agence Reuters") is no body a spokesperson speaks for.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from dixit.lang import get_language
from dixit.registry import normalise_name
from dixit.resolve.speakers.state import ArticleState

#: lower-case words allowed between a kind noun and the name ("groupe chimique", "fabricant
#: de revêtements de sol")
GAP = 5


def named_body_before(
    state: ArticleState,
    start: int,
    kind: str | None = None,
    since: int = 0,
    other_than: str | None = None,
) -> str | None:
    """The name of the last body written after a noun of its kind between ``since`` and
    ``start`` (character offsets), of ``kind`` when given ("company", "union"…), and after
    a kind noun other than ``other_than`` when given (the same noun written again is the
    name completion rules' to read: "l'intersyndicale CGT-FO … selon l'intersyndicale");
    None when the text names none that way. A news medium is never taken."""
    kinds = state.lex.body_epithets
    doc = state.doc
    for token in reversed(list(doc.char_span(since, start, alignment_mode="contract") or [])):
        noun = normalise_name(token.text)
        if not token.text.islower() or noun not in kinds:
            continue
        if (kind is not None and kinds[noun] != kind) or noun == other_than:
            continue
        name = name_apposed_before(doc, token) or _name_after(doc, token)
        if name and name[-1].idx < start:
            text = state.text[name[0].idx : name[-1].idx + len(name[-1])]
            if not is_news_medium(state, text):
                return text
    return None


def name_apposed_before(doc, noun: Token) -> list[Token]:
    """ "selon Cantines-Debout, un collectif qui rassemble …": the capitalised words right
    before a comma and the determiner of a kind noun set beside them as an apposition; empty
    when the noun stands in no such apposition."""
    k = noun.i - 1
    if k < 2 or doc[k].pos_ != "DET" or not doc[k].text.islower() or doc[k - 1].text != ",":
        return []
    name: list[Token] = []
    k -= 2
    while k >= 0:
        tok = doc[k]
        if tok.text in {"-", "'"} and name and k > 0 and doc[k - 1].text[:1].isupper():
            name.insert(0, tok)  # "Cantines-Debout" cut at its hyphen
        elif tok.text[:1].isupper() and tok.pos_ in {"PROPN", "NOUN", "X", "ADJ"}:
            name.insert(0, tok)
        else:
            break
        k -= 1
    return name


def nouns_apposed_to(state: ArticleState, words: tuple[str, ...]) -> frozenset[str]:
    """ "Cantines-Debout, un collectif qui …": the lower-case nouns the article sets beside
    the name ``words`` (normalised) after a comma and a determiner, normalised. Asked for
    each mention of a body: the answer is kept per name (a function of the Doc alone)."""
    known = state.apposed_nouns.get(words)
    if known is not None:
        return known
    doc = state.doc
    found: set[str] = set()
    for _, end in state.phrase_spans(words):
        if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ == "DET":
            noun = doc[end + 2]
            if noun.text.islower() and noun.is_alpha:
                found.add(normalise_name(noun.text))
    known = state.apposed_nouns[words] = frozenset(found)
    return known


def _name_after(doc, noun: Token) -> list[Token]:
    """The capitalised words after a kind noun, past at most ``GAP`` lower-case words."""
    k = noun.i + 1
    while k < len(doc) and k <= noun.i + GAP and doc[k].text.islower() and not doc[k].is_punct:
        k += 1
    name: list[Token] = []
    while k < len(doc):
        tok = doc[k]
        if tok.text[:1].isupper() and tok.pos_ not in {"PUNCT", "VERB"}:
            name.append(tok)
        elif (
            name
            and tok.text == "-"
            and k + 1 < len(doc)
            and doc[k + 1].text[:1].isupper()
            and not tok.whitespace_
            and not name[-1].whitespace_
        ):
            name.append(tok)  # "Terre-Vive" cut at its hyphen
        else:
            break
        k += 1
    return name


def is_news_medium(state: ArticleState, name: str) -> bool:
    """Whether a body's name is a news agency or a medium of the venues lexicon ("Agence
    de presse Reuters", "l'AFP", "Le Monde"): the name, or its end after the kind words
    ahead of it, is one; or it opens with a medium's kind noun ("Journal X")."""
    words = normalise_name(name).split()
    if not words:
        return False
    if state.lex.body_epithets.get(words[0]) == "media":
        return True
    media = _media(state.lang)
    return any(" ".join(words[k:]) in media for k in range(len(words)))


@cache
def _media(language: str) -> frozenset[str]:
    return frozenset(normalise_name(n) for n in get_language(language).media_names())


#: Prepositions before the medium a speaker talks to ("a indiqué la préfecture à France
#: Bleu", "a déclaré à Radio X").
_TO_MEDIUM = frozenset({"à", "au", "aux"})


def without_medium_addressee(state: ArticleState, span: tuple[int, int]) -> tuple[int, int] | None:
    """ "la préfecture du Nord à Radio Vallon": a mention running on into the medium the
    speaker talked to, cut before "à"; so is a body already named with its complement
    ("la préfecture du Nord | à Vallon"), whose "à" phrase is an adjunct. None when the
    mention does not run on."""
    mention = state.span(*span)
    if mention is None or len(mention) < 3:
        return None
    tokens = [t for t in mention if not t.is_space]
    for k in range(1, len(tokens) - 1):
        if tokens[k].text.lower() not in _TO_MEDIUM:
            continue
        rest = state.text[tokens[k + 1].idx : span[1]]
        if not rest[:1].isupper():
            continue
        before, _ = state.lex.strip_determiners(
            normalise_name(state.text[span[0] : tokens[k].idx]).split()
        )
        complemented = state.lex.organisation_head(before) and any(
            w in state.lex.partitives for w in before[1:]
        )
        if complemented or is_news_medium(state, rest):
            end = tokens[k - 1].idx + len(tokens[k - 1])
            return span[0], end
    return None
