"""The database itself refuses data that breaks the archive's rules."""

import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from tests.factories import ActorFactory, ArticleFactory, make_event
from timeline.models import ActorAlias, Event, EventActor, EventRelation

pytestmark = pytest.mark.django_db


def _event_row(**overrides):
    fields = {
        "title": "A rule",
        "date": dt.date(2025, 1, 1),
        "date_last": dt.date(2025, 1, 1),
        "precision": "day",
        "category": "export_controls",
    }
    fields.update(overrides)
    return fields


@pytest.mark.parametrize(
    "overrides",
    [
        {"precision": "week"},
        {"category": "gossip"},
        {"status": "archived"},
        {"stage": "rumoured"},
        {"date_end": dt.date(2024, 12, 31)},
        {"confidence": 1.5},
        {"importance": 4},
        {"title": ""},
    ],
    ids=[
        "precision",
        "category",
        "status",
        "stage",
        "end-before-start",
        "confidence",
        "importance",
        "title",
    ],
)
def test_event_constraints_refuse_bad_values(overrides):
    with pytest.raises(IntegrityError), transaction.atomic():
        Event.objects.bulk_create([Event(**_event_row(**overrides))])


def test_duplicate_content_hash_is_refused():
    article = ArticleFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(text=article.text, content_hash=article.content_hash, url=None)


def test_duplicate_url_is_refused_but_many_articles_may_have_none():
    ArticleFactory(url=None)
    ArticleFactory(url=None)
    ArticleFactory(url="https://news.example/a")
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(url="https://news.example/a")


def test_failed_article_must_say_why():
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(status="failed", error="")


def test_actor_kind_and_country_are_checked():
    with pytest.raises(IntegrityError), transaction.atomic():
        ActorFactory(kind="alien")
    with pytest.raises(IntegrityError), transaction.atomic():
        ActorFactory(country="us")


def test_actor_slug_is_unique():
    ActorFactory(slug="huawei")
    with pytest.raises(IntegrityError), transaction.atomic():
        ActorFactory(slug="huawei")


def test_alias_is_normalised_and_unique_per_actor_and_language():
    actor = ActorFactory()
    alias = ActorAlias.objects.create(actor=actor, name="ＴＳＭＣ  Ltd", language="mul")
    assert alias.normalized == "tsmc ltd"
    with pytest.raises(IntegrityError), transaction.atomic():
        ActorAlias.objects.create(actor=actor, name="tsmc ltd", language="mul")


def test_role_is_checked_and_an_actor_appears_once_per_event():
    event = make_event()
    actor = ActorFactory()
    link = {
        "event": event,
        "actor": actor,
        "event_date": event.date,
        "event_date_last": event.date_last,
        "event_status": event.status,
    }
    with pytest.raises(IntegrityError), transaction.atomic():
        EventActor.objects.create(role="bystander", **link)
    EventActor.objects.create(role="target", **link)
    with pytest.raises(IntegrityError), transaction.atomic():
        EventActor.objects.create(role="initiator", **link)


def test_event_cannot_relate_to_itself():
    event = make_event()
    with pytest.raises(IntegrityError), transaction.atomic():
        EventRelation.objects.create(source=event, target=event, relation="responds_to")


def test_last_covered_day_follows_precision_and_end():
    quarter = make_event(date=dt.date(2024, 11, 5), precision="quarter")
    assert (quarter.date, quarter.date_last) == (dt.date(2024, 10, 1), dt.date(2024, 12, 31))
    period = make_event(date=dt.date(2025, 2, 24), date_end=dt.date(2028, 2, 23))
    assert period.date_last == dt.date(2028, 2, 23)
