"""Event stage: sentences with an actor, a trigger and a date become proposed events.

For each sentence outside boilerplate:
1. the category comes from the lexicon (`classify`: decisive predicates, then the trade measures,
   then `lexicon.CATEGORY_ORDER`), corrected by who speaks and who takes part
   (`refine_category`);
2. each usable date phrase in it (not an effective-from date, not a future deadline, not a mere
   "now", not a yardstick year or the year of a law) anchors one event; a trade measure whose
   only day is the day it starts takes that day; a sentence with a trigger and actors but no
   date takes one from its context only where the text ties it to a dated sentence (the lead,
   "Zugleich", an enumeration, the next measure of the same subject, a named person's
   reaction to the day's news), otherwise nothing;
3. actors are the sentence's gazetteer matches (a sentence starting with a pronoun inherits the
   previous sentence's subject, "he"/"他" the last person named; one about an unnamed court or
   analysts inherits nothing); the first one before the trigger initiates, those after it are
   targets of coercive measures and otherwise mentioned;
4. a forward period in the same sentence ("over the next three years") gives the end date;
5. figures, stage and tags come from the sentence; the English title from the structure.
A sentence near the top that no trigger fits but that opens with a party and names a day of the
week before publication still proposes an event (`statement` if the party says something,
otherwise `other`) with a lower confidence, for editors to review, unless that party already has
an event with a trigger on that day.
Events of one article with the same category, date and initiator are merged.
"""

import datetime as dt
import re
from dataclasses import replace

