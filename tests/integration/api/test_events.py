"""GET /api/events/ and /api/events/<id>/: each filter alone and combined, errors, the shape."""

import datetime as dt

import pytest

from tests.factories import make_event
from timeline.models import Event, EventSource
from timeline.services.events import event_source_add

pytestmark = pytest.mark.django_db


def _titles(client, query: str) -> list[str]:
    response = client.get(f"/api/events/?{query}")
    assert response.status_code == 200, response.content
    return [event["title"] for event in response.json()["results"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "",
            [
                "Licence requirement for Nvidia H20 exports",
                "China restricts gallium exports",
                "Three-year investment plan",
                "Huawei fourth-quarter results",
                "Huawei added to the Entity List",
            ],
        ),
        (
            "date_from=2021-01-01",
            [
                "Licence requirement for Nvidia H20 exports",
                "China restricts gallium exports",
                "Three-year investment plan",
            ],
        ),
        (
            "date_to=2019-10-01",
            ["Huawei fourth-quarter results", "Huawei added to the Entity List"],
        ),
        ("date_from=2019-12-31&date_to=2019-12-31", ["Huawei fourth-quarter results"]),
        ("actor=huawei", ["Huawei fourth-quarter results", "Huawei added to the Entity List"]),
        (
            "actor=asml&actor=nvidia",
            ["Licence requirement for Nvidia H20 exports", "Three-year investment plan"],
        ),
        ("country=NL", ["Three-year investment plan"]),
        (
            "country=cn&country=nl",
            [
                "China restricts gallium exports",
                "Three-year investment plan",
                "Huawei fourth-quarter results",
                "Huawei added to the Entity List",
            ],
        ),
        ("category=earnings", ["Huawei fourth-quarter results"]),
        (
            "category=earnings&category=investment",
            ["Three-year investment plan", "Huawei fourth-quarter results"],
        ),
        ("tag=ai", ["Licence requirement for Nvidia H20 exports"]),
        (
            "tag=semiconductors",
            ["Licence requirement for Nvidia H20 exports", "Huawei added to the Entity List"],
        ),
        ("q=gallium", ["China restricts gallium exports"]),
        ("q=lithography", ["Three-year investment plan"]),
        ("q=huawei%20results", ["Huawei fourth-quarter results"]),
        (
            "ordering=date&category=export_controls",
            [
                "Huawei added to the Entity List",
                "China restricts gallium exports",
                "Licence requirement for Nvidia H20 exports",
            ],
        ),
        (
            "category=export_controls&country=US&date_from=2020-01-01",
            ["Licence requirement for Nvidia H20 exports"],
        ),
        ("actor=bis&tag=semiconductors&date_to=2020-01-01", ["Huawei added to the Entity List"]),
        ("actor=huawei&category=investment", []),
    ],
)
def test_each_filter_alone_and_combined(archive, anon, query, expected):
    assert _titles(anon, query) == expected


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("date_from=2025-13-01", "date_from"),
        ("date_to=yesterday", "date_to"),
        ("actor=no-such-actor", "actor"),
        ("country=XX", "country"),
        ("country=USA", "country"),
        ("category=gossip", "category"),
        ("tag=no-such-tag", "tag"),
        ("ordering=title", "ordering"),
        ("q=" + "x" * 201, "q"),
        ("updated_since=last-week", "updated_since"),
        ("page_size=201", "page_size"),
        ("page_size=0", "page_size"),
        ("page_size=ten", "page_size"),
        ("cursor=garbage", "cursor"),
        ("q=a%00b", "q"),
        ("status=archived", "status"),
    ],
)
def test_invalid_values_answer_400_naming_the_parameter(archive, editor_client, query, parameter):
    response = editor_client.get(f"/api/events/?{query}")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    assert parameter in body["fields"]
    assert body["message"]


