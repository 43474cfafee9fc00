# ruff: noqa: E501  (grammar and lexicon tables read best one rule per line)
"""English date grammar: the rule table and the rule functions only English uses."""

import datetime as dt
import re

from timeline.extraction.dates.arithmetic import month_end, safe_date
from timeline.extraction.dates.resolution import Context, relative_unit, unit_code
from timeline.extraction.dates.rules import (
    Rule,
    group_text,
    modifier_code,
    past_half_year,
    r_ago,
    r_century,
    r_decade,
    r_deictic,
    r_duration,
    r_full_date,
    r_future,
    r_hshort,
    r_later,
    r_month,
    r_month_day,
    r_month_rel_year,
    r_month_year,
    r_present,
    r_qshort,
    r_season,
    r_vague_recent,
    r_weekday,
    r_weekday_range,
    r_weekday_set,
    r_weekend,
    r_year,
    r_year_bare,
    rel_offset,
    same_day_base,
    year_of_past_quarter,
)
from timeline.extraction.dates.values import (
    Resolved,
    edge_of_year,
    in_half,
    in_quarter,
    in_year,
    on_day,
)
from timeline.extraction.dates.vocabulary import (
    MONTH_WORDS_EN,
    MONTHS_EN,
    NUMBER_WORDS_EN,
    ORDINALS,
    WEEKDAY_WORDS_EN,
    YEAR_DIGITS,
)

_I = re.IGNORECASE
_EN_MOD = r"(?:(?P<mod>early|mid|middle of|late|the end of|end of|the beginning of|beginning of|the start of|start of)[\s-]+)?"


