# ruff: noqa: E501  (grammar and lexicon tables read best one rule per line)
"""Date stage: find temporal expressions with a grammar per language and resolve them.

Candidates come from compiled patterns (one list per language, tried on the normalised text);
overlapping candidates are settled longest-first; the survivors are resolved in reading order so
that year-less dates can take the year last mentioned and "the same day" the day last mentioned.

Semantics (what an editor sees):
- explicit dates keep their precision: day, month, quarter (also halves, seasons), year;
- year-less dates take the year nearest the publication date (news) or the year last mentioned
  (background paragraphs that name a year, and narrative texts);
- weekdays fall in the publication week: the last such day on or before publication, or the next
  one when the clause speaks of the future;
- "last week" is Monday–Sunday of that week, approximate; "recently" is the publication month,
  approximate; "over the next three years" is a period starting at publication, never a date;
- early/late ("Anfang 2026", "年底") move to the first/last quarter (approximate) of a year, or keep
  the month for early/late in a month; the TIMEX3 modifier (START/MID/END) records the nuance.
"""

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from timeline.extraction.text import normalize
from timeline.extraction.types import DateMention

# --- vocabularies -------------------------------------------------------------------------

_MONTHS_EN = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
_MONTHS_DE = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "febr": 2, "märz": 3, "mär": 3,
    "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8,
    "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "dezember": 12, "dez": 12,
}  # fmt: skip
_WEEKDAYS_EN = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
                "saturday": 5, "sunday": 6}  # fmt: skip
_WEEKDAYS_DE = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
                "samstag": 5, "sonnabend": 5, "sonntag": 6}  # fmt: skip
_WEEKDAYS_ZH = {"一": 0, "1": 0, "二": 1, "2": 1, "三": 2, "3": 2, "四": 3, "4": 3, "五": 4,
                "5": 4, "六": 5, "6": 5, "日": 6, "天": 6, "7": 6}  # fmt: skip
_NUMBERS_EN = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "fifty": 50, "hundred": 100, "several": -1, "few": -1, "a few": -1,
    "many": -1, "some": -1,
}  # fmt: skip
_NUMBERS_DE = {
    "ein": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "eines": 1, "zwei": 2, "drei": 3,
    "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30, "fünfzig": 50, "hundert": 100,
    "einige": -1, "einigen": -1, "mehrere": -1, "mehreren": -1, "wenige": -1, "wenigen": -1,
}  # fmt: skip
_NUMBERS_ZH = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
               "九": 9, "十": 10, "几": -1, "数": -1}  # fmt: skip
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "erste": 1, "ersten": 1, "erstes": 1, "zweite": 2, "zweiten": 2, "zweites": 2, "dritte": 3,
    "dritten": 3, "drittes": 3, "vierte": 4, "vierten": 4, "viertes": 4, "letzte": 4,
    "letzten": 4, "1.": 1, "2.": 2, "3.": 3, "4.": 4, "一": 1, "二": 2, "三": 3, "四": 4, "1": 1,
    "2": 2, "3": 3, "4": 4,
}  # fmt: skip
_UNIT_EN = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "quarter": "Q",
            "hour": "H", "minute": "MIN", "century": "CE"}  # fmt: skip
_UNIT_DE = {"tag": "D", "woche": "W", "monat": "M", "jahr": "Y", "jahrzehnt": "DE",
            "quartal": "Q", "stunde": "H", "minute": "MIN", "jahrhundert": "CE"}  # fmt: skip
_UNIT_ZH = {"天": "D", "日": "D", "周": "W", "星期": "W", "个月": "M", "月": "M", "年": "Y",
            "季度": "Q", "个季度": "Q", "小时": "H"}  # fmt: skip
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
            "frühjahr": "SP", "frühling": "SP", "sommer": "SU", "herbst": "FA"}  # fmt: skip
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def _alt(words: Iterable[object]) -> str:
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))


_MON_EN = _alt(_MONTHS_EN)
_MON_DE = _alt(_MONTHS_DE)
_WD_EN = _alt(_WEEKDAYS_EN)
_WD_DE = _alt(_WEEKDAYS_DE)
_NUM_EN = r"\d{1,3}|" + _alt(k for k in _NUMBERS_EN if k not in {"a", "an"})
_NUM_DE = r"\d{1,3}|" + _alt(_NUMBERS_DE)
_YEAR = r"(?:1[0-9]|20)\d\d"
_FUTURE_EN = re.compile(
    r"\b(?:will|would|shall|'ll|next|coming|upcoming|scheduled|plans?|planned|expected|is to|"
    r"are to|due|set to)\b",
    re.IGNORECASE,
)
_FUTURE_DE = re.compile(
    r"\b(?:wird|werden|soll|sollen|will|wollen|kommende[nmrs]?|nächste[nmrs]?|geplant|plant)\b",
    re.IGNORECASE,
)
_FUTURE_ZH = re.compile(r"将|计划|拟|预计|下周|即将")
EFFECTIVE_BEFORE = re.compile(
    r"(?:\b(?:from|effective|starting|beginning|since|ab|ab dem|seit|seit dem|zum|bis|until|by|through|"
    r"bis zum|bis Ende|to take effect on|take effect on|takes effect on|take effect in|takes effect in|"
    r"due on|due|deadline)\s*$)|"
    r"(?:[自从至到]\s*$|截至\s*$)",
    re.IGNORECASE,
)
_STARTING_RE = re.compile(
    r"(?:\b(?:from|starting|beginning|effective|ab|bis|until|by)\s+(?:(?:on|am|dem|kommenden)\s+)?$)|"
    r"(?:[自从]$)",
    re.IGNORECASE,
)
# A date in a clause on when something took effect is not the day "the same day" refers to.
_TAKES_EFFECT = re.compile(
    r"\b(?:took|takes|take|taking) effect\b|\b(?:went|goes|go) into effect\b|\bcame into force\b|"
    r"\bin kraft (?:getreten|treten|tritt|trat)\b|\btrat .{0,30}in kraft\b|生效|施行",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.!?;](?:\s|$)|[。！？；]")


def _takes_effect(text: str, start: int, end: int) -> bool:
    """Whether the sentence around a date says something took effect then."""
    before = text[max(0, start - 30) : start]
    after = text[end : end + 30]
    cut = list(_CLAUSE_END.finditer(before))
    if cut:
        before = before[cut[-1].end() :]
    stop = _CLAUSE_END.search(after)
    if stop:
        after = after[: stop.start()]
    return bool(_TAKES_EFFECT.search(before + " " + after))


EFFECTIVE_AFTER = re.compile(r"^\s*(?:起|开始|前|之前|以前|以来|内?生效|内?施行|内?实施)")


# --- the mention being built --------------------------------------------------------------


@dataclass
class _Candidate:
    start: int
    end: int
    rule: str
    match: re.Match[str]
    priority: int = 0


@dataclass
class _Resolved:
    value: str
    kind: str = "date"
    date: dt.date | None = None
    date_end: dt.date | None = None
    precision: str | None = None
    approximate: bool = False
    modifier: str = ""
    explicit_year: bool = False


@dataclass
class _Context:
    published: dt.date
    language: str
    narrative: bool
    text: str
    last_year: int | None = None
    last_year_pos: int = -1
    last_month: tuple[int, int] | None = None
    last_day: dt.date | None = None
    # the last day a news sentence is about, not one its relative clause recalls ("said on Monday
    # …, which Microsoft disclosed on March 2"): what "the same day" refers back to
    last_main_day: dt.date | None = None
    last_main_pos: int = -1
    paragraph_breaks: list[int] = field(default_factory=list)

    def same_paragraph(self, a: int, b: int) -> bool:
        lo, hi = min(a, b), max(a, b)
        return not any(lo <= p < hi for p in self.paragraph_breaks)


# --- date arithmetic ----------------------------------------------------------------------


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    if not (1 <= month <= 12 and 1 <= year <= 9999):
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: dt.date, months: int) -> dt.date:
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
            return _add_months(day, n)
        if unit == "Q":
            return _add_months(day, 3 * n)
        if unit == "Y":
            return _add_months(day, 12 * n)
        if unit == "DE":
            return _add_months(day, 120 * n)
    except OverflowError:
        return day
    return day


def _day(d: dt.date, **kw: object) -> _Resolved:
    return _Resolved(value=d.isoformat(), date=d, precision="day", **kw)  # type: ignore[arg-type]


def _month(year: int, month: int, **kw: object) -> _Resolved:
    return _Resolved(
        value=f"{year:04d}-{month:02d}",
        date=dt.date(year, month, 1),
        precision="month",
        **kw,  # type: ignore[arg-type]
    )


def _quarter(year: int, q: int, **kw: object) -> _Resolved:
    return _Resolved(
        value=f"{year:04d}-Q{q}",
        date=dt.date(year, 3 * q - 2, 1),
        precision="quarter",
        **kw,  # type: ignore[arg-type]
    )


def _half(year: int, h: int, **kw: object) -> _Resolved:
    start = dt.date(year, 1 if h == 1 else 7, 1)
    end = dt.date(year, 6, 30) if h == 1 else dt.date(year, 12, 31)
    return _Resolved(
        value=f"{year:04d}-H{h}",
        date=start,
        date_end=end,
        precision="quarter",
        **kw,  # type: ignore[arg-type]
    )


def _year(year: int, **kw: object) -> _Resolved:
    return _Resolved(value=f"{year:04d}", date=dt.date(year, 1, 1), precision="year", **kw)  # type: ignore[arg-type]


def _week(monday: dt.date, **kw: object) -> _Resolved:
    iso = monday.isocalendar()
    return _Resolved(
        value=f"{iso.year:04d}-W{iso.week:02d}",
        date=monday,
        date_end=monday + dt.timedelta(days=6),
        precision="day",
        approximate=True,
        **kw,  # type: ignore[arg-type]
    )


def _season(year: int, code: str, **kw: object) -> _Resolved:
    first, last = _SEASON_MONTHS[code]
    start = dt.date(year, first, 1)
    end = _month_end(year + 1, last) if code == "WI" else _month_end(year, last)
    return _Resolved(
        value=f"{year:04d}-{code}",
        date=start,
        date_end=end,
        precision="month",
        approximate=True,
        **kw,  # type: ignore[arg-type]
    )


def _edge_of_year(year: int, edge: str) -> _Resolved:
    """'Anfang 2026', '年底': the first or last quarter, approximate (value stays the year)."""
    if edge == "MID":
        return _Resolved(
            value=f"{year:04d}",
            date=dt.date(year, 4, 1),
            date_end=dt.date(year, 9, 30),
            precision="quarter",
            approximate=True,
            modifier="MID",
        )
    q = 1 if edge == "START" else 4
    r = _quarter(year, q, approximate=True, modifier=edge)
    r.value = f"{year:04d}"
    return r


