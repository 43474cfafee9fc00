"""Merging events and actors: nothing lost, tombstones redirect, history tells the story."""

import datetime as dt

import pytest
from django.urls import reverse

from tests.factories import ActorFactory, ArticleFactory, make_event
from timeline.errors import ApplicationError, PermissionDenied
from timeline.models import (
    Actor,
    ActorCandidate,
    CorrectionReport,
    Event,
    EventActor,
    EventRelation,
    Tag,
)
from timeline.services.events import LegalReferenceInput, event_relation_add, event_source_add
from timeline.services.merge import actors_merge, events_merge

pytestmark = pytest.mark.django_db


def _source(event, evidence):
    article = ArticleFactory()
    return event_source_add(
        event=event, article=article, evidence=evidence, evidence_start=0, evidence_end=5
    )


@pytest.fixture
def duplicates():
    us, china, nvidia = ActorFactory(name="US"), ActorFactory(name="China"), ActorFactory()
    tag_ai = Tag.objects.create(slug="ai", name="AI")
    tag_chips = Tag.objects.create(slug="chips", name="Chips")
    survivor = make_event(
        title="US curbs chip exports",
        status="draft",
        date=dt.date(2025, 1, 13),
        actors=((us, "initiator"), (nvidia, "mentioned")),
        tags=(tag_ai,),
        figures=({"amount": 1, "unit": "rule"},),
    )
    other = make_event(
        title="Washington restricts AI chip sales to China",
        status="published",
        date=dt.date(2025, 1, 13),
        summary="A longer summary from the second report.",
        actors=((china, "target"), (nvidia, "target")),
        tags=(tag_chips,),
        legal_references=(LegalReferenceInput("federal_register", "2025-00636"),),
        figures=({"amount": 120, "unit": "countries"},),
    )
    responder = make_event(title="China responds", status="published")
    event_relation_add(source=responder, target=other, relation="responds_to")
    event_relation_add(source=other, target=survivor, relation="follows_up")
    sources = [_source(survivor, "First report."), _source(other, "Second report.")]
    report = CorrectionReport.objects.create(event=other, message="Wrong day")
    return {
        "survivor": survivor,
        "other": other,
        "responder": responder,
        "actors": (us, china, nvidia),
        "tags": {tag_ai, tag_chips},
        "sources": sources,
        "report": report,
    }


def test_event_merge_moves_everything_to_the_survivor(duplicates, editor):
    survivor, other = duplicates["survivor"], duplicates["other"]
    us, china, nvidia = duplicates["actors"]
    events_merge(survivor=survivor, others=[other], user=editor)
    survivor.refresh_from_db()
    other.refresh_from_db()

    assert set(survivor.sources.all()) == set(duplicates["sources"])
    roles = dict(survivor.actor_links.values_list("actor__slug", "role"))
    assert roles == {us.slug: "initiator", china.slug: "target", nvidia.slug: "target"}
    assert set(survivor.tags.all()) == duplicates["tags"]
    assert list(survivor.legal_references.values_list("identifier", flat=True)) == ["2025-00636"]
    assert {"amount": 120, "unit": "countries"} in survivor.figures
    assert {"amount": 1, "unit": "rule"} in survivor.figures
    assert EventRelation.objects.filter(
        source=duplicates["responder"], target=survivor, relation="responds_to"
    ).exists()
    assert not EventRelation.objects.filter(source=survivor, target=survivor).exists()
    assert CorrectionReport.objects.get(pk=duplicates["report"].pk).event == survivor
    assert other.merged_into == survivor
    assert not EventActor.objects.filter(event=other).exists()


def test_event_merge_keeps_the_public_status_and_link_copies_follow(duplicates, editor):
    survivor = duplicates["survivor"]
    events_merge(survivor=survivor, others=[duplicates["other"]], user=editor)
    survivor.refresh_from_db()
    assert survivor.status == "published"
    assert set(survivor.actor_links.values_list("event_status", flat=True)) == {"published"}
    assert set(survivor.actor_links.values_list("event_date", flat=True)) == {survivor.date}


