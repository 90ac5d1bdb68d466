"""The state shared by the resolution rules for one article, and the lookups they all use.

``ArticleState`` holds the article, its doc and registry, the entities and references found
so far, and positions (sentence and paragraph of a character, references in a range, a
one-pass word index). It also creates entities, from a registry entry or from a name as
written, and counts gender votes. The rules themselves are mixins built on it (``names``,
``mentions``, ``organisations``, ``pronouns``, ``descriptions``), joined in
``resolver.ArticleResolver``; a mixin may call another's methods through ``self``.
"""

from __future__ import annotations

import bisect
from collections import defaultdict

from spacy.tokens import Doc, Span

from dixit.extract.syntax import sentence_starts
from dixit.model import Article, Statement
from dixit.registry import Entry, Registry, normalise_name, slugify
from dixit.resolve.speakers.entities import Binding, Entity, Ref
from dixit.resolve.speakers.lexicon import SpeakerLexicon


class ArticleState:
    """What one article's resolution knows and shares; one instance per article, used once."""

    def __init__(
        self, doc: Doc, article: Article, registry: Registry, lexicon: SpeakerLexicon
    ) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text and Doc.ents are rebuilt on every access
        self.ents = tuple(doc.ents)
        self.article = article
        self.registry = registry
        self.lex = lexicon
        self.lang = (article.language or doc.lang_ or "fr").split("-")[0]
        self.day = article.published
        self.entities: dict[str, Entity] = {}
        self.refs: list[Ref] = []
        self._ref_set: set[Ref] = set()
        self.bindings: list[Binding] = []
        self.full_names: list[tuple[list[str], str]] = []
        self._sent_starts = [doc[i].idx for i in sentence_starts(doc)]
        self._para_starts = [p[0] for p in article.paragraphs] or [0]
        self._quoted: list[tuple[int, int]] = []
        self._contents: list[tuple[int, int]] = []
        # Article-wide indexes, built on first use so that each is one pass over the article.
        self._word_index: dict[str, list[int]] | None = None
        self._acronym_table: dict[str, tuple[str, str | None]] | None = None
        self._places: dict[str, str | None] = {}
        # People first written as someone's relative or staff ("Sa mère, X,", "Son avocat,
        # X,"): the story is about the possessor, who keeps the pronouns of later paragraphs.
        self.relatives: set[str] = set()
        # Speakers in reading order, as resolved so far (entity ids).
        self.history: list[str] = []
        # Definite descriptions already resolved to a person ("l'artiste" -> Inès Marchal):
        # the same words keep designating that person.
        self.described: dict[tuple[str, ...], str] = {}

    # -- positions -----------------------------------------------------------------------------

    def sent_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self._sent_starts, char) - 1)

    def para_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self._para_starts, char) - 1)

    def _refs_between(self, lo: int, hi: int) -> list[Ref]:
        """References starting in [lo, hi), found by bisection on the sorted list."""
        first = bisect.bisect_left(self.refs, lo, key=lambda r: r.start)
        last = bisect.bisect_left(self.refs, hi, key=lambda r: r.start)
        return self.refs[first:last]

    def _inside(self, char: int, spans: list[tuple[int, int]]) -> bool:
        return any(s <= char < e for s, e in spans)

    def _span(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

    # -- article-wide indexes ----------------------------------------------------------------------

    def _word_positions(self, word: str) -> list[int]:
        """Token indices whose comparison form starts with ``word`` (one pass, then cached)."""
        if self._word_index is None:
            index: dict[str, list[int]] = defaultdict(list)
            for tok in self.doc:
                key = normalise_name(tok.text).split()
                if key:
                    index[key[0]].append(tok.i)
            self._word_index = index
        return self._word_index.get(word, [])

    def _phrase_spans(self, phrase: tuple[str, ...]) -> list[tuple[int, int]]:
        """(first token, end token) of each place the article writes ``phrase``."""
        target = " ".join(phrase)
        found = []
        for i in self._word_positions(phrase[0]):
            for j in range(i, min(len(self.doc), i + len(phrase) + 3)):
                text = normalise_name(self.doc[i : j + 1].text)
                if text == target:
                    found.append((i, j + 1))
                    break
                if not target.startswith(text + " "):
                    break
        return found

    # -- entities ------------------------------------------------------------------------------

    def _entity_for_entry(self, entry: Entry) -> Entity:
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

    def _new_entity(self, name: str, type_: str, gender: str | None = None) -> Entity:
        key = slugify(name)
        entity = self.entities.get(key)
        if entity is None:
            entity = Entity(id=key, name=name, type=type_)
            if type_ != "person":
                entity.gender = gender
            self.entities[key] = entity
        return entity

    def _vote_gender(self, entity: Entity, gender: str | None) -> None:
        """One vote for a gender the article shows; a feminine form counts twice, because
        French uses masculine titles for women ("le professeur X, cheffe du service") but
        never feminine ones for men."""
        if gender and entity.type == "person":
            entity.gender_votes[gender] += 2 if gender == "fem" else 1


def _anchor(st: Statement) -> int:
    """Where a statement starts in reading order: its speaker, cue or content, whichever first."""
    points = [st.content_span[0]]
    if st.speaker_mention_span:
        points.append(st.speaker_mention_span[0])
    if st.cue_span:
        points.append(st.cue_span[0])
    return min(points)
