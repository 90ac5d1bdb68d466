"""Positions over the store: a speaker's timeline, reversals ("flips"), contradictions.

Plain functions of a SQLAlchemy ``Session`` (``dixit timeline``, ``dixit flips``,
``dixit contradictions`` and the web API call the same ones). They read stored statements
only; the reading itself is ``dixit.analyse``'s (pure functions).

Speakers are taken through the registry as it is *now*: a speaker stored under an id the
registry has since merged into another entry (a new alias, a Wikidata import) is that
entry's, so one person's statements meet in one timeline whatever id they were stored
under.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from dixit.analyse import Issue, Reversal, computed_reversals
from dixit.analyse.reported import reported_reversals, reversal_cues
from dixit.analyse.reversals import ArticleSource, Position, duplicate_key, unique_statements
from dixit.analyse.verification import read_article
from dixit.errors import DixitError
from dixit.lang import UnknownLanguage
from dixit.model import Speaker, Statement
from dixit.registry import Registry, default_registry, normalise_name
from dixit.service.catalogues import language_of
from dixit.store import issues as stored
from dixit.store import repository
from dixit.store.models import ArticleRow

#: Least :func:`name_score` for a typed name to pick a stored speaker ("Leavit" finds
#: "Karoline Leavitt", "bolore" finds "Yannick Bolloré"); below it, or when two speakers
#: score alike ("Trump" for two Trumps), the user is told which names come closest.
SPEAKER_MATCH_THRESHOLD = 85.0


class UnknownSpeaker(DixitError):
    """No stored speaker answers to the name or id the user gave."""

    def __init__(self, query: str, suggestions: Sequence[str] = ()) -> None:
        hint = f" (closest: {', '.join(suggestions)})" if suggestions else ""
        super().__init__(f"no stored speaker matches {query!r}{hint}")


@dataclass(frozen=True)
class SpeakerIndex:
    """Stored speaker ids mapped to the canonical speaker the registry says they are."""

    canonical: dict[str, Speaker]

    def speaker(self, statement: Statement) -> Statement:
        """``statement`` with its canonical speaker."""
        if statement.speaker is None or statement.speaker.id not in self.canonical:
            return statement
        return replace(statement, speaker=self.canonical[statement.speaker.id])

    def stored_ids(self, canonical_id: str) -> list[str]:
        """Every stored id of one canonical speaker."""
        return sorted(i for i, s in self.canonical.items() if s.id == canonical_id)

    def find(self, query: str) -> Speaker:
        """The canonical speaker ``query`` names: an id, a name, or a close spelling."""
        speakers = {s.id: s for s in self.canonical.values()}
        if query in speakers:
            return speakers[query]
        if query in self.canonical:
            return self.canonical[query]
        by_name = {s.name: s for s in speakers.values()}
        lowered = {name.lower(): s for name, s in by_name.items()}
        if query.lower() in lowered:
            return lowered[query.lower()]
        scored = sorted(((name_score(query, name), name) for name in by_name), key=lambda x: -x[0])[
            :3
        ]
        clear = len(scored) == 1 or (len(scored) > 1 and scored[1][0] < scored[0][0])
        if scored and scored[0][0] >= SPEAKER_MATCH_THRESHOLD and clear:
            return by_name[scored[0][1]]
        raise UnknownSpeaker(query, [name for score, name in scored if score >= 60])


def name_score(query: str, name: str) -> float:
    """How well a typed name fits a speaker's name, accents and case aside: the whole name
    ("Donald Trmp"), or one of its words for a one-word query ("bolore", "Leavit")."""
    typed, full = normalise_name(query), normalise_name(name)
    score = fuzz.WRatio(typed, full)
    if typed and " " not in typed:
        score = max([score, *(fuzz.ratio(typed, word) for word in full.split())])
    return score


def speaker_index(session: Session, registry: Registry | None = None) -> SpeakerIndex:
    """Canonical speakers of the store: a stored id the registry knows, or whose name it
    knows, is the registry entry's; any other stays as stored."""
    registry = registry if registry is not None else default_registry()
    canonical: dict[str, Speaker] = {}
    for speaker_id, name, kind in stored.stored_speakers(session):
        entry = registry.get(speaker_id) or registry.lookup(name)
        if entry is None:
            canonical[speaker_id] = Speaker(speaker_id, name, kind)
        else:
            canonical[speaker_id] = Speaker(entry.id, entry.name, entry.type or kind)
    return SpeakerIndex(canonical)


