"""Speaker resolution: from the words that name a speaker to one canonical speaker.

The extractor keeps the speaker as written: "Mme Leavitt", "il", "le locataire du Kremlin",
"la mairie". News rarely repeats a full name, so most statements name their speaker by a
surname, a pronoun or a description, and only the article as a whole says who that is. This
module reads the whole article once (names, appositions, subjects, genders) and then resolves
each statement in reading order, so that a pronoun can point back at a speaker resolved just
before it.

The rules, in the order they are tried (``docs/speakers.md`` has the examples):

1. no mention: a floating quote continues the previous statement's speaker;
2. a pronoun: the previous statement's speaker if gender and number agree, unless a later
   main-clause subject took over; else the most recent agreeing person before it;
3. "ce dernier": the most recently named entity that is not the subject of its own clause;
4. a name (with or without apposition): the registry entry, the full name used elsewhere in
   the article for a surname, or a new person with an id made from the name;
5. an organisation or metonymy ("le Kremlin", "Moscou", "la mairie");
6. a description: bound by an apposition in the article, by the office both name, or by the
   registry's holder of that office on the publication date.

Anything else stays unresolved: ``speaker`` is None and the mention is kept, because a wrong
speaker is worse than an honest gap.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Doc, Span, Token

from dixit.extract.syntax import sentence_of, sentence_starts
from dixit.model import Article, Speaker, Statement
from dixit.resolve.registry import (
    Entry,
    Registry,
    inflections,
    normalise_name,
    slugify,
    strip_accents,
)

log = logging.getLogger(__name__)

#: Prepositions that introduce a complement: a capitalised word after them names a place or
#: a body the person belongs to ("la porte-parole de la Maison-Blanche"), not the person.
_COMPLEMENT_WORDS = frozenset(
    {
        "de",
        "du",
        "des",
        "d'",
        "à",
        "au",
        "aux",
        "en",
        "chez",
        "pour",
        "of",
        "from",
        "at",
        "for",
        "in",
        "with",
    }
)
#: Lower-case words that may sit inside a name ("Ursula von der Leyen", "Marine Le Pen").
_NAME_PARTICLES = frozenset(
    {
        "de",
        "du",
        "des",
        "d'",
        "la",
        "le",
        "von",
        "der",
        "van",
        "den",
        "di",
        "da",
        "del",
        "al",
        "el",
        "ben",
        "bin",
    }
)
#: Words a mention may open with that are not part of the speaker ("selon lui").
_LEADING_PREPOSITIONS = frozenset(
    {"selon", "d'", "apres", "pour", "according", "to", "by", "par", "que", "qu'"}
)
#: Determiners of a definite description: "le magistrat" is someone already known, "un
#: magistrat" is someone new.
_DEFINITE = frozenset({"le", "la", "l'", "ce", "cet", "cette", "the", "this"})
#: How many paragraphs back a pronoun may still find the previous statement's speaker.
_PRONOUN_PARAGRAPH_WINDOW = 3
#: An acronym in brackets after the name it abbreviates: "(SNPE)", "(Inrap)".
_ACRONYM = re.compile(r"\(([A-ZÉÈ][A-Za-zÉÈ]{1,9})\)")
#: Words an acronym skips: "Service départemental d'incendie et de secours" is SDIS.
_ACRONYM_SKIP = frozenset(
    {"de", "du", "des", "d", "d'", "et", "la", "le", "l", "l'", "les", "en", "a", "au", "aux"}
)
#: The preposition and article before a département's name ("des Landes" -> "Landes").
_DEPT_PREFIX = re.compile(r"^(de la |de l'|des |du |de |d')")


# -- language data -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SpeakerLexicon:
    """The words that matter to speaker resolution in one language.

    Read from ``lexicons/<lang>/speakers.yaml``, so that a new language is a data file.
    """

    lang: str
    pronouns: dict[str, tuple[str | None, str]]
    last_mentioned: dict[tuple[str, ...], tuple[str | None, str]]
    determiners: dict[str, str | None]
    titles: frozenset[str]
    title_gender: dict[str, str]
    description_heads: tuple[tuple[str, ...], ...]
    counterpart_heads: frozenset[str]
    organisation_heads: tuple[tuple[str, ...], ...]
    group_heads: frozenset[str]
    first_names: dict[str, str]
    person_suffixes: tuple[str, ...] = ()
    demonym_suffixes: tuple[str, ...] = ()
    proxy_heads: frozenset[str] = frozenset()
    type_heads: frozenset[str] = frozenset()
    complement_drop: tuple[str, ...] = ()
    organisation_people: dict[str, frozenset[str]] = field(default_factory=dict)
    organisation_display: dict[str, str] = field(default_factory=dict)
    member_bodies: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    organisation_synonyms: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    department_bodies: frozenset[str] = frozenset()
    town_bodies: frozenset[str] = frozenset()
    departements: tuple[str, ...] = ()

    @classmethod
    def from_mapping(cls, lang: str, data: dict[str, Any]) -> SpeakerLexicon:
        def gn(value: dict[str, Any]) -> tuple[str | None, str]:
            gender = value.get("gender")
            return (gender if gender in {"masc", "fem"} else None, value.get("number", "sing"))

        titles = data.get("titles") or {}
        by_gender: dict[str, set[str]] = {
            g: {normalise_name(t) for t in titles.get(g) or []} for g in titles
        }
        masc, fem = by_gender.get("masc", set()), by_gender.get("fem", set())
        title_gender = {t: "masc" for t in masc - fem} | {t: "fem" for t in fem - masc}
        names = data.get("first_names") or {}
        first_names: dict[str, str] = {}
        for gender in ("masc", "fem"):
            for name in names.get(gender) or []:
                key = normalise_name(name)
                # A name listed under both genders tells nothing.
                first_names[key] = gender if first_names.get(key, gender) == gender else ""

        def phrases(values: Iterable[str]) -> tuple[tuple[str, ...], ...]:
            words = {tuple(normalise_name(v).split()) for v in values}
            return tuple(sorted((w for w in words if w), key=len, reverse=True))

        return cls(
            lang=lang,
            pronouns={normalise_name(k): gn(v) for k, v in (data.get("pronouns") or {}).items()},
            last_mentioned={
                tuple(normalise_name(k).split()): gn(v)
                for k, v in (data.get("last_mentioned") or {}).items()
            },
            determiners={normalise_name(k): v for k, v in (data.get("determiners") or {}).items()},
            titles=frozenset(set().union(*by_gender.values()) if by_gender else set()),
            title_gender=title_gender,
            description_heads=phrases(data.get("description_heads") or []),
            counterpart_heads=frozenset(
                normalise_name(w) for w in data.get("counterpart_heads") or []
            ),
            organisation_heads=phrases(data.get("organisation_heads") or []),
            group_heads=frozenset(normalise_name(w) for w in data.get("group_heads") or []),
            first_names={k: v for k, v in first_names.items() if v},
            person_suffixes=tuple(
                normalise_name(x) for x in data.get("person_suffixes") or [] if x.strip()
            ),
            demonym_suffixes=tuple(
                normalise_name(x) for x in data.get("demonym_suffixes") or [] if x.strip()
            ),
            proxy_heads=frozenset(normalise_name(w) for w in data.get("proxy_heads") or []),
            type_heads=frozenset(normalise_name(w) for w in data.get("type_heads") or []),
            complement_drop=tuple(normalise_name(w) for w in data.get("complement_drop") or []),
            organisation_people={
                normalise_name(k): frozenset(normalise_name(p) for p in v or [])
                for k, v in (data.get("organisation_people") or {}).items()
            },
            organisation_display={
                normalise_name(k): k[:1].upper() + k[1:]
                for k in (data.get("organisation_people") or {})
            },
            member_bodies={
                normalise_name(k): phrases(v or [])
                for k, v in (data.get("member_bodies") or {}).items()
            },
            organisation_synonyms={
                normalise_name(k): phrases(v or [])
                for k, v in (data.get("organisation_synonyms") or {}).items()
            },
            department_bodies=frozenset(
                normalise_name(w) for w in data.get("department_bodies") or []
            ),
            town_bodies=frozenset(normalise_name(w) for w in data.get("town_bodies") or []),
            departements=tuple(str(d) for d in data.get("departements") or []),
        )

    def strip_determiners(self, words: list[str]) -> tuple[list[str], str | None]:
        """Drop leading articles and possessives; return the words and the gender they showed."""
        gender = None
        while words and (words[0] in self.determiners or words[0] in _LEADING_PREPOSITIONS):
            gender = self.determiners.get(words[0]) or gender
            words = words[1:]
        return words, gender

    def description_head(self, words: list[str]) -> tuple[str, ...] | None:
        """The description head a mention's words contain ("porte-parole", "press secretary")."""
        for head in self.description_heads:
            n = len(head)
            for i in range(len(words) - n + 1):
                if all(w in inflections(h) for w, h in zip(words[i : i + n], head, strict=True)):
                    return head
        return None

    def opens_with_description_head(self, words: list[str]) -> bool:
        """Whether the words start with a description head ("premier ministre …")."""
        return any(
            len(words) >= len(head)
            and all(w in inflections(h) for w, h in zip(words[: len(head)], head, strict=True))
            for head in self.description_heads
        )

    def organisation_head(self, words: list[str]) -> bool:
        """Whether the mention opens with an organisation noun ("la mairie de Lyon")."""
        return any(
            len(words) >= len(head) and tuple(words[: len(head)]) == head
            for head in self.organisation_heads
        )


