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

import datetime as dt
import re
from dataclasses import dataclass

from timeline.extraction.dates.arithmetic import month_end, shift_date
from timeline.extraction.dates.effective import EFFECTIVE_AFTER, EFFECTIVE_BEFORE, takes_effect
from timeline.extraction.dates.grammar_de import DE_RULES
from timeline.extraction.dates.grammar_en import EN_RULES
from timeline.extraction.dates.grammar_zh import ZH_RULES
from timeline.extraction.dates.resolution import Context, note_month, remember
from timeline.extraction.text import normalize
from timeline.extraction.types import DateMention

__all__ = ["EFFECTIVE_AFTER", "EFFECTIVE_BEFORE", "find_dates", "month_end", "shift_date"]


@dataclass
class _Candidate:
    start: int
    end: int
    rule: str
    match: re.Match[str]
    priority: int = 0


_RULES = {"en": EN_RULES, "de": DE_RULES, "zh": ZH_RULES}

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
    for rule in _RULES.get(language, EN_RULES):
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
    ctx = Context(published=pub, language=language, narrative=narrative, text=ntext)
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
        note_month(ctx, resolved)
        if not (
            EFFECTIVE_BEFORE.search(ntext, max(0, start - 25), start)
            or EFFECTIVE_AFTER.match(ntext[end : end + 6])
            or (not narrative and takes_effect(ntext, start, end))
        ):
            remember(ctx, resolved, start)
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
