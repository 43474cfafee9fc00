# ruff: noqa: E501  (long patterns read best on one line each)
"""Resolving against the text: the context a pass through the text carries (publication date,
the year, month and day last mentioned) and the functions that read it, such as the nearest year
for a year-less date, a weekday by tense, plans and future clauses, relative units and periods.
"""

import datetime as dt
import re
from dataclasses import dataclass, field

from timeline.extraction.dates.arithmetic import add_months, safe_date, shift_date
from timeline.extraction.dates.values import (
    Resolved,
    duration_value,
    in_month,
    in_quarter,
    in_week,
    in_year,
    on_day,
)
from timeline.extraction.dates.vocabulary import (
    NUMBERS_DE,
    NUMBERS_EN,
    NUMBERS_ZH,
    UNIT_DE,
    UNIT_EN,
    UNIT_ZH,
)

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

_STARTING_RE = re.compile(
    r"(?:\b(?:from|starting|beginning|effective|ab|bis|until|by)\s+(?:(?:on|am|dem|kommenden)\s+)?$)|"
    r"(?:[自从]$)",
    re.IGNORECASE,
)


# The week up to publication, whose days are the news.
NEWS_WEEK = dt.timedelta(days=7)


@dataclass
class Context:
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
    # the month of the last day or month the text names, a coming one included ("须在1月30日前")
    month_named: tuple[int, int] | None = None
    # the first day in the week up to publication that the text names: the day of the news
    news_day: dt.date | None = None
    paragraph_breaks: list[int] = field(default_factory=list)

    def same_paragraph(self, a: int, b: int) -> bool:
        lo, hi = min(a, b), max(a, b)
        return not any(lo <= p < hi for p in self.paragraph_breaks)


def nearest_year(ctx: Context, month: int, day: int | None, pos: int) -> int:
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
        candidate = safe_date(year, month, day or 15)
        if candidate is None:
            continue
        distance = abs((candidate - pub).days)
        if best_distance is None or distance < best_distance:
            best_year, best_distance = year, distance
    ahead = safe_date(best_year, month, day or 1)
    if (
        not ctx.narrative
        and ahead is not None
        and ahead > pub + dt.timedelta(days=_PAST_TENSE_SLACK)
        and _PAST_VERB.get(ctx.language, _NEVER).search(_clause(ctx.text, pos))
        and not is_future(ctx, pos, pos)
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


def _planned_ahead(ctx: Context, pos: int) -> bool:
    """Whether a news clause plans something ("Für Juli ist ein Gipfeltreffen geplant"), which a
    year named earlier in the paragraph for past events does not date."""
    if ctx.last_year is None or ctx.last_year >= ctx.published.year:
        return False
    regex = {"de": _FUTURE_DE, "zh": _FUTURE_ZH}.get(ctx.language, _FUTURE_EN)
    return regex.search(_clause(ctx.text, pos, _PLAN_REACH)) is not None


def is_future(ctx: Context, start: int, end: int) -> bool:
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


def resolve_weekday(ctx: Context, weekday: int, start: int, end: int, shift: str = "") -> Resolved:
    anchor = ctx.published
    if ctx.narrative and ctx.last_day is not None:
        anchor = ctx.last_day
    monday = anchor - dt.timedelta(days=anchor.weekday())
    if shift == "this":
        return on_day(monday + dt.timedelta(days=weekday))
    if shift == "last":
        return on_day(monday - dt.timedelta(days=7 - weekday))
    if shift == "next":
        return on_day(monday + dt.timedelta(days=7 + weekday))
    delta = (anchor.weekday() - weekday) % 7
    starting = _STARTING_RE.search(ctx.text, max(0, start - 12), start) is not None
    if (starting or is_future(ctx, start, end)) and delta != 0:
        return on_day(anchor + dt.timedelta(days=7 - delta))
    return on_day(anchor - dt.timedelta(days=delta))


def number_value(word: str, language: str) -> int | None:
    word = word.strip().lower()
    if word.isdigit():
        return int(word)
    table = {"de": NUMBERS_DE, "zh": NUMBERS_ZH}.get(language, NUMBERS_EN)
    if word in table:
        return table[word]
    if language == "zh":
        from timeline.extraction.text import chinese_numeral_value

        return chinese_numeral_value(word)
    return None


def unit_code(word: str, language: str) -> str | None:
    w = word.lower()
    if language == "zh":
        return UNIT_ZH.get(w)
    if language == "de":
        for stem, code in UNIT_DE.items():
            if w.startswith(stem) or (stem == "jahr" and w.startswith("jähr")):
                return code
        return None
    w = w.rstrip("s").rstrip("'")
    if w.endswith("-"):
        w = w[:-1]
    return UNIT_EN.get(w)


def relative_unit(ctx: Context, unit: str, offset: int, approximate: bool = False) -> Resolved:
    base = ctx.published
    if unit == "D":
        return on_day(base + dt.timedelta(days=offset), approximate=approximate)
    if unit == "W":
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=offset)
        return in_week(monday)
    if unit == "M":
        d = add_months(base.replace(day=1), offset)
        return in_month(d.year, d.month, approximate=approximate)
    if unit == "Q":
        q0 = (base.month - 1) // 3 + offset
        year = base.year + q0 // 4
        return in_quarter(year, q0 % 4 + 1, approximate=approximate)
    if unit == "DE":
        decade = base.year // 10 + offset
        return Resolved(
            value=f"{decade:03d}",
            date=dt.date(max(decade * 10, 1), 1, 1),
            date_end=dt.date(decade * 10 + 9, 12, 31),
            precision="year",
            approximate=approximate,
        )
    return in_year(base.year + offset, approximate=approximate)


