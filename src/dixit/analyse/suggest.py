"""Suggesting issues: group stored statements by what they are about, and write each group
as a catalogue entry the user can accept (``dixit issues suggest``, then ``issues add``).

Method (chosen for a few thousand statements, with what spaCy already installs):

1. each statement's **key words** are the lemmas of its nouns, proper nouns and adjectives
   (stop words and short words left out), read from the spaCy model's parse;
2. its **vector** is the mean of those words' vectors (the model's static vectors),
   normalised: statements about the same matter point the same way even when their
   wording differs ("l'envoi de soldats" / "des troupes au sol");
3. **agglomerative clustering** (average linkage on cosine distance, SciPy), cut at a
   distance ``threshold``: no number of issues to guess beforehand, and a statement unlike
   any other stays alone rather than being forced into a group;
4. a group of at least ``min_size`` statements becomes an entry: its terms are the words
   most particular to the group (frequent in it, rare elsewhere), written as prefixes
   ("troupe*"), and the phrase groups are chosen among a few shapes (one group; the first
   word(s) and then the others) by how well they find the group's statements again and
   no others (F1 of membership). Its examples are the statements nearest the group's
   centre.

The functions take parsed statements (:class:`Parsed`), so the clustering and the term
choice are tested without a model; ``parse_statements`` does the parsing.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
import yaml

from dixit.analyse.issues import Issue, issue_from_mapping, issues_of
from dixit.lang import get_language
from dixit.model import Statement

#: Parts of speech whose lemmas name what a statement is about.
KEY_POS = frozenset({"NOUN", "PROPN", "ADJ"})
#: Shortest key word kept (letters): shorter ones are mostly abbreviations and noise.
MIN_WORD_LENGTH = 3
#: Most terms an entry proposes, over its phrase groups.
MAX_TERMS = 8
#: Examples printed under each entry.
EXAMPLES = 3


@dataclass(frozen=True)
class Parsed:
    """A statement with its key words (lemma, surface form) and their mean vector."""

    statement: Statement
    words: tuple[tuple[str, str], ...]
    vector: np.ndarray | None


@cache
def calendar_words(language: str) -> frozenset[str]:
    """Weekdays, months and parts of the day (``lang/<code>/time.yaml``): they date a
    statement and say nothing of what it is about ("jeudi", "mars", "soir")."""
    data = get_language(language).lexicon("time")
    found = [*(data.get("weekdays") or {}), *(data.get("months") or {})]
    found += list(data.get("day_parts") or ())
    return frozenset(str(w).lower() for w in found)


def parse_statements(statements: Sequence[Statement], nlp: Any, language: str) -> list[Parsed]:
    """Key words and vectors of ``statements`` from a spaCy pipeline (tagger, lemmatizer,
    static vectors); the parser and entity recogniser are not needed and are not run."""
    wanted = {"tok2vec", "morphologizer", "tagger", "attribute_ruler", "lemmatizer"}
    disabled = [name for name in nlp.pipe_names if name not in wanted]
    calendar = calendar_words(language)
    parsed = []
    with nlp.select_pipes(disable=disabled):
        contents = nlp.pipe(s.content for s in statements)
        for statement, doc in zip(statements, contents, strict=True):
            key = [
                t
                for t in doc
                if t.pos_ in KEY_POS
                and t.is_alpha
                and not t.is_stop
                and len(t.text) >= MIN_WORD_LENGTH
                and t.lemma_.lower() not in calendar
                and t.text.lower() not in calendar
            ]
            words = tuple((t.lemma_.lower(), t.text.lower()) for t in key)
            vectors = [t.vector for t in key if t.has_vector]
            vector = normalised(np.mean(vectors, axis=0)) if vectors else None
            parsed.append(Parsed(statement, words, vector))
    return parsed


def normalised(vector: np.ndarray) -> np.ndarray | None:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 0 else None


def clusters(parsed: Sequence[Parsed], threshold: float) -> list[list[int]]:
    """Groups of indices of ``parsed`` (those with a vector), average linkage on cosine
    distance cut at ``threshold``; largest group first."""
    from scipy.cluster.hierarchy import fcluster, linkage

    indices = [i for i, p in enumerate(parsed) if p.vector is not None]
    if len(indices) < 2:
        return [indices] if indices else []
    matrix = np.stack([parsed[i].vector for i in indices])
    tree = linkage(matrix, method="average", metric="cosine")
    labels = fcluster(tree, t=threshold, criterion="distance")
    groups: dict[int, list[int]] = {}
    for index, label in zip(indices, labels, strict=True):
        groups.setdefault(int(label), []).append(index)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


@dataclass(frozen=True)
class Suggestion:
    """A proposed catalogue entry, with the statements it stands for."""

    id: str
    label: str
    language: str
    groups: tuple[tuple[str, ...], ...]
    members: tuple[Statement, ...]
    examples: tuple[Statement, ...]
    f1: float

    def entry(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "terms": {self.language: [list(g) for g in self.groups]},
        }


def particular_words(
    group: Sequence[Parsed], everyone: Sequence[Parsed], limit: int = MAX_TERMS
) -> list[str]:
    """The words most particular to ``group``: in many of its statements, few others'
    (document frequency in the group times inverse document frequency overall). Each is a
    prefix of its forms ("troupe*") when the lemma begins them all, else its commonest form."""
    total = len(everyone)
    overall = Counter(lemma for p in everyone for lemma in {w[0] for w in p.words})
    inside = Counter(lemma for p in group for lemma in {w[0] for w in p.words})
    forms: dict[str, Counter] = {}
    for p in group:
        for lemma, form in p.words:
            forms.setdefault(lemma, Counter())[form] += 1
    scored = sorted(
        inside,
        key=lambda lemma: (
            -(inside[lemma] / len(group)) * math.log((1 + total) / (1 + overall[lemma])),
            lemma,
        ),
    )
    terms = []
    for lemma in scored[:limit]:
        if inside[lemma] < 2 and len(group) > 2:
            continue
        seen = forms[lemma]
        if all(form.startswith(lemma) for form in seen):
            terms.append(f"{lemma}*")
        else:
            terms.append(seen.most_common(1)[0][0])
    return terms


def shapes(terms: Sequence[str]) -> list[tuple[tuple[str, ...], ...]]:
    """Phrase-group layouts to try: all words as one group, or the first one, two or
    three words as a group that must meet one of the others."""
    candidates: list[tuple[tuple[str, ...], ...]] = [(tuple(terms),)]
    for cut in (1, 2, 3):
        if len(terms) > cut:
            candidates.append((tuple(terms[:cut]), tuple(terms[cut:])))
    return candidates


def membership_f1(
    groups: tuple[tuple[str, ...], ...],
    members: Sequence[Statement],
    others: Sequence[Statement],
    language: str,
) -> float:
    """How well an entry with ``groups`` finds ``members`` and leaves ``others``."""
    issue = issue_from_mapping({"id": "_", "terms": {language: [list(g) for g in groups]}})
    found_in = sum(1 for s in members if issues_of(s, [issue], language))
    found_out = sum(1 for s in others if issues_of(s, [issue], language))
    if not found_in:
        return 0.0
    precision = found_in / (found_in + found_out)
    recall = found_in / len(members)
    return 2 * precision * recall / (precision + recall)


def suggest_issues(
    parsed: Sequence[Parsed],
    language: str,
    *,
    threshold: float = 0.45,
    min_size: int = 3,
    taken: Iterable[str] = (),
) -> list[Suggestion]:
    """Catalogue entries proposed for the statements of ``parsed``, best found first."""
    from dixit.registry import slugify

    used = set(taken)
    everyone = [p.statement for p in parsed]
    suggestions = []
    for group in clusters(parsed, threshold):
        if len(group) < min_size:
            continue
        members = [parsed[i] for i in group]
        terms = particular_words(members, parsed)
        if not terms:
            continue
        inside = {id(p.statement) for p in members}
        others = [s for s in everyone if id(s) not in inside]
        statements = [p.statement for p in members]
        best = max(shapes(terms), key=lambda g: membership_f1(g, statements, others, language))
        score = membership_f1(best, statements, others, language)
        if score == 0.0:
            continue
        words = [t.rstrip("*") for t in terms[:3]]
        issue_id = unique_id(slugify("-".join(words[:2])), used)
        used.add(issue_id)
        suggestions.append(
            Suggestion(
                id=issue_id,
                label=", ".join(words),
                language=language,
                groups=best,
                members=tuple(statements),
                examples=tuple(nearest_centre(members)[:EXAMPLES]),
                f1=round(score, 3),
            )
        )
    return sorted(suggestions, key=lambda s: (-s.f1 * len(s.members), s.id))


def unique_id(base: str, used: set[str]) -> str:
    candidate, n = base or "issue", 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def nearest_centre(members: Sequence[Parsed]) -> list[Statement]:
    """The group's statements, nearest its mean vector first."""
    centre = np.mean([p.vector for p in members], axis=0)
    return [p.statement for p in sorted(members, key=lambda p: -float(np.dot(p.vector, centre)))]


