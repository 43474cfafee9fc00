# ruff: noqa: E501  (grammar and lexicon tables read best one rule per line)
"""German date grammar: the rule table and the rule functions only German uses."""

import datetime as dt
import re

from timeline.extraction.dates.arithmetic import add_months, safe_date, shift_date
from timeline.extraction.dates.resolution import (
    Context,
    nearest_year,
    number_value,
    relative_unit,
    unit_code,
)
from timeline.extraction.dates.rules import (
    Rule,
    full_year,
    group_text,
    modifier_code,
    month_number,
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
    in_month,
    in_quarter,
    in_year,
    on_day,
)
from timeline.extraction.dates.vocabulary import (
    MONTH_WORDS_DE,
    NUMBER_WORDS_DE,
    ORDINALS,
    YEAR_DIGITS,
)

_I = re.IGNORECASE

_DE_MOD = r"(?:(?P<mod>Anfang|Mitte|Ende|Beginn|Anfang bis Mitte|zu Beginn|Ausgang)\s+(?:des\s+|der\s+)?)?"
_DE_REL = r"(?P<rel>vergangene[nmrs]?|letzte[nmrs]?|vorige[nmrs]?|abgelaufene[nmrs]?|diese[nmrs]?|laufende[nmrs]?|kommende[nmrs]?|nächste[nmrs]?|folgende[nmrs]?|zurückliegende[nmrs]?|selbe[nmrs]?|gleiche[nmrs]?|jetzige[nmrs]?)"


