"""Full-text search: what `q` finds, that it stays current through every write, and its index."""

import datetime as dt

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tests.conftest import required_in_ci
from tests.factories import ActorFactory, ArticleFactory, make_event
from timeline.filters import EventFilterSet
from timeline.models import ActorAlias, Event
from timeline.selectors.search import SQLITE_INDEX_TABLE, events_matching
from timeline.services.events import EventData, event_source_add, event_update
from timeline.services.merge import events_merge

pytestmark = pytest.mark.django_db


def found(query: str) -> set[str]:
    filters = EventFilterSet({"q": query}, queryset=Event.objects.all())
    assert filters.is_valid(), filters.errors
    return set(filters.qs.values_list("title", flat=True))


def cite(event, evidence):
    event_source_add(event=event, article=ArticleFactory(), evidence=evidence)


def test_query_finds_words_in_title_summary_and_evidence():
    make_event(title="Huawei added to the Entity List")
    make_event(title="Gallium controls", summary="MOFCOM licences for gallium exports")
    cited = make_event(title="Chip rules")
    cite(cited, "The rules cover lithography tools from ASML.")
    assert found("entity") == {"Huawei added to the Entity List"}
    assert found("MOFCOM") == {"Gallium controls"}
    assert found("Lithography") == {"Chip rules"}


def test_every_term_must_match():
    make_event(title="Huawei results", summary="Revenue rose")
    make_event(title="Huawei sanctions")
    assert found("huawei revenue") == {"Huawei results"}
    assert found("huawei") == {"Huawei results", "Huawei sanctions"}


def test_substrings_match_in_chinese_short_and_long():
    event = make_event(title="Huawei results")
    cite(event, "华为公司周五公布2024年年报，营业收入增长22%。")
    assert found("华为") == {"Huawei results"}
    assert found("公布2024年") == {"Huawei results"}
    assert found("小米") == set()


def test_full_width_and_case_in_the_query_do_not_matter():
    make_event(title="Huawei Mate 60 Pro")
    assert found("ＭＡＴＥ") == {"Huawei Mate 60 Pro"}


def test_an_actors_name_in_any_language_finds_its_events():
    huawei = ActorFactory(name="Huawei", slug="huawei")
    ActorAlias.objects.create(actor=huawei, name="华为", language="zh")
    bis = ActorFactory(name="BIS", slug="bis")
    make_event(title="Entity List addition", actors=((bis, "initiator"), (huawei, "target")))
    make_event(title="Annual report of the telecoms group", actors=((huawei, "initiator"),))
    make_event(title="Unrelated rule on Huawei", summary="Names the company, links no actor")
    make_event(title="Chip licences", actors=((bis, "initiator"),))
    assert found("华为") == {"Entity List addition", "Annual report of the telecoms group"}
    assert found("huawei") == {
        "Entity List addition",
        "Annual report of the telecoms group",
        "Unrelated rule on Huawei",
    }
    assert found("华为 entity") == {"Entity List addition"}
    assert found("bis 华为") == {"Entity List addition"}
    assert found("telecoms") == {"Annual report of the telecoms group"}


def test_a_common_actors_name_finds_its_events_too(monkeypatch):
    """Past the rare-actor list, the links are probed per event (another query shape)."""
    monkeypatch.setattr("timeline.selectors.events.RARE_ACTOR_LINKS", 1)
    huawei = ActorFactory(name="Huawei", slug="huawei")
    ActorAlias.objects.create(actor=huawei, name="华为", language="zh")
    make_event(title="Entity List addition", actors=((huawei, "target"),))
    make_event(title="Annual report", actors=((huawei, "initiator"),))
    make_event(title="Tariff notice", summary="华为 is named in the text only")
    make_event(title="Unrelated")
    assert found("华为") == {"Entity List addition", "Annual report", "Tariff notice"}
    assert found("华为 annual") == {"Annual report"}
    # the page's counts read the selection as a subquery: the same events
    selection = events_matching(Event.objects.all(), "华为").values("pk")
    inside = Event.objects.filter(pk__in=selection).values_list("title", flat=True)
    assert set(inside) == {"Entity List addition", "Annual report", "Tariff notice"}


def test_a_word_that_is_only_part_of_an_actors_name_matches_text_only():
    huawei = ActorFactory(name="Huawei", slug="huawei")
    ActorAlias.objects.create(actor=huawei, name="华为技术", language="zh")
    make_event(title="Annual report", actors=((huawei, "initiator"),))
    assert found("华为") == set()
    assert found("华为技术") == {"Annual report"}


def test_search_syntax_in_a_query_is_read_as_text():
    make_event(title='Export "controls" AND tariffs')
    assert found('"controls"') == {'Export "controls" AND tariffs'}
    assert found("AND OR NOT*") == set()


def test_renamed_event_is_found_by_its_new_title_only():
    event = make_event(title="Old headline")
    event_update(
        event=event,
        data=EventData(title="New headline", date=event.date, category=event.category),
        by_editor=True,
    )
    assert found("old") == set()
    assert found("new") == {"New headline"}


def test_merged_event_is_found_by_the_evidence_it_took_over():
    survivor = make_event(title="Survivor")
    other = make_event(title="Duplicate")
    cite(other, "Beijing announced countermeasures on Friday.")
    events_merge(
        survivor=survivor, others=[other], user=User.objects.create_superuser("chief", password="x")
    )
    public = EventFilterSet(
        {"q": "countermeasures"}, queryset=Event.objects.filter(merged_into__isnull=True)
    )
    assert set(public.qs.values_list("title", flat=True)) == {"Survivor"}


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the FTS5 table exists on SQLite only")
def test_sqlite_answers_long_terms_from_the_fts5_index():
    make_event(title="Entity List")
    filters = EventFilterSet({"q": "entity"}, queryset=Event.objects.all())
    assert filters.is_valid()
    assert f"{SQLITE_INDEX_TABLE} MATCH" in str(filters.qs.query)


@pytest.mark.skipif(
    connection.vendor != "postgresql" and not required_in_ci("postgres"),
    reason="the trigram index is PostgreSQL's (CI's second pass runs on PostgreSQL)",
)
def test_postgres_has_the_trigram_index_on_the_search_text():
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'event_search_text_trgm'")
        (definition,) = cursor.fetchone()
    assert "gin (search_text gin_trgm_ops)" in definition


@pytest.mark.django_db(transaction=True)
def test_migration_fills_the_search_text_of_existing_events():
    executor = MigrationExecutor(connection)
    executor.migrate([("timeline", "0004_review_queue_and_date_indexes")])
    old_apps = executor.loader.project_state(
        [("timeline", "0004_review_queue_and_date_indexes")]
    ).apps
    event_model = old_apps.get_model("timeline", "Event")
    article_model = old_apps.get_model("timeline", "Article")
    source_model = old_apps.get_model("timeline", "EventSource")
    event = event_model.objects.create(
        title="Before the upgrade",
        date=dt.date(2024, 1, 2),
        date_last=dt.date(2024, 1, 2),
        category="sanctions",
        status="published",
    )
    article = article_model.objects.create(
        title="A",
        language="en",
        published_at=dt.datetime(2024, 1, 2, tzinfo=dt.UTC),
        text="x",
        content_hash="a" * 64,
        status="done",
    )
    source_model.objects.create(event=event, article=article, evidence="Treasury SANCTIONED it.")
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    assert Event.objects.get(pk=event.pk).search_text == (
        "before the upgrade\ntreasury sanctioned it."
    )
    assert found("sanctioned") == {"Before the upgrade"}
