"""The OpenAPI schema and its documentation page: complete, local, and honest about errors."""

import json
import re

import pytest

pytestmark = pytest.mark.django_db

FILTERS = {"date_from", "date_to", "actor", "country", "category", "tag", "q", "ordering"}


@pytest.fixture
def schema(anon):
    response = anon.get("/api/schema/?format=json")
    assert response.status_code == 200
    return json.loads(response.content)


def test_every_operation_documents_its_error_responses(schema):
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            codes = set(operation["responses"])
            assert {"400", "401", "403", "429"} <= codes, (method, path)
            if "{" in path:
                assert "404" in codes, (method, path)
            error = operation["responses"]["400"]["content"]["application/json"]["schema"]
            assert error == {"$ref": "#/components/schemas/Error"}


def test_the_event_list_and_exports_document_every_timeline_filter(schema):
    for path in (
        "/api/events/",
        "/api/stats/",
        "/api/events/export.csv",
        "/api/events/export.ics",
        "/api/events/feed.atom",
        "/api/events/timelinejs.json",
    ):
        names = {p["name"] for p in schema["paths"][path]["get"]["parameters"]}
        assert names >= FILTERS | {"updated_since", "status"}, path
    page_size = next(
        p for p in schema["paths"]["/api/events/"]["get"]["parameters"] if p["name"] == "page_size"
    )
    assert (page_size["schema"]["minimum"], page_size["schema"]["maximum"]) == (1, 200)


def test_docs_page_is_served_without_a_cdn(anon):
    page = anon.get("/api/docs/")
    assert page.status_code == 200
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.content.decode())
    assert assets
    assert all(asset.startswith("/static/") for asset in assets), assets


def test_unknown_api_addresses_answer_json_404(anon):
    response = anon.post("/api/nothing/here/")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_an_unsatisfiable_accept_header_still_gets_json(anon, archive):
    response = anon.get("/api/events/", HTTP_ACCEPT="application/xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
