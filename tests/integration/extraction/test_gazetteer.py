"""The gazetteer built from the database: contents, query count, per-process cache."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ActorFactory
from timeline.gazetteer import gazetteer_build, gazetteer_get, gazetteer_invalidate
from timeline.models import ActorAlias

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    gazetteer_invalidate()
    yield
    gazetteer_invalidate()


def test_actors_come_with_aliases_languages_and_parent():
    parent = ActorFactory(slug="alibaba-group", name="Alibaba Group", country="CN")
    child = ActorFactory(slug="alibaba-cloud", name="Alibaba Cloud", country="CN", parent=parent)
    ActorAlias.objects.create(actor=parent, name="阿里巴巴", language="zh")
    ActorAlias.objects.create(actor=parent, name="Washington", language="en", ambiguous=True)
    actors = {a.slug: a for a in gazetteer_build().actors}
    assert actors["alibaba-cloud"].parent == "alibaba-group"
    assert actors["alibaba-group"].parent is None
    assert {(a.name, a.language, a.ambiguous) for a in actors["alibaba-group"].aliases} == {
        ("阿里巴巴", "zh", False),
        ("Washington", "en", True),
    }
    assert child.slug in actors


def test_building_takes_two_queries_whatever_the_number_of_actors():
    for n in range(20):
        actor = ActorFactory()
        ActorAlias.objects.create(actor=actor, name=f"Alias {n}", language="mul")
    with CaptureQueriesContext(connection) as queries:
        gazetteer_build()
    assert len(queries) == 2


def test_cache_is_kept_until_invalidated():
    ActorFactory(slug="huawei", name="Huawei")
    first = gazetteer_get()
    ActorFactory(slug="zte", name="ZTE")
    with CaptureQueriesContext(connection) as queries:
        assert gazetteer_get() is first
    assert len(queries) == 0
    gazetteer_invalidate()
    assert {a.slug for a in gazetteer_get().actors} == {"huawei", "zte"}
