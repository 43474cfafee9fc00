"""Event stage: sentences with an actor, a trigger and a date become proposed events.

For each sentence outside boilerplate:
1. the category is the first of `lexicon.CATEGORY_ORDER` whose trigger occurs in it;
2. each usable date phrase in it (not an effective-from date, not a future deadline, not a mere
   "now") anchors one event; a sentence with a trigger and actors but no date takes nothing;
3. actors are the sentence's gazetteer matches (a sentence starting with a pronoun inherits the
   previous sentence's subject); the first one before the trigger initiates, those after it are
   targets of coercive measures and otherwise mentioned;
4. a forward period in the same sentence ("over the next three years") gives the end date;
5. figures, stage and tags come from the sentence; the English title from the structure.
Events of one article with the same category, date and initiator are merged.
"""

import datetime as dt
import re
from dataclasses import dataclass, replace

from timeline.extraction.dates import EFFECTIVE_AFTER, EFFECTIVE_BEFORE
from timeline.extraction.figures import find_figures
from timeline.extraction.lexicon import CATEGORY_ORDER, stage_regex, tags_for, trigger_regex
from timeline.extraction.types import (
    ActorMention,
    ActorRole,
    DateMention,
    Figure,
    GazetteerActor,
    ProposedEvent,
)

_COERCIVE = {"export_controls", "sanctions", "tariffs_trade", "legal_action", "regulation"}
_PRONOUN_START = re.compile(
    r"^\W*(?:[A-Z][\w ,]{0,30}?[\s,]+)?(?:it|he|she|they|the company|the group|the ministry|"
    r"the department|the firm|es|er|sie|der konzern|das unternehmen|die firma|"
    r"该公司|公司|其|他|她)\b",
    re.IGNORECASE,
)
_CATEGORY_TITLES = {
    "export_controls": "imposes export controls",
    "sanctions": "imposes sanctions",
    "tariffs_trade": "takes tariff and trade measures",
    "legal_action": "faces or takes legal action",
    "mergers_acquisitions": "announces a deal",
    "regulation": "opens a regulatory review",
    "earnings": "reports results",
    "investment": "plans an investment",
    "cyber_security": "reports a cyber-security matter",
    "product_launch": "launches a product",
    "diplomacy": "holds talks",
    "government_policy": "announces a policy measure",
    "statement": "makes a statement",
    "other": "in the news",
}
_TARGET_WORDS = {
    "export_controls": "on",
    "sanctions": "on",
    "tariffs_trade": "on",
    "legal_action": "involving",
    "regulation": "of",
    "diplomacy": "with",
}


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


_TRADE_MEASURES = ("sanctions", "export_controls", "tariffs_trade")


def classify(sentence: str, language: str) -> tuple[str | None, int]:
    """The category of a sentence and where its trigger starts (-1 when none).

    Categories are tried in `CATEGORY_ORDER`; among the trade measures (sanctions, export
    controls, tariffs) the one named first in the sentence wins, as it is usually the news.
    """
    measures = []
    for category in _TRADE_MEASURES:
        m = trigger_regex(category, language).search(sentence)
        if m:
            measures.append((m.start(), category))
    if measures:
        start, category = min(measures)
        return category, start
    for category in CATEGORY_ORDER:
        if category in _TRADE_MEASURES:
            continue
        m = trigger_regex(category, language).search(sentence)
        if m:
            return category, m.start()
    return None, -1


def detect_stage(sentence: str, language: str) -> str:
    for stage in ("revoked", "suspended", "effective", "proposed", "announced"):
        if stage_regex(stage, language).search(sentence):
            return stage
    return ""


def _usable_date(m: DateMention, text: str, published: dt.date) -> bool:
    if m.date is None or m.kind not in ("date", "time"):
        return False
    before = text[max(0, m.start - 25) : m.start]
    after = text[m.end : m.end + 6]
    if EFFECTIVE_BEFORE.search(before) or EFFECTIVE_AFTER.match(after):
        return False
    return m.date <= published + dt.timedelta(days=3)


def _start_date_as_news(m: DateMention, text: str, published: dt.date) -> bool:
    """In the lead, "since Wednesday the duties apply" reports the taking effect as the news:
    when the sentence gives only a start date, that is the date."""
    if m.date is None or m.kind not in ("date", "time") or m.precision != "day":
        return False
    before = text[max(0, m.start - 25) : m.start]
    if not re.search(r"(?:\b(?:from|since|starting|ab|seit)\s*$)|(?:[自从]\s*$)", before, re.I):
        return False
    return published - dt.timedelta(days=7) <= m.date <= published + dt.timedelta(days=7)


def _forward_period(mentions: list[DateMention]) -> DateMention | None:
    for m in mentions:
        if m.kind == "duration" and m.date is not None and m.date_end is not None:
            return m
    return None


_DURATION_RE = re.compile(r"^P(\d+)(Y|M|W|D)$")


def _period_end(start: dt.date, value: str) -> dt.date | None:
    m = _DURATION_RE.match(value)
    if not m:
        return None
    n, unit = int(m.group(1)), m.group(2)
    from timeline.extraction.dates import _shift

    return _shift(start, unit, n) - dt.timedelta(days=1)


