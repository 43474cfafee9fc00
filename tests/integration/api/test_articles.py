"""POST /api/articles/ to ingest, GET /api/articles/<id>/ for its status and resulting events."""

import pytest

from config.celery import app
from timeline.models import EventSource

pytestmark = pytest.mark.django_db

TEXT = (
    "Washington, 15 May 2019. The U.S. Department of Commerce added Huawei to the Entity List "
    "on Wednesday, restricting its access to American technology. Huawei said it would fight "
    "the decision."
)


@pytest.fixture
def tasks_in_process(settings):
    """Run the extraction task in-process even when a broker is configured (as in CI)."""
    settings.CELERY_TASK_ALWAYS_EAGER = True
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = not settings.CELERY_BROKER_URL


def test_contributor_submits_text_and_follows_the_status_url(
    contributor_client, django_capture_on_commit_callbacks, tasks_in_process
):
    with django_capture_on_commit_callbacks(execute=True):
        response = contributor_client.post(
            "/api/articles/",
            {
                "text": TEXT,
                "title": "Huawei on the Entity List",
                "language": "en",
                "published_at": "2019-05-16T08:00:00Z",
            },
            format="json",
        )
    assert response.status_code == 202, response.content
    body = response.json()
    assert response["Location"] == body["url"]
    status = contributor_client.get(body["url"])
    assert status.status_code == 200
    assert status.json()["id"] == body["id"]
    assert status.json()["status"] == "done"
    extracted = set(
        EventSource.objects.filter(article_id=body["id"]).values_list("event", flat=True)
    )
    assert set(status.json()["events"]) == extracted
    for event_id in status.json()["events"]:
        event = contributor_client.get(f"/api/events/{event_id}/")
        assert event.status_code == 200
        assert event.json()["status"] == "draft"


def test_the_same_text_twice_is_a_duplicate(contributor_client):
    payload = {"text": TEXT, "language": "en", "published_at": "2019-05-16T08:00:00Z"}
    first = contributor_client.post("/api/articles/", payload, format="json").json()
    second = contributor_client.post("/api/articles/", payload, format="json")
    assert second.status_code == 202
    assert second.json()["status"] == "duplicate"
    assert second.json()["duplicate_of"] == first["id"]


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({}, "text"),
        ({"text": "   "}, "text"),
        ({"text": TEXT, "language": "fr"}, "language"),
        ({"text": TEXT, "published_at": "yesterday"}, "published_at"),
        ({"text": TEXT, "outlet": "no-such-outlet"}, "outlet"),
        ({"url": "not a url"}, "url"),
        ({"url": "http://127.0.0.1:9/private"}, "url"),
    ],
)
def test_refused_input_answers_400_naming_the_field(contributor_client, payload, field):
    response = contributor_client.post("/api/articles/", payload, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()["fields"]


def test_article_status_is_for_editors_and_contributors(contributor_client, reader_client, anon):
    body = contributor_client.post(
        "/api/articles/", {"text": TEXT, "language": "en"}, format="json"
    ).json()
    assert reader_client.get(body["url"]).status_code == 403
    assert anon.get(body["url"]).status_code == 401
    assert contributor_client.get("/api/articles/999999/").status_code == 404


def test_non_json_bodies_are_415(contributor_client):
    response = contributor_client.post(
        "/api/articles/", "text=hello", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 415
    assert response.json()["code"] == "unsupported_media_type"
