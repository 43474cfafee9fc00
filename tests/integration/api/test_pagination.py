"""Cursor pagination: complete, stable while events arrive, bounded page size, flat queries."""

import datetime as dt

import pytest

from tests.factories import ActorFactory, ArticleFactory, make_event
from timeline.models import Tag
from timeline.services.events import event_source_add

pytestmark = pytest.mark.django_db


def _walk(client, url: str) -> list[int]:
    ids: list[int] = []
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.content
        body = response.json()
        ids += [event["id"] for event in body["results"]]
        url = body["next"]
    return ids


def _events(count: int, *, same_day: bool = False) -> list[int]:
    start = dt.date(2024, 1, 1)
    return [
        make_event(
            title=f"Event {i}",
            date=start if same_day else start + dt.timedelta(days=i % 40),
        ).pk
        for i in range(count)
    ]


def test_walking_next_links_visits_every_event_once_in_order(anon):
    ids = _events(23)
    walked = _walk(anon, "/api/events/?page_size=5")
    assert sorted(walked) == sorted(ids)
    assert len(walked) == len(set(walked))
    dates = [anon.get(f"/api/events/{i}/").json()["date"] for i in walked]
    assert dates == sorted(dates, reverse=True)


def test_events_on_the_same_day_are_split_across_pages_without_loss(anon):
    ids = _events(12, same_day=True)
    assert _walk(anon, "/api/events/?page_size=5&ordering=date") == sorted(ids)
    assert _walk(anon, "/api/events/?page_size=5") == sorted(ids, reverse=True)


def test_pages_stay_stable_while_events_are_inserted(anon):
    ids = _events(10)
    first = anon.get("/api/events/?page_size=4").json()
    # Newer events appear at the head of the timeline and older ones at its tail meanwhile.
    make_event(title="Newest", date=dt.date(2026, 1, 1))
    oldest = make_event(title="Oldest", date=dt.date(2000, 1, 1)).pk
    rest = _walk(anon, first["next"])
    seen = [e["id"] for e in first["results"]] + rest
    assert len(seen) == len(set(seen))
    assert set(ids) <= set(seen)
    assert seen[-1] == oldest


def test_a_cursor_for_one_ordering_is_refused_for_the_other(anon):
    _events(3)
    next_url = anon.get("/api/events/?page_size=1").json()["next"]
    cursor = next_url.split("cursor=")[1].split("&")[0]
    response = anon.get(f"/api/events/?ordering=date&cursor={cursor}")
    assert response.status_code == 400
    assert "cursor" in response.json()["fields"]


def test_page_size_up_to_200_is_honoured_and_larger_refused(anon):
    _events(3)
    assert len(anon.get("/api/events/?page_size=200").json()["results"]) == 3
    refused = anon.get("/api/events/?page_size=1000")
    assert refused.status_code == 400
    assert refused.json()["fields"]["page_size"] == ["Use a value from 1 to 200."]


def _rich_events(count):
    tag = Tag.objects.create(slug=f"tag-{count}", name="Tag")
    actors = [ActorFactory() for _ in range(3)]
    for i in range(count):
        event = make_event(
            title=f"Rich {i}",
            date=dt.date(2024, 1, 1) + dt.timedelta(days=i),
            actors=((actors[0], "initiator"), (actors[i % 2 + 1], "target")),
            tags=(tag,),
        )
        event_source_add(event=event, article=ArticleFactory(), evidence=f"Said {i}.")


@pytest.mark.parametrize(
    "query", ["", "actor=actor-filter&category=export_controls", "q=Rich&country=US"]
)
def test_query_count_does_not_grow_with_page_size(anon, count_queries, query):
    ActorFactory(slug="actor-filter")
    _rich_events(30)
    counts = []
    for size in (2, 30):
        with count_queries() as queries:
            response = anon.get(f"/api/events/?page_size={size}&{query}")
        assert response.status_code == 200
        counts.append(queries.count)
    assert counts[0] == counts[1]
    assert 1 <= counts[0] <= 9


def test_query_count_is_flat_for_an_editor_with_a_token(editor_client, count_queries):
    _rich_events(20)
    counts = []
    for size in (1, 20):
        with count_queries() as queries:
            response = editor_client.get(f"/api/events/?page_size={size}&status=published")
        assert response.status_code == 200
        assert len(response.json()["results"]) == size
        counts.append(queries.count)
    assert counts[0] == counts[1]


def test_actor_and_outlet_lists_page_by_name(anon):
    for name in ["Delta", "Alpha", "Charlie", "Bravo", "Echo"]:
        ActorFactory(name=name)
    names = []
    url = "/api/actors/?page_size=2"
    while url:
        body = anon.get(url).json()
        names += [a["name"] for a in body["results"]]
        url = body["next"]
    assert names == sorted(names)
    assert len(names) == 5
