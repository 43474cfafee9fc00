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
   reaction to the day's news, a named party's stated position anywhere in an article about the
   news of its week), otherwise nothing; results a company reports in the first half
   of the article, dated only by their quarter or year, take the day of the news;
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
from dataclasses import dataclass, field, replace
from typing import TypeVar

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
    LIST_ITEM_RE,
    LIST_OPENER_RE,
    MEASURES,
    OPINION_RE,
    PRONOUN_START,
    REACTION_OPENER_RE,
    REACTION_REACH,
    REACTION_REACH_NEWS,
    SIMULTANEOUS_RE,
    SIMULTANEOUS_REACH,
    THIRD_PARTY_START,
    continues_enumeration,
    inherited_subject,
    reacts,
    same_subject,
    spoken_by_person,
)
from timeline.extraction.dates.arithmetic import month_end
from timeline.extraction.event_dates import (
    distinct_dates,
    finest,
    forward_period,
    is_main,
    measure_starts,
    news_day,
    own_dates,
    period_end,
    publication_day,
    said_when,
    usable_date,
)
from timeline.extraction.figures import find_figures
from timeline.extraction.lexicon import tags_for, trigger_regex
from timeline.extraction.measures import measure_parties
from timeline.extraction.roles import (
    is_company,
    main_company,
    with_acting_body,
    with_state_of_body,
)
from timeline.extraction.stances import states_a_position
from timeline.extraction.titles import make_title
from timeline.extraction.types import (
    NO_ACTOR,
    ActorMention,
    ActorRole,
    DateMention,
    GazetteerActor,
    ProposedEvent,
    Sentence,
)


@dataclass(frozen=True)
class _Article:
    """What every sentence's decisions read from the article as a whole."""

    text: str
    language: str
    published: dt.date
    sentences: list[Sentence]
    dates: list[DateMention]
    actor_mentions: list[ActorMention]
    actors: dict[str, GazetteerActor]
    lead_paragraph: int
    has_news_day: bool

    @property
    def total(self) -> int:
        return len(self.sentences)

    def in_lead(self, sentence: Sentence) -> bool:
        return sentence.paragraph == self.lead_paragraph


# The dates and subject of a sentence that opens a list ("target three investments:"), and the
# category of its measures.
_ListContext = tuple[list[DateMention], list[ActorMention], str | None]


@dataclass
class _State:
    """What the sentences read so far leave to the next ones."""

    # the subject of the last sentence that named one, not inherited
    previous_subject: list[ActorMention] = field(default_factory=list)
    # "he", "sie", "他" refer to the last person named
    previous_person: list[ActorMention] = field(default_factory=list)
    # "Diese …" refers to the party named last
    previous_last: list[ActorMention] = field(default_factory=list)
    # sentences that only say who reported the one before, which took their date
    attributed: set[int] = field(default_factory=set)
    # the dates an undated sentence may take (of the last sentence dated by itself, or of the
    # news), where that sentence is, and whether it gave an event
    previous_dates: list[DateMention] = field(default_factory=list)
    previous_index: int = -2
    previous_had_event: bool = False
    # the last dates of the news itself, and where
    news_dates: list[DateMention] = field(default_factory=list)
    news_index: int = -2
    # the first of them: the article's news
    first_news: list[DateMention] = field(default_factory=list)
    list_context: _ListContext | None = None
    # sentences without actors or triggers since `filler_base`
    fillers: int = 0
    filler_base: int = -2
    # the subject of the sentence `previous_dates` are from
    dated_subject: list[ActorMention] = field(default_factory=list)