def _roles(
    mentions: list[ActorMention],
    trigger_pos: int,
    category: str,
    sentence_start: int,
    actors: dict[str, GazetteerActor],
) -> tuple[ActorRole, ...]:
    """Initiator: the first actor before the trigger; co-initiators: bodies of the same country
    named with it before the trigger; targets: in coercive measures, actors of another country."""
    seen: list[str] = []
    for m in mentions:
        if m.slug not in seen:
            seen.append(m.slug)
    if not seen:
        return ()
    absolute_trigger = sentence_start + trigger_pos
    before = [m.slug for m in mentions if m.start < absolute_trigger]
    initiator = before[0] if before else seen[0]
    first = actors.get(initiator)
    roles = [ActorRole(initiator, "initiator")]
    for slug in seen:
        if slug == initiator:
            continue
        actor = actors.get(slug)
        same_country = bool(first and actor and first.country and first.country == actor.country)
        if (
            slug in before
            and same_country
            and first is not None
            and actor is not None
            and first.kind == actor.kind == "government_body"
        ):
            roles.append(ActorRole(slug, "initiator"))
        elif category in _COERCIVE and actor is not None and not same_country:
            roles.append(ActorRole(slug, "target"))
        else:
            roles.append(ActorRole(slug, "mentioned"))
    return tuple(roles)


def _format_amount(figure: Figure) -> str:
    amount = figure.amount
    for scale, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if amount >= scale:
            value = amount / scale
            text = f"{value:.1f}".rstrip("0").rstrip(".")
            return f"{figure.currency} {text}{word}"
    return f"{figure.currency} {amount:,.0f}"


def make_title(
    category: str,
    roles: tuple[ActorRole, ...],
    actors: dict[str, GazetteerActor],
    figures: tuple[Figure, ...],
    evidence: str,
    language: str,
    date_phrase: str = "",
) -> str:
    """An English title: for English the sentence without its date phrase and lead-in, else a
    phrase built from the initiator, the category, the targets and the main amount."""
    if language == "en":
        title = " ".join(evidence.split())
        if date_phrase:
            title = re.sub(
                r"(?:,\s*)?\b(?:(?:on|in|at|during|over|by)\s+)?"
                + re.escape(date_phrase)
                + r"\b,?",
                "",
                title,
                count=1,
                flags=re.IGNORECASE,
            )
        title = re.sub(
            r"^(?:But|And|Also|Meanwhile|However|Separately|In return)\b,?\s*", "", title
        )
        title = " ".join(title.split()).rstrip(".")
        title = title[:1].upper() + title[1:]
    else:
        initiator = next((r.slug for r in roles if r.role == "initiator"), "")
        name = actors[initiator].name if initiator in actors else "Unknown actor"
        parts = [name, _CATEGORY_TITLES.get(category, "in the news")]
        targets = [actors[r.slug].name for r in roles if r.role == "target" and r.slug in actors]
        if targets:
            parts.append(_TARGET_WORDS.get(category, "involving") + " " + " and ".join(targets[:2]))
        money = [f for f in figures if f.currency]
        if money:
            parts.append(f"({_format_amount(money[0])})")
        title = " ".join(parts)
    if len(title) > 120:
        cut = title[:117].rsplit(" ", 1)[0].rstrip(",;:")
        title = cut + "..."
    return title