def ago(ctx: Context, n: int, unit: str) -> Resolved:
    base = ctx.published
    if n < 0:
        return Resolved(value="PAST_REF", date=None, approximate=True)
    if unit in ("D",):
        return on_day(base - dt.timedelta(days=n))
    if unit == "W":
        return relative_unit(ctx, "W", -n)
    if unit == "M":
        d = add_months(base.replace(day=1), -n)
        return in_month(d.year, d.month)
    if unit == "DE":
        return in_year(base.year - 10 * n, approximate=True)
    return in_year(base.year - n)


def period(ctx: Context, n: int, unit: str, forward: bool) -> Resolved:
    value = duration_value(n, unit)
    if n < 0 or unit in ("H", "MIN", "CE"):
        return Resolved(value=value, kind="duration")
    pub = ctx.published
    if forward:
        end = shift_date(pub, unit, n) - dt.timedelta(days=1)
        return Resolved(value=value, kind="duration", date=pub, date_end=end, precision="day")
    return Resolved(value=value, kind="duration")


# "erstmals seit 1998", "the lowest since 2009", "自2018年以来": a year a comparison starts from
_SINCE_BEFORE = re.compile(r"(?:\b(?:seit|since)\b(?:\s+[\w-]+){0,3}\s+|[自从])$", re.IGNORECASE)


# A relative clause ("…, which Microsoft disclosed on March 2", "…, die am 2. März …") or a
# Chinese "had already" ("该部已于9月30日") recalls an earlier day inside a sentence about another.
_RECALLED_EN_DE = re.compile(
    r"^\s*(?:which|that|who|whom|whose|der|die|das|den|dem|deren|dessen|welche[mnrs]?)\b", re.I
)
_RECALLED_ZH = re.compile(r"已于|已在|此前|早在|曾于|曾在")


def _recalled(ctx: Context, pos: int) -> bool:
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


def note_month(ctx: Context, r: Resolved) -> None:
    """Note the month of a day or month the text names, whether or not it becomes context."""
    if r.date is not None and r.precision in ("day", "month") and not r.value.endswith("_REF"):
        ctx.month_named = (r.date.year, r.date.month)


def remember(ctx: Context, r: Resolved, pos: int) -> None:
    if r.date is None or r.kind != "date":
        return
    if (
        ctx.news_day is None
        and r.precision == "day"
        and dt.timedelta(0) <= ctx.published - r.date <= NEWS_WEEK
    ):
        ctx.news_day = r.date
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
