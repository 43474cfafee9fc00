"""Test data builders. Events are built through the services so their links stay consistent."""

import datetime as dt
from typing import Any

from factory.declarations import LazyAttribute, Sequence, SubFactory
from factory.django import DjangoModelFactory

from timeline.choices import ActorKind, Category, EventStatus, Precision
from timeline.models import Actor, Article, Event, Outlet, Tag
from timeline.services.articles import content_hash
from timeline.services.events import EventData, event_create, event_source_add


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


def small_archive() -> dict[str, Event]:
    """Three published events with actors in three countries, a tag and a source, and a draft.

    The plan's title does not say "lithography": only its source's evidence does, so a search for
    it proves that evidence is searched.
    """
    huawei = ActorFactory.create(slug="huawei", name="Huawei", country="CN")
    bis = ActorFactory.create(
        slug="bis", name="Bureau of Industry and Security", country="US", kind="government_body"
    )
    asml = ActorFactory.create(slug="asml", name="ASML", country="NL")
    semis = Tag.objects.create(slug="semiconductors", name="Semiconductors", name_de="Halbleiter")
    events = {
        "entity_list": make_event(
            title="Huawei added to the Entity List",
            date=dt.date(2019, 5, 15),
            category="export_controls",
            actors=((bis, "initiator"), (huawei, "target")),
            tags=(semis,),
        ),
        "results": make_event(
            title="Huawei fourth-quarter results",
            date=dt.date(2019, 10, 1),
            precision="quarter",
            category="earnings",
            actors=((huawei, "initiator"),),
        ),
        "plan": make_event(
            title="Three-year investment plan",
            date=dt.date(2020, 3, 2),
            date_end=dt.date(2023, 3, 1),
            category="investment",
            actors=((asml, "initiator"),),
        ),
        "draft": make_event(
            title="Unreviewed draft about Huawei", status="draft", actors=((huawei, "target"),)
        ),
    }
    article = ArticleFactory.create(text="The lithography budget grows from next year on.")
    event_source_add(
        event=events["plan"],
        article=article,
        evidence="The lithography budget grows from next year on.",
        date_phrase="from next year on",
    )
    return events
