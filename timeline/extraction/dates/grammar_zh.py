# ruff: noqa: E501  (grammar and lexicon tables read best one rule per line)
"""Chinese date grammar: the rule table and the rule functions only Chinese uses."""

import datetime as dt
import re

from timeline.extraction.dates.arithmetic import add_months, safe_date
from timeline.extraction.dates.resolution import (
    Context,
    ago,
    nearest_year,
    number_value,
    period,
    relative_unit,
)
from timeline.extraction.dates.rules import (
    Rule,
    group_text,
    modifier_code,
    past_half_year,
    r_deictic,
    r_full_date,
    r_present,
    r_qshort,
    r_vague_recent,
    r_weekday,
    r_weekday_set,
    r_weekend,
    r_year_bare,
    same_day_base,
    year_of_past_quarter,
)
from timeline.extraction.dates.values import (
    Resolved,
    edge_of_year,
    in_half,
    in_month,
    in_quarter,
    in_year,
    on_day,
)
from timeline.extraction.dates.vocabulary import ORDINALS, UNIT_ZH, YEAR_DIGITS


def _r_same_day(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    base = same_day_base(ctx, s)
    text = m.group()
    if text in ("次日", "翌日", "第二天", "隔天"):
        return on_day(base + dt.timedelta(days=1))
    if text in ("前一天", "前一日"):
        return on_day(base - dt.timedelta(days=1))
    return on_day(base)


def _r_day_only(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    day = int(m.group("d"))
    if (
        ctx.last_month is not None
        and (ctx.narrative or ctx.last_day is not None)
        # "须在1月30日前…。美国司法部28日确认": a coming day has brought the text back to the news
        and (ctx.narrative or ctx.month_named == ctx.last_month)
    ):
        year, month = ctx.last_month
    else:
        year, month = ctx.published.year, ctx.published.month
        if day > ctx.published.day + 1:
            prev = add_months(dt.date(year, month, 1), -1)
            year, month = prev.year, prev.month
    d = safe_date(year, month, day)
    return on_day(d) if d else None


def _r_zh_full(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    year_text, month_text, day_text = group_text(m, "y"), group_text(m, "m"), group_text(m, "d")
    rel = group_text(m, "rel")
    mod = group_text(m, "mod")
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
            year = nearest_year(ctx, month, int(day_text) if day_text else None, s)
        if day_text:
            d = safe_date(year, month, int(day_text))
            return on_day(d, explicit_year=explicit) if d else None
        if not 1 <= month <= 12:
            return None
        if mod:
            code = modifier_code(mod)
            r = in_month(year, month, modifier=code, explicit_year=explicit)
            return r
        return in_month(year, month, explicit_year=explicit)
    if year < 0:
        return None
    if mod:
        r = edge_of_year(year, modifier_code(mod))
        r.explicit_year = explicit
        return r
    return in_year(year, explicit_year=explicit)


def _r_zh_rel_unit(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    rel = m.group("rel")
    unit = m.group("unit")
    offset = {"本": 0, "这": 0, "今": 0, "上": -1, "上个": -1, "上一": -1, "下": 1, "下个": 1,
              "下一": 1, "去": -1, "明": 1, "前": -2}.get(rel, 0)  # fmt: skip
    code = {"周": "W", "星期": "W", "礼拜": "W", "月": "M", "年": "Y", "季度": "Q"}.get(unit)
    if code is None:
        return None
    return relative_unit(ctx, code, offset)


def _r_zh_duration(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    n = number_value(m.group("n"), "zh")
    unit = UNIT_ZH.get(m.group("unit"))
    if n is None or unit is None:
        return None
    if unit == "Q":
        return Resolved(value=f"P{3 * n}M" if n >= 0 else "PXM", kind="duration")
    forward = bool(group_text(m, "rel")) or group_text(m, "post") in {"内", "之内", "以内"}
    return period(ctx, n, unit, forward)


def _r_zh_ago(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    n = number_value(m.group("n"), "zh")
    unit = UNIT_ZH.get(m.group("unit"))
    if n is None or unit is None:
        return None
    return ago(ctx, n, unit)


def _r_zh_xun(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    """上旬/中旬/下旬, 月初/月底 of the current or previous month."""
    rel = group_text(m, "rel")
    offset = {"本": 0, "这": 0, "上": -1, "上个": -1, "下": 1, "下个": 1}.get(rel, 0)
    d = add_months(ctx.published.replace(day=1), offset)
    return in_month(d.year, d.month, modifier=modifier_code(m.group("mod")))


def _r_zh_day_range(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    """'5月10日至11日': the first day, with the last as the end."""
    month, day = int(m.group("m")), int(m.group("d"))
    year = int(group_text(m, "y")) if group_text(m, "y") else nearest_year(ctx, month, day, s)
    start = safe_date(year, month, day)
    end_month = int(group_text(m, "m2")) if group_text(m, "m2") else month
    end = safe_date(year, end_month, int(m.group("d2")))
    if start is None or end is None or end < start:
        return None
    r = on_day(start, explicit_year=bool(group_text(m, "y")))
    r.date_end = end
    return r


def _r_zh_rel_edge(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    rel = group_text(m, "rel")
    offset = {"去": -1, "明": 1, "今": 0}.get(rel, 0)
    year = ctx.published.year + offset
    if not rel and ctx.last_year is not None and ctx.same_paragraph(ctx.last_year_pos, s):
        year = ctx.last_year
    return edge_of_year(year, modifier_code(m.group("mod")) or "END")


def _r_zh_quarter(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    q = ORDINALS.get(m.group("q"))
    if q is None:
        return None
    year_text = group_text(m, "y")
    rel = group_text(m, "rel")
    if year_text:
        return in_quarter(int(year_text), q, explicit_year=True)
    if rel:
        return in_quarter(ctx.published.year + {"去": -1, "明": 1}.get(rel, 0), q)
    year = year_of_past_quarter(q, ctx, s)
    return in_quarter(year, q)


def _r_zh_half(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    h = 1 if m.group("h") == "上" else 2
    year_text = group_text(m, "y")
    rel = group_text(m, "rel")
    if year_text:
        return in_half(int(year_text), h, explicit_year=True)
    if rel:
        return in_half(ctx.published.year + {"去": -1, "明": 1}.get(rel, 0), h)
    year = past_half_year(h, ctx.published)
    if ctx.last_year is not None and ctx.same_paragraph(ctx.last_year_pos, s):
        year = ctx.last_year
    return in_half(year, h)


ZH_RULES = [
    Rule("iso", re.compile(r"(?<!\d)(?P<y>" + YEAR_DIGITS + r")-(?P<mnum>0[1-9]|1[0-2])-(?P<d>[0-3]\d)(?!\d)"), r_full_date, 9),
    Rule("day_range", re.compile(r"(?:(?P<y>" + YEAR_DIGITS + r")年)?(?P<m>1[0-2]|0?[1-9])月(?P<d>[0-3]?\d)[日号]?(?:至|到|-|—|–|~)(?:(?P<m2>1[0-2]|0?[1-9])月)?(?P<d2>[0-3]?\d)[日号]"), _r_zh_day_range, 9),
    Rule("ymd", re.compile(r"(?:(?P<y>" + YEAR_DIGITS + r")年|(?P<rel>[去今明前])年)?(?P<m>1[0-2]|0?[1-9])月(?:(?P<d>[0-3]?\d)[日号]|(?P<mod>上旬|中旬|下旬|初|底|末|中))?"), _r_zh_full, 8),
    Rule("year_mod", re.compile(r"(?:(?P<y>" + YEAR_DIGITS + r")年|(?P<rel>[去今明前])年)(?P<mod>年初|年底|年末|年中|初|底|末|中)?(?!\d)"), _r_zh_full, 6),
    Rule("rel_year_mod", re.compile(r"(?P<rel>[去今明])(?P<mod>年初|年底|年末|初|底)"), _r_zh_rel_edge, 6),
    Rule("year_edge", re.compile(r"(?P<mod>年初|年底|年末|年中)"), _r_zh_rel_edge, 3),
    Rule("quarter", re.compile(r"(?:(?P<y>" + YEAR_DIGITS + r")年|(?P<rel>[去今明])年)?第?(?P<q>[一二三四1-4])季度"), _r_zh_quarter, 6),
    Rule("half", re.compile(r"(?:(?P<y>" + YEAR_DIGITS + r")年|(?P<rel>[去今明])年)?(?P<h>[上下])半年"), _r_zh_half, 6),
    Rule("q_short", re.compile(r"(?<![A-Za-z])(?:(?P<y>" + YEAR_DIGITS + r")年?\s*)?Q(?P<q2>[1-4])(?!\d)"), r_qshort, 5),
    Rule("xun", re.compile(r"(?P<rel>本|这|上个?|下个?)?月(?P<mod>初|底|末|中旬|上旬|下旬)"), _r_zh_xun, 4),
    Rule("rel_unit", re.compile(r"(?P<rel>本|这|上个?|下个?|上一|下一)(?P<unit>周|星期|礼拜|季度|月)(?![一二三四五六日天1-7])"), _r_zh_rel_unit, 4),
    Rule("rel_year", re.compile(r"(?P<rel>[去今明前])(?P<unit>年)(?!\d)"), _r_zh_rel_unit, 3),
    Rule("weekday_set", re.compile(r"每(?:周|星期|个星期|逢周)(?P<wd>[一二三四五六日天1-7])"), r_weekday_set, 6),
    Rule("weekday", re.compile(r"(?:(?P<rel>本|这|上|下)(?:周|星期|礼拜)|周|星期|礼拜)(?P<wd>[一二三四五六日天1-7])"), r_weekday, 5),
    Rule("deictic", re.compile(r"(?P<w>今天|今日|昨天|昨日|明天|明日|前天|后天)"), r_deictic, 4),
    Rule("same_day", re.compile(r"同一天|同日|同天|同一时间|当天|当日|当晚|次日|翌日|第二天|隔天|前一天|前一日|(?:数|几|[一两二三四五六七八九十]{1,2}|\d{1,2})个?小时(?:后|之后|前|之前)"), _r_same_day, 5),
    Rule("as_of_today", re.compile(r"即日起|即日"), lambda m, c, s, e: on_day(c.published), 6),
    Rule("weekend", re.compile(r"(?P<rel>上|本|这|下)?(?:个)?周末"), r_weekend, 4),
    Rule("day_only", re.compile(r"(?:当地时间|本月|北京时间)?(?<![\d年月.第])(?P<d>[1-9]|[12]\d|3[01])(?:日|号(?!令|公告|文件))(?!本|元|圆|报|经|产|用|语|文|记|志|前|后|起)"), _r_day_only, 3),
    Rule("recent", re.compile(r"近日|日前|近期|最近|不久前|前不久|此前不久"), r_vague_recent, 1),
    Rule("present", re.compile(r"目前|当前|现在|眼下|如今"), r_present, 1),
    Rule("ago", re.compile(r"(?P<n>\d{1,3}|[一二两三四五六七八九十几数]{1,3})(?P<unit>天|个月|年|周)前"), _r_zh_ago, 6),
    Rule("period", re.compile(r"(?P<rel>未来|今后|接下来的?|此后)?(?P<n>\d{1,3}|[一二两三四五六七八九十几数]{1,3})(?P<unit>天|个月|年|周|个季度|小时)(?P<post>内|之内|以内|来|间|里)?"), lambda m, c, s, e: _r_zh_duration(m, c, s, e) if (group_text(m, "rel") or group_text(m, "post") or m.group("unit") != "年") else None, 2),
    Rule("year", re.compile(r"(?<![\d.,])(?P<y>" + YEAR_DIGITS + r")(?=年)"), r_year_bare, 2),
]  # fmt: skip
