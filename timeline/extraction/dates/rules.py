"""The rule type and the rule functions the grammars share: explicit and year-less dates,
months, quarters and halves, relative units, weekdays, deictic and vague references.
"""

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline.extraction.dates.arithmetic import safe_date, shift_date
from timeline.extraction.dates.resolution import (
    NEWS_WEEK,
    Context,
    ago,
    is_future,
    nearest_year,
    number_value,
    period,
    resolve_weekday,
    unit_code,
)
from timeline.extraction.dates.values import (
    Resolved,
    edge_of_year,
    in_half,
    in_month,
    in_quarter,
    in_season,
    in_year,
    on_day,
)
from timeline.extraction.dates.vocabulary import (
    MONTHS_DE,
    MONTHS_EN,
    SEASONS,
    WEEKDAYS_DE,
    WEEKDAYS_EN,
    WEEKDAYS_ZH,
)

Resolver = Callable[[re.Match[str], Context, int, int], Resolved | None]


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    resolve: Resolver
    priority: int = 0


def group_text(m: re.Match[str], name: str) -> str:
    try:
        return m.group(name) or ""
    except IndexError:
        return ""


def month_number(word: str) -> int | None:
    w = word.lower().rstrip(".")
    return MONTHS_EN.get(w) or MONTHS_DE.get(w)


def modifier_code(word: str) -> str:
    w = word.lower()
    if w.startswith(
        ("early", "anfang", "beginn", "start", "zu beginn", "初", "上旬", "年初", "月初")
    ):
        return "START"
    if w.startswith(("mid", "mitte", "中", "年中", "中旬")):
        return "MID"
    if w.startswith(("late", "end", "ende", "末", "底", "下旬", "年底", "年末", "月底", "月末")):
        return "END"
    return ""


def matched_month(m: re.Match[str]) -> int | None:
    """The month a match names, by word (`mon`) or number (`mnum`); None when it names none."""
    if group_text(m, "mon"):
        return month_number(group_text(m, "mon"))
    return int(group_text(m, "mnum") or 0) or None


def past_half_year(h: int, published: dt.date) -> int:
    """The year of a year-less half: this year's first half, or the last second half that began
    by publication."""
    return published.year if (h == 1 or published.month > 6) else published.year - 1


