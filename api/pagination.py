"""Keyset ("cursor") pagination: stable while the archive grows, no OFFSET, no COUNT(*).

A page is the next `page_size` rows after the last row of the previous page in a fixed total
order (for events `(date, id)` newest or oldest first), so rows inserted meanwhile never shift
the pages a client is walking through. The cursor is opaque: base64 of the last row's keys.
"""

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Model, Q, QuerySet
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.utils.urls import replace_query_param

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
CURSOR_PARAM = "cursor"
PAGE_SIZE_PARAM = "page_size"

M = TypeVar("M", bound=Model)


def page_size_from(request: Request) -> int:
    """The requested page size; values outside 1..200 are refused (400 naming `page_size`)."""
    raw = request.query_params.get(PAGE_SIZE_PARAM)
    if raw is None:
        return DEFAULT_PAGE_SIZE
    try:
        size = int(raw)
    except ValueError:
        raise ValidationError({PAGE_SIZE_PARAM: ["A whole number is required."]}) from None
    if not 1 <= size <= MAX_PAGE_SIZE:
        raise ValidationError({PAGE_SIZE_PARAM: [f"Use a value from 1 to {MAX_PAGE_SIZE}."]})
    return size


def encode_cursor(values: Sequence[Any], tag: str) -> str:
    payload = json.dumps({"k": [str(v) for v in values], "o": tag}, separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def decode_cursor(raw: str, tag: str, count: int) -> list[str]:
    """The key values in a cursor made for the ordering `tag`; anything else is a 400."""
    invalid = ValidationError({CURSOR_PARAM: ["Invalid cursor; use the `next` link as given."]})
    try:
        padded = raw + "=" * (-len(raw) % 4)
        payload = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, UnicodeError, binascii.Error):
        raise invalid from None
    if not isinstance(payload, dict) or payload.get("o") != tag:
        raise invalid
    keys = payload.get("k")
    if (
        not isinstance(keys, list)
        or len(keys) != count
        or not all(isinstance(k, str) for k in keys)
    ):
        raise invalid
    if any("\x00" in k for k in keys):
        raise invalid
    return keys


@dataclass(frozen=True)
class Keyset(Generic[M]):
    """A total order over a queryset: field names, all ascending or all descending.

    `paths` are what the database orders and compares on, when not the fields themselves (an
    annotation holding the same values, read from a better index); cursors always carry the
    values of `fields`.
    """

    fields: tuple[str, ...]
    descending: bool
    tag: str
    paths: tuple[str, ...] | None = None

    def using(self, paths: tuple[str, ...]) -> "Keyset[M]":
        return Keyset(fields=self.fields, descending=self.descending, tag=self.tag, paths=paths)

    def _paths(self) -> tuple[str, ...]:
        return self.paths or self.fields

    def order(self, queryset: QuerySet[M, Any]) -> QuerySet[M, Any]:
        prefix = "-" if self.descending else ""
        return queryset.order_by(*(prefix + name for name in self._paths()))

    def after(self, queryset: QuerySet[M, Any], raw_cursor: str) -> QuerySet[M, Any]:
        raw_values = decode_cursor(raw_cursor, self.tag, len(self.fields))
        meta = queryset.model._meta
        try:
            values = [
                meta.get_field(name).to_python(value)  # type: ignore[union-attr]
                for name, value in zip(self.fields, raw_values, strict=True)
            ]
        except (DjangoValidationError, ValueError, TypeError, OverflowError):
            raise ValidationError(
                {CURSOR_PARAM: ["Invalid cursor; use the `next` link as given."]}
            ) from None
        if any(isinstance(v, int) and not -(2**63) < v < 2**63 for v in values):
            raise ValidationError({CURSOR_PARAM: ["Invalid cursor; use the `next` link as given."]})
        lookup = "lt" if self.descending else "gt"
        condition = Q()
        paths = self._paths()
        for position, name in enumerate(paths):
            step = Q(**{f"{name}__{lookup}": values[position]})
            for earlier, earlier_name in enumerate(paths[:position]):
                step &= Q(**{earlier_name: values[earlier]})
            condition |= step
        return queryset.filter(condition)

    def cursor_for(self, row: Any) -> str:
        if isinstance(row, dict):
            return encode_cursor([row[name] for name in self.fields], self.tag)
        return encode_cursor([getattr(row, name) for name in self.fields], self.tag)


@dataclass
class Page:
    rows: list[Any]
    next_url: str | None


def paginate(queryset: QuerySet[M, Any], *, request: Request, keyset: Keyset[M]) -> Page:
    """One page of `queryset` in the keyset's order, after the request's cursor."""
    size = page_size_from(request)
    queryset = keyset.order(queryset)
    raw = request.query_params.get(CURSOR_PARAM)
    if raw:
        queryset = keyset.after(queryset, raw)
    rows = list(queryset[: size + 1])
    next_url = None
    if len(rows) > size:
        rows = rows[:size]
        next_url = replace_query_param(
            request.build_absolute_uri(), CURSOR_PARAM, keyset.cursor_for(rows[-1])
        )
    return Page(rows=rows, next_url=next_url)
