"""Incises the extractor left inside or after a quotation: where their verb ends.

French marks who speaks by inverting the subject after the verb of an incise ("« … », a
déclaré X", "« … », sourit-elle"); the inversion itself says the clause is an incise, whatever
the verb. Two readings matter when the extractor did not keep such a clause as the cue:

- an incise **inside** the quotation, between two of its sentences ("« Est-ce qu'on me
  menace ? a alors demandé M. X. Le principal droit … » a-t-il lancé", "« J'espérais …, a
  appuyé Y. En entrant … »"): the quotation is the incise's subject's, whatever the pronoun
  or the continuation outside would give (``inner_incise_end``);
- an incise right **after** a floating quotation whose verb is no reporting verb of the
  lexicon ("« … », coupe X.", "« … », est revenu M. X."): the inverted subject says it
  (``inverted_verb_end``).

Both return where the verb group ends; the resolver reads the inverted subject after it as
a mention (``resolver.subject_after_cue``). The marks come from the language.
"""

from __future__ import annotations

from spacy.tokens import Token

from dixit.extract.cues import CueLexicon
from dixit.extract.quotes import quote_marks
from dixit.lang import get_language
from dixit.model import Statement
from dixit.registry import normalise_name
from dixit.resolve.speakers.state import ArticleState

#: What may come right before the verb of an incise inside a quotation: the comma, or the
#: question or exclamation mark that ends the quoted sentence ("« … ? a demandé X. »").
_INCISE_OPENERS = frozenset({",", "?", "!", "…"})
#: Adverbs an incise may hold between its auxiliary and participle, or after its verb
#: ("a alors demandé X", "lâche encore X"): at most this many words.
MAX_INCISE_ADVERBS = 2


def is_finite(tok: Token) -> bool:
    """Whether a token is a finite verb or auxiliary."""
    return tok.pos_ in {"VERB", "AUX"} and "Fin" in tok.morph.get("VerbForm")


def verb_group_end(tokens: list[Token], k: int) -> int | None:
    """The index of the last token of the verb group opening at ``tokens[k]`` ("a alors
    demandé": the participle; "coupe": the verb itself), or None when ``tokens[k]`` opens no
    finite verb group."""
    if not is_finite(tokens[k]):
        return None
    j = k
    if tokens[k].pos_ == "AUX":
        m = k + 1
        while m < len(tokens) and m - k <= MAX_INCISE_ADVERBS and tokens[m].pos_ == "ADV":
            m += 1
        if m < len(tokens) and "Part" in tokens[m].morph.get("VerbForm"):
            j = m
    return j


def bare_verb(tok: Token) -> bool:
    """Whether a lower-case word could be a verb the tagger misread (a noun, an
    adjective): no function word, no capital."""
    return tok.is_alpha and tok.text.islower() and tok.pos_ in {"NOUN", "VERB", "ADJ"}


def has_subject_before(tok: Token, lo: int) -> bool:
    """Whether a verb has its subject between ``lo`` (a character offset: the comma that
    opens the clause) and itself: then it is narration ("…, il a dit"), not an incise. A
    subject the parser found further back, inside the quotation, says nothing."""
    return any(c.dep_.startswith("nsubj") and lo <= c.idx < tok.idx for c in tok.children)


def name_follows(state: ArticleState, tokens: list[Token], j: int) -> bool:
    """Whether the words after ``tokens[j]`` are a name (capitalised words, a title among
    them: "M. X", "Audrey X") closed by a comma or a sentence end: the inverted subject of
    an incise, which no other clause can put there."""
    m = j + 1
    while m < len(tokens) and (
        (tokens[m].text[:1].isupper() and tokens[m].text[:1].isalpha())
        or normalise_name(tokens[m].text) in state.lex.titles
    ):
        m += 1
    ends = get_language(state.lang).grammar.sentence_ends
    return m > j + 1 and (m == len(tokens) or tokens[m].text == "," or tokens[m].text in ends)


#: Words the inverted subject of an incise may hold before its comma or full stop ("le
#: ministre de l'Intérieur du Québec").
MAX_SUBJECT_TOKENS = 10


