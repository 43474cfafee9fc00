"""Storing proposals: one event per real-world event, and editors' work is never overwritten."""

import datetime as dt

import pytest

from tests.factories import ActorFactory, ArticleFactory
from tests.integration.ingest import fakes
from timeline.choices import ArticleStatus, EventStatus
from timeline.errors import ApplicationError
from timeline.models import Article, Event, EventSource
from timeline.services import extraction as extraction_services
from timeline.services.events import EventData, event_update
from timeline.services.extraction import article_extract, article_reextract
from timeline.services.ingest import article_pipeline_run

INVEST = (
    "@@ category=investment | date=2025-02-24 | actors=acme:initiator | "
    "title=Acme to invest in cloud computing\n"
)
RESULTS = (
    "@@ category=earnings | date=2025-01-01 | precision=quarter | actors=acme:initiator | "
    "title=Acme reports quarterly revenue growth\n"
)
CONTROLS = (
    "@@ category=export_controls | date=2025-03-03 | actors=bis:initiator,acme:target | "
    "title=US adds Acme to the Entity List\n"
)


@pytest.fixture
def actors(db):
    return {
        "acme": ActorFactory(slug="acme", name="Acme"),
        "bis": ActorFactory(slug="bis", name="BIS"),
    }


def article_with(text: str, **fields):
    return ArticleFactory(text=text, **fields)


def event_fields(event: Event) -> dict[str, object]:
    event.refresh_from_db()
    return {
        "title": event.title,
        "summary": event.summary,
        "date": event.date,
        "precision": event.precision,
        "category": event.category,
        "status": event.status,
        "importance": event.importance,
        "actors": sorted((link.actor.slug, link.role) for link in event.actor_links.all()),
        "sources": sorted(
            (s.article_id, s.evidence_start, s.evidence) for s in event.sources.all()
        ),
    }


def test_one_article_gives_one_draft_per_proposal(actors):
    article = article_with("Intro.\n" + INVEST + RESULTS)

    report = article_extract(article_id=article.pk)

    assert report.created == 2
    assert Event.objects.filter(status=EventStatus.DRAFT).count() == 2
    article.refresh_from_db()
    assert (article.status, article.extractor_version) == (ArticleStatus.DONE, "fake-1")


def test_extracting_the_same_article_twice_changes_nothing(actors):
    article = article_with(INVEST + RESULTS)
    article_extract(article_id=article.pk)
    before = {e.pk: event_fields(e) for e in Event.objects.all()}

    report = article_extract(article_id=article.pk)

    assert (report.created, report.updated, report.unchanged) == (0, 0, 2)
    assert {e.pk: event_fields(e) for e in Event.objects.all()} == before


def test_the_same_event_in_two_articles_is_one_event_with_two_sources(actors):
    first = article_with("Reuters-like wording.\n" + INVEST)
    second = article_with(
        "Other wording entirely.\n"
        "@@ category=investment | date=2025-02-25 | actors=acme:initiator | "
        "title=Acme plans big cloud computing investment\n"
    )
    article_extract(article_id=first.pk)

    report = article_extract(article_id=second.pk)

    assert (report.created, report.linked) == (0, 1)
    event = Event.objects.get()
    assert set(event.sources.values_list("article_id", flat=True)) == {first.pk, second.pk}


def test_different_events_of_the_same_actor_on_the_same_day_stay_apart(actors):
    first = article_with(CONTROLS)
    second = article_with(
        "@@ category=export_controls | date=2025-03-03 | actors=bis:initiator,acme:target | "
        "title=US restricts exports of memory chips\n"
    )
    article_extract(article_id=first.pk)
    article_extract(article_id=second.pk)

    assert Event.objects.count() == 2


def test_reextraction_preserves_an_edited_event_field_by_field(actors, monkeypatch):
    article = article_with(INVEST)
    article_extract(article_id=article.pk)
    event = Event.objects.get()
    event_update(
        event=event,
        data=EventData(
            title="Acme commits RMB 380bn to cloud and AI",
            summary="An editor's summary.",
            date=dt.date(2025, 2, 20),
            category="investment",
            importance=3,
            actors=((actors["acme"], "initiator"), (actors["bis"], "mentioned")),
        ),
        by_editor=True,
    )
    edited = event_fields(event)
    monkeypatch.setattr(fakes, "EXTRACTOR_VERSION", "fake-2")

    report = article_reextract(article_id=article.pk)

    assert report.kept == 1
    assert Event.objects.count() == 1
    assert event_fields(event) == edited
    article.refresh_from_db()
    assert article.extractor_version == "fake-2"


def test_reextraction_updates_a_draft_nobody_edited(actors, monkeypatch):
    article = article_with(INVEST)
    article_extract(article_id=article.pk)
    event = Event.objects.get()
    article.text = INVEST.replace("date=2025-02-24", "date=2025-02-21")
    article.save()

    report = article_reextract(article_id=article.pk)

    assert report.updated == 1
    event.refresh_from_db()
    assert event.date == dt.date(2025, 2, 21)
    assert Event.objects.count() == 1


