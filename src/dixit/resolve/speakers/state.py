"""The state the resolution rules share for one article, and the lookups they all use.

``ArticleState`` holds the article, its doc, registry and lexicon, the entities and
references found so far, the speakers resolved so far (``history``) and positions (sentence
and paragraph of a character, references in a range, a one-pass word index). It also creates
entities, from a registry entry or from a name as written, counts gender votes and records
where an entity is named (``add_ref``). The rules are plain functions of a ``Mention`` and
this state (``names``, ``organisations``, ``pronouns``, ``descriptions``); ``resolver``
tries them in order. Everything here is public: the rules read it, a test can build it.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from dixit.extract.extensions import doc_text, token_texts
from dixit.extract.syntax import sentence_starts
from dixit.intervals import Cover
from dixit.lang import UnknownLanguage, get_language
from dixit.lang.base import Grammar
from dixit.model import Article, Statement
from dixit.registry import Entry, Registry, normalise_name, slugify
from dixit.resolve.speakers.entities import Binding, DescribeProfile, Entity, Ref
from dixit.resolve.speakers.lexicon import SpeakerLexicon
from dixit.resolve.speakers.phrases import PERSON_LABELS, core_phrase

#: How many paragraphs back a pronoun or a description may still find the previous
#: statement's speaker.
PRONOUN_PARAGRAPH_WINDOW = 3

#: How far (characters) the salience count, "ce dernier", a pronoun's last sentence and a
#: description's appositions look from the mention: about ten news articles. Every gold
#: article is shorter, so the cap changes nothing there; in a book-length text it keeps
#: each look-up local instead of a scan of everything named so far.
LOOKBACK_CHARS = 20_000

#: Entity labels of names (people and bodies) whose first word may be a sentence opener
#: the tagger glued to them ("Meanwhile Ardern", "Earlier Hale").
NAMED_LABELS = frozenset({"PER", "PERSON", "ORG"})

#: Dependency labels a name climbs to find the clause it belongs to ("le président X" is
#: the subject through its apposition).
_NOMINAL_LINKS = frozenset({"appos", "flat:name", "flat", "compound", "nmod"})


def entities_without_openers(doc: Doc, grammar: Grammar) -> tuple[tuple[Span, ...], frozenset[int]]:
    """The doc's entities, a name's first word left out when it is a word that opens the
    sentence and no name's (``Grammar.entity_opener_tags``: "Meanwhile Ardern" is Ardern;
    ``question_opener_tags`` in a question: "Will Dutton own it?" is Dutton), and the
    positions of the words left out. Left whole in a language that lists no such tags."""
    if not grammar.entity_opener_tags and not grammar.question_opener_tags:
        return tuple(doc.ents), frozenset()
    ents, openers = [], set()
    for ent in doc.ents:
        first = ent[0]
        if ent.label_ in NAMED_LABELS and len(ent) > 1 and opens_line_or_sentence(doc, first):
            question = first.tag_ in grammar.question_opener_tags and asks(first.sent)
            if first.tag_ in grammar.entity_opener_tags or question:
                ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)
                openers.add(first.i)
        ents.append(ent)
    return tuple(ents), frozenset(openers)


def opens_line_or_sentence(doc: Doc, tok: Token) -> bool:
    """Whether ``tok`` is its sentence's first word, or the first after a line break."""
    if tok.is_sent_start or tok.i == 0:
        return True
    before = doc[tok.i - 1]
    return before.is_space and "\n" in before.text


def asks(sent: Span) -> bool:
    """Whether a sentence is a question: its last word that is no space is "?"."""
    words = [t for t in sent if not t.is_space]
    return bool(words) and words[-1].text == "?"