@dataclass
class _Reading:
    """The decisions about one sentence, filled in step by step."""

    index: int
    sentence: Sentence
    in_dates: list[DateMention]
    own_actors: list[ActorMention]  # the gazetteer matches in the sentence itself
    actors: list[ActorMention]  # with the subject it inherits
    category: str | None
    trigger_pos: int
    subject_before: list[ActorMention]  # the previous subject, before this sentence
    # an opening about someone the gazetteer cannot name ("Analysts said …", "A court …")
    third_party: re.Match[str] | None
    inherited: bool = False
    usable: list[DateMention] = field(default_factory=list)
    from_context: bool = False
    takes_context: bool = False
    verdict: int | None = None
    fallback: bool = False
    stage: str = ""


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
    """The events the sentences propose, merged per article.

    Per sentence, in this order: its actors, its own dates, a date from its context, the date of
    an attribution or of the news it reacts to, the publication day for a perfect lead, a category
    when no trigger fits; then the checks that it reports news, and its events."""
    article = _Article(
        text=text,
        language=language,
        published=published,
        sentences=sentences,
        dates=dates,
        actor_mentions=actor_mentions,
        actors=actors,
        lead_paragraph=sentences[0].paragraph if sentences else 0,
        has_news_day=any(
            news_day([m], published) and usable_date(m, text, published) for m in dates
        ),
    )
    state = _State()
    events: list[ProposedEvent] = []
    guessed: set[int] = set()  # events proposed without a trigger, by their index in `events`
    date_i = actor_i = 0
    for index, sentence in enumerate(sentences):
        in_dates, date_i = _overlapping(dates, date_i, sentence)
        in_actors, actor_i = _overlapping(actor_mentions, actor_i, sentence)
        category, trigger_pos = classify(without_names(sentence, in_actors, actors), language)
        reading = _Reading(
            index=index,
            sentence=sentence,
            in_dates=in_dates,
            own_actors=in_actors,
            actors=in_actors,
            category=category,
            trigger_pos=trigger_pos,
            subject_before=state.previous_subject,
            third_party=THIRD_PARTY_START.match(sentence.text),
        )
        _take_actors(reading, state, article)
        announced_ahead = _take_own_dates(reading, state, article, events)
        _take_report_day(reading, state, article)
        _take_context_dates(reading, state, article, announced_ahead)
        if index in state.attributed:
            continue  # its date went to the sentence it attributes
        _take_attributed_date(reading, state, article, date_i)
        _take_reaction_date(reading, state, article)
        _take_publication_day(reading, article, events)
        _take_stance_day(reading, state, article)
        _take_fallback_category(reading, article)
        if reading.category is None or not reading.actors or not reading.usable:
            continue
        if not _is_news(reading, article) or len(events) >= MAX_EVENTS:
            continue
        # an event proposed for review only leaves the next sentence's context as it was
        state.previous_had_event = state.previous_had_event or not reading.fallback
        if reading.takes_context:
            state.previous_index = index  # "Parallel dazu …. Außerdem …": the enumeration goes on
        first_new = len(events)
        events += _events_of(reading, article)
        if reading.fallback:
            guessed.update(range(first_new, len(events)))
    return _without_result_details(merge_events(_without_guesses_of_known_events(events, guessed)))


_Span = TypeVar("_Span", DateMention, ActorMention)


def _overlapping(mentions: list[_Span], cursor: int, sentence: Sentence) -> tuple[list[_Span], int]:
    """The mentions inside the sentence, and where the next sentence's search starts.

    Mentions are sorted and sentences come in order, so the cursor only moves forward."""
    while cursor < len(mentions) and mentions[cursor].end <= sentence.start:
        cursor += 1
    inside = []
    j = cursor
    while j < len(mentions) and mentions[j].start < sentence.end:
        inside.append(mentions[j])
        j += 1
    return inside, cursor


def _take_actors(reading: _Reading, state: _State, article: _Article) -> None:
    """Which actors the sentence has: its own, or the subject it inherits from before."""
    sentence, in_actors, actors = reading.sentence, reading.own_actors, article.actors
    subject = inherited_subject(
        sentence,
        in_actors,
        subject=state.previous_subject,
        person=state.previous_person,
        last=state.previous_last,
    )
    if subject:
        in_actors = subject + in_actors
        reading.inherited = True
    pronoun = PRONOUN_START.match(sentence.text)
    if (
        not reading.inherited
        and pronoun is not None
        and COMPANY_PRONOUN_RE.search(pronoun.group())
        and in_actors
        and in_actors[0].start - sentence.start < pronoun.end()
        and state.previous_subject
        and state.previous_subject[0].slug != in_actors[0].slug
        and is_company(state.previous_subject[0].slug, actors)
    ):
        # "Volkswagen steigt bei Xpeng ein. Der Konzern übernimmt …": the subject goes on
        first = in_actors[0]
        in_actors = [replace(first, slug=state.previous_subject[0].slug), *in_actors[1:]]
    if in_actors and not reading.inherited:
        state.previous_subject = [in_actors[0]]
    state.previous_last = reading.own_actors[-1:] or state.previous_last
    people = [m for m in in_actors if actors.get(m.slug, NO_ACTOR).kind == "person"]
    if people:
        state.previous_person = [people[-1]]
    if (
        reading.category == "earnings"
        and reading.inherited
        and not is_company(in_actors[0].slug, actors)
    ):
        # "Revenue rose 8%": results are the company's, not the last person's.
        company = main_company(article.actor_mentions, sentence.start, actors)
        if company is not None:
            in_actors = [company, *in_actors[1:]]
    reading.actors = in_actors


