"""The actor directory, an actor's page and the type-ahead behind the actor filter."""

import datetime as dt

import pytest
from django.urls import reverse

from tests.factories import ActorFactory, make_event
from tests.integration.web.helpers import listed_ids
from timeline.models import ActorAlias

pytestmark = pytest.mark.django_db
LIST = reverse("timeline:actor-list")


@pytest.fixture
def actors(db):
    alibaba = ActorFactory(slug="alibaba-group", name="Alibaba Group", country="CN")
    ActorAlias.objects.create(actor=alibaba, name="阿里巴巴", language="zh")
    ActorFactory(slug="bis", name="BIS", country="US", kind="government_body")
    ActorFactory(slug="asml", name="ASML", country="NL")
    return alibaba


def _slugs(html):
    import re

    return re.findall(r'data-actor="([^"]+)"', html)


def test_directory_searches_names_and_aliases_and_filters_kind_and_country(client, actors):
    assert _slugs(client.get(LIST).content.decode()) == ["alibaba-group", "asml", "bis"]
    assert _slugs(client.get(LIST, {"q": "alib"}).content.decode()) == ["alibaba-group"]
    assert _slugs(client.get(LIST, {"q": "阿里巴巴"}).content.decode()) == ["alibaba-group"]
    assert _slugs(client.get(LIST, {"kind": "government_body"}).content.decode()) == ["bis"]
    assert _slugs(client.get(LIST, {"country": "nl"}).content.decode()) == ["asml"]


def test_directory_refuses_unknown_kind_and_country_with_400(client, actors):
    assert client.get(LIST, {"kind": "wizard"}).status_code == 400
    response = client.get(LIST, {"country": "ZZ"})
    assert response.status_code == 400
    assert "ZZ is not a country code." in response.content.decode()


def test_directory_pages_by_name(client, actors, monkeypatch):
    from timeline import views

    monkeypatch.setattr(views, "ACTOR_PAGE_SIZE", 2)
    first = client.get(LIST).content.decode()
    assert _slugs(first) == ["alibaba-group", "asml"]
    second = client.get(LIST, {"after": "asml"}).content.decode()
    assert _slugs(second) == ["bis"]


def test_actor_page_shows_its_published_timeline_counts_and_companions(client, actors):
    bis = ActorFactory(slug="commerce", name="Commerce Department", country="US")
    other = ActorFactory(slug="tencent", name="Tencent", country="CN")
    listed = [
        make_event(
            title=f"Probe {index}",
            date=dt.date(2024, 1, 1 + index),
            category="legal_action" if index else "investment",
            actors=((actors, "target"), (bis, "initiator")),
        )
        for index in range(3)
    ]
    make_event(title="Without Alibaba", actors=((other, "initiator"),))
    make_event(title="Alibaba draft", status="draft", actors=((actors, "target"),))
    html = client.get(reverse("timeline:actor-detail", args=["alibaba-group"])).content.decode()
    assert listed_ids(html) == [event.pk for event in reversed(listed)]
    assert "Alibaba draft" not in html
    assert "Without Alibaba" not in html
    stats = html.split('id="stats-heading"')[1]
    assert 'Legal action</a> <span class="count">2</span>' in stats
    assert 'Investment</a> <span class="count">1</span>' in stats
    assert 'Commerce Department</a> <span class="count">3</span>' in stats
    assert "阿里巴巴" in html
    assert "?actor=alibaba-group" in html


def test_actor_page_query_count_does_not_grow_with_events(client, actors):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = reverse("timeline:actor-detail", args=["alibaba-group"])
    make_event(actors=((actors, "target"),))
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for index in range(20):
        make_event(title=f"More {index}", actors=((actors, "target"),))
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) == len(few)


def test_unknown_actor_is_404(client):
    assert client.get(reverse("timeline:actor-detail", args=["nobody"])).status_code == 404


def test_type_ahead_suggests_by_name_and_alias(client, actors):
    url = reverse("timeline:actor-suggest")
    assert client.get(url, {"q": "as"}).json()["actors"] == [
        {"slug": "asml", "name": "ASML", "country": "NL"}
    ]
    assert [a["slug"] for a in client.get(url, {"q": "阿里"}).json()["actors"]] == ["alibaba-group"]
    assert client.get(url, {"q": " "}).json()["actors"] == []