def subject_closes(state: ArticleState, tokens: list[Token], j: int) -> bool:
    """Whether the words after the verb ``tokens[j]`` are a short phrase with no verb of its
    own closed by a comma or a sentence end: the inverted subject of an incise, not the
    rest of a quoted sentence ("désolé Jamel avec tout le respect …")."""
    ends = get_language(state.lang).grammar.sentence_ends
    for m in range(j + 1, min(len(tokens), j + 2 + MAX_SUBJECT_TOKENS)):
        tok = tokens[m]
        if tok.text == "," or tok.text in ends:
            return m > j + 1
        if is_finite(tok) or (tok.pos_ == "ADP" and m == j + 1):
            return False
    return False


def saying(state: ArticleState, tok: Token) -> bool:
    """Whether a verb is a reporting verb, by lemma or by written form."""
    verbs = get_language(state.lang).saying_verbs()
    forms = CueLexicon.for_language(state.lang).forms
    return tok.lemma_.lower() in verbs or tok.lower_ in forms


def inner_incise_end(state: ArticleState, st: Statement) -> int | None:
    """Where the reporting verb of an incise inside the statement's own quotation ends
    ("« Est-ce qu'on me menace ? a alors demandé M. X. Le principal … »"): a reporting verb
    after a comma or a question mark, with no subject before it, followed by more of the
    quotation. A verb inside a quotation nested in this one (“ … ”) is someone else's
    dialogue and is skipped; None when the quotation holds no such incise."""
    span = state.span(*st.content_span)
    if span is None:
        return None
    tokens = [t for t in span if not t.is_space]
    marks = quote_marks(state.lang)
    nested = 0
    for k, tok in enumerate(tokens):
        if tok.text in marks.all and tok.text not in marks.apostrophes:
            nested = 0 if nested else 1
            continue
        if nested or k == 0 or tokens[k - 1].text not in _INCISE_OPENERS:
            continue
        if not tok.text[:1].islower():
            # "Non ! Désolé Jamel …": a capital after the mark opens a new sentence.
            continue
        end = verb_group_end(tokens, k)
        if end is None or end >= len(tokens) - 2:
            continue
        verb = tokens[end]
        lo = tokens[k - 1].idx
        if has_subject_before(tokens[k], lo) or has_subject_before(verb, lo):
            continue
        if (saying(state, verb) and subject_closes(state, tokens, end)) or name_follows(
            state, tokens, end
        ):
            # Any verb with a name inverted after it ("a appuyé Y.") is an incise.
            return verb.idx + len(verb)
    return None


def inverted_verb_end(state: ArticleState, st: Statement) -> int | None:
    """Where the verb of an incise right after a floating quotation ends when that verb is
    no reporting verb of the lexicon ("« … », coupe X.", "« … », est revenu M. X"): the
    comma after the closing mark, then at once a finite verb group with no subject before
    it, on the quotation's line. The inverted subject after it must be read for the incise
    to count (``resolver.subject_after_cue``); None when no verb stands there."""
    end = st.content_span[1]
    line_end = state.text.find("\n", end)
    span = state.span(end, len(state.text) if line_end < 0 else line_end)
    tokens = [t for t in span or () if not t.is_space]
    marks = quote_marks(state.lang)
    k = 0
    while k < len(tokens) and tokens[k].text in marks.all:
        k += 1
    if k >= len(tokens) - 1 or tokens[k].text != ",":
        return None
    k += 1
    group_end = verb_group_end(tokens, k)
    if group_end is None and bare_verb(tokens[k]) and name_follows(state, tokens, k):
        # "« … », coupe X.": the tagger may read the verb as a noun; a bare word with no
        # determiner between the comma and a name can only be the incise's verb.
        group_end = k
    if group_end is None:
        return None
    lo = tokens[k - 1].idx
    if has_subject_before(tokens[k], lo) or has_subject_before(tokens[group_end], lo):
        return None
    verb = tokens[group_end]
    ends = get_language(state.lang).grammar.sentence_ends
    if group_end + 1 >= len(tokens) or tokens[group_end + 1].text in ends:
        return None
    return verb.idx + len(verb)
