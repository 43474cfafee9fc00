"""Reverting an event to an earlier version from its history."""

import datetime as dt

import pytest
from django.urls import reverse

from tests.factories import ActorFactory, make_event
from timeline.errors import PermissionDenied
from timeline.models import Tag
from timeline.services.editorial import event_publish, event_revert, events_add_tag
from timeline.services.events import EventData, event_update

pytestmark = pytest.mark.django_db


def _edit(event, **changes):
    fields = {
        "title": event.title,
        "date": event.date,
        "category": event.category,
        "precision": event.precision,
        "status": event.status,
        "actors": tuple((link.actor, link.role) for link in event.actor_links.all()),
    }
    fields.update(changes)
    return event_update(event=event, data=EventData(**fields), by_editor=True)


def test_revert_restores_fields_and_tags_and_keeps_link_copies_in_step(editor):
    actor = ActorFactory()
    event = make_event(
        title="Original", date=dt.date(2025, 2, 24), status="draft", actors=((actor, "initiator"),)
    )
    original = event.history.latest("history_date")
    tag = Tag.objects.create(slug="ai", name="AI")
    events_add_tag(events=[event], tag=tag, user=editor)
    _edit(event, title="Changed", date=dt.date(2024, 1, 1), precision="year")

    event_revert(event=event, history_id=original.history_id, user=editor)

    event.refresh_from_db()
    assert (event.title, event.date, event.precision) == ("Original", dt.date(2025, 2, 24), "day")
    assert list(event.tags.all()) == []
    link = event.actor_links.get()
    assert (link.event_date, link.event_date_last) == (dt.date(2025, 2, 24), dt.date(2025, 2, 24))
    latest = event.history.latest("history_date")
    assert latest.history_user == editor
    assert "reverted" in latest.history_change_reason


def test_a_revert_can_itself_be_reverted(editor):
    event = make_event(title="One", status="draft")
    first = event.history.latest("history_date")
    _edit(event, title="Two")
    second = event.history.latest("history_date")
    event_revert(event=event, history_id=first.history_id, user=editor)
    event_revert(event=event, history_id=second.history_id, user=editor)
    event.refresh_from_db()
    assert event.title == "Two"


def test_contributor_cannot_revert_a_publication(contributor, editor):
    event = make_event(title="Draft", status="draft")
    draft_version = event.history.latest("history_date")
    event_publish(event=event, user=editor)
    with pytest.raises(PermissionDenied):
        event_revert(event=event, history_id=draft_version.history_id, user=contributor)
    event.refresh_from_db()
    assert event.status == "published"


def test_revert_from_the_history_page(editor_client):
    event = make_event(title="Before", status="draft")
    before = event.history.latest("history_date")
    _edit(event, title="After")
    history = editor_client.get(reverse("admin:timeline_event_history", args=[event.pk]))
    assert history.status_code == 200
    assert "After" in history.content.decode()
    url = reverse("admin:timeline_event_simple_history", args=[event.pk, before.history_id])
    assert editor_client.get(url).status_code == 200
    response = editor_client.post(url, {"title": "ignored, the version is restored"})
    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.title, event.edited) == ("Before", True)
