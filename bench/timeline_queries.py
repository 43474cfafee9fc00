"""Synthetic archive and the timeline reads measured on it.

The archive has one very common actor (on a quarter of all events), a few hundred ordinary ones
and some rare ones (a handful of events), because an actor filter must be fast for both ends.
Each event cites two of a few thousand articles with an evidence sentence, as extracted events
do: one in five evidence sentences names tariffs, one in ten thousand a rare word.
"""

import datetime as dt
import hashlib
import random
from collections.abc import Callable, Iterator

from django.db import connection, transaction
from django.test import Client

from bench.names import COMMON_ACTOR_ALIAS, COMMON_WORD, RARE_ACTOR_ALIAS, RARE_WORD
from timeline import selectors
from timeline.choices import Category, EventStatus
from timeline.models import Actor, ActorAlias, Article, Event, EventActor, EventSource
from timeline.periods import period_end
from timeline.services.search import event_search_refresh

RNG_SEED = 20260101
BATCH = 5000
ORDINARY_ACTORS = 300
ARTICLES = 5000
SOURCES_PER_EVENT = 2


def filled(count: int) -> bool:
    """Whether the database already holds this synthetic archive (reused when it does)."""
    return Actor.objects.filter(slug="common").exists() and Event.objects.count() >= count


def _articles() -> list[Article]:
    published = dt.datetime(2018, 1, 1, tzinfo=dt.UTC)
    return Article.objects.bulk_create(
        Article(
            title=f"Synthetic article {i}",
            language="en",
            published_at=published + dt.timedelta(hours=15 * i),
            text=f"Synthetic article {i}.",
            content_hash=hashlib.sha256(f"synthetic-{i}".encode()).hexdigest(),
            status="done",
        )
        for i in range(ARTICLES)
    )


def _evidence(rng: random.Random, number: int) -> str:
    words = [f"Evidence sentence {number} about export licences and chips"]
    if rng.random() < 0.2:
        words.append(COMMON_WORD)
    if rng.random() < 0.0001:
        words.append(RARE_WORD)
    return " ".join(words) + "."


def alias_synthetic_actors() -> None:
    """Give the common and the rare actor a Chinese alias, which a query can name them by."""
    for slug, alias in (("common", COMMON_ACTOR_ALIAS), ("rare", RARE_ACTOR_ALIAS)):
        actor = Actor.objects.get(slug=slug)
        ActorAlias.objects.get_or_create(actor=actor, name=alias, language="zh")


def fill(count: int) -> None:
    """Fill the database with `count` synthetic events, then bring its statistics up to date."""
    _fill(count)
    alias_synthetic_actors()
    with connection.cursor() as cursor:
        # What autovacuum gives a live PostgreSQL database: planner statistics, and the
        # visibility map that lets index-only scans skip the table.
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


@transaction.atomic
def _fill(count: int) -> None:
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
    articles = _articles()
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
        EventSource.objects.bulk_create(
            EventSource(
                event=event,
                article=article,
                evidence=_evidence(rng, event.pk),
                evidence_start=0,
                evidence_end=10,
            )
            for event in events
            for article in rng.sample(articles, SOURCES_PER_EVENT)
        )
        event_search_refresh(event_ids=[event.pk for event in events])


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