class ArticleState:
    """What one article's resolution knows and shares; one instance per article, used once."""

    def __init__(
        self, doc: Doc, article: Article, registry: Registry, lexicon: SpeakerLexicon
    ) -> None:
        self.doc = doc
        self.text = doc_text(doc)  # Doc.text is joined anew on every access
        self.article = article
        self.registry = registry
        self.lex = lexicon
        self.lang = (article.language or doc.lang_ or lexicon.lang).split("-")[0]
        try:
            grammar = get_language(self.lang).grammar
        except UnknownLanguage:
            grammar = Grammar()
        #: the doc's entities; ``openers``: the sentence openers cut from their names
        ents, self.openers = entities_without_openers(doc, grammar)
        self.ents = tuple(e for e in ents if not self.misread_as_person(e))
        self.day = article.published
        self.entities: dict[str, Entity] = {}
        self.refs: list[Ref] = []
        self.ref_set: set[Ref] = set()
        self.bindings: list[Binding] = []
        # The same bindings by entity, in the order recorded (``append_binding``, ``add_binding``).
        self.bindings_by_entity: dict[str, list[Binding]] = defaultdict(list)
        # ``describe_profile`` answers by entity, with the binding count they were built on.
        self.profiles: dict[str, tuple[int, DescribeProfile]] = {}
        # The parties each description's words name (``described_parties``), by words.
        self.described_party_cache: dict[tuple[str, ...], frozenset[tuple[str, ...]]] = {}
        self.full_names: list[tuple[list[str], str]] = []
        self.sent_starts = [doc[i].idx for i in sentence_starts(doc)]
        self.para_starts = [p[0] for p in article.paragraphs] or [0]
        #: The article's statements (set by the scan).
        self.statements: list[Statement] = []
        #: Spans of direct quotations, and of every statement's content.
        self.quoted: list[tuple[int, int]] = []
        self.contents: list[tuple[int, int]] = []
        #: the statements' reporting cues ("juge" of "…», juge X"): no part of a description
        self.cues: list[tuple[int, int]] = []
        # Article-wide indexes, built on first use so that each is one pass over the article.
        self.word_index: dict[str, list[int]] | None = None
        self.acronym_table: dict[str, tuple[str, str | None]] | None = None
        self.places: dict[str, str | None] = {}
        # People first written as someone's relative or staff ("Sa mère, X,", "Son avocat,
        # X,"): the story is about the possessor, who keeps the pronouns of later paragraphs.
        self.relatives: set[str] = set()
        # Speakers in reading order, as resolved so far (entity ids).
        self.history: list[str] = []
        # Full names by last word, filled from ``full_names`` as it grows.
        self.full_names_by_last: dict[str, list[tuple[list[str], str]]] = defaultdict(list)
        self.full_names_indexed = 0
        self.full_names_listed: set[tuple[tuple[str, ...], str]] = set()
        # ``inside`` answers from a Cover of each span list, rebuilt when the list grows.
        self.covers: dict[int, tuple[int, Cover]] = {}
        # Answers of whole-article look-ups that depend on the word alone (the Doc is
        # fixed): each asked once, so repeated mentions do not rescan the article.
        self.phrase_cache: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        #: ``named_bodies.nouns_apposed_to``'s answers by the name's words
        self.apposed_nouns: dict[tuple[str, ...], frozenset[str]] = {}
        #: ``span``'s answers by character offsets
        self.spans: dict[tuple[int, int], Span | None] = {}
        self.longer_names: dict[str, str | None] = {}
        # ``statements`` sorted by anchor and by content start, built on first use.
        self.statement_order: StatementOrder | None = None

    def misread_as_person(self, ent: Span) -> bool:
        """Whether the tagger labelled as a person's a name that is none (``not_person_names``:
        a disease, a feast, an event; a place or an institution whose name opens on its
        noun, "Salle Kerbrat", "Stade Paul-Ravel": ``named_after_heads``)."""
        if ent.label_ not in PERSON_LABELS:
            return False
        words = normalise_name(ent.text).split()
        return (
            normalise_name(ent.text) in self.lex.not_person_names
            or self.nameless_indefinite(words)
            or (len(words) > 1 and words[0] in self.lex.named_after_heads)
        )

    def nameless_indefinite(self, words: list[str]) -> bool:
        """Whether a phrase is an indefinite article and an office with no name ("Un Préfet
        qui …" written with a capital): somebody described, never a person's name, so it
        takes up no later pronoun."""
        opener = words[:1]
        if not opener or opener[0] not in self.lex.anonymous_openers - self.lex.definite:
            return False
        rest = words[1:]
        head = self.lex.description_head(rest)
        return head is not None and len(head) == len(rest)

    # -- positions -----------------------------------------------------------------------------

    def sent_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, char) - 1)

    def para_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, char) - 1)

    @cached_property
    def opens_on_headline(self) -> bool:
        """Whether the text's first paragraph is its headline. A page stored with its title
        apart ("title" of the article) whose text opens on the body ("Dès l'ouverture de la
        séance, …") has no headline in the text: its first paragraph is narration, read as
        the rest of the body. With no title given, or a first paragraph that writes most of
        the title's words, the first paragraph is the headline."""
        if len(self.para_starts) < 2:
            return False
        title = set(_WORDS.findall(normalise_name(self.article.title or "")))
        if not title:
            return True
        first = set(_WORDS.findall(normalise_name(self.text[: self.para_starts[1]])))
        return len(title & first) * 2 >= len(title)

    def refs_between(self, lo: int, hi: int) -> list[Ref]:
        """References starting in [lo, hi), found by bisection on the sorted list."""
        first = bisect.bisect_left(self.refs, lo, key=lambda r: r.start)
        last = bisect.bisect_left(self.refs, hi, key=lambda r: r.start)
        return self.refs[first:last]

    def inside(self, char: int, spans: list[tuple[int, int]]) -> bool:
        """Whether one of ``spans`` (``quoted``, ``contents``) holds ``char``, by bisection."""
        known = self.covers.get(id(spans))
        if known is None or known[0] != len(spans):
            known = (len(spans), Cover(spans))
            self.covers[id(spans)] = known
        return known[1].holds(char)

    def statements_anchored_between(self, lo: int, hi: int) -> list[Statement]:
        """Statements whose ``anchor`` lies in [lo, hi), in the order of ``statements``."""
        return self.ordered().anchored_between(lo, hi)

    def statements_holding(self, char: int) -> list[Statement]:
        """Statements whose content holds ``char``, in the order of ``statements``."""
        return self.ordered().holding(char)

    def ordered(self) -> StatementOrder:
        if self.statement_order is None or self.statement_order.size != len(self.statements):
            self.statement_order = StatementOrder(self.statements)
        return self.statement_order

    def full_names_ending(self, word: str) -> list[tuple[list[str], str]]:
        """The distinct full names of ``full_names`` whose last word is ``word``, in the order
        first written. A name repeated through a long text is listed once, so rules that
        compare a mention with each full name stay linear in the text's length."""
        for full, key in self.full_names[self.full_names_indexed :]:
            pair = (tuple(full), key)
            if pair in self.full_names_listed:
                continue
            self.full_names_listed.add(pair)
            self.full_names_by_last[full[-1]].append((full, key))
        self.full_names_indexed = len(self.full_names)
        return self.full_names_by_last.get(word, [])

    def bindings_between(self, lo: int, hi: int) -> list[Binding]:
        """Bindings starting in [lo, hi]; ``bindings`` is kept in text order (``add_binding``)."""
        first = bisect.bisect_left(self.bindings, lo, key=lambda b: b.start)
        last = bisect.bisect_right(self.bindings, hi, key=lambda b: b.start)
        return self.bindings[first:last]

    def add_binding(self, binding: Binding) -> None:
        """Record a description of an entity found while resolving, in text order."""
        bisect.insort_right(self.bindings, binding, key=lambda b: b.start)
        self.bindings_by_entity[binding.entity].append(binding)

    def append_binding(self, binding: Binding) -> None:
        """Record a description found while collecting mentions; the caller sorts
        ``bindings`` by start once it has appended them all."""
        self.bindings.append(binding)
        self.bindings_by_entity[binding.entity].append(binding)

    def bindings_of(self, entity_id: str) -> list[Binding]:
        """The descriptions bound to one entity (in the order recorded, not text order):
        rules that ask about one person's descriptions stay linear in the article's length."""
        return self.bindings_by_entity.get(entity_id, [])

    def span(self, start: int, end: int) -> Span | None:
        """The tokens over characters ``start`` to ``end`` (asked of the same mentions again
        and again: each found once)."""
        key = (start, end)
        if key not in self.spans:
            self.spans[key] = self.doc.char_span(start, end, alignment_mode="expand")
        return self.spans[key]

    # -- article-wide indexes ----------------------------------------------------------------------

    def word_positions(self, word: str) -> list[int]:
        """Token indices whose comparison form starts with ``word`` (one pass, then cached)."""
        if self.word_index is None:
            index: dict[str, list[int]] = defaultdict(list)
            for i, text in enumerate(token_texts(self.doc)):
                key = normalise_name(text).split()
                if key:
                    index[key[0]].append(i)
            self.word_index = index
        return self.word_index.get(word, [])

    def phrase_spans(self, phrase: tuple[str, ...]) -> list[tuple[int, int]]:
        """(first token, end token) of each place the article writes ``phrase``."""
        known = self.phrase_cache.get(phrase)
        if known is None:
            known = self.phrase_cache[phrase] = self.find_phrase(phrase)
        return known

    def find_phrase(self, phrase: tuple[str, ...]) -> list[tuple[int, int]]:
        target = " ".join(phrase)
        found = []
        for i in self.word_positions(phrase[0]):
            for j in range(i, min(len(self.doc), i + len(phrase) + 3)):
                text = normalise_name(self.doc[i : j + 1].text)
                if text == target:
                    found.append((i, j + 1))
                    break
                if not target.startswith(text + " "):
                    break
        return found

    # -- entities ------------------------------------------------------------------------------

    def entity_for_entry(self, entry: Entry) -> Entity:
        entity = self.entities.get(entry.id)
        if entity is None:
            gender = {"male": "masc", "female": "fem"}.get(entry.gender or "")
            entity = Entity(
                id=entry.id,
                name=entry.name_in(self.lang),
                type=entry.type,
                gender=gender,
                entry=entry,
            )
            self.entities[entry.id] = entity
        return entity

    def new_entity(self, name: str, type_: str, gender: str | None = None) -> Entity:
        key = slugify(name)
        entity = self.entities.get(key)
        if entity is None:
            entity = Entity(id=key, name=name, type=type_)
            if type_ != "person":
                entity.gender = gender
            self.entities[key] = entity
        return entity

    def vote_gender(self, entity: Entity, gender: str | None) -> None:
        """One vote for a gender the article shows; a feminine form counts twice, because
        French uses masculine titles for women ("le professeur X, cheffe du service") but
        never feminine ones for men."""
        if gender and entity.type == "person":
            entity.gender_votes[gender] += 2 if gender == "fem" else 1

    def add_ref(self, start: int, end: int, entity: Entity, token: Token | None) -> None:
        """Record that the article names ``entity`` at [start, end), for later pronouns."""
        subject, main = is_subject(token) if token is not None else (True, True)
        ref = Ref(
            start=start,
            end=end,
            entity=entity.id,
            sent=self.sent_of(start),
            subject=subject,
            main=main,
            quoted=self.inside(start, self.quoted),
        )
        if ref not in self.ref_set:
            self.ref_set.add(ref)
            bisect.insort(self.refs, ref, key=lambda r: (r.start, r.end))


