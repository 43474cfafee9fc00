"""Saving an event in the admin goes through the services: edited mark, link copies, history."""

import datetime as dt

import pytest
from django.urls import reverse

from tests.factories import ActorFactory, make_event
from timeline.models import Actor, Event

pytestmark = pytest.mark.django_db


def _form_data(event, **changes):
    links = list(event.actor_links.select_related("actor"))
    data = {
        "title": event.title,
        "summary": event.summary,
        "category": event.category,
        "status": event.status,
        "importance": event.importance or "",
        "date": event.date.isoformat(),
        "precision": event.precision,
        "date_end": "",
        "stage": event.stage,
        "figures": "[]",
        "actor_links-TOTAL_FORMS": len(links),
        "actor_links-INITIAL_FORMS": len(links),
        "actor_links-MIN_NUM_FORMS": 0,
        "actor_links-MAX_NUM_FORMS": 1000,
        "sources-TOTAL_FORMS": 0,
        "sources-INITIAL_FORMS": 0,
        "legal_references-TOTAL_FORMS": 0,
        "legal_references-INITIAL_FORMS": 0,
        "relations_out-TOTAL_FORMS": 0,
        "relations_out-INITIAL_FORMS": 0,
    }
    for i, link in enumerate(links):
        data[f"actor_links-{i}-id"] = link.pk
        data[f"actor_links-{i}-event"] = event.pk
        data[f"actor_links-{i}-actor"] = link.actor_id
        data[f"actor_links-{i}-role"] = link.role
    data.update(changes)
    return data