def _take_own_dates(
    reading: _Reading, state: _State, article: _Article, events: list[ProposedEvent]
) -> bool:
    """Which of the sentence's own dates are usable; whether it announces a measure ahead.

    A measure announced ahead ("X said it would impose tariffs from February 10") is dated by
    the day the article reports, which the caller takes from context."""
    sentence, text, published = reading.sentence, article.text, article.published
    in_dates, category = reading.in_dates, reading.category
    usable = own_dates(
        in_dates,
        sentence,
        text,
        published,
        earnings=category == "earnings",
        in_lead=article.in_lead(sentence),
    )
    index = reading.index
    previous_sentence_start = article.sentences[index - 1].start if index else sentence.start
    if (
        category in TRADE_MEASURES
        and not any(m.precision == "day" for m in usable)
        # when the measure the sentence before reported starts, it is not a new one
        and not any(
            e.category == category and e.evidence_start >= previous_sentence_start for e in events
        )
    ):
        starts = measure_starts(in_dates, usable, text, published)
        announced_ahead = (
            bool(starts and state.previous_dates)
            and not usable
            and all(m.date is not None and m.date > published for m in starts)
            and trigger_regex("statement", article.language).search(
                sentence.text, 0, reading.trigger_pos
            )
            is not None
            and news_day(state.previous_dates, published)
        )
        # "X said it would impose tariffs from February 10": the news is the announcement,
        # made on the day the article reports, not the later start
        usable = [] if announced_ahead else sorted(starts + usable, key=lambda m: m.start)
    else:
        announced_ahead = False
    reading.usable = usable
    return announced_ahead


def _take_report_day(reading: _Reading, state: _State, article: _Article) -> None:
    """Results a company reports in the news part, dated only by their period ("For its second
    quarter Apple reported revenue of …"), take the day of the news the article reports; the
    gold conventions date earnings by their period only when no day of the report is given."""
    usable = reading.usable
    if (
        reading.category != "earnings"
        or not usable
        or not state.news_dates
        or not all(m.precision in ("quarter", "year") for m in usable)
        # "The figures published that day showed …": the day it names is the report's
        or any(
            m.precision == "day" and usable_date(m, article.text, article.published)
            for m in reading.in_dates
        )
        # the first half of the article, before background: results reported then are news
        or reading.index * 2 >= article.total
    ):
        return
    day = state.news_dates[0].date
    if day is None or any(m.date is None or (day - m.date).days > _REPORTED_WITHIN for m in usable):
        return  # a period long before the news was reported long ago
    report = _RESULTS_REPORTED.get(article.language)
    text = reading.sentence.text
    # "…, according to the annual report the company published": where the figures come from
    attribution = _ACCORDING_TO.search(text)
    if (
        report is None
        or report.search(text, 0, attribution.start() if attribution else len(text)) is None
    ):
        return
    reading.usable, reading.from_context = state.news_dates, True


_ACCORDING_TO = re.compile(r"\baccording to\b|\blaut\b|\bzufolge\b|\bwie aus\b|据|根据")


# How long after its period starts a company reports results (a year and a quarter).
_REPORTED_WITHIN = 480