@lru_cache(maxsize=8)
def load_lexicon(lang: str | None) -> SpeakerLexicon:
    """The speaker lexicon of ``lang``, French when dixit has none for it."""
    lang = (lang or "fr").split("-")[0].lower()
    base = resources.files("dixit.lexicons")
    path = base.joinpath(lang, "speakers.yaml")
    if not path.is_file():
        log.debug("no speaker lexicon for %r, using French", lang)
        lang, path = "fr", base.joinpath("fr", "speakers.yaml")
    return SpeakerLexicon.from_mapping(lang, yaml.safe_load(path.read_text("utf-8")) or {})


# -- article-local entities ---------------------------------------------------------------------


@dataclass
class Entity:
    """A person or body as this article knows it: canonical name, and gender evidence."""

    id: str
    name: str
    type: str = "person"
    gender: str | None = None
    number: str = "sing"
    entry: Entry | None = None
    gender_votes: Counter[str] = field(default_factory=Counter)

    @property
    def known_gender(self) -> str | None:
        if self.gender:
            return self.gender
        fem, masc = self.gender_votes["fem"], self.gender_votes["masc"]
        if fem and masc <= 2 * fem:
            # A feminine form is marked (see ``_vote_gender``): it outweighs masculine titles
            # unless they are far more numerous.
            return "fem"
        if self.gender_votes:
            (top, n), *rest = self.gender_votes.most_common(2)
            if not rest or rest[0][1] < n:
                return top
        return None

    def speaker(self) -> Speaker:
        return Speaker(id=self.id, name=self.name, type=self.type)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Ref:
    """A place where an entity is named, for pronouns and "ce dernier" to look back at."""

    start: int
    end: int
    entity: str
    sent: int
    subject: bool
    main: bool
    quoted: bool


@dataclass(frozen=True)
class Binding:
    """A description the article attached to an entity ("la porte-parole …, Karoline Leavitt")."""

    start: int
    words: tuple[str, ...]
    entity: str


@dataclass(frozen=True)
class Resolution:
    entity: Entity | None
    method: str | None
    confidence: float


_UNRESOLVED = Resolution(None, None, 0.0)


@dataclass
class _Parsed:
    """A mention taken apart: the name it contains and the description around it."""

    words: list[str]
    det_gender: str | None
    name: str | None = None
    name_span: tuple[int, int] | None = None
    title_gender: str | None = None
    description: list[str] = field(default_factory=list)


