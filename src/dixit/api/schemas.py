"""The JSON shapes of the REST API, as Pydantic models for validation and the OpenAPI document.

Statements and articles keep the JSON form of ``dixit.model`` (``docs/schema.md``): the
models below name its fields for the documentation and allow extra ones, so a field the
model gains later passes through without an API change.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from dixit.model import Certainty, VenueType

#: Most items one page may hold.
MAX_LIMIT = 100
#: Items per page when the client does not say.
DEFAULT_LIMIT = 20
#: Farthest offset a client may ask for: deeper pages cost the database a long skip;
#: narrow the query (dates, speaker, words) instead.
MAX_OFFSET = 10_000
#: Longest text query, in characters.
MAX_QUERY_CHARS = 200
#: Longest id accepted in a filter or a path (the store's longest id is 300 characters).
MAX_ID_CHARS = 300
#: Longest article text accepted by ``POST /api/articles``, in characters.
MAX_ARTICLE_CHARS = 500_000


class Kind(StrEnum):
    direct = "direct"
    indirect = "indirect"
    mixed = "mixed"


class Stance(StrEnum):
    supports = "supports"
    opposes = "opposes"
    open = "open"
    unclear = "unclear"


class SpeakerRef(BaseModel):
    id: str
    name: str
    type: str | None = None


class IssueStanceOut(BaseModel):
    id: str
    label: str
    stance: str


class StatementOut(BaseModel):
    """A statement as ``dixit analyze`` writes it, with its article's details."""

    model_config = ConfigDict(extra="allow")

    article: str
    id: str
    kind: str
    content: str
    content_span: list[int]
    cue: str | None = None
    cue_span: list[int] | None = None
    cue_lemma: str | None = None
    polarity: str
    speaker_mention: str | None = None
    speaker: SpeakerRef | None = None
    speaker_method: str | None = None
    #: True when the speaker is a source the text leaves unnamed (``speaker`` is then null).
    anonymous: bool = False
    confidence: float
    statement_date: date | None = None
    date_precision: str | None = None
    date_cue: str | None = None
    date_method: str | None = None
    verified: bool | None = None
    via: str | None = None
    issues: list[IssueStanceOut] = []
    method: str = ""
    venue: str | None = None
    venue_type: VenueType | None = None
    addressee: SpeakerRef | None = None
    addressee_mention: str | None = None
    certainty: Certainty | None = None
    article_title: str | None = None
    article_outlet: str | None = None
    article_published: date | None = None
    article_url: str | None = None


class Paged(BaseModel):
    """Where a page sits: the next one's URL, or null on the last page."""

    limit: int
    offset: int
    next: str | None = None


class StatementPage(Paged):
    items: list[StatementOut]


class ArticleSummaryOut(BaseModel):
    id: str
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    language: str | None = None
    source: str | None = None
    status: str
    duplicate_of: str | None = None
    statements: int


class ArticlePage(Paged):
    items: list[ArticleSummaryOut]


class ArticleOut(BaseModel):
    """One stored article with its text and statements (offsets index ``text``)."""

    model_config = ConfigDict(extra="allow")

    id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    language: str | None = None
    text: str
    paragraphs: list[list[int]] = []
    duplicate_of: str | None = None
    meta: dict[str, Any] = {}
    statements: list[StatementOut]


class SpeakerOut(BaseModel):
    id: str
    name: str
    type: str | None = None
    statements: int
    articles: int
    first: date | None = None
    last: date | None = None


class SpeakerPage(Paged):
    items: list[SpeakerOut]


class IssueOut(BaseModel):
    id: str
    label: str
    statements: int
    stances: dict[str, int]


class PositionOut(BaseModel):
    model_config = ConfigDict(extra="allow")

    statement: str | None = None
    article: str
    content: str
    content_span: list[int]
    statement_date: date | None = None
    stance: str
    #: How the stance was read; "inferred: …" when a reported change implies it.
    stance_basis: str | None = None
    #: Who holds it as the text names them, and the words that tell it.
    speaker_mention: str | None = None
    cue: str | None = None
    #: Where it was published, as the stored article knows it.
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None


class ReversalOut(BaseModel):
    """A speaker's change of stance on one issue (``docs/positions.md``)."""

    model_config = ConfigDict(extra="allow")

    id: str
    speaker: dict[str, Any]
    issue: dict[str, Any]
    before: PositionOut
    after: PositionOut
    evidence: dict[str, Any]
    strength: float


class ReversalPage(Paged):
    items: list[ReversalOut]
    #: True while a newer list is computed in the background (large stores): ask again.
    computing: bool = False


class TimelinePointOut(BaseModel):
    issue: IssueStanceOut
    statement: str
    article: str
    content: str
    statement_date: date | None = None


class SpeakerDetailOut(SpeakerOut):
    timeline: list[TimelinePointOut]
    reversals: list[ReversalOut]


class ArticleIn(BaseModel):
    """An article to analyse and store, in the JSON form ``dixit ingest`` reads from JSONL."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_ARTICLE_CHARS)
    id: str | None = Field(None, min_length=1, max_length=200)
    title: str | None = Field(None, max_length=2_000)
    url: str | None = Field(None, max_length=2_000)
    outlet: str | None = Field(None, max_length=300)
    published: date | None = None
    language: str | None = Field(None, min_length=2, max_length=8, pattern=r"^[A-Za-z-]+$")


class IngestOut(BaseModel):
    """What became of a posted article: ``new``, ``existing``, ``duplicate`` or ``skipped``."""

    id: str
    outcome: str
    statements: int
    url: str
