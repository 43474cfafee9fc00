"""Which of a sentence's date phrases date an event, and how.

Not an effective-from date, not a future deadline or a forecast, not a yardstick year or the year
of a law (`usable_date`); a trade measure whose only day is the day it starts takes that day
(`start_date_as_news`); a statement is dated by when it was said (`said_when`); a forward period
gives the end date (`forward_period`, `period_end`); recent dates early in the text mark the
article's main events (`is_main`).
"""

import datetime as dt
import re

from timeline.extraction.dates import EFFECTIVE_AFTER, EFFECTIVE_BEFORE, shift_date
from timeline.extraction.text import quotations
from timeline.extraction.types import DateMention, Sentence


def usable_date(m: DateMention, text: str, published: dt.date) -> bool:
    if m.date is None or m.kind not in ("date", "time"):
        return False
    before = text[max(0, m.start - 25) : m.start]
    after = text[m.end : m.end + 6]
    if EFFECTIVE_BEFORE.search(before) or EFFECTIVE_AFTER.match(after):
        return False
    if _BASELINE_BEFORE.search(before) or _BASELINE_AFTER.match(text, m.end):
        return False
    if _ALS_BEFORE.search(before) and _COUNTED_BACK.search(m.text):
        return False
    if m.precision == "year" and (
        _LAW_BEFORE.search(text, max(0, m.start - 50), m.start) or _LAW_AFTER.match(text, m.end)
    ):
        return False
    if (
        m.date > published
        or m.value == "PAST_REF"
        # "Das Management will sich am Donnerstag äußern" on that Thursday: still a plan
        or (m.date == published and m.precision == "day" and m.value != "PRESENT_REF")
    ) and _AHEAD_BEFORE.search(_clause_before(text, m.start)):
        # "特朗普将于本周四与习近平会面", "they would meet at the end of October"; "将于近期开售"
        # is soon, not recently
        return False
    if _scheduled(m, text, published):
        return False
    # a forecast's period may come long after its verb ("expects the rules … to affect … this
    # year"); a day is more often when someone said it
    reach = 80 if m.precision == "day" else 160
    if _FORECAST_BEFORE.search(_clause_before(text, m.start, reach)):
        return False  # "It expects sales to decline in the fourth quarter": a forecast
    if m.precision in ("year", "month") and _SINCE_BEFORE.search(
        text, max(0, m.start - 48), m.start
    ):
        return False  # "erstmals seit Beginn der Datenreihe 1998", "the lowest since 2009"
    if _PERIOD_END_BEFORE.search(text, max(0, m.start - 60), m.start):
        return False  # "the quarter, which ended on October 29", "截至7月底": where a period ends
    if _APPOSED_AFTER.match(text, m.end):
        return False  # "一周前的8月24日": the day named after it says the same, exactly
    if text[max(0, m.start - 1) : m.start] in ("与", "和", "同") and _COMPARED_AFTER.match(
        text, m.end
    ):
        return False  # "与2018年贸易战时相比": a yardstick
    return m.date <= published + dt.timedelta(days=3)


def _clause_before(text: str, position: int, reach: int = 80) -> str:
    """Up to `reach` characters before `position`, back to the end of the last clause."""
    window = text[max(0, position - reach) : position]
    cut = max(window.rfind(c) for c in ".;!?。；！？，")
    return window[cut + 1 :]


# A clause that speaks of what is still to come: its days after publication are plans.
_AHEAD_BEFORE = re.compile(
    r"\b(?:will|would|shall|plans? to|is to|are to|wird|werden|soll|sollen)\b|"
    r"将于|将在|计划于|拟于",
    re.IGNORECASE,
)


_SCHEDULED_BEFORE = re.compile(
    r"\b(?:scheduled|planned|slated|due|set)\s+(?:to\s+(?:start|begin|take effect|rise)\s+)?"
    r"(?:for|on|from)\s+(?:the\s+)?$|\boriginally\s+(?:\w+\s+){0,3}$|原定(?:于|在)?$|原计划(?:于|在)?$",
    re.IGNORECASE,
)
_SCHEDULED_AFTER = re.compile(
    r"\s*(?:geplante|vorgesehene|angesetzte|anberaumte|angekündigte)\w*|"
    r",?\s+as (?:planned|scheduled)",
    re.IGNORECASE,
)


