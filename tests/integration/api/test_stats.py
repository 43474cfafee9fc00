"""GET /api/stats/: counts per period by category and side, with the timeline's filters."""

import datetime as dt

import pytest

from tests.factories import ActorFactory, make_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def year_2024(db):
    us = ActorFactory(slug="us-co", country="US")
    cn = ActorFactory(slug="cn-co", country="CN")
    de = ActorFactory(slug="de-co", country="DE")
    make_event(date=dt.date(2024, 1, 5), category="tariffs_trade", actors=((us, "initiator"),))
    make_event(
        date=dt.date(2024, 1, 20),
        category="tariffs_trade",
        actors=((us, "initiator"), (cn, "target")),
    )
    make_event(date=dt.date(2024, 2, 1), category="earnings", actors=((cn, "initiator"),))
    make_event(date=dt.date(2024, 5, 1), category="earnings", actors=((de, "initiator"),))
    make_event(
        date=dt.date(2024, 5, 2), category="earnings", status="draft", actors=((de, "initiator"),)
    )


def test_monthly_counts_by_category_and_side(year_2024, anon):
    body = anon.get("/api/stats/?bucket=month").json()
    assert body["bucket"] == "month"
    assert body["results"] == [
        {
            "period": "2024-01",
            "start": "2024-01-01",
            "total": 2,
            "by_category": {"tariffs_trade": 2},
            "by_side": {"us": 2, "china": 1},
        },
        {
            "period": "2024-02",
            "start": "2024-02-01",
            "total": 1,
            "by_category": {"earnings": 1},
            "by_side": {"china": 1},
        },
        {
            "period": "2024-05",
            "start": "2024-05-01",
            "total": 1,
            "by_category": {"earnings": 1},
            "by_side": {"other": 1},
        },
    ]


def test_quarter_and_year_buckets_with_a_filter(year_2024, anon):
    quarters = anon.get("/api/stats/?bucket=quarter&category=earnings").json()["results"]
    assert [(q["period"], q["total"]) for q in quarters] == [("2024-Q1", 1), ("2024-Q2", 1)]
    years = anon.get("/api/stats/?bucket=year&actor=us-co").json()["results"]
    assert years == [
        {
            "period": "2024",
            "start": "2024-01-01",
            "total": 2,
            "by_category": {"tariffs_trade": 2},
            "by_side": {"us": 2, "china": 1},
        }
    ]


def test_unknown_bucket_is_400(anon, db):
    response = anon.get("/api/stats/?bucket=week")
    assert response.status_code == 400
    assert "bucket" in response.json()["fields"]


def _january(client, query=""):
    results = client.get(f"/api/stats/?bucket=month{query}").json()["results"]
    return next(r["total"] for r in results if r["period"] == "2024-01")


def test_published_counts_are_shared_for_a_minute_per_filter_set(year_2024, anon):
    assert _january(anon) == 2
    make_event(date=dt.date(2024, 1, 9), category="tariffs_trade")
    # the same filters within the minute: the counts already computed
    assert _january(anon) == 2
    # other filters are counted afresh
    assert _january(anon, "&category=tariffs_trade") == 3


def test_counts_with_drafts_are_never_shared(year_2024, editor_client):
    query = "&status=published&status=draft"
    assert _january(editor_client, query) == 2
    make_event(date=dt.date(2024, 1, 9), category="tariffs_trade", status="draft")
    assert _january(editor_client, query) == 3