from timeline.extraction.categories import (
    TRADE_MEASURES,
    classify,
    detect_stage,
    refine_category,
    without_names,
)
from timeline.extraction.context import (
    ATTRIBUTION_RE,
    COMPANY_PRONOUN_RE,
    CONTINUATION_RE,
    DEMONSTRATIVE_RE,
    LIST_ITEM_RE,
    LIST_OPENER_RE,
    MEASURES,
    MORE_TO_COME_RE,
    OPINION_RE,
    PERSONAL_RE,
    PRONOUN_START,
    REACTION_OPENER_RE,
    REACTION_REACH,
    REACTION_REACH_NEWS,
    SIMULTANEOUS_RE,
    SIMULTANEOUS_REACH,
    THIRD_PARTY_START,
    reacts,
    same_subject,
    spoken_by_person,
)
from timeline.extraction.event_dates import (
    distinct_dates,
    finest,
    forward_period,
    is_main,
    news_day,
    period_end,
    reported_period,
    said_when,
    start_date_as_news,
    usable_date,
    without_dateline,
)
from timeline.extraction.figures import find_figures
from timeline.extraction.lexicon import tags_for, trigger_regex
from timeline.extraction.measures import (
    coordinated_measures,
    reciprocal_measure,
    separate_orders,
)
from timeline.extraction.roles import (
    COERCIVE,
    assign_roles,
    is_company,
    main_company,
    passive_roles,
)
from timeline.extraction.titles import make_title
from timeline.extraction.types import (
    NO_ACTOR,
    ActorMention,
    DateMention,
    GazetteerActor,
    ProposedEvent,
    Sentence,
)


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
    previous_person: list[ActorMention] = []  # "he", "sie", "他" refer to the last person named
    previous_last: list[ActorMention] = []
    attributed: set[int] = set()
    guessed: set[int] = set()  # events proposed without a trigger, by their index in `events`
    previous_dates: list[DateMention] = []
    previous_index = -2
    previous_had_event = False
    news_dates: list[DateMention] = []  # the last dates of the news itself, and where
    news_index = -2
    first_news: list[DateMention] = []  # the first of them: the article's news
    # the dates and subject of a sentence that opens a list ("target three investments:")
    list_context: tuple[list[DateMention], list[ActorMention], str | None] | None = None
    fillers, previous_filler_base = 0, -2  # sentences without actors or triggers since then
    dated_subject: list[ActorMention] = []  # the subject of the sentence previous_dates are from
    lead_paragraph = sentences[0].paragraph if sentences else 0
    has_news_day = any(
        m.precision == "day" and usable_date(m, text, published) and news_day([m], published)
        for m in dates
    )
    total = len(sentences)
    for index, sentence in enumerate(sentences):
        previous_sentence_start = sentences[index - 1].start if index else sentence.start
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
        category, trigger_pos = classify(without_names(sentence, in_actors, actors), language)
        inherited = False
        own_actors = in_actors
        subject_before = previous_subject
        pronoun = PRONOUN_START.match(sentence.text)
        if (
            (not in_actors and not THIRD_PARTY_START.match(sentence.text))
            or (
                pronoun is not None
                and bool(in_actors)
                and in_actors[0].start - sentence.start >= pronoun.end()
            )
        ) and previous_subject:
            personal = pronoun is not None and PERSONAL_RE.search(pronoun.group())
            subject = previous_person if personal and previous_person else previous_subject
            if pronoun is not None and DEMONSTRATIVE_RE.search(pronoun.group()) and previous_last:
                subject = previous_last  # "Diese" is the party named last, not the subject
            in_actors = subject + in_actors
            inherited = True
        if (
            not inherited
            and pronoun is not None
            and COMPANY_PRONOUN_RE.search(pronoun.group())
            and in_actors
            and in_actors[0].start - sentence.start < pronoun.end()
            and previous_subject
            and previous_subject[0].slug != in_actors[0].slug
            and is_company(previous_subject[0].slug, actors)
        ):
            # "Volkswagen steigt bei Xpeng ein. Der Konzern übernimmt …": the subject goes on
            first = in_actors[0]
            in_actors = [replace(first, slug=previous_subject[0].slug), *in_actors[1:]]
        if in_actors and not inherited:
            previous_subject = [in_actors[0]]
        previous_last = own_actors[-1:] or previous_last
        people = [m for m in in_actors if actors.get(m.slug, NO_ACTOR).kind == "person"]
        if people:
            previous_person = [people[-1]]
        if category == "earnings" and inherited and not is_company(in_actors[0].slug, actors):
            # "Revenue rose 8%": results are the company's, not the last person's.
            company = main_company(actor_mentions, sentence.start, actors)
            if company is not None:
                in_actors = [company, *in_actors[1:]]
        candidates = without_dateline(
            [m for m in in_dates if usable_date(m, text, published)], sentence
        )
        usable = finest(candidates)
        if category == "earnings":
            usable = reported_period(usable, candidates)
        if not usable and sentence.paragraph == lead_paragraph:
            usable = [m for m in in_dates if start_date_as_news(m, text, published)]
        if (
            category in TRADE_MEASURES
            and not any(m.precision == "day" for m in usable)
            # when the measure the sentence before reported starts, it is not a new one
            and not any(
                e.category == category and e.evidence_start >= previous_sentence_start
                for e in events
            )
        ):
            starts = [
                m
                for m in in_dates
                if m not in usable
                and start_date_as_news(m, text, published, _MEASURE_START_AHEAD, 31)
            ]
            announced_ahead = (
                bool(starts and previous_dates)
                and not usable
                and all(m.date is not None and m.date > published for m in starts)
                and trigger_regex("statement", language).search(sentence.text, 0, trigger_pos)
                is not None
                and news_day(previous_dates, published)
            )
            # "X said it would impose tariffs from February 10": the news is the announcement,
            # made on the day the article reports, not the later start
            usable = [] if announced_ahead else sorted(starts + usable, key=lambda m: m.start)
        else:
            announced_ahead = False
        from_context = False
        continues = CONTINUATION_RE.match(sentence.text) is not None or (
            index > 0 and MORE_TO_COME_RE.match(sentences[index - 1].text) is not None
        )
        distance = index - previous_index
        if previous_index != previous_filler_base:
            fillers, previous_filler_base = 0, previous_index
        news_context = bool(previous_dates) and news_day(previous_dates, published)
        # a party's verdict on the news ("Huawei said it was disappointed"), if it is one
        # "Peking reagierte verärgert. Das Handelsministerium warf der EU vor, …": after a
        # sentence announcing a reaction, the next one is that reaction however late it comes
        opened = index > 0 and REACTION_OPENER_RE.match(sentences[index - 1].text) is not None
        verdict = (
            None
            if usable
            or not own_actors
            or not news_dates
            or (index - news_index > REACTION_REACH_NEWS and not opened)
            else reacts(
                sentence.text, language, trigger_pos, [m.start - sentence.start for m in own_actors]
            )
        )
        takes_context = (
            bool(previous_dates)
            and not usable
            and (
                # a lead sentence, or one after a sentence dated on the news day that gave no event
                # ("Beijing's response came on Tuesday. A spokesperson said …")
                (
                    distance == 1
                    and not previous_had_event
                    and (
                        news_context
                        or (sentence.paragraph == lead_paragraph and not (news_dates and verdict))
                    )
                )
                # the next measure of an enumeration ("其中", "Separately", "The same order")
                or (distance - fillers <= 2 and category in MEASURES and continues)
                # "Zugleich", "At the same time"
                or (
                    distance <= SIMULTANEOUS_REACH
                    and category is not None
                    and bool(SIMULTANEOUS_RE.match(sentence.text))
                )
                # the next measure of the same subject, which says nothing about it first
                or (
                    distance == 1
                    and category in MEASURES
                    and news_context
                    and same_subject(sentence, own_actors, subject_before)
                    and not trigger_regex("statement", language).search(
                        sentence.text, 0, trigger_pos
                    )
                )
            )
        )
        if (
            not takes_context
            and not usable
            and continues
            and category not in (None, "statement", "other", "earnings")
            and news_dates
            and index - news_index <= 2
        ):
            # "Zudem veröffentlichten FBI und NSA eine Warnung" after a sentence of background
            # ("Sie sollen zwischen 2011 und 2018 …"): the enumeration of the news goes on
            takes_context, previous_dates = True, news_dates
        if (
            not usable
            and category is not None
            and first_news
            and index > 0
            and sentence.paragraph != sentences[index - 1].paragraph
            and SIMULTANEOUS_RE.match(sentence.text)
        ):
            # "Zeitgleich unterzeichnete Audi …" opening a paragraph: at the time of the article's
            # news, not of the background the paragraph before ended on
            takes_context, previous_dates = True, first_news
        listed = LIST_ITEM_RE.match(sentence.text) is not None
        if listed and list_context is not None and list_context[0] and not usable:
            # "Canada ordered three companies to divest: - A must sell …, - B must …": each
            # item is a measure of the announcement the list opens with, by its subject
            usable, from_context = list_context[0], True
            opener = list_context[1]
            if category is None and list_context[2] is not None:
                # "- B was told to sell its holding": an item of a list of measures is one
                category, trigger_pos = list_context[2], 0
            if opener and not (own_actors and own_actors[0].slug == opener[0].slug):
                in_actors = opener + own_actors
        elif takes_context or announced_ahead:
            usable, from_context = previous_dates, True
            if inherited and dated_subject:
                # "同一份行政令还…", "The same order also …": the measure is that sentence's
                # subject's, not the last speaker's
                in_actors = dated_subject + own_actors
        elif usable:
            if news_day(usable, published):
                news_dates, news_index = usable, index
                first_news = first_news or usable
            previous_dates, previous_index = usable, index
            previous_had_event = False
            dated_subject = in_actors[:1]
        if not own_actors and category is None and index > previous_index:
            fillers += 1  # "Damit nicht genug.", "The metals are used in …": no one acts
        if LIST_OPENER_RE.search(sentence.text):
            opening_dates = usable or (previous_dates if news_context and distance <= 2 else [])
            list_context = (opening_dates, in_actors[:1] or dated_subject, category)
        elif not listed:
            list_context = None
        if index in attributed:
            continue  # its date went to the sentence it attributes
        if not usable and category is not None and in_actors and index + 1 < total:
            # "SAIC hat Klage eingereicht. Das teilte das Unternehmen am Montag mit."
            following = sentences[index + 1]
            if ATTRIBUTION_RE.match(following.text):
                usable = finest(
                    [
                        m
                        for m in dates[date_i:]
                        if following.start <= m.start < following.end
                        and usable_date(m, text, published)
                    ]
                )
                if usable:
                    attributed.add(index + 1)
        if (
            not usable
            and category is not None
            and in_actors
            and previous_dates
            and index - previous_index <= REACTION_REACH
            and news_day(previous_dates, published)
            and not THIRD_PARTY_START.match(sentence.text)
            and spoken_by_person(sentence.text, language, own_actors, actors)
        ):
            # "Habeck sagte, Deutschland bleibe offen": a reaction to the day's news is dated by it
            usable, from_context = previous_dates, True
        reaction = None if usable else verdict
        if reaction is not None and not THIRD_PARTY_START.match(sentence.text):
            # "Nexperia said it was shocked by the decision": a party's verdict on the news
            # (background dated since then does not change which news it answers)
            if category is None or reaction < trigger_pos:
                # what the party says about the measure: "高通回应称，将全力配合调查"
                category, trigger_pos = "statement", reaction
            usable, from_context = news_dates, True
        if (
            not usable
            and not events
            and index <= 1
            and category not in (None, "statement", "other", "earnings")
            and own_actors
            and not has_news_day
            and _PERFECT_LEAD.get(language, _NO_MATCH).search(sentence.text, 0, trigger_pos + 1)
        ):
            # "Taiwan has added Huawei to its export control list": a lead in the perfect that
            # no day of the article dates reports the news of the publication day
            usable = [_publication_day(sentence, published)]
        fallback = False
        if (
            category is None
            and usable
            and not from_context
            and own_actors
            and _in_news_part(index, total, sentence.paragraph == lead_paragraph)
            and news_day(usable, published)
            and not THIRD_PARTY_START.match(sentence.text)
            and not _SHARE_MOVE_RE.search(sentence.text)
            and _names_subject(sentence, own_actors, language)
        ):
            # no trigger, but a named party on the day of the news: an event for editors to review
            category, trigger_pos = _fallback_category(
                sentence.text, language, own_actors, sentence
            )
            fallback = True
        if category is None or not in_actors or not usable:
            continue
        category, trigger_pos = (
            (category, trigger_pos)
            if fallback
            else refine_category(
                category,
                trigger_pos,
                sentence.text,
                language,
                [(max(m.start - sentence.start, -1), m.slug) for m in in_actors],
                actors,
            )
        )
        if category == "statement" and not from_context:
            usable = said_when(usable, sentence, trigger_pos)
            if not usable:
                continue
        third_party = THIRD_PARTY_START.match(sentence.text)
        # a trigger inside the description of the third party ("研究中美经贸的学者") is not the news
        opinion_reach = (
            trigger_pos if third_party and trigger_pos >= third_party.end() else len(sentence.text)
        )
        # "Zudem verlangen die Produzenten …": the verb may come before the unnamed subject, unless
        # a party the text names speaks first ("Cook told analysts …")
        opinion_from = (
            third_party.end()
            if third_party and any(m.start - sentence.start < third_party.end() for m in own_actors)
            else 0
        )
        if third_party and (
            (category == "statement" and third_party.end() <= trigger_pos)
            or OPINION_RE.search(sentence.text, opinion_from, opinion_reach) is not None
        ):
            # "Analysts said on Monday that China would retaliate", "分析师认为，华为的年报表明…":
            # no party speaks, and what an analyst reads into the news is not news
            continue
        if category != "earnings" and _STATISTICS_RE.search(sentence.text):
            continue  # "Investment fell to a decade low in 2023, according to industry data"
        stage = detect_stage(sentence.text, language)
        if stage == "effective" and sentence.paragraph != lead_paragraph:
            continue
        if (
            category == "other"
            and sentence.paragraph != lead_paragraph
            and index * 3 >= total
            and _SHARE_MOVE_RE.search(sentence.text)
        ):
            continue  # "Tencent shares fell 10% on Friday": a reaction, unless it is the news
        if not _LETTER_RE.search(sentence.text) or len(events) >= MAX_EVENTS:
            continue
        # an event proposed for review only leaves the next sentence's context as it was
        previous_had_event = previous_had_event or not fallback
        if takes_context:
            previous_index = index  # "Parallel dazu …. Außerdem …": the enumeration goes on
        period = forward_period(in_dates)
        sentence_figures = tuple(f for _, _, f in find_figures(sentence.text, language))
        tags = tags_for(sentence.text)
        measures = [(category, trigger_pos)]
        measures += coordinated_measures(sentence.text, language, category, trigger_pos)
        answer = reciprocal_measure(sentence, language, category, trigger_pos, in_actors, actors)
        if answer is not None:
            measures.append((category, answer[1]))
        for measure, position in measures:
            parties = in_actors
            if answer is not None and position == answer[1]:
                parties = [m for m in in_actors if m.start - sentence.start >= answer[0]]
            roles = assign_roles(parties, position, measure, sentence.start, actors)
            if measure in COERCIVE:
                roles = passive_roles(roles, sentence, position, in_actors, language, actors)
            parts = [roles]
            if measure in COERCIVE and position == trigger_pos:
                parts = separate_orders(roles, sentence.text, language, actors)
            for roles in parts:
                for mention in distinct_dates(usable):
                    assert mention.date is not None
                    date_end = mention.date_end
                    if period is not None:
                        date_end = period_end(mention.date, period.value) or period.date_end
                    main = is_main(
                        mention, published, index, total, sentence.paragraph == lead_paragraph
                    )
                    confidence = 0.45
                    confidence += 0.15 if not mention.approximate else 0.05
                    confidence += 0.1 if roles and not inherited else 0.0
                    confidence -= 0.15 if from_context else 0.0
                    confidence += 0.1 if main else 0.0
                    confidence += 0.1 if measure not in ("statement", "other") else 0.0
                    confidence -= 0.2 if fallback else 0.0
                    title = make_title(
                        measure,
                        roles,
                        actors,
                        sentence_figures,
                        sentence.text,
                        language,
                        mention.text,
                    )
                    if fallback:
                        guessed.add(len(events))
                    events.append(
                        ProposedEvent(
                            title=title,
                            summary=sentence.text[:1000],
                            date=mention.date,
                            precision=mention.precision or "day",
                            category=measure,
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
    return _without_result_details(merge_events(_without_guesses_of_known_events(events, guessed)))


# "X has added …", "X hat … verboten": the perfect of a lead that reports news just made.
_PERFECT_LEAD = {
    "en": re.compile(
        r"\b(?:has|have)\s+(?:\w+ly\s+)?(?!been\b|had\b|long\b)\w+(?:ed|en|wn|id|ut|ght)\b", re.I
    ),
    "de": re.compile(
        r"\b(?:hat|haben)\b[^,;.]{0,150}?\b(?:ge\w+(?:t|en)|\w+iert|\w+ossen)\b", re.I
    ),
}


_NO_MATCH = re.compile(r"(?!)")


def _in_news_part(index: int, total: int, in_lead: bool) -> bool:
    """The lead and the first third of the article, before background usually starts."""
    return in_lead or index < max(3, total // 3)


# Verbs of saying beyond the statement triggers: a party that announces, confirms or declines.
_SPEECH = {
    "en": re.compile(
        r"\b(?:announc|confirm|disclos|reveal|acknowledg|admitt|declin|refus|explain|add(?:ed|s)\b|"
        r"not(?:ed|es)\b|report(?:ed|s)\b|tweet|post(?:ed|s)\b)",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(?:bestätigt|verkündet|gab\w* .{0,60}bekannt|räumt\w* .{0,60}ein|lehnt\w* .{0,60}ab|"
        r"verwies|betont|meint|schrieb|erklärt|mitteilte|mitgeteilt|hieß es|berichtet)",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"宣布|确认|说|介绍|透露|公告|披露|通报|答记者问"),
}


# How far into a sentence its subject may start ("On Tuesday, the ministry said …").
_SUBJECT_REACH = {"zh": 20}
_SUBJECT_REACH_DEFAULT = 60


def _names_subject(sentence: Sentence, own_actors: list[ActorMention], language: str) -> bool:
    """Whether the first party the sentence names opens it, as its subject usually does."""
    reach = _SUBJECT_REACH.get(language, _SUBJECT_REACH_DEFAULT)
    first = own_actors[0]
    if first.start - sentence.start > reach:
        return False
    # "Beijing's response came on Tuesday": a possessive describes, the party does nothing
    after = first.end - sentence.start
    return _POSSESSIVE_RE.match(sentence.text, max(after - 2, 0)) is None


_POSSESSIVE_RE = re.compile(r"\S{0,2}?['’]s\b")


def _fallback_category(
    text: str, language: str, own_actors: list[ActorMention], sentence: Sentence
) -> tuple[str, int]:
    """`statement` when a verb of saying follows the first party named, else `other`."""
    first = own_actors[0].start - sentence.start
    speech = _SPEECH.get(language, _SPEECH["en"]).search(text, max(first, 0))
    if speech is not None:
        return "statement", speech.start()
    return "other", len(text)


def _publication_day(sentence: Sentence, published: dt.date) -> DateMention:
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


# Figures from statistics describe a trend; nobody did anything on their date.
_STATISTICS_RE = re.compile(
    r"\baccording to (?:[\w-]+ ){0,4}(?:data|statistics)\b|\b(?:data|statistics) (?:from|by|of) "
    r"(?:[\w-]+ ){0,4}(?:showed?|shows)\b|\blaut (?:[\w-]+ ){0,3}(?:daten|statistik\w*)\b|"
    r"(?:daten|statistik\w*) (?:des|der|von) .{0,60}zufolge|"
    r"(?:统计|数据)显示|据.{0,12}(?:统计|数据)",
    re.IGNORECASE,
)


# Share-price moves are events only as the news itself (the gold conventions).
_SHARE_MOVE_RE = re.compile(
    r"\b(?:shares?|stocks?)\b.{0,60}\b(?:fell|rose|plunged|dropped|tumbled|slumped|sank|jumped|"
    r"soared|climbed|gained|lost)\b|\baktien?\b.{0,60}\b(?:fiel|fielen|stieg|stiegen|brach|brachen|"
    r"verlor|verloren|legte|legten|sackte|sackten)\b|股价|股票.{0,6}(?:上涨|下跌|大涨|大跌|暴跌)|股.{0,12}(?:重挫|下挫|大跌|暴跌|大涨)",
    re.IGNORECASE,
)


_COARSE = ("year",)


def _without_result_details(events: list[ProposedEvent]) -> list[ProposedEvent]:
    """Drop the figures of a results report that the article dates by their period.

    When a company's results are dated by the day they were published ("华为周二发布2019年年报"),
    what the article goes on to say about that year or an earlier one ("2019年研发费用达1317亿元",
    "2018年这一数字为19.5%") describes the same report; the gold conventions date earnings by the
    period only when the day of the report is not given."""
    reported: dict[str, dt.date] = {}
    for event in events:
        if event.category == "earnings" and event.precision == "day":
            for actor in event.actors:
                reported.setdefault(actor.slug, event.date)
    if not reported:
        return events
    kept = []
    for event in events:
        initiator = _initiator(event)
        day = reported.get(initiator) if initiator is not None else None
        if (
            day is not None
            and event.category == "earnings"
            and event.precision in _COARSE
            and event.date < day
        ):
            continue
        kept.append(event)
    return kept


def _without_guesses_of_known_events(
    events: list[ProposedEvent], guessed: set[int]
) -> list[ProposedEvent]:
    """Drop an event proposed without a trigger when one with a trigger has its day and initiator:
    the party's act of that day is already proposed, with a category."""
    if not guessed:
        return events
    known = {(e.date, _initiator(e)) for i, e in enumerate(events) if i not in guessed}
    return [
        e for i, e in enumerate(events) if i not in guessed or (e.date, _initiator(e)) not in known
    ]


def _initiator(event: ProposedEvent) -> str | None:
    return next((a.slug for a in event.actors if a.role == "initiator"), None)


_LETTER_RE = re.compile(r"[^\W\d_]")


_MEASURE_START_AHEAD = 92


MAX_EVENTS = 200


def merge_events(events: list[ProposedEvent]) -> list[ProposedEvent]:
    """One event per (category, date, initiator) in an article; the first sentence is kept."""
    merged: list[ProposedEvent] = []
    index: dict[tuple[object, ...], int] = {}
    for event in events:
        initiator = next((a.slug for a in event.actors if a.role == "initiator"), None)
        # the separate orders of one sentence stay apart by their targets
        targets = frozenset(a.slug for a in event.actors if a.role == "target")
        key = (
            event.evidence_start,
            event.category,
            event.date,
            event.precision,
            initiator,
            targets,
        )
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
