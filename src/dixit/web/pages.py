"""The web UI: server-rendered pages that read without JavaScript, one per kind of thing.

Home (latest statements and reversals), search, speakers and a speaker's page (positions
by issue as inline SVG, reversals, statements), an article with its statements
highlighted, issues, reversals and a reversal's two sides. Every page links to its JSON
twin under ``/api``. Templates are Jinja2 with autoescape on: every piece of article text
is written as text, never as markup. Assets are served from the package (no CDN).
"""

from __future__ import annotations

from importlib import resources
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from dixit.api.deps import SessionDep, WindowDep, next_url
from dixit.api.positions import Positions
from dixit.api.schemas import MAX_ID_CHARS, MAX_QUERY_CHARS
from dixit.store import repository, search
from dixit.store.search import StatementFilters
from dixit.web.highlight import runs
from dixit.web.i18n import LABELS, request_language
from dixit.web.timeline_svg import charts

_HERE = resources.files("dixit.web")
_environment = Environment(
    loader=FileSystemLoader(str(_HERE.joinpath("templates"))),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def web_url(value: str | None) -> str | None:
    """``value`` when it is an http(s) address, else None: an article's URL comes from its
    input, and a ``javascript:`` link would run in the reader's page."""
    if value and urlsplit(value.strip()).scheme.lower() in ("http", "https"):
        return value.strip()
    return None


_environment.filters["web_url"] = web_url
templates = Jinja2Templates(env=_environment)

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

PageId = Annotated[str, Query(max_length=MAX_ID_CHARS)]


def _positions(request: Request) -> Positions:
    return request.app.state.positions


def render(
    request: Request, name: str, context: dict[str, Any], *, json_url: str, status: int = 200
) -> HTMLResponse:
    """A page with the labels of the request's language and a link to its JSON twin."""
    language = request_language(request)
    other = LABELS[language]["language_code"]
    return templates.TemplateResponse(
        request,
        name,
        {
            "t": LABELS[language],
            "lang": language,
            "other_language_url": str(request.url.include_query_params(lang=other)),
            "json_url": json_url,
            "lang_query": f"lang={language}",
        }
        | context,
        status_code=status,
    )


def not_found(request: Request, json_url: str) -> HTMLResponse:
    return render(request, "not_found.html", {}, json_url=json_url, status=404)


def _anchor(index: int) -> str:
    return f"st-{index}"


@router.get("/")
def home(request: Request, session: SessionDep) -> HTMLResponse:
    latest = search.statement_page(session, StatementFilters(), limit=20, offset=0)
    reversals = _positions(request).reversals(session)[:10]
    return render(
        request,
        "home.html",
        {"statements": latest.items, "reversals": reversals},
        json_url=str(request.url_for("list_statements")),
    )


@router.get("/search")
def search_page(
    request: Request,
    session: SessionDep,
    window: WindowDep,
    q: Annotated[str, Query(max_length=MAX_QUERY_CHARS)] = "",
) -> HTMLResponse:
    statements = articles = None
    if q.strip():
        statements = search.statement_page(
            session, StatementFilters(q=q), limit=window.limit, offset=window.offset
        )
        articles = search.article_page(session, q=q, limit=10, offset=0)
    json_url = (
        str(request.url_for("list_statements").include_query_params(q=q))
        if q
        else str(request.url_for("list_statements"))
    )
    return render(
        request,
        "search.html",
        {
            "q": q,
            "statements": statements,
            "articles": articles,
            "next": next_url(request, window, statements.has_more) if statements else None,
        },
        json_url=json_url,
    )


@router.get("/speakers")
def speakers_page(request: Request, session: SessionDep, window: WindowDep) -> HTMLResponse:
    page = search.speaker_page(session, limit=window.limit, offset=window.offset)
    return render(
        request,
        "speakers.html",
        {"speakers": page.items, "next": next_url(request, window, page.has_more)},
        json_url=str(request.url_for("list_speakers")),
    )


@router.get("/speakers/{speaker_id:path}")
def speaker_page(request: Request, speaker_id: str, session: SessionDep) -> HTMLResponse:
    json_url = str(request.url_for("get_speaker", speaker_id=speaker_id))
    summary = search.speaker_summary(session, speaker_id[:MAX_ID_CHARS])
    if summary is None:
        return not_found(request, json_url)
    positions = _positions(request)
    statements = search.statement_page(
        session, StatementFilters(speaker=speaker_id), limit=100, offset=0
    )
    anchors = {f.statement.id: _anchor(i) for i, f in enumerate(statements.items)}
    reversals = positions.reversals(session, speaker=speaker_id)
    chart_list = charts(positions.timeline(session, speaker_id), reversals, anchors)
    return render(
        request,
        "speaker.html",
        {
            "speaker": summary,
            "charts": chart_list,
            "reversals": reversals,
            "statements": statements.items,
            "more": statements.has_more,
        },
        json_url=json_url,
    )


@router.get("/articles/{article_id:path}")
def article_page(request: Request, article_id: str, session: SessionDep) -> HTMLResponse:
    json_url = str(request.url_for("get_article", article_id=article_id))
    article = repository.get_article(session, article_id[:MAX_ID_CHARS])
    if article is None:
        return not_found(request, json_url)
    statements = search.article_statements(session, article.id)
    positions = _positions(request)
    statements = [positions.with_issues(s, article.language) for s in statements]
    return render(
        request,
        "article.html",
        {
            "article": article,
            "runs": runs(article.text, statements),
            "statements": statements,
            "anchor": _anchor,
        },
        json_url=json_url,
    )


@router.get("/issues")
def issues_page(request: Request, session: SessionDep) -> HTMLResponse:
    return render(
        request,
        "issues.html",
        {"issues": search.issue_counts(session)},
        json_url=str(request.url_for("list_issues")),
    )


@router.get("/issues/{issue_id:path}")
def issue_page(
    request: Request, issue_id: str, session: SessionDep, window: WindowDep
) -> HTMLResponse:
    json_url = str(request.url_for("list_statements").include_query_params(issue=issue_id))
    page = search.statement_page(
        session,
        StatementFilters(issue=issue_id[:MAX_ID_CHARS]),
        limit=window.limit,
        offset=window.offset,
    )
    label = next(
        (i.label for f in page.items for i in f.statement.issues if i.id == issue_id),
        issue_id,
    )
    return render(
        request,
        "issue.html",
        {
            "issue_id": issue_id,
            "label": label,
            "statements": page.items,
            "next": next_url(request, window, page.has_more),
        },
        json_url=json_url,
    )


@router.get("/reversals")
def reversals_page(request: Request, session: SessionDep) -> HTMLResponse:
    return render(
        request,
        "reversals.html",
        {"reversals": _positions(request).reversals(session)},
        json_url=str(request.url_for("list_reversals")),
    )


@router.get("/reversals/{reversal_id}")
def reversal_page(request: Request, reversal_id: str, session: SessionDep) -> HTMLResponse:
    json_url = str(request.url_for("get_reversal", reversal_id=reversal_id))
    reversal = _positions(request).reversal(session, reversal_id)
    if reversal is None:
        return not_found(request, json_url)
    sides = {
        side: search.get_statement(session, reversal[side]["statement"])
        if reversal[side].get("statement")
        else None
        for side in ("before", "after")
    }
    return render(
        request, "reversal.html", {"reversal": reversal, "sides": sides}, json_url=json_url
    )


def install_pages(app: FastAPI) -> None:
    """Add the pages and their static assets to ``app``."""
    app.mount("/static", StaticFiles(directory=str(_HERE.joinpath("static"))), name="static")
    app.include_router(router)
