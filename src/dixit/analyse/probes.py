"""Narrated positions as statement-shaped probes (``Statement.method`` "narrated").

A probe is one clause of narration with its cue and its holder's mention, built like an
extracted statement so that stance, holders and pairing read both alike: a clause around
an anchor (``probe``), a quotation a colon opens after a reporting verb no statement holds
(``quotation_probe``), a noun of a held position with its holder (``noun_phrase_probe``).
The helpers at the end relate a probe to the extracted statements (the speaker's own
words are no narration).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dixit.analyse.clauses import (
    clause_tokens,
    cue_tokens,
    is_adjective_anchor,
    is_negated,
    lower,
    names_only_commitment,
    reflexive_lemma,
)
from dixit.analyse.narrated_lexicon import NarratedLexicon, quote_marks, saying_verbs
from dixit.analyse.subjects import (
    definite_mention,
    holder_place,
    later_subject,
    left_subject,
    mention_span,
    name_before,
    reporter_of,
    subject_of,
    subject_of_noun,
)
from dixit.extract.extensions import doc_text
from dixit.lang import get_language
from dixit.model import Article, Kind, Polarity, Statement

#: ``Statement.method`` of the probe statements that stand for narrated positions.
NARRATED = "narrated"


def respanned(probe: Statement, text: str, start: int, end: int) -> Statement:
    """A narrated probe over other words of ``text``, its id naming the new span."""
    return replace(
        probe,
        content=text[start:end],
        content_span=(start, end),
        id=f"{probe.article}:narrated:{start}-{end}",
    )


def narrated_statement(
    article_id: str,
    text: str,
    span: tuple[int, int],
    cue_span: tuple[int, int],
    cue_lemma: str | None,
    mention: str | None = None,
    mention_span: tuple[int, int] | None = None,
    *,
    kind: Kind = "indirect",
    polarity: Polarity = "affirmed",
) -> Statement:
    """A position the narration tells (``method`` NARRATED): its words and cue are the
    text's at ``span`` and ``cue_span``; its id names the span, so the same words read
    by two rules are one statement."""
    start, end = span
    return Statement(
        article=article_id,
        kind=kind,
        content=text[start:end],
        content_span=span,
        cue=text[cue_span[0] : cue_span[1]],
        cue_span=cue_span,
        cue_lemma=cue_lemma,
        speaker_mention=mention,
        speaker_mention_span=mention_span,
        method=NARRATED,
        id=f"{article_id}:narrated:{start}-{end}",
        polarity=polarity,
    )


def probe(
    anchor: Token,
    article: Article,
    lexicon: NarratedLexicon,
    without: frozenset[int] = frozenset(),
    cue_ends: dict[int, int] | None = None,
) -> Statement | None:
    """The narrated position around ``anchor`` as a statement-shaped probe (no speaker);
    ``without``: tokens left out of its clause (an earlier position inside it);
    ``cue_ends``: where the reversal cue a verb belongs to ends."""
    cue_ends = cue_ends or {}
    clause = clause_tokens(anchor, without)
    cue = cue_tokens(anchor, lexicon)
    if len(clause) < 2:
        return None
    if clause[-1].idx + len(clause[-1].text) <= cue_ends.get(anchor.i, -1):
        # "a changé d'avis": the words say a change happened, not what the position is.
        return None
    if anchor.i in cue_ends and names_only_commitment(clause, cue_ends[anchor.i], lexicon):
        # "est revenu sur ses promesses": the cue names what was given up, not the new
        # position.
        return None
    is_noun = anchor.pos_ in {"NOUN", "PROPN"} and not is_adjective_anchor(anchor, lexicon)
    subject = subject_of_noun(anchor) if is_noun else subject_of(anchor)
    if not is_noun and (subject is None or subject.pos_ == "ADV"):
        subject = name_before(cue[0])
    if subject is None and lower(cue[0]) in lexicon.earlier_marks:
        # "Après avoir proclamé …, le président a changé de cap": the parser often makes
        # the opening clause the root; its holder is the main clause's subject after it,
        # where the clause ends.
        subject = later_subject(anchor)
        if subject is not None:
            clause = [t for t in clause if t.i < subject.left_edge.i]
            while len(clause) > 1 and clause[-1].is_punct:
                clause.pop()
    start = min(clause[0].idx, cue[0].idx)
    end = clause[-1].idx + len(clause[-1].text)
    cue_start, cue_end = cue[0].idx, anchor.idx + len(anchor.text)
    if subject is not None:
        subject = reporter_of(subject) or subject
    mention, mention_at = None, None
    if subject is not None and lower(subject) in lexicon.impersonal_subjects:
        subject = holder_place(subject, lexicon)
    if subject is not None:
        mention_at = mention_span(subject)
        mention = definite_mention(subject, article.text[mention_at[0] : mention_at[1]], lexicon)
    is_verb = anchor.pos_ in {"VERB", "AUX"} and not is_adjective_anchor(anchor, lexicon)
    return narrated_statement(
        article.id,
        article.text,
        (start, end),
        (cue_start, cue_end),
        reflexive_lemma(anchor).lower() if is_verb or is_noun else None,
        mention,
        mention_at,
        polarity="negated" if is_negated(anchor) else "affirmed",
    )


def quotation_after(anchor: Token) -> tuple[int, int] | None:
    """ "La ministre a d'abord dit : « … »": the span of the quotation a colon right after
    the verb opens, up to its closing mark, inside its paragraph."""
    doc = anchor.doc
    following = [t for t in doc[anchor.i + 1 : anchor.i + 4] if not t.is_space]
    if len(following) < 2 or following[0].text != ":":
        return None
    mark = following[1].text
    closers = quote_marks(doc.lang_).get(mark)
    if not closers:
        return None
    start = following[1].idx + len(mark)
    text = doc_text(doc)
    ends = [e for e in (text.find(c, start) for c in closers) if e > start]
    if not ends or "\n" in text[start : min(ends)]:
        return None
    return start, min(ends)


def quotation_probe(
    anchor: Token, article: Article, lexicon: NarratedLexicon, statements: list[Statement]
) -> Statement | None:
    """A quotation the extractor left after "X a d'abord dit :" as a position of the
    verb's subject: the words are the speaker's, the verb's tense and adverbs ("avait",
    "d'abord") say when. None when a statement already holds most of the quotation."""
    if anchor.pos_ not in {"VERB", "AUX"} or anchor.lemma_.lower() not in saying_verbs(
        anchor.doc.lang_
    ):
        return None
    span = quotation_after(anchor)
    if span is None:
        return None
    start, end = span
    text = article.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # A statement inside the quotation ("j'ai toujours dit que …") is the speaker's own
    # reporting; one that holds most of it is the quotation extracted already.
    held = (min(end, s.content_span[1]) - max(start, s.content_span[0]) for s in statements)
    if end - start < 2 or any(2 * n >= end - start for n in held):
        return None
    subject = subject_of(anchor) or left_subject(anchor)
    if subject is None:
        return None
    mention_at = mention_span(subject)
    mention = definite_mention(subject, text[mention_at[0] : mention_at[1]], lexicon)
    # The cue runs from the subject to the verb ("La ministre | a d'abord dit"), whatever
    # the parser hung the auxiliary and adverbs on.
    between = [t for t in anchor.doc[subject.i + 1 : anchor.i] if t.idx >= mention_at[1]]
    while between and between[0].is_punct:
        between.pop(0)
    if any(t.is_punct for t in between):
        between = []
    cue = between + cue_tokens(anchor, lexicon)
    cue_start, cue_end = min(t.idx for t in cue), anchor.idx + len(anchor.text)
    return narrated_statement(
        article.id,
        text,
        (start, end),
        (cue_start, cue_end),
        anchor.lemma_.lower(),
        mention,
        mention_at,
        kind="direct",
    )


def noun_phrase_probe(noun: Token, article: Article, lexicon: NarratedLexicon) -> Statement | None:
    """ "Cette décision assumée du premier ministre avait déclenché la colère …": a noun of
    a held position (``held_nouns``) with its holder after a partitive, the subject of a
    verb in the pluperfect or the imperfect, is an earlier position of that holder. Read
    on the words' order (noun, participles or adjectives, "du"/"de", the holder, the
    verb), which holds where the parser reads the participle as the main verb; a noun
    phrase before a present or a passé composé ("la décision du maire a surpris") tells
    nothing of an earlier time and is left out."""
    if noun.pos_ != "NOUN" or lower(noun) not in lexicon.held_nouns:
        return None
    doc, sentence = noun.doc, noun.sent
    first = noun.i - 1 if noun.i > sentence.start and doc[noun.i - 1].pos_ == "DET" else noun.i
    # Up to two modifiers: adjectives or participles, which the tagger may read as finite
    # verbs ("assumée").
    i = noun.i + 1
    while i < min(sentence.end, noun.i + 3) and doc[i].pos_ in {"ADJ", "VERB"}:
        i += 1
    partitives = get_language(doc.lang_).grammar.partitives
    if i >= sentence.end or lower(doc[i]) not in partitives:
        return None
    holder_start = i + 1
    j = holder_start
    while j < sentence.end and doc[j].pos_ in {"DET", "ADJ", "NOUN", "PROPN"} | (
        {"ADP"} if lower(doc[j]) in partitives else set()
    ):
        j += 1
    if j == holder_start or j >= sentence.end:
        return None
    verb = j
    while verb < sentence.end and doc[verb].pos_ == "ADV":
        verb += 1
    if verb >= sentence.end or doc[verb].pos_ not in {"AUX", "VERB"}:
        return None
    if "Imp" not in doc[verb].morph.get("Tense"):
        return None
    text = article.text
    start, end = doc[first].idx, doc[j - 1].idx + len(doc[j - 1].text)
    mention_at = (doc[holder_start].idx, end)
    mention = text[mention_at[0] : mention_at[1]]
    article_word = lexicon.fused_articles.get(lower(doc[i]))
    if article_word:
        mention = f"{article_word} {mention}"
    cue_end = doc[verb].idx + len(doc[verb].text)
    return narrated_statement(
        article.id,
        text,
        (start, end),
        (noun.idx, cue_end),
        noun.lemma_.lower(),
        mention,
        mention_at,
    )


def quoted(anchor: Token, statements: list[Statement]) -> bool:
    """The anchor is inside what a statement reports: the speaker's words, not narration
    ("« je ne veux pas … »", a-t-il dit)."""
    at = anchor.idx
    if any(s.cue_span and s.cue_span[0] <= at < s.cue_span[1] for s in statements):
        return False
    return any(s.content_span[0] <= at < s.content_span[1] for s in statements)


def overlap(span: tuple[int, int] | None, other: tuple[int, int]) -> bool:
    """Two character spans share a character."""
    return span is not None and span[0] < other[1] and other[0] < span[1]


def said_before_cue(statement: Statement, found: Statement) -> bool:
    """The statement's words end before the probe's cue: a quotation with a postposed cue
    ("« … », assurait X"), which a clause read from the cue on would lose."""
    assert found.cue_span is not None
    return statement.content_span[1] <= found.cue_span[0]


def covers(found: Statement, statement: Statement) -> bool:
    (a, b), (c, d) = found.content_span, statement.content_span
    return a <= c and d <= b


def statement_of(found: Statement, statements: list[Statement]) -> Statement | None:
    """The extracted statement whose cue is this probe's anchor verb."""
    assert found.cue_span is not None
    anchor_end = found.cue_span[1]
    for statement in statements:
        if statement.cue_span and statement.cue_span[0] < anchor_end <= statement.cue_span[1]:
            return statement
    return None
