"""Schemathesis over the whole OpenAPI schema, in-process (WSGI), as an editor with a token.

At least 100 examples per operation with every check that applies: no server error, status codes,
content types, headers and bodies as the schema documents them, invalid input refused, valid input
accepted. Slow (a few minutes on two cores); it runs in CI with the rest of the suite.
"""

import datetime as dt
import json
import socket
from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.factories import ActorFactory, make_event

pytestmark = [pytest.mark.slow, pytest.mark.django_db]

EXAMPLES_PER_OPERATION = 100


def _no_network(host: Any, *args: Any, **kwargs: Any) -> Any:
    raise socket.gaierror(socket.EAI_NONAME, "the fuzz test resolves no host names")


@pytest.fixture
def _connection_kept_across_requests():
    """As Django's test client does: the test's transaction must survive each request."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.fixture
def api_schema(archive, editor, settings, monkeypatch, _connection_kept_across_requests):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": None, "user": None},
    }
    monkeypatch.setattr(socket, "getaddrinfo", _no_network)
    loser = make_event(title="Merged away", date=dt.date(2019, 5, 16))
    loser.merged_into = archive["entity_list"]
    loser.save()
    ActorFactory(slug="a", name="A")
    return schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())


@pytest.fixture
def editor_headers(editor) -> dict[str, str]:
    token, _ = Token.objects.get_or_create(user=editor)
    return {"Authorization": f"Token {token.key}"}


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_api_conforms_to_its_schema_and_never_fails(case, editor_headers):
    response = case.call_and_validate(
        headers=editor_headers, excluded_checks=[positive_data_acceptance]
    )
    if case.meta is not None and case.meta.generation.mode.is_positive:
        _assert_accepted_unless_semantically_invalid(case, response)


# Valid by the schema but refused with 400 by design: references to things that do not exist
# (an actor or tag slug, a country code outside ISO 3166, a cursor the API did not give out)
# and rules the schema cannot express (an end before the start, a text of blanks only, a
# language the archive does not take), and NUL characters in any text.
NUL_REFUSED = "Null characters are not allowed."
SEMANTIC_FIELDS = {
    "GET": {"actor", "tag", "country", "cursor"},
    "PATCH": {"actors", "tags", "date_end", "title", "non_field_errors"},
    "POST /api/articles/": {
        "text",
        "url",
        "title",
        "language",
        "published_at",
        "outlet",
        "non_field_errors",
    },
}


def _assert_accepted_unless_semantically_invalid(case: Any, response: Any) -> None:
    if response.status_code != 400:
        assert response.status_code < 400 or response.status_code in {401, 403, 404, 429}
        return
    label = f"{case.method.upper()} {case.path}"
    allowed = SEMANTIC_FIELDS.get(label) or SEMANTIC_FIELDS.get(case.method.upper(), set())
    errors = json.loads(response.content).get("fields", {})
    refused = {
        name
        for name, messages in errors.items()
        if name not in allowed and messages != [NUL_REFUSED]
    }
    assert errors, f"{label}: a schema-valid request was refused: {response.content!r}"
    assert not refused, f"{label}: a schema-valid request was refused: {response.content!r}"
