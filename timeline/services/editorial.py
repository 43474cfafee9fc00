"""Editorial decisions on events: publish, reject, bulk edits and reverting to an earlier version.

Each checks the user's role the same way for the admin and the API: publishing and rejecting need
an editor; bulk edits need the right to edit every event touched (contributors: drafts only).
Every decision marks the event as edited: it is editorial work that a later run of the extractor
must leave alone.
"""

from collections.abc import Iterable

from django.db import transaction

from timeline.choices import Category, EventStatus
from timeline.errors import ApplicationError, PermissionDenied
from timeline.models import Event, EventActor, Tag
from timeline.permissions import User, can_edit_event, can_publish
from timeline.services.search import event_search_refresh
from timeline.services.validation import validated


def _set_status(*, event: Event, status: str, user: User) -> Event:
    if not can_publish(user):
        raise PermissionDenied("only editors can publish or reject events")
    if event.is_tombstone:
        raise ApplicationError(f"event {event.pk} was merged into event {event.merged_into_id}")
    event.status = status
    event.edited = True
    event.save(update_fields=["status", "edited", "updated_at"])
    EventActor.objects.filter(event=event).update(event_status=status)
    return event


@transaction.atomic
def event_publish(*, event: Event, user: User) -> Event:
    """Make the event public."""
    return _set_status(event=event, status=EventStatus.PUBLISHED, user=user)


@transaction.atomic
def event_reject(*, event: Event, user: User) -> Event:
    """Take the event off the timeline; the row stays so the extractor won't propose it again."""
    return _set_status(event=event, status=EventStatus.REJECTED, user=user)


def _editable(events: Iterable[Event], user: User) -> list[Event]:
    events = list(events)
    for event in events:
        if event.is_tombstone:
            raise ApplicationError(f"event {event.pk} was merged into event {event.merged_into_id}")
        if not can_edit_event(user, event):
            raise PermissionDenied(f"you may not edit event {event.pk} ({event.status})")
    return events


@transaction.atomic
def events_publish(*, events: Iterable[Event], user: User) -> int:
    """Publish several events at once; all or none."""
    chosen = list(events)
    for event in chosen:
        event_publish(event=event, user=user)
    return len(chosen)


@transaction.atomic
def events_reject(*, events: Iterable[Event], user: User) -> int:
    """Reject several events at once; all or none."""
    chosen = list(events)
    for event in chosen:
        event_reject(event=event, user=user)
    return len(chosen)


def _events_set(events: Iterable[Event], user: User, field: str, value: object) -> int:
    changed = 0
    for event in _editable(events, user):
        setattr(event, field, value)
        event.edited = True
        event.save(update_fields=[field, "edited", "updated_at"])
        changed += 1
    return changed


@transaction.atomic
def events_set_category(*, events: Iterable[Event], category: str, user: User) -> int:
    """Give several events the same category; each is marked as edited."""
    if category not in Category.values:
        raise ApplicationError(f"unknown category {category!r}", field="category")
    return _events_set(events, user, "category", category)


@transaction.atomic
def events_set_importance(*, events: Iterable[Event], importance: int | None, user: User) -> int:
    """Give several events the same importance (1–3, or none); each is marked as edited."""
    if importance is not None and importance not in (1, 2, 3):
        raise ApplicationError("importance is 1, 2 or 3", field="importance")
    return _events_set(events, user, "importance", importance)


@transaction.atomic
def events_add_tag(*, events: Iterable[Event], tag: Tag, user: User) -> int:
    """Tag several events; events that already carry the tag are left as they are."""
    changed = 0
    for event in _editable(events, user):
        if event.tags.filter(pk=tag.pk).exists():
            continue
        event.edited = True
        event.save(update_fields=["edited", "updated_at"])
        event.tags.add(tag)
        changed += 1
    return changed


REVERTIBLE_FIELDS = (
    "title",
    "summary",
    "date",
    "precision",
    "date_end",
    "approximate",
    "category",
    "stage",
    "status",
    "confidence",
    "importance",
    "figures",
)


@transaction.atomic
def event_revert(*, event: Event, history_id: int, user: User) -> Event:
    """Bring the event's content (fields and tags) back to an earlier version from its history.

    The revert is itself a new version, so it can be reverted too. Actor links, sources and
    legal references are not versioned and stay as they are; their date and status copies follow.
    """
    record = event.history.filter(history_id=history_id).first()
    if record is None:
        raise ApplicationError(f"event {event.pk} has no version {history_id}")
    if event.is_tombstone:
        raise ApplicationError(f"event {event.pk} was merged into event {event.merged_into_id}")
    if not can_edit_event(user, event):
        raise PermissionDenied(f"you may not edit event {event.pk} ({event.status})")
    if record.status != event.status and not can_publish(user):
        raise PermissionDenied("only editors can publish or reject events")
    for name in REVERTIBLE_FIELDS:
        setattr(event, name, getattr(record, name))
    event.edited = True
    event.refresh_date_last()
    validated(event)
    if user.is_authenticated:
        event._history_user = user  # type: ignore[attr-defined]
    event._change_reason = f"reverted to the version of {record.history_date:%Y-%m-%d %H:%M}"  # type: ignore[attr-defined]
    event.save()
    tag_ids = {row.tag_id for row in record.tags.all()}
    if tag_ids != set(event.tags.values_list("pk", flat=True)):
        event.tags.set(Tag.objects.filter(pk__in=tag_ids))
    EventActor.objects.filter(event=event).update(
        event_date=event.date, event_date_last=event.date_last, event_status=event.status
    )
    event_search_refresh(event_ids=[event.pk])
    return event