class ArticleResolver:
    """Resolves the speakers of one article; one instance per article, used once."""

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

    # -- positions ----------------------------------------------------------------------------

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

    # -- article-wide indexes -----------------------------------------------------------------

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

    def _acronyms(self) -> dict[str, tuple[str, str | None]]:
        """Acronyms the article spells out: "le Syndicat national des personnels enseignants
        (SNPE)" gives SNPE -> (its long form, None); "(SDIS) du Var" keeps "du Var" too.

        The long form is the shortest phrase before the bracket whose content words' initials
        are the acronym's letters.
        """
        if self._acronym_table is not None:
            return self._acronym_table
        table: dict[str, tuple[str, str | None]] = {}
        for m in _ACRONYM.finditer(self.text):
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or span.start == 0:
                continue
            letters = normalise_name(m.group(1))
            sent_start = sentence_of(self.doc, span.start).start
            long_form = None
            j = span.start - 1
            while j >= max(sent_start, span.start - 14):
                tok = self.doc[j]
                if _breaks_phrase(tok) and tok.pos_ != "PRON":
                    break
                words = normalise_name(self.doc[j : span.start].text).replace("' ", " ").split()
                initials = "".join(w[0] for w in words if w not in _ACRONYM_SKIP)
                if initials == letters and normalise_name(tok.text) not in _ACRONYM_SKIP:
                    long_form = self.doc[j : span.start].text
                    break
                if len(initials) >= len(letters) and not letters.startswith(initials):
                    break
                j -= 1
            if long_form is None:
                continue
            closing = self.doc[span.end - 1]
            complement = self._complement_after(closing)
            comp = None
            if complement is not None and normalise_name(self.doc[closing.i + 1].text) in {
                "de",
                "du",
                "des",
                "d'",
            }:
                comp = self.text[self.doc[closing.i + 1].idx : complement.end_char]
            table.setdefault(letters, (long_form[:1].upper() + long_form[1:], comp))
        self._acronym_table = table
        return table

    def _expand_acronym(self, name: str) -> str:
        """The long form the article gives an acronym: "SNPE" -> "Syndicat national des
        personnels enseignants", "SDIS" -> "Service départemental … du Var"."""
        first, _, rest = name.partition(" ")
        key = normalise_name(first)
        if not key or " " in key or not self._acronyms().get(key):
            return name
        long_form, complement = self._acronyms()[key]
        if rest:
            return f"{long_form} {rest}"
        return f"{long_form} {complement}" if complement else long_form

    def _departement(self) -> str | None:
        """The département the article names most ("des Landes"), if one stands out."""
        if "departement" not in self._places:
            counts: Counter[str] = Counter()
            for form in self.lex.departements:
                name = _DEPT_PREFIX.sub("", form, count=1)
                pattern = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
                hits = len(re.findall(pattern, self.text))
                if hits:
                    counts[form] = hits
            self._places["departement"] = _unique_top(counts, 1)
        return self._places["departement"]

    def _town(self) -> str | None:
        """The place the article names most often, at least twice ("Villeneuve-la-Rivière"):
        where a bare "la mairie" is."""
        if "town" not in self._places:
            counts: Counter[str] = Counter()
            departements = {
                normalise_name(_DEPT_PREFIX.sub("", d, count=1)) for d in self.lex.departements
            }
            for ent in self.ents:
                if ent.label_ not in {"LOC", "GPE"}:
                    continue
                text = _strip_leading(ent.text, self.lex).strip(" ,;:")
                key = normalise_name(text)
                if not key or key in departements or not text[:1].isupper():
                    continue
                if self.registry.lookup(text, fuzzy=False) is not None:
                    continue
                counts[text] += 1
            self._places["town"] = _unique_top(counts, 2)
        return self._places["town"]

    def _place_body(self, head: str, head_key: str) -> str | None:
        """A bare body named after its place: "la préfecture" -> "Préfecture des Landes" when
        the article names the département, "la mairie" -> "Mairie de X" for its main town."""
        display = head[:1].upper() + head[1:]
        if head_key in self.lex.department_bodies:
            departement = self._departement()
            return f"{display} {departement}" if departement else None
        if head_key in self.lex.town_bodies:
            town = self._town()
            return f"{display} {_de(town)}" if town else None
        return None

    # -- entities -----------------------------------------------------------------------------

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

    def _first_name_gender(self, name_words: list[str]) -> str | None:
        if len(name_words) < 2:
            return None
        return self.lex.first_names.get(name_words[0])

    def person_for_name(self, name: str) -> tuple[Entity | None, str, float]:
        """The entity a written name stands for, with how it was found and how sure that is.

        Order: a longer name of the same person used in this article ("Leavitt" after
        "Karoline Leavitt"), the registry (exact alias, unique surname, then fuzzy), and last a
        new person named as written. A surname shared by two people of the article is left
        unresolved rather than guessed.
        """
        words = normalise_name(name).split()
        if not words:
            return None, "", 0.0
        longer = {
            key
            for full, key in self.full_names
            if len(full) > len(words) and full[-len(words) :] == words
        }
        if len(longer) == 1:
            return self.entities[longer.pop()], "alias", 0.85
        if len(longer) > 1:
            return None, "", 0.0
        exact = self.registry.candidates(name)
        if len(exact) == 1:
            entry = exact[0]
            same = normalise_name(entry.name_in(self.lang)) == " ".join(words)
            return self._entity_for_entry(entry), "name" if same else "alias", 0.95 if same else 0.9
        if len(exact) > 1:
            return None, "", 0.0
        if len(words) == 1 or words[0] in _NAME_PARTICLES:
            by_surname = self.registry.by_surname(name)
            if len(by_surname) == 1:
                return self._entity_for_entry(by_surname[0]), "alias", 0.8
        fuzzy = self.registry.fuzzy_lookup(name)
        if fuzzy is not None:
            return self._entity_for_entry(fuzzy), "alias", 0.8
        entity = self._new_entity(" ".join(name.split()), "person")
        self._vote_gender(entity, self._first_name_gender(words))
        return entity, "name", 0.9 if len(words) > 1 else 0.6

    def organisation_for(self, text: str, words: list[str], gender: str | None) -> Entity:
        entry = self.registry.lookup(text, fuzzy=False) or self.registry.lookup(
            " ".join(words), fuzzy=False
        )
        if entry is not None and entry.type == "organisation":
            entity = self._entity_for_entry(entry)
        else:
            name = self._expand_acronym(text.strip(" ,;:"))
            name = name[:1].upper() + name[1:]
            entity = self._new_entity(name, "organisation", gender)
        if entity.gender is None and entity.type == "organisation":
            entity.gender = gender
        return entity

    # -- reading a mention -------------------------------------------------------------------

    def _span(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

    def _is_capitalised(self, token: Token) -> bool:
        text = token.text.lstrip("-")
        return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)

    def _function_word(self, tok: Token) -> bool:
        """Articles, pronouns and prepositions, whatever the tagger says ("Poutine" as PRON)."""
        low = normalise_name(tok.text)
        if low in self.lex.determiners or low in self.lex.pronouns:
            return True
        if low in _COMPLEMENT_WORDS or low in _LEADING_PREPOSITIONS:
            return True
        return tok.pos_ in {"AUX", "VERB", "SCONJ", "CCONJ"} and tok.ent_type_ not in {
            "PER",
            "PERSON",
        }

    def _name_runs(self, tokens: list[Token]) -> list[list[Token]]:
        """Runs of capitalised words that may be a name; complements of "de", "du" excluded."""
        runs: list[list[Token]] = []
        current: list[Token] = []
        for i, tok in enumerate(tokens):
            low = normalise_name(tok.text)
            if self._is_capitalised(tok) and not self._function_word(tok):
                current.append(tok)
                continue
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            bridging = (
                current
                and low in _NAME_PARTICLES
                and nxt is not None
                and (self._is_capitalised(nxt) or normalise_name(nxt.text) in _NAME_PARTICLES)
            )
            if bridging and (self._is_capitalised(tok) or tok.pos_ in {"DET", "ADP", "X", "PROPN"}):
                current.append(tok)
                continue
            if current:
                runs.append(current)
            current = []
        if current:
            runs.append(current)
        kept = []
        for run in runs:
            while run and normalise_name(run[-1].text) in _NAME_PARTICLES:
                run = run[:-1]
            if not run:
                continue
            before = [t for t in tokens if t.i < run[0].i]
            prev = normalise_name(before[-1].text) if before else ""
            prev2 = normalise_name(before[-2].text) if len(before) > 1 else ""
            if prev in _COMPLEMENT_WORDS or (
                prev in self.lex.determiners and prev2 in _COMPLEMENT_WORDS
            ):
                continue
            kept.append(run)
        return kept

    def _strip_titles(self, run: list[Token]) -> tuple[list[Token], str | None]:
        gender = None
        while run and normalise_name(run[0].text) in self.lex.titles:
            gender = self.lex.title_gender.get(normalise_name(run[0].text)) or gender
            run = run[1:]
        return run, gender

    def _run_is_person(self, run: list[Token], text: str, tokens: list[Token]) -> bool | None:
        """True for a person's name, False for a body or place, None when nothing says.

        A name right after "description," is a person even when the tagger calls it a place
        ("La ministre de l'Environnement des Tuvalu, Mele Tafaoga").
        """
        entry = self.registry.lookup(text, fuzzy=False)
        if entry is not None:
            return entry.type == "person"
        prev = self.doc[run[0].i - 1] if run[0].i > 0 else None
        if (
            prev is not None
            and prev.text.islower()
            and normalise_name(prev.text) in self.lex.type_heads
        ):
            # "la société Hydrelis", "le collectif Eau commune": a body, whatever the tagger says.
            return False
        labels = {t.ent_type_ for t in run if t.ent_type_}
        if "PER" in labels or "PERSON" in labels:
            return True
        words = normalise_name(text).split()
        if self.lex.organisation_head(words):
            return False
        before = [t for t in tokens if t.i < run[0].i]
        if before and before[-1].text == "," and self._description_of(before[:-1]):
            return True
        if labels & {"ORG", "LOC", "GPE", "NORP", "FAC", "MISC"}:
            return False
        if len(words) > 1 and words[0] in self.lex.first_names:
            return True
        return None

    def _after_determiner(self, run: list[Token], tokens: list[Token]) -> bool:
        """A lone capitalised word after an article is a noun ("la Lyonnaise"), not a name:
        French does not put articles before people's names."""
        before = [t for t in tokens if t.i < run[0].i]
        return (
            len(run) == 1
            and bool(before)
            and normalise_name(before[-1].text) in self.lex.determiners
        )

    def _plausible_unknown_name(self, run: list[Token], tokens: list[Token]) -> bool:
        """A capitalised run nothing identifies: a name only if it looks like one.

        Two capitalised words ("Mele Tafaoga") or a surname the article gives in full pass; a
        lone unknown word does not ("Océans" heading a title, "la Lyonnaise" after an article).
        """
        text = self.text[run[0].idx : run[-1].idx + len(run[-1])]
        words = normalise_name(text).split()
        if self._after_determiner(run, tokens):
            return False
        if len(words) > 1:
            return True
        return (
            any(full[-1:] == words for full, _ in self.full_names)
            or len(self.registry.by_surname(text)) == 1
        )

    def parse(self, text: str, span: Span | None) -> _Parsed:
        words, det_gender = self.lex.strip_determiners(normalise_name(text).split())
        parsed = _Parsed(words=words, det_gender=det_gender)
        if span is None:
            return parsed
        tokens = [t for t in span if not t.is_space]
        # "Selon X", "Pour X": the preposition introduces the source, it is not part of it.
        while tokens and normalise_name(tokens[0].text) in _LEADING_PREPOSITIONS:
            tokens = tokens[1:]
        best: tuple[list[Token], str | None] | None = None
        for run in reversed(self._name_runs(tokens)):
            stripped, title_gender = self._strip_titles(run)
            if not stripped:
                continue
            name = self.text[stripped[0].idx : stripped[-1].idx + len(stripped[-1])]
            verdict = self._run_is_person(stripped, name, tokens)
            if verdict is False or (
                self._after_determiner(stripped, tokens) and not self.registry.candidates(name)
            ):
                continue
            if verdict is None and not self._plausible_unknown_name(stripped, tokens):
                continue
            best = (stripped, title_gender)
            break
        if best is None:
            return parsed
        run, parsed.title_gender = best
        start, end = run[0].idx, run[-1].idx + len(run[-1])
        parsed.name = self.text[start:end]
        parsed.name_span = (start, end)
        before = [t for t in tokens if t.idx < start and not t.is_punct]
        after = [t for t in tokens if t.idx >= end and not t.is_punct]
        side = before if any(t.is_alpha for t in before) else after
        described = self._description_of(side)
        if described:
            parsed.description = described[0]
        return parsed

    # -- scanning the article ----------------------------------------------------------------

    def _is_subject(self, token: Token) -> tuple[bool, bool]:
        """(is a subject, of a main clause): climbs appositions and flat names first."""
        seen = 0
        while token.dep_ in {"appos", "flat:name", "flat", "compound", "nmod"} and seen < 4:
            if token.head is token:
                break
            token = token.head
            seen += 1
        subject = token.dep_.startswith("nsubj")
        head = token.head
        main = subject and (head.dep_ == "ROOT" or head.dep_.startswith("conj"))
        return subject, main

    def scan(self, statements: list[Statement]) -> None:
        """Learn the article's names, appositions and genders before resolving anything."""
        for st in statements:
            if st.kind == "direct":
                self._quoted.append(st.content_span)
            self._contents.append(st.content_span)
        person_ents = [e for e in self.ents if e.label_ in {"PER", "PERSON"} and e.text.strip()]
        # Mentions the extractor found but NER missed are names too.
        extra: list[Span] = []
        for st in statements:
            if st.speaker_mention_span:
                span = self._span(*st.speaker_mention_span)
                if span is not None and not any(
                    e.start < span.end and span.start < e.end for e in person_ents
                ):
                    extra.append(span)
        found: list[tuple[Span, list[Token], str | None]] = []
        for span in [*person_ents, *extra]:
            tokens = [t for t in span if not t.is_space]
            runs = self._name_runs(tokens) if span in extra else [tokens]
            for run in runs[-1:]:
                stripped, title_gender = self._strip_titles(run)
                if not stripped:
                    continue
                text = self.text[stripped[0].idx : stripped[-1].idx + len(stripped[-1])]
                if self._run_is_person(stripped, text, tokens) is False:
                    continue
                prev = self.doc[stripped[0].i - 1] if stripped[0].i > 0 else None
                if title_gender is None and prev is not None:
                    title_gender = self.lex.title_gender.get(normalise_name(prev.text))
                found.append((self.doc[stripped[0].i : stripped[-1].i + 1], stripped, title_gender))
        found.sort(key=lambda f: f[0].start_char)
        # Full names first, so that surnames anywhere in the article can join them.
        for span, _, _ in found:
            words = normalise_name(span.text).split()
            if len(words) < 2 or words[0] in _NAME_PARTICLES:
                continue
            entity, _, _ = self.person_for_name(span.text)
            if entity is not None and entity.type == "person":
                self.full_names.append((words, entity.id))
        for span, _, title_gender in found:
            entity, _, _ = self.person_for_name(span.text)
            if entity is None:
                continue
            self._vote_gender(entity, title_gender)
            self._add_ref(span.start_char, span.end_char, entity, span.root)
            for start, words, gender in self._appositions(span):
                self.bindings.append(Binding(start, tuple(words), entity.id))
                self._vote_gender(entity, gender)
        self._organisation_appositions()
        self.bindings.sort(key=lambda b: b.start)

    def _organisation_appositions(self) -> None:
        """Descriptions written before a body's name: "Le promoteur, la société Éolia Centre,"
        binds "promoteur" to Éolia Centre, so that a later "le promoteur" is that company."""
        doc = self.doc
        starts: set[int] = set()
        for ent in self.ents:
            if ent.label_ == "ORG" or (ent.label_ == "MISC" and ent.start > 0):
                starts.add(ent.start)
        for head in self.lex.type_heads:
            for i in self._word_positions(head):
                nxt = doc[i + 1] if i + 1 < len(doc) else None
                if (
                    normalise_name(doc[i].text) == head
                    and nxt is not None
                    and nxt.text[:1].isupper()
                    and not nxt.is_sent_start
                ):
                    starts.add(i + 1)
        for first in sorted(starts):
            typed = first >= 1 and normalise_name(doc[first - 1].text) in self.lex.type_heads
            end = first + 1
            if doc[first].ent_iob_ == "B":
                while end < len(doc) and doc[end].ent_iob_ == "I":
                    end += 1
            else:
                while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
                    end += 1
            name = doc[first:end].text
            np_start = first - 1 if typed else first
            if np_start >= 1 and normalise_name(doc[np_start - 1].text) in self.lex.determiners:
                np_start -= 1
            if np_start < 2 or doc[np_start - 1].text != ",":
                continue
            sent = sentence_of(doc, first)
            collected: list[Token] = []
            i = np_start - 2
            while i >= sent.start and len(collected) < 8:
                tok = doc[i]
                if _breaks_phrase(tok) or tok.ent_type_:
                    break
                collected.insert(0, tok)
                low = normalise_name(tok.text)
                if low in self.lex.determiners and low not in _COMPLEMENT_WORDS:
                    break
                i -= 1
            if not collected or normalise_name(collected[0].text) not in _DEFINITE | {"son", "sa"}:
                continue
            if len(collected) < 2 or not collected[1].text.islower() or collected[1].pos_ != "NOUN":
                continue
            words, _ = self.lex.strip_determiners(
                normalise_name(" ".join(t.text for t in collected)).split()
            )
            if (
                not words
                or self.lex.organisation_head(words)
                or self.lex.description_head(words[:1])
            ):
                continue
            entity = self.organisation_for(name, [], None)
            self.bindings.append(Binding(collected[0].idx, tuple(words), entity.id))

    def _add_ref(self, start: int, end: int, entity: Entity, token: Token | None) -> None:
        subject, main = self._is_subject(token) if token is not None else (True, True)
        ref = Ref(
            start=start,
            end=end,
            entity=entity.id,
            sent=self.sent_of(start),
            subject=subject,
            main=main,
            quoted=self._inside(start, self._quoted),
        )
        if ref not in self._ref_set:
            self._ref_set.add(ref)
            bisect.insort(self.refs, ref, key=lambda r: (r.start, r.end))

    def _appositions(self, name: Span) -> list[tuple[int, list[str], str | None]]:
        """Descriptions written right before or right after a name, where, and their gender.

        "le président russe Vladimir Poutine", "la porte-parole de X, Karoline Leavitt" and
        "Karoline Leavitt, porte-parole de X," all bind a description to the name. A phrase
        after the name that itself contains another name is a list, not an apposition
        ("Trump, le président ukrainien Volodymyr Zelensky et …").
        """
        doc, sent = self.doc, sentence_of(self.doc, name.start)
        found = []
        # Before: walk left over the description, through "de la", to its determiner.
        i = name.start - 1
        if i >= sent.start and doc[i].text == ",":
            i -= 1
        collected: list[Token] = []
        while i >= sent.start and len(collected) < 10:
            tok = doc[i]
            # "le ministre délégué chargé de l'Industrie": participles that qualify a noun
            # belong to the description; a participle after "a" is the verb.
            qualifying = (
                tok.pos_ == "VERB"
                and "Part" in tok.morph.get("VerbForm")
                and i - 1 >= sent.start
                and doc[i - 1].pos_ in {"NOUN", "ADJ", "VERB", "PROPN"}
            )
            if _breaks_phrase(tok) and not qualifying:
                break
            if tok.ent_type_ in {"PER", "PERSON"}:
                break
            collected.insert(0, tok)
            low = normalise_name(tok.text)
            if low not in _COMPLEMENT_WORDS and (tok.pos_ == "DET" or low in self.lex.determiners):
                prev = normalise_name(doc[i - 1].text) if i - 1 >= sent.start else ""
                if prev not in _COMPLEMENT_WORDS:
                    break
            i -= 1
        before = self._description_of(collected)
        if before:
            found.append((collected[0].idx, *before))
        # After: ", description," up to the next comma or verb.
        j = name.end
        if j < sent.end and doc[j].text == ",":
            j += 1
            collected = []
            while j < sent.end and len(collected) < 12:
                tok = doc[j]
                if _breaks_phrase(tok):
                    break
                collected.append(tok)
                j += 1
            if collected and not any(t.ent_type_ in {"PER", "PERSON"} for t in collected):
                after = self._description_of(collected)
                if after:
                    found.append((name.start_char, *after))
        return found

    def _person_noun(self, words: list[str], tokens: list[Token]) -> bool:
        """Whether a phrase's head names a person: a lexicon head, a noun of a person suffix,
        or a capitalised demonym ("la Lyonnaise")."""
        if not words:
            return False
        first = next(
            (t for t in tokens if normalise_name(t.text) not in self.lex.determiners), None
        )
        if (
            first is not None
            and first.text[:1].isupper()
            and not first.is_sent_start
            and not self.lex.opens_with_description_head(words)
        ):
            # A capitalised head is a proper name ("les Jeunes Agriculteurs") unless it is a
            # demonym ("la Lyonnaise") or an office written with a capital ("le Premier
            # ministre").
            word = (normalise_name(first.text).split()[-1:] or [""])[0]
            return len(word) > 4 and word.endswith(self.lex.demonym_suffixes)
        if self.lex.description_head(words[:3]):
            return True
        if first is None:
            return False
        word = (normalise_name(first.text).split()[-1:] or [""])[0]
        return first.pos_ in {"NOUN", "ADJ"} and word.endswith(self.lex.person_suffixes)

    def _description_of(self, tokens: list[Token]) -> tuple[list[str], str | None] | None:
        """A noun phrase as description words and the gender it shows, if it names a person."""
        tokens = [t for t in tokens if not (t.is_punct and t.text not in {"-", "'"})]
        if not tokens:
            return None
        words, det_gender = self.lex.strip_determiners(
            normalise_name(" ".join(t.text for t in tokens)).split()
        )
        if not words:
            return None
        if not self._person_noun(words, tokens):
            return None
        if self.lex.organisation_head(words):
            return None
        gender = det_gender
        if gender is None:
            for tok in tokens:
                if normalise_name(tok.text) not in self.lex.determiners:
                    morph = tok.morph.get("Gender")
                    gender = {"Masc": "masc", "Fem": "fem"}.get(morph[0]) if morph else None
                    break
        return words, gender

    # -- resolving --------------------------------------------------------------------------

    def resolve(self, statements: list[Statement]) -> None:
        self.scan(statements)
        order = sorted(range(len(statements)), key=lambda i: _anchor(statements[i]))
        previous: Statement | None = None
        for i in order:
            st = statements[i]
            result = self.resolve_one(st, previous)
            if st.method == "headline" and st.kind != "direct":
                result = self._headline_subject(st, previous, result)
            st.speaker = result.entity.speaker() if result.entity else None
            st.speaker_method = result.method if result.entity else None
            st.confidence = round(result.confidence, 3) if result.entity else 0.0
            if result.entity is not None and st.speaker_mention_span:
                span = self._span(*st.speaker_mention_span)
                self._add_ref(
                    st.speaker_mention_span[0],
                    st.speaker_mention_span[1],
                    result.entity,
                    span.root if span is not None else None,
                )
            previous = st
        self._headline_repeats(statements)

    def _headline_repeats(self, statements: list[Statement]) -> None:
        """A headline quoting words the body attributes takes the body's speaker when the body
        is surer: "« Nous ne tiendrons pas l'été », prévient le chef de service" is said by
        the doctor the body names, whatever the headline's short description resolved to."""
        if len(self._para_starts) < 2:
            return
        body_start = self._para_starts[1]
        heads = [st for st in statements if st.content_span[0] < body_start]
        if not heads:
            return
        body = [
            (normalise_name(st.content), st)
            for st in statements
            if st.content_span[0] >= body_start and st.speaker is not None
        ]
        for st in heads:
            key = normalise_name(st.content)
            if len(key) < 12:
                continue
            match = next((b for text, b in body if text.startswith(key)), None)
            if match is None or match.confidence <= st.confidence:
                continue
            st.speaker = match.speaker
            st.speaker_method = "headline"
            st.confidence = round(match.confidence * 0.95, 3)

    def _headline_subject(
        self, st: Statement, previous: Statement | None, found: Resolution
    ) -> Resolution:
        """ "Océans : le président américain promet …": in a headline whose content is a
        clause, not a quotation, the clause's own subject is the speaker and the words before
        the colon are the topic. The mention is corrected to that subject when it resolves."""
        content = self._span(*st.content_span)
        if content is None:
            return found
        subject = next(
            (
                t
                for t in content
                if t.dep_ in {"nsubj", "nsubj:pass"} and t.head.i >= t.i and t.head in content
            ),
            None,
        )
        if subject is None:
            return found
        np = self.doc[subject.left_edge.i : subject.i + 1]
        while np.end < subject.head.i and self.doc[np.end].pos_ in {"ADJ", "PROPN", "NOUN"}:
            np = self.doc[np.start : np.end + 1]
        probe = Statement(
            article=st.article,
            kind=st.kind,
            content=st.content,
            content_span=(np.end_char, st.content_span[1]),
            speaker_mention=np.text,
            speaker_mention_span=(np.start_char, np.end_char),
            method="headline-subject",
        )
        result = self.resolve_one(probe, previous)
        if result.entity is None:
            return found
        st.speaker_mention, st.speaker_mention_span = np.text, (np.start_char, np.end_char)
        return result

    def resolve_one(self, st: Statement, previous: Statement | None) -> Resolution:
        mention = (st.speaker_mention or "").strip()
        if not mention:
            if st.method == "floating" and previous is not None and previous.speaker:
                entity = self.entities.get(previous.speaker.id)
                return Resolution(entity, "continuation", previous.confidence * 0.9)
            return _UNRESOLVED
        start = st.speaker_mention_span[0] if st.speaker_mention_span else _anchor(st)
        span = self._span(*st.speaker_mention_span) if st.speaker_mention_span else None
        raw = normalise_name(mention).split()
        while len(raw) > 1 and raw[0] in _LEADING_PREPOSITIONS:
            raw = raw[1:]
        if " ".join(raw) in self.lex.pronouns:
            gender, number = self.lex.pronouns[" ".join(raw)]
            topic = self._dislocated_topic(st, span, previous)
            if topic is not None:
                return topic
            return self.resolve_pronoun(st, start, gender, number, previous)
        if tuple(raw) in self.lex.last_mentioned:
            gender, number = self.lex.last_mentioned[tuple(raw)]
            return self.resolve_last_mentioned(start, gender, number, st)
        parsed = self.parse(mention, span)
        if parsed.name:
            return self.resolve_name(parsed, start)
        # Without a name, only the phrase before a comma or bracket says who speaks:
        # "La direction, de son côté", "la Lyonnaise, les larmes aux yeux".
        core = _core_phrase(mention, self.lex)
        core_raw = normalise_name(core).split()
        words, det_gender = self.lex.strip_determiners(core_raw)
        if not words or words[0] in self.lex.group_heads:
            return _UNRESOLVED
        tokens: list[Token] = []
        if span is not None:
            offset = st.speaker_mention_span[0] + max(0, st.speaker_mention.find(core))
            tokens = [t for t in span if offset <= t.idx < offset + len(core)]
        body = self._member_body(words, start)
        if body is not None:
            return body
        typed = self._typed_name(core, span, det_gender)
        if typed is not None:
            return typed
        org = self.resolve_organisation(core, words, det_gender, span, start)
        if org is not None:
            return org
        if words[0] in self.lex.counterpart_heads or self._person_noun(words, tokens):
            definite = bool(core_raw) and core_raw[0] in _DEFINITE
            return self.resolve_description(words, start, det_gender, previous, definite, st)
        return _UNRESOLVED

    def _dislocated_topic(
        self, st: Statement, span: Span | None, previous: Statement | None
    ) -> Resolution | None:
        """ "La maire, elle, a annoncé …": a pronoun between commas right after a noun phrase
        that opens its clause takes that phrase up; the phrase is the speaker."""
        if span is None or span.start < 2 or span.end >= len(self.doc):
            return None
        if self.doc[span.start - 1].text != "," or self.doc[span.end].text != ",":
            return None
        sent = sentence_of(self.doc, span.start)
        i = span.start - 2
        while i > sent.start and not _breaks_phrase(self.doc[i - 1]):
            i -= 1
        if i != sent.start and self.doc[i - 1].text not in {",", ":", ";", "»", "”", '"'}:
            return None
        phrase = self.doc[i : span.start - 1]
        if not phrase or not any(t.pos_ in {"NOUN", "PROPN"} for t in phrase):
            return None
        probe = Statement(
            article=st.article,
            kind=st.kind,
            content=st.content,
            content_span=st.content_span,
            speaker_mention=phrase.text,
            speaker_mention_span=(phrase.start_char, phrase.end_char),
            method=st.method,
        )
        result = self.resolve_one(probe, previous)
        return result if result.entity is not None else None

    def _member_body(self, words: list[str], start: int) -> Resolution | None:
        """ "Les juges ont estimé": members in the plural speak for the body the article names
        ("le tribunal administratif de Limoges"), when it names exactly one."""
        heads = self.lex.member_bodies.get(words[0]) if len(words) == 1 else None
        if not heads:
            return None
        names: set[str] = set()
        first = ""
        for head in heads:
            for i, j in self._phrase_spans(head):
                complement = self._complement_after(self.doc[j - 1])
                if complement is None or complement.start != j:
                    continue
                name = self.text[self.doc[i].idx : complement.end_char]
                name = name[:1].upper() + name[1:]
                if normalise_name(name) not in {normalise_name(n) for n in names}:
                    names.add(name)
                    first = first or name
        if len(names) != 1:
            return None
        return Resolution(self.organisation_for(first, [], None), "description", 0.6)

    def _typed_name(self, core: str, span: Span | None, gender: str | None) -> Resolution | None:
        """A mention right after a type noun is the name of that body: "Eau commune 32" in
        "le collectif Eau commune 32 a annoncé"."""
        if span is None or span.start < 1 or not core[:1].isupper():
            return None
        before = self.doc[span.start - 1]
        if normalise_name(before.text) not in self.lex.type_heads or not before.text.islower():
            return None
        name = _strip_leading(core, self.lex)
        return Resolution(self.organisation_for(name, [], gender), "name", 0.8)

    def resolve_name(self, parsed: _Parsed, start: int) -> Resolution:
        assert parsed.name is not None
        entity, method, confidence = self.person_for_name(parsed.name)
        if entity is None:
            return _UNRESOLVED
        if entity.type == "person":
            self._vote_gender(entity, parsed.title_gender)
            if parsed.description:
                self._vote_gender(entity, parsed.det_gender)
                self.bindings.append(Binding(start, tuple(parsed.description), entity.id))
                return Resolution(entity, "apposition", max(confidence, 0.95))
        return Resolution(entity, method, confidence)

    def resolve_organisation(
        self, core: str, words: list[str], gender: str | None, span: Span | None, start: int
    ) -> Resolution | None:
        """A body that speaks: a registry name, an organisation noun, or a tagged ORG/place.

        "le syndicat CGT" is the CGT; "la direction de Régiorail" speaks for Régiorail; a bare
        "le ministère" takes its complement from the article ("ministère de la Santé", or
        "la ministre de la Santé" for the ministry she heads).
        """
        text = _strip_leading(core, self.lex)
        entry = self.registry.lookup(text, fuzzy=False)
        if entry is not None:
            entity = self._entity_for_entry(entry)
            if entity.type == "organisation" and entity.gender is None:
                entity.gender = gender
            return Resolution(entity, "name", 0.9)
        if self.lex.organisation_head(words):
            head, _, rest = text.partition(" ")
            head_key = normalise_name(head)
            rest_words = normalise_name(rest).split()
            proper = _first_capitalised(rest, within=2)
            if head_key in self.lex.type_heads and head[:1].islower() and proper is not None:
                # "le syndicat CGT", "le groupe portugais AeroLusa", "l'association des Amis
                # du musée": the name is the body; the noun only says what kind it is.
                found = self.resolve_organisation(
                    proper, normalise_name(proper).split(), gender, None, start
                )
                if found is not None:
                    return found
                return Resolution(self.organisation_for(proper, [], gender), "name", 0.8)
            if head_key in self.lex.proxy_heads:
                if rest_words[:1] and rest_words[0] in {"de", "du", "des", "d'"}:
                    inner = _strip_leading(rest, self.lex)
                    inner_words, inner_gender = self.lex.strip_determiners(
                        normalise_name(inner).split()
                    )
                    found = self.resolve_organisation(inner, inner_words, inner_gender, None, start)
                    if found is not None:
                        return Resolution(found.entity, found.method, found.confidence * 0.9)
                    return Resolution(self.organisation_for(inner, [], inner_gender), "name", 0.6)
                if not rest_words:
                    body = self._main_organisation(start)
                    if body is not None:
                        return Resolution(self.organisation_for(body, [], None), "description", 0.5)
                    return None
            if len(words) == 1:
                expanded = self._expand_organisation(head_key, start)
                if expanded is not None:
                    entity = self.organisation_for(expanded, [], gender)
                    return Resolution(entity, "description", 0.7)
                placed = self._place_body(head, head_key)
                if placed is not None:
                    entity = self.organisation_for(placed, [], gender)
                    return Resolution(entity, "description", 0.6)
            return Resolution(self.organisation_for(text, words, gender), "name", 0.75)
        if span is not None:
            labels = {t.ent_type_ for t in span if t.ent_type_}
            tokens = [t for t in span if not t.is_punct]
            if labels & {"ORG", "LOC", "GPE"} and not self._person_noun(words, tokens):
                return Resolution(self.organisation_for(text, words, gender), "name", 0.7)
        return None

    def _main_organisation(self, start: int) -> str | None:
        """The body an article is about: its most often tagged organisation (for "la
        direction" with no company named in the mention)."""
        counts: Counter[str] = Counter()
        first: dict[str, str] = {}
        for ent in self.ents:
            if ent.label_ != "ORG":
                continue
            key = normalise_name(_strip_leading(ent.text, self.lex))
            if not key or self.registry.lookup(ent.text, fuzzy=False) is not None:
                continue
            counts[key] += 1
            first.setdefault(key, _strip_leading(ent.text, self.lex))
        if not counts:
            return None
        (top, n), *rest = counts.most_common(2)
        if rest and rest[0][1] == n:
            return None
        return first[top]

    def _complement_after(self, tok: Token) -> Span | None:
        """ "de la Santé" after "ministre", "nationale de rugby" after "Ligue", "Centre-Val de
        Loire" after "région": the words that say which body a head noun means."""
        doc = self.doc
        j = tok.i + 1
        if j >= len(doc):
            return None
        first = doc[j]
        opens = normalise_name(first.text) in {"de", "du", "des", "d'"} or (
            first.pos_ == "ADJ" and not first.text[:1].isupper()
        )
        if not opens and not (first.text[:1].isupper() and first.pos_ in {"PROPN", "NOUN", "X"}):
            return None
        end = j
        while end < len(doc) and end - j < 8:
            t = doc[end]
            low = normalise_name(t.text)
            if low in {"de", "du", "des", "d'"} or t.pos_ in {"DET", "NOUN", "PROPN", "ADJ", "NUM"}:
                end += 1
                continue
            if t.text in {"-", "'"}:
                end += 1
                continue
            break
        while end > j and (doc[end - 1].pos_ in {"DET", "ADP"} or doc[end - 1].text in {"-", "'"}):
            end -= 1
        if end <= j or (end == j + 1 and normalise_name(first.text) in {"de", "du", "des", "d'"}):
            return None
        complement = doc[j:end]
        for drop in self.lex.complement_drop:
            text = normalise_name(complement.text)
            if text.startswith(drop + " "):
                cut = len(drop.split())
                complement = doc[j + cut : end] if j + cut < end else complement
        return complement

    def _expand_organisation(self, head: str, start: int) -> str | None:
        """The fuller name the article gives a bare organisation noun, nearest before first.

        The noun itself with a complement ("la mairie de Lyon"), another name of the same kind
        of body ("le centre hospitalier de Valbrune" for "l'hôpital"), or the title of who
        heads it ("le maire de Lyon"). After a type noun the proper name alone is the body
        ("le collectif Eau commune 32" -> "Eau commune 32").
        """
        display = self.lex.organisation_display.get(head, head)
        related = self.lex.organisation_people.get(head, frozenset())
        found: list[tuple[int, str]] = []
        for phrase in ((head,), *self.lex.organisation_synonyms.get(head, ())):
            for i, j in self._phrase_spans(phrase):
                complement = self._complement_after(self.doc[j - 1])
                if complement is None:
                    continue
                first = self.doc[j]
                if (
                    phrase[0] in self.lex.type_heads
                    and first.text[:1].isupper()
                    and complement.start == j
                ):
                    name = complement.text
                elif complement.start == j:
                    name = self.text[self.doc[i].idx : complement.end_char]
                else:
                    name = f"{display} {complement.text}"
                found.append((self.doc[i].idx, name[:1].upper() + name[1:]))
        for title in related:
            for i in self._word_positions(title):
                if normalise_name(self.doc[i].text) != title:
                    continue
                complement = self._complement_after(self.doc[i])
                if complement is not None:
                    name = f"{display} {complement.text}"
                    found.append((self.doc[i].idx, name[:1].upper() + name[1:]))
        if not found:
            return None
        found.sort()
        before = [f for f in found if f[0] < start]
        return (before[-1] if before else found[0])[1]

    def _compatible(self, entity: Entity, gender: str | None, number: str) -> bool:
        if number == "plur" and entity.type == "organisation":
            # "Ils" for a union or a collective: bodies are grammatically singular but
            # speak as a group.
            return True
        if entity.number != number:
            return False
        if gender is None:
            return True
        known = entity.known_gender
        if entity.type != "person":
            return known == gender
        return known in (None, gender)

    def _sure(self, entity: Entity, gender: str | None) -> bool:
        return gender is None or entity.known_gender == gender

    def resolve_pronoun(
        self,
        st: Statement,
        start: int,
        gender: str | None,
        number: str,
        previous: Statement | None,
    ) -> Resolution:
        """The most salient agreeing entity: the previous speaker, unless a subject took over."""
        sent = self.sent_of(start)
        own = st.content_span

        def usable(ref: Ref) -> bool:
            return (
                ref.start < start
                and not (own[0] <= ref.start < own[1])
                and not ref.quoted
                and self._compatible(self.entities[ref.entity], gender, number)
            )

        prev_entity = None
        if previous is not None and previous.speaker is not None:
            candidate = self.entities.get(previous.speaker.id)
            near = (
                self.para_of(start) - self.para_of(_anchor(previous)) <= _PRONOUN_PARAGRAPH_WINDOW
            )
            if candidate is not None and near and self._compatible(candidate, gender, number):
                prev_entity = candidate
        if prev_entity is not None:
            prev_sent = self.sent_of(_anchor(previous)) if previous else -1
            lo = self._sent_starts[prev_sent] if prev_sent >= 0 else 0
            later_subjects = [
                r
                for r in self._refs_between(lo, start)
                if usable(r)
                and r.main
                and prev_sent < r.sent < sent
                and not self._inside(r.start, self._contents)
                and r.entity != prev_entity.id
            ]
            if later_subjects:
                taken = self.entities[later_subjects[-1].entity]
                return Resolution(taken, "pronoun", 0.7 if self._sure(taken, gender) else 0.55)
            sure = self._sure(prev_entity, gender)
            return Resolution(prev_entity, "pronoun", 0.85 if sure else 0.7)
        in_last: list[Ref] = []
        for r in reversed(self._refs_between(0, self._sent_starts[sent])):
            if in_last and r.sent != in_last[0].sent:
                break
            if usable(r) and r.sent < sent:
                in_last.insert(0, r)
        if not in_last:
            return _UNRESOLVED
        subjects = [r for r in in_last if r.subject]
        chosen = self.entities[(subjects or in_last)[-1 if not subjects else 0].entity]
        return Resolution(chosen, "pronoun", 0.6 if self._sure(chosen, gender) else 0.45)

    def resolve_last_mentioned(
        self, start: int, gender: str | None, number: str, st: Statement
    ) -> Resolution:
        """ "ce dernier": the last entity named before it, not the subject of its own clause."""
        sent = self.sent_of(start)
        own = st.content_span
        for ref in reversed(self.refs):
            if ref.start >= start or (own[0] <= ref.start < own[1]):
                continue
            if ref.sent == sent and ref.subject:
                continue
            entity = self.entities[ref.entity]
            if self._compatible(entity, gender, number):
                return Resolution(entity, "description", 0.7)
        return _UNRESOLVED

    def resolve_description(
        self,
        words: list[str],
        start: int,
        gender: str | None,
        previous: Statement | None,
        definite: bool = True,
        st: Statement | None = None,
    ) -> Resolution:
        """A description: an apposition of this article, the office it names, the registry's
        holder on the day, and last, for a definite description ("le magistrat"), the most
        salient person of the article that agrees with it."""
        if words[0] in self.lex.counterpart_heads:
            return self.resolve_counterpart(words, start, previous)
        exact = [b for b in self.bindings if _same_words(words, b.words)]
        chosen = _latest_before(exact, start)
        if chosen is not None:
            return Resolution(self.entities[chosen.entity], "description", 0.85)
        found = self.registry.offices_for(" ".join(words))
        offices = {o.id for o in found}
        if offices:
            labels = [
                tuple(normalise_name(label).split())
                for office in found
                for label in office.all_labels(self.lang)
            ]
            for binding in sorted(self.bindings, key=lambda b: (b.start > start, -b.start)):
                bound = {o.id for o in self.registry.offices_for(" ".join(binding.words))}
                # "le Premier ministre, X," is the article's holder of "Premier ministre
                # français" (the nationality goes without saying): the article wins over the
                # registry's holder on the day.
                if bound & offices or any(_label_prefix(binding.words, lw) for lw in labels):
                    return Resolution(self.entities[binding.entity], "description", 0.8)
        entry = self.registry.role_holder(" ".join(words), self.day, self.lang)
        if entry is not None:
            return Resolution(self._entity_for_entry(entry), "role", 0.75)
        headline = st is not None and self._in_title(st, start)
        loose = [
            b
            for b in self.bindings
            if (b.start <= start or headline)
            and _contains_words(b.words, words)
            and self._compatible(self.entities[b.entity], gender, "sing")
        ]
        candidates = {b.entity for b in loose}
        if len(candidates) == 1:
            return Resolution(self.entities[loose[0].entity], "description", 0.65)
        if not definite or st is None:
            return _UNRESOLVED
        introduced = self._introduced_subject(start, gender, st)
        if introduced is not None and (not candidates or introduced.id in candidates):
            return Resolution(introduced, "description", 0.5)
        return self._salient_person(start, gender, previous, st, candidates)

    def _introduced_subject(self, start: int, gender: str | None, st: Statement) -> Entity | None:
        """ "Son capitaine, Yanis Ferhat, s'est montré plus sévère. « … », a lâché le milieu
        de terrain": a definite description takes up the person the same paragraph has just
        made the subject of a main clause (outside quotes and reported content), rather than
        the article's most salient person."""
        if self._in_title(st, start):
            return None
        para = self._para_starts[self.para_of(start)]
        sent = self.sent_of(start)
        own = st.content_span
        for ref in reversed(self._refs_between(para, start)):
            if ref.sent >= sent or ref.quoted or own[0] <= ref.start < own[1]:
                continue
            if not ref.main or self._inside(ref.start, self._contents):
                continue
            entity = self.entities[ref.entity]
            if entity.type == "person" and self._compatible(entity, gender, "sing"):
                return entity
            return None
        return None

    def _in_title(self, st: Statement, start: int) -> bool:
        """Whether a mention sits in the headline, which names people introduced below it."""
        if st.method == "headline-subject":
            return True
        return len(self._para_starts) > 1 and self.para_of(start) == 0

    def _salient_person(
        self,
        start: int,
        gender: str | None,
        previous: Statement | None,
        st: Statement,
        among: set[str],
    ) -> Resolution:
        """The person a definite description most likely takes up: the agreeing person the
        article has made most salient so far (mentions, twice for a subject, once more for
        the previous speaker). Descriptions name the story's main actors, who are not always
        the last speaker ("la joueuse" after her opponent's reply)."""
        own = st.content_span
        counts: Counter[str] = Counter()
        last: dict[str, int] = {}
        # A headline names people the article introduces below it: all of it is context.
        horizon = len(self.text) if self._in_title(st, start) else start
        for ref in self.refs:
            if ref.start >= horizon or own[0] <= ref.start < own[1] or ref.quoted:
                continue
            entity = self.entities[ref.entity]
            if entity.type != "person" or (among and entity.id not in among):
                continue
            if self._compatible(entity, gender, "sing"):
                counts[entity.id] += 2 if ref.subject else 1
                last[entity.id] = ref.start
        if previous is not None and previous.speaker is not None:
            near = (
                self.para_of(start) - self.para_of(_anchor(previous)) <= _PRONOUN_PARAGRAPH_WINDOW
            )
            if near and previous.speaker.id in counts:
                counts[previous.speaker.id] += 1
        if not counts:
            return _UNRESOLVED
        best = max(counts, key=lambda e: (counts[e], last[e]))
        sure = len(counts) == 1 or sorted(counts.values())[-2] < counts[best]
        return Resolution(self.entities[best], "description", 0.45 if sure else 0.35)

    def resolve_counterpart(
        self, words: list[str], start: int, previous: Statement | None
    ) -> Resolution:
        """ "son homologue ukrainien": the same office as the possessor's, in the other country.

        The possessor is the previous statement's speaker, else the last subject before; its
        office (from this article's appositions or the registry) gives the head ("président"),
        the mention gives the country ("ukrainien").
        """
        qualifiers = words[1:]
        if not qualifiers:
            return _UNRESOLVED
        possessor = None
        if previous is not None and previous.speaker is not None:
            possessor = previous.speaker.id
        else:
            subjects = [r for r in self.refs if r.start < start and r.subject]
            possessor = subjects[-1].entity if subjects else None
        if possessor is None:
            return _UNRESOLVED
        heads: list[tuple[str, ...]] = [
            b.words[:1] for b in self.bindings if b.entity == possessor and b.words
        ]
        for office in self.registry.roles_of(possessor, self.day):
            for label in office.all_labels(self.lang):
                label_words = tuple(normalise_name(label).split())
                if label_words:
                    heads.append(label_words[:1])
        for head in dict.fromkeys(heads):
            wanted = [*head, *qualifiers]
            exact = [b for b in self.bindings if _same_words(wanted, b.words)]
            chosen = _latest_before(exact, start) or (exact[0] if exact else None)
            if chosen is not None and chosen.entity != possessor:
                return Resolution(self.entities[chosen.entity], "description", 0.7)
            entry = self.registry.role_holder(" ".join(wanted), self.day, self.lang)
            if entry is not None and entry.id != possessor:
                return Resolution(self._entity_for_entry(entry), "role", 0.65)
        return _UNRESOLVED


