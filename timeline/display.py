"""How an event's date reads: exactly as precise as it is, never inventing a day."""

import datetime as dt

from django.utils.formats import date_format
from django.utils.translation import gettext, gettext_lazy

from timeline.choices import Precision

_QUARTERS = (
    # Translators: quarters of a year (e.g. "Q1 2025"), one text each so that a language may
    # name a quarter in words.
    gettext_lazy("Q1 %(year)s"),
    gettext_lazy("Q2 %(year)s"),
    gettext_lazy("Q3 %(year)s"),
    gettext_lazy("Q4 %(year)s"),
)


def _day(day: dt.date) -> str:
    # Translators: Django date format of an exact day (e.g. "24 Feb 2025"); keep it as it is
    # unless the language writes dates in another order or with other marks.
    return date_format(day, gettext("j M Y"))


def _point(day: dt.date, precision: str) -> str:
    if precision == Precision.DAY:
        return _day(day)
    if precision == Precision.MONTH:
        # Translators: Django date format of a month (e.g. "February 2025").
        return date_format(day, gettext("F Y"))
    if precision == Precision.QUARTER:
        return str(_QUARTERS[(day.month - 1) // 3]) % {"year": day.year}
    # Translators: Django date format of a year (e.g. "2019").
    return date_format(day, gettext("Y"))


def date_display(
    day: dt.date, precision: str, date_end: dt.date | None = None, approximate: bool = False
) -> str:
    """`24 Feb 2025`, `February 2025`, `Q4 2024`, `~ February 2025`, `24 Feb 2025 – 23 Feb 2028`."""
    text = _point(day, precision)
    if date_end is not None and date_end != day:
        # Translators: a period from its start to its end date.
        text = gettext("%(start)s – %(end)s") % {"start": text, "end": _day(date_end)}
    # Translators: a date that is only known roughly (e.g. "~ February 2025").
    return gettext("~ %(date)s") % {"date": text} if approximate else text
