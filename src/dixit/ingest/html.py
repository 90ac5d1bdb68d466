"""HTML pages to articles with trafilatura: main text plus title, date, outlet, author, URL.

trafilatura already drops navigation and footers; :func:`dixit.ingest.clean.clean_text`
then removes the furniture lines it keeps. A page without main text is a failure, not an
empty article.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

import trafilatura

from dixit.ingest.base import Failure, read_limited, unreadable
from dixit.ingest.clean import clean_text
from dixit.model import Article

log = logging.getLogger(__name__)

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
#: Below this many characters of main text a page is navigation or an error page.
MIN_TEXT_CHARS = 40
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}


def read_html_file(
    path: Path, *, published: date | None = None, language: str | None = None
) -> Article | Failure:
    source = str(path)
    try:
        data = read_limited(path)
    except (OSError, ValueError) as exc:
        return unreadable(source, exc)
    return article_from_html(data, source, published=published, language=language)


def article_from_html(
    html: bytes | str,
    source: str,
    *,
    url: str | None = None,
    position: str | None = None,
    published: date | None = None,
    language: str | None = None,
) -> Article | Failure:
    """One page (bytes or text) as an article, or a failure naming ``source``."""
    if not html.strip():
        return Failure(source, "empty file", position)
    if isinstance(html, bytes) and b"\x00" in html[:8192]:
        return Failure(source, "binary file, not HTML (NUL bytes)", position)
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            deduplicate=False,
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        log.debug("trafilatura failed on %s: %r", source, exc)
        return Failure(source, f"cannot parse HTML: {exc}", position)
    data: dict[str, Any] = {}
    if doc is not None:
        data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = clean_text(data.get("text") or "")
    if len(text) < MIN_TEXT_CHARS:
        return Failure(source, "no main text (the page holds only navigation or markup)", position)
    meta: dict[str, Any] = {"source": source}
    if position:
        meta["position"] = position
    if data.get("author"):
        meta["author"] = data["author"]
    page_url = url or data.get("url")
    return Article(
        text=text,
        published=published or _day(data.get("date")),
        language=language or _language(data.get("language")),
        title=data.get("title") or None,
        url=page_url or None,
        outlet=data.get("sitename") or data.get("hostname") or None,
        meta=meta,
    )


def html_fragment_to_text(fragment: str) -> str:
    """Text of a small HTML fragment (a feed item's summary), one paragraph per line."""
    if "<" not in fragment:
        return clean_text(fragment)
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises ParserError / XMLSyntaxError on junk
        return clean_text(fragment)
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    return clean_text(root.text_content())


def _day(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _language(value: Any) -> str | None:
    if not value:
        return None
    code = str(value).split("-")[0].split("_")[0].lower()
    return code if len(code) == 2 else None
