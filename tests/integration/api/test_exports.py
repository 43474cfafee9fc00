"""Exports with the timeline's filters (CSV, TimelineJS, iCalendar, Atom), each parsed back."""

import csv
import datetime as dt
import io
import json

import feedparser  # type: ignore[import-untyped]
import icalendar
import pytest
from django.utils import timezone

from tests.factories import make_event

pytestmark = pytest.mark.django_db


def _body(response) -> bytes:
    assert response.status_code == 200
    assert response.streaming
    return b"".join(response.streaming_content)


def test_csv_parses_and_follows_the_filters(archive, anon):
    response = anon.get("/api/events/export.csv?category=export_controls&ordering=date")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(_body(response).decode("utf-8"))))
    assert [row["title"] for row in rows] == [
        "Huawei added to the Entity List",
        "China restricts gallium exports",
        "Licence requirement for Nvidia H20 exports",
    ]
    first = rows[0]
    assert first["date"] == "2019-05-15"
    assert first["actors"] == "bis:initiator; huawei:target"
    assert first["countries"] == "CN; US"
    assert first["tags"] == "semiconductors"
    assert first["url"] == f"http://testserver/events/{archive['entity_list'].pk}/"
    assert rows[1]["date_display"] == "~ July 2023"
    assert rows[1]["approximate"] == "true"


def test_csv_cells_cannot_become_spreadsheet_formulas(anon, db):
    make_event(title='=HYPERLINK("http://evil.example")')
    rows = list(csv.DictReader(io.StringIO(_body(anon.get("/api/events/export.csv")).decode())))
    assert rows[0]["title"] == '\'=HYPERLINK("http://evil.example")'


def test_csv_refuses_invalid_filters_with_json(archive, anon):
    response = anon.get("/api/events/export.csv?actor=nobody")
    assert response.status_code == 400
    assert "actor" in response.json()["fields"]


def test_timelinejs_has_the_documented_shape(archive, anon):
    data = json.loads(_body(anon.get("/api/events/timelinejs.json?actor=huawei")))
    assert set(data) == {"title", "events"}
    assert data["title"]["text"]["headline"] == "US–China tech rivalry timeline: huawei"
    by_id = {e["unique_id"]: e for e in data["events"]}
    quarter = by_id[f"event-{archive['q4_results'].pk}"]
    assert quarter["start_date"] == {"year": 2019, "month": 10, "display_date": "Q4 2019"}
    assert quarter["text"]["headline"] == "Huawei fourth-quarter results"
    assert quarter["group"] == "Earnings"
    day = by_id[f"event-{archive['entity_list'].pk}"]
    assert day["start_date"] == {"year": 2019, "month": 5, "day": 15, "display_date": "15 May 2019"}
    plan = json.loads(_body(anon.get("/api/events/timelinejs.json?actor=asml")))["events"][0]
    assert plan["end_date"] == {"year": 2023, "month": 3, "day": 1}


def test_timelinejs_escapes_html(anon, db):
    make_event(title="<script>alert(1)</script>", summary="<b>bold</b>")
    event = json.loads(_body(anon.get("/api/events/timelinejs.json")))["events"][0]
    assert event["text"]["headline"] == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert "<b>" not in event["text"]["text"]


def test_icalendar_entries_are_all_day_and_span_the_period(archive, anon):
    response = anon.get("/api/events/export.ics")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(_body(response))
    entries = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    assert len(entries) == 5
    quarter = entries[f"event-{archive['q4_results'].pk}@testserver"]
    assert quarter.decoded("dtstart") == dt.date(2019, 10, 1)
    assert quarter.decoded("dtend") == dt.date(2020, 1, 1)
    day = entries[f"event-{archive['entity_list'].pk}@testserver"]
    assert day.decoded("dtstart") == dt.date(2019, 5, 15)
    assert day.decoded("dtend") == dt.date(2019, 5, 16)
    assert str(day["summary"]) == "Huawei added to the Entity List"
    gallium = entries[f"event-{archive['gallium'].pk}@testserver"]
    assert str(gallium["summary"]).startswith("~ ")


def test_icalendar_includes_upcoming_effective_dates(anon, db):
    today = timezone.localdate()
    upcoming = today + dt.timedelta(days=30)
    make_event(
        title="Tariff takes effect", date=upcoming, stage="effective", category="tariffs_trade"
    )
    body = _body(anon.get(f"/api/events/export.ics?date_from={today.isoformat()}"))
    entries = icalendar.Calendar.from_ical(body).walk("VEVENT")
    assert [(str(e["summary"]), e.decoded("dtstart")) for e in entries] == [
        ("Tariff takes effect", upcoming)
    ]


def test_atom_feed_per_filter_parses_with_feedparser(archive, anon):
    response = anon.get("/api/events/feed.atom?category=export_controls&actor=nvidia")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(_body(response))
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == "US–China tech rivalry timeline: export_controls, nvidia"
    assert [entry.title for entry in feed.entries] == ["Licence requirement for Nvidia H20 exports"]
    entry = feed.entries[0]
    assert entry.link == f"http://testserver/events/{archive['h20'].pk}/"
    assert entry.id == entry.link
    assert feed.feed.links[0].href.endswith(
        "/api/events/feed.atom?category=export_controls&actor=nvidia"
    )


def test_atom_feed_without_matches_is_still_valid(archive, anon):
    feed = feedparser.parse(_body(anon.get("/api/events/feed.atom?q=nothingmatches")))
    assert not feed.bozo
    assert feed.entries == []


def test_exports_hide_drafts_from_the_public(archive, anon):
    text = _body(anon.get("/api/events/export.csv")).decode()
    assert "Unreviewed proposal" not in text
