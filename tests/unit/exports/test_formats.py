"""The export formats as pure functions over event rows, without a database."""

import csv
import datetime as dt
import io
import json

import feedparser  # type: ignore[import-untyped]
import icalendar

from timeline.exports import atom_chunks, csv_lines, ical_chunks, timelinejs_chunks
from timeline.models import Actor, Article, Event, EventActor, EventSource, Outlet, Tag

UPDATED = dt.datetime(2025, 3, 1, 12, 30, tzinfo=dt.UTC)


def _event(pk: int, **fields) -> Event:
    """An unsaved event whose related rows are served from the prefetch cache."""
    values = {
        "title": f"Event {pk}",
        "summary": "",
        "date": dt.date(2025, 2, 24),
        "precision": "day",
        "category": "investment",
        "status": "published",
        "created_at": UPDATED,
        "updated_at": UPDATED,
        **fields,
    }
    actors = values.pop("actors", [])
    tags = values.pop("tags", [])
    urls = values.pop("source_urls", [])
    event = Event(pk=pk, **values)
    event.refresh_date_last()
    outlet = Outlet(slug="wire", name="Wire")
    event._prefetched_objects_cache = {  # type: ignore[attr-defined]
        "actor_links": [EventActor(event=event, actor=actor, role=role) for actor, role in actors],
        "tags": [Tag(slug=slug, name=slug) for slug in tags],
        "sources": [
            EventSource(event=event, article=Article(url=url, outlet=outlet), evidence="…")
            for url in urls
        ],
    }
    return event


def _url(event: Event) -> str:
    return f"https://timeline.example/events/{event.pk}/"


ALIBABA = Actor(slug="alibaba-group", name="Alibaba Group", kind="company", country="CN")
EDDIE_WU = Actor(slug="eddie-wu", name="Eddie Wu", kind="person", country="CN")
BIS = Actor(slug="bis", name="BIS", kind="government_body", country="US")

PLAN = _event(
    1,
    title="Alibaba plans RMB 380 billion for cloud and AI over three years",
    summary="More than in the previous ten years together.",
    date_end=dt.date(2028, 2, 23),
    approximate=True,
    actors=[(ALIBABA, "initiator"), (EDDIE_WU, "mentioned")],
    tags=["ai", "cloud"],
    source_urls=["https://news.example/alibaba", None],
)
QUARTER = _event(
    2,
    title="Cloud revenue grew 11 %",
    date=dt.date(2024, 10, 1),
    precision="quarter",
    category="earnings",
    actors=[(ALIBABA, "initiator")],
)
YEAR = _event(
    3,
    title="=cmd|' /C calc'!A0",
    date=dt.date(2019, 1, 1),
    precision="year",
    category="export_controls",
    actors=[(BIS, "initiator")],
)


def test_csv_round_trips_through_the_csv_module():
    text = "".join(csv_lines([PLAN, QUARTER, YEAR], url_for=_url))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [row["id"] for row in rows] == ["1", "2", "3"]
    plan = rows[0]
    assert plan["date"] == "2025-02-24"
    assert plan["date_end"] == "2028-02-23"
    assert plan["date_display"] == "~ 24 Feb 2025 – 23 Feb 2028"
    assert plan["actors"] == "alibaba-group:initiator; eddie-wu:mentioned"
    assert plan["countries"] == "CN"
    assert plan["tags"] == "ai; cloud"
    assert plan["sources"] == "https://news.example/alibaba"
    assert plan["url"] == "https://timeline.example/events/1/"
    assert rows[1]["date_last"] == "2024-12-31"
    assert rows[1]["date_display"] == "Q4 2024"
    assert rows[2]["title"] == "'=cmd|' /C calc'!A0"


def test_timelinejs_dates_carry_only_what_their_precision_knows():
    data = json.loads("".join(timelinejs_chunks([PLAN, QUARTER, YEAR], title="T", url_for=_url)))
    assert data["title"] == {"text": {"headline": "T", "text": ""}}
    plan, quarter, year = data["events"]
    assert plan["start_date"] == {
        "year": 2025,
        "month": 2,
        "day": 24,
        "display_date": "~ 24 Feb 2025 – 23 Feb 2028",
    }
    assert plan["end_date"] == {"year": 2028, "month": 2, "day": 23}
    assert quarter["start_date"] == {"year": 2024, "month": 10, "display_date": "Q4 2024"}
    assert year["start_date"] == {"year": 2019, "display_date": "2019"}
    assert "end_date" not in quarter
    assert quarter["group"] == "Earnings"
    assert plan["text"]["text"].startswith("More than in the previous ten years together.")


def test_timelinejs_of_nothing_is_still_valid_json():
    assert json.loads("".join(timelinejs_chunks([], title="T", url_for=_url)))["events"] == []


def test_icalendar_entries_cover_the_whole_period():
    body = b"".join(ical_chunks([PLAN, QUARTER, YEAR], name="T", url_for=_url, domain="example"))
    calendar = icalendar.Calendar.from_ical(body)
    assert str(calendar["version"]) == "2.0"
    entries = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    plan = entries["event-1@example"]
    assert (plan.decoded("dtstart"), plan.decoded("dtend")) == (
        dt.date(2025, 2, 24),
        dt.date(2028, 2, 24),
    )
    assert str(plan["summary"]).startswith("~ ")
    quarter = entries["event-2@example"]
    assert (quarter.decoded("dtstart"), quarter.decoded("dtend")) == (
        dt.date(2024, 10, 1),
        dt.date(2025, 1, 1),
    )
    year = entries["event-3@example"]
    assert year.decoded("dtend") == dt.date(2020, 1, 1)
    assert str(year["url"]) == "https://timeline.example/events/3/"


def test_atom_feed_is_well_formed_and_escapes_text():
    body = "".join(
        atom_chunks(
            [_event(4, title="Tariffs <b>& more</b>"), PLAN],
            title="Export controls & Nvidia",
            feed_url="https://timeline.example/api/events/feed.atom?a=1&b=2",
            alternate_url="https://timeline.example/?a=1&b=2",
            url_for=_url,
            updated=UPDATED,
        )
    )
    feed = feedparser.parse(body)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == "Export controls & Nvidia"
    assert feed.feed.id == "https://timeline.example/api/events/feed.atom?a=1&b=2"
    assert [entry.title for entry in feed.entries] == [
        "Tariffs <b>& more</b>",
        "Alibaba plans RMB 380 billion for cloud and AI over three years",
    ]
    assert feed.entries[1].link == "https://timeline.example/events/1/"
    assert feed.entries[1].updated == "2025-03-01T12:30:00Z"