#: The words of a headline or a paragraph, for comparing them.
_WORDS = re.compile(r"\w+")


@dataclass
class Mention:
    """One statement's speaker mention as the rules read it, with the statement before it.

    The cheap readings are fields; the phrase readings (``core``, ``words``...) are computed
    on first use, since most mentions are settled by a name or a pronoun before them.
    """

    statement: Statement
    previous: Statement | None
    state: ArticleState

    @cached_property
    def text(self) -> str:
        return (self.statement.speaker_mention or "").strip()

    @cached_property
    def start(self) -> int:
        """Where the mention starts (the statement's anchor when it has no span)."""
        st = self.statement
        return st.speaker_mention_span[0] if st.speaker_mention_span else anchor(st)

    @cached_property
    def span(self) -> Span | None:
        st = self.statement
        return self.state.span(*st.speaker_mention_span) if st.speaker_mention_span else None

    @cached_property
    def raw(self) -> list[str]:
        """The mention's comparison words, without a leading preposition ("selon lui")."""
        raw = normalise_name(self.text).split()
        while len(raw) > 1 and raw[0] in self.state.lex.leading_prepositions:
            raw = raw[1:]
        return raw

    @cached_property
    def core(self) -> str:
        """The phrase before a comma or bracket, which alone says who speaks when the
        mention holds no name: "La direction, de son côté", "la Lyonnaise, les larmes aux yeux"."""
        return core_phrase(self.text, self.state.lex)

    @cached_property
    def core_raw(self) -> list[str]:
        return normalise_name(self.core).split()

    @cached_property
    def head(self) -> tuple[list[str], str | None]:
        return self.state.lex.strip_determiners(self.core_raw)

    @property
    def words(self) -> list[str]:
        """The core's words without determiners."""
        return self.head[0]

    @property
    def det_gender(self) -> str | None:
        """The gender the core's determiners show."""
        return self.head[1]

    @cached_property
    def tokens(self) -> list[Token]:
        """The tokens of the core phrase."""
        st, span = self.statement, self.span
        if span is None or st.speaker_mention_span is None or st.speaker_mention is None:
            return []
        offset = st.speaker_mention_span[0] + max(0, st.speaker_mention.find(self.core))
        return [t for t in span if offset <= t.idx < offset + len(self.core)]


