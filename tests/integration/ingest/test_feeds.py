"""Feeds served by a local server are polled; each entry becomes one article, once."""

import datetime as dt

import pytest
from django.utils import timezone

from tests.integration.ingest.conftest import Route
from timeline.models import Article, Feed, FeedEntry
from timeline.services.ingest import feed_poll, feeds_due
from timeline.tasks import feeds_poll_due

ARTICLE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>{title}: the government said on Tuesday that new rules for semiconductor exports would take
effect next month, after months of talks with industry and allies.</p>
<p>Officials declined to say how many companies would be affected by the new rules.</p>
</article></body></html>"""


def rss(base: str, items: list[tuple[str, str]]) -> bytes:
    entries = "".join(
        f"<item><title>{title}</title><link>{base}{path}?utm_source=rss</link>"
        f"<guid>{path}</guid><pubDate>Tue, 04 Mar 2025 09:00:00 GMT</pubDate></item>"
        for path, title in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Example wire</title>'
        f"{entries}</channel></rss>"
    ).encode()


@pytest.fixture
def feed(db, fixture_server):
    for path, title in [("/a", "First story"), ("/b", "Second story"), ("/c", "Third story")]:
        fixture_server.routes[path] = Route(ARTICLE.format(title=title).encode())
    return Feed.objects.create(url=fixture_server.url("/feed.xml"), language="en")


@pytest.mark.django_db
def test_a_feed_polled_twice_yields_each_entry_once(settled, fixture_server, feed):
    base = fixture_server.url("")
    fixture_server.routes["/feed.xml"] = Route(
        rss(base, [("/a", "First story"), ("/b", "Second story")]),
        content_type="application/rss+xml",
    )
    first = settled(feed_poll, feed_id=feed.pk)
    fixture_server.routes["/feed.xml"] = Route(
        rss(base, [("/c", "Third story"), ("/a", "First story"), ("/b", "Second story")]),
        content_type="application/rss+xml",
    )

    second = settled(feed_poll, feed_id=feed.pk)

    assert (first.new_entries, second.new_entries) == (2, 1)
    assert Article.objects.count() == 3
    assert FeedEntry.objects.filter(feed=feed).count() == 3
    assert {fixture_server.hits[p] for p in ("/a", "/b", "/c")} == {1}
    assert sorted(Article.objects.values_list("url", flat=True)) == [
        fixture_server.url(p) for p in ("/a", "/b", "/c")
    ]
    feed.refresh_from_db()
    assert feed.last_new_entries == 1
    assert feed.title == "Example wire"
    assert feed.last_polled_at is not None


@pytest.mark.django_db
def test_an_unreachable_feed_records_the_error_and_is_retried_next_time(
    settled, fixture_server, feed
):
    report = settled(feed_poll, feed_id=feed.pk)

    feed.refresh_from_db()
    assert "answered 404" in report.error
    assert feed.last_status == "failed"
    assert "answered 404" in feed.last_error
    assert FeedEntry.objects.count() == 0


@pytest.mark.django_db
def test_only_enabled_feeds_whose_interval_passed_are_due():
    now = timezone.now()
    never = Feed.objects.create(url="https://a.example/feed")
    recent = Feed.objects.create(
        url="https://b.example/feed", last_polled_at=now - dt.timedelta(minutes=10)
    )
    stale = Feed.objects.create(
        url="https://c.example/feed", last_polled_at=now - dt.timedelta(minutes=61)
    )
    Feed.objects.create(url="https://d.example/feed", enabled=False)

    assert sorted(feeds_due(now=now)) == sorted([never.pk, stale.pk])
    assert recent.pk not in feeds_due(now=now)


@pytest.mark.django_db
def test_the_periodic_task_polls_the_due_feeds(fixture_server, feed):
    fixture_server.routes["/feed.xml"] = Route(
        rss(fixture_server.url(""), [("/a", "First story")]), content_type="application/rss+xml"
    )

    assert feeds_poll_due.delay().get() == [feed.pk]
    assert feeds_poll_due.delay().get() == []
    assert Article.objects.count() == 1