# --- timeline ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    """One statement of a speaker's timeline, with its issues and stances."""

    statement: Statement
    published: date | None
    issue_id: str | None = None

    @property
    def when(self) -> date | None:
        return self.statement.statement_date

    def to_dict(self) -> dict[str, Any]:
        s = self.statement
        stance = next((i.stance for i in s.issues if i.id == self.issue_id), None)
        return {
            "statement": s.id,
            "article": s.article,
            "speaker": {"id": s.speaker.id, "name": s.speaker.name} if s.speaker else None,
            "statement_date": s.statement_date.isoformat() if s.statement_date else None,
            "article_published": self.published.isoformat() if self.published else None,
            "cue": s.cue,
            "content": s.content,
            "content_span": list(s.content_span),
            "issues": [{"id": i.id, "label": i.label, "stance": i.stance} for i in s.issues],
            "stance": stance,
            "verified": s.verified,
        }


def timeline(
    session: Session,
    speaker: str,
    issue: str | None = None,
    *,
    registry: Registry | None = None,
) -> tuple[Speaker, list[TimelineEntry]]:
    """The stored statements of one canonical speaker (an id, a name, a close spelling),
    about ``issue`` if given, once each, dated ones in date order then undated ones by
    their article's publication. Raises :class:`UnknownSpeaker`."""
    index = speaker_index(session, registry)
    found = index.find(speaker)
    rows = stored.stored_statements(session, speaker_ids=index.stored_ids(found.id), issue_id=issue)
    published: dict[str, date | None] = {}
    statements = []
    for row in rows:
        statement = index.speaker(row.statement)
        published[statement.id] = row.published
        statements.append(statement)
    entries = [TimelineEntry(s, published[s.id], issue) for s in unique_statements(statements)]
    return found, sorted(entries, key=_timeline_order)


def _timeline_order(entry: TimelineEntry) -> tuple[bool, date, date, str, int]:
    when = entry.when
    return (
        when is None,
        when or date.min,
        entry.published or date.max,
        entry.statement.article,
        entry.statement.content_span[0],
    )


# --- reversals -----------------------------------------------------------------------------


def flips(
    session: Session,
    speaker: str | None = None,
    issue: str | None = None,
    since: date | None = None,
    *,
    catalogue: Sequence[Issue] = (),
    registry: Registry | None = None,
) -> list[Reversal]:
    """Reversals across every stored article: computed (a change of stance between two
    dated days) and reported (the text says "volte-face"), narrowed to a speaker (id, name
    or close spelling), an issue and a first day. Raises :class:`UnknownSpeaker`.

    Each statement counts once (a reprinted dispatch or a re-ingested article adds
    nothing); undated statements never anchor a computed reversal. A reported reversal
    whose two sides another reversal already shows is left out.
    """
    index = speaker_index(session, registry)
    wanted = index.find(speaker).id if speaker else None
    kept = [
        r
        for r in stored_reversals(session, catalogue, index=index)
        if (wanted is None or r.speaker.id == wanted)
        and (issue is None or (r.issue is not None and r.issue.id == issue))
        and (since is None or (_after_day(r) or date.min) >= since)
    ]
    return sorted(kept, key=lambda r: (_after_day(r) or date.max, r.speaker.id))


def stored_reversals(
    session: Session,
    catalogue: Sequence[Issue] = (),
    *,
    index: SpeakerIndex | None = None,
    default_language: str | None = None,
) -> list[Reversal]:
    """Every reversal over the store, each change once: computed across the dated
    statements of each language, and reported in the articles whose text has a reversal
    cue (the others cannot report one, and are not read again). What ``flips`` narrows and
    the web API lists; ``default_language`` stands for an article stored without one (else
    the configured language)."""
    index = index or speaker_index(session)
    by_article, languages = statements_by_article(session, index, default_language)
    found = computed_by_language(by_article, languages, catalogue)
    for article_id in articles_with_cues(session, languages):
        article = repository.get_article(session, article_id)
        if article is not None:
            language = languages[article_id]
            found += reported_reversals(article, by_article[article_id], catalogue, language)
    return with_sources(session, distinct_reversals(found))


#: Articles whose source is read in one query (bound parameters stay few).
SOURCE_BATCH = 500


def with_sources(session: Session, reversals: list[Reversal]) -> list[Reversal]:
    """The reversals with each side's article title, outlet, url and publication day, as
    the store knows them (a computed reversal's sides come from statements only), read in
    query per ``SOURCE_BATCH`` articles."""
    ids = sorted({p.article for r in reversals for p in (r.before, r.after)})
    columns = (ArticleRow.title, ArticleRow.outlet, ArticleRow.url, ArticleRow.published)
    sources: dict[str, ArticleSource] = {}
    for begin in range(0, len(ids), SOURCE_BATCH):
        batch = ids[begin : begin + SOURCE_BATCH]
        query = select(ArticleRow.id, *columns).where(ArticleRow.id.in_(batch))
        sources |= {row[0]: ArticleSource(*row[1:]) for row in session.execute(query)}

    def sourced(side: Position) -> Position:
        return replace(side, source=sources.get(side.article, side.source))

    return [replace(r, before=sourced(r.before), after=sourced(r.after)) for r in reversals]