@pytest.mark.parametrize("status", [EventStatus.PUBLISHED, EventStatus.REJECTED])
def test_reextraction_neither_changes_nor_recreates_published_or_rejected_events(actors, status):
    article = article_with(INVEST)
    article_extract(article_id=article.pk)
    event = Event.objects.get()
    Event.objects.filter(pk=event.pk).update(status=status)
    before = event_fields(event)
    article.text = INVEST.replace("Acme to invest", "Acme will invest")
    article.save()

    article_reextract(article_id=article.pk)

    assert Event.objects.count() == 1
    assert event_fields(event) == before


def test_drafts_the_new_extractor_no_longer_proposes_are_removed_but_protected_ones_stay(
    actors,
):
    article = article_with(INVEST + RESULTS)
    article_extract(article_id=article.pk)
    results = Event.objects.get(category="earnings")
    invest = Event.objects.get(category="investment")
    Event.objects.filter(pk=results.pk).update(status=EventStatus.PUBLISHED)
    article.text = "Nothing newsworthy any more.\n"
    article.save()

    report = article_reextract(article_id=article.pk)

    assert report.removed == 1
    assert not Event.objects.filter(pk=invest.pk).exists()
    assert Event.objects.filter(pk=results.pk, status=EventStatus.PUBLISHED).exists()


def test_a_failure_midway_leaves_the_article_failed_without_partial_events(actors, monkeypatch):
    article = article_with(INVEST + RESULTS + CONTROLS)
    real_create = extraction_services.event_create
    calls = []

    def create_then_fail(**kwargs):
        calls.append(kwargs)
        if len(calls) == 2:
            raise RuntimeError("database went away")
        return real_create(**kwargs)

    monkeypatch.setattr(extraction_services, "event_create", create_then_fail)

    outcome = article_pipeline_run(article_id=article.pk)

    assert len(calls) == 2
    assert outcome.status == "failed"
    article.refresh_from_db()
    assert article.status == ArticleStatus.FAILED
    assert "database went away" in article.error
    assert Event.objects.count() == 0
    assert EventSource.objects.count() == 0


def test_a_crashing_extractor_fails_the_article_with_a_readable_reason(actors, settings):
    settings.INGEST_EXTRACTOR = "tests.integration.ingest.test_extraction_store.broken_extractor"
    article = article_with(INVEST)

    outcome = article_pipeline_run(article_id=article.pk)

    assert outcome.status == "failed"
    assert "ValueError: cannot read this" in Article.objects.get(pk=article.pk).error


def broken_extractor(article, gazetteer):
    raise ValueError("cannot read this")


def test_unknown_actor_slugs_and_categories_are_not_written(actors):
    article = article_with(
        "@@ category=space_race | date=2025-02-24 | actors=nobody:initiator,acme:target | "
        "title=Something odd\n"
    )
    article_extract(article_id=article.pk)

    event = Event.objects.get()
    assert event.category == "other"
    assert [link.actor.slug for link in event.actor_links.all()] == ["acme"]


def test_reextracting_articles_that_share_an_event_is_stable(actors):
    first = article_with("First wording.\n" + INVEST)
    second = article_with(
        "Second wording.\n"
        "@@ category=investment | date=2025-02-24 | actors=acme:initiator | "
        "title=Acme plans cloud computing investment\n"
    )
    article_extract(article_id=first.pk)
    article_extract(article_id=second.pk)
    event = Event.objects.get()
    before = event_fields(event)

    reports = [article_reextract(article_id=a.pk) for a in (second, first, second, first)]

    assert [r.updated for r in reports] == [0, 0, 0, 0]
    assert event_fields(event) == before
    assert event.title == "Acme to invest in cloud computing"


def test_a_long_lived_worker_sees_actors_added_after_its_first_extraction(actors):
    before = {a.slug for a in extraction_services.gazetteer_load().actors}
    ActorFactory(slug="newco", name="NewCo")

    after = {a.slug for a in extraction_services.gazetteer_load().actors}

    assert "newco" not in before
    assert after == before | {"newco"}


def test_a_failed_reextraction_leaves_the_article_and_its_events_as_they_were(actors, settings):
    article = article_with(INVEST)
    article_extract(article_id=article.pk)
    event = Event.objects.get()
    before = event_fields(event)
    settings.INGEST_EXTRACTOR = "tests.integration.ingest.test_extraction_store.broken_extractor"

    with pytest.raises(ApplicationError, match="ValueError: cannot read this"):
        article_reextract(article_id=article.pk)

    assert event_fields(event) == before
    assert Article.objects.get(pk=article.pk).status == ArticleStatus.DONE