# A company reporting its results (not an earlier report, "had reported", nor the report's
# content, "the figures showed").
_RESULTS_REPORTED = {
    "en": re.compile(
        r"(?<!\bhad )(?<!\bhas )\b(?:reported|posted|published|announced|released|disclosed)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(?:meldete|meldeten|vorlegte|vorlegten|veröffentlichte|veröffentlichten|"
        r"legte|legten|wies|wiesen)\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"(?<!此前)(?<!曾)(?:发布|公布|披露)"),
}


def _take_context_dates(
    reading: _Reading, state: _State, article: _Article, announced_ahead: bool
) -> None:
    """Which date the sentence takes from its context, and what it leaves to the next ones."""
    index = reading.index
    continues = continues_enumeration(article.sentences, index)
    distance = index - state.previous_index
    if state.previous_index != state.filler_base:
        state.fillers, state.filler_base = 0, state.previous_index
    news_context = bool(state.previous_dates) and news_day(state.previous_dates, article.published)
    reading.verdict = _verdict(reading, state, article)
    reading.takes_context = _follows_dated_sentence(
        reading, state, article, distance=distance, continues=continues, news_context=news_context
    )
    _take_news_as_context(reading, state, article, continues)
    listed = LIST_ITEM_RE.match(reading.sentence.text) is not None
    _settle_dates(reading, state, article, listed=listed, announced_ahead=announced_ahead)
    if not reading.own_actors and reading.category is None and index > state.previous_index:
        state.fillers += 1  # "Damit nicht genug.", "The metals are used in …": no one acts
    _remember_list(reading, state, listed=listed, news_context=news_context, distance=distance)


def _take_news_as_context(
    reading: _Reading, state: _State, article: _Article, continues: bool
) -> None:
    """An undated sentence that goes on with the news after background takes the news' dates.

    The context dates become the news' own for the sentences after it as well."""
    index, sentence, sentences = reading.index, reading.sentence, article.sentences
    if (
        not reading.takes_context
        and not reading.usable
        and continues
        and reading.category not in (None, "statement", "other", "earnings")
        and state.news_dates
        and index - state.news_index <= 2
    ):
        # "Zudem veröffentlichten FBI und NSA eine Warnung" after a sentence of background
        # ("Sie sollen zwischen 2011 und 2018 …"): the enumeration of the news goes on
        reading.takes_context, state.previous_dates = True, state.news_dates
    if (
        not reading.usable
        and reading.category is not None
        and state.first_news
        and index > 0
        and sentence.paragraph != sentences[index - 1].paragraph
        and SIMULTANEOUS_RE.match(sentence.text)
    ):
        # "Zeitgleich unterzeichnete Audi …" opening a paragraph: at the time of the article's
        # news, not of the background the paragraph before ended on
        reading.takes_context, state.previous_dates = True, state.first_news


def _settle_dates(
    reading: _Reading, state: _State, article: _Article, *, listed: bool, announced_ahead: bool
) -> None:
    """The dates of a list item or of a sentence taking context; a sentence with its own dates
    becomes the context of the next ones."""
    list_context = state.list_context
    if listed and list_context is not None and list_context[0] and not reading.usable:
        # "Canada ordered three companies to divest: - A must sell …, - B must …": each
        # item is a measure of the announcement the list opens with, by its subject
        reading.usable, reading.from_context = list_context[0], True
        opener = list_context[1]
        if reading.category is None and list_context[2] is not None:
            # "- B was told to sell its holding": an item of a list of measures is one
            reading.category, reading.trigger_pos = list_context[2], 0
        own_actors = reading.own_actors
        if opener and not (own_actors and own_actors[0].slug == opener[0].slug):
            reading.actors = opener + own_actors
    elif reading.takes_context or announced_ahead:
        reading.usable, reading.from_context = state.previous_dates, True
        if reading.inherited and state.dated_subject:
            # "同一份行政令还…", "The same order also …": the measure is that sentence's
            # subject's, not the last speaker's
            reading.actors = state.dated_subject + reading.own_actors
    elif reading.usable:
        if news_day(reading.usable, article.published):
            state.news_dates, state.news_index = reading.usable, reading.index
            state.first_news = state.first_news or reading.usable
        state.previous_dates, state.previous_index = reading.usable, reading.index
        state.previous_had_event = False
        state.dated_subject = reading.actors[:1]


def _remember_list(
    reading: _Reading, state: _State, *, listed: bool, news_context: bool, distance: int
) -> None:
    """A sentence opening a list leaves its dates, subject and category to the items after it;
    anything but an item ends the list."""
    if LIST_OPENER_RE.search(reading.sentence.text):
        opening_dates = reading.usable or (
            state.previous_dates if news_context and distance <= 2 else []
        )
        state.list_context = (
            opening_dates,
            reading.actors[:1] or state.dated_subject,
            reading.category,
        )
    elif not listed:
        state.list_context = None


def _verdict(reading: _Reading, state: _State, article: _Article) -> int | None:
    """Where a party's verdict on the news starts ("Huawei said it was disappointed"), if the
    sentence is one; decided before context dating, on the sentence's own dates."""
    index, sentence = reading.index, reading.sentence
    # "Peking reagierte verärgert. Das Handelsministerium warf der EU vor, …": after a
    # sentence announcing a reaction, the next one is that reaction however late it comes
    opened = index > 0 and REACTION_OPENER_RE.match(article.sentences[index - 1].text) is not None
    if (
        reading.usable
        or not reading.own_actors
        or not state.news_dates
        or (index - state.news_index > REACTION_REACH_NEWS and not opened)
    ):
        return None
    return reacts(
        sentence.text,
        article.language,
        reading.trigger_pos,
        [m.start - sentence.start for m in reading.own_actors],
    )


def _follows_dated_sentence(
    reading: _Reading,
    state: _State,
    article: _Article,
    *,
    distance: int,
    continues: bool,
    news_context: bool,
) -> bool:
    """Whether a sentence without a date of its own takes that of the dated sentence before."""
    sentence, category = reading.sentence, reading.category
    return (
        bool(state.previous_dates)
        and not reading.usable
        and (
            # a lead sentence, or one after a sentence dated on the news day that gave no event
            # ("Beijing's response came on Tuesday. A spokesperson said …")
            (
                distance == 1
                and not state.previous_had_event
                and (
                    news_context
                    or (article.in_lead(sentence) and not (state.news_dates and reading.verdict))
                )
            )
            # the next measure of an enumeration ("其中", "Separately", "The same order")
            or (distance - state.fillers <= 2 and category in MEASURES and continues)
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
                and same_subject(sentence, reading.own_actors, reading.subject_before)
                and not trigger_regex("statement", article.language).search(
                    sentence.text, 0, reading.trigger_pos
                )
            )
        )
    )


