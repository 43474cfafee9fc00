"""Editor and Contributor roles: who may publish, reject, edit and ingest."""

import pytest
from django.contrib.auth.models import Group, User

from tests.factories import make_event
from timeline.errors import ApplicationError, PermissionDenied
from timeline.permissions import (
    can_edit_event,
    can_ingest,
    can_merge_actors,
    can_merge_events,
    can_publish,
)
from timeline.services.editorial import event_publish, event_reject

pytestmark = pytest.mark.django_db


def _user(group: str) -> User:
    user = User.objects.create_user(username=group.lower(), password="x", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return User.objects.get(pk=user.pk)


def test_editor_may_do_everything_editorial():
    editor = _user("Editor")
    draft = make_event(status="draft")
    assert can_publish(editor)
    assert can_merge_events(editor)
    assert can_merge_actors(editor)
    assert can_ingest(editor)
    assert can_edit_event(editor, make_event(status="published"))
    event_publish(event=draft, user=editor)
    draft.refresh_from_db()
    assert (draft.status, draft.edited) == ("published", True)
    assert set(draft.actor_links.values_list("event_status", flat=True)) <= {"published"}


def test_contributor_edits_drafts_and_ingests_but_cannot_publish_or_merge():
    contributor = _user("Contributor")
    draft = make_event(status="draft")
    assert can_ingest(contributor)
    assert can_edit_event(contributor, draft)
    assert not can_edit_event(contributor, make_event(status="published"))
    assert not can_merge_events(contributor)
    assert not can_merge_actors(contributor)
    with pytest.raises(PermissionDenied):
        event_publish(event=draft, user=contributor)
    with pytest.raises(PermissionDenied):
        event_reject(event=draft, user=contributor)
    draft.refresh_from_db()
    assert draft.status == "draft"


def test_a_user_without_a_role_can_do_nothing():
    nobody = User.objects.create_user(username="reader", password="x")
    assert not can_publish(nobody)
    assert not can_ingest(nobody)
    assert not can_edit_event(nobody, make_event(status="draft"))


def test_rejecting_marks_the_event_as_editorial_work():
    editor = _user("Editor")
    event = make_event(status="draft")
    event_reject(event=event, user=editor)
    event.refresh_from_db()
    assert (event.status, event.edited) == ("rejected", True)


def test_reader_reports_wait_for_an_editor_to_close_them():
    from timeline.services.corrections import correction_close, correction_submit

    event = make_event()
    with pytest.raises(ApplicationError):
        correction_submit(event=event, message="   ")
    report = correction_submit(
        event=event, message="The date is a week off.", contact="a@b.example"
    )
    with pytest.raises(ApplicationError):
        correction_close(report=report, user=_user("Contributor"), resolved=True)
    correction_close(report=report, user=_user("Editor"), resolved=True)
    report.refresh_from_db()
    assert report.status == "resolved"
    assert report.resolved_by.username == "editor"