def r_full_date(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    year = int(group_text(m, "y"))
    month = matched_month(m)
    day = int(group_text(m, "d"))
    if month is None:
        return None
    d = safe_date(year, month, day)
    return on_day(d, explicit_year=True) if d else None


def r_month_day(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    month = matched_month(m)
    if not month:
        return None
    day = int(group_text(m, "d"))
    mod = modifier_code(group_text(m, "mod"))
    year = nearest_year(ctx, month, day, s)
    d = safe_date(year, month, day)
    if d is None:
        return None
    return on_day(d, modifier=mod)


def r_month_year(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    month = matched_month(m)
    if not month:
        return None
    year_text = group_text(m, "y")
    rel = group_text(m, "rel").lower()
    if year_text:
        year = int(year_text)
        explicit = True
    elif rel:
        year = ctx.published.year + rel_offset(rel, ctx.language)
        explicit = False
    else:
        year = nearest_year(ctx, month, None, s)
        explicit = False
    mod = modifier_code(group_text(m, "mod"))
    return in_month(year, month, modifier=mod, explicit_year=explicit)


def r_month(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    month = month_number(group_text(m, "mon"))
    if not month:
        return None
    rel = group_text(m, "rel").lower()
    if rel:
        offset = rel_offset(rel, ctx.language)
        year = ctx.published.year
        if offset < 0 and month >= ctx.published.month:
            year -= 1
        elif offset > 0 and month <= ctx.published.month:
            year += 1
    else:
        year = nearest_year(ctx, month, None, s)
    return in_month(year, month, modifier=modifier_code(group_text(m, "mod")))


def r_month_rel_year(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    """ "May last year", "im Mai vergangenen Jahres": the month of the year named relative to
    publication, one mention rather than a month and a year."""
    month = month_number(group_text(m, "mon"))
    if not month:
        return None
    year = ctx.published.year + rel_offset(group_text(m, "yrel"), ctx.language)
    return in_month(year, month, modifier=modifier_code(group_text(m, "mod")))


def r_year(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    year = int(m.group("y"))
    mod = modifier_code(group_text(m, "mod"))
    if mod:
        r = edge_of_year(year, mod)
        r.explicit_year = True
        return r
    return in_year(year, explicit_year=True)


def r_decade(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    decade = int(m.group("y")) // 10
    return Resolved(
        value=f"{decade:03d}",
        date=dt.date(decade * 10, 1, 1),
        date_end=dt.date(decade * 10 + 9, 12, 31),
        precision="year",
        approximate=True,
        modifier=modifier_code(group_text(m, "mod")),
    )


def r_century(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    century = int(m.group("c")) - 1
    if not 0 <= century <= 30:
        return None
    return Resolved(
        value=f"{century:02d}",
        date=dt.date(max(century * 100, 1), 1, 1),
        date_end=dt.date(century * 100 + 99, 12, 31),
        precision="year",
        approximate=True,
        modifier=modifier_code(group_text(m, "mod")),
    )


def rel_offset(word: str, language: str) -> int:
    w = word.lower()
    if w in {"last", "past", "previous", "prior", "vergangen", "letzt", "vorig", "abgelaufen",
             "zurückliegend", "去", "上", "上个", "上一", "前", "vor"}:  # fmt: skip
        return -1
    for stem in ("vergangen", "letzt", "vorig", "abgelaufen", "zurückliegend", "vorangegangen"):
        if w.startswith(stem):
            return -1
    if w in {"next", "coming", "following", "upcoming", "明", "下", "下个", "下一", "来"}:
        return 1
    for stem in ("nächst", "kommend", "folgend", "bevorstehend"):
        if w.startswith(stem):
            return 1
    if w in {"前年"}:
        return -2
    return 0


def r_ago(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    unit = unit_code(group_text(m, "unit"), ctx.language)
    n = number_value(group_text(m, "n") or "1", ctx.language)
    if unit is None or n is None:
        return None
    return ago(ctx, n, unit)


def r_duration(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    unit = unit_code(group_text(m, "unit"), ctx.language)
    n = number_value(group_text(m, "n") or "1", ctx.language)
    if unit is None or n is None or unit == "Q":
        if unit == "Q" and n is not None:
            return Resolved(value=f"P{3 * n}M" if n >= 0 else "PXM", kind="duration")
        return None
    forward = rel_offset(group_text(m, "rel"), ctx.language) > 0 if group_text(m, "rel") else False
    return period(ctx, n, unit, forward)


def r_season(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    code = SEASONS.get(group_text(m, "season").lower())
    if code is None:
        return None
    year_text = group_text(m, "y")
    rel = group_text(m, "rel")
    if year_text:
        year = int(year_text)
    elif rel:
        offset = rel_offset(rel, ctx.language)
        year = ctx.published.year + offset
        if offset == -1 and code in ("SP", "SU") and ctx.published.month >= 9:
            year = ctx.published.year
    elif ctx.narrative and ctx.last_year is not None:
        year = ctx.last_year
    else:
        year = ctx.published.year
    return in_season(year, code, explicit_year=bool(year_text))


# "Friday evening", "Freitagabend": TIMEX3 parts of the day (night is the default).
_PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "morgen": "MO", "vormittag": "MO",
    "früh": "MO", "mittag": "MI", "nachmittag": "AF", "abend": "EV",
}  # fmt: skip


_DEMONSTRATIVES = {"that", "diesem", "diesen"}


def r_weekday(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    word = group_text(m, "wd").lower()
    weekday = WEEKDAYS_EN.get(word)
    if weekday is None:
        weekday = WEEKDAYS_DE.get(word)
    if weekday is None:
        weekday = WEEKDAYS_ZH.get(word)
    if weekday is None:
        return None
    rel = group_text(m, "rel").lower()
    shift = ""
    resolved: Resolved | None = None
    week = group_text(m, "rel2").lower()  # "Dienstag vergangener Woche", "Tuesday of last week"
    if week:
        offset = rel_offset(week, ctx.language)
        shift = "last" if offset < 0 else "next" if offset > 0 else "this"
    elif rel in _DEMONSTRATIVES and ctx.last_day is not None and ctx.last_day.weekday() == weekday:
        # "Die Strafen vom 22. März. An diesem Montag hatten …": the day just named, not this week's
        resolved = on_day(ctx.last_day)
    elif rel and rel != "that":
        offset = rel_offset(rel, ctx.language)
        shift = "last" if offset < 0 else "next" if offset > 0 else "this"
        if ctx.language == "en" and rel == "last":
            shift = ""
            r = resolve_weekday(ctx, weekday, s, e)
            if r.date == ctx.published:
                return on_day(ctx.published - dt.timedelta(days=7))
            return r
    if resolved is None:
        resolved = resolve_weekday(ctx, weekday, s, e, shift)
    part = group_text(m, "pod").lower()
    if part and resolved.date is not None:
        resolved.value += "T" + _PARTS_OF_DAY.get(part, "NI")
        resolved.kind = "time"
    return resolved


_DEICTIC_OFFSETS = {
    "today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "heute": 0, "gestern": -1,
    "morgen": 1, "vorgestern": -2, "übermorgen": 2, "heutigen": 0, "今天": 0, "今日": 0,
    "昨天": -1, "昨日": -1, "明天": 1, "明日": 1, "前天": -2, "后天": 2, "当天": 0, "当日": 0,
}  # fmt: skip


def r_deictic(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    word = m.group("w").lower()
    offset = _DEICTIC_OFFSETS.get(word)
    if offset is None:
        return None
    if ctx.narrative and word in {"heute", "today", "heutigen"}:
        return Resolved(value="PRESENT_REF", date=None)
    return on_day(ctx.published + dt.timedelta(days=offset))


def r_present(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    return Resolved(value="PRESENT_REF", date=None)


def r_future(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    return Resolved(value="FUTURE_REF", date=None, approximate=True)


def r_vague_recent(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    """'recently', 'kürzlich', '近日': the publication month, approximate, on or before it."""
    pub = ctx.published
    r = in_month(pub.year, pub.month, approximate=True, modifier="BEFORE")
    r.value = "PAST_REF"
    return r


def same_day_base(ctx: Context, pos: int) -> dt.date:
    """The day "the same day" refers back to. In news, a background day (weeks before the
    news) named two paragraphs or more before is not it: "that day" there is the day of the news
    ("美国今年5月15日宣布的新规。…决定公布后，各方反应迅速。华为…当天表示")."""
    if not ctx.narrative and ctx.last_main_day is not None:
        if (
            ctx.news_day is not None
            and ctx.published - ctx.last_main_day > NEWS_WEEK
            and _paragraphs_between(ctx, ctx.last_main_pos, pos) >= 2
        ):
            return ctx.news_day
        return ctx.last_main_day
    return ctx.last_day or ctx.published


def _paragraphs_between(ctx: Context, a: int, b: int) -> int:
    return sum(1 for p in ctx.paragraph_breaks if a <= p < b)


def r_year_bare(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    return in_year(int(m.group("y")), explicit_year=True)


def full_year(text: str) -> int:
    """A year as written: "24" (as in "Q3 24", "FY24") is 2024."""
    year = int(text)
    return year + 2000 if year < 100 else year


def year_of_past_quarter(q: int, ctx: Context, pos: int) -> int:
    """The year of a year-less quarter: the last one that ended before publication, unless the
    paragraph named a year before it, or the clause looks ahead to this year's ("For the fourth
    quarter, the company forecast …", read in October)."""
    current_q = (ctx.published.month - 1) // 3 + 1
    year = ctx.published.year if q < current_q else ctx.published.year - 1
    if ctx.last_year is not None and ctx.same_paragraph(ctx.last_year_pos, pos):
        year = ctx.last_year
    elif q >= current_q and not ctx.narrative and _looks_ahead(ctx, pos):
        year = ctx.published.year
    return year


# an outlook: "forecast", "stellt … in Aussicht", "预计"
_OUTLOOK = {
    "en": re.compile(
        r"\b(?:forecast\w*|expect\w*|projects?|projected|guid(?:ance|ed)|outlook|sees|"
        r"will|would)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(?:in Aussicht|erwarte\w*|rechne\w*|prognostizier\w*|peil\w*|Prognose|"
        r"Ausblick|wird|werden|soll|sollen)\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"预计|预期|指引|展望|将|有望"),
}
_CLAUSE_AROUND = re.compile(r"[^.;!?。；！？]{0,120}")


def _looks_ahead(ctx: Context, pos: int) -> bool:
    start = max(
        (ctx.text.rfind(stop, max(0, pos - 120), pos) for stop in ".;!?。；！？"), default=-1
    )
    clause = _CLAUSE_AROUND.match(ctx.text, start + 1)
    regex = _OUTLOOK.get(ctx.language, _OUTLOOK["en"])
    return clause is not None and regex.search(clause.group()) is not None


def r_qshort(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    q = int(group_text(m, "q") or group_text(m, "q2"))
    year_text = group_text(m, "y")
    if year_text:
        year = full_year(year_text)
        return in_quarter(year, q, explicit_year=True)
    year = year_of_past_quarter(q, ctx, s)
    return in_quarter(year, q)


def r_hshort(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    h = int(group_text(m, "h") or group_text(m, "h2"))
    year_text = group_text(m, "y")
    if year_text:
        year = full_year(year_text)
        return in_half(year, h, explicit_year=True)
    return in_half(past_half_year(h, ctx.published), h)


def r_weekday_set(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    """ "every Friday", "jeden Freitag", "每周五": a recurring day, never the date of an event."""
    word = group_text(m, "wd").lower()
    weekday = WEEKDAYS_EN.get(word, WEEKDAYS_DE.get(word, WEEKDAYS_ZH.get(word)))
    if weekday is None:
        return None
    return Resolved(value=f"XXXX-WXX-{weekday + 1}", kind="set")


def r_weekday_range(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    """'on Saturday and Sunday', 'Montag bis Mittwoch': the first day, the last as the end."""
    words = (group_text(m, "wd").lower(), group_text(m, "wd2").lower())
    days = [WEEKDAYS_EN.get(w, WEEKDAYS_DE.get(w)) for w in words]
    if days[0] is None or days[1] is None:
        return None
    first = resolve_weekday(ctx, days[0], s, e)
    if first.date is None:
        return None
    first.date_end = first.date + dt.timedelta(days=(days[1] - days[0]) % 7)
    return first


def r_later(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    """'two days later', 'drei Monate später': relative to the date last mentioned."""
    n_text = group_text(m, "n").lower()
    n = 1 if n_text in {"a", "an", "ein", "einen", "eine"} else number_value(n_text, ctx.language)
    if n_text == "ein halbes":
        n, unit = 6, "M"
    else:
        unit = unit_code(group_text(m, "unit"), ctx.language) or ""
    if n is None or n < 0 or unit not in ("D", "W", "M", "Y"):
        return None
    direction = (
        -1
        if group_text(m, "dir").lower() in {"earlier", "before", "zuvor", "davor", "früher"}
        else 1
    )
    base = ctx.last_day
    if base is None and ctx.last_month is not None:
        base = dt.date(ctx.last_month[0], ctx.last_month[1], 1)
    if base is None and ctx.last_year is not None:
        base = dt.date(ctx.last_year, 1, 1)
    if base is None:
        return None
    shifted = shift_date(base, unit, direction * n)
    if unit in ("D", "W") and ctx.last_day is not None:
        return on_day(shifted, approximate=unit == "W")
    if unit == "M" and ctx.last_month is not None:
        return in_month(shifted.year, shifted.month)
    return in_year(shifted.year)


def r_weekend(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    """The Saturday and Sunday of the weekend meant: the last one by default, the next one when
    the text says so or speaks of the future."""
    rel = (group_text(m, "rel") or group_text(m, "rel2")).lower()
    pub = ctx.published
    saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
    future = rel in {"next", "kommenden", "nächsten", "kommendes", "nächstes", "下"} or (
        not rel and is_future(ctx, s, e)
    )
    if future and saturday < pub - dt.timedelta(days=1):
        saturday += dt.timedelta(days=7)
    if rel in {"last", "past", "vergangenen", "letzten", "vergangenes", "letztes", "上"} and (
        saturday >= pub - dt.timedelta(days=1)
    ):
        saturday -= dt.timedelta(days=7)
    r = on_day(saturday)
    r.date_end = saturday + dt.timedelta(days=1)
    iso = saturday.isocalendar()
    r.value = f"{iso.year:04d}-W{iso.week:02d}-WE"
    return r
