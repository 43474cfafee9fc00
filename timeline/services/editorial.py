"""Editorial decisions on events: publish and reject. Each checks the user's role.

Both mark the event as edited: a decision by an editor is editorial work that a later run of the
extractor must leave alone.
"""

from django.db import transaction

from timeline.choices import EventStatus
from timeline.errors import ApplicationError, PermissionDenied
from timeline.models import Event, EventActor
from timeline.permissions import User, can_publish


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
