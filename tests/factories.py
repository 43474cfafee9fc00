"""Test data builders. Events are built through the services so their links stay consistent."""

import datetime as dt
from typing import Any

from factory.declarations import LazyAttribute, Sequence, SubFactory
from factory.django import DjangoModelFactory

from timeline.choices import ActorKind, Category, EventStatus, Precision
from timeline.models import Actor, Article, Event, Outlet
from timeline.services.articles import content_hash
from timeline.services.events import EventData, event_create


class ActorFactory(DjangoModelFactory[Actor]):
    class Meta:
        model = Actor

    slug = Sequence(lambda n: f"actor-{n}")
    name = Sequence(lambda n: f"Actor {n}")
    kind = ActorKind.COMPANY
    country = "US"


class OutletFactory(DjangoModelFactory[Outlet]):
    class Meta:
        model = Outlet

    slug = Sequence(lambda n: f"outlet-{n}")
    name = Sequence(lambda n: f"Outlet {n}")
    domain = Sequence(lambda n: f"outlet{n}.example")
    country = "US"
    language = "en"


class ArticleFactory(DjangoModelFactory[Article]):
    class Meta:
        model = Article

    title = Sequence(lambda n: f"Article {n}")
    outlet = SubFactory(OutletFactory)
    language = "en"
    published_at = dt.datetime(2025, 2, 24, 9, 0, tzinfo=dt.UTC)
    text = Sequence(lambda n: f"Article body number {n}.")
    content_hash = LazyAttribute(lambda article: content_hash(article.text))


def make_event(
    *,
    title: str = "An event",
    date: dt.date = dt.date(2025, 2, 24),
    precision: str = Precision.DAY,
    category: str = Category.EXPORT_CONTROLS,
    status: str = EventStatus.PUBLISHED,
    actors: tuple[tuple[Actor, str], ...] = (),
    **fields: Any,
) -> Event:
    return event_create(
        data=EventData(
            title=title,
            date=date,
            precision=precision,
            category=category,
            status=status,
            actors=actors,
            **fields,
        )
    )
