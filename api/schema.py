"""OpenAPI schema: the error shape on every operation that can answer it; the filter parameters."""

from typing import Any

from drf_spectacular.utils import OpenApiParameter

from api.filters import MAX_ACTOR_QUERY_LENGTH
from timeline.choices import ActorKind, Category, EventStatus
from timeline.filters import MAX_QUERY_LENGTH

ERROR_SCHEMA = {
    "type": "object",
    "description": "Every error the API answers with has this shape.",
    "properties": {
        "code": {"type": "string", "description": "Machine-readable: invalid, not_found, …"},
        "message": {"type": "string", "description": "Fit to show a person."},
        "fields": {
            "type": "object",
            "description": "Per parameter or body field at fault, what is wrong with it.",
            "additionalProperties": {"type": "array", "items": {"type": "string"}},
        },
    },
    "required": ["code", "message"],
}

ERRORS = {
    "400": "Invalid parameters or body; `fields` names each one at fault.",
    "401": "Authentication needed, or the token or session is not valid.",
    "403": "Your role does not allow this.",
    "404": "No such object (or not visible to you).",
    "415": "Send the body as application/json.",
    "429": "Too many requests; retry after the number of seconds in `Retry-After`.",
}
HTTP_METHODS = {"get", "post", "put", "patch", "delete"}


def _applies(code: str, path: str, operation: dict[str, Any]) -> bool:
    if code == "404":
        return "{" in path
    if code == "415":
        return "requestBody" in operation
    return True


def add_error_responses(
    result: dict[str, Any], generator: Any, request: Any, public: bool
) -> dict[str, Any]:
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas["Error"] = ERROR_SCHEMA
    reference = {"$ref": "#/components/schemas/Error"}
    for path, item in result.get("paths", {}).items():
        for method, operation in item.items():
            if method not in HTTP_METHODS:
                continue
            responses = operation.setdefault("responses", {})
            for code, description in ERRORS.items():
                if _applies(code, path, operation) and code not in responses:
                    responses[code] = {
                        "description": description,
                        "content": {"application/json": {"schema": reference}},
                    }
            if "429" in responses:
                responses["429"]["headers"] = {
                    "Retry-After": {"schema": {"type": "integer"}, "description": "Seconds."}
                }
    return result


def _parameter(
    name: str, schema: dict[str, Any], description: str, *, many: bool = False
) -> OpenApiParameter:
    if many:
        schema = {"type": "array", "items": schema}
    return OpenApiParameter(name, schema, description=description, explode=True if many else None)


def event_filter_parameters() -> list[OpenApiParameter]:
    """The timeline's filters as query parameters (the same on the web timeline)."""
    slug = {"type": "string", "maxLength": 120}
    country = {"type": "string", "pattern": "^[A-Za-z]{2}$"}
    return [
        _parameter("date_from", {"type": "string", "format": "date"}, "Events ending on or after."),
        _parameter(
            "date_to", {"type": "string", "format": "date"}, "Events starting on or before."
        ),
        _parameter(
            "actor",
            slug,
            "Actor slug; repeat for any of several. An unknown slug answers 400 naming `actor`.",
            many=True,
        ),
        _parameter("country", country, "ISO 3166-1 alpha-2 of an actor (EU too).", many=True),
        _parameter("category", {"type": "string", "enum": Category.values}, "Any of.", many=True),
        _parameter("tag", slug, "Tag slug; an unknown slug answers 400 naming `tag`.", many=True),
        _parameter(
            "q",
            {"type": "string", "maxLength": MAX_QUERY_LENGTH},
            "Words, all of which must appear in the title, summary or evidence.",
        ),
        _parameter(
            "ordering", {"type": "string", "enum": ["-date", "date"]}, "Newest (default) or oldest."
        ),
        _parameter(
            "updated_since",
            {"type": "string", "format": "date-time"},
            "Only events created or changed at or after this time (incremental sync).",
        ),
        _parameter(
            "status",
            {"type": "string", "enum": [EventStatus.PUBLISHED, EventStatus.DRAFT]},
            "Editors and contributors: include drafts. Anyone else asking for drafts gets 401/403.",
            many=True,
        ),
    ]


def actor_filter_parameters() -> list[OpenApiParameter]:
    return [
        _parameter(
            "q",
            {"type": "string", "maxLength": MAX_ACTOR_QUERY_LENGTH},
            "Words in the name or an alias.",
        ),
        _parameter("kind", {"type": "string", "enum": ActorKind.values}, "Any of.", many=True),
        _parameter(
            "country", {"type": "string", "pattern": "^[A-Za-z]{2}$"}, "ISO alpha-2.", many=True
        ),
    ]


_TIMELINEJS_DATE = {
    "type": "object",
    "properties": {
        "year": {"type": "integer"},
        "month": {"type": "integer", "minimum": 1, "maximum": 12},
        "day": {"type": "integer", "minimum": 1, "maximum": 31},
        "display_date": {"type": "string"},
    },
    "required": ["year"],
}
_TIMELINEJS_TEXT = {
    "type": "object",
    "properties": {"headline": {"type": "string"}, "text": {"type": "string"}},
    "required": ["headline", "text"],
}
TIMELINEJS_SCHEMA = {
    "type": "object",
    "description": "The TimelineJS JSON format (title slide and events); text is HTML.",
    "properties": {
        "title": {
            "type": "object",
            "properties": {"text": _TIMELINEJS_TEXT},
            "required": ["text"],
        },
        "events": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "unique_id": {"type": "string"},
                    "start_date": _TIMELINEJS_DATE,
                    "end_date": _TIMELINEJS_DATE,
                    "text": _TIMELINEJS_TEXT,
                    "group": {"type": "string"},
                    "display_date": {"type": "string"},
                },
                "required": ["unique_id", "start_date", "text"],
            },
        },
    },
    "required": ["title", "events"],
}
