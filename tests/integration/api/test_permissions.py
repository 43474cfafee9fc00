"""Roles in the API: tokens, sessions, editors publish/reject/edit, contributors edit drafts."""

import datetime as dt

import pytest
from django.core.management import call_command
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from timeline.models import Event

pytestmark = pytest.mark.django_db


def test_anonymous_writes_answer_401_with_the_error_shape(archive, anon):
    event = archive["draft"]
    for response in (
        anon.post(f"/api/events/{event.pk}/publish/"),
        anon.patch(f"/api/events/{event.pk}/", {"title": "x"}, format="json"),
        anon.post("/api/articles/", {"text": "x"}, format="json"),
    ):
        assert response.status_code == 401
        assert response.json()["code"] == "not_authenticated"
        assert response["WWW-Authenticate"] == "Token"


def test_a_wrong_token_is_401_even_on_public_reads(archive):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    response = client.get("/api/events/")
    assert response.status_code == 401
    assert response.json()["code"] == "authentication_failed"


def test_editor_publishes_and_rejects(archive, editor_client, anon):
    draft = archive["draft"]
    response = editor_client.post(f"/api/events/{draft.pk}/publish/")
    assert response.status_code == 200
    assert response.json()["status"] == "published"
    assert anon.get(f"/api/events/{draft.pk}/").status_code == 200
    response = editor_client.post(f"/api/events/{draft.pk}/reject/")
    assert response.json()["status"] == "rejected"
    assert anon.get(f"/api/events/{draft.pk}/").status_code == 404
    draft.refresh_from_db()
    assert draft.edited


def test_contributor_cannot_publish_but_edits_drafts(archive, contributor_client):
    draft = archive["draft"]
    response = contributor_client.post(f"/api/events/{draft.pk}/publish/")
    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"
    response = contributor_client.patch(
        f"/api/events/{draft.pk}/", {"title": "Proposal, reviewed"}, format="json"
    )
    assert response.status_code == 200
    assert response.json()["title"] == "Proposal, reviewed"
    published = archive["plan"]
    response = contributor_client.patch(
        f"/api/events/{published.pk}/", {"title": "Changed"}, format="json"
    )
    assert response.status_code == 403
    published.refresh_from_db()
    assert published.title == "Three-year investment plan"


def test_a_user_without_a_role_may_read_but_not_see_drafts_or_write(archive, reader_client):
    assert reader_client.get("/api/events/").status_code == 200
    assert reader_client.get("/api/events/?status=draft").status_code == 403
    assert reader_client.post(f"/api/events/{archive['draft'].pk}/publish/").status_code == 404
    response = reader_client.post(f"/api/events/{archive['plan'].pk}/reject/")
    assert response.status_code == 403
    response = reader_client.post("/api/articles/", {"text": "Some text."}, format="json")
    assert response.status_code == 403


def test_editor_edits_fields_actors_tags_and_references(archive, editor_client):
    event = archive["h20"]
    response = editor_client.patch(
        f"/api/events/{event.pk}/",
        {
            "date": "2025-04-09",
            "precision": "month",
            "importance": 2,
            "stage": "effective",
            "tags": ["ai"],
            "actors": [{"slug": "nvidia", "role": "target"}, {"slug": "bis", "role": "initiator"}],
            "legal_references": [{"kind": "federal_register", "identifier": "2025-0001"}],
        },
        format="json",
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["date"], body["date_display"], body["date_last"]) == (
        "2025-04-01",
        "April 2025",
        "2025-04-30",
    )
    assert body["title"] == "Licence requirement for Nvidia H20 exports"
    assert body["tags"] == ["ai"]
    assert {(a["slug"], a["role"]) for a in body["actors"]} == {
        ("nvidia", "target"),
        ("bis", "initiator"),
    }
    assert body["legal_references"][0]["identifier"] == "2025-0001"
    event.refresh_from_db()
    assert event.edited
    assert set(event.actor_links.values_list("event_date", flat=True)) == {dt.date(2025, 4, 1)}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "x" * 121}, "title"),
        ({"category": "gossip"}, "category"),
        ({"importance": 4}, "importance"),
        ({"actors": [{"slug": "nobody", "role": "target"}]}, "actors"),
        ({"tags": ["nothing"]}, "tags"),
        ({"date_end": "2000-01-01"}, "date_end"),
        (
            {"actors": [{"slug": "bis", "role": "target"}, {"slug": "bis", "role": "initiator"}]},
            "actors",
        ),
    ],
)
def test_invalid_edits_answer_400_naming_the_field(archive, editor_client, body, field):
    event = archive["h20"]
    response = editor_client.patch(f"/api/events/{event.pk}/", body, format="json")
    assert response.status_code == 400
    assert field in response.json()["fields"]
    event.refresh_from_db()
    assert event.title == "Licence requirement for Nvidia H20 exports"
    assert not event.edited


def test_merged_event_cannot_be_edited(archive, editor_client):
    loser = archive["q4_results"]
    Event.objects.filter(pk=loser.pk).update(merged_into=archive["entity_list"])
    response = editor_client.patch(f"/api/events/{loser.pk}/", {"title": "x"}, format="json")
    assert response.status_code == 400


def test_session_login_works_like_a_token(archive, editor):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.get("/api/events/?status=draft").status_code == 200
    # A session write without the CSRF token is refused.
    assert client.post(f"/api/events/{archive['draft'].pk}/publish/").status_code == 403


def test_anonymous_callers_are_throttled_with_429(archive, anon, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "3/minute", "user": "100/minute"},
    }
    statuses = [anon.get("/api/categories/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = anon.get("/api/categories/")
    assert response.json()["code"] == "throttled"
    assert int(response["Retry-After"]) > 0


def test_create_api_token_command_creates_and_reuses_tokens(db, capsys):
    call_command("create_api_token", "newsroom", "--create", "--role", "contributor")
    key = capsys.readouterr().out.strip()
    assert Token.objects.get(user__username="newsroom").key == key
    call_command("create_api_token", "newsroom")
    assert capsys.readouterr().out.strip() == key
    call_command("create_api_token", "newsroom", "--reset")
    assert capsys.readouterr().out.strip() != key
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get().key}")
    assert client.get("/api/events/?status=draft").status_code == 200


def test_create_api_token_refuses_an_unknown_user(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="no user 'ghost'"):
        call_command("create_api_token", "ghost")
