"""Exports of a selection of events: CSV, TimelineJS JSON, iCalendar and Atom.

Pure functions over event rows (events with their actor links, tags and sources fetched, see
`with_export_details`) that yield the document piece by piece, so the API and the pages can
stream any number of events without building the whole document in memory. `url_for` turns an
event into the absolute address of its page.
"""

import csv
import datetime as dt
import html
import io
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import icalendar
from django.db.models import Prefetch, QuerySet

from timeline.choices import Category, Precision
from timeline.display import date_display
from timeline.models import Event, EventSource

UrlFor = Callable[[Event], str]

CSV_COLUMNS = (
    "id",
    "date",
    "date_end",
    "date_last",
    "precision",
    "approximate",
    "date_display",
    "category",
    "stage",
    "title",
    "summary",
    "importance",
    "actors",
    "countries",
    "tags",
    "sources",
    "url",
    "updated",
)
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CATEGORY_NAMES = dict(Category.choices)


def _category_name(slug: str) -> str:
    return str(CATEGORY_NAMES.get(slug, slug))


def with_export_details(events: QuerySet[Event]) -> QuerySet[Event]:
    """`events` with the sources (and their articles and outlets) that exports cite."""
    return events.prefetch_related(
        Prefetch(
            "sources",
            queryset=EventSource.objects.select_related("article__outlet").order_by("id"),
        )
    )


def _display(event: Event) -> str:
    return date_display(event.date, event.precision, event.date_end, event.approximate)


def _spreadsheet_safe(value: str) -> str:
    """Text a spreadsheet will not run as a formula (a leading apostrophe is the usual guard)."""
    return f"'{value}" if value.startswith(FORMULA_PREFIXES) else value


def _csv_line(values: Iterable[object]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(values)
    return buffer.getvalue()


def csv_lines(events: Iterable[Event], *, url_for: UrlFor) -> Iterator[str]:
    """A header line, then one line per event. Lists inside a cell are separated by `; `."""
    yield _csv_line(CSV_COLUMNS)
    for event in events:
        links = list(event.actor_links.all())
        row = [
            event.pk,
            event.date.isoformat(),
            event.date_end.isoformat() if event.date_end else "",
            event.date_last.isoformat(),
            event.precision,
            "true" if event.approximate else "false",
            _display(event),
            event.category,
            event.stage,
            _spreadsheet_safe(event.title),
            _spreadsheet_safe(event.summary),
            event.importance or "",
            "; ".join(f"{link.actor.slug}:{link.role}" for link in links),
            "; ".join(sorted({link.actor.country for link in links if link.actor.country})),
            "; ".join(tag.slug for tag in event.tags.all()),
            "; ".join(s.article.url for s in event.sources.all() if s.article.url),
            url_for(event),
            event.updated_at.isoformat(),
        ]
        yield _csv_line(row)


def _timelinejs_date(day: dt.date, precision: str, display: str | None) -> dict[str, Any]:
    value: dict[str, Any] = {"year": day.year}
    if precision != Precision.YEAR:
        value["month"] = day.month
    if precision == Precision.DAY:
        value["day"] = day.day
    if display:
        value["display_date"] = display
    return value


def timelinejs_event(event: Event, *, url_for: UrlFor) -> dict[str, Any]:
    """One event in the TimelineJS format, HTML-escaped: TimelineJS renders text as HTML."""
    url = url_for(event)
    text = html.escape(event.summary)
    text += f' <a href="{html.escape(url)}">{html.escape("Sources and details")}</a>'
    item: dict[str, Any] = {
        "unique_id": f"event-{event.pk}",
        "start_date": _timelinejs_date(event.date, event.precision, _display(event)),
        "text": {"headline": html.escape(event.title), "text": text.strip()},
        "group": _category_name(event.category),
        "display_date": _display(event),
    }
    if event.date_end is not None:
        item["end_date"] = _timelinejs_date(event.date_end, Precision.DAY, None)
    return item


def timelinejs_chunks(events: Iterable[Event], *, title: str, url_for: UrlFor) -> Iterator[str]:
    """`{"title": {"text": ...}, "events": [...]}`, as TimelineJS loads it from a URL."""
    head = {"title": {"text": {"headline": html.escape(title), "text": ""}}}
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "events": ['
    separator = ""
    for event in events:
        yield separator + json.dumps(timelinejs_event(event, url_for=url_for), ensure_ascii=False)
        separator = ", "
    yield "]}"


def ical_event(event: Event, *, url_for: UrlFor, domain: str) -> icalendar.Event:
    """An all-day entry covering the event's whole period (DTEND is exclusive in iCalendar)."""
    entry = icalendar.Event()
    entry.add("uid", f"event-{event.pk}@{domain}")
    entry.add("dtstamp", event.updated_at)
    entry.add("last-modified", event.updated_at)
    entry.add("dtstart", event.date)
    entry.add("dtend", event.date_last + dt.timedelta(days=1))
    entry.add("summary", f"~ {event.title}" if event.approximate else event.title)
    description = f"{_display(event)}\n\n{event.summary}".strip()
    entry.add("description", description)
    entry.add("categories", [_category_name(event.category)])
    entry.add("url", url_for(event))
    entry.add("transp", "TRANSPARENT")
    return entry


def ical_chunks(
    events: Iterable[Event], *, name: str, url_for: UrlFor, domain: str
) -> Iterator[bytes]:
    """A VCALENDAR streamed one VEVENT at a time."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//US-China tech rivalry timeline//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    head = calendar.to_ical()
    closing = b"END:VCALENDAR\r\n"
    yield head[: -len(closing)]
    for event in events:
        yield ical_event(event, url_for=url_for, domain=domain).to_ical()
    yield closing


def _atom_time(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def atom_chunks(
    events: Iterable[Event],
    *,
    title: str,
    feed_url: str,
    alternate_url: str,
    url_for: UrlFor,
    updated: dt.datetime,
) -> Iterator[str]:
    """An Atom 1.0 feed of `events`, one entry per event, identified by the event's page."""
    yield '<?xml version="1.0" encoding="utf-8"?>\n'
    yield '<feed xmlns="http://www.w3.org/2005/Atom">\n'
    yield f"  <id>{escape(feed_url)}</id>\n"
    yield f"  <title>{escape(title)}</title>\n"
    yield f"  <updated>{_atom_time(updated)}</updated>\n"
    yield f'  <link rel="self" type="application/atom+xml" href={quoteattr(feed_url)}/>\n'
    yield f'  <link rel="alternate" type="text/html" href={quoteattr(alternate_url)}/>\n'
    yield "  <author><name>US–China tech rivalry timeline</name></author>\n"
    for event in events:
        url = url_for(event)
        summary = f"{_display(event)}. {event.summary}".strip()
        category = _category_name(event.category)
        yield (
            "  <entry>\n"
            f"    <id>{escape(url)}</id>\n"
            f"    <title>{escape(event.title)}</title>\n"
            f"    <updated>{_atom_time(event.updated_at)}</updated>\n"
            f"    <published>{_atom_time(event.created_at)}</published>\n"
            f'    <link rel="alternate" type="text/html" href={quoteattr(url)}/>\n'
            f"    <category term={quoteattr(event.category)} label={quoteattr(category)}/>\n"
            f"    <summary>{escape(summary)}</summary>\n"
            "  </entry>\n"
        )
    yield "</feed>\n"
