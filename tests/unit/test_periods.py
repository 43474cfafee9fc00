import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.periods import last_covered_day, period_end, period_start


@pytest.mark.parametrize(
    ("day", "precision", "start", "end"),
    [
        (dt.date(2025, 2, 24), "day", dt.date(2025, 2, 24), dt.date(2025, 2, 24)),
        (dt.date(2024, 2, 10), "month", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        (dt.date(2024, 11, 5), "quarter", dt.date(2024, 10, 1), dt.date(2024, 12, 31)),
        (dt.date(2025, 5, 31), "quarter", dt.date(2025, 4, 1), dt.date(2025, 6, 30)),
        (dt.date(2023, 7, 3), "year", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
    ],
)
def test_period_bounds_follow_precision(day, precision, start, end):
    assert period_start(day, precision) == start
    assert period_end(day, precision) == end


def test_explicit_end_wins_over_precision():
    assert last_covered_day(dt.date(2025, 2, 1), "month", dt.date(2028, 1, 31)) == dt.date(
        2028, 1, 31
    )
    assert last_covered_day(dt.date(2025, 2, 1), "month", None) == dt.date(2025, 2, 28)


def test_unknown_precision_is_refused():
    with pytest.raises(ValueError, match="week"):
        period_start(dt.date(2025, 1, 1), "week")


@given(st.dates(), st.sampled_from(["day", "month", "quarter", "year"]))
def test_every_day_lies_inside_its_period(day, precision):
    assert period_start(day, precision) <= day <= period_end(day, precision)
    assert period_start(period_end(day, precision), precision) == period_start(day, precision)