def articles_with_cues(session: Session, languages: dict[str, str]) -> list[str]:
    """The articles among ``languages`` (article id -> language) whose text has a reversal
    cue ("volte-face"), read in one pass over the texts rather than one query per article;
    an article stored in a language dixit has no lexicon for is passed over."""
    query = select(ArticleRow.id, ArticleRow.text).execution_options(yield_per=500)
    found = []
    for article_id, text in session.execute(query):
        language = languages.get(article_id)
        if language is None:
            continue
        try:
            if reversal_cues(text, language):
                found.append(article_id)
        except UnknownLanguage:  # stored by an older dixit, or by hand
            continue
    return found


def computed_by_language(
    by_article: dict[str, list[Statement]], languages: dict[str, str], catalogue: Sequence[Issue]
) -> list[Reversal]:
    """Computed reversals of the statements of each language, read in that language."""
    groups: dict[str, list[Statement]] = defaultdict(list)
    for article_id, statements in by_article.items():
        groups[languages[article_id]] += statements
    found: list[Reversal] = []
    for language, statements in sorted(groups.items()):
        found += computed_reversals(statements, catalogue, language)
    return found


def distinct_reversals(reversals: Iterable[Reversal]) -> list[Reversal]:
    """One reversal per speaker and pair of sides (same speaker, same words said)."""
    kept: dict[tuple, Reversal] = {}
    for reversal in reversals:
        sides = tuple(
            duplicate_key(p.statement) if p.statement else (p.article, p.content)
            for p in (reversal.before, reversal.after)
        )
        key = (reversal.speaker.id, *sides)
        if key not in kept or reversal.strength > kept[key].strength:
            kept[key] = reversal
    return list(kept.values())


def _after_day(reversal: Reversal) -> date | None:
    return reversal.after.statement_date or reversal.before.statement_date


# --- contradictions ------------------------------------------------------------------------


@dataclass(frozen=True)
class Contradiction:
    """A claim of one speaker that another, named in the text, denies."""

    claim: Statement
    denial: Statement
    words: str
    words_span: tuple[int, int]
    #: The claim's day, or its article's publication when it has none.
    when: date | None = None

    def to_dict(self) -> dict[str, Any]:
        def side(s: Statement) -> dict[str, Any]:
            return {
                "statement": s.id,
                "speaker": {"id": s.speaker.id, "name": s.speaker.name} if s.speaker else None,
                "content": s.content,
                "content_span": list(s.content_span),
                "statement_date": s.statement_date.isoformat() if s.statement_date else None,
            }

        return {
            "article": self.claim.article,
            "claim": side(self.claim),
            "denial": side(self.denial) | {"cue": self.words, "cue_span": list(self.words_span)},
        }


def contradictions(
    session: Session,
    speaker: str | None = None,
    since: date | None = None,
    *,
    registry: Registry | None = None,
) -> list[Contradiction]:
    """Claims that another speaker's statement denies ("Le directeur a démenti avoir …"
    after a claim about him), read in each stored article's text with its statements
    (``analyse.verification.read_article``); ``speaker`` is either side, ``since`` the
    claim's day (its article's publication when undated)."""
    index = speaker_index(session, registry)
    wanted = index.find(speaker).id if speaker else None
    by_article, languages = statements_by_article(session, index)
    found = []
    for article_id, statements in by_article.items():
        article = repository.get_article(session, article_id)
        if article is None:
            continue
        for denial in read_article(article.text, statements, languages[article_id]).denials:
            when = denial.claim.statement_date or article.published
            found.append(
                Contradiction(
                    denial.claim,
                    denial.denial,
                    denial.cue.text,
                    (denial.cue.start, denial.cue.end),
                    when,
                )
            )
    return [
        c
        for c in found
        if (wanted is None or wanted in {c.claim.speaker.id, c.denial.speaker.id})
        and (since is None or (c.when or date.min) >= since)
    ]


def statements_by_article(
    session: Session, index: SpeakerIndex, default_language: str | None = None
) -> tuple[dict[str, list[Statement]], dict[str, str]]:
    """Every stored statement with its speaker as the registry names it now, grouped by
    article, and each article's language (``default_language``, else the configured one,
    for an article stored without)."""
    by_article: dict[str, list[Statement]] = defaultdict(list)
    languages: dict[str, str] = {}
    for row in stored.stored_statements(session):
        statement = index.speaker(row.statement)
        by_article[statement.article].append(statement)
        languages[statement.article] = language_of(row.language or default_language)
    return by_article, languages
