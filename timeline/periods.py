"""Pure helpers for dates that carry a precision: where a period starts and where it ends."""

import calendar
import datetime as dt

from timeline.choices import Precision


def period_start(day: dt.date, precision: str) -> dt.date:
    """The first day of the period of `precision` that contains `day`."""
    if precision == Precision.DAY:
        return day
    if precision == Precision.MONTH:
        return day.replace(day=1)
    if precision == Precision.QUARTER:
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if precision == Precision.YEAR:
        return dt.date(day.year, 1, 1)
    raise ValueError(f"unknown precision {precision!r}")


def period_end(day: dt.date, precision: str) -> dt.date:
    """The last day of the period of `precision` that contains `day`."""
    if precision == Precision.DAY:
        return day
    if precision == Precision.MONTH:
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if precision == Precision.QUARTER:
        last_month = 3 * ((day.month - 1) // 3) + 3
        return dt.date(day.year, last_month, calendar.monthrange(day.year, last_month)[1])
    if precision == Precision.YEAR:
        return dt.date(day.year, 12, 31)
    raise ValueError(f"unknown precision {precision!r}")


def last_covered_day(start: dt.date, precision: str, end: dt.date | None) -> dt.date:
    """The last day an event touches: its explicit end, or the end of its start period."""
    return end if end is not None else period_end(start, precision)