# Forecasts are not events (the gold conventions): a date in the clause of one dates nothing.
_FORECAST_BEFORE = re.compile(
    r"(?<!\bas )(?<!\bwie )\b(?:expects?|expected|expecting|forecasts?|forecast|projects?|"
    r"projected|predicts?|predicted|anticipates?|anticipated|erwarte\w*|prognostizier\w*|"
    r"rechne\w* .{0,40}mit)\b|"
    r"预计|预期|预测|有望",
    re.IGNORECASE,
)


_APPOSED_AFTER = re.compile(r"的(?=\d{1,2}月\d{1,2}日)")


# A year or month a comparison or a span starts from.
_SINCE_BEFORE = re.compile(r"\b(?:seit|since)\b(?:\s+[\w-]+){0,3}\s+$", re.IGNORECASE)


# The last day of a reporting period is no event's date.
_PERIOD_END_BEFORE = re.compile(
    r"(?:\b(?:quarter|year|period|months|weeks)\b[^.;]{0,30}\b(?:ended|ending|ends)\s+(?:on\s+|in\s+)?|"
    r"\b(?:months|weeks|quarter|period)\s+(?:to|through)\s+|"
    r"\b(?:endete|endenden|endet)\s+(?:am\s+)?|截至|截止)$",
    re.IGNORECASE,
)


_COMPARED_AFTER = re.compile(r"[^，。；]{0,24}?(?:相比|相较|比较)")


# "measured against 2017 levels", "gegenüber 2019", "较2023年同期": a yardstick, not a date.
_BASELINE_BEFORE = re.compile(
    r"(?:\b(?:against|compared (?:with|to)|relative to|versus|vs\.?|than(?: in)?|"
    r"gegenüber|im vergleich zu|verglichen mit)\s*$)|(?:(?:较|比|相比|同比)\s*$)|"
    # "rose to $119.6 billion from $117.2 billion a year earlier": the figure it is measured from
    r"(?:\b(?:from|von)\s+(?:about\s+|around\s+|rund\s+|etwa\s+)?[$€£¥]?\s?\d[\d.,]*"
    r"(?:\s*(?:%|[a-zA-Z€$£¥]+\.?)){0,2}\s*$)",
    re.IGNORECASE,
)


# "an emergency law from 1952", "the 2018 Export Control Reform Act", "1952年的法律": the year
# names a law, it does not date the sentence's event.
_LAW_BEFORE = re.compile(
    r"(?:\b(?:act|law|statute|treaty|(?:\w*gesetz|vertrag|abkommen|verordnung|richtlinie)\w*)"
    r"(?:\s+[\w.-]+){0,2}?\s+(?:of|from|von|aus(?: dem jahr(?:e)?)?)\s*$)",
    re.IGNORECASE,
)


_LAW_AFTER = re.compile(
    r"(?:\s+(?:[A-Z][\w-]*\s+){0,6}(?:Act|Law|Treaty)\b)|(?:\s*年?的?(?:法律|法案|条例))"
)


# "weniger Fahrzeuge als ein Jahr zuvor", "höher als im Vorjahr": "als" before a date counted back
# from another one compares; before "am Montag" it may be "when", which dates
_ALS_BEFORE = re.compile(r"\bals\s+(?:noch\s+)?(?:im\s+)?$", re.IGNORECASE)


_COUNTED_BACK = re.compile(r"zuvor|vorjahr|vor einem jahr|davor", re.IGNORECASE)


_BASELINE_AFTER = re.compile(r"\s*(?:levels?\b|'s levels?\b|niveau|同期|水平)", re.IGNORECASE)


# "7月6日起", "于7月6日实施": the day something starts, written after the date
_STARTS_AFTER = re.compile(r"\s*(?:起|开始|生效|施行|实施)")


_START_RE = re.compile(
    r"(?:\b(?:from|since|starting|as of|effective|(?:ab|seit)(?: dem)?)\s*$)|(?:[自从]\s*$)", re.I
)


