"""The review queue: drafts in order with their evidence, publish or reject, bulk edits."""

import pytest
from django.urls import reverse

from tests.factories import make_event
from timeline.models import Tag
from timeline.services.corrections import correction_submit

pytestmark = pytest.mark.django_db
QUEUE = "admin:timeline_event_queue"


def _row_order(html: str, ids: list[int]) -> list[int]:
    return sorted(ids, key=lambda pk: html.index(f'data-event-id="{pk}"'))


def test_queue_lists_drafts_highest_confidence_first_and_leaves_out_the_rest(
    editor_client, draft_with_evidence
):
    low = draft_with_evidence(title="Low confidence", confidence=0.3)
    high = draft_with_evidence(title="High confidence", confidence=0.95)
    published = make_event(title="Already public", status="published")
    html = editor_client.get(reverse(QUEUE)).content.decode()
    assert _row_order(html, [low.pk, high.pk]) == [high.pk, low.pk]
    assert f'data-event-id="{published.pk}"' not in html


def test_queue_marks_date_phrase_and_actor_mentions_in_the_evidence(
    editor_client, draft_with_evidence
):
    draft_with_evidence()
    html = editor_client.get(reverse(QUEUE)).content.decode()
    assert '<mark class="hl-date">on Monday</mark>' in html
    assert '<mark class="hl-actor">Alibaba</mark>' not in html
    assert "Alibaba said" in html


def test_queue_highlights_actor_by_its_alias(editor_client, draft_with_evidence):
    event = draft_with_evidence()
    actor = event.actors.get()
    actor.aliases.create(name="Alibaba", language="mul")
    html = editor_client.get(reverse(QUEUE)).content.decode()
    assert '<mark class="hl-actor">Alibaba</mark> said' in html


def test_editor_publishes_a_draft_from_the_queue(editor_client, draft_with_evidence):
    event = draft_with_evidence()
    response = editor_client.post(reverse(QUEUE), {"publish_one": event.pk})
    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.status, event.edited) == ("published", True)
    assert set(event.actor_links.values_list("event_status", flat=True)) == {"published"}


def test_editor_rejects_a_draft_from_the_queue(editor_client, draft_with_evidence):
    event = draft_with_evidence()
    editor_client.post(reverse(QUEUE), {"reject_one": event.pk})
    event.refresh_from_db()
    assert event.status == "rejected"


def test_contributor_sees_the_queue_but_cannot_publish_from_it(
    contributor_client, draft_with_evidence
):
    event = draft_with_evidence()
    page = contributor_client.get(reverse(QUEUE)).content.decode()
    assert f'name="publish_one" value="{event.pk}"' not in page
    contributor_client.post(reverse(QUEUE), {"publish_one": event.pk})
    contributor_client.post(reverse(QUEUE), {"bulk_action": "publish", "selected": [event.pk]})
    event.refresh_from_db()
    assert event.status == "draft"


@pytest.mark.parametrize(
    ("action", "extra", "check"),
    [
        ("publish", {}, lambda e: e.status == "published"),
        ("reject", {}, lambda e: e.status == "rejected"),
        ("set_category", {"category": "investment"}, lambda e: e.category == "investment"),
        ("set_importance", {"importance": "3"}, lambda e: e.importance == 3),
    ],
    ids=["publish", "reject", "set-category", "set-importance"],
)
def test_bulk_actions_in_the_queue_apply_to_every_selected_event(
    editor_client, draft_with_evidence, action, extra, check
):
    events = [draft_with_evidence(title=f"Draft {n}") for n in range(3)]
    untouched = draft_with_evidence(title="Not selected")
    editor_client.post(
        reverse(QUEUE),
        {"bulk_action": action, "selected": [e.pk for e in events], **extra},
    )
    for event in events:
        event.refresh_from_db()
        assert check(event)
        assert event.edited
    untouched.refresh_from_db()
    assert not check(untouched)
    assert not untouched.edited


def test_bulk_add_tag_from_the_queue(editor_client, draft_with_evidence):
    tag = Tag.objects.create(slug="cloud", name="Cloud computing")
    events = [draft_with_evidence(title=f"Draft {n}") for n in range(2)]
    editor_client.post(
        reverse(QUEUE),
        {"bulk_action": "add_tag", "tag": tag.pk, "selected": [e.pk for e in events]},
    )
    for event in events:
        assert list(event.tags.values_list("slug", flat=True)) == ["cloud"]


def test_contributor_may_recategorise_drafts_in_bulk(contributor_client, draft_with_evidence):
    event = draft_with_evidence()
    contributor_client.post(
        reverse(QUEUE),
        {"bulk_action": "set_category", "category": "earnings", "selected": [event.pk]},
    )
    event.refresh_from_db()
    assert event.category == "earnings"


def test_reader_reports_appear_in_the_queue_and_an_editor_closes_them(editor_client):
    event = make_event(title="Reported event")
    report = correction_submit(event=event, message="The date is one day early.")
    page = editor_client.get(reverse(QUEUE)).content.decode()
    assert "The date is one day early." in page
    editor_client.post(reverse(QUEUE), {"dismiss_correction": report.pk})
    report.refresh_from_db()
    assert report.status == "dismissed"
    assert "The date is one day early." not in editor_client.get(reverse(QUEUE)).content.decode()


def test_queue_needs_a_login(client):
    response = client.get(reverse(QUEUE))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
