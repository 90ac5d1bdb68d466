"""The JSON endpoints under ``/api``: articles, statements, speakers, issues, reversals.

Each route validates its input through ``deps`` and the schemas, reads the store through
``dixit.store.search`` (pages, full-text) or ``dixit.store.repository``, and answers the
JSON form of ``dixit.model``; errors leave as problem details (``problems``).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from dixit.api.deps import DateRangeDep, SessionDep, WindowDep, next_url, require_writer
from dixit.api.ingest import IngestRefused, ingest_one
from dixit.api.positions import Positions
from dixit.api.schemas import (
    MAX_ID_CHARS,
    MAX_QUERY_CHARS,
    ArticleIn,
    ArticleOut,
    ArticlePage,
    IngestOut,
    IssueOut,
    Kind,
    ReversalOut,
    ReversalPage,
    SpeakerDetailOut,
    SpeakerPage,
    Stance,
    StatementOut,
    StatementPage,
)
from dixit.model import Certainty, VenueType
from dixit.store import repository, search
from dixit.store.search import StatementFilters

router = APIRouter(prefix="/api")

IdFilter = Annotated[str | None, Query(min_length=1, max_length=MAX_ID_CHARS)]
TextQuery = Annotated[
    str | None,
    Query(min_length=1, max_length=MAX_QUERY_CHARS, description="Words to find (full-text)."),
]
PathId = Annotated[str, Path(min_length=1, max_length=MAX_ID_CHARS)]


def positions(request: Request) -> Positions:
    return request.app.state.positions


PositionsDep = Annotated[Positions, Depends(positions)]


def _page(request: Request, window, page, items: list[Any]) -> dict[str, Any]:
    return {
        "items": items,
        "limit": window.limit,
        "offset": window.offset,
        "next": next_url(request, window, page.has_more),
    }


def statement_json(found: search.StatementFound, pos: Positions) -> dict:
    """A stored statement's JSON, with issues the catalogue finds when none were stored."""
    body = found.to_dict()
    if pos.catalogue and not found.data.get("issues"):
        body["issues"] = [
            {"id": i.id, "label": i.label, "stance": i.stance}
            for i in pos.issues_of(found.statement, found.language)
        ]
    return body


@router.get("/statements", response_model=StatementPage, tags=["statements"])
async def list_statements(
    request: Request,
    session: SessionDep,
    window: WindowDep,
    dates: DateRangeDep,
    pos: PositionsDep,
    speaker: IdFilter = None,
    issue: IdFilter = None,
    stance: Stance | None = None,
    kind: Kind | None = None,
    q: TextQuery = None,
    article: IdFilter = None,
    venue_type: VenueType | None = None,
    certainty: Certainty | None = None,
) -> JSONResponse:
    """Stored statements, newest said first (undated last).

    ``speaker`` is a canonical speaker id; ``issue`` and ``stance`` read the statements'
    issues; ``since``/``until`` bound the statement's own date; ``q`` is full-text search
    over what was said; ``venue_type`` (interview, press_conference, statement,
    social_media, parliament, speech, court, other) and ``certainty`` (asserted, hedged,
    conditional, denied) narrow by where and how firmly it was said.
    """
    filters = StatementFilters(
        speaker=speaker,
        issue=issue,
        stance=stance.value if stance else None,
        kind=kind.value if kind else None,
        since=dates.since,
        until=dates.until,
        q=q,
        article=article,
        venue_type=venue_type.value if venue_type else None,
        certainty=certainty.value if certainty else None,
    )
    page = search.statement_page(session, filters, limit=window.limit, offset=window.offset)
    # answered as built: the stored JSON already has the documented shape, and validating
    # a page of it again would cost more than the query
    return JSONResponse(_page(request, window, page, [statement_json(f, pos) for f in page.items]))


@router.get("/statements/{statement_id:path}", response_model=StatementOut, tags=["statements"])
async def get_statement(
    statement_id: PathId, session: SessionDep, pos: PositionsDep
) -> JSONResponse:
    """One statement by id (``article:start-end``)."""
    hit = search.get_statement(session, statement_id)
    if hit is None:
        raise HTTPException(404, "No statement has this id.")
    return JSONResponse(statement_json(hit, pos))


@router.get("/articles", response_model=ArticlePage, tags=["articles"])
def list_articles(
    request: Request,
    session: SessionDep,
    window: WindowDep,
    dates: DateRangeDep,
    q: TextQuery = None,
) -> dict[str, Any]:
    """Stored articles, newest published first; ``q`` searches titles and text."""
    page = search.article_page(
        session,
        q=q,
        since=dates.since,
        until=dates.until,
        limit=window.limit,
        offset=window.offset,
    )
    return _page(request, window, page, [a.to_dict() for a in page.items])


