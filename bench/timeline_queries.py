"""Synthetic archive and the timeline reads measured on it.

The archive has one very common actor (on a quarter of all events), a few hundred ordinary ones
and some rare ones (a handful of events), because an actor filter must be fast for both ends.
"""

import datetime as dt
import random
from collections.abc import Callable, Iterator

from django.db import connection, transaction
from django.test import Client

from timeline import selectors
from timeline.choices import Category, EventStatus
from timeline.models import Actor, Event, EventActor
from timeline.periods import period_end

RNG_SEED = 20260101
BATCH = 5000
ORDINARY_ACTORS = 300


@transaction.atomic
def fill(count: int) -> None:
    rng = random.Random(RNG_SEED)  # noqa: S311 (reproducible test data, not secrets)
    actors = Actor.objects.bulk_create(
        [Actor(slug="common", name="Common actor", kind="company", country="CN")]
        + [Actor(slug="rare", name="Rare actor", kind="company", country="US")]
        + [
            Actor(slug=f"actor-{i}", name=f"Actor {i}", kind="company", country="DE")
            for i in range(ORDINARY_ACTORS)
        ]
    )
    common, rare, ordinary = actors[0], actors[1], actors[2:]
    categories = Category.values
    start = dt.date(2018, 1, 1)
    for offset in range(0, count, BATCH):
        events = []
        for i in range(offset, min(offset + BATCH, count)):
            day = start + dt.timedelta(days=rng.randrange(3200))
            status = EventStatus.PUBLISHED if rng.random() < 0.9 else EventStatus.DRAFT
            events.append(
                Event(
                    title=f"Synthetic event {i}",
                    date=day,
                    date_last=period_end(day, "day"),
                    category=rng.choice(categories),
                    status=status,
                )
            )
        Event.objects.bulk_create(events)
        links = []
        for event in events:
            chosen = set(rng.sample(ordinary, 2))
            if rng.random() < 0.25:
                chosen.add(common)
            if rng.random() < 0.0001:
                chosen.add(rare)
            links.extend(
                EventActor(
                    event=event,
                    actor=actor,
                    role="mentioned",
                    event_date=event.date,
                    event_date_last=event.date_last,
                    event_status=event.status,
                )
                for actor in chosen
            )
        EventActor.objects.bulk_create(links)
    with connection.cursor() as cursor:
        # Planner statistics, as a live database has them (autovacuum on PostgreSQL).
        cursor.execute("ANALYZE")


def _page_by_join(slug: str) -> Callable[[], object]:
    def run() -> object:
        return list(selectors.event_list().filter(actor_links__actor__slug=slug)[:50])

    return run


def _page_by_link_table(slug: str) -> Callable[[], object]:
    def run() -> object:
        actor = Actor.objects.get(slug=slug)
        ids = list(
            EventActor.objects.filter(actor=actor, event_status=EventStatus.PUBLISHED)
            .order_by("-event_date", "-event_id")
            .values_list("event_id", flat=True)[:50]
        )
        return list(selectors.event_list().filter(pk__in=ids))

    return run


def measurements() -> Iterator[tuple[str, Callable[[], object]]]:
    client = Client()
    yield "timeline page `/` (100 newest events, rendered)", lambda: client.get("/")
    yield (
        "first 50 published events (selector, with actors)",
        lambda: list(selectors.event_list()[:50]),
    )
    yield "50 events of a common actor, join on event date order", _page_by_join("common")
    yield "50 events of a rare actor, join on event date order", _page_by_join("rare")
    yield (
        "50 events of a common actor, via (actor, status, date) link index",
        (_page_by_link_table("common")),
    )
    yield (
        "50 events of a rare actor, via (actor, status, date) link index",
        (_page_by_link_table("rare")),
    )