def _r_quarter_de(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    q = ORDINALS.get(group_text(m, "q").lower())
    if q is None:
        return None
    kind = group_text(m, "half").lower()
    year_text = group_text(m, "y")
    rel = group_text(m, "rel")
    if year_text:
        year = int(year_text)
    elif rel:
        year = ctx.published.year + rel_offset(rel, "de")
    else:
        year = -1
    if kind.startswith(("halbjahr", "jahreshälfte")):
        h = 1 if q == 1 else 2
        if year < 0:
            year = past_half_year(h, ctx.published)
            if ctx.last_year is not None and ctx.same_paragraph(ctx.last_year_pos, s):
                year = ctx.last_year
        return in_half(year, h, explicit_year=bool(year_text))
    if year < 0:
        year = year_of_past_quarter(q, ctx, s)
    return in_quarter(year, q, explicit_year=bool(year_text))


def _r_fiscal_de(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    text = m.group("y").split("/")[0]
    year = full_year(text)
    r = in_year(year, explicit_year=True)
    r.approximate = True
    return r


def _r_year_edge_de(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    text = m.group()
    mod = modifier_code(
        group_text(m, "mod") or group_text(m, "mod2").replace("Jahres", "").replace("ende", "ende")
    )
    mod2 = group_text(m, "mod2").lower()
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
    return edge_of_year(year, mod or "END")


def _r_rel_unit_de(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    rel = group_text(m, "rel").lower()
    unit_word = group_text(m, "unit").lower()
    if rel.startswith(("selbe", "gleiche")):
        if ctx.narrative and ctx.last_year is not None and unit_word.startswith("jahr"):
            return in_year(ctx.last_year)
        return None
    offset = rel_offset(rel, "de")
    if unit_word.startswith("halbjahr"):
        h = 1 if ctx.published.month <= 6 else 2
        idx = ctx.published.year * 2 + h - 1 + offset
        return in_half(idx // 2, idx % 2 + 1)
    if unit_word.startswith("geschäftsjahr"):
        r = in_year(ctx.published.year + offset)
        r.approximate = True
        return r
    unit = unit_code(unit_word, "de")
    if unit is None:
        return None
    if ctx.narrative and ctx.last_year is not None and unit == "Y":
        return in_year(ctx.last_year + offset)
    mod = modifier_code(group_text(m, "mod"))
    if mod and unit == "Y":
        return edge_of_year(ctx.published.year + offset, mod)
    r = relative_unit(ctx, unit, offset)
    r.modifier = mod
    return r


def _r_bc_year(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    return Resolved(value=f"BC{int(m.group('y')):04d}", date=None)


def _r_bc_century(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    return Resolved(value=f"BC{int(m.group('c')) - 1:02d}", date=None)


def _r_day_range_start(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    month = month_number(group_text(m, "mon"))
    if not month:
        return None
    day = int(m.group("d"))
    year = int(group_text(m, "y")) if group_text(m, "y") else nearest_year(ctx, month, day, s)
    d = safe_date(year, month, day)
    return on_day(d, explicit_year=bool(group_text(m, "y"))) if d else None


def _r_short_year(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    return in_year(int(m.group("c")) * 100 + int(m.group("yy")), explicit_year=True)


def _r_same_unit_de(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    text = m.group().lower()
    year = ctx.last_year if ctx.last_year is not None else ctx.published.year
    if "monat" in text:
        if ctx.last_month is None:
            return None
        offset = -1 if "vormonat" in text else 1 if "folgemonat" in text else 0
        d = add_months(dt.date(*ctx.last_month, 1), offset)
        return in_month(d.year, d.month)
    if "vorjahr" in text:
        return in_year(year - 1)
    if "folgejahr" in text or "darauf" in text:
        return in_year(year + 1)
    return in_year(year)


def _r_after_n(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    if not ctx.narrative or ctx.last_day is None:
        return None
    n = number_value(m.group("n"), ctx.language)
    unit = unit_code(m.group("unit"), ctx.language)
    if n is None or n < 0 or unit is None:
        return None
    shifted = shift_date(ctx.last_day, unit, n)
    if unit in ("D", "W"):
        return on_day(shifted)
    if unit == "M":
        return in_month(shifted.year, shifted.month)
    return in_year(shifted.year)


def _r_clock(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    if ctx.last_day is None:
        return None
    minutes = group_text(m, "mi")
    clock = f"{int(m.group('h')):02d}:{minutes or '00'}"
    return Resolved(value=f"{ctx.last_day.isoformat()}T{clock}", kind="time", date=ctx.last_day)


def _r_same_day_de(m: re.Match[str], ctx: Context, s: int, e: int) -> Resolved | None:
    text = m.group().lower()
    base = same_day_base(ctx, s)
    if "vortag" in text:
        return on_day(base - dt.timedelta(days=1))
    if "folgend" in text or "nächsten" in text or "darauf" in text:
        return on_day(base + dt.timedelta(days=1))
    return on_day(base)


DE_RULES = [
    Rule("iso", re.compile(r"\b(?P<y>" + YEAR_DIGITS + r")-(?P<mnum>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b"), r_full_date, 9),
    Rule("dmy_num", re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.\s?(?P<mnum>0?[1-9]|1[0-2])\.\s?(?P<y>" + YEAR_DIGITS + r")\b"), r_full_date, 8),
    Rule("dmy", re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.\s*(?P<mon>" + MONTH_WORDS_DE + r")\.?\s+(?P<y>" + YEAR_DIGITS + r")\b", _I), r_full_date, 8),
    Rule("dm", re.compile(r"(?<![\d.,])" + _DE_MOD + r"(?P<d>[0-3]?\d)\.\s*(?P<mon>" + MONTH_WORDS_DE + r")\b\.?(?!\s*\d)", _I), r_month_day, 6),
    Rule("dm_num", re.compile(r"(?<![\d.,])(?:(?<=am )|(?<=vom )|(?<=zum )|(?<=bis )|(?<=ab ))(?P<d>[0-3]?\d)\.(?P<mnum>0?[1-9]|1[0-2])\.(?!\d)"), r_month_day, 5),
    Rule("my", re.compile(r"\b" + _DE_MOD + r"(?P<mon>" + MONTH_WORDS_DE + r")\.?\s+(?P<y>" + YEAR_DIGITS + r")\b", _I), r_month_year, 6),
    Rule("month", re.compile(r"\b" + _DE_MOD + r"(?:(?:im|des|den|dem)\s+)?(?:" + _DE_REL + r"\s+)?(?P<mon>Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b(?!\s+\d)"), r_month, 3),
    Rule("quarter", re.compile(r"\b(?:(?:im|das|des|dem|ersten)\s+)?(?:(?P<q>erste[ns]?|zweite[ns]?|dritte[ns]?|vierte[ns]?|[1-4]\.)\s*(?P<half>Halbjahr|Jahreshälfte|Quartal|Vierteljahr)[a-z]*)(?:\s+(?:des\s+Jahres\s+|des\s+Geschäftsjahres\s+)?(?:(?P<y>" + YEAR_DIGITS + r")|(?P<rel>diese[ns]|vergangene[ns]|letzte[ns]|kommende[ns]|nächste[ns])\s+Jahres))?", _I), _r_quarter_de, 5),
    Rule("q_short", re.compile(r"\b(?:(?P<q>[1-4])Q|Q(?P<q2>[1-4]))(?:[\s/']*(?P<y>" + YEAR_DIGITS + r"|\d{2}))?\b"), r_qshort, 5),
    Rule("h_short", re.compile(r"\b(?:(?P<h>[12])H|H(?P<h2>[12])(?!\d))(?:[\s/']*(?P<y>" + YEAR_DIGITS + r"|\d{2}))?\b"), r_hshort, 5),
    Rule("month_rel_year", re.compile(r"\b" + _DE_MOD + r"(?:(?:im|des|den|dem)\s+)?(?P<mon>Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\s+(?P<yrel>vergangenen|letzten|vorigen|dieses|diesen|kommenden|nächsten)\s+Jahres\b"), r_month_rel_year, 7),
    Rule("rel_quarter", re.compile(r"\b(?:(?:im|das|des|dem)\s+)?" + _DE_REL + r"\s+(?P<unit>Quartal|Halbjahr|Geschäftsjahr)s?\b", _I), _r_rel_unit_de, 5),
    Rule("fiscal", re.compile(r"\b(?:Geschäftsjahr(?:es)?|GJ|Fiskaljahr(?:es)?|FY)\s?(?P<y>" + YEAR_DIGITS + r"(?:/\d{2,4})?|\d{2})\b"), _r_fiscal_de, 5),
    Rule("decade", re.compile(r"\b" + _DE_MOD + r"(?:der\s+|den\s+)?(?P<y>1[0-9]\d0|20\d0)er(?:\s*Jahre[n]?)?\b", _I), r_decade, 5),
    Rule("century", re.compile(r"\b" + _DE_MOD + r"(?:des\s+|im\s+|dem\s+)?(?P<c>\d{1,2})\.\s*(?:Jahrhunderts?|Jh\.)", _I), r_century, 5),
    Rule("season", re.compile(r"\b(?:(?:im|des)\s+)?(?:" + _DE_REL + r"\s+)?(?P<season>Frühjahr|Frühling|Sommer|Herbst|Winter)s?(?:\s+(?P<y>" + YEAR_DIGITS + r"))?\b"), lambda m, c, s, e: r_season(m, c, s, e) if (group_text(m, "rel") or group_text(m, "y") or c.narrative) else None, 4),
    Rule("year_mod", re.compile(r"\b(?P<mod>Anfang|Mitte|Ende|Beginn|Ausgang)\s+(?:des\s+Jahres\s+)?(?P<y>" + YEAR_DIGITS + r")\b"), r_year, 6),
    Rule("year_edge", re.compile(r"\b(?:(?P<mod>Anfang|Mitte|Ende|Beginn|Ausgang)\s+(?:des|dieses|nächsten|kommenden|vergangenen|letzten)\s+Jahres|(?:zum\s+|zu\s+)?(?P<mod2>Jahresende|Jahresanfang|Jahresbeginn|Jahresmitte))\b"), _r_year_edge_de, 4),
    Rule("rel_unit", re.compile(r"\b" + _DE_MOD + r"(?:(?:im|in\s+der|in\s+diesem|in\s+dieser|am|das|die|der|des|den|dem)\s+)?" + _DE_REL + r"\s+(?P<unit>Woche|Monat|Jahr|Jahrzehnt)(?:e?s|en|e)?\b(?!\s+(?:[a-zäöü]+\s+)?(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember))", _I), _r_rel_unit_de, 4),
    Rule("this_year", re.compile(r"\b(?P<rel>dieses|diesen|voriges|vorigen|letztes|nächstes|kommendes)\s+(?P<unit>Jahr|Monat)\b", _I), _r_rel_unit_de, 4),
    Rule("ago", re.compile(r"\bvor\s+(?P<n>" + NUMBER_WORDS_DE + r")\s+(?P<unit>Tagen|Wochen|Monaten|Jahren|Jahrzehnten|Tag|Woche|Monat|Jahr|Jahrzehnt)\b", _I), r_ago, 6),
    Rule("period_fw", re.compile(r"\b(?:in|während|über|innerhalb)\s+(?:den|der)\s+(?P<rel>nächsten|kommenden|folgenden|vergangenen|letzten|zurückliegenden)\s+(?P<n>" + NUMBER_WORDS_DE + r")\s+(?P<unit>Tage[n]?|Wochen|Monate[n]?|Jahre[n]?|Jahrzehnte[n]?|Quartale[n]?)\b", _I), r_duration, 5),
    Rule("duration", re.compile(r"(?<![\d.,])\b(?P<n>" + NUMBER_WORDS_DE + r")\s+(?P<unit>Tage[n]?|Wochen|Monate[n]?|Jahre[n]?|Jahrzehnte[n]?|Stunden|Minuten|Tag|Woche|Monat|Jahr|Jahrzehnt|Quartale[n]?)(?:\s+lang)?\b(?!\s+(?:später|zuvor|danach|davor|nach|vor|alt|früher)\b)", _I), r_duration, 2),
    Rule("weekday", re.compile(r"\b(?:(?:am|vom|seit|bis|ab)\s+)?(?:" + _DE_REL + r"\s+)?(?P<wd>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)(?P<pod>abend|morgen|vormittag|mittag|nachmittag|nacht|früh)?(?:s)?\b(?:\s+(?:der\s+)?(?P<rel2>vergangene[nr]|letzte[nr]|vorige[nr]|diese[nr]|kommende[nr]|nächste[nr])\s+Woche\b)?(?!\s*,?\s*(?:den\s+)?\d)"), r_weekday, 4),
    Rule("weekend", re.compile(r"\b(?:am|übers|über das)\s+(?:(?P<rel>vergangenen|letzten|kommenden|nächsten)\s+)?Wochenende\b|\b(?P<rel2>vergangenes|letztes|kommendes|nächstes|dieses)\s+Wochenende\b", _I), r_weekend, 4),
    Rule("weekday_set", re.compile(r"\b(?:jeden|jeweils am|immer)\s+(?P<wd>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)\b"), r_weekday_set, 6),
    Rule("weekday_range", re.compile(r"\b(?P<wd>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)\s+(?:und|bis|-|–)\s+(?P<wd2>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)\b"), r_weekday_range, 5),
    Rule("deictic", re.compile(r"(?<![\w-])(?P<w>heute|gestern|vorgestern|übermorgen|morgen|heutigen)\b(?!\s+(?:früh|abend|nachmittag|mittag|vormittag)\b)"), r_deictic, 4),
    Rule("present", re.compile(r"\b(?:derzeit|gegenwärtig|zurzeit|zur Zeit|momentan|heutzutage)\b", _I), r_present, 1),
    Rule("recent", re.compile(r"\b(?:kürzlich|jüngst|vor kurzem|vor Kurzem|unlängst|neulich|vor wenigen Tagen|in den vergangenen Tagen|in den letzten Tagen)\b"), r_vague_recent, 1),
    Rule("future_ref", re.compile(r"\b(?:bald|[Ww]enig später|[Ww]enige (?:Tage|Wochen|Monate) später|Wochen später|Monate später|[Kk]urz (?:darauf|danach)|kurze Zeit später|nach kurzer Zeit|binnen kurzem|in der Folgezeit|Folgezeit|in der Folge|in Zukunft|zukünftig|demnächst)\b(?!\s+als\b)"), r_future, 1),
    Rule("bc_year", re.compile(r"\b(?:(?:[Ii]m|[Dd]as)\s+Jahre?\s+|[Uu]m\s+|[Ee]twa\s+)?(?P<y>\d{1,4})\s*v\.\s*Chr\.?"), _r_bc_year, 7),
    Rule("bc_century", re.compile(r"\b" + _DE_MOD + r"(?:des\s+|im\s+|dem\s+)?(?P<c>\d{1,2})\.\s*(?:Jahrhunderts?|Jh\.)\s*v\.\s*Chr\.?", _I), _r_bc_century, 8),
    Rule("day_range_start", re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?=\s*(?:bis(?: zum)?|und|/|–|-)\s*[0-3]?\d\.\s*(?P<mon>" + MONTH_WORDS_DE + r")\b\.?(?:\s+(?P<y>" + YEAR_DIGITS + r"))?)", _I), _r_day_range_start, 5),
    Rule("short_year", re.compile(r"(?<=(?P<c>1[0-9]|20)\d\d[/–-])(?P<yy>\d\d)(?![\d.])"), _r_short_year, 4),
    Rule("same_unit", re.compile(r"\b(?:im\s+|am\s+)?(?:selben|gleichen|desselben)\s+(?P<unit>Monats?|Jahres|Jahr)\b|\b(?P<rel>Vorjahr|Folgejahr|Vormonat|Folgemonat)(?:es|s)?\b|\b(?:im\s+)?Jahr darauf\b", _I), _r_same_unit_de, 4),
    Rule("after_n", re.compile(r"\bnach\s+(?:etwa\s+|rund\s+)?(?P<n>" + NUMBER_WORDS_DE + r")\s+(?P<unit>Tagen|Wochen|Monaten|Jahren)\b", _I), _r_after_n, 5),
    Rule("clock", re.compile(r"\b(?:um\s+|gegen\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s+Uhr\b"), _r_clock, 3),
    Rule("later", re.compile(r"\b(?P<n>" + NUMBER_WORDS_DE + r"|ein|einen|eine|ein halbes)\s+(?P<unit>Tage?n?|Wochen?|Monate?n?|Jahre?n?)\s+(?P<dir>später|danach|darauf|zuvor|davor|früher)\b(?!\s+als\b)", _I), r_later, 6),
    Rule("same_day", re.compile(r"\b(?:(?:noch )?am (?:selben|gleichen) Abend|(?:später|früher) am Tag|am selben Tag|am gleichen Tag|am folgenden Tag|am nächsten Tag|am Tag darauf|am Vortag|tags darauf|am darauffolgenden Tag|(?:wenige |einige |ein paar |zwei |drei )?(?:Stunden|Minuten) (?:später|danach|zuvor|davor|früher))\b", _I), _r_same_day_de, 3),
    Rule("year", re.compile(r"(?<![\w$€£¥.,/:#-])(?:(?:im\s+Jahre?|des\s+Jahres|seit|bis|ab|von|vor|nach|um|in)\s+)?(?P<y>1[0-9]\d\d|20\d\d)(?![\w%/]|[.,:]\d|\.\d|\s*(?:%|Prozent|Menschen|Mann|Soldaten|Tote[n]?|Einwohner|Euro|Dollar|Yuan|Renminbi|Meter|km|Kilometer|Tonnen|Stück|Punkte[n]?|Mitarbeiter|Beschäftigte|Schiffe|Flugzeuge|Panzer|Geschütze|Gefangene|Häuser|Juden|Kinder|Personen|Einheiten|Stimmen|Mal|mal)\b)"), r_year_bare, 2),
]  # fmt: skip