def test_representation_carries_dates_actors_sources_references_and_relations(archive, anon):
    plan = anon.get(f"/api/events/{archive['plan'].pk}/").json()
    assert plan["date"] == "2020-03-02"
    assert plan["date_end"] == "2023-03-01"
    assert plan["date_display"] == "2 Mar 2020 – 1 Mar 2023"
    assert plan["actors"] == [
        {
            "slug": "asml",
            "name": "ASML",
            "kind": "company",
            "country": "NL",
            "side": "other",
            "role": "initiator",
        }
    ]
    assert plan["sources"] == [
        {
            "outlet": {"slug": "wire", "name": "Wire"},
            "url": "https://wire.example/plan",
            "title": "Source",
            "published": "2020-03-03T00:00:00+00:00",
            "language": "en",
            "evidence": "The lithography budget grows over the next three years.",
            "date_phrase": "over the next three years",
        }
    ]
    assert plan["url"] == f"http://testserver/events/{archive['plan'].pk}/"
    entity = anon.get(f"/api/events/{archive['entity_list'].pk}/").json()
    assert entity["stage"] == "effective"
    assert entity["importance"] == 3
    assert entity["tags"] == ["semiconductors"]
    assert entity["legal_references"] == [
        {"kind": "federal_register", "identifier": "2019-10616", "title": "", "url": ""}
    ]
    # The draft that follows up on it stays hidden from the public.
    assert entity["related"] == [
        {"id": archive["gallium"].pk, "relation": "responds_to", "direction": "incoming"}
    ]
    gallium = anon.get(f"/api/events/{archive['gallium'].pk}/").json()
    assert gallium["date_display"] == "~ July 2023"
    assert gallium["related"] == [
        {"id": archive["entity_list"].pk, "relation": "responds_to", "direction": "outgoing"}
    ]


def test_quarter_precision_reads_as_a_quarter(archive, anon):
    results = anon.get("/api/events/?category=earnings").json()["results"]
    assert (results[0]["date_display"], results[0]["date_last"]) == ("Q4 2019", "2019-12-31")


def test_drafts_and_rejected_events_are_not_found_for_the_public(archive, anon, reader_client):
    for key in ("draft", "rejected"):
        assert anon.get(f"/api/events/{archive[key].pk}/").status_code == 404
        assert reader_client.get(f"/api/events/{archive[key].pk}/").status_code == 404


def test_editors_see_drafts_on_request(archive, editor_client):
    assert _titles(editor_client, "status=draft") == ["Unreviewed proposal"]
    assert "Unreviewed proposal" not in _titles(editor_client, "")
    both = _titles(editor_client, "status=draft&status=published&actor=huawei")
    assert both == [
        "Unreviewed proposal",
        "Huawei fourth-quarter results",
        "Huawei added to the Entity List",
    ]
    draft = editor_client.get(f"/api/events/{archive['draft'].pk}/")
    assert draft.status_code == 200
    assert draft.json()["status"] == "draft"


def test_merged_event_redirects_to_the_survivor(archive, anon):
    loser = make_event(title="Same event, other article", date=dt.date(2019, 5, 16))
    Event.objects.filter(pk=loser.pk).update(merged_into=archive["entity_list"])
    response = anon.get(f"/api/events/{loser.pk}/")
    assert response.status_code == 301
    survivor_url = f"http://testserver/api/events/{archive['entity_list'].pk}/"
    assert response["Location"] == survivor_url
    assert response.json() == {
        "id": loser.pk,
        "merged_into": archive["entity_list"].pk,
        "location": survivor_url,
    }
    assert "Same event, other article" not in _titles(anon, "")


@pytest.mark.parametrize("event_id", ["999999", "9223372036854775808", "99999999999999999999999"])
def test_unknown_or_impossible_ids_are_404_in_the_error_shape(archive, anon, event_id):
    response = anon.get(f"/api/events/{event_id}/")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_updated_since_returns_only_changed_events(archive, anon):
    Event.objects.update(updated_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    Event.objects.filter(pk=archive["plan"].pk).update(
        updated_at=dt.datetime(2024, 6, 1, 12, tzinfo=dt.UTC)
    )
    assert _titles(anon, "updated_since=2024-06-01T12:00:00Z") == ["Three-year investment plan"]
    assert _titles(anon, "updated_since=2024-06-01T12:00:01%2B00:00") == []
    assert len(_titles(anon, "updated_since=2023-12-31T00:00:00Z")) == 5


def test_evidence_search_finds_words_only_in_sources(archive, anon):
    event = archive["q4_results"]
    plan_source = EventSource.objects.get(event=archive["plan"])
    event_source_add(
        event=event,
        article=plan_source.article,
        evidence="Revenue rose 11 percent.",
        evidence_start=0,
    )
    assert _titles(anon, "q=percent") == ["Huawei fourth-quarter results"]
