"""Dates in Simplified Chinese: the forms Chinese news sites use, at every precision."""

import datetime as dt

import pytest
from django.utils import translation

from timeline.display import date_display


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((dt.date(2025, 2, 24), "day"), "2025年2月24日"),
        ((dt.date(2025, 2, 1), "month"), "2025年2月"),
        ((dt.date(2024, 1, 1), "quarter"), "2024年第一季度"),
        ((dt.date(2024, 4, 1), "quarter"), "2024年第二季度"),
        ((dt.date(2024, 7, 1), "quarter"), "2024年第三季度"),
        ((dt.date(2024, 10, 1), "quarter"), "2024年第四季度"),
        ((dt.date(2019, 1, 1), "year"), "2019年"),
        ((dt.date(2025, 2, 1), "month", None, True), "约2025年2月"),
        ((dt.date(2025, 2, 24), "day", dt.date(2028, 2, 23)), "2025年2月24日至2028年2月23日"),
        ((dt.date(2025, 1, 1), "year", dt.date(2027, 12, 31), True), "约2025年至2027年12月31日"),
    ],
)
def test_chinese_date_reads_as_precise_as_it_is(args, expected):
    with translation.override("zh-hans"):
        assert date_display(*args) == expected


def test_german_keeps_the_english_order_with_german_months():
    with translation.override("de"):
        assert date_display(dt.date(2025, 3, 3), "day") == "3 Mär 2025"
        assert date_display(dt.date(2025, 3, 1), "month") == "März 2025"
        assert date_display(dt.date(2024, 10, 1), "quarter") == "Q4 2024"
