"""Uploaded or local files to article text and metadata: .txt, .md (with front matter), .html."""

import datetime as dt
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

import yaml

from timeline.ingest.errors import IngestRefused
from timeline.ingest.fetch import FetchedPage
from timeline.ingest.pages import page_content
from timeline.seeding.reader import parse_front_matter

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_FILE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class FileContent:
    text: str
    title: str = ""
    language: str | None = None
    published_at: dt.datetime | None = None
    url: str | None = None
    outlet: str | None = None
    author: str = ""


def _when(value: Any, name: str) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, dt.date):
        parsed = dt.datetime.combine(value, dt.time())
    else:
        try:
            parsed = dt.datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise IngestRefused(
                f"{name}: 'published' is not an ISO date or date-time: {value!r}", field="file"
            ) from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=dt.UTC)


def _markdown(name: str, raw: str) -> FileContent:
    if not raw.lstrip("\ufeff").startswith("---"):
        return FileContent(text=raw.strip())
    try:
        meta, body = parse_front_matter(raw.lstrip("\ufeff"))
    except (ValueError, yaml.YAMLError) as exc:
        raise IngestRefused(
            f"{name}: the front matter cannot be read ({exc})", field="file"
        ) from None

    def text_of(key: str) -> str:
        value = meta.get(key)
        return "" if value is None else str(value).strip()

    return FileContent(
        text=body.strip(),
        title=text_of("title"),
        language=text_of("language") or None,
        published_at=_when(meta.get("published"), name),
        url=text_of("url") or None,
        outlet=text_of("outlet") or None,
        author=text_of("author"),
    )


def file_content(name: str, data: bytes) -> FileContent:
    """Read one file by its suffix; IngestRefused for other types, undecodable or empty files."""
    suffix = PurePath(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise IngestRefused(
            f"{name}: only {', '.join(SUFFIXES)} files can be ingested", field="file"
        )
    if len(data) > MAX_FILE_BYTES:
        raise IngestRefused(f"{name} is larger than 5 MB", field="file")
    if suffix in (".html", ".htm"):
        page = page_content(
            FetchedPage(url=name, final_url=name, content_type="text/html", charset=None, body=data)
        )
        return FileContent(
            text=page.text,
            title=page.title,
            language=page.language,
            published_at=page.published_at,
            author=page.author,
        )
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise IngestRefused(f"{name} is not UTF-8 text", field="file") from None
    content = _markdown(name, raw) if suffix in (".md", ".markdown") else FileContent(raw.strip())
    if not content.text:
        raise IngestRefused(f"{name} has no text", field="file")
    return content