def test_saving_the_form_marks_edited_moves_link_copies_and_records_who(editor_client, editor):
    actor = ActorFactory()
    event = make_event(status="draft", actors=((actor, "initiator"),))
    url = reverse("admin:timeline_event_change", args=[event.pk])
    response = editor_client.post(
        url, _form_data(event, date="2024-03-01", precision="month", title="Corrected title")
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    event.refresh_from_db()
    assert (event.title, event.date, event.precision, event.edited) == (
        "Corrected title",
        dt.date(2024, 3, 1),
        "month",
        True,
    )
    link = event.actor_links.get()
    assert (link.event_date, link.event_date_last) == (dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    latest = event.history.latest("history_date")
    assert latest.history_user == editor
    assert latest.title == "Corrected title"


def test_adding_an_actor_in_the_form_creates_a_link_with_the_event_copies(editor_client):
    event = make_event(status="published", date=dt.date(2025, 5, 12))
    actor = ActorFactory()
    data = _form_data(event)
    data.update(
        {
            "actor_links-TOTAL_FORMS": 1,
            "actor_links-0-actor": actor.pk,
            "actor_links-0-role": "target",
            "actor_links-0-event": event.pk,
        }
    )
    response = editor_client.post(reverse("admin:timeline_event_change", args=[event.pk]), data)
    assert response.status_code == 302
    link = event.actor_links.get()
    assert (link.actor, link.role, link.event_date, link.event_status) == (
        actor,
        "target",
        dt.date(2025, 5, 12),
        "published",
    )


def test_contributor_edits_a_draft_but_cannot_change_its_status(contributor_client):
    event = make_event(status="draft")
    response = contributor_client.post(
        reverse("admin:timeline_event_change", args=[event.pk]),
        _form_data(event, title="Better title", status="published"),
    )
    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.title, event.status, event.edited) == ("Better title", "draft", True)


def test_contributor_cannot_change_a_published_event(contributor_client):
    event = make_event(status="published", title="Public")
    url = reverse("admin:timeline_event_change", args=[event.pk])
    assert contributor_client.get(url).status_code == 200
    response = contributor_client.post(url, _form_data(event, title="Vandalised"))
    assert response.status_code == 403
    event.refresh_from_db()
    assert event.title == "Public"


def test_contributor_has_no_publish_reject_or_merge_actions(contributor_client, editor_client):
    url = reverse("admin:timeline_event_changelist")
    make_event()
    contributor_page = contributor_client.get(url).content.decode()
    editor_page = editor_client.get(url).content.decode()
    for action in ("publish_selected", "reject_selected", "merge_selected"):
        assert f'value="{action}"' in editor_page
        assert f'value="{action}"' not in contributor_page


def test_contributor_cannot_publish_through_the_changelist_action(contributor_client):
    event = make_event(status="draft")
    contributor_client.post(
        reverse("admin:timeline_event_changelist"),
        {"action": "publish_selected", "_selected_action": [event.pk]},
    )
    event.refresh_from_db()
    assert event.status == "draft"


@pytest.mark.parametrize(
    ("action", "extra", "expected"),
    [
        ("publish_selected", {}, {"status": "published"}),
        ("reject_selected", {}, {"status": "rejected"}),
        ("set_category", {"category": "sanctions"}, {"category": "sanctions"}),
        ("set_importance", {"importance": "2"}, {"importance": 2}),
    ],
)
def test_changelist_actions_change_selected_events(editor_client, action, extra, expected):
    events = [make_event(status="draft", title=f"E{n}") for n in range(2)]
    response = editor_client.post(
        reverse("admin:timeline_event_changelist"),
        {"action": action, "_selected_action": [e.pk for e in events], **extra},
    )
    assert response.status_code == 302
    for event in events:
        event.refresh_from_db()
        assert {key: getattr(event, key) for key in expected} == expected
        assert event.edited


def test_a_tombstone_cannot_be_edited(editor_client, editor):
    from timeline.services.merge import events_merge

    survivor, other = make_event(title="Stays"), make_event(title="Goes")
    events_merge(survivor=survivor, others=[other], user=editor)
    url = reverse("admin:timeline_event_change", args=[other.pk])
    response = editor_client.post(url, _form_data(other, title="Changed"))
    assert response.status_code == 403


def test_events_are_never_deleted_from_the_admin(editor_client):
    event = make_event(status="draft")
    response = editor_client.post(
        reverse("admin:timeline_event_delete", args=[event.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert Event.objects.filter(pk=event.pk).exists()


def test_an_actor_with_events_is_merged_not_deleted(editor_client):
    linked, unused = ActorFactory(), ActorFactory()
    make_event(actors=((linked, "initiator"),))
    for actor, expected in ((linked, 403), (unused, 302)):
        response = editor_client.post(
            reverse("admin:timeline_actor_delete", args=[actor.pk]), {"post": "yes"}
        )
        assert response.status_code == expected
    assert Actor.objects.filter(pk=linked.pk).exists()
    assert not Actor.objects.filter(pk=unused.pk).exists()


def test_editor_adds_an_event_with_actors_in_the_form(editor_client, editor):
    actor = ActorFactory()
    data = {
        "title": "Hand-made event",
        "summary": "",
        "category": "diplomacy",
        "status": "draft",
        "importance": "2",
        "date": "2025-02-20",
        "precision": "day",
        "date_end": "",
        "stage": "",
        "figures": "[]",
        "actor_links-TOTAL_FORMS": 1,
        "actor_links-INITIAL_FORMS": 0,
        "actor_links-0-actor": actor.pk,
        "actor_links-0-role": "initiator",
        "sources-TOTAL_FORMS": 0,
        "sources-INITIAL_FORMS": 0,
        "legal_references-TOTAL_FORMS": 1,
        "legal_references-INITIAL_FORMS": 0,
        "legal_references-0-kind": "federal_register",
        "legal_references-0-identifier": "2025-01234",
        "relations_out-TOTAL_FORMS": 0,
        "relations_out-INITIAL_FORMS": 0,
    }
    response = editor_client.post(reverse("admin:timeline_event_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    event = Event.objects.get(title="Hand-made event")
    assert (event.edited, event.importance) == (True, 2)
    link = event.actor_links.get()
    assert (link.actor, link.event_date, link.event_status) == (
        actor,
        dt.date(2025, 2, 20),
        "draft",
    )
    assert list(event.legal_references.values_list("identifier", flat=True)) == ["2025-01234"]
    assert event.history.latest("history_date").history_user == editor


def test_contributor_cannot_add_events(contributor_client):
    response = contributor_client.get(reverse("admin:timeline_event_add"))
    assert response.status_code == 403