def start_date_as_news(
    m: DateMention, text: str, published: dt.date, ahead: int = 7, back: int = 7
) -> bool:
    """ "Since Wednesday the duties apply", "will halve the tariff from February 14": when the
    sentence gives only the day a measure starts, that is its date (the gold conventions).

    In the lead any such sentence qualifies within a week of publication; elsewhere only trade
    measures do, up to `ahead` days later (a measure announced now may start next quarter)."""
    if m.date is None or m.kind not in ("date", "time") or m.precision != "day":
        return False
    if _ANAPHORIC_DAY.match(m.text.strip()):
        return False  # "两项措施均自当日起实施": the start of what was just reported
    if not (
        _START_RE.search(text[max(0, m.start - 25) : m.start]) or _STARTS_AFTER.match(text, m.end)
    ):
        return False
    return published - dt.timedelta(days=back) <= m.date <= published + dt.timedelta(days=ahead)


def own_dates(
    in_dates: list[DateMention],
    sentence: Sentence,
    text: str,
    published: dt.date,
    *,
    earnings: bool,
    in_lead: bool,
) -> list[DateMention]:
    """The sentence's own dates that date its event: the finest usable ones (the period of
    results), else in the lead the day something starts."""
    candidates = without_dateline(
        [m for m in in_dates if usable_date(m, text, published)], sentence
    )
    usable = finest(candidates)
    if earnings:
        usable = reported_period(usable, candidates)
    if not usable and in_lead:
        usable = [m for m in in_dates if start_date_as_news(m, text, published)]
    return usable


_MEASURE_START_AHEAD = 92


def _scheduled(m: DateMention, text: str, published: dt.date) -> bool:
    """Whether a coming day is when something was planned ("verzichten auf die für den 15.
    Oktober geplante Anhebung", "原定于3月1日"): the day of the plan, not of the news that cancels,
    moves or still weighs it."""
    return (
        m.date is not None
        and m.date > published
        and (
            _SCHEDULED_BEFORE.search(text, max(0, m.start - 30), m.start) is not None
            or _SCHEDULED_AFTER.match(text, m.end) is not None
        )
    )


def measure_starts(
    in_dates: list[DateMention], usable: list[DateMention], text: str, published: dt.date
) -> list[DateMention]:
    """The days on which a trade measure starts, besides the dates already usable."""
    return [
        m
        for m in in_dates
        if m not in usable
        and not _scheduled(m, text, published)
        and start_date_as_news(m, text, published, _MEASURE_START_AHEAD, 31)
    ]


def publication_day(sentence: Sentence, published: dt.date) -> DateMention:
    """The publication day as the date of a sentence that names none."""
    return DateMention(
        start=sentence.start,
        end=sentence.start,
        text="",
        value=published.isoformat(),
        kind="date",
        date=published,
        precision="day",
    )


def forward_period(mentions: list[DateMention]) -> DateMention | None:
    for m in mentions:
        if m.kind == "duration" and m.date is not None and m.date_end is not None:
            return m
    return None


_DURATION_RE = re.compile(r"^P(\d+)(Y|M|W|D)$")


def period_end(start: dt.date, value: str) -> dt.date | None:
    m = _DURATION_RE.match(value)
    if not m:
        return None
    n, unit = int(m.group(1)), m.group(2)
    return shift_date(start, unit, n) - dt.timedelta(days=1)


_SAID_GAP_RE = re.compile(r"^\W*\w+(?:\W+\w+){0,2}\W*$")


