"""How an event's date reads: exactly as precise as it is, never inventing a day."""

import datetime as dt

from django.utils.formats import date_format

from timeline.choices import Precision


def _point(day: dt.date, precision: str) -> str:
    if precision == Precision.DAY:
        return date_format(day, "j M Y")
    if precision == Precision.MONTH:
        return date_format(day, "F Y")
    if precision == Precision.QUARTER:
        return f"Q{(day.month - 1) // 3 + 1} {day.year}"
    return str(day.year)


def date_display(
    day: dt.date, precision: str, date_end: dt.date | None = None, approximate: bool = False
) -> str:
    """`24 Feb 2025`, `February 2025`, `Q4 2024`, `~ February 2025`, `24 Feb 2025 – 23 Feb 2028`."""
    text = _point(day, precision)
    if date_end is not None and date_end != day:
        text = f"{text} – {date_format(date_end, 'j M Y')}"
    return f"~ {text}" if approximate else text
