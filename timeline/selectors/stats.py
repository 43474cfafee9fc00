"""Aggregates for charts: events per period, by category and by the sides of their actors."""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Case, CharField, Count, DateField, QuerySet, Value, When
from django.db.models.functions import TruncMonth, TruncQuarter, TruncYear

from timeline.choices import CHINA_SIDE_COUNTRIES, EventStatus, Side
from timeline.models import Actor, Event, EventActor

BUCKETS = ("month", "quarter", "year")
_TRUNC = {"month": TruncMonth, "quarter": TruncQuarter, "year": TruncYear}


@dataclass
class Bucket:
    start: dt.date
    total: int = 0
    by_category: dict[str, int] = field(default_factory=dict)
    by_side: dict[str, int] = field(default_factory=dict)


def _side_expression() -> Case:
    return Case(
        When(actor__country="US", then=Value(Side.US)),
        When(actor__country__in=sorted(CHINA_SIDE_COUNTRIES), then=Value(Side.CHINA)),
        default=Value(Side.OTHER),
        output_field=CharField(),
    )


def event_counts(*, events: QuerySet[Event], bucket: str) -> list[Bucket]:
    """Counts of `events` per period starting on their start date, oldest period first.

    `by_side` counts an event once for each side that has at least one actor in it, so the sides
    of one period may add up to more than its total.
    """
    if bucket not in _TRUNC:
        raise ValueError(f"unknown bucket {bucket!r}")
    trunc = _TRUNC[bucket]
    selection = events.order_by().values("pk")
    rows: dict[dt.date, Bucket] = {}
    by_category = (
        events.order_by()
        .annotate(period=trunc("date", output_field=DateField()))
        .values_list("period", "category")
        .annotate(n=Count("pk", distinct=True))
        .order_by()
    )
    for period, category, n in by_category:
        entry = rows.setdefault(period, Bucket(start=period))
        entry.by_category[category] = entry.by_category.get(category, 0) + n
        entry.total += n
    sides: dict[dt.date, dict[str, int]] = defaultdict(dict)
    by_side = (
        EventActor.objects.filter(event__in=selection)
        .annotate(period=trunc("event_date", output_field=DateField()), side=_side_expression())
        .values_list("period", "side")
        .annotate(n=Count("event", distinct=True))
        .order_by()
    )
    for period, side, n in by_side:
        sides[period][side] = n
    for period, counts in sides.items():
        rows.setdefault(period, Bucket(start=period)).by_side = counts
    return [rows[period] for period in sorted(rows)]


def actor_event_counts(*, actor: Actor) -> dict[str, int]:
    """How many published events the actor takes part in, per category."""
    rows = (
        EventActor.objects.filter(actor=actor, event_status=EventStatus.PUBLISHED)
        .filter(event__merged_into__isnull=True)
        .values_list("event__category")
        .annotate(n=Count("event_id"))
        .order_by()
    )
    return dict(rows)