def _r_numeric_us(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    month, day, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if year < 100:
        year += 2000 if year < 50 else 1900
    d = safe_date(year, month, day)
    return on_day(d, explicit_year=True) if d else None


def _r_year_rel_edge(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    rel = group_text(m, "rel").lower()
    year = ctx.published.year + (rel_offset(rel, ctx.language) if rel else 0)
    if not rel and ctx.narrative and ctx.last_year is not None:
        year = ctx.last_year
    return edge_of_year(year, modifier_code(group_text(m, "mod")) or "END")


def _r_fiscal(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    year = int(m.group("y"))
    if year < 100:
        year += 2000
    r = in_year(year, explicit_year=True)
    r.approximate = True
    return r


def _r_fiscal_rel(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    r = in_year(ctx.published.year + rel_offset(group_text(m, "rel"), ctx.language))
    r.approximate = True
    return r


def _r_past(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    return Resolved(value="PAST_REF", date=None, approximate=True)


def _r_quarter_en(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    rel2 = group_text(m, "rel2")
    if rel2 and not group_text(m, "rel"):
        year = ctx.published.year + rel_offset(rel2, "en")
        q = ORDINALS.get(group_text(m, "q").lower(), 1)
        if group_text(m, "half"):
            return (
                in_half(year, 1 if q == 1 else 2)
                if group_text(m, "half") == "half"
                else in_quarter(year, q)
            )
    if group_text(m, "half").lower() == "half":
        return _r_half_from_quarter(m, ctx)
    return _r_quarter_plain(m, ctx)


def _r_half_from_quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    q = ORDINALS.get(group_text(m, "q").lower(), 1)
    h = 1 if q == 1 else 2
    year_text = group_text(m, "y")
    if year_text:
        return in_half(int(year_text), h, explicit_year=True)
    rel = group_text(m, "rel")
    if rel:
        return in_half(ctx.published.year + rel_offset(rel, ctx.language), h)
    year = past_half_year(h, ctx.published)
    if ctx.narrative and ctx.last_year is not None:
        year = ctx.last_year
    return in_half(year, h)


_FISCAL_BEFORE = re.compile(r"\bfiscal\s+$", re.IGNORECASE)
_ENDED_AFTER = re.compile(
    r",?\s+(?:which|that)\s+(?:ended|closed)\s+(?:in|on|at the end of)\s+(?P<mon>"
    + "|".join(name for name in MONTHS_EN if len(name) > 3 or name == "may")
    + r")\b",
    re.IGNORECASE,
)


def _r_quarter_plain(m: re.Match[str], ctx: Context) -> Resolved | None:
    q = ORDINALS.get(group_text(m, "q").lower())
    if q is None:
        return None
    year_text = group_text(m, "y")
    if year_text:
        return in_quarter(int(year_text), q, explicit_year=True)
    rel = group_text(m, "rel")
    if rel:
        return in_quarter(ctx.published.year + rel_offset(rel, ctx.language), q)
    if _FISCAL_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return _fiscal_quarter(m, ctx, q)
    return in_quarter(year_of_past_quarter(q, ctx, m.start()), q)


def _fiscal_quarter(m: re.Match[str], ctx: Context, q: int) -> Resolved:
    """A company's fiscal quarter is not the calendar one of that number: "its fiscal second
    quarter, which ended in March" is the calendar quarter that ended in March; without the month
    it stays the numbered quarter, marked approximate."""
    ended = _ENDED_AFTER.match(m.string, m.end())
    if ended is None:
        return in_quarter(year_of_past_quarter(q, ctx, m.start()), q, approximate=True)
    month = MONTHS_EN[ended.group("mon").lower()]
    year = ctx.published.year
    if dt.date(year, month, 1) > ctx.published:
        year -= 1
    return in_quarter(year, (month - 1) // 3 + 1)


def _r_rel_unit_en(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    mod_word = group_text(m, "mod").lower()
    rel = group_text(m, "rel").lower()
    unit = unit_code(group_text(m, "unit"), "en")
    if unit is None:
        return None
    offset = 0 if rel in {"this", "current"} else rel_offset(rel, "en")
    if mod_word in {"earlier", "later"}:
        r = relative_unit(ctx, unit, offset)
        r.modifier = "BEFORE" if mod_word == "earlier" else "AFTER"
        r.approximate = True
        return r
    mod = modifier_code(mod_word)
    if mod and unit == "Y":
        r = edge_of_year(ctx.published.year + offset, mod)
        return r
    r = relative_unit(ctx, unit, offset)
    r.modifier = mod
    return r


def _r_month_quarter(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    """ "the December quarter": the calendar quarter ending that month; without a year, the
    last one that ended before publication."""
    month = MONTHS_EN[group_text(m, "mon").lower()]
    q = month // 3
    if group_text(m, "y"):
        return in_quarter(int(group_text(m, "y")), q, explicit_year=True)
    year = ctx.published.year
    if month_end(year, month) > ctx.published:
        year -= 1
    return in_quarter(year, q)


def _r_same_day_en(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    text = m.group().lower()
    base = same_day_base(ctx, s)
    if "before" in text:
        return on_day(base - dt.timedelta(days=1))
    if "following" in text or "next" in text:
        return on_day(base + dt.timedelta(days=1))
    return on_day(base)


EN_RULES = [
    Rule("iso", re.compile(r"\b(?P<y>" + YEAR_DIGITS + r")-(?P<mnum>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b"), r_full_date, 9),
    Rule("mdy", re.compile(r"\b(?:(?:" + WEEKDAY_WORDS_EN + r"),?\s+)?(?P<mon>" + MONTH_WORDS_EN + r")\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>" + YEAR_DIGITS + r")\b", _I), r_full_date, 8),
    Rule("dmy", re.compile(r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>" + MONTH_WORDS_EN + r")\.?,?\s+(?P<y>" + YEAR_DIGITS + r")\b", _I), r_full_date, 8),
    Rule("us_numeric", re.compile(r"(?<![\d/.])(?P<a>1[0-2]|0?[1-9])/(?P<b>[12]\d|3[01]|0?[1-9])/(?P<y>\d{4}|\d{2})(?![\d/])"), _r_numeric_us, 7),
    Rule("md", re.compile(r"\b" + _EN_MOD + r"(?:(?:" + WEEKDAY_WORDS_EN + r"),?\s+)?(?P<mon>(?=[A-Z])(?:" + MONTH_WORDS_EN + r"))\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,.]\d|\s*(?:%|percent|per\b|billion|million))\b", _I), r_month_day, 6),
    Rule("dm", re.compile(r"\b(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+of\s+(?P<mon>" + MONTH_WORDS_EN + r")\b", _I), r_month_day, 6),
    Rule("my", re.compile(r"\b" + _EN_MOD + r"(?P<mon>(?=[A-Z])(?:" + MONTH_WORDS_EN + r"))\.?,?\s+(?:of\s+)?(?P<y>" + YEAR_DIGITS + r")\b", _I), r_month_year, 6),
    Rule("month_rel", re.compile(r"\b" + _EN_MOD + r"(?:(?P<rel>last|next|this|past)\s+)?(?P<mon>(?=[A-Z])(?:january|february|march|april|june|july|august|september|october|november|december))\b(?!\s+\d)", _I), r_month, 3),
    Rule("may", re.compile(r"(?:\b(?P<rel>last|next|this)\s+|(?<=\bin )|(?<=\bsince )|(?<=\buntil )|(?<=\bby )|(?<=\bof )|(?<=\bearly )|(?<=\blate )|(?<=\bmid-)|(?<=\bmid ))(?P<mon>May)\b(?!\s+\d)"), r_month, 3),
    Rule("month_quarter", re.compile(r"\b(?:(?:January|April|July|October)[-–](?=\w+[\s-]+(?:\d{4}[\s-]+)?quarter))?(?P<mon>March|June|September|December)(?:[\s-]+(?P<y>" + YEAR_DIGITS + r"))?[\s-]+quarter\b"), _r_month_quarter, 6),
    Rule("quarter", re.compile(r"\b(?:the\s+)?(?:(?P<rel>last|this|next|current|previous|past)\s+year'?s\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?P<half>half|quarter)(?:\s+(?:of\s+)?(?:(?P<y>" + YEAR_DIGITS + r")|(?P<rel2>last|this|next)\s+year))?\b", _I), _r_quarter_en, 5),
    Rule("q_short", re.compile(r"\b(?:(?P<q>[1-4])Q|Q(?P<q2>[1-4]))(?:[\s']*(?P<y>" + YEAR_DIGITS + r"|\d{2}))?\b"), r_qshort, 5),
    Rule("h_short", re.compile(r"\b(?:(?P<h>[12])H|H(?P<h2>[12])(?!\d))(?:[\s']*(?P<y>" + YEAR_DIGITS + r"|\d{2}))?\b"), r_hshort, 5),
    Rule("month_rel_year", re.compile(r"\b" + _EN_MOD + r"(?P<mon>(?=[A-Z])(?:" + MONTH_WORDS_EN + r"))\.?,?\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year\b", _I), r_month_rel_year, 7),
    Rule("fiscal", re.compile(r"\b(?:fiscal(?:\s+year)?|FY)\s?'?(?P<y>" + YEAR_DIGITS + r"|\d{2})\b"), _r_fiscal, 5),
    Rule("fiscal_rel", re.compile(r"\b(?P<rel>this|last|next|the current|the previous)\s+fiscal\s+year\b", _I), _r_fiscal_rel, 5),
    Rule("decade", re.compile(r"\b" + _EN_MOD + r"(?:the\s+)?(?P<y>1[0-9]\d0|20\d0)'?s\b", _I), r_decade, 5),
    Rule("century", re.compile(r"\b(?:the\s+)?(?P<c>\d{1,2})(?:st|nd|rd|th)[\s-]+century\b", _I), r_century, 5),
    Rule("season", re.compile(r"\b(?:(?P<rel>last|this|next|past)\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<y>" + YEAR_DIGITS + r"))?\b", _I), lambda m, c, s, e: r_season(m, c, s, e) if (group_text(m, "rel") or group_text(m, "y")) else None, 4),
    Rule("year_mod", re.compile(r"\b(?P<mod>early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of)[\s-]+(?P<y>" + YEAR_DIGITS + r")\b", _I), r_year, 5),
    Rule("rel_unit", re.compile(r"\b(?:(?P<mod>early|late|earlier|later|mid|the end of|end of)[\s-]+)?(?:the\s+)?(?P<rel>this|last|next|past|previous|coming|current)\s+(?P<unit>week|month|year|quarter|(?<!past )decade)\b(?!\s*'s\s+(?:first|second|third|fourth))", _I), _r_rel_unit_en, 4),
    Rule("ago", re.compile(r"\b(?P<n>" + NUMBER_WORDS_EN + r"|a|an)\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+ago\b", _I), r_ago, 6),
    Rule("period_fw", re.compile(r"\b(?:(?:over|in|during|for|within)\s+)?the\s+(?P<rel>next|coming|following|past|last|previous)\s+(?P<n>" + NUMBER_WORDS_EN + r")\s+(?P<unit>days|weeks|months|years|decades|quarters)\b", _I), r_duration, 5),
    Rule("duration", re.compile(r"\b(?P<n>" + NUMBER_WORDS_EN + r"|a|an)[\s-]+(?P<unit>days?|weeks?|months?|years?|decades?|quarters?|hours?|minutes?)(?:'|\s+long)?(?![\w-])(?!\s+(?:ago|old))", _I), r_duration, 2),
    Rule("weekday", re.compile(r"\b(?:(?P<rel>last|next|this|coming|that)\s+)?(?P<wd>(?=[A-Z])(?:" + WEEKDAY_WORDS_EN + r"))(?:\s+(?P<pod>morning|afternoon|evening|night))?(?:\s+of\s+(?P<rel2>last|this|next)\s+week)?\b(?!\s+(?:[A-Z][a-z]+\s+)?(?:" + MONTH_WORDS_EN + r")\b)", _I), r_weekday, 4),
    Rule("deictic", re.compile(r"\b(?P<w>today|tonight|yesterday|tomorrow)\b", _I), r_deictic, 4),
    Rule("weekday_set", re.compile(r"\b(?:every|each)\s+(?P<wd>(?=[A-Z])(?:" + WEEKDAY_WORDS_EN + r"))\b", _I), r_weekday_set, 6),
    Rule("weekday_range", re.compile(r"\b(?P<wd>(?=[A-Z])(?:" + WEEKDAY_WORDS_EN + r"))\s+(?:and|to|through|-|–)\s+(?P<wd2>(?=[A-Z])(?:" + WEEKDAY_WORDS_EN + r"))\b", _I), r_weekday_range, 5),
    Rule("weekend", re.compile(r"\b(?:over|at|during|on)\s+the\s+weekend\b|\b(?P<rel>last|this|next|past)\s+weekend\b", _I), r_weekend, 4),
    Rule("present", re.compile(r"\b(?:now|currently|at present|at the moment|nowadays)\b", _I), r_present, 1),
    Rule("recent", re.compile(r"\b(?:recently|lately|in recent (?:days|weeks)|earlier this (?:week|month))\b", _I), r_vague_recent, 1),
    Rule("past_ref", re.compile(r"\b(?:in the past|at the time)\b", _I), _r_past, 1),
    Rule("future_ref", re.compile(r"\b(?:in the future|in the coming (?:days|weeks|months|years))\b", _I), r_future, 1),
    Rule("later", re.compile(r"\b(?P<n>" + NUMBER_WORDS_EN + r"|a|an)\s+(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>later|earlier|before|after)\b(?!\s+(?:than|the|a|his|her|its|their))", _I), r_later, 6),
    Rule("same_day", re.compile(r"\b(?:(?:earlier|later) (?:in the day|that day)|that (?:morning|afternoon|evening|night)|the same day|that day|the day before|the following day|the next day|(?:hours|minutes|moments) (?:later|earlier))\b", _I), _r_same_day_en, 3),
    Rule("year_range_end", re.compile(r"(?<=\d{4}[-–])(?P<y>1[6-9]\d\d|20\d\d)\b"), r_year_bare, 2),
    Rule("end_of_year", re.compile(r"\b(?:the\s+)?(?P<mod>end|beginning|start|middle)\s+of\s+(?:the\s+)?year\b", _I), _r_year_rel_edge, 3),
    Rule("year", re.compile(r"(?<![\w$€£¥.,/:#-])(?:(?:in|of|since|by|until|from|to|through|before|after|during|year|and)\s+)?(?P<y>1[6-9]\d\d|20\d\d)(?![\w%/]|[.,:]\d|\s*(?:%|percent|people|troops|soldiers|units|employees|workers|jobs|tonnes|tons|km|miles|dollars|euros|yuan|points|cars|vehicles|companies|firms|chips)\b)", _I), r_year_bare, 2),
]  # fmt: skip
