"""Shared builders for the page tests: a small archive with actors on each side, and an editor."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model

from tests.factories import ActorFactory, ArticleFactory, make_event
from timeline.models import Tag
from timeline.services.events import event_source_add


@pytest.fixture(autouse=True)
def fresh_counts(monkeypatch):
    """Each request computes its counts: a test changes the archive between requests."""
    from timeline import views

    monkeypatch.setattr(views, "FACET_CACHE_SECONDS", 0)


@pytest.fixture
def archive(db):
    huawei = ActorFactory(slug="huawei", name="Huawei", country="CN")
    bis = ActorFactory(slug="bis", name="Bureau of Industry and Security", country="US")
    asml = ActorFactory(slug="asml", name="ASML", country="NL")
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
            title="Three-year lithography investment plan",
            date=dt.date(2020, 3, 2),
            date_end=dt.date(2023, 3, 1),
            category="investment",
            actors=((asml, "initiator"),),
        ),
        "draft": make_event(
            title="Unreviewed draft about Huawei", status="draft", actors=((huawei, "target"),)
        ),
    }
    article = ArticleFactory(text="The lithography budget grows from next year on.")
    event_source_add(
        event=events["plan"],
        article=article,
        evidence="The lithography budget grows from next year on.",
        date_phrase="from next year on",
    )
    return events


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.org", "pw-editor-1")
