import datetime as dt

import pytest

from timeline.display import date_display


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((dt.date(2025, 2, 24), "day"), "24 Feb 2025"),
        ((dt.date(2025, 2, 1), "month"), "February 2025"),
        ((dt.date(2024, 10, 1), "quarter"), "Q4 2024"),
        ((dt.date(2019, 1, 1), "year"), "2019"),
        ((dt.date(2025, 2, 1), "month", None, True), "~ February 2025"),
        ((dt.date(2025, 2, 24), "day", dt.date(2028, 2, 23)), "24 Feb 2025 – 23 Feb 2028"),
    ],
)
def test_date_reads_as_precise_as_it_is(args, expected):
    assert date_display(*args) == expected