def _breaks_phrase(tok: Token) -> bool:
    """Whether a token ends a noun phrase: punctuation (not hyphens), verbs, clause words."""
    if tok.is_punct and tok.text not in {"-", "'"}:
        return True
    return tok.pos_ in {"VERB", "AUX", "PRON", "SCONJ", "CCONJ"}


def _same_words(a: Iterable[str], b: Iterable[str]) -> bool:
    a, b = list(a), list(b)
    return len(a) == len(b) and all(
        x in inflections(y) or y in inflections(x) for x, y in zip(a, b, strict=True)
    )


def _contains_words(bigger: Iterable[str], smaller: Iterable[str]) -> bool:
    """Whether every word of ``smaller`` is in ``bigger`` and both share the same head."""
    bigger, smaller = list(bigger), list(smaller)
    if not smaller or not _same_words(bigger[:1], smaller[:1]):
        return False
    return all(any(_same_words([w], [b]) for b in bigger) for w in smaller)


def _label_prefix(words: tuple[str, ...], label: tuple[str, ...]) -> bool:
    """Whether a description of two words or more opens an office label ("premier ministre"
    of "premier ministre francais"); one word ("président") names too many offices."""
    return 2 <= len(words) < len(label) and _same_words(words, label[: len(words)])


def _latest_before(bindings: list[Binding], start: int) -> Binding | None:
    before = [b for b in bindings if b.start <= start]
    if before:
        return max(before, key=lambda b: b.start)
    after = [b for b in bindings if b.start > start]
    return min(after, key=lambda b: b.start) if after else None