def test_event_merge_takes_chosen_fields_from_another_event(duplicates, editor):
    survivor, other = duplicates["survivor"], duplicates["other"]
    events_merge(
        survivor=survivor,
        others=[other],
        user=editor,
        take_fields=[("title", other), "summary"],
    )
    survivor.refresh_from_db()
    assert survivor.title == "Washington restricts AI chip sales to China"
    assert survivor.summary == "A longer summary from the second report."


def test_tombstone_redirects_readers_to_the_survivor(duplicates, editor, client):
    survivor, other = duplicates["survivor"], duplicates["other"]
    events_merge(survivor=survivor, others=[other], user=editor)
    response = client.get(reverse("timeline:event-detail", args=[other.pk]))
    assert response.status_code == 301
    assert response["Location"] == reverse("timeline:event-detail", args=[survivor.pk])


def test_event_merge_is_recorded_in_both_histories_with_the_editor(duplicates, editor):
    survivor, other = duplicates["survivor"], duplicates["other"]
    events_merge(survivor=survivor, others=[other], user=editor)
    survivor_record = survivor.history.latest("history_date")
    other_record = other.history.latest("history_date")
    assert f"#{other.pk}" in survivor_record.history_change_reason
    assert other_record.merged_into_id == survivor.pk
    assert other_record.history_user == editor
    assert (
        other.history.earliest("history_date").title
        == "Washington restricts AI chip sales to China"
    )


def test_earlier_tombstones_follow_to_the_new_survivor(editor):
    a, b, c = make_event(title="A"), make_event(title="B"), make_event(title="C")
    events_merge(survivor=b, others=[a], user=editor)
    events_merge(survivor=c, others=[b], user=editor)
    assert Event.objects.get(pk=a.pk).merged_into_id == c.pk


def test_contributor_cannot_merge_events(contributor):
    a, b = make_event(status="draft"), make_event(status="draft")
    with pytest.raises(PermissionDenied):
        events_merge(survivor=a, others=[b], user=contributor)
    assert Event.objects.get(pk=b.pk).merged_into is None


def test_merging_a_tombstone_or_the_survivor_itself_is_refused(editor):
    a, b, c = make_event(), make_event(), make_event()
    with pytest.raises(ApplicationError):
        events_merge(survivor=a, others=[a], user=editor)
    events_merge(survivor=a, others=[b], user=editor)
    with pytest.raises(ApplicationError):
        events_merge(survivor=c, others=[b], user=editor)


def test_merge_through_the_admin_pages(editor_client, duplicates):
    survivor, other = duplicates["survivor"], duplicates["other"]
    response = editor_client.post(
        reverse("admin:timeline_event_changelist"),
        {"action": "merge_selected", "_selected_action": [survivor.pk, other.pk]},
    )
    assert response.status_code == 302
    merge_url = response["Location"]
    page = editor_client.get(merge_url).content.decode()
    assert "Washington restricts AI chip sales to China" in page
    assert "Merge events" in page
    assert f'href="{reverse("admin:timeline_event_changelist")}"' in page
    assert f'name="survivor" value="{other.pk}"' in page
    response = editor_client.post(
        reverse("admin:timeline_event_merge"),
        {"ids": f"{survivor.pk},{other.pk}", "survivor": other.pk, "take_title": survivor.pk},
    )
    assert response.status_code == 302
    survivor.refresh_from_db()
    other.refresh_from_db()
    assert survivor.merged_into == other
    assert other.title == "US curbs chip exports"


def test_contributor_cannot_open_the_merge_page(contributor_client):
    a, b = make_event(), make_event()
    response = contributor_client.post(
        reverse("admin:timeline_event_merge"), {"ids": f"{a.pk},{b.pk}", "survivor": a.pk}
    )
    assert response.status_code == 403
    assert Event.objects.get(pk=b.pk).merged_into is None


# Actors ----------------------------------------------------------------------------------------


