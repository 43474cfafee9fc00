"""The seed files are complete and consistent, and loadseeds loads them idempotently."""

from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command

from timeline.choices import EventStatus
from timeline.countries import is_valid_country
from timeline.models import Actor, ActorAlias, Article, Event, EventRelation, Outlet
from timeline.seeding.reader import alias_clashes, read_seeds


@pytest.fixture(scope="module")
def bundle(seeds_dir):
    return read_seeds(seeds_dir)


def test_actor_gazetteer_is_large_and_multilingual(bundle):
    assert len(bundle.actors) >= 200
    languages = Counter(alias.language for actor in bundle.actors for alias in actor.aliases)
    assert sum(languages.values()) >= 400
    assert languages["zh"] >= 100
    assert languages["de"] >= 50
    assert {actor.kind for actor in bundle.actors} == {
        "company",
        "person",
        "government_body",
        "country",
        "organization",
    }


def test_actor_files_are_consistent(bundle):
    slugs = {actor.slug for actor in bundle.actors}
    assert len(slugs) == len(bundle.actors)
    assert all(is_valid_country(actor.country) for actor in bundle.actors if actor.country)
    assert all(actor.parent in slugs for actor in bundle.actors if actor.parent)
    assert alias_clashes(bundle.actors) == []


def test_actors_cover_how_articles_name_them(bundle):
    aliases = {(alias.name, actor.slug) for actor in bundle.actors for alias in actor.aliases}
    for expected in [
        ("Peking", "china"),
        ("Beijing", "china"),
        ("Washington", "united-states"),
        ("BIS", "bureau-of-industry-and-security"),
        ("Alibabas", "alibaba-group"),
        ("Huaweis", "huawei"),
        ("阿里", "alibaba-group"),
        ("华为", "huawei"),
        ("美国商务部", "us-department-of-commerce"),
    ]:
        assert expected in aliases


def test_sample_articles_cover_three_languages_within_size(bundle):
    by_language = Counter(article.language for article in bundle.articles)
    assert by_language["en"] >= 12
    assert by_language["de"] >= 10
    assert by_language["zh"] >= 8
    for article in bundle.articles:
        size = len(article.text.encode("utf-8"))
        assert 1000 <= size <= 4096, f"{article.name} has {size} bytes"
        assert 2018 <= article.published_at.year <= 2026


def test_every_sample_article_has_gold_with_a_main_event(bundle):
    gold = {record.article: record for record in bundle.gold}
    assert set(gold) == {article.name for article in bundle.articles}
    for record in gold.values():
        assert any(event.main for event in record.events), record.article
        mentioned = set(record.actors)
        for event in record.events:
            assert {link.slug for link in event.actors} <= mentioned, record.article


def test_starter_archive_is_large_linked_and_spread_over_the_years(bundle):
    assert len(bundle.events) >= 80
    years = {event.date.year for event in bundle.events}
    assert set(range(2018, 2026)) <= years
    assert sum(len(event.relations) for event in bundle.events) >= 15
    assert all(event.actors for event in bundle.events)


@pytest.mark.django_db
def test_loadseeds_loads_everything_once(bundle):
    out = StringIO()
    call_command("loadseeds", stdout=out)
    assert f"actors: {len(bundle.actors)} created, 0 updated, 0 unchanged" in out.getvalue()
    assert f"outlets: {len(bundle.outlets)} created" in out.getvalue()
    assert f"tags: {len(bundle.tags)} created" in out.getvalue()
    assert Actor.objects.count() == len(bundle.actors)
    assert ActorAlias.objects.count() == sum(len(a.aliases) for a in bundle.actors)
    assert Outlet.objects.count() == len(bundle.outlets)
    assert Article.objects.count() == len(bundle.articles)
    assert Event.objects.filter(status=EventStatus.PUBLISHED).count() == len(bundle.events)
    assert EventRelation.objects.count() == sum(len(e.relations) for e in bundle.events)
    parents = {a.slug: a.parent for a in bundle.actors}
    loaded = dict(Actor.objects.values_list("slug", "parent__slug"))
    assert loaded == parents

    last_update = Event.objects.order_by("-updated_at").values_list("updated_at", flat=True)[0]
    history_rows = Event.history.count() + Actor.history.count()
    second = StringIO()
    call_command("loadseeds", stdout=second)
    assert "nothing changed" in second.getvalue()
    assert Event.history.count() + Actor.history.count() == history_rows
    assert (
        Event.objects.order_by("-updated_at").values_list("updated_at", flat=True)[0] == last_update
    )


@pytest.mark.django_db
def test_loadseeds_leaves_edited_events_alone(bundle):
    call_command("loadseeds", stdout=StringIO())
    event = Event.objects.get(seed_key=bundle.events[0].key)
    Event.objects.filter(pk=event.pk).update(title="Editor's wording", edited=True)
    call_command("loadseeds", stdout=StringIO())
    event.refresh_from_db()
    assert event.title == "Editor's wording"