@router.get("/articles/{article_id:path}", response_model=ArticleOut, tags=["articles"])
def get_article(article_id: PathId, session: SessionDep, pos: PositionsDep) -> dict:
    """One article: its text, and its statements in text order (offsets into ``text``)."""
    article = repository.get_article(session, article_id)
    if article is None:
        raise HTTPException(404, "No article has this id.")
    statements = [
        pos.with_issues(s, article.language).to_dict()
        for s in search.article_statements(session, article_id)
    ]
    return article.to_dict() | {"statements": statements}


@router.post(
    "/articles",
    response_model=IngestOut,
    status_code=201,
    tags=["articles"],
    dependencies=[Depends(require_writer)],
    responses={
        200: {"model": IngestOut, "description": "Already stored"},
        401: {"description": "No bearer token"},
        403: {"description": "Wrong token, or a read-only server"},
    },
)
async def post_article(
    request: Request, article: Annotated[ArticleIn, Body()], session: SessionDep
) -> JSONResponse:
    """Analyse one article and store it with its statements (needs the bearer token).

    201 when it is new; 200 when the same article was stored before (nothing changes).
    """
    try:
        done = await run_in_threadpool(ingest_one, request.app.state.engine, article)
    except IngestRefused as exc:
        raise HTTPException(422, f"The article was not stored: {exc.reason}") from None
    stored = search.article_summary(session, done.id)
    body = {
        "id": done.id,
        "outcome": done.outcome.value,
        "statements": stored.statements if stored else done.statements,
        "url": str(request.url_for("get_article", article_id=done.id)),
    }
    return JSONResponse(body, status_code=201 if done.outcome.value == "new" else 200)


@router.get("/speakers", response_model=SpeakerPage, tags=["speakers"])
def list_speakers(
    request: Request,
    session: SessionDep,
    window: WindowDep,
    name: TextQuery = None,
) -> dict[str, Any]:
    """Canonical speakers, most statements first; ``name`` keeps those whose name has its
    words (case and accents ignored)."""
    page = search.speaker_page(session, name=name, limit=window.limit, offset=window.offset)
    return _page(request, window, page, [s.to_dict() for s in page.items])


@router.get("/speakers/{speaker_id:path}", response_model=SpeakerDetailOut, tags=["speakers"])
def get_speaker(speaker_id: PathId, session: SessionDep, pos: PositionsDep) -> dict:
    """One speaker: counts, stances on each issue in date order, and reversals."""
    summary = search.speaker_summary(session, speaker_id)
    if summary is None:
        raise HTTPException(404, "No statement has this speaker.")
    return summary.to_dict() | {
        "timeline": [p.to_dict() for p in pos.timeline(session, speaker_id)],
        "reversals": pos.reversals(session, speaker=speaker_id),
    }


@router.get("/issues", response_model=list[IssueOut], tags=["issues"])
def list_issues(session: SessionDep) -> list[dict]:
    """Issues the stored statements take a stance on, with how often each stance is taken."""
    return [i.to_dict() for i in search.issue_counts(session)]


@router.get("/reversals", response_model=ReversalPage, tags=["reversals"])
def list_reversals(
    request: Request,
    session: SessionDep,
    window: WindowDep,
    pos: PositionsDep,
    speaker: IdFilter = None,
    issue: IdFilter = None,
    since: Annotated[date | None, Query(description="Changes from this day on.")] = None,
) -> dict[str, Any]:
    """Reversals of stance, latest change first: computed from dated statements on an
    issue of the catalogue, or reported by the text ("volte-face")."""
    found = pos.reversals(session, speaker=speaker, issue=issue, since=since)
    chunk = found[window.offset : window.offset + window.limit + 1]
    page = search.Page(
        chunk[: window.limit], window.limit, window.offset, len(chunk) > window.limit
    )
    return _page(request, window, page, page.items)


@router.get("/reversals/{reversal_id}", response_model=ReversalOut, tags=["reversals"])
def get_reversal(
    reversal_id: Annotated[str, Path(min_length=1, max_length=40)],
    session: SessionDep,
    pos: PositionsDep,
) -> dict:
    """One reversal: the statement before and the one after."""
    found = pos.reversal(session, reversal_id)
    if found is None:
        raise HTTPException(404, "No reversal has this id.")
    return found