def _duration_value(n: int, unit: str) -> str:
    if unit == "H":
        return f"PT{n}H" if n >= 0 else "PTXH"
    if unit == "MIN":
        return f"PT{n}M" if n >= 0 else "PTXM"
    if unit == "DE":
        return f"P{10 * n}Y" if n >= 0 else "PXDE"
    if unit == "CE":
        return f"P{100 * n}Y" if n >= 0 else "PXCE"
    return f"P{n}{unit}" if n >= 0 else f"PX{unit}"


# --- resolution helpers -------------------------------------------------------------------


def _nearest_year(ctx: _Context, month: int, day: int | None, pos: int) -> int:
    """Year for a year-less date: the year last mentioned nearby, else the nearest to publication."""
    if ctx.last_year is not None and (
        ctx.narrative
        or (
            ctx.last_year != ctx.published.year
            and ctx.same_paragraph(ctx.last_year_pos, pos)
            and not _planned_ahead(ctx, pos)
        )
    ):
        return ctx.last_year
    pub = ctx.published
    best_year = pub.year
    best_distance: int | None = None
    for year in (pub.year - 1, pub.year, pub.year + 1):
        candidate = _safe_date(year, month, day or 15)
        if candidate is None:
            continue
        distance = abs((candidate - pub).days)
        if best_distance is None or distance < best_distance:
            best_year, best_distance = year, distance
    ahead = _safe_date(best_year, month, day or 1)
    if (
        not ctx.narrative
        and ahead is not None
        and ahead > pub + dt.timedelta(days=_PAST_TENSE_SLACK)
        and _PAST_VERB.get(ctx.language, _NEVER).search(_clause(ctx.text, pos))
        and not _is_future(ctx, pos, pos)
    ):
        return best_year - 1  # "wie der Konzern im Dezember mitteilte", read in October
    return best_year


_PAST_TENSE_SLACK = 7
_NEVER = re.compile(r"(?!)")
# Verbs that put a year-less date in the past: "said in December", "teilte im Dezember mit".
_PAST_VERB = {
    "en": re.compile(
        r"\b(?:said|announced|reported|unveiled|signed|imposed|added|launched|released|"
        r"published|disclosed|told|agreed|approved|introduced|completed|was|were|had|opened|"
        r"began|started|issued|ordered|banned|blocked|filed|decided|held|voted|passed|fined|"
        r"confirmed|revealed)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(?:teilte|mitteilte|sagte|erklärte|kündigte|ankündigte|gab|bekannt|hatte|hatten|"
        r"war|waren|wurde|wurden|verhängte|unterzeichnete|stellte|vorstellte|"
        r"(?:ein)?leitete|eröffnete|beschloss|verbot|untersagte|genehmigte|billigte|setzte|legte|"
        r"traf|begann|startete|veröffentlichte|verabschiedete|meldete|bestätigte|erließ|ordnete|"
        r"verkündete|reichte|stimmte|nahm)n?\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"曾|已经|此前|宣布了|发布了|表示了"),
}


def _clause(text: str, pos: int, reach: int = 30) -> str:
    """The words around `pos`, up to `reach` characters either way and within its clause."""
    lo, hi = max(0, pos - reach), min(len(text), pos + reach)
    left = max(text.rfind(stop, lo, pos) for stop in ".;!?。；，,")
    ends = [i for i in (text.find(stop, pos, hi) for stop in ".;!?。；，,") if i >= 0]
    return text[max(left + 1, lo) : min(ends) if ends else hi]


_PLAN_REACH = 90


def _planned_ahead(ctx: _Context, pos: int) -> bool:
    """Whether a news clause plans something ("Für Juli ist ein Gipfeltreffen geplant"), which a
    year named earlier in the paragraph for past events does not date."""
    if ctx.last_year is None or ctx.last_year >= ctx.published.year:
        return False
    regex = {"de": _FUTURE_DE, "zh": _FUTURE_ZH}.get(ctx.language, _FUTURE_EN)
    return regex.search(_clause(ctx.text, pos, _PLAN_REACH)) is not None


def _is_future(ctx: _Context, start: int, end: int) -> bool:
    lo = max(0, start - 80)
    left = ctx.text[lo:start]
    for stop in ".;!?。；，,":
        cut = left.rfind(stop)
        if cut >= 0:
            left = left[cut + 1 :]
    next_word = re.match(r"\s*(\w+)", ctx.text[end : end + 20])
    right = next_word.group(1) if next_word and ctx.language != "zh" else ""
    window = left + " " + right
    regex = {"de": _FUTURE_DE, "zh": _FUTURE_ZH}.get(ctx.language, _FUTURE_EN)
    if regex.search(window) is not None or _FOR_DAY_RE.search(left):
        return True
    # "Für Freitag ist eine Anhörung angesetzt": the German clause ends with what is scheduled
    if ctx.language != "de":
        return False
    rest = _CLAUSE_REST_RE.match(ctx.text, end)
    return rest is not None and _SCHEDULED_DE.search(rest.group()) is not None


_CLAUSE_REST_RE = re.compile(r"[^.;!?,]{0,80}")


# "for Friday", "für Freitag": the day something is set for
_FOR_DAY_RE = re.compile(r"\b(?:for|für)\s*$", re.IGNORECASE)


_SCHEDULED_DE = re.compile(r"\b(?:angesetzt|anberaumt|geplant|vorgesehen|terminiert)\b", re.I)


def _weekday(ctx: _Context, weekday: int, start: int, end: int, shift: str = "") -> _Resolved:
    anchor = ctx.published
    if ctx.narrative and ctx.last_day is not None:
        anchor = ctx.last_day
    monday = anchor - dt.timedelta(days=anchor.weekday())
    if shift == "this":
        return _day(monday + dt.timedelta(days=weekday))
    if shift == "last":
        return _day(monday - dt.timedelta(days=7 - weekday))
    if shift == "next":
        return _day(monday + dt.timedelta(days=7 + weekday))
    delta = (anchor.weekday() - weekday) % 7
    starting = _STARTING_RE.search(ctx.text, max(0, start - 12), start) is not None
    if (starting or _is_future(ctx, start, end)) and delta != 0:
        return _day(anchor + dt.timedelta(days=7 - delta))
    return _day(anchor - dt.timedelta(days=delta))


def _number(word: str, language: str) -> int | None:
    word = word.strip().lower()
    if word.isdigit():
        return int(word)
    table = {"de": _NUMBERS_DE, "zh": _NUMBERS_ZH}.get(language, _NUMBERS_EN)
    if word in table:
        return table[word]
    if language == "zh":
        from timeline.extraction.text import chinese_numeral_value

        return chinese_numeral_value(word)
    return None


def _unit(word: str, language: str) -> str | None:
    w = word.lower()
    if language == "zh":
        return _UNIT_ZH.get(w)
    if language == "de":
        for stem, code in _UNIT_DE.items():
            if w.startswith(stem) or (stem == "jahr" and w.startswith("jähr")):
                return code
        return None
    w = w.rstrip("s").rstrip("'")
    if w.endswith("-"):
        w = w[:-1]
    return _UNIT_EN.get(w)


def _relative_unit(ctx: _Context, unit: str, offset: int, approximate: bool = False) -> _Resolved:
    base = ctx.published
    if unit == "D":
        return _day(base + dt.timedelta(days=offset), approximate=approximate)
    if unit == "W":
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=offset)
        return _week(monday)
    if unit == "M":
        d = _add_months(base.replace(day=1), offset)
        return _month(d.year, d.month, approximate=approximate)
    if unit == "Q":
        q0 = (base.month - 1) // 3 + offset
        year = base.year + q0 // 4
        return _quarter(year, q0 % 4 + 1, approximate=approximate)
    if unit == "DE":
        decade = base.year // 10 + offset
        return _Resolved(
            value=f"{decade:03d}",
            date=dt.date(max(decade * 10, 1), 1, 1),
            date_end=dt.date(decade * 10 + 9, 12, 31),
            precision="year",
            approximate=approximate,
        )
    return _year(base.year + offset, approximate=approximate)


def _ago(ctx: _Context, n: int, unit: str) -> _Resolved:
    base = ctx.published
    if n < 0:
        return _Resolved(value="PAST_REF", date=None, approximate=True)
    if unit in ("D",):
        return _day(base - dt.timedelta(days=n))
    if unit == "W":
        return _relative_unit(ctx, "W", -n)
    if unit == "M":
        d = _add_months(base.replace(day=1), -n)
        return _month(d.year, d.month)
    if unit == "DE":
        return _year(base.year - 10 * n, approximate=True)
    return _year(base.year - n)


def _period(ctx: _Context, n: int, unit: str, forward: bool) -> _Resolved:
    value = _duration_value(n, unit)
    if n < 0 or unit in ("H", "MIN", "CE"):
        return _Resolved(value=value, kind="duration")
    pub = ctx.published
    if forward:
        end = shift_date(pub, unit, n) - dt.timedelta(days=1)
        return _Resolved(value=value, kind="duration", date=pub, date_end=end, precision="day")
    return _Resolved(value=value, kind="duration")


# --- rules --------------------------------------------------------------------------------

Resolver = Callable[[re.Match[str], _Context, int, int], _Resolved | None]


@dataclass(frozen=True)
class _Rule:
    name: str
    regex: re.Pattern[str]
    resolve: Resolver
    priority: int = 0


def _g(m: re.Match[str], name: str) -> str:
    try:
        return m.group(name) or ""
    except IndexError:
        return ""


def _month_number(word: str) -> int | None:
    w = word.lower().rstrip(".")
    return _MONTHS_EN.get(w) or _MONTHS_DE.get(w)


def _modifier(word: str) -> str:
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


