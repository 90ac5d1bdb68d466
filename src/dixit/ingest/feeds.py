"""RSS and Atom feeds: each item is an article made of its content or summary.

Item pages are never downloaded unless the caller asks (``fetch=True``): a feed file
on disk must give the same articles offline, every time.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import feedparser

from dixit.ingest.base import Failure, read_limited, unreadable
from dixit.ingest.html import MIN_TEXT_CHARS, article_from_html, html_fragment_to_text
from dixit.model import Article

log = logging.getLogger(__name__)

FEED_SUFFIXES = {".xml", ".rss", ".atom"}


def read_feed(
    path: Path,
    *,
    published: date | None = None,
    language: str | None = None,
    fetch: bool = False,
) -> Iterator[Article | Failure]:
    source = str(path)
    try:
        data = read_limited(path)
    except (OSError, ValueError) as exc:
        yield unreadable(source, exc)
        return
    yield from articles_from_feed(data, source, published=published, language=language, fetch=fetch)


def articles_from_feed(
    data: bytes,
    source: str,
    *,
    published: date | None = None,
    language: str | None = None,
    fetch: bool = False,
) -> Iterator[Article | Failure]:
    """The items of one feed document, in feed order."""
    if not data.strip():
        yield Failure(source, "empty file")
        return
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if parsed.get("bozo") and not entries:
        problem = parsed.get("bozo_exception")
        yield Failure(source, f"not a readable RSS/Atom feed: {problem or 'malformed XML'}")
        return
    if not entries:
        if parsed.get("version"):
            yield Failure(source, "feed has no items")
        else:
            yield Failure(source, "not an RSS/Atom feed (no channel or feed element)")
        return
    feed_info = parsed.get("feed") or {}
    outlet = feed_info.get("title") or None
    feed_language = _lang(feed_info.get("language")) or language
    for number, entry in enumerate(entries, start=1):
        yield _article_from_entry(
            entry, source, number, outlet, published, feed_language, language, fetch
        )


def _article_from_entry(
    entry: Any,
    source: str,
    number: int,
    outlet: str | None,
    published: date | None,
    feed_language: str | None,
    language: str | None,
    fetch: bool,
) -> Article | Failure:
    position = f"item {number}"
    link = entry.get("link") or None
    if fetch and link:
        page = _fetch(link)
        if page is not None:
            result = article_from_html(
                page, source, url=link, position=position, published=published, language=language
            )
            if isinstance(result, Article):
                result.title = result.title or entry.get("title")
                return result
            log.info("%s %s: fetched page unusable (%s), using the feed text", source, link, result)
    html = ""
    if entry.get("content"):
        html = max((c.get("value") or "" for c in entry["content"]), key=len)
    if not html:
        html = entry.get("summary") or entry.get("description") or ""
    text = html_fragment_to_text(html)
    title = (entry.get("title") or "").strip() or None
    if len(text) < MIN_TEXT_CHARS:
        return Failure(source, "item has no text (empty summary and content)", position)
    day = _entry_day(entry) or published
    meta: dict[str, Any] = {"source": source, "position": position}
    if entry.get("author"):
        meta["author"] = entry["author"]
    guid = entry.get("id") or ""
    if guid:
        meta["guid"] = guid
    return Article(
        text=text,
        published=day,
        language=feed_language,
        title=title,
        url=link,
        outlet=outlet,
        meta=meta,
    )


def _entry_day(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _lang(value: Any) -> str | None:
    if not value:
        return None
    code = str(value).split("-")[0].lower()
    return code if len(code) == 2 else None


def _fetch(url: str) -> str | None:
    import trafilatura

    try:
        return trafilatura.fetch_url(url)
    except Exception as exc:  # network errors of every kind
        log.warning("cannot fetch %s: %s", url, exc)
        return None
