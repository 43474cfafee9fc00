"""Users in each editorial role, logged-in clients, and draft events with evidence."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from tests.factories import ActorFactory, ArticleFactory, make_event
from timeline.models import Event
from timeline.services.events import event_source_add


def _staff(username: str, group: str | None) -> User:
    user = User.objects.create_user(username=username, password="pw", is_staff=True)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return User.objects.get(pk=user.pk)


@pytest.fixture
def editor(db) -> User:
    return _staff("editor", "Editor")


@pytest.fixture
def contributor(db) -> User:
    return _staff("contributor", "Contributor")


@pytest.fixture
def editor_client(editor) -> Client:
    client = Client()
    client.force_login(editor)
    return client


@pytest.fixture
def contributor_client(contributor) -> Client:
    client = Client()
    client.force_login(contributor)
    return client


@pytest.fixture
def draft_with_evidence(db):
    """Make a draft event citing an article sentence with its date phrase and actor mentions."""

    def build(title="Alibaba plans cloud investment", confidence=0.9, **fields):
        n = Event.objects.count()
        alibaba = ActorFactory(name="Alibaba Group", slug=f"alibaba-{n}")
        sentence = "Alibaba said on Monday that it will invest RMB 380 billion in cloud."
        article = ArticleFactory(text=f"Intro line {n}. {sentence} Tail.")
        event = make_event(
            title=title,
            status="draft",
            confidence=confidence,
            date=dt.date(2025, 2, 24),
            actors=((alibaba, "initiator"),),
            **fields,
        )
        start = article.text.index(sentence)
        phrase_start = article.text.index("on Monday")
        event_source_add(
            event=event,
            article=article,
            evidence=sentence,
            evidence_start=start,
            evidence_end=start + len(sentence),
            date_phrase="on Monday",
            date_phrase_start=phrase_start,
            date_phrase_end=phrase_start + len("on Monday"),
        )
        return event

    return build
