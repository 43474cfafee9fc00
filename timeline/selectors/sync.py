"""What a mirror needs to stay in step: events that left the public timeline since a moment.

An event leaves the timeline when it is merged into another (a tombstone with `merged_into`),
rejected or taken back to draft after having been published, or deleted. Deletions are read from
the event history, which records them.
"""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q

from timeline.choices import EventStatus
from timeline.models import Event

REASON_MERGED = "merged"
REASON_WITHDRAWN = "withdrawn"
REASON_DELETED = "deleted"


@dataclass(frozen=True)
class Removal:
    id: int
    reason: str
    merged_into: int | None
    at: dt.datetime


def event_removals(
    *, since: dt.datetime, after: tuple[dt.datetime, int] | None = None, limit: int = 100
) -> list[Removal]:
    """Up to `limit` removals at or after `since`, ordered by (time, id), after the key `after`."""
    history = Event.history.model
    was_public = history.objects.filter(id=OuterRef("pk"), status=EventStatus.PUBLISHED)
    left = Event.objects.filter(updated_at__gte=since).filter(
        Q(merged_into__isnull=False) | (~Q(status=EventStatus.PUBLISHED) & Exists(was_public))
    )
    deleted = history.objects.filter(history_type="-", history_date__gte=since)
    if after is not None:
        moment, last_id = after
        left = left.filter(Q(updated_at__gt=moment) | Q(updated_at=moment, pk__gt=last_id))
        deleted = deleted.filter(
            Q(history_date__gt=moment) | Q(history_date=moment, id__gt=last_id)
        )
    removals = [
        Removal(
            id=pk,
            reason=REASON_MERGED if merged_into is not None else REASON_WITHDRAWN,
            merged_into=merged_into,
            at=updated_at,
        )
        for pk, merged_into, updated_at in left.order_by("updated_at", "pk").values_list(
            "pk", "merged_into_id", "updated_at"
        )[:limit]
    ]
    removals += [
        Removal(id=pk, reason=REASON_DELETED, merged_into=None, at=moment)
        for pk, moment in deleted.order_by("history_date", "id").values_list("id", "history_date")[
            :limit
        ]
    ]
    removals.sort(key=lambda removal: (removal.at, removal.id))
    return removals[:limit]