def _take_attributed_date(reading: _Reading, state: _State, article: _Article, date_i: int) -> None:
    """The date of the next sentence when it only says who reported this one."""
    index, dates = reading.index, article.dates
    if (
        not reading.usable
        and reading.category is not None
        and reading.actors
        and index + 1 < article.total
    ):
        # "SAIC hat Klage eingereicht. Das teilte das Unternehmen am Montag mit."
        following = article.sentences[index + 1]
        if ATTRIBUTION_RE.match(following.text):
            reading.usable = finest(
                [
                    m
                    for m in dates[date_i:]
                    if following.start <= m.start < following.end
                    and usable_date(m, article.text, article.published)
                ]
            )
            if reading.usable:
                state.attributed.add(index + 1)


def _take_reaction_date(reading: _Reading, state: _State, article: _Article) -> None:
    """A reaction to the day's news is dated by it, and a party's verdict on it is a statement."""
    sentence, language = reading.sentence, article.language
    if (
        not reading.usable
        and reading.category is not None
        and reading.actors
        and state.previous_dates
        and reading.index - state.previous_index <= REACTION_REACH
        and news_day(state.previous_dates, article.published)
        and reading.third_party is None
        and spoken_by_person(sentence.text, language, reading.own_actors, article.actors)
    ):
        # "Habeck sagte, Deutschland bleibe offen": a reaction to the day's news is dated by it
        reading.usable, reading.from_context = state.previous_dates, True
    reaction = None if reading.usable else reading.verdict
    if reaction is not None and reading.third_party is None:
        # "Nexperia said it was shocked by the decision": a party's verdict on the news
        # (background dated since then does not change which news it answers)
        if reading.category is None or reaction < reading.trigger_pos:
            # what the party says about the measure: "高通回应称，将全力配合调查"
            reading.category, reading.trigger_pos = "statement", reaction
        reading.usable, reading.from_context = state.news_dates, True


