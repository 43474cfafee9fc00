"""The public pages show published events, escape what they show, and carry data attributes."""

import pytest
from django.urls import reverse

from tests.factories import ActorFactory, make_event

pytestmark = pytest.mark.django_db


def test_timeline_lists_published_events_with_data_attributes(client):
    huawei = ActorFactory(name="Huawei", country="CN")
    published = make_event(title="Huawei added to the Entity List", actors=((huawei, "target"),))
    make_event(title="Unreviewed draft", status="draft")
    response = client.get(reverse("timeline:timeline"))
    html = response.content.decode()
    assert response.status_code == 200
    assert f'data-event-id="{published.pk}"' in html
    assert 'data-category="export_controls"' in html
    assert "Huawei added to the Entity List" in html
    assert "Unreviewed draft" not in html


def test_timeline_escapes_text_from_articles(client):
    make_event(title="<script>alert(1)</script>")
    html = client.get(reverse("timeline:timeline")).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_timeline_query_count_does_not_grow_with_events(client, django_assert_max_num_queries):
    actors = [ActorFactory() for _ in range(3)]
    for index in range(30):
        make_event(title=f"Event {index}", actors=tuple((a, "mentioned") for a in actors))
    with django_assert_max_num_queries(4):
        client.get(reverse("timeline:timeline"))


def test_event_page_and_drafts_are_private(client):
    draft = make_event(status="draft")
    assert client.get(reverse("timeline:event-detail", args=[draft.pk])).status_code == 404
    published = make_event(title="Published rule")
    response = client.get(reverse("timeline:event-detail", args=[published.pk]))
    assert response.status_code == 200
    assert "Published rule" in response.content.decode()


def test_merged_event_redirects_to_the_survivor(client):
    survivor = make_event()
    merged = make_event()
    merged.merged_into = survivor
    merged.save()
    response = client.get(reverse("timeline:event-detail", args=[merged.pk]))
    assert response.status_code == 301
    assert response["Location"] == reverse("timeline:event-detail", args=[survivor.pk])


def test_health_reports_the_database(client):
    response = client.get(reverse("timeline:health"))
    assert response.json()["status"] == "ok"


def test_api_schema_is_served_without_a_cdn(client):
    assert client.get("/api/schema/").status_code == 200
    docs = client.get("/api/docs/").content.decode()
    assert "cdn" not in docs.lower()
