"""The embeddable TimelineJS view: escaped slides, a cap with a link on, published events only."""

import json
import re

import pytest
from django.urls import reverse

from tests.factories import make_event
from tests.integration.web.helpers import listed_ids
from timeline import views

pytestmark = pytest.mark.django_db
URL = reverse("timeline:embed")


def _slides(html):
    match = re.search(r'<script id="timeline-data" type="application/json">(.*?)</script>', html)
    assert match, "the slides are in the page"
    return json.loads(match.group(1))["events"]


@pytest.fixture
def with_library(monkeypatch):
    monkeypatch.setattr(views.finders, "find", lambda path: "/found")


def test_embed_may_be_framed_and_links_to_the_full_selection(client):
    make_event(category="earnings")
    response = client.get(URL, {"category": "earnings"})
    assert response.status_code == 200
    assert "X-Frame-Options" not in response.headers
    assert 'href="/?category=earnings" target="_top"' in response.content.decode()


def test_slides_carry_dates_as_precise_as_they_are_and_escaped_text(client, with_library):
    import datetime as dt

    event = make_event(
        title="<img src=x onerror=alert(1)>",
        summary="<script>alert(2)</script>",
        date=dt.date(2024, 10, 1),
        precision="quarter",
    )
    html = client.get(URL).content.decode()
    assert "<img src=x" not in html
    assert "<script>alert(2)" not in html
    (slide,) = _slides(html)
    assert slide["unique_id"] == f"event-{event.pk}"
    assert slide["start_date"] == {"year": 2024, "month": 10, "display_date": "Q4 2024"}
    assert slide["text"]["headline"] == "&lt;img src=x onerror=alert(1)&gt;"
    assert slide["text"]["text"].startswith("&lt;script&gt;alert(2)&lt;/script&gt;")


def test_slides_are_capped_with_a_link_to_the_full_timeline(client, monkeypatch, with_library):
    monkeypatch.setattr(views, "EMBED_SLIDES", 3)
    for index in range(5):
        make_event(title=f"Event {index}")
    html = client.get(URL).content.decode()
    assert len(_slides(html)) == 3
    assert len(listed_ids(html)) == 3
    assert "The first 3 events of this selection are shown here" in html


def test_embed_works_without_the_library_as_a_plain_list(client, monkeypatch):
    monkeypatch.setattr(views.finders, "find", lambda path: None)
    event = make_event(title="Plain list")
    html = client.get(URL).content.decode()
    assert "timeline.js" not in html
    assert listed_ids(html) == [event.pk]


def test_embed_serves_the_library_locally_with_its_script_path(client, with_library):
    make_event()
    html = client.get(URL).content.decode()
    assert 'src="/static/vendor/timelinejs/js/timeline.js"' in html
    assert 'data-script-path="/static/vendor/timelinejs/js/"' in html
    assert "cdn" not in html.lower()
    assert "knightlab.com" not in html


def test_embed_shows_published_events_only_even_to_editors(client, editor):
    make_event(title="Secret draft", status="draft")
    client.force_login(editor)
    assert "Secret draft" not in client.get(URL, {"drafts": "1"}).content.decode()


def test_embed_refuses_invalid_filters_with_400(client):
    response = client.get(URL, {"date_from": "soon"})
    assert response.status_code == 400
    assert "<code>date_from</code>" in response.content.decode()