def bracketed_label(text: str, start: int) -> bool:
    """Whether the name at ``start`` is a label in brackets right after a word ("la ministre
    Anke X (Open VLD) ne se sent pas …", "l'Agence (AFE)"): an aside on the name before it,
    which pronouns and "ce dernier" never point to, whatever the parser made of it."""
    before = text[:start].rstrip()
    return before.endswith("(") and before[:-1].rstrip()[-1:].isalnum()


def is_subject(token: Token) -> tuple[bool, bool]:
    """(is a subject, of a main clause): climbs appositions and flat names first."""
    seen = 0
    while (token.dep_ in _NOMINAL_LINKS or comma_apposition(token)) and seen < 4:
        if token.head is token:
            break
        token = token.head
        seen += 1
    subject = token.dep_.startswith("nsubj")
    head = token.head
    if subject and head.pos_ in {"ADP", "ADV"} and head.dep_ == "advmod" and head.head.i > head.i:
        # "Cori X a d'abord essuyé ses larmes": the parser may hang the subject on an
        # adverb set between the auxiliary and its verb; the clause is the verb's.
        head = head.head
    main = subject and (head.dep_ == "ROOT" or head.dep_.startswith("conj"))
    return subject, main


def comma_apposition(token: Token) -> bool:
    """ "Son collègue à la tête de la sécurité, Pierre X, déclarait …": a name set off by a
    comma after a common noun, with no coordinating word, is that noun's apposition even
    when the parser reads a coordination ("conj"); the name then shares the noun's clause."""
    head = token.head
    return (
        token.dep_ == "conj"
        and token.pos_ == "PROPN"
        and head.pos_ == "NOUN"
        and head.i < token.i
        and token.i >= 1
        and token.doc[token.i - 1].text == ","
        and not any(c.dep_ == "cc" for c in token.children)
    )


