"""Incremental sync: a mirror learns about changed, merged, withdrawn and deleted events."""

import datetime as dt

import pytest
from django.utils import timezone

from tests.factories import ArticleFactory, make_event
from timeline.models import Event
from timeline.services.editorial import event_reject
from timeline.services.events import event_source_add

pytestmark = pytest.mark.django_db


def _removed(client, since: str, **params):
    query = "&".join(f"{k}={v}" for k, v in params.items())
    response = client.get(f"/api/events/removed/?updated_since={since}&{query}")
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_mirror_learns_about_merges_withdrawals_and_deletions(archive, anon, editor):
    mark = timezone.now() - dt.timedelta(seconds=1)
    since = mark.isoformat().replace("+00:00", "Z")
    survivor = archive["entity_list"]
    loser = archive["q4_results"]
    loser.merged_into = survivor
    loser.save()
    event_reject(event=archive["gallium"], user=editor)
    deleted_id = archive["h20"].pk
    archive["h20"].delete()
    event_reject(event=archive["draft"], user=editor)  # never public: nothing to tell a mirror
    removed = {(r["id"], r["reason"], r["merged_into"]) for r in _removed(anon, since)}
    assert removed == {
        (loser.pk, "merged", survivor.pk),
        (archive["gallium"].pk, "withdrawn", None),
        (deleted_id, "deleted", None),
    }


def test_removals_before_the_mark_are_not_repeated(archive, anon):
    archive["plan"].delete()
    later = (timezone.now() + dt.timedelta(seconds=1)).isoformat().replace("+00:00", "Z")
    assert _removed(anon, later) == []


def test_removals_page_with_a_cursor(anon, db):
    mark = (timezone.now() - dt.timedelta(seconds=1)).isoformat().replace("+00:00", "Z")
    events = [make_event(title=f"E{i}") for i in range(5)]
    ids = [event.pk for event in events]
    for event in events:
        event.delete()
    seen = []
    url = f"/api/events/removed/?updated_since={mark}&page_size=2"
    while url:
        body = anon.get(url).json()
        seen += [r["id"] for r in body["results"]]
        url = body["next"]
    assert sorted(seen) == sorted(ids)
    assert len(seen) == len(set(seen))


def test_removals_need_a_valid_updated_since(anon, db):
    for query in ("", "updated_since=not-a-time", "updated_since=2024-02-30T00:00:00"):
        response = anon.get(f"/api/events/removed/?{query}")
        assert response.status_code == 400
        assert "updated_since" in response.json()["fields"]


def test_a_full_sync_round_trip(archive, anon):
    """Take everything, note the time, change things, then fetch only the changes."""
    mirror = {e["id"]: e for e in anon.get("/api/events/?page_size=200").json()["results"]}
    assert len(mirror) == 5
    mark = timezone.now().isoformat().replace("+00:00", "Z")
    new = make_event(title="Tariffs raised", date=dt.date(2025, 2, 1), category="tariffs_trade")
    Event.objects.filter(pk=archive["plan"].pk).update(
        merged_into=archive["h20"], updated_at=timezone.now()
    )
    changed = anon.get(f"/api/events/?updated_since={mark}").json()["results"]
    for event in changed:
        mirror[event["id"]] = event
    for removal in _removed(anon, mark):
        mirror.pop(removal["id"], None)
    assert new.pk in mirror
    assert archive["plan"].pk not in mirror
    assert len(mirror) == 5


def test_an_editors_merge_reaches_the_mirror_and_the_old_id_redirects(archive, anon, editor):
    from timeline.services.merge import events_merge

    mark = (timezone.now() - dt.timedelta(seconds=1)).isoformat().replace("+00:00", "Z")
    survivor, duplicate = archive["entity_list"], archive["gallium"]
    events_merge(survivor=survivor, others=[duplicate], user=editor)
    removals = _removed(anon, mark)
    assert {"id": duplicate.pk, "reason": "merged", "merged_into": survivor.pk} in [
        {k: r[k] for k in ("id", "reason", "merged_into")} for r in removals
    ]
    changed = [e["id"] for e in anon.get(f"/api/events/?updated_since={mark}").json()["results"]]
    assert survivor.pk in changed
    assert duplicate.pk not in changed
    answer = anon.get(f"/api/events/{duplicate.pk}/")
    assert answer.status_code == 301
    assert answer.json()["merged_into"] == survivor.pk


def test_a_new_source_for_a_published_event_reaches_the_mirror(archive, anon):
    event = archive["entity_list"]
    mark = timezone.now().isoformat().replace("+00:00", "Z")
    assert anon.get(f"/api/events/?updated_since={mark}").json()["results"] == []
    event_source_add(
        event=event,
        article=ArticleFactory(url="https://wire.example/second-report"),
        evidence="A second outlet reported the listing.",
    )
    changed = anon.get(f"/api/events/?updated_since={mark}").json()["results"]
    assert [e["id"] for e in changed] == [event.pk]
    urls = {source["url"] for source in changed[0]["sources"]}
    assert "https://wire.example/second-report" in urls
