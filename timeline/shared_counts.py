"""Counts shared for a while by everyone asking with the same parameters.

Counting a selection reads all of it; the timeline's facets and the API's statistics are the same
for every reader of the same filters, so one computation serves them for `seconds`.
"""

import hashlib
from collections.abc import Callable, Iterable
from typing import TypeVar

from django.core.cache import cache

T = TypeVar("T")


def shared_counts(
    prefix: str,
    params: Iterable[tuple[str, list[str]]],
    compute: Callable[[], T],
    *,
    seconds: int,
) -> T:
    """`compute()`, or what it gave in the last `seconds` for the same parameters (whatever their
    order); computed afresh every time when `seconds` is 0."""
    if seconds <= 0:
        return compute()
    canonical = sorted((key, sorted(values)) for key, values in params)
    key = f"{prefix}:" + hashlib.sha256(repr(canonical).encode()).hexdigest()
    value: T | None = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    return value
