"""RSS and Atom feeds to a list of entries, with feedparser. Fetching is done by `fetch`."""

import calendar
import datetime as dt
import time
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from timeline.ingest.errors import IngestRefused

# Imported by name: the package ships no type information.
feedparser: Any = import_module("feedparser")


@dataclass(frozen=True)
class FeedItem:
    guid: str
    url: str
    title: str
    published_at: dt.datetime | None


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    items: tuple[FeedItem, ...]


def _when(entry: Any) -> dt.datetime | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return dt.datetime.fromtimestamp(calendar.timegm(value), tz=dt.UTC)
    return None


def parse_feed(body: bytes, *, url: str) -> ParsedFeed:
    """The feed's entries that link to a web page; entries without an id are known by their link."""
    parsed = feedparser.parse(body)
    if parsed.bozo and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise IngestRefused(f"{url} is not a readable RSS or Atom feed ({problem})", field="url")
    items = []
    for entry in parsed.entries:
        link = str(entry.get("link") or "").strip()
        if not link.lower().startswith(("http://", "https://")):
            continue
        guid = str(entry.get("id") or link).strip()[:2000]
        items.append(
            FeedItem(
                guid=guid,
                url=link,
                title=str(entry.get("title") or "").strip()[:500],
                published_at=_when(entry),
            )
        )
    return ParsedFeed(title=str(parsed.feed.get("title") or "").strip()[:300], items=tuple(items))
