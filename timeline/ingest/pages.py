"""A fetched HTML page to article text and metadata, with trafilatura and htmldate."""

import datetime as dt
from dataclasses import dataclass

import htmldate
import trafilatura

from timeline.ingest.errors import IngestRefused
from timeline.ingest.fetch import FetchedPage
from timeline.ingest.language import detect_language


@dataclass(frozen=True)
class PageContent:
    text: str
    title: str
    author: str
    published_at: dt.datetime | None
    language: str | None


def _parse_when(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        try:
            parsed = dt.datetime.combine(dt.date.fromisoformat(value[:10]), dt.time())
        except ValueError:
            return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=dt.UTC)


def _decoded(page: FetchedPage) -> str:
    for encoding in (page.charset, "utf-8"):
        if not encoding:
            continue
        try:
            return page.body.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return page.body.decode("utf-8", errors="replace")


def page_content(page: FetchedPage) -> PageContent:
    """The main text of the page without navigation and boilerplate, with what it says about itself.

    Plain-text pages are taken as they are. Raises IngestRefused when no article text is found.
    """
    if page.content_type == "text/plain":
        text = _decoded(page).strip()
        if not text:
            raise IngestRefused(f"{page.final_url} is empty", field="url")
        first_line = text.splitlines()[0].strip()
        return PageContent(text, first_line[:500], "", None, detect_language(text))
    html = _decoded(page)
    document = trafilatura.bare_extraction(
        html,
        url=page.final_url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
    )
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if not text:
        raise IngestRefused(f"no article text found on {page.final_url}", field="url")
    published = _parse_when(
        htmldate.find_date(
            html,
            url=page.final_url,
            original_date=True,
            extensive_search=False,
            outputformat="%Y-%m-%dT%H:%M:%S%z",
        )
    ) or _parse_when(getattr(document, "date", None))
    return PageContent(
        text=text,
        title=(getattr(document, "title", None) or "").strip()[:500],
        author=(getattr(document, "author", None) or "").strip()[:300],
        published_at=published,
        language=detect_language(text),
    )