def anchor(st: Statement) -> int:
    """Where a statement starts in reading order: its speaker, cue or content, whichever first."""
    points = [st.content_span[0]]
    if st.speaker_mention_span:
        points.append(st.speaker_mention_span[0])
    if st.cue_span:
        points.append(st.cue_span[0])
    return min(points)


class StatementOrder:
    """An article's statements sorted by anchor and by content start, so that "the statements
    before this one in the paragraph" or "the statement quoting this word" are found by
    bisection, not by a scan of the article. Answers keep the order of the given list, so a
    rule picks the same statement as a scan would."""

    def __init__(self, statements: list[Statement]) -> None:
        self.statements = statements
        self.size = len(statements)
        by_anchor = sorted((anchor(st), i) for i, st in enumerate(statements))
        self.anchors = [a for a, _ in by_anchor]
        self.anchor_order = [i for _, i in by_anchor]
        by_start = sorted((st.content_span[0], i) for i, st in enumerate(statements))
        self.starts = [start for start, _ in by_start]
        self.start_order = [i for _, i in by_start]
        self.longest = max((e - s for s, e in (st.content_span for st in statements)), default=0)

    def anchored_between(self, lo: int, hi: int) -> list[Statement]:
        first = bisect.bisect_left(self.anchors, lo)
        last = bisect.bisect_left(self.anchors, hi)
        return [self.statements[i] for i in sorted(self.anchor_order[first:last])]

    def holding(self, char: int) -> list[Statement]:
        # A content holding ``char`` starts at or before it, and at most ``longest`` before.
        first = bisect.bisect_left(self.starts, char - self.longest)
        last = bisect.bisect_right(self.starts, char)
        found = [
            i for i in self.start_order[first:last] if char < self.statements[i].content_span[1]
        ]
        return [self.statements[i] for i in sorted(found)]