def test_actor_merge_moves_aliases_links_and_children_and_keeps_the_name(editor):
    survivor = ActorFactory(name="Alibaba Group", slug="alibaba-group", country="")
    other = ActorFactory(name="Alibaba Holding", slug="alibaba-holding", country="CN")
    other.aliases.create(name="阿里巴巴", language="zh")
    child = ActorFactory(name="Alibaba Cloud", parent=other)
    shared = make_event(actors=((survivor, "mentioned"), (other, "initiator")))
    only_other = make_event(actors=((other, "target"),))
    candidate = ActorCandidate.objects.create(
        name="Alibaba Holding Ltd", language="en", actor=other, status="approved"
    )

    actors_merge(survivor=survivor, others=[other], user=editor)

    survivor.refresh_from_db()
    aliases = set(survivor.aliases.values_list("name", "language"))
    assert {("Alibaba Holding", "mul"), ("阿里巴巴", "zh")} <= aliases
    assert survivor.country == "CN"
    assert dict(shared.actor_links.values_list("actor_id", "role")) == {survivor.pk: "initiator"}
    assert only_other.actor_links.get().actor == survivor
    assert Actor.objects.get(pk=child.pk).parent == survivor
    assert ActorCandidate.objects.get(pk=candidate.pk).actor == survivor
    assert not Actor.objects.filter(pk=other.pk).exists()


def test_actor_merge_is_visible_in_history(editor):
    survivor, other = ActorFactory(name="Kept"), ActorFactory(name="Merged away")
    actors_merge(survivor=survivor, others=[other], user=editor)
    deleted = Actor.history.filter(id=other.pk).latest("history_date")
    assert deleted.history_type == "-"
    assert deleted.name == "Merged away"
    assert survivor.slug in deleted.history_change_reason
    assert deleted.history_user == editor
    assert other.slug in survivor.history.latest("history_date").history_change_reason


def test_merged_actors_old_links_lead_to_the_survivor(editor, client):
    survivor = ActorFactory(name="Kept", slug="kept")
    first = ActorFactory(name="First", slug="first")
    second = ActorFactory(name="Second", slug="second")
    actors_merge(survivor=first, others=[second], user=editor)
    actors_merge(survivor=survivor, others=[first], user=editor)

    page = client.get("/actors/second/?drafts=1")
    assert page.status_code == 301
    assert page["Location"] == "/actors/kept/?drafts=1"
    api = client.get("/api/actors/first/")
    assert api.status_code == 301
    assert api.json()["merged_into"] == "kept"
    assert api["Location"].endswith("/api/actors/kept/")
    assert client.get("/actors/never-existed/").status_code == 404


def test_actor_merge_through_the_admin(editor_client):
    survivor, other = ActorFactory(name="Keep me"), ActorFactory(name="Fold me")
    response = editor_client.post(
        reverse("admin:timeline_actor_changelist"),
        {"action": "merge_selected", "_selected_action": [survivor.pk, other.pk]},
    )
    page = editor_client.get(response["Location"]).content.decode()
    assert "Merge actors" in page
    assert f'href="{reverse("admin:timeline_actor_changelist")}"' in page
    assert 'aria-label="Keep Fold me"' in page
    response = editor_client.post(
        reverse("admin:timeline_actor_merge"),
        {"ids": f"{survivor.pk},{other.pk}", "survivor": survivor.pk},
    )
    assert response.status_code == 302
    assert survivor.aliases.filter(name="Fold me").exists()


def test_contributor_cannot_merge_actors(contributor, contributor_client):
    a, b = ActorFactory(), ActorFactory()
    with pytest.raises(PermissionDenied):
        actors_merge(survivor=a, others=[b], user=contributor)
    response = contributor_client.post(
        reverse("admin:timeline_actor_merge"), {"ids": f"{a.pk},{b.pk}", "survivor": a.pk}
    )
    assert response.status_code == 403
    assert Actor.objects.filter(pk=b.pk).exists()
