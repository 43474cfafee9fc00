"""Actor candidates from the extractor: approve makes an actor with the alias, reject remembers."""

import pytest
from django.urls import reverse

from tests.factories import ActorFactory
from timeline.errors import ApplicationError, PermissionDenied
from timeline.models import Actor, ActorCandidate
from timeline.services.candidates import candidate_approve, candidate_reject

pytestmark = pytest.mark.django_db


def _candidate(name: str = "Moore Threads", **fields) -> ActorCandidate:
    return ActorCandidate.objects.create(name=name, language="en", kind="company", **fields)


def test_approve_creates_the_actor_with_the_name_as_alias(editor):
    candidate = _candidate()
    actor = candidate_approve(candidate=candidate, user=editor, country="cn")
    assert (actor.name, actor.kind, actor.country, actor.slug) == (
        "Moore Threads",
        "company",
        "CN",
        "moore-threads",
    )
    assert list(actor.aliases.values_list("name", "language")) == [("Moore Threads", "en")]
    candidate.refresh_from_db()
    assert (candidate.status, candidate.actor) == ("approved", actor)
    assert candidate.decided_at is not None


def test_approve_as_an_alias_of_an_existing_actor(editor):
    existing = ActorFactory(name="Alibaba Group")
    actor = candidate_approve(candidate=_candidate("Ali Group"), user=editor, actor=existing)
    assert actor == existing
    assert existing.aliases.filter(name="Ali Group").exists()
    assert Actor.objects.count() == 1


def test_reject_is_remembered_and_cannot_be_decided_twice(editor):
    candidate = _candidate()
    candidate_reject(candidate=candidate, user=editor)
    candidate.refresh_from_db()
    assert candidate.status == "rejected"
    with pytest.raises(ApplicationError):
        candidate_approve(candidate=candidate, user=editor)
    assert not Actor.objects.filter(name="Moore Threads").exists()


def test_contributor_cannot_decide_on_candidates(contributor):
    candidate = _candidate()
    with pytest.raises(PermissionDenied):
        candidate_approve(candidate=candidate, user=contributor)
    with pytest.raises(PermissionDenied):
        candidate_reject(candidate=candidate, user=contributor)


def test_admin_actions_approve_and_reject(editor_client):
    approve, reject = _candidate("Biren Technology"), _candidate("Some Noise")
    url = reverse("admin:timeline_actorcandidate_changelist")
    editor_client.post(
        url + "?status__exact=pending",
        {"action": "approve_selected", "_selected_action": [approve.pk], "country": "CN"},
    )
    editor_client.post(
        url + "?status__exact=pending",
        {"action": "reject_selected", "_selected_action": [reject.pk]},
    )
    assert Actor.objects.get(name="Biren Technology").country == "CN"
    assert ActorCandidate.objects.get(pk=reject.pk).status == "rejected"
    pending = editor_client.get(url + "?status__exact=pending").content.decode()
    assert "Some Noise" not in pending