def _strip_leading(mention: str, lex: SpeakerLexicon) -> str:
    """The mention without its leading article or preposition, as written ("Kremlin")."""
    text = mention.strip()
    while True:
        head, sep, rest = text.partition(" ")
        low = normalise_name(head)
        for det in ("l'", "d'"):
            if low.startswith(det) and len(low) > len(det):
                text = text[len(det) :].lstrip()
                break
        else:
            if sep and (low in lex.determiners or low in _LEADING_PREPOSITIONS):
                text = rest.lstrip()
                continue
            return text


def _first_capitalised(text: str, within: int = 99) -> str | None:
    """From the first capitalised word on ("portugais AeroLusa" -> "AeroLusa"), if it is
    among the first ``within`` words."""
    words = text.split()
    for i, word in enumerate(words[:within]):
        if word[:1].isupper() or word[:1].isdigit():
            return " ".join(words[i:])
    return None


def _core_phrase(mention: str, lex: SpeakerLexicon) -> str:
    """The mention without its leading preposition, bracketed acronyms or what follows a comma.

    "L'agence régionale de santé (ARS) d'Occitanie" -> "L'agence régionale de santé
    d'Occitanie"; "La direction, de son côté" -> "La direction".
    """
    words = mention.strip().split(" ")
    while len(words) > 1 and normalise_name(words[0]) in _LEADING_PREPOSITIONS:
        words = words[1:]
    text = re.sub(r"\s*\([^)]*\)", "", " ".join(words))
    for stop in (",", "(", ";"):
        text = text.split(stop, 1)[0]
    return " ".join(text.split()) or mention.strip()


