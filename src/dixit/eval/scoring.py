"""The shared scoring rule (``shared/corpus/README.md``), as pure functions.

A predicted statement matches a gold one of the same article when their content
ranges, with surrounding quote marks and spaces trimmed, overlap by at least half of
the gold range. Matching is one-to-one, greedy by overlap.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from dixit.model import Statement

_TRIM = " \t\n\u00a0\u202f«»\"“”„‹›'"
MIN_OVERLAP = 0.5


def normalise_name(name: str | None) -> str:
    """Case, accents, hyphens and extra spaces ignored."""
    if not name:
        return ""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().replace("-", " ").replace("‐", " ").split())


def same_words(got: str | None, expected: str) -> bool:
    """Whether two names of a venue or an addressee agree: the words of one are all words
    of the other ("BFMTV" and "BFMTV et RMC", "conférence de presse" and "conférence de
    presse à Genève"), compared as ``normalise_name`` does."""
    if not got:
        return False
    mine = set(normalise_name(got).replace("'", " ").replace("’", " ").split())
    theirs = set(normalise_name(expected).replace("'", " ").replace("’", " ").split())
    return bool(mine) and bool(theirs) and (mine <= theirs or theirs <= mine)


def trim_range(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def gold_range(text: str, gold: dict[str, Any]) -> tuple[int, int] | None:
    """Where the gold content sits in the text: its span if given, else its first occurrence."""
    span = gold.get("content_span")
    if span:
        return trim_range(text, int(span[0]), int(span[1]))
    content = gold.get("content") or ""
    at = text.find(content)
    if at < 0:
        return None
    return trim_range(text, at, at + len(content))


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(
    text: str, predicted: list[Statement], gold: list[dict[str, Any]]
) -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs, greedy by overlap."""
    pred_ranges = [trim_range(text, *p.content_span) for p in predicted]
    candidates: list[tuple[int, int, int]] = []
    for g, item in enumerate(gold):
        g_range = gold_range(text, item)
        if g_range is None or g_range[1] <= g_range[0]:
            continue
        need = MIN_OVERLAP * (g_range[1] - g_range[0])
        for p, p_range in enumerate(pred_ranges):
            shared = overlap(p_range, g_range)
            if shared > 0 and shared >= need:
                candidates.append((shared, p, g))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, p, g in candidates:
        if p in used_p or g in used_g:
            continue
        used_p.add(p)
        used_g.add(g)
        pairs.append((p, g))
    return sorted(pairs, key=lambda pg: pg[1])


@dataclass
class Ratio:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass
class Counts:
    tp_pred: int = 0  # predicted statements that matched
    tp_gold: int = 0  # gold statements that were matched
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp_pred / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Flag:
    """A yes/no field of the matched pairs (``anonymous``): precision and recall of the
    predicted flag against the gold's."""

    both: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float | None:
        return self.both / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.both / self.gold if self.gold else None

    def add(self, predicted: bool, gold: bool) -> None:
        self.predicted += predicted
        self.gold += gold
        self.both += predicted and gold


@dataclass
class Error:
    kind: str  # "missed", "spurious", "speaker", "date", "over-dated", "anonymous"
    article: str
    content: str
    expected: str | None = None
    got: str | None = None


@dataclass
class Score:
    statements: Counts = field(default_factory=Counts)
    by_kind: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    speaker: Ratio = field(default_factory=Ratio)
    date: Ratio = field(default_factory=Ratio)
    over_dated: int = 0
    #: on pairs whose gold names a venue: the predicted venue agrees (``same_words``)
    venue: Ratio = field(default_factory=Ratio)
    #: pairs given a venue where the gold names none (gold venues are optional: a watch figure)
    venue_extra: int = 0
    #: on pairs whose gold names an addressee: the predicted one agrees
    addressee: Ratio = field(default_factory=Ratio)
    #: on matched pairs: the statement is flagged anonymous (an unnamed source) as in the gold
    anonymous: Flag = field(default_factory=Flag)
    articles: int = 0
    errors: list[Error] = field(default_factory=list)

    def add_article(
        self, text: str, article_id: str, predicted: list[Statement], gold: list[dict[str, Any]]
    ) -> None:
        self.articles += 1
        pairs = match(text, predicted, gold)
        matched_p = {p for p, _ in pairs}
        matched_g = {g for _, g in pairs}
        self.statements.predicted += len(predicted)
        self.statements.gold += len(gold)
        self.statements.tp_pred += len(pairs)
        self.statements.tp_gold += len(pairs)
        for i, p in enumerate(predicted):
            self.by_kind[p.kind].predicted += 1
            if i in matched_p:
                self.by_kind[p.kind].tp_pred += 1
            else:
                self.errors.append(Error("spurious", article_id, p.content, got=p.method))
        for j, g in enumerate(gold):
            kind = g.get("kind") or "unknown"
            self.by_kind[kind].gold += 1
            if j in matched_g:
                self.by_kind[kind].tp_gold += 1
            else:
                self.errors.append(Error("missed", article_id, g.get("content", ""), expected=kind))
        for p_i, g_i in pairs:
            self._score_pair(article_id, predicted[p_i], gold[g_i])

    def _score_pair(self, article_id: str, pred: Statement, gold: dict[str, Any]) -> None:
        content = gold.get("content", "")
        if gold.get("speaker"):
            got = pred.speaker.name if pred.speaker else None
            right = normalise_name(got) == normalise_name(gold["speaker"])
            shown = got or f"(none; mention {pred.speaker_mention!r})"
            self._tally(
                self.speaker, right, Error("speaker", article_id, content, gold["speaker"], shown)
            )
        got_date = pred.statement_date.isoformat() if pred.statement_date else None
        if gold.get("statement_date"):
            right = got_date == gold["statement_date"]
            wrong = Error("date", article_id, content, gold["statement_date"], got_date)
            self._tally(self.date, right, wrong)
        elif got_date:
            self.over_dated += 1
            self.errors.append(Error("over-dated", article_id, content, None, got_date))
        self._score_venue(article_id, pred, gold)
        self._score_anonymous(article_id, pred, gold)

    def _score_anonymous(self, article_id: str, pred: Statement, gold: dict[str, Any]) -> None:
        """The anonymous flag of a matched pair against the gold's (absent: not anonymous)."""
        expected = bool(gold.get("anonymous"))
        self.anonymous.add(pred.anonymous, expected)
        if pred.anonymous != expected:
            shown = "anonymous" if pred.anonymous else (pred.speaker_mention or None)
            self.errors.append(
                Error(
                    "anonymous",
                    article_id,
                    gold.get("content", ""),
                    "anonymous" if expected else gold.get("speaker"),
                    shown,
                )
            )

    def _score_venue(self, article_id: str, pred: Statement, gold: dict[str, Any]) -> None:
        """Venue and addressee of a matched pair, when the gold gives them."""
        content = gold.get("content", "")
        if gold.get("venue"):
            right = same_words(pred.venue, gold["venue"])
            self._tally(
                self.venue, right, Error("venue", article_id, content, gold["venue"], pred.venue)
            )
        elif pred.venue:
            self.venue_extra += 1
        if gold.get("addressee"):
            got = pred.addressee.name if pred.addressee else pred.addressee_mention
            wrong = Error("addressee", article_id, content, gold["addressee"], got)
            self._tally(self.addressee, same_words(got, gold["addressee"]), wrong)

    def _tally(self, accuracy: Ratio, right: bool, error: Error) -> None:
        """Count one scored pair; keep the error when it is wrong."""
        accuracy.total += 1
        if right:
            accuracy.correct += 1
        else:
            self.errors.append(error)

    def to_dict(self) -> dict[str, Any]:
        def counts(c: Counts) -> dict[str, Any]:
            return {
                "precision": round(c.precision, 4),
                "recall": round(c.recall, 4),
                "f1": round(c.f1, 4),
                "predicted": c.predicted,
                "gold": c.gold,
                "matched": c.tp_gold,
            }

        return {
            "articles": self.articles,
            "statements": counts(self.statements),
            "by_kind": {k: counts(v) for k, v in sorted(self.by_kind.items())},
            "speaker_accuracy": _round(self.speaker.value),
            "speaker_pairs": self.speaker.total,
            "date_accuracy": _round(self.date.value),
            "date_pairs": self.date.total,
            "over_dated": self.over_dated,
            "venue_accuracy": _round(self.venue.value),
            "venue_pairs": self.venue.total,
            "venue_extra": self.venue_extra,
            "addressee_accuracy": _round(self.addressee.value),
            "addressee_pairs": self.addressee.total,
            "anonymous_precision": _round(self.anonymous.precision),
            "anonymous_recall": _round(self.anonymous.recall),
            "anonymous_predicted": self.anonymous.predicted,
            "anonymous_gold": self.anonymous.gold,
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