def build_events(
    *,
    text: str,
    language: str,
    published: dt.date,
    sentences: list[Sentence],
    dates: list[DateMention],
    actor_mentions: list[ActorMention],
    actors: dict[str, GazetteerActor],
) -> list[ProposedEvent]:
    events: list[ProposedEvent] = []
    date_i = 0
    actor_i = 0
    previous_subject: list[ActorMention] = []
    previous_dates: list[DateMention] = []
    previous_index = -2
    previous_had_event = False
    lead_paragraph = sentences[0].paragraph if sentences else 0
    total = len(sentences)
    for index, sentence in enumerate(sentences):
        while date_i < len(dates) and dates[date_i].end <= sentence.start:
            date_i += 1
        in_dates = []
        j = date_i
        while j < len(dates) and dates[j].start < sentence.end:
            in_dates.append(dates[j])
            j += 1
        while actor_i < len(actor_mentions) and actor_mentions[actor_i].end <= sentence.start:
            actor_i += 1
        in_actors = []
        j = actor_i
        while j < len(actor_mentions) and actor_mentions[j].start < sentence.end:
            in_actors.append(actor_mentions[j])
            j += 1
        category, trigger_pos = classify(sentence.text, language)
        inherited = False
        if (
            (
                not in_actors
                or (
                    _PRONOUN_START.match(sentence.text) and in_actors[0].start - sentence.start > 25
                )
            )
            and previous_subject
            and (not in_actors or _PRONOUN_START.match(sentence.text))
        ):
            in_actors = previous_subject + in_actors
            inherited = True
        if in_actors and not inherited:
            previous_subject = [in_actors[0]]
        usable = _finest([m for m in in_dates if _usable_date(m, text, published)])
        if not usable and sentence.paragraph == lead_paragraph:
            usable = [m for m in in_dates if _start_date_as_news(m, text, published)]
        from_context = False
        if (
            not usable
            and previous_dates
            and previous_index == index - 1
            and sentence.paragraph == lead_paragraph
            and not previous_had_event
        ) or (
            not usable
            and previous_dates
            and index - previous_index <= 2
            and category in _MEASURES
            and _CONTINUATION_RE.match(sentence.text)
        ):
            usable, from_context = previous_dates, True
        elif usable:
            previous_dates, previous_index = usable, index
            previous_had_event = False
        if category is None or not in_actors or not usable:
            continue
        stage = detect_stage(sentence.text, language)
        if stage == "effective" and sentence.paragraph != lead_paragraph:
            continue
        if not _LETTER_RE.search(sentence.text) or len(events) >= MAX_EVENTS:
            continue
        previous_had_event = True
        period = _forward_period(in_dates)
        sentence_figures = tuple(f for _, _, f in find_figures(sentence.text, language))
        tags = tags_for(sentence.text)
        roles = _roles(in_actors, trigger_pos, category, sentence.start, actors)
        for mention in _distinct_dates(usable):
            assert mention.date is not None
            date_end = mention.date_end
            if period is not None:
                date_end = _period_end(mention.date, period.value) or period.date_end
            main = _is_main(mention, published, index, total, sentence.paragraph == lead_paragraph)
            confidence = 0.45
            confidence += 0.15 if not mention.approximate else 0.05
            confidence += 0.1 if roles and not inherited else 0.0
            confidence -= 0.15 if from_context else 0.0
            confidence += 0.1 if main else 0.0
            confidence += 0.1 if category not in ("statement", "other") else 0.0
            title = make_title(
                category, roles, actors, sentence_figures, sentence.text, language, mention.text
            )
            events.append(
                ProposedEvent(
                    title=title,
                    summary=sentence.text[:1000],
                    date=mention.date,
                    precision=mention.precision or "day",
                    category=category,
                    evidence=sentence.text,
                    evidence_start=sentence.start,
                    evidence_end=sentence.end,
                    date_end=date_end,
                    approximate=mention.approximate,
                    date_phrase=mention.text,
                    date_phrase_start=mention.start,
                    date_phrase_end=mention.end,
                    actors=roles,
                    figures=sentence_figures,
                    tags=tags,
                    confidence=round(min(confidence, 0.95), 2),
                    main=main,
                    stage=stage,
                )
            )
    return merge_events(events)


_MEASURES = {"export_controls", "sanctions", "tariffs_trade", "regulation", "government_policy"}
# A sentence that continues the enumeration of one announcement's measures shares its date.
_CONTINUATION_RE = re.compile(
    r"^\W*(?:其中|此外|另外|同时|第\d+号公告|另一份公告|In addition|Additionally|Separately|"
    r"The (?:second|other|third) (?:notice|rule|measure|announcement)|Außerdem|Zudem|"
    r"Darüber hinaus|Die zweite|Eine weitere)",
    re.IGNORECASE,
)
_LETTER_RE = re.compile(r"[^\W\d_]")
_PRECISION_RANK = {"day": 0, "month": 1, "quarter": 2, "year": 3}


def _finest(mentions: list[DateMention]) -> list[DateMention]:
    """When a sentence names the day something happened, its coarser dates describe, not date."""
    if not mentions:
        return mentions
    best = min(_PRECISION_RANK.get(m.precision or "year", 3) for m in mentions)
    if best != 0:
        return mentions
    return [m for m in mentions if m.precision == "day"]


MAX_DATES_PER_SENTENCE = 6
MAX_EVENTS = 200


def _distinct_dates(mentions: list[DateMention]) -> list[DateMention]:
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


def _is_main(m: DateMention, published: dt.date, index: int, total: int, in_lead: bool) -> bool:
    assert m.date is not None
    recent = (published - m.date).days <= 8 or (
        m.date_end is not None and m.date_end >= published - dt.timedelta(days=8)
    )
    if m.precision == "month" and m.approximate:
        recent = m.date.year == published.year and m.date.month == published.month
    early = index < max(3, total // 3)
    return recent and (early or in_lead)


def merge_events(events: list[ProposedEvent]) -> list[ProposedEvent]:
    """One event per (category, date, initiator) in an article; the first sentence is kept."""
    merged: list[ProposedEvent] = []
    index: dict[tuple[object, ...], int] = {}
    for event in events:
        initiator = next((a.slug for a in event.actors if a.role == "initiator"), None)
        key = (event.evidence_start, event.category, event.date, event.precision, initiator)
        twin = index.get(key)
        if twin is None:
            index[key] = len(merged)
            merged.append(event)
            continue
        kept = merged[twin]
        slugs = {a.slug for a in kept.actors}
        extra = tuple(a for a in event.actors if a.slug not in slugs)
        figures = kept.figures + tuple(f for f in event.figures if f not in kept.figures)
        merged[twin] = replace(
            kept,
            actors=kept.actors + extra,
            figures=figures,
            main=kept.main or event.main,
            confidence=max(kept.confidence, event.confidence),
        )
    return merged