def _unique_top(counts: Counter[str], least: int) -> str | None:
    """The most frequent key if it occurs at least ``least`` times and nothing ties with it."""
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2)
    if n < least or (rest and rest[0][1] == n):
        return None
    return top


def _de(place: str) -> str:
    """A place name after "de": "de Sabres", "d'Uzès", "du Havre", "des Mureaux"."""
    first, _, rest = place.partition(" ")
    if first == "Le" and rest:
        return f"du {rest}"
    if first == "Les" and rest:
        return f"des {rest}"
    if strip_accents(place[:1]).lower() in set("aeiouy"):
        return f"d'{place}"
    return f"de {place}"


def _anchor(st: Statement) -> int:
    """Where a statement starts in reading order: its speaker, cue or content, whichever first."""
    points = [st.content_span[0]]
    if st.speaker_mention_span:
        points.append(st.speaker_mention_span[0])
    if st.cue_span:
        points.append(st.cue_span[0])
    return min(points)


# -- public entry points ----------------------------------------------------------------------


def resolve_speakers(
    doc: Doc,
    article: Article,
    statements: list[Statement],
    registry: Registry | None = None,
) -> None:
    """Fill ``speaker``, ``speaker_method`` and ``confidence`` of each statement, in place.

    ``doc`` is the processed text of ``article``; ``registry`` defaults to the shipped one
    plus the user's (``DIXIT_REGISTRY``).
    """
    if not statements:
        return
    registry = registry if registry is not None else Registry.default()
    lexicon = load_lexicon(article.language or doc.lang_)
    ArticleResolver(doc, article, registry, lexicon).resolve(statements)


