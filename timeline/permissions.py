"""Who may do what: the Editor and Contributor roles, checked the same way by the admin and the API.

Editors curate everything. Contributors add articles and feeds and edit drafts, but cannot publish,
reject or merge. The groups and their permissions are created by a data migration.
"""

from django.contrib.auth.models import AbstractUser, AnonymousUser

from timeline.choices import EventStatus
from timeline.models import Event

EDITOR_GROUP = "Editor"
CONTRIBUTOR_GROUP = "Contributor"

User = AbstractUser | AnonymousUser


def _has(user: User, permission: str) -> bool:
    return bool(user.is_active and user.has_perm(permission))


def can_publish(user: User) -> bool:
    """Publish or reject events (and so decide what the public sees)."""
    return _has(user, "timeline.publish_event")


def can_merge_events(user: User) -> bool:
    return _has(user, "timeline.merge_events")


def can_merge_actors(user: User) -> bool:
    return _has(user, "timeline.merge_actors")


def can_edit_event(user: User, event: Event) -> bool:
    """Editors edit any event; contributors only drafts."""
    if not _has(user, "timeline.change_event"):
        return False
    return event.status == EventStatus.DRAFT or can_publish(user)


def can_ingest(user: User) -> bool:
    """Submit articles (text, file or URL) for extraction."""
    return _has(user, "timeline.add_article")


def can_see_drafts(user: User) -> bool:
    return _has(user, "timeline.view_event") and bool(user.is_staff or can_ingest(user))