def suggestions_yaml(suggestions: Sequence[Suggestion]) -> str:
    """The proposals as one catalogue file, each entry preceded by its examples."""
    lines = [
        "# Issues suggested by dixit from stored statements. Keep the ones you want, write",
        "# each label as something to do or to hold (stances read against it), then:",
        "#   dixit issues add THIS-FILE",
        "issues:",
    ]
    for suggestion in suggestions:
        lines.append(
            f"  # {len(suggestion.members)} statement(s); terms find them with F1 "
            f"{suggestion.f1}. Examples:"
        )
        for example in suggestion.examples:
            who = example.speaker.name if example.speaker else "?"
            when = example.statement_date.isoformat() if example.statement_date else "undated"
            said = " ".join(example.content.split())
            said = said if len(said) <= 110 else said[:107] + "..."
            lines.append(f"  #   {who} ({when}): {said}")
        entry = yaml.safe_dump([suggestion.entry()], allow_unicode=True, sort_keys=False)
        lines += [f"  {line}" for line in entry.splitlines()]
    if not suggestions:
        lines[-1] = "issues: []"
    return "\n".join(lines) + "\n"


def as_issues(suggestions: Sequence[Suggestion]) -> list[Issue]:
    """The proposals as catalogue issues (what ``issues add`` of the YAML would give)."""
    return [issue_from_mapping(s.entry()) for s in suggestions]