def unify_speakers(statement_lists: Iterable[list[Statement]]) -> None:
    """Cross-article pass: a surname-only speaker joins the one full name the corpus knows.

    Within an article "Leavitt" already joins "Karoline Leavitt"; across articles an article
    that only says "Leavitt" is joined too, but only when exactly one full-name speaker of the
    corpus ends with that surname. Registry ids are already shared and are left alone.
    """
    lists = [list(s) for s in statement_lists]
    full: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for statements in lists:
        for st in statements:
            sp = st.speaker
            if sp and sp.type == "person":
                words = normalise_name(sp.name).split()
                for n in range(1, len(words)):
                    full[" ".join(words[n:])].add((sp.id, sp.name, sp.type))
    for statements in lists:
        for st in statements:
            sp = st.speaker
            if not sp or sp.type != "person" or sp.id != slugify(sp.name):
                continue
            candidates = full.get(normalise_name(sp.name), set())
            if len(candidates) == 1:
                sid, name, type_ = next(iter(candidates))
                if sid != sp.id:
                    st.speaker = Speaker(id=sid, name=name, type=type_)  # type: ignore[arg-type]
                    st.speaker_method = "alias"
                    st.confidence = round(min(st.confidence, 0.75), 3)


@dataclass
class SpeakerSummary:
    """One canonical speaker across a set of articles: for ``dixit speakers``."""

    id: str
    name: str
    type: str
    statements: int = 0
    articles: set[str] = field(default_factory=set)
    mentions: Counter[str] = field(default_factory=Counter)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "statements": self.statements,
            "articles": len(self.articles),
            "mentions": dict(self.mentions.most_common()),
        }


def summarise_speakers(statements: Iterable[Statement]) -> list[SpeakerSummary]:
    """Canonical speakers with their statement counts and the mentions that named them."""
    table: dict[str, SpeakerSummary] = {}
    unresolved = SpeakerSummary(id="", name="(unresolved)", type="unknown")
    for st in statements:
        if st.speaker is None:
            row = unresolved
        else:
            row = table.setdefault(
                st.speaker.id, SpeakerSummary(st.speaker.id, st.speaker.name, st.speaker.type)
            )
        row.statements += 1
        row.articles.add(st.article)
        if st.speaker_mention:
            row.mentions[" ".join(st.speaker_mention.split())] += 1
    rows = sorted(table.values(), key=lambda r: (-r.statements, r.name.lower()))
    if unresolved.statements:
        rows.append(unresolved)
    return rows
