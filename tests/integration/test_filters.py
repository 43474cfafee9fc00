"""The event filters shared by the web timeline and the API: each alone, combined, and refused."""

import pytest

from tests.factories import small_archive
from timeline.filters import EventFilterSet
from timeline.models import Event

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive():
    return small_archive()


def _titles(params, queryset=None):
    filterset = EventFilterSet(
        params, queryset=queryset or Event.objects.filter(status="published")
    )
    assert filterset.is_valid(), filterset.errors
    return [event.title for event in filterset.qs]


def test_date_range_matches_overlapping_periods(archive):
    assert _titles({"date_from": "2019-11-15", "date_to": "2019-11-30"}) == [
        "Huawei fourth-quarter results"
    ]
    assert "Three-year investment plan" in _titles({"date_from": "2022-06-01"})
    assert _titles({"date_to": "2019-05-14"}) == []


def test_actor_filter_is_any_of_the_given_slugs(archive):
    assert set(_titles({"actor": ["bis"]})) == {"Huawei added to the Entity List"}
    assert set(_titles({"actor": ["bis", "asml"]})) == {
        "Huawei added to the Entity List",
        "Three-year investment plan",
    }


def test_country_filter_uses_the_actors_countries(archive):
    assert set(_titles({"country": ["nl"]})) == {"Three-year investment plan"}
    assert len(_titles({"country": ["CN", "NL"]})) == 3


def test_category_tag_and_text_filters(archive):
    assert _titles({"category": ["earnings"]}) == ["Huawei fourth-quarter results"]
    assert _titles({"tag": ["semiconductors"]}) == ["Huawei added to the Entity List"]
    assert _titles({"q": "lithography"}) == ["Three-year investment plan"]
    assert _titles({"q": "entity huawei"}) == ["Huawei added to the Entity List"]


def test_filters_combine_and_ordering_applies(archive):
    assert _titles({"actor": ["huawei"], "category": ["earnings", "export_controls"]}) == [
        "Huawei fourth-quarter results",
        "Huawei added to the Entity List",
    ]
    assert _titles({"actor": ["huawei"], "ordering": "date"}) == [
        "Huawei added to the Entity List",
        "Huawei fourth-quarter results",
    ]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"date_from": "2019-13-01"}, "date_from"),
        ({"actor": ["no-such-actor"]}, "actor"),
        ({"country": ["XX"]}, "country"),
        ({"category": ["gossip"]}, "category"),
        ({"ordering": "title"}, "ordering"),
        ({"q": "x" * 201}, "q"),
    ],
)
def test_invalid_values_are_reported_under_their_parameter(archive, params, field):
    filterset = EventFilterSet(params, queryset=Event.objects.all())
    assert not filterset.is_valid()
    assert field in filterset.errors


def test_timeline_page_answers_400_naming_the_bad_parameter(client, archive):
    response = client.get("/", {"country": "XX", "category": "earnings"})
    assert response.status_code == 400
    assert "country" in response.content.decode()
    ok = client.get("/", {"category": "earnings"}).content.decode()
    assert "Huawei fourth-quarter results" in ok
    assert "Huawei added to the Entity List" not in ok