def _take_publication_day(
    reading: _Reading, article: _Article, events: list[ProposedEvent]
) -> None:
    """The publication day for an undated lead that reports news just made."""
    sentence = reading.sentence
    if (
        not reading.usable
        and not events
        and reading.index <= 1
        and reading.category not in (None, "statement", "other", "earnings")
        and reading.own_actors
        and not article.has_news_day
        and _PERFECT_LEAD.get(article.language, _NO_MATCH).search(
            sentence.text, 0, reading.trigger_pos + 1
        )
    ):
        # "Taiwan has added Huawei to its export control list": a lead in the perfect that
        # no day of the article dates reports the news of the publication day
        reading.usable = [publication_day(sentence, article.published)]


def _take_stance_day(reading: _Reading, state: _State, article: _Article) -> None:
    """A named party's undated position in an article about news of its week was taken on the
    day of that news, however far from it the article quotes it."""
    sentence = reading.sentence
    if (
        reading.usable
        or reading.category is None
        or not reading.actors
        or reading.third_party is not None
        or not state.first_news
        or not news_day(state.first_news, article.published)
        or REACTION_OPENER_RE.match(sentence.text)
    ):
        return
    speech = reading.trigger_pos if reading.category == "statement" else -1
    if reading.category not in ("statement", "earnings"):
        # "TikTok said it was pleased with the ruling": the party speaks about the measure
        said = trigger_regex("statement", article.language).search(
            sentence.text, 0, max(reading.trigger_pos, 0)
        )
        speech = said.start() if said else -1
    if speech >= 0 and states_a_position(sentence, article.language, speech, reading.own_actors):
        # "BMW-Chef Oliver Zipse nannte sie den falschen Weg": said on the day of the news
        reading.category, reading.trigger_pos = "statement", speech
        # a position answers the news when all of it is out: "Kanada nahm Meng am 1. Dezember
        # fest, wie am Mittwoch bekannt wurde" is answered after Wednesday, once
        latest = max(state.first_news, key=lambda m: m.date or dt.date.min)
        reading.usable, reading.from_context = [latest], True


def _take_fallback_category(reading: _Reading, article: _Article) -> None:
    """A category for a sentence no trigger fits, when the party it opens with acts on the news
    day."""
    sentence, own_actors = reading.sentence, reading.own_actors
    if (
        reading.category is None
        and reading.usable
        and not reading.from_context
        and own_actors
        and _in_news_part(reading.index, article.total, article.in_lead(sentence))
        and news_day(reading.usable, article.published)
        and reading.third_party is None
        and not _SHARE_MOVE_RE.search(sentence.text)
        and _names_subject(sentence, own_actors, article.language)
    ):
        # no trigger, but a named party on the day of the news: an event for editors to review
        reading.category, reading.trigger_pos = _fallback_category(
            sentence.text, article.language, own_actors, sentence
        )
        reading.fallback = True


def _is_news(reading: _Reading, article: _Article) -> bool:
    """Whether a sentence with a category, actors and a date reports news; refines its category
    and notes its stage on the way."""
    sentence = reading.sentence
    if not _refine(reading, article) or _third_party_opinion(reading):
        return False
    if reading.category != "earnings" and _STATISTICS_RE.search(sentence.text):
        return False  # "Investment fell to a decade low in 2023, according to industry data"
    reading.stage = detect_stage(sentence.text, article.language)
    if reading.stage == "effective" and not article.in_lead(sentence):
        return False
    if (
        reading.category == "other"
        and not article.in_lead(sentence)
        and reading.index * 3 >= article.total
        and _SHARE_MOVE_RE.search(sentence.text)
    ):
        return False  # "Tencent shares fell 10% on Friday": a reaction, unless it is the news
    return _LETTER_RE.search(sentence.text) is not None


def _refine(reading: _Reading, article: _Article) -> bool:
    """Correct the category by who speaks and who takes part (not a fallback's, which no trigger
    gave); a statement keeps only the date it was made on, and without one it is no event."""
    assert reading.category is not None
    sentence = reading.sentence
    if not reading.fallback:
        reading.category, reading.trigger_pos = refine_category(
            reading.category,
            reading.trigger_pos,
            sentence.text,
            article.language,
            [(max(m.start - sentence.start, -1), m.slug) for m in reading.actors],
            article.actors,
        )
    if reading.category == "statement" and not reading.from_context:
        reading.usable = said_when(reading.usable, sentence, reading.trigger_pos, article.language)
        if not reading.usable:
            return False
    return True


