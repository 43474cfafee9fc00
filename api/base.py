"""What every API view shares: content negotiation, throttles and input guards.

JSON is the only representation of API resources (exports set their own content type), so an
unusual Accept header gets JSON rather than a 406. Throttle rates are read from the settings on each
request, so they can be tuned without a restart of the code that imported them.
"""

import re
from collections.abc import Iterable

from django.conf import settings
from rest_framework import exceptions
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import BaseRenderer
from rest_framework.request import Request
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

MAX_DB_INTEGER = 2**63 - 1


class LenientNegotiation(DefaultContentNegotiation):
    """The usual negotiation, except that what cannot be satisfied gets JSON instead of a 406."""

    def select_renderer(
        self, request: Request, renderers: Iterable[BaseRenderer], format_suffix: str | None = None
    ) -> tuple[BaseRenderer, str]:
        candidates = list(renderers)
        try:
            renderer, media_type = super().select_renderer(request, candidates, format_suffix)
        except (exceptions.NotAcceptable, exceptions.NotFound):
            return candidates[0], str(candidates[0].media_type)
        return renderer, str(media_type)


def _rate(scope: str | None) -> str | None:
    if scope is None:
        return None
    rates: object = settings.REST_FRAMEWORK.get("DEFAULT_THROTTLE_RATES")
    rate = rates.get(scope) if isinstance(rates, dict) else None
    return str(rate) if rate else None


class AnonymousThrottle(AnonRateThrottle):
    """Requests without authentication, counted per client address."""

    def get_rate(self) -> str | None:
        return _rate(self.scope)


class AuthenticatedThrottle(UserRateThrottle):
    def get_rate(self) -> str | None:
        return _rate(self.scope)


def reject_nul_characters(request: Request) -> None:
    """Refuse NUL characters in query parameters: PostgreSQL cannot store them."""
    bad = sorted(
        {name for name, value in request.query_params.lists() if any("\x00" in v for v in value)}
    )
    bad += sorted(name for name in request.query_params if "\x00" in name)
    if bad:
        raise exceptions.ValidationError(
            {name: ["NUL characters are not allowed."] for name in bad}
        )


ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
ISO_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?([Zz]|[+-]\d{2}:?\d{2})?", re.ASCII
)
DATE_PARAMETERS = frozenset({"date_from", "date_to"})
DATETIME_PARAMETERS = frozenset({"updated_since"})
NOT_EMPTY_PARAMETERS = frozenset({"ordering", "bucket", "country", "kind", "category", "status"})


def check_query_syntax(request: Request) -> None:
    """Dates as ISO 8601 in ASCII digits, and no empty value where a value is needed.

    The form fields behind the filters are lenient (an empty value means "no filter" on the web
    page; any Unicode digit parses); the API holds callers to the documented syntax.
    """
    errors: dict[str, list[str]] = {}
    for name, values in request.query_params.lists():
        for value in values:
            if name in DATE_PARAMETERS and not ISO_DATE.fullmatch(value):
                errors[name] = ["Use an ISO 8601 date: YYYY-MM-DD."]
            elif name in DATETIME_PARAMETERS and not ISO_DATETIME.fullmatch(value):
                errors[name] = ["Use an ISO 8601 date-time: YYYY-MM-DDThh:mm:ssZ."]
            elif name in NOT_EMPTY_PARAMETERS and not value.strip():
                errors[name] = ["A value is required."]
    if errors:
        raise exceptions.ValidationError(errors)


def checked_id(value: int) -> int:
    """A path id the database can hold; larger numbers cannot name anything (404)."""
    if not 0 < value <= MAX_DB_INTEGER:
        raise exceptions.NotFound()
    return value