def _r_full_date(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    year = int(_g(m, "y"))
    month = _month_number(_g(m, "mon")) if _g(m, "mon") else int(_g(m, "mnum") or 0)
    day = int(_g(m, "d"))
    if month is None:
        return None
    d = _safe_date(year, month, day)
    return _day(d, explicit_year=True) if d else None


def _r_numeric_us(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    month, day, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if year < 100:
        year += 2000 if year < 50 else 1900
    d = _safe_date(year, month, day)
    return _day(d, explicit_year=True) if d else None


def _r_month_day(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    month = _month_number(_g(m, "mon")) if _g(m, "mon") else int(_g(m, "mnum") or 0)
    if not month:
        return None
    day = int(_g(m, "d"))
    mod = _modifier(_g(m, "mod"))
    year = _nearest_year(ctx, month, day, s)
    d = _safe_date(year, month, day)
    if d is None:
        return None
    return _day(d, modifier=mod)


def _r_month_year(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    month = _month_number(_g(m, "mon")) if _g(m, "mon") else int(_g(m, "mnum") or 0)
    if not month:
        return None
    year_text = _g(m, "y")
    rel = _g(m, "rel").lower()
    if year_text:
        year = int(year_text)
        explicit = True
    elif rel:
        year = ctx.published.year + _rel_offset(rel, ctx.language)
        explicit = False
    else:
        year = _nearest_year(ctx, month, None, s)
        explicit = False
    mod = _modifier(_g(m, "mod"))
    return _month(year, month, modifier=mod, explicit_year=explicit)


def _r_month(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    month = _month_number(_g(m, "mon"))
    if not month:
        return None
    rel = _g(m, "rel").lower()
    if rel:
        offset = _rel_offset(rel, ctx.language)
        year = ctx.published.year
        if offset < 0 and month >= ctx.published.month:
            year -= 1
        elif offset > 0 and month <= ctx.published.month:
            year += 1
    else:
        year = _nearest_year(ctx, month, None, s)
    return _month(year, month, modifier=_modifier(_g(m, "mod")))


def _r_month_rel_year(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    """ "May last year", "im Mai vergangenen Jahres": the month of the year named relative to
    publication, one mention rather than a month and a year."""
    month = _month_number(_g(m, "mon"))
    if not month:
        return None
    year = ctx.published.year + _rel_offset(_g(m, "yrel"), ctx.language)
    return _month(year, month, modifier=_modifier(_g(m, "mod")))


def _r_year(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    year = int(m.group("y"))
    mod = _modifier(_g(m, "mod"))
    if mod:
        r = _edge_of_year(year, mod)
        r.explicit_year = True
        return r
    return _year(year, explicit_year=True)


def _r_year_rel_edge(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    rel = _g(m, "rel").lower()
    year = ctx.published.year + (_rel_offset(rel, ctx.language) if rel else 0)
    if not rel and ctx.narrative and ctx.last_year is not None:
        year = ctx.last_year
    return _edge_of_year(year, _modifier(_g(m, "mod")) or "END")


def _r_decade(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    decade = int(m.group("y")) // 10
    return _Resolved(
        value=f"{decade:03d}",
        date=dt.date(decade * 10, 1, 1),
        date_end=dt.date(decade * 10 + 9, 12, 31),
        precision="year",
        approximate=True,
        modifier=_modifier(_g(m, "mod")),
    )


def _r_century(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    century = int(m.group("c")) - 1
    if not 0 <= century <= 30:
        return None
    return _Resolved(
        value=f"{century:02d}",
        date=dt.date(max(century * 100, 1), 1, 1),
        date_end=dt.date(century * 100 + 99, 12, 31),
        precision="year",
        approximate=True,
        modifier=_modifier(_g(m, "mod")),
    )


def _rel_offset(word: str, language: str) -> int:
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


def _r_rel_unit(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    unit = _unit(_g(m, "unit"), ctx.language)
    if unit is None:
        return None
    offset = _rel_offset(_g(m, "rel"), ctx.language)
    mod = _modifier(_g(m, "mod"))
    if mod and unit == "Y":
        r = _edge_of_year(ctx.published.year + offset, mod)
        if ctx.language == "en":
            r.value = f"{ctx.published.year + offset:04d}"
        return r
    r = _relative_unit(ctx, unit, offset)
    if mod:
        r.modifier = mod
    return r


def _r_ago(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    unit = _unit(_g(m, "unit"), ctx.language)
    n = _number(_g(m, "n") or "1", ctx.language)
    if unit is None or n is None:
        return None
    return _ago(ctx, n, unit)


def _r_duration(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    unit = _unit(_g(m, "unit"), ctx.language)
    n = _number(_g(m, "n") or "1", ctx.language)
    if unit is None or n is None or unit == "Q":
        if unit == "Q" and n is not None:
            return _Resolved(value=f"P{3 * n}M" if n >= 0 else "PXM", kind="duration")
        return None
    forward = _rel_offset(_g(m, "rel"), ctx.language) > 0 if _g(m, "rel") else False
    return _period(ctx, n, unit, forward)


def _r_quarter(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    q = _ORDINALS.get(_g(m, "q").lower())
    if q is None or not 1 <= q <= 4:
        return None
    year_text = _g(m, "y")
    rel = _g(m, "rel")
    if year_text:
        year = int(year_text)
        if year < 100:
            year += 2000
    elif rel:
        year = ctx.published.year + _rel_offset(rel, ctx.language)
    else:
        current_q = (ctx.published.month - 1) // 3 + 1
        year = ctx.published.year if q <= current_q else ctx.published.year - 1
        if ctx.narrative and ctx.last_year is not None:
            year = ctx.last_year
    if _g(m, "half"):
        return _half(year, min(q, 2), explicit_year=bool(year_text))
    return _quarter(year, q, explicit_year=bool(year_text))


def _r_half(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    which = _g(m, "h").lower()
    h = 1 if which in {"first", "erste", "ersten", "erstes", "1", "上"} else 2
    year_text = _g(m, "y")
    rel = _g(m, "rel")
    if year_text:
        year = int(year_text)
        if year < 100:
            year += 2000
    elif rel:
        year = ctx.published.year + _rel_offset(rel, ctx.language)
    else:
        year = ctx.published.year if (h == 1 or ctx.published.month > 6) else ctx.published.year - 1
        if h == 2 and ctx.published.month <= 6:
            year = ctx.published.year - 1
    return _half(year, h, explicit_year=bool(year_text))


def _r_fiscal(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    year = int(m.group("y"))
    if year < 100:
        year += 2000
    r = _year(year, explicit_year=True)
    r.approximate = True
    return r


def _r_fiscal_rel(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    r = _year(ctx.published.year + _rel_offset(_g(m, "rel"), ctx.language))
    r.approximate = True
    return r


def _r_season(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    code = _SEASONS.get(_g(m, "season").lower())
    if code is None:
        return None
    year_text = _g(m, "y")
    rel = _g(m, "rel")
    if year_text:
        year = int(year_text)
    elif rel:
        offset = _rel_offset(rel, ctx.language)
        year = ctx.published.year + offset
        if offset == -1 and code in ("SP", "SU") and ctx.published.month >= 9:
            year = ctx.published.year
    elif ctx.narrative and ctx.last_year is not None:
        year = ctx.last_year
    else:
        year = ctx.published.year
    return _season(year, code, explicit_year=bool(year_text))


# "Friday evening", "Freitagabend": TIMEX3 parts of the day (night is the default).
_PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "morgen": "MO", "vormittag": "MO",
    "früh": "MO", "mittag": "MI", "nachmittag": "AF", "abend": "EV",
}  # fmt: skip


_DEMONSTRATIVES = {"that", "diesem", "diesen"}


def _r_weekday(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    word = _g(m, "wd").lower()
    weekday = _WEEKDAYS_EN.get(word)
    if weekday is None:
        weekday = _WEEKDAYS_DE.get(word)
    if weekday is None:
        weekday = _WEEKDAYS_ZH.get(word)
    if weekday is None:
        return None
    rel = _g(m, "rel").lower()
    shift = ""
    resolved: _Resolved | None = None
    week = _g(m, "rel2").lower()  # "Dienstag vergangener Woche", "Tuesday of last week"
    if week:
        offset = _rel_offset(week, ctx.language)
        shift = "last" if offset < 0 else "next" if offset > 0 else "this"
    elif rel in _DEMONSTRATIVES and ctx.last_day is not None and ctx.last_day.weekday() == weekday:
        # "Die Strafen vom 22. März. An diesem Montag hatten …": the day just named, not this week's
        resolved = _day(ctx.last_day)
    elif rel and rel != "that":
        offset = _rel_offset(rel, ctx.language)
        shift = "last" if offset < 0 else "next" if offset > 0 else "this"
        if ctx.language == "en" and rel == "last":
            shift = ""
            r = _weekday(ctx, weekday, s, e)
            if r.date == ctx.published:
                return _day(ctx.published - dt.timedelta(days=7))
            return r
    if resolved is None:
        resolved = _weekday(ctx, weekday, s, e, shift)
    part = _g(m, "pod").lower()
    if part and resolved.date is not None:
        resolved.value += "T" + _PARTS_OF_DAY.get(part, "NI")
        resolved.kind = "time"
    return resolved


_DEICTIC_OFFSETS = {
    "today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "heute": 0, "gestern": -1,
    "morgen": 1, "vorgestern": -2, "übermorgen": 2, "heutigen": 0, "今天": 0, "今日": 0,
    "昨天": -1, "昨日": -1, "明天": 1, "明日": 1, "前天": -2, "后天": 2, "当天": 0, "当日": 0,
}  # fmt: skip


def _r_deictic(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    word = m.group("w").lower()
    offset = _DEICTIC_OFFSETS.get(word)
    if offset is None:
        return None
    if ctx.narrative and word in {"heute", "today", "heutigen"}:
        return _Resolved(value="PRESENT_REF", date=None)
    return _day(ctx.published + dt.timedelta(days=offset))


def _r_present(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    return _Resolved(value="PRESENT_REF", date=None)


def _r_future(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    return _Resolved(value="FUTURE_REF", date=None, approximate=True)


def _r_past(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    return _Resolved(value="PAST_REF", date=None, approximate=True)


def _r_vague_recent(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    """'recently', 'kürzlich', '近日': the publication month, approximate, on or before it."""
    pub = ctx.published
    r = _month(pub.year, pub.month, approximate=True, modifier="BEFORE")
    r.value = "PAST_REF"
    return r


def _same_day_base(ctx: _Context) -> dt.date:
    if not ctx.narrative and ctx.last_main_day is not None:
        return ctx.last_main_day
    return ctx.last_day or ctx.published


def _r_same_day(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    base = _same_day_base(ctx)
    text = m.group()
    if text in ("次日", "翌日", "第二天", "隔天"):
        return _day(base + dt.timedelta(days=1))
    if text in ("前一天", "前一日"):
        return _day(base - dt.timedelta(days=1))
    return _day(base)


def _r_day_only(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    day = int(m.group("d"))
    if ctx.last_month is not None and (ctx.narrative or ctx.last_day is not None):
        year, month = ctx.last_month
    else:
        year, month = ctx.published.year, ctx.published.month
        if day > ctx.published.day + 1:
            prev = _add_months(dt.date(year, month, 1), -1)
            year, month = prev.year, prev.month
    d = _safe_date(year, month, day)
    return _day(d) if d else None


def _r_zh_full(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    year_text, month_text, day_text = _g(m, "y"), _g(m, "m"), _g(m, "d")
    rel = _g(m, "rel")
    mod = _g(m, "mod")
    explicit = bool(year_text)
    if year_text:
        year = int(year_text)
    elif rel:
        year = ctx.published.year + {"去": -1, "明": 1, "前": -2, "今": 0, "本": 0}.get(rel, 0)
    else:
        year = -1
    if month_text:
        month = int(month_text)
        if year < 0:
            year = _nearest_year(ctx, month, int(day_text) if day_text else None, s)
        if day_text:
            d = _safe_date(year, month, int(day_text))
            return _day(d, explicit_year=explicit) if d else None
        if not 1 <= month <= 12:
            return None
        if mod:
            code = _modifier(mod)
            r = _month(year, month, modifier=code, explicit_year=explicit)
            return r
        return _month(year, month, explicit_year=explicit)
    if year < 0:
        return None
    if mod:
        r = _edge_of_year(year, _modifier(mod))
        r.explicit_year = explicit
        return r
    return _year(year, explicit_year=explicit)


def _r_zh_rel_unit(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    rel = m.group("rel")
    unit = m.group("unit")
    offset = {"本": 0, "这": 0, "今": 0, "上": -1, "上个": -1, "上一": -1, "下": 1, "下个": 1,
              "下一": 1, "去": -1, "明": 1, "前": -2}.get(rel, 0)  # fmt: skip
    code = {"周": "W", "星期": "W", "礼拜": "W", "月": "M", "年": "Y", "季度": "Q"}.get(unit)
    if code is None:
        return None
    return _relative_unit(ctx, code, offset)


def _r_zh_duration(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    n = _number(m.group("n"), "zh")
    unit = _UNIT_ZH.get(m.group("unit"))
    if n is None or unit is None:
        return None
    if unit == "Q":
        return _Resolved(value=f"P{3 * n}M" if n >= 0 else "PXM", kind="duration")
    forward = bool(_g(m, "rel")) or _g(m, "post") in {"内", "之内", "以内"}
    return _period(ctx, n, unit, forward)


def _r_zh_ago(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    n = _number(m.group("n"), "zh")
    unit = _UNIT_ZH.get(m.group("unit"))
    if n is None or unit is None:
        return None
    return _ago(ctx, n, unit)


def _r_zh_xun(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    """上旬/中旬/下旬, 月初/月底 of the current or previous month."""
    rel = _g(m, "rel")
    offset = {"本": 0, "这": 0, "上": -1, "上个": -1, "下": 1, "下个": 1}.get(rel, 0)
    d = _add_months(ctx.published.replace(day=1), offset)
    return _month(d.year, d.month, modifier=_modifier(m.group("mod")))


# --- English grammar ----------------------------------------------------------------------

_I = re.IGNORECASE
_EN_MOD = r"(?:(?P<mod>early|mid|middle of|late|the end of|end of|the beginning of|beginning of|the start of|start of)[\s-]+)?"
_EN_RULES = [
    _Rule("iso", re.compile(r"\b(?P<y>" + _YEAR + r")-(?P<mnum>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b"), _r_full_date, 9),
    _Rule("mdy", re.compile(r"\b(?:(?:" + _WD_EN + r"),?\s+)?(?P<mon>" + _MON_EN + r")\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>" + _YEAR + r")\b", _I), _r_full_date, 8),
    _Rule("dmy", re.compile(r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>" + _MON_EN + r")\.?,?\s+(?P<y>" + _YEAR + r")\b", _I), _r_full_date, 8),
    _Rule("us_numeric", re.compile(r"(?<![\d/.])(?P<a>1[0-2]|0?[1-9])/(?P<b>[12]\d|3[01]|0?[1-9])/(?P<y>\d{4}|\d{2})(?![\d/])"), _r_numeric_us, 7),
    _Rule("md", re.compile(r"\b" + _EN_MOD + r"(?:(?:" + _WD_EN + r"),?\s+)?(?P<mon>(?=[A-Z])(?:" + _MON_EN + r"))\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,.]\d|\s*(?:%|percent|per\b|billion|million))\b", _I), _r_month_day, 6),
    _Rule("dm", re.compile(r"\b(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+of\s+(?P<mon>" + _MON_EN + r")\b", _I), _r_month_day, 6),
    _Rule("my", re.compile(r"\b" + _EN_MOD + r"(?P<mon>(?=[A-Z])(?:" + _MON_EN + r"))\.?,?\s+(?:of\s+)?(?P<y>" + _YEAR + r")\b", _I), _r_month_year, 6),
    _Rule("month_rel", re.compile(r"\b" + _EN_MOD + r"(?:(?P<rel>last|next|this|past)\s+)?(?P<mon>(?=[A-Z])(?:january|february|march|april|june|july|august|september|october|november|december))\b(?!\s+\d)", _I), _r_month, 3),
    _Rule("may", re.compile(r"(?:\b(?P<rel>last|next|this)\s+|(?<=\bin )|(?<=\bsince )|(?<=\buntil )|(?<=\bby )|(?<=\bof )|(?<=\bearly )|(?<=\blate )|(?<=\bmid-)|(?<=\bmid ))(?P<mon>May)\b(?!\s+\d)"), _r_month, 3),
    _Rule("month_quarter", re.compile(r"\b(?P<mon>March|June|September|December)(?:[\s-]+(?P<y>" + _YEAR + r"))?[\s-]+quarter\b"), lambda m, c, s, e: _r_month_quarter(m, c, s, e), 6),
    _Rule("quarter", re.compile(r"\b(?:the\s+)?(?:(?P<rel>last|this|next|current|previous|past)\s+year'?s\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?P<half>half|quarter)(?:\s+(?:of\s+)?(?:(?P<y>" + _YEAR + r")|(?P<rel2>last|this|next)\s+year))?\b", _I), lambda m, c, s, e: _r_quarter_en(m, c, s, e), 5),
    _Rule("q_short", re.compile(r"\b(?:(?P<q>[1-4])Q|Q(?P<q2>[1-4]))(?:[\s']*(?P<y>" + _YEAR + r"|\d{2}))?\b"), lambda m, c, s, e: _r_qshort(m, c, s, e), 5),
    _Rule("h_short", re.compile(r"\b(?:(?P<h>[12])H|H(?P<h2>[12])(?!\d))(?:[\s']*(?P<y>" + _YEAR + r"|\d{2}))?\b"), lambda m, c, s, e: _r_hshort(m, c, s, e), 5),
    _Rule("month_rel_year", re.compile(r"\b" + _EN_MOD + r"(?P<mon>(?=[A-Z])(?:" + _MON_EN + r"))\.?,?\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year\b", _I), _r_month_rel_year, 7),
    _Rule("fiscal", re.compile(r"\b(?:fiscal(?:\s+year)?|FY)\s?'?(?P<y>" + _YEAR + r"|\d{2})\b"), _r_fiscal, 5),
    _Rule("fiscal_rel", re.compile(r"\b(?P<rel>this|last|next|the current|the previous)\s+fiscal\s+year\b", _I), _r_fiscal_rel, 5),
    _Rule("decade", re.compile(r"\b" + _EN_MOD + r"(?:the\s+)?(?P<y>1[0-9]\d0|20\d0)'?s\b", _I), _r_decade, 5),
    _Rule("century", re.compile(r"\b(?:the\s+)?(?P<c>\d{1,2})(?:st|nd|rd|th)[\s-]+century\b", _I), _r_century, 5),
    _Rule("season", re.compile(r"\b(?:(?P<rel>last|this|next|past)\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<y>" + _YEAR + r"))?\b", _I), lambda m, c, s, e: _r_season(m, c, s, e) if (_g(m, "rel") or _g(m, "y")) else None, 4),
    _Rule("year_mod", re.compile(r"\b(?P<mod>early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of)[\s-]+(?P<y>" + _YEAR + r")\b", _I), _r_year, 5),
    _Rule("rel_unit", re.compile(r"\b(?:(?P<mod>early|late|earlier|later|mid|the end of|end of)[\s-]+)?(?:the\s+)?(?P<rel>this|last|next|past|previous|coming|current)\s+(?P<unit>week|month|year|quarter|(?<!past )decade)\b(?!\s*'s\s+(?:first|second|third|fourth))", _I), lambda m, c, s, e: _r_rel_unit_en(m, c, s, e), 4),
    _Rule("ago", re.compile(r"\b(?P<n>" + _NUM_EN + r"|a|an)\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+ago\b", _I), _r_ago, 6),
    _Rule("period_fw", re.compile(r"\b(?:(?:over|in|during|for|within)\s+)?the\s+(?P<rel>next|coming|following|past|last|previous)\s+(?P<n>" + _NUM_EN + r")\s+(?P<unit>days|weeks|months|years|decades|quarters)\b", _I), _r_duration, 5),
    _Rule("duration", re.compile(r"\b(?P<n>" + _NUM_EN + r"|a|an)[\s-]+(?P<unit>days?|weeks?|months?|years?|decades?|quarters?|hours?|minutes?)(?:'|\s+long)?(?![\w-])(?!\s+(?:ago|old))", _I), _r_duration, 2),
    _Rule("weekday", re.compile(r"\b(?:(?P<rel>last|next|this|coming|that)\s+)?(?P<wd>(?=[A-Z])(?:" + _WD_EN + r"))(?:\s+(?P<pod>morning|afternoon|evening|night))?(?:\s+of\s+(?P<rel2>last|this|next)\s+week)?\b(?!\s+(?:[A-Z][a-z]+\s+)?(?:" + _MON_EN + r")\b)", _I), _r_weekday, 4),
    _Rule("deictic", re.compile(r"\b(?P<w>today|tonight|yesterday|tomorrow)\b", _I), _r_deictic, 4),
    _Rule("weekday_set", re.compile(r"\b(?:every|each)\s+(?P<wd>(?=[A-Z])(?:" + _WD_EN + r"))\b", _I), lambda m, c, s, e: _r_weekday_set(m, c, s, e), 6),
    _Rule("weekday_range", re.compile(r"\b(?P<wd>(?=[A-Z])(?:" + _WD_EN + r"))\s+(?:and|to|through|-|–)\s+(?P<wd2>(?=[A-Z])(?:" + _WD_EN + r"))\b", _I), lambda m, c, s, e: _r_weekday_range(m, c, s, e), 5),
    _Rule("weekend", re.compile(r"\b(?:over|at|during|on)\s+the\s+weekend\b|\b(?P<rel>last|this|next|past)\s+weekend\b", _I), lambda m, c, s, e: _r_weekend(m, c, s, e), 4),
    _Rule("present", re.compile(r"\b(?:now|currently|at present|at the moment|nowadays)\b", _I), _r_present, 1),
    _Rule("recent", re.compile(r"\b(?:recently|lately|in recent (?:days|weeks)|earlier this (?:week|month))\b", _I), _r_vague_recent, 1),
    _Rule("past_ref", re.compile(r"\b(?:in the past|at the time)\b", _I), _r_past, 1),
    _Rule("future_ref", re.compile(r"\b(?:in the future|in the coming (?:days|weeks|months|years))\b", _I), _r_future, 1),
    _Rule("later", re.compile(r"\b(?P<n>" + _NUM_EN + r"|a|an)\s+(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>later|earlier|before|after)\b(?!\s+(?:than|the|a|his|her|its|their))", _I), lambda m, c, s, e: _r_later(m, c, s, e), 6),
    _Rule("same_day", re.compile(r"\b(?:the same day|that day|the day before|the following day|the next day|(?:hours|minutes|moments) (?:later|earlier))\b", _I), lambda m, c, s, e: _r_same_day_en(m, c, s, e), 3),
    _Rule("year_range_end", re.compile(r"(?<=\d{4}[-–])(?P<y>1[6-9]\d\d|20\d\d)\b"), lambda m, c, s, e: _r_year_bare(m, c, s, e), 2),
    _Rule("end_of_year", re.compile(r"\b(?:the\s+)?(?P<mod>end|beginning|start|middle)\s+of\s+(?:the\s+)?year\b", _I), _r_year_rel_edge, 3),
    _Rule("year", re.compile(r"(?<![\w$€£¥.,/:#-])(?:(?:in|of|since|by|until|from|to|through|before|after|during|year|and)\s+)?(?P<y>1[6-9]\d\d|20\d\d)(?![\w%/]|[.,:]\d|\s*(?:%|percent|people|troops|soldiers|units|employees|workers|jobs|tonnes|tons|km|miles|dollars|euros|yuan|points|cars|vehicles|companies|firms|chips)\b)", _I), lambda m, c, s, e: _r_year_bare(m, c, s, e), 2),
]  # fmt: skip


def _r_year_bare(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    return _year(int(m.group("y")), explicit_year=True)


def _r_quarter_en(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    rel2 = _g(m, "rel2")
    if rel2 and not _g(m, "rel"):
        year = ctx.published.year + _rel_offset(rel2, "en")
        q = _ORDINALS.get(_g(m, "q").lower(), 1)
        if _g(m, "half"):
            return _half(year, 1 if q == 1 else 2) if _g(m, "half") == "half" else _quarter(year, q)
    if _g(m, "half").lower() == "half":
        return _r_half_from_quarter(m, ctx)
    return _r_quarter_plain(m, ctx)


def _r_half_from_quarter(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    q = _ORDINALS.get(_g(m, "q").lower(), 1)
    h = 1 if q == 1 else 2
    year_text = _g(m, "y")
    if year_text:
        return _half(int(year_text), h, explicit_year=True)
    rel = _g(m, "rel")
    if rel:
        return _half(ctx.published.year + _rel_offset(rel, ctx.language), h)
    year = ctx.published.year if (h == 1 or ctx.published.month > 6) else ctx.published.year - 1
    if ctx.narrative and ctx.last_year is not None:
        year = ctx.last_year
    return _half(year, h)


def _full_year(text: str) -> int:
    """A year as written: "24" (as in "Q3 24", "FY24") is 2024."""
    year = int(text)
    return year + 2000 if year < 100 else year


def _year_of_past_quarter(q: int, ctx: _Context, pos: int) -> int:
    """The year of a year-less quarter: the last one that ended before publication, unless the
    paragraph named a year before it."""
    current_q = (ctx.published.month - 1) // 3 + 1
    year = ctx.published.year if q < current_q else ctx.published.year - 1
    if ctx.last_year is not None and ctx.same_paragraph(ctx.last_year_pos, pos):
        year = ctx.last_year
    return year


def _r_quarter_plain(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    q = _ORDINALS.get(_g(m, "q").lower())
    if q is None:
        return None
    year_text = _g(m, "y")
    if year_text:
        return _quarter(int(year_text), q, explicit_year=True)
    rel = _g(m, "rel")
    if rel:
        return _quarter(ctx.published.year + _rel_offset(rel, ctx.language), q)
    return _quarter(_year_of_past_quarter(q, ctx, m.start()), q)


def _r_qshort(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    q = int(_g(m, "q") or _g(m, "q2"))
    year_text = _g(m, "y")
    if year_text:
        year = _full_year(year_text)
        return _quarter(year, q, explicit_year=True)
    year = _year_of_past_quarter(q, ctx, s)
    return _quarter(year, q)


def _r_hshort(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    h = int(_g(m, "h") or _g(m, "h2"))
    year_text = _g(m, "y")
    if year_text:
        year = _full_year(year_text)
        return _half(year, h, explicit_year=True)
    year = ctx.published.year if (h == 1 or ctx.published.month > 6) else ctx.published.year - 1
    return _half(year, h)


def _r_rel_unit_en(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    mod_word = _g(m, "mod").lower()
    rel = _g(m, "rel").lower()
    unit = _unit(_g(m, "unit"), "en")
    if unit is None:
        return None
    offset = 0 if rel in {"this", "current"} else _rel_offset(rel, "en")
    if mod_word in {"earlier", "later"}:
        r = _relative_unit(ctx, unit, offset)
        r.modifier = "BEFORE" if mod_word == "earlier" else "AFTER"
        r.approximate = True
        return r
    mod = _modifier(mod_word)
    if mod and unit == "Y":
        r = _edge_of_year(ctx.published.year + offset, mod)
        return r
    r = _relative_unit(ctx, unit, offset)
    r.modifier = mod
    return r


def _r_month_quarter(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    """ "the December quarter": the calendar quarter ending that month; without a year, the
    last one that ended before publication."""
    month = _MONTHS_EN[_g(m, "mon").lower()]
    q = month // 3
    if _g(m, "y"):
        return _quarter(int(_g(m, "y")), q, explicit_year=True)
    year = ctx.published.year
    if _month_end(year, month) > ctx.published:
        year -= 1
    return _quarter(year, q)


def _r_weekday_set(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    """ "every Friday", "jeden Freitag", "每周五": a recurring day, never the date of an event."""
    word = _g(m, "wd").lower()
    weekday = _WEEKDAYS_EN.get(word, _WEEKDAYS_DE.get(word, _WEEKDAYS_ZH.get(word)))
    if weekday is None:
        return None
    return _Resolved(value=f"XXXX-WXX-{weekday + 1}", kind="set")


def _r_weekday_range(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    """'on Saturday and Sunday', 'Montag bis Mittwoch': the first day, the last as the end."""
    words = (_g(m, "wd").lower(), _g(m, "wd2").lower())
    days = [_WEEKDAYS_EN.get(w, _WEEKDAYS_DE.get(w)) for w in words]
    if days[0] is None or days[1] is None:
        return None
    first = _weekday(ctx, days[0], s, e)
    if first.date is None:
        return None
    first.date_end = first.date + dt.timedelta(days=(days[1] - days[0]) % 7)
    return first


def _r_same_day_en(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    text = m.group().lower()
    base = _same_day_base(ctx)
    if "before" in text:
        return _day(base - dt.timedelta(days=1))
    if "following" in text or "next" in text:
        return _day(base + dt.timedelta(days=1))
    return _day(base)


# --- German grammar -----------------------------------------------------------------------

_DE_MOD = r"(?:(?P<mod>Anfang|Mitte|Ende|Beginn|Anfang bis Mitte|zu Beginn|Ausgang)\s+(?:des\s+|der\s+)?)?"
_DE_REL = r"(?P<rel>vergangene[nmrs]?|letzte[nmrs]?|vorige[nmrs]?|abgelaufene[nmrs]?|diese[nmrs]?|laufende[nmrs]?|kommende[nmrs]?|nächste[nmrs]?|folgende[nmrs]?|zurückliegende[nmrs]?|selbe[nmrs]?|gleiche[nmrs]?|jetzige[nmrs]?)"
_DE_RULES = [
    _Rule("iso", re.compile(r"\b(?P<y>" + _YEAR + r")-(?P<mnum>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b"), _r_full_date, 9),
    _Rule("dmy_num", re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.\s?(?P<mnum>0?[1-9]|1[0-2])\.\s?(?P<y>" + _YEAR + r")\b"), _r_full_date, 8),
    _Rule("dmy", re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.\s*(?P<mon>" + _MON_DE + r")\.?\s+(?P<y>" + _YEAR + r")\b", _I), _r_full_date, 8),
    _Rule("dm", re.compile(r"(?<![\d.,])" + _DE_MOD + r"(?P<d>[0-3]?\d)\.\s*(?P<mon>" + _MON_DE + r")\b\.?(?!\s*\d)", _I), _r_month_day, 6),
    _Rule("dm_num", re.compile(r"(?<![\d.,])(?:(?<=am )|(?<=vom )|(?<=zum )|(?<=bis )|(?<=ab ))(?P<d>[0-3]?\d)\.(?P<mnum>0?[1-9]|1[0-2])\.(?!\d)"), _r_month_day, 5),
    _Rule("my", re.compile(r"\b" + _DE_MOD + r"(?P<mon>" + _MON_DE + r")\.?\s+(?P<y>" + _YEAR + r")\b", _I), _r_month_year, 6),
    _Rule("month", re.compile(r"\b" + _DE_MOD + r"(?:(?:im|des|den|dem)\s+)?(?:" + _DE_REL + r"\s+)?(?P<mon>Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b(?!\s+\d)"), _r_month, 3),
    _Rule("quarter", re.compile(r"\b(?:(?:im|das|des|dem|ersten)\s+)?(?:(?P<q>erste[ns]?|zweite[ns]?|dritte[ns]?|vierte[ns]?|[1-4]\.)\s*(?P<half>Halbjahr|Jahreshälfte|Quartal|Vierteljahr)[a-z]*)(?:\s+(?:des\s+Jahres\s+|des\s+Geschäftsjahres\s+)?(?:(?P<y>" + _YEAR + r")|(?P<rel>diese[ns]|vergangene[ns]|letzte[ns]|kommende[ns]|nächste[ns])\s+Jahres))?", _I), lambda m, c, s, e: _r_quarter_de(m, c, s, e), 5),
    _Rule("q_short", re.compile(r"\b(?:(?P<q>[1-4])Q|Q(?P<q2>[1-4]))(?:[\s/']*(?P<y>" + _YEAR + r"|\d{2}))?\b"), _r_qshort, 5),
    _Rule("h_short", re.compile(r"\b(?:(?P<h>[12])H|H(?P<h2>[12])(?!\d))(?:[\s/']*(?P<y>" + _YEAR + r"|\d{2}))?\b"), _r_hshort, 5),
    _Rule("month_rel_year", re.compile(r"\b" + _DE_MOD + r"(?:(?:im|des|den|dem)\s+)?(?P<mon>Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\s+(?P<yrel>vergangenen|letzten|vorigen|dieses|diesen|kommenden|nächsten)\s+Jahres\b"), _r_month_rel_year, 7),
    _Rule("rel_quarter", re.compile(r"\b(?:(?:im|das|des|dem)\s+)?" + _DE_REL + r"\s+(?P<unit>Quartal|Halbjahr|Geschäftsjahr)s?\b", _I), lambda m, c, s, e: _r_rel_unit_de(m, c, s, e), 5),
    _Rule("fiscal", re.compile(r"\b(?:Geschäftsjahr(?:es)?|GJ|Fiskaljahr(?:es)?|FY)\s?(?P<y>" + _YEAR + r"(?:/\d{2,4})?|\d{2})\b"), lambda m, c, s, e: _r_fiscal_de(m, c, s, e), 5),
    _Rule("decade", re.compile(r"\b" + _DE_MOD + r"(?:der\s+|den\s+)?(?P<y>1[0-9]\d0|20\d0)er(?:\s*Jahre[n]?)?\b", _I), _r_decade, 5),
    _Rule("century", re.compile(r"\b" + _DE_MOD + r"(?:des\s+|im\s+|dem\s+)?(?P<c>\d{1,2})\.\s*(?:Jahrhunderts?|Jh\.)", _I), _r_century, 5),
    _Rule("season", re.compile(r"\b(?:(?:im|des)\s+)?(?:" + _DE_REL + r"\s+)?(?P<season>Frühjahr|Frühling|Sommer|Herbst|Winter)s?(?:\s+(?P<y>" + _YEAR + r"))?\b"), lambda m, c, s, e: _r_season(m, c, s, e) if (_g(m, "rel") or _g(m, "y") or c.narrative) else None, 4),
    _Rule("year_mod", re.compile(r"\b(?P<mod>Anfang|Mitte|Ende|Beginn|Ausgang)\s+(?:des\s+Jahres\s+)?(?P<y>" + _YEAR + r")\b"), _r_year, 6),
    _Rule("year_edge", re.compile(r"\b(?:(?P<mod>Anfang|Mitte|Ende|Beginn|Ausgang)\s+(?:des|dieses|nächsten|kommenden|vergangenen|letzten)\s+Jahres|(?:zum\s+|zu\s+)?(?P<mod2>Jahresende|Jahresanfang|Jahresbeginn|Jahresmitte))\b"), lambda m, c, s, e: _r_year_edge_de(m, c, s, e), 4),
    _Rule("rel_unit", re.compile(r"\b" + _DE_MOD + r"(?:(?:im|in\s+der|in\s+diesem|in\s+dieser|am|das|die|der|des|den|dem)\s+)?" + _DE_REL + r"\s+(?P<unit>Woche|Monat|Jahr|Jahrzehnt)(?:e?s|en|e)?\b(?!\s+(?:[a-zäöü]+\s+)?(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember))", _I), lambda m, c, s, e: _r_rel_unit_de(m, c, s, e), 4),
    _Rule("this_year", re.compile(r"\b(?P<rel>dieses|diesen|voriges|vorigen|letztes|nächstes|kommendes)\s+(?P<unit>Jahr|Monat)\b", _I), lambda m, c, s, e: _r_rel_unit_de(m, c, s, e), 4),
    _Rule("ago", re.compile(r"\bvor\s+(?P<n>" + _NUM_DE + r")\s+(?P<unit>Tagen|Wochen|Monaten|Jahren|Jahrzehnten|Tag|Woche|Monat|Jahr|Jahrzehnt)\b", _I), _r_ago, 6),
    _Rule("period_fw", re.compile(r"\b(?:in|während|über|innerhalb)\s+(?:den|der)\s+(?P<rel>nächsten|kommenden|folgenden|vergangenen|letzten|zurückliegenden)\s+(?P<n>" + _NUM_DE + r")\s+(?P<unit>Tage[n]?|Wochen|Monate[n]?|Jahre[n]?|Jahrzehnte[n]?|Quartale[n]?)\b", _I), _r_duration, 5),
    _Rule("duration", re.compile(r"(?<![\d.,])\b(?P<n>" + _NUM_DE + r")\s+(?P<unit>Tage[n]?|Wochen|Monate[n]?|Jahre[n]?|Jahrzehnte[n]?|Stunden|Minuten|Tag|Woche|Monat|Jahr|Jahrzehnt|Quartale[n]?)(?:\s+lang)?\b(?!\s+(?:später|zuvor|danach|davor|nach|vor|alt|früher)\b)", _I), _r_duration, 2),
    _Rule("weekday", re.compile(r"\b(?:(?:am|vom|seit|bis|ab)\s+)?(?:" + _DE_REL + r"\s+)?(?P<wd>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)(?P<pod>abend|morgen|vormittag|mittag|nachmittag|nacht|früh)?(?:s)?\b(?:\s+(?:der\s+)?(?P<rel2>vergangene[nr]|letzte[nr]|vorige[nr]|diese[nr]|kommende[nr]|nächste[nr])\s+Woche\b)?(?!\s*,?\s*(?:den\s+)?\d)"), _r_weekday, 4),
    _Rule("weekend", re.compile(r"\b(?:am|übers|über das)\s+(?:(?P<rel>vergangenen|letzten|kommenden|nächsten)\s+)?Wochenende\b|\b(?P<rel2>vergangenes|letztes|kommendes|nächstes|dieses)\s+Wochenende\b", _I), lambda m, c, s, e: _r_weekend(m, c, s, e), 4),
    _Rule("weekday_set", re.compile(r"\b(?:jeden|jeweils am|immer)\s+(?P<wd>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)\b"), lambda m, c, s, e: _r_weekday_set(m, c, s, e), 6),
    _Rule("weekday_range", re.compile(r"\b(?P<wd>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)\s+(?:und|bis|-|–)\s+(?P<wd2>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)\b"), lambda m, c, s, e: _r_weekday_range(m, c, s, e), 5),
    _Rule("deictic", re.compile(r"(?<![\w-])(?P<w>heute|gestern|vorgestern|übermorgen|morgen|heutigen)\b(?!\s+(?:früh|abend|nachmittag|mittag|vormittag)\b)"), _r_deictic, 4),
    _Rule("present", re.compile(r"\b(?:derzeit|gegenwärtig|zurzeit|zur Zeit|momentan|heutzutage)\b", _I), _r_present, 1),
    _Rule("recent", re.compile(r"\b(?:kürzlich|jüngst|vor kurzem|vor Kurzem|unlängst|neulich|vor wenigen Tagen|in den vergangenen Tagen|in den letzten Tagen)\b"), _r_vague_recent, 1),
    _Rule("future_ref", re.compile(r"\b(?:bald|[Ww]enig später|[Ww]enige (?:Tage|Wochen|Monate) später|Wochen später|Monate später|[Kk]urz (?:darauf|danach)|kurze Zeit später|nach kurzer Zeit|binnen kurzem|in der Folgezeit|Folgezeit|in der Folge|in Zukunft|zukünftig|demnächst)\b"), _r_future, 1),
    _Rule("bc_year", re.compile(r"\b(?:(?:[Ii]m|[Dd]as)\s+Jahre?\s+|[Uu]m\s+|[Ee]twa\s+)?(?P<y>\d{1,4})\s*v\.\s*Chr\.?"), lambda m, c, s, e: _r_bc_year(m, c, s, e), 7),
    _Rule("bc_century", re.compile(r"\b" + _DE_MOD + r"(?:des\s+|im\s+|dem\s+)?(?P<c>\d{1,2})\.\s*(?:Jahrhunderts?|Jh\.)\s*v\.\s*Chr\.?", _I), lambda m, c, s, e: _r_bc_century(m, c, s, e), 8),
    _Rule("day_range_start", re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?=\s*(?:bis(?: zum)?|und|/|–|-)\s*[0-3]?\d\.\s*(?P<mon>" + _MON_DE + r")\b\.?(?:\s+(?P<y>" + _YEAR + r"))?)", _I), lambda m, c, s, e: _r_day_range_start(m, c, s, e), 5),
    _Rule("short_year", re.compile(r"(?<=(?P<c>1[0-9]|20)\d\d[/–-])(?P<yy>\d\d)(?![\d.])"), lambda m, c, s, e: _r_short_year(m, c, s, e), 4),
    _Rule("same_unit", re.compile(r"\b(?:im\s+|am\s+)?(?:selben|gleichen|desselben)\s+(?P<unit>Monats?|Jahres|Jahr)\b|\b(?P<rel>Vorjahr|Folgejahr|Vormonat|Folgemonat)(?:es|s)?\b|\b(?:im\s+)?Jahr darauf\b", _I), lambda m, c, s, e: _r_same_unit_de(m, c, s, e), 4),
    _Rule("after_n", re.compile(r"\bnach\s+(?:etwa\s+|rund\s+)?(?P<n>" + _NUM_DE + r")\s+(?P<unit>Tagen|Wochen|Monaten|Jahren)\b", _I), lambda m, c, s, e: _r_after_n(m, c, s, e), 5),
    _Rule("clock", re.compile(r"\b(?:um\s+|gegen\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s+Uhr\b"), lambda m, c, s, e: _r_clock(m, c, s, e), 3),
    _Rule("later", re.compile(r"\b(?P<n>" + _NUM_DE + r"|ein|einen|eine|ein halbes)\s+(?P<unit>Tage?n?|Wochen?|Monate?n?|Jahre?n?)\s+(?P<dir>später|danach|darauf|zuvor|davor|früher)\b", _I), lambda m, c, s, e: _r_later(m, c, s, e), 6),
    _Rule("same_day", re.compile(r"\b(?:am selben Tag|am gleichen Tag|am folgenden Tag|am nächsten Tag|am Tag darauf|am Vortag|tags darauf|am darauffolgenden Tag)\b", _I), lambda m, c, s, e: _r_same_day_de(m, c, s, e), 3),
    _Rule("year", re.compile(r"(?<![\w$€£¥.,/:#-])(?:(?:im\s+Jahre?|des\s+Jahres|seit|bis|ab|von|vor|nach|um|in)\s+)?(?P<y>1[0-9]\d\d|20\d\d)(?![\w%/]|[.,:]\d|\.\d|\s*(?:%|Prozent|Menschen|Mann|Soldaten|Tote[n]?|Einwohner|Euro|Dollar|Yuan|Renminbi|Meter|km|Kilometer|Tonnen|Stück|Punkte[n]?|Mitarbeiter|Beschäftigte|Schiffe|Flugzeuge|Panzer|Geschütze|Gefangene|Häuser|Juden|Kinder|Personen|Einheiten|Stimmen|Mal|mal)\b)"), lambda m, c, s, e: _r_year_bare(m, c, s, e), 2),
]  # fmt: skip


def _r_quarter_de(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    q = _ORDINALS.get(_g(m, "q").lower())
    if q is None:
        return None
    kind = _g(m, "half").lower()
    year_text = _g(m, "y")
    rel = _g(m, "rel")
    if year_text:
        year = int(year_text)
    elif rel:
        year = ctx.published.year + _rel_offset(rel, "de")
    else:
        year = -1
    if kind.startswith(("halbjahr", "jahreshälfte")):
        h = 1 if q == 1 else 2
        if year < 0:
            year = (
                ctx.published.year
                if (h == 1 or ctx.published.month > 6)
                else ctx.published.year - 1
            )
            if ctx.last_year is not None and ctx.same_paragraph(ctx.last_year_pos, s):
                year = ctx.last_year
        return _half(year, h, explicit_year=bool(year_text))
    if year < 0:
        year = _year_of_past_quarter(q, ctx, s)
    return _quarter(year, q, explicit_year=bool(year_text))


def _r_fiscal_de(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    text = m.group("y").split("/")[0]
    year = _full_year(text)
    r = _year(year, explicit_year=True)
    r.approximate = True
    return r


def _r_year_edge_de(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    text = m.group()
    mod = _modifier(_g(m, "mod") or _g(m, "mod2").replace("Jahres", "").replace("ende", "ende"))
    mod2 = _g(m, "mod2").lower()
    if mod2:
        mod = "END" if "ende" in mod2 else "MID" if "mitte" in mod2 else "START"
    offset = 0
    for word in ("nächsten", "kommenden"):
        if word in text:
            offset = 1
    for word in ("vergangenen", "letzten"):
        if word in text:
            offset = -1
    year = ctx.published.year + offset
    if ctx.narrative and ctx.last_year is not None and offset == 0:
        year = ctx.last_year
    return _edge_of_year(year, mod or "END")


def _r_rel_unit_de(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    rel = _g(m, "rel").lower()
    unit_word = _g(m, "unit").lower()
    if rel.startswith(("selbe", "gleiche")):
        if ctx.narrative and ctx.last_year is not None and unit_word.startswith("jahr"):
            return _year(ctx.last_year)
        return None
    offset = _rel_offset(rel, "de")
    if unit_word.startswith("halbjahr"):
        h = 1 if ctx.published.month <= 6 else 2
        idx = ctx.published.year * 2 + h - 1 + offset
        return _half(idx // 2, idx % 2 + 1)
    if unit_word.startswith("geschäftsjahr"):
        r = _year(ctx.published.year + offset)
        r.approximate = True
        return r
    unit = _unit(unit_word, "de")
    if unit is None:
        return None
    if ctx.narrative and ctx.last_year is not None and unit == "Y":
        return _year(ctx.last_year + offset)
    mod = _modifier(_g(m, "mod"))
    if mod and unit == "Y":
        return _edge_of_year(ctx.published.year + offset, mod)
    r = _relative_unit(ctx, unit, offset)
    r.modifier = mod
    return r


def _r_later(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    """'two days later', 'drei Monate später': relative to the date last mentioned."""
    n_text = _g(m, "n").lower()
    n = 1 if n_text in {"a", "an", "ein", "einen", "eine"} else _number(n_text, ctx.language)
    if n_text == "ein halbes":
        n, unit = 6, "M"
    else:
        unit = _unit(_g(m, "unit"), ctx.language) or ""
    if n is None or n < 0 or unit not in ("D", "W", "M", "Y"):
        return None
    direction = (
        -1 if _g(m, "dir").lower() in {"earlier", "before", "zuvor", "davor", "früher"} else 1
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
        return _day(shifted, approximate=unit == "W")
    if unit == "M" and ctx.last_month is not None:
        return _month(shifted.year, shifted.month)
    return _year(shifted.year)


def _r_weekend(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    """The Saturday and Sunday of the weekend meant: the last one by default, the next one when
    the text says so or speaks of the future."""
    rel = (_g(m, "rel") or _g(m, "rel2")).lower()
    pub = ctx.published
    saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
    future = rel in {"next", "kommenden", "nächsten", "kommendes", "nächstes", "下"} or (
        not rel and _is_future(ctx, s, e)
    )
    if future and saturday < pub - dt.timedelta(days=1):
        saturday += dt.timedelta(days=7)
    if rel in {"last", "past", "vergangenen", "letzten", "vergangenes", "letztes", "上"} and (
        saturday >= pub - dt.timedelta(days=1)
    ):
        saturday -= dt.timedelta(days=7)
    r = _day(saturday)
    r.date_end = saturday + dt.timedelta(days=1)
    iso = saturday.isocalendar()
    r.value = f"{iso.year:04d}-W{iso.week:02d}-WE"
    return r


def _r_bc_year(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    return _Resolved(value=f"BC{int(m.group('y')):04d}", date=None)


def _r_bc_century(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    return _Resolved(value=f"BC{int(m.group('c')) - 1:02d}", date=None)


def _r_day_range_start(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    month = _month_number(_g(m, "mon"))
    if not month:
        return None
    day = int(m.group("d"))
    year = int(_g(m, "y")) if _g(m, "y") else _nearest_year(ctx, month, day, s)
    d = _safe_date(year, month, day)
    return _day(d, explicit_year=bool(_g(m, "y"))) if d else None


def _r_short_year(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    return _year(int(m.group("c")) * 100 + int(m.group("yy")), explicit_year=True)


def _r_same_unit_de(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    text = m.group().lower()
    year = ctx.last_year if ctx.last_year is not None else ctx.published.year
    if "monat" in text:
        if ctx.last_month is None:
            return None
        offset = -1 if "vormonat" in text else 1 if "folgemonat" in text else 0
        d = _add_months(dt.date(*ctx.last_month, 1), offset)
        return _month(d.year, d.month)
    if "vorjahr" in text:
        return _year(year - 1)
    if "folgejahr" in text or "darauf" in text:
        return _year(year + 1)
    return _year(year)


def _r_after_n(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    if not ctx.narrative or ctx.last_day is None:
        return None
    n = _number(m.group("n"), ctx.language)
    unit = _unit(m.group("unit"), ctx.language)
    if n is None or n < 0 or unit is None:
        return None
    shifted = shift_date(ctx.last_day, unit, n)
    if unit in ("D", "W"):
        return _day(shifted)
    if unit == "M":
        return _month(shifted.year, shifted.month)
    return _year(shifted.year)


def _r_clock(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    if ctx.last_day is None:
        return None
    minutes = _g(m, "mi")
    clock = f"{int(m.group('h')):02d}:{minutes or '00'}"
    return _Resolved(value=f"{ctx.last_day.isoformat()}T{clock}", kind="time", date=ctx.last_day)


def _r_same_day_de(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    text = m.group().lower()
    base = _same_day_base(ctx)
    if "vortag" in text:
        return _day(base - dt.timedelta(days=1))
    if "folgend" in text or "nächsten" in text or "darauf" in text:
        return _day(base + dt.timedelta(days=1))
    return _day(base)


# --- Chinese grammar ----------------------------------------------------------------------

_ZH_RULES = [
    _Rule("iso", re.compile(r"(?<!\d)(?P<y>" + _YEAR + r")-(?P<mnum>0[1-9]|1[0-2])-(?P<d>[0-3]\d)(?!\d)"), _r_full_date, 9),
    _Rule("day_range", re.compile(r"(?:(?P<y>" + _YEAR + r")年)?(?P<m>1[0-2]|0?[1-9])月(?P<d>[0-3]?\d)[日号]?(?:至|到|-|—|–|~)(?:(?P<m2>1[0-2]|0?[1-9])月)?(?P<d2>[0-3]?\d)[日号]"), lambda m, c, s, e: _r_zh_day_range(m, c, s, e), 9),
    _Rule("ymd", re.compile(r"(?:(?P<y>" + _YEAR + r")年|(?P<rel>[去今明前])年)?(?P<m>1[0-2]|0?[1-9])月(?:(?P<d>[0-3]?\d)[日号]|(?P<mod>上旬|中旬|下旬|初|底|末|中))?"), _r_zh_full, 8),
    _Rule("year_mod", re.compile(r"(?:(?P<y>" + _YEAR + r")年|(?P<rel>[去今明前])年)(?P<mod>年初|年底|年末|年中|初|底|末|中)?(?!\d)"), _r_zh_full, 6),
    _Rule("rel_year_mod", re.compile(r"(?P<rel>[去今明])(?P<mod>年初|年底|年末|初|底)"), lambda m, c, s, e: _r_zh_rel_edge(m, c, s, e), 6),
    _Rule("year_edge", re.compile(r"(?P<mod>年初|年底|年末|年中)"), lambda m, c, s, e: _r_zh_rel_edge(m, c, s, e), 3),
    _Rule("quarter", re.compile(r"(?:(?P<y>" + _YEAR + r")年|(?P<rel>[去今明])年)?第?(?P<q>[一二三四1-4])季度"), lambda m, c, s, e: _r_zh_quarter(m, c, s, e), 6),
    _Rule("half", re.compile(r"(?:(?P<y>" + _YEAR + r")年|(?P<rel>[去今明])年)?(?P<h>[上下])半年"), lambda m, c, s, e: _r_zh_half(m, c, s, e), 6),
    _Rule("q_short", re.compile(r"(?<![A-Za-z])(?:(?P<y>" + _YEAR + r")年?\s*)?Q(?P<q2>[1-4])(?!\d)"), _r_qshort, 5),
    _Rule("xun", re.compile(r"(?P<rel>本|这|上个?|下个?)?月(?P<mod>初|底|末|中旬|上旬|下旬)"), _r_zh_xun, 4),
    _Rule("rel_unit", re.compile(r"(?P<rel>本|这|上个?|下个?|上一|下一)(?P<unit>周|星期|礼拜|季度|月)(?![一二三四五六日天1-7])"), _r_zh_rel_unit, 4),
    _Rule("rel_year", re.compile(r"(?P<rel>[去今明前])(?P<unit>年)(?!\d)"), _r_zh_rel_unit, 3),
    _Rule("weekday_set", re.compile(r"每(?:周|星期|个星期|逢周)(?P<wd>[一二三四五六日天1-7])"), lambda m, c, s, e: _r_weekday_set(m, c, s, e), 6),
    _Rule("weekday", re.compile(r"(?:(?P<rel>本|这|上|下)(?:周|星期|礼拜)|周|星期|礼拜)(?P<wd>[一二三四五六日天1-7])"), _r_weekday, 5),
    _Rule("deictic", re.compile(r"(?P<w>今天|今日|昨天|昨日|明天|明日|前天|后天)"), _r_deictic, 4),
    _Rule("same_day", re.compile(r"同一天|同日|同天|同一时间|当天|当日|次日|翌日|第二天|隔天|前一天|前一日"), _r_same_day, 5),
    _Rule("as_of_today", re.compile(r"即日起|即日"), lambda m, c, s, e: _day(c.published), 6),
    _Rule("weekend", re.compile(r"(?P<rel>上|本|这|下)?(?:个)?周末"), lambda m, c, s, e: _r_weekend(m, c, s, e), 4),
    _Rule("day_only", re.compile(r"(?:当地时间|本月|北京时间)?(?<![\d年月.第])(?P<d>[1-9]|[12]\d|3[01])[日号](?!本|元|圆|报|经|产|用|语|文|记|志|前|后|起|令|公告|文件)"), _r_day_only, 3),
    _Rule("recent", re.compile(r"近日|日前|近期|最近|不久前|前不久|此前不久"), _r_vague_recent, 1),
    _Rule("present", re.compile(r"目前|当前|现在|眼下|如今"), _r_present, 1),
    _Rule("ago", re.compile(r"(?P<n>\d{1,3}|[一二两三四五六七八九十几数]{1,3})(?P<unit>天|个月|年|周)前"), _r_zh_ago, 6),
    _Rule("period", re.compile(r"(?P<rel>未来|今后|接下来的?|此后)?(?P<n>\d{1,3}|[一二两三四五六七八九十几数]{1,3})(?P<unit>天|个月|年|周|个季度|小时)(?P<post>内|之内|以内|来|间|里)?"), lambda m, c, s, e: _r_zh_duration(m, c, s, e) if (_g(m, "rel") or _g(m, "post") or m.group("unit") != "年") else None, 2),
    _Rule("year", re.compile(r"(?<![\d.,])(?P<y>" + _YEAR + r")(?=年)"), _r_year_bare, 2),
]  # fmt: skip


def _r_zh_day_range(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    """'5月10日至11日': the first day, with the last as the end."""
    month, day = int(m.group("m")), int(m.group("d"))
    year = int(_g(m, "y")) if _g(m, "y") else _nearest_year(ctx, month, day, s)
    start = _safe_date(year, month, day)
    end_month = int(_g(m, "m2")) if _g(m, "m2") else month
    end = _safe_date(year, end_month, int(m.group("d2")))
    if start is None or end is None or end < start:
        return None
    r = _day(start, explicit_year=bool(_g(m, "y")))
    r.date_end = end
    return r


def _r_zh_rel_edge(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    rel = _g(m, "rel")
    offset = {"去": -1, "明": 1, "今": 0}.get(rel, 0)
    year = ctx.published.year + offset
    if not rel and ctx.last_year is not None and ctx.same_paragraph(ctx.last_year_pos, s):
        year = ctx.last_year
    return _edge_of_year(year, _modifier(m.group("mod")) or "END")


def _r_zh_quarter(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    q = _ORDINALS.get(m.group("q"))
    if q is None:
        return None
    year_text = _g(m, "y")
    rel = _g(m, "rel")
    if year_text:
        return _quarter(int(year_text), q, explicit_year=True)
    if rel:
        return _quarter(ctx.published.year + {"去": -1, "明": 1}.get(rel, 0), q)
    year = _year_of_past_quarter(q, ctx, s)
    return _quarter(year, q)


def _r_zh_half(m: re.Match[str], ctx: _Context, s: int, e: int) -> _Resolved | None:
    h = 1 if m.group("h") == "上" else 2
    year_text = _g(m, "y")
    rel = _g(m, "rel")
    if year_text:
        return _half(int(year_text), h, explicit_year=True)
    if rel:
        return _half(ctx.published.year + {"去": -1, "明": 1}.get(rel, 0), h)
    year = ctx.published.year if (h == 1 or ctx.published.month > 6) else ctx.published.year - 1
    if ctx.last_year is not None and ctx.same_paragraph(ctx.last_year_pos, s):
        year = ctx.last_year
    return _half(year, h)


_RULES = {"en": _EN_RULES, "de": _DE_RULES, "zh": _ZH_RULES}

# Words that swallow into a span but are not part of the expression.
_LEADING_TRIM = re.compile(
    r"(?:(?:in|on|at|of|since|by|until|from|to|through|before|after|during|and|year|"
    r"im|am|vom|seit|bis|ab|von|vor|nach|um|in|im Jahre?|des Jahres|den|dem|der|des|das|die)\s+)+",
    re.IGNORECASE,
)
_TRIM_KEEP_RULES = {
    "period_fw",
    "same_day",
    "ago",
    "rel_unit",
    "rel_quarter",
    "quarter",
    "year_edge",
}


def _collect(text: str, language: str) -> list[_Candidate]:
    candidates: list[_Candidate] = []
    for rule in _RULES.get(language, _EN_RULES):
        for m in rule.regex.finditer(text):
            if m.end() > m.start():
                candidates.append(_Candidate(m.start(), m.end(), rule.name, m, rule.priority))
    candidates.sort(key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    chosen: list[_Candidate] = []
    taken = bytearray(len(text) + 1)
    for c in candidates:
        if any(taken[c.start : c.end]):
            continue
        chosen.append(c)
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    chosen.sort(key=lambda c: c.start)
    return chosen


_RULE_INDEX = {lang: {r.name: r for r in rules} for lang, rules in _RULES.items()}
_MAX_TEXT = 2_000_000


def find_dates(
    text: str,
    language: str,
    published: dt.date | dt.datetime,
    *,
    narrative: bool = False,
) -> list[DateMention]:
    """Every temporal expression in `text`, resolved against `published`.

    Offsets in the result point into `text` as given. `narrative=True` anchors year-less and
    relative expressions on the dates the text itself last mentioned (histories, background).
    """
    if language not in _RULES:
        language = "en"
    pub = published.date() if isinstance(published, dt.datetime) else published
    text = text[:_MAX_TEXT]
    norm = normalize(text)
    ntext = norm.text
    ctx = _Context(published=pub, language=language, narrative=narrative, text=ntext)
    ctx.paragraph_breaks = [m.start() for m in re.finditer(r"\n\s*\n", ntext)]
    rules = _RULE_INDEX[language]
    mentions: list[DateMention] = []
    for cand in _collect(ntext, language):
        rule = rules[cand.rule]
        try:
            resolved = rule.resolve(cand.match, ctx, cand.start, cand.end)
        except (ValueError, OverflowError):
            resolved = None
        if resolved is None:
            continue
        start, end = cand.start, cand.end
        if cand.rule not in _TRIM_KEEP_RULES and language != "zh":
            lead = _LEADING_TRIM.match(ntext, start, end)
            if lead and lead.end() < end:
                start = lead.end()
        if not (
            EFFECTIVE_BEFORE.search(ntext, max(0, start - 25), start)
            or EFFECTIVE_AFTER.match(ntext[end : end + 6])
            or (not narrative and _takes_effect(ntext, start, end))
        ):
            _remember(ctx, resolved, start)
        o_start, o_end = norm.original_span(start, end)
        mentions.append(
            DateMention(
                start=o_start,
                end=o_end,
                text=text[o_start:o_end],
                value=resolved.value,
                kind=resolved.kind,
                date=resolved.date,
                date_end=resolved.date_end,
                precision=resolved.precision,
                approximate=resolved.approximate,
                modifier=resolved.modifier,
            )
        )
    return mentions


# "erstmals seit 1998", "the lowest since 2009", "自2018年以来": a year a comparison starts from
_SINCE_BEFORE = re.compile(r"(?:\b(?:seit|since)\b(?:\s+[\w-]+){0,3}\s+|[自从])$", re.IGNORECASE)


# A relative clause ("…, which Microsoft disclosed on March 2", "…, die am 2. März …") or a
# Chinese "had already" ("该部已于9月30日") recalls an earlier day inside a sentence about another.
_RECALLED_EN_DE = re.compile(
    r"^\s*(?:which|that|who|whom|whose|der|die|das|den|dem|deren|dessen|welche[mnrs]?)\b", re.I
)
_RECALLED_ZH = re.compile(r"已于|已在|此前|早在|曾于|曾在")


def _recalled(ctx: _Context, pos: int) -> bool:
    window = ctx.text[max(0, pos - 60) : pos]
    cut = max(window.rfind(c) for c in ",;:，；：")
    if cut < 0:
        return False
    clause = window[cut + 1 :]
    if ctx.language == "zh":
        return _RECALLED_ZH.search(clause) is not None
    return _RECALLED_EN_DE.match(clause) is not None


def _same_sentence(text: str, a: int, b: int) -> bool:
    return 0 <= a < b and _SENTENCE_END.search(text, a, b) is None


_SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)|[。！？]|\n")


def _remember(ctx: _Context, r: _Resolved, pos: int) -> None:
    if r.date is None or r.kind != "date":
        return
    if not ctx.narrative and r.date > ctx.published:
        return  # news report what happened: "hours later" never refers to a coming deadline
    if (
        not ctx.narrative
        and r.precision == "year"
        and _SINCE_BEFORE.search(ctx.text, max(0, pos - 48), pos) is not None
    ):
        return  # a baseline does not set the year the report goes on in
    if r.explicit_year or (ctx.narrative and r.precision in ("day", "month", "year")):
        ctx.last_year = r.date.year
        ctx.last_year_pos = pos
    if r.precision == "day":
        ctx.last_day = r.date
        ctx.last_month = (r.date.year, r.date.month)
        if not (_recalled(ctx, pos) and _same_sentence(ctx.text, ctx.last_main_pos, pos)):
            ctx.last_main_day, ctx.last_main_pos = r.date, pos
    elif r.precision == "month" and not r.value.endswith("_REF"):
        ctx.last_month = (r.date.year, r.date.month)
