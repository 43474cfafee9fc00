"""Counts shared by everyone asking with the same parameters, for a while."""

import pytest
from django.core.cache import cache

from timeline.shared_counts import shared_counts


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def _counter():
    calls = []

    def compute():
        calls.append(1)
        return {"total": len(calls)}

    return calls, compute


def test_the_same_parameters_in_any_order_share_one_count():
    calls, compute = _counter()
    first = shared_counts("t", [("actor", ["a", "b"]), ("q", ["x"])], compute, seconds=60)
    again = shared_counts("t", [("q", ["x"]), ("actor", ["b", "a"])], compute, seconds=60)
    assert first == again == {"total": 1}
    assert len(calls) == 1
    other = shared_counts("t", [("actor", ["a"])], compute, seconds=60)
    assert other == {"total": 2}


def test_nothing_is_shared_for_zero_seconds():
    calls, compute = _counter()
    shared_counts("t", [("actor", ["a"])], compute, seconds=0)
    shared_counts("t", [("actor", ["a"])], compute, seconds=0)
    assert len(calls) == 2