def said_when(
    usable: list[DateMention], sentence: Sentence, trigger: int, language: str
) -> list[DateMention]:
    """The dates of a statement that say when it was made.

    A month or a year well inside what is said ("Ross said Huawei had evaded the rules imposed
    last year") dates the matter spoken of, not the speaking; one right after the verb ("said in
    August", "sagte im Juni") or before it stays, and so does a day. Chinese names the time of
    speaking before the verb ("商务部发言人13日表示"), so a month, quarter or year right after it is
    what is said ("公司解释称，一季度…"). A date inside quotation marks is always what is said."""
    if trigger < 0:
        return usable
    verb = sentence.start + trigger
    quoted = [
        (sentence.start + start, sentence.start + end) for start, end in quotations(sentence.text)
    ]
    kept = []
    for m in usable:
        if any(start <= m.start < end for start, end in quoted):
            continue  # „2024 war ein Jahr mit vielen Herausforderungen“, sagte Zipse
        if m.start < verb:
            kept.append(m)
            continue
        gap = sentence.text[trigger : max(m.start - sentence.start, trigger)]
        if m.precision == "day" or (language != "zh" and _SAID_GAP_RE.match(gap)):
            kept.append(m)
    return kept


_PRECISION_RANK = {"day": 0, "month": 1, "quarter": 2, "year": 3}


def finest(mentions: list[DateMention]) -> list[DateMention]:
    """When a sentence names the day something happened, its coarser dates describe, not date."""
    if not mentions:
        return mentions
    best = min(_PRECISION_RANK.get(m.precision or "year", 3) for m in mentions)
    if best != 0:
        return mentions
    return [m for m in mentions if m.precision == "day"]


# "SHANGHAI, March 5 (Reuters) -", "PEKING, 5. März (dpa) -", "新华社北京3月5日电": the day of the
# report, which dates the news only when the sentence names no other date.
_DATELINE_RE = re.compile(
    r"^\W*(?:[A-ZÄÖÜ]{2}[A-ZÄÖÜ .'/-]{0,40},\s+[^()\n]{3,25}?\s*(?:\([\w .-]{2,25}\))?\s*[-–—]"
    r"|[A-ZÄÖÜ][\w .'/-]{1,40},\s+[^()\n]{3,25}?\s*"
    r"\((?:Reuters|AP|AFP|dpa|dpa-AFX|Bloomberg|Xinhua|Kyodo|Yonhap)\)\s*[-–—]"
    r"|[\u4e00-\u9fff]{0,12}?\d{1,2}月\d{1,2}日电)"
)


def without_dateline(mentions: list[DateMention], sentence: Sentence) -> list[DateMention]:
    dateline = _DATELINE_RE.match(sentence.text)
    if dateline is None:
        return mentions
    end = sentence.start + dateline.end()
    rest = [m for m in mentions if m.start >= end]
    return rest or mentions


_ANAPHORIC_DAY = re.compile(
    r"^(?:the same day|that day|on the day|am selben tag|am gleichen tag|an diesem tag|"
    r"当天|当日|同日|同一天)$",
    re.IGNORECASE,
)


def reported_period(usable: list[DateMention], candidates: list[DateMention]) -> list[DateMention]:
    """Results "published that day" for "the December quarter" are dated by the quarter: a day
    the sentence only refers back to says when they came out, the period what they are."""
    if not usable or not all(_ANAPHORIC_DAY.match(m.text.strip()) for m in usable):
        return usable
    periods = [m for m in candidates if m.precision in ("quarter", "year") and m not in usable]
    return periods or usable


MAX_DATES_PER_SENTENCE = 6


def distinct_dates(mentions: list[DateMention]) -> list[DateMention]:
    out: list[DateMention] = []
    seen: set[tuple[dt.date | None, str | None]] = set()
    for m in mentions:
        key = (m.date, m.precision)
        if key in seen:
            continue
        seen.add(key)
        out.append(m)
        if len(out) == MAX_DATES_PER_SENTENCE:
            break
    return out


def news_day(mentions: list[DateMention], published: dt.date) -> bool:
    """Whether the dates are days of the news itself (the week before publication)."""
    return all(
        m.date is not None and m.precision == "day" and 0 <= (published - m.date).days <= 8
        for m in mentions
    )


def is_main(m: DateMention, published: dt.date, index: int, total: int, in_lead: bool) -> bool:
    assert m.date is not None
    recent = (published - m.date).days <= 8 or (
        m.date_end is not None and m.date_end >= published - dt.timedelta(days=8)
    )
    if m.precision == "month" and m.approximate:
        recent = m.date.year == published.year and m.date.month == published.month
    early = index < max(3, total // 3)
    return recent and (early or in_lead)
