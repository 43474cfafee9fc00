"""Fixtures for the API tests: clients per role, a small hand-built archive, a clean cache
(throttles and shared counts)."""

import datetime as dt
from contextlib import contextmanager

import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import cache
from django.db import connection
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories import ActorFactory, make_event
from timeline.models import Article, EventRelation, LegalReference, Outlet, Tag
from timeline.services.articles import content_hash
from timeline.services.events import event_source_add


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


def _user(username: str, group: str | None, **extra) -> User:
    user = User.objects.create_user(username=username, password="x", **extra)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return User.objects.get(pk=user.pk)


def _client_for(user: User | None) -> APIClient:
    client = APIClient()
    if user is not None:
        token, _ = Token.objects.get_or_create(user=user)
        client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


@pytest.fixture
def anon() -> APIClient:
    return APIClient()


@pytest.fixture
def editor() -> User:
    return _user("ed", "Editor", is_staff=True)


@pytest.fixture
def contributor() -> User:
    return _user("carla", "Contributor", is_staff=True)


@pytest.fixture
def reader() -> User:
    return _user("rita", None)


@pytest.fixture
def editor_client(editor) -> APIClient:
    return _client_for(editor)


@pytest.fixture
def contributor_client(contributor) -> APIClient:
    return _client_for(contributor)


@pytest.fixture
def reader_client(reader) -> APIClient:
    return _client_for(reader)


@pytest.fixture
def archive(db):
    """Five published events, a draft and a rejected one, with actors in three countries."""
    huawei = ActorFactory(slug="huawei", name="Huawei", country="CN")
    bis = ActorFactory(slug="bis", name="BIS", country="US", kind="government_body")
    asml = ActorFactory(slug="asml", name="ASML", country="NL")
    nvidia = ActorFactory(slug="nvidia", name="Nvidia", country="US")
    mofcom = ActorFactory(slug="mofcom", name="MOFCOM", country="CN", kind="government_body")
    semis = Tag.objects.create(slug="semiconductors", name="Semiconductors")
    ai = Tag.objects.create(slug="ai", name="AI")
    events = {
        "entity_list": make_event(
            title="Huawei added to the Entity List",
            summary="BIS adds Huawei and affiliates.",
            date=dt.date(2019, 5, 15),
            category="export_controls",
            actors=((bis, "initiator"), (huawei, "target")),
            tags=(semis,),
            stage="effective",
            importance=3,
        ),
        "q4_results": make_event(
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
        "h20": make_event(
            title="Licence requirement for Nvidia H20 exports",
            date=dt.date(2025, 4, 15),
            category="export_controls",
            actors=((bis, "initiator"), (nvidia, "target")),
            tags=(semis, ai),
        ),
        "gallium": make_event(
            title="China restricts gallium exports",
            date=dt.date(2023, 7, 3),
            category="export_controls",
            actors=((mofcom, "initiator"),),
            approximate=True,
            precision="month",
        ),
        "draft": make_event(
            title="Unreviewed proposal", status="draft", actors=((huawei, "target"),)
        ),
        "rejected": make_event(title="Wrong event", status="rejected"),
    }
    outlet = Outlet.objects.create(slug="wire", name="Wire", domain="wire.example", language="en")
    text = "The lithography budget grows over the next three years."
    article = Article.objects.create(
        title="Source",
        url="https://wire.example/plan",
        outlet=outlet,
        language="en",
        published_at=dt.datetime(2020, 3, 3, tzinfo=dt.UTC),
        text=text,
        content_hash=content_hash(text),
    )
    event_source_add(
        event=events["plan"],
        article=article,
        evidence=text,
        date_phrase="over the next three years",
    )
    LegalReference.objects.create(
        event=events["entity_list"], kind="federal_register", identifier="2019-10616"
    )
    EventRelation.objects.create(
        source=events["gallium"], target=events["entity_list"], relation="responds_to"
    )
    EventRelation.objects.create(
        source=events["draft"], target=events["entity_list"], relation="follows_up"
    )
    return events


class QueryCounter:
    """Counts SQL statements through the connection (Django clears its query log per request)."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


@pytest.fixture
def count_queries():
    @contextmanager
    def counting():
        counter = QueryCounter()
        with connection.execute_wrapper(counter):
            yield counter

    return counting
