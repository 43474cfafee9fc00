"""Calendar arithmetic: valid dates, month ends and shifting a day by a number of units."""

import calendar
import datetime as dt


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    if not (1 <= month <= 12 and 1 <= year <= 9999):
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    year = min(max(year, 1), 9999)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shift_date(day: dt.date, unit: str, n: int) -> dt.date:
    try:
        if unit == "D":
            return day + dt.timedelta(days=n)
        if unit == "W":
            return day + dt.timedelta(weeks=n)
        if unit == "M":
            return add_months(day, n)
        if unit == "Q":
            return add_months(day, 3 * n)
        if unit == "Y":
            return add_months(day, 12 * n)
        if unit == "DE":
            return add_months(day, 120 * n)
    except OverflowError:
        return day
    return day