def _third_party_opinion(reading: _Reading) -> bool:
    """Whether an unnamed third party the sentence is about only gives its view."""
    sentence, category, trigger_pos = reading.sentence, reading.category, reading.trigger_pos
    third_party = reading.third_party
    if third_party is None:
        return False
    # a trigger inside the description of the third party ("研究中美经贸的学者") is not the news
    opinion_reach = trigger_pos if trigger_pos >= third_party.end() else len(sentence.text)
    # "Zudem verlangen die Produzenten …": the verb may come before the unnamed subject, unless
    # a party the text names speaks first ("Cook told analysts …")
    opinion_from = (
        third_party.end()
        if any(m.start - sentence.start < third_party.end() for m in reading.own_actors)
        else 0
    )
    # "Analysts said on Monday that China would retaliate", "分析师认为，华为的年报表明…":
    # no party speaks, and what an analyst reads into the news is not news
    return (category == "statement" and third_party.end() <= trigger_pos) or (
        OPINION_RE.search(sentence.text, opinion_from, opinion_reach) is not None
    )


def _events_of(reading: _Reading, article: _Article) -> list[ProposedEvent]:
    """The events of a sentence: one per measure it reports, per order and per date."""
    assert reading.category is not None
    sentence, language = reading.sentence, article.language
    period = forward_period(reading.in_dates)
    sentence_figures = tuple(f for _, _, f in find_figures(sentence.text, language))
    tags = tags_for(sentence.text)
    events: list[ProposedEvent] = []
    for measure, roles in measure_parties(
        sentence, language, reading.category, reading.trigger_pos, reading.actors, article.actors
    ):
        roles = with_acting_body(roles, measure, article.actor_mentions, article.actors)
        roles = with_state_of_body(roles, measure, article.actor_mentions, article.actors)
        for mention in distinct_dates(reading.usable):
            assert mention.date is not None
            date_end = mention.date_end
            if period is not None:
                date_end = period_end(mention.date, period.value) or period.date_end
            main = is_main(
                mention, article.published, reading.index, article.total, article.in_lead(sentence)
            )
            events.append(
                ProposedEvent(
                    title=make_title(
                        measure,
                        roles,
                        article.actors,
                        sentence_figures,
                        sentence.text,
                        language,
                        mention.text,
                    ),
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
                    confidence=_confidence(reading, mention, roles, measure, main),
                    main=main,
                    stage=reading.stage,
                )
            )
    return events


def _confidence(
    reading: _Reading,
    mention: DateMention,
    roles: tuple[ActorRole, ...],
    measure: str,
    main: bool,
) -> float:
    confidence = 0.45
    confidence += 0.15 if not mention.approximate else 0.05
    confidence += 0.1 if roles and not reading.inherited else 0.0
    confidence -= 0.15 if reading.from_context else 0.0
    confidence += 0.1 if main else 0.0
    confidence += 0.1 if measure not in ("statement", "other") else 0.0
    confidence -= 0.2 if reading.fallback else 0.0
    return round(min(confidence, 0.95), 2)


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


_COARSE = ("year", "quarter")


def _without_result_details(events: list[ProposedEvent]) -> list[ProposedEvent]:
    """Drop the figures of a results report that the article dates by their period.

    When a company's results are dated by the day they were published ("华为周二发布2019年年报"),
    what the article goes on to say about that year, half or quarter or an earlier one
    ("2019年研发费用达1317亿元", "2018年这一数字为19.5%", "去年上半年，华为营收曾同比大增34.3%")
    describes the same report, when that period was over by the day of the report; the gold
    conventions date earnings by the period only when the day of the report is not given."""
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
            and _period_end(event) < day
        ):
            continue
        kept.append(event)
    return kept


def _period_end(event: ProposedEvent) -> dt.date:
    """The last day of the period a coarse event is dated by."""
    if event.date_end is not None:
        return event.date_end
    if event.precision == "quarter":
        return month_end(event.date.year, event.date.month + 2)
    return dt.date(event.date.year, 12, 31)


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
