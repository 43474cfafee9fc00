"""The value a rule resolves a match to, and one constructor per precision (day, month, quarter,
half, year, week, season, edge of a year, duration).
"""

import datetime as dt
from dataclasses import dataclass

from timeline.extraction.dates.arithmetic import month_end
from timeline.extraction.dates.vocabulary import SEASON_MONTHS


@dataclass
class Resolved:
    value: str
    kind: str = "date"
    date: dt.date | None = None
    date_end: dt.date | None = None
    precision: str | None = None
    approximate: bool = False
    modifier: str = ""
    explicit_year: bool = False


def on_day(d: dt.date, **kw: object) -> Resolved:
    return Resolved(value=d.isoformat(), date=d, precision="day", **kw)  # type: ignore[arg-type]


def in_month(year: int, month: int, **kw: object) -> Resolved:
    return Resolved(
        value=f"{year:04d}-{month:02d}",
        date=dt.date(year, month, 1),
        precision="month",
        **kw,  # type: ignore[arg-type]
    )


def in_quarter(year: int, q: int, **kw: object) -> Resolved:
    return Resolved(
        value=f"{year:04d}-Q{q}",
        date=dt.date(year, 3 * q - 2, 1),
        precision="quarter",
        **kw,  # type: ignore[arg-type]
    )


def in_half(year: int, h: int, **kw: object) -> Resolved:
    start = dt.date(year, 1 if h == 1 else 7, 1)
    end = dt.date(year, 6, 30) if h == 1 else dt.date(year, 12, 31)
    return Resolved(
        value=f"{year:04d}-H{h}",
        date=start,
        date_end=end,
        precision="quarter",
        **kw,  # type: ignore[arg-type]
    )


def in_year(year: int, **kw: object) -> Resolved:
    return Resolved(value=f"{year:04d}", date=dt.date(year, 1, 1), precision="year", **kw)  # type: ignore[arg-type]


def in_week(monday: dt.date, **kw: object) -> Resolved:
    iso = monday.isocalendar()
    return Resolved(
        value=f"{iso.year:04d}-W{iso.week:02d}",
        date=monday,
        date_end=monday + dt.timedelta(days=6),
        precision="day",
        approximate=True,
        **kw,  # type: ignore[arg-type]
    )


def in_season(year: int, code: str, **kw: object) -> Resolved:
    first, last = SEASON_MONTHS[code]
    start = dt.date(year, first, 1)
    end = month_end(year + 1, last) if code == "WI" else month_end(year, last)
    return Resolved(
        value=f"{year:04d}-{code}",
        date=start,
        date_end=end,
        precision="month",
        approximate=True,
        **kw,  # type: ignore[arg-type]
    )


def edge_of_year(year: int, edge: str) -> Resolved:
    """'Anfang 2026', '年底': the first or last quarter, approximate (value stays the year)."""
    if edge == "MID":
        return Resolved(
            value=f"{year:04d}",
            date=dt.date(year, 4, 1),
            date_end=dt.date(year, 9, 30),
            precision="quarter",
            approximate=True,
            modifier="MID",
        )
    q = 1 if edge == "START" else 4
    r = in_quarter(year, q, approximate=True, modifier=edge)
    r.value = f"{year:04d}"
    return r


def duration_value(n: int, unit: str) -> str:
    if unit == "H":
        return f"PT{n}H" if n >= 0 else "PTXH"
    if unit == "MIN":
        return f"PT{n}M" if n >= 0 else "PTXM"
    if unit == "DE":
        return f"P{10 * n}Y" if n >= 0 else "PXDE"
    if unit == "CE":
        return f"P{100 * n}Y" if n >= 0 else "PXCE"
    return f"P{n}{unit}" if n >= 0 else f"PX{unit}"
