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
Events of one article with the same category, date and initiator are merged.
"""

import datetime as dt
import re
from dataclasses import dataclass, replace

from timeline.extraction.dates import EFFECTIVE_AFTER, EFFECTIVE_BEFORE
from timeline.extraction.figures import find_figures
from timeline.extraction.lexicon import (
    CATEGORY_ORDER,
    INTERVIEW,
    PREDICATES,
    SPEAKERS,
    decision_regex,
    demand_regex,
    predicate_regex,
    stage_regex,
    tags_for,
    threat_regex,
    trigger_regex,
)
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
    r"^\W*(?:(?:[A-Z][\w ,]{0,30}?[\s,]+)?(?:it|he|she|they|the company|the group|the ministry|"
    r"the department|the firm|es|er|sie|der konzern|das unternehmen|die firma|"
    # "Diese hatten am selben Tag …": the demonstrative as subject, not "Diese Regeln"
    r"diese[rs]?(?= (?:hat|hatte|hatten|haben|ist|sind|war|waren|wurden?|will|wollten?)\b))\b"
    # "It is unclear whether ...", "Es gibt ...": no one is the subject.
    r"(?<!\bit(?= (?:is|was|remains|seems|appears|would be|will be|has been)\b))"
    r"(?<!\bes(?= (?:ist|gibt|gab|bleibt|scheint|war)\b))|"
    # Chinese has no word boundaries; an opening adverbial ("R1发布当天，他") may come first.
    r"(?:[^，。！？；\s]{1,15}[，,])?(?:该公司|该集团|公司|其(?![中他实余次])|他|她))",
    re.IGNORECASE,
)


# A sentence whose subject is someone the gazetteer cannot name ("A federal appeals court
# upheld the law", "Analysts said ...") is not about the previous sentence's subject.
_THIRD_PARTY_START = re.compile(
    r"^\W*(?:(?:a|an|the|one|some|many|several|ein|eine|einige|viele|mehrere|die|der)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:court|judge|jury|analysts?|investors?|critics?|experts?|observers?|"
    r"economists?|traders?|commentators?|scholars?|academics?|(?:industry|trade|business|lobby) "
    r"groups?|gericht|richter(?:in)?|analysten|anleger|experten|beobachter|kritiker|ökonomen|"
    r"händler|wissenschaftler|fachleute|branchenvertreter|branchenverbände|wirtschaftsverbände)\b|"
    r"^\W*(?:分析人士|分析师|专家|业内人士|观察人士|学者|经济学家|法院|法官)|"
    # "资深通信行业分析师认为": a described analyst (courts stay bare: the gazetteer names them)
    r"^\W*[\u4e00-\u9fff]{1,16}?(?:分析人士|分析师|专家|业内人士|观察人士|学者|经济学家)",
    re.IGNORECASE,
)
# What such a third party says, thinks or expects is an opinion, whatever it is about.
_OPINION_RE = re.compile(
    r"\b(?:said|say|says|told|expects?|expected|believes?|believed|thinks?|thought|estimates?|"
    r"estimated|predicts?|predicted|warned|sagte\w*|sagen|sagt|erwarte\w*|glaube\w*|meinen|meint|"
    r"schätze\w*|rechne\w* (?:damit|mit)|warnte\w*)\b|认为|表示|预计|估计|预测|指出|称|说",
    re.IGNORECASE,
)
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_COMPANY_PRONOUN_RE = re.compile(
    r"\b(?:the company|the group|the firm|der konzern|das unternehmen|die firma)$", re.IGNORECASE
)
_DEMONSTRATIVE_RE = re.compile(r"\bdiese[rs]?$", re.IGNORECASE)
_PERSONAL_RE = re.compile(r"\b(?:he|she|er)$|[他她]$", re.IGNORECASE)
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

    A predicate that is news whatever else the sentence names ("filed a complaint at the WTO",
    "held talks") decides first; then the trade measures (sanctions, export controls, tariffs),
    the one named first winning, as it is usually the news; then `CATEGORY_ORDER`.
    """
    predicates = []
    for category in PREDICATES:
        m = predicate_regex(category, language).search(sentence)
        if m:
            predicates.append((m.start(), category))
    measures = []
    for category in _TRADE_MEASURES:
        m = trigger_regex(category, language).search(sentence)
        if m:
            measures.append((m.start(), category))
    if predicates:
        start, category = min(predicates)
        planned = _PLANNED.get(language, _PLANNED["en"]).search(sentence, max(0, start - 25), start)
        if not (planned and measures and min(measures)[0] < start):
            return category, start
        # "added PVH to its list and said it would file a complaint": the deed is the news
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


_GOVERNMENT_KINDS = ("government_body", "country")


_COURT_RE = re.compile(r"court|gericht|法院", re.IGNORECASE)


def _without_names(
    sentence: Sentence, mentions: list[ActorMention], actors: dict[str, GazetteerActor]
) -> str:
    """The sentence with the names of government bodies and companies blanked: "the Customs
    Tariff Commission said", "die US-Zollbehörde hielt … fest" name no tariff. A court's name
    stays: that a court acts is the news."""
    text = sentence.text
    for m in mentions:
        actor = actors.get(m.slug, _NO_ACTOR)
        if actor.kind not in ("government_body", "company") or _COURT_RE.search(m.text):
            continue
        start, end = max(m.start - sentence.start, 0), max(m.end - sentence.start, 0)
        if start < end:
            text = text[:start] + "_" * (end - start) + text[end:]
    return text


_PLANNED = {
    "en": re.compile(r"\b(?:would|will|plans? to|intends? to)\b", re.IGNORECASE),
    "de": re.compile(r"\b(?:werde|werden|wolle|wollen|will|plant)\b", re.IGNORECASE),
    "zh": re.compile(r"将(?!近)|拟|计划"),
}


def refine_category(
    category: str,
    trigger_pos: int,
    sentence: str,
    language: str,
    mentions: list[tuple[int, str]],
    actors: dict[str, GazetteerActor],
) -> tuple[str, int]:
    """Correct the lexicon's category with what the sentence's actors and speech verbs say.

    `mentions` are (offset in the sentence, slug). A person (or a spokesperson, a CEO) who says,
    argues or reveals something before the trigger makes a statement: "the CEO told analysts
    the company would invest" reports words, not the investment; for trade measures only a
    threat or a criticism does ("Trump threatened new tariffs"), as a plain "said" often
    announces the measure. What a company says it did ("would comply", "had ceased") is
    `other`; a trigger inside a quotation that someone is said to have spoken is a statement;
    talks among actors of one country only are domestic policy, an interview a statement; a
    takeover by a government is a policy measure.
    """
    if category == "statement":
        market = trigger_regex("other", language).search(sentence, max(trigger_pos, 0))
        if market:  # "the company said it would comply", "told the exchange it had ceased"
            return "other", market.start()
    if category in ("statement", "other"):
        return category, trigger_pos
    demand = demand_regex(language).search(sentence, 0, max(trigger_pos, 0))
    if demand:  # "Lawmakers called on the administration to impose tariffs": they only ask
        return "statement", demand.start()
    quoted = _inside_quote(sentence, trigger_pos)
    if quoted is not None:
        speech = trigger_regex("statement", language).search(sentence[: quoted[0]]) or (
            trigger_regex("statement", language).search(sentence, quoted[1])
        )
        if speech:  # '"We will answer these tariffs," the minister said': words, not a measure
            return "statement", speech.start()
    speech = trigger_regex("statement", language).search(sentence, 0, max(trigger_pos, 0))
    if speech and not (
        category in PREDICATES and predicate_regex(category, language).match(sentence, trigger_pos)
    ):
        speaker = [slug for pos, slug in mentions if pos < speech.start()]
        person = bool(speaker) and actors.get(speaker[-1], _NO_ACTOR).kind == "person"
        titled = SPEAKERS.search(sentence, 0, speech.start()) is not None
        if category in _TRADE_MEASURES:
            threat = threat_regex(language).search(sentence, 0, trigger_pos)
            if threat and (person or titled):
                return "statement", threat.start()
            if titled and not decision_regex(language).search(sentence):
                return "statement", speech.start()
        elif (
            (person or titled)
            and category != "earnings"  # a CFO's figures are results
            # an official announcing what their body does ("Wettbewerbskommissarin Vestager
            # kündigte an, die Behörde prüfe …") reports the measure
            and not (
                person
                and len(speaker) >= 2
                and actors.get(speaker[-2], _NO_ACTOR).kind == "government_body"
                and decision_regex(language).search(sentence, 0, max(trigger_pos, 0))
            )
        ):
            return "statement", speech.start()
    if category == "diplomacy":
        if INTERVIEW.search(sentence):
            return "statement", trigger_pos
        countries = {actors[slug].country for _, slug in mentions if slug in actors}
        if len({slug for _, slug in mentions}) >= 2 and len(countries) == 1 and "" not in countries:
            return "government_policy", trigger_pos
    if category == "mergers_acquisitions" and _minority_stake(sentence):
        return "investment", trigger_pos  # "übernimmt knapp 4,99 Prozent an Xpeng": no takeover
    if category == "mergers_acquisitions" and not _BLOCKED.get(language, _BLOCKED["en"]).search(
        sentence, 0, trigger_pos
    ):
        before = [slug for pos, slug in mentions if pos < trigger_pos]
        if before and actors.get(before[0], _NO_ACTOR).kind in _GOVERNMENT_KINDS:
            return "government_policy", trigger_pos
    return category, trigger_pos


_STAKE_RE = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*(?:%|prozent|percent|per cent)(?:\s*(?:der|of the|of its))?"
    r"[^.;。；]{0,40}?(?:\banteil|\bstake|\ba[mn]\b|\bin\b|股份|股权)|"
    r"(?:anteil|stake|beteiligung)\w*\s+(?:von|of)\s+(?:rund |knapp |etwa |about |around )?"
    r"(\d+(?:[.,]\d+)?)\s*(?:%|prozent|percent|per cent)|"
    r"(\d+(?:\.\d+)?)\s*%的?(?:股份|股权)",
    re.IGNORECASE,
)


def _minority_stake(sentence: str) -> bool:
    """Whether the deal the sentence reports is a stake of less than half ("20 Prozent am
    Netzbetreiber", "a 10% stake", "20%的股份"): an investment, not a takeover."""
    m = _STAKE_RE.search(sentence)
    if m is None:
        return False
    number = next(g for g in m.groups() if g is not None)
    return float(number.replace(",", ".")) < 50


# "The cabinet prohibited the takeover": a government that stops a deal does not take a company
# over, the deal stays the news.
_BLOCKED = {
    "en": re.compile(
        r"\b(?:block\w*|prohibit\w*|bar(?:s|red|ring)?|stop(?:s|ped|ping)?|veto\w*|halt\w*)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(r"\b(?:verbot|verboten|verbietet|untersag\w*|stoppt\w*|blockiert\w*)\b", re.I),
    "zh": re.compile(r"叫停|禁止|否决|阻止"),
}
_QUOTE_RE = re.compile(
    r'"[^"]{4,}?"|“[^”]{4,}?”|„[^“”]{4,}?[“”]|«[^»]{4,}?»|「[^」]{4,}?」|『[^』]{4,}?』'
)


def _inside_quote(sentence: str, position: int) -> tuple[int, int] | None:
    """The span of the quotation that holds `position`, if any; short quotes ("so-called
    "reciprocal" tariffs", the name of a list) mark words, not speech."""
    for m in _QUOTE_RE.finditer(sentence):
        spoken = len(m.group()) >= (12 if _CJK_RE.search(m.group()) else 30)
        if spoken and m.start() < position < m.end():
            return m.start(), m.end()
    return None


def _is_company(slug: str, actors: dict[str, GazetteerActor]) -> bool:
    return actors.get(slug, _NO_ACTOR).kind == "company"


def _main_company(
    mentions: list[ActorMention], before: int, actors: dict[str, GazetteerActor]
) -> ActorMention | None:
    """The company the text has named most often before `before` (the latest mention of it)."""
    counts: dict[str, int] = {}
    latest: dict[str, ActorMention] = {}
    for m in mentions:
        if m.start >= before:
            break
        if _is_company(m.slug, actors):
            counts[m.slug] = counts.get(m.slug, 0) + 1
            latest[m.slug] = m
    if not counts:
        return None
    return latest[max(counts, key=lambda slug: counts[slug])]


_NO_ACTOR = GazetteerActor(slug="", name="", kind="", country="", aliases=())


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
    if _BASELINE_BEFORE.search(before) or _BASELINE_AFTER.match(text, m.end):
        return False
    if _ALS_BEFORE.search(before) and _COUNTED_BACK.search(m.text):
        return False
    if m.precision == "year" and (
        _LAW_BEFORE.search(text, max(0, m.start - 50), m.start) or _LAW_AFTER.match(text, m.end)
    ):
        return False
    if (m.date > published or m.value == "PAST_REF") and _AHEAD_BEFORE.search(
        _clause_before(text, m.start)
    ):
        # "特朗普将于本周四与习近平会面", "they would meet at the end of October"; "将于近期开售"
        # is soon, not recently
        return False
    if _FORECAST_BEFORE.search(_clause_before(text, m.start)):
        return False  # "It expects sales to decline in the fourth quarter": a forecast
    if text[max(0, m.start - 1) : m.start] in ("与", "和", "同") and _COMPARED_AFTER.match(
        text, m.end
    ):
        return False  # "与2018年贸易战时相比": a yardstick
    return m.date <= published + dt.timedelta(days=3)


def _clause_before(text: str, position: int) -> str:
    """Up to 80 characters before `position`, back to the end of the last sentence or clause."""
    window = text[max(0, position - 80) : position]
    cut = max(window.rfind(c) for c in ".;!?。；！？，")
    return window[cut + 1 :]


# A clause that speaks of what is still to come: its days after publication are plans.
_AHEAD_BEFORE = re.compile(
    r"\b(?:will|would|shall|plans? to|is to|are to|wird|werden|soll|sollen)\b|"
    r"将于|将在|计划于|拟于",
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
_COMPARED_AFTER = re.compile(r"[^，。；]{0,24}?(?:相比|相较|比较)")


# "measured against 2017 levels", "gegenüber 2019", "较2023年同期": a yardstick, not a date.
_BASELINE_BEFORE = re.compile(
    r"(?:\b(?:against|compared (?:with|to)|relative to|versus|vs\.?|than(?: in)?|"
    r"gegenüber|im vergleich zu|verglichen mit)\s*$)|(?:(?:较|比|相比|同比)\s*$)",
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


def _start_date_as_news(
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


# "Huawei was added to the Entity List", "wurde … auf die Liste gesetzt", "被列入": the subject
# is acted upon.
_PASSIVE = {
    "en": re.compile(
        r"\b(?:was|were|has been|have been|had been|is being|are being)\s+(?:\w+ly\s+)?"
        r"(?:added|placed|put|hit|targeted|sanctioned|blacklisted|banned|fined|sued|charged|barred|"
        r"listed|included|indicted|investigated|probed)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(?:wurde|wurden|worden)\b[^.;]{0,80}?\b(?:gesetzt|aufgenommen|belegt|sanktioniert|"
        r"verklagt|gelistet|ausgeschlossen|angeklagt|bestraft)\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"被(?:美国|美方|中方|欧盟)?(?:列入|纳入|制裁|处罚|起诉|罚款|调查|加征)"),
}


def _passive_roles(
    roles: tuple[ActorRole, ...],
    sentence: Sentence,
    trigger_pos: int,
    mentions: list[ActorMention],
    language: str,
    actors: dict[str, GazetteerActor],
) -> tuple[ActorRole, ...]:
    """In a passive sentence the subject is the target; the acting party is the government (of
    another country) named after the verb or as the list's owner ("the US Entity List")."""
    passive = _PASSIVE.get(language, _PASSIVE["en"]).search(sentence.text, 0, trigger_pos + 40)
    if passive is None or not roles or not -40 <= trigger_pos - passive.end() <= 40:
        return roles
    subject = roles[0].slug
    subject_actor = actors.get(subject, _NO_ACTOR)
    at = sentence.start + passive.start()
    if not any(m.slug == subject and m.start < at for m in mentions):
        return roles
    agent = next(
        (
            m.slug
            for m in mentions
            if m.start >= at
            and actors.get(m.slug, _NO_ACTOR).kind in _GOVERNMENT_KINDS
            and actors[m.slug].country != subject_actor.country
        ),
        None,
    )
    if agent is None:
        return roles
    rest = [r for r in roles[1:] if r.slug != agent]
    return (ActorRole(agent, "initiator"), ActorRole(subject, "target"), *rest)


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
    previous_person: list[ActorMention] = []  # "he", "sie", "他" refer to the last person named
    previous_last: list[ActorMention] = []
    attributed: set[int] = set()
    previous_dates: list[DateMention] = []
    previous_index = -2
    previous_had_event = False
    dated_subject: list[ActorMention] = []  # the subject of the sentence previous_dates are from
    lead_paragraph = sentences[0].paragraph if sentences else 0
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
        category, trigger_pos = classify(_without_names(sentence, in_actors, actors), language)
        inherited = False
        own_actors = in_actors
        subject_before = previous_subject
        pronoun = _PRONOUN_START.match(sentence.text)
        if (
            (not in_actors and not _THIRD_PARTY_START.match(sentence.text))
            or (pronoun is not None and in_actors[0].start - sentence.start >= pronoun.end())
        ) and previous_subject:
            personal = pronoun is not None and _PERSONAL_RE.search(pronoun.group())
            subject = previous_person if personal and previous_person else previous_subject
            if pronoun is not None and _DEMONSTRATIVE_RE.search(pronoun.group()) and previous_last:
                subject = previous_last  # "Diese" is the party named last, not the subject
            in_actors = subject + in_actors
            inherited = True
        if (
            not inherited
            and pronoun is not None
            and _COMPANY_PRONOUN_RE.search(pronoun.group())
            and in_actors
            and in_actors[0].start - sentence.start < pronoun.end()
            and previous_subject
            and previous_subject[0].slug != in_actors[0].slug
            and _is_company(previous_subject[0].slug, actors)
        ):
            # "Volkswagen steigt bei Xpeng ein. Der Konzern übernimmt …": the subject goes on
            first = in_actors[0]
            in_actors = [replace(first, slug=previous_subject[0].slug), *in_actors[1:]]
        if in_actors and not inherited:
            previous_subject = [in_actors[0]]
        previous_last = own_actors[-1:] or previous_last
        people = [m for m in in_actors if actors.get(m.slug, _NO_ACTOR).kind == "person"]
        if people:
            previous_person = [people[-1]]
        if category == "earnings" and inherited and not _is_company(in_actors[0].slug, actors):
            # "Revenue rose 8%": results are the company's, not the last person's.
            company = _main_company(actor_mentions, sentence.start, actors)
            if company is not None:
                in_actors = [company, *in_actors[1:]]
        candidates = _without_dateline(
            [m for m in in_dates if _usable_date(m, text, published)], sentence
        )
        usable = _finest(candidates)
        if category == "earnings":
            usable = _reported_period(usable, candidates)
        if not usable and sentence.paragraph == lead_paragraph:
            usable = [m for m in in_dates if _start_date_as_news(m, text, published)]
        if (
            category in _TRADE_MEASURES
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
                and _start_date_as_news(m, text, published, _MEASURE_START_AHEAD, 31)
            ]
            announced_ahead = (
                bool(starts and previous_dates)
                and not usable
                and all(m.date is not None and m.date > published for m in starts)
                and trigger_regex("statement", language).search(sentence.text, 0, trigger_pos)
                is not None
                and _news_day(previous_dates, published)
            )
            # "X said it would impose tariffs from February 10": the news is the announcement,
            # made on the day the article reports, not the later start
            usable = [] if announced_ahead else sorted(starts + usable, key=lambda m: m.start)
        else:
            announced_ahead = False
        from_context = False
        distance = index - previous_index
        news_context = bool(previous_dates) and _news_day(previous_dates, published)
        takes_context = (
            bool(previous_dates)
            and not usable
            and (
                # a lead sentence, or one after a sentence dated on the news day that gave no event
                # ("Beijing's response came on Tuesday. A spokesperson said …")
                (
                    distance == 1
                    and not previous_had_event
                    and (sentence.paragraph == lead_paragraph or news_context)
                )
                # the next measure of an enumeration ("其中", "Separately", "The same order")
                or (
                    distance <= 2
                    and category in _MEASURES
                    and bool(_CONTINUATION_RE.match(sentence.text))
                )
                # "Zugleich", "At the same time"
                or (
                    distance <= _SIMULTANEOUS_REACH
                    and category is not None
                    and bool(_SIMULTANEOUS_RE.match(sentence.text))
                )
                # the next measure of the same subject, which says nothing about it first
                or (
                    distance == 1
                    and category in _MEASURES
                    and news_context
                    and _same_subject(sentence, own_actors, subject_before)
                    and not trigger_regex("statement", language).search(
                        sentence.text, 0, trigger_pos
                    )
                )
            )
        )
        if takes_context or announced_ahead:
            usable, from_context = previous_dates, True
            if inherited and dated_subject:
                # "同一份行政令还…", "The same order also …": the measure is that sentence's
                # subject's, not the last speaker's
                in_actors = dated_subject + own_actors
        elif usable:
            previous_dates, previous_index = usable, index
            previous_had_event = False
            dated_subject = in_actors[:1]
        if index in attributed:
            continue  # its date went to the sentence it attributes
        if not usable and category is not None and in_actors and index + 1 < total:
            # "SAIC hat Klage eingereicht. Das teilte das Unternehmen am Montag mit."
            following = sentences[index + 1]
            if _ATTRIBUTION_RE.match(following.text):
                usable = _finest(
                    [
                        m
                        for m in dates[date_i:]
                        if following.start <= m.start < following.end
                        and _usable_date(m, text, published)
                    ]
                )
                if usable:
                    attributed.add(index + 1)
        if (
            not usable
            and category is not None
            and in_actors
            and previous_dates
            and index - previous_index <= _REACTION_REACH
            and _news_day(previous_dates, published)
            and not _THIRD_PARTY_START.match(sentence.text)
            and _spoken_by_person(sentence.text, language, own_actors, actors)
        ):
            # "Habeck sagte, Deutschland bleibe offen": a reaction to the day's news is dated by it
            usable, from_context = previous_dates, True
        if category is None or not in_actors or not usable:
            continue
        category, trigger_pos = refine_category(
            category,
            trigger_pos,
            sentence.text,
            language,
            [(max(m.start - sentence.start, -1), m.slug) for m in in_actors],
            actors,
        )
        if category == "statement" and not from_context:
            usable = _said_when(usable, sentence, trigger_pos)
            if not usable:
                continue
        third_party = _THIRD_PARTY_START.match(sentence.text)
        # a trigger inside the description of the third party ("研究中美经贸的学者") is not the news
        opinion_reach = (
            trigger_pos if third_party and trigger_pos >= third_party.end() else len(sentence.text)
        )
        if third_party and (
            (category == "statement" and third_party.end() <= trigger_pos)
            or _OPINION_RE.search(sentence.text, third_party.end(), opinion_reach) is not None
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
        previous_had_event = True
        period = _forward_period(in_dates)
        sentence_figures = tuple(f for _, _, f in find_figures(sentence.text, language))
        tags = tags_for(sentence.text)
        measures = [(category, trigger_pos)]
        measures += _coordinated_measures(sentence.text, language, category, trigger_pos)
        answer = _reciprocal_measure(sentence, language, category, trigger_pos, in_actors, actors)
        if answer is not None:
            measures.append((category, answer[1]))
        for measure, position in measures:
            parties = in_actors
            if answer is not None and position == answer[1]:
                parties = [m for m in in_actors if m.start - sentence.start >= answer[0]]
            roles = _roles(parties, position, measure, sentence.start, actors)
            if measure in _COERCIVE:
                roles = _passive_roles(roles, sentence, position, in_actors, language, actors)
            for mention in _distinct_dates(usable):
                assert mention.date is not None
                date_end = mention.date_end
                if period is not None:
                    date_end = _period_end(mention.date, period.value) or period.date_end
                main = _is_main(
                    mention, published, index, total, sentence.paragraph == lead_paragraph
                )
                confidence = 0.45
                confidence += 0.15 if not mention.approximate else 0.05
                confidence += 0.1 if roles and not inherited else 0.0
                confidence -= 0.15 if from_context else 0.0
                confidence += 0.1 if main else 0.0
                confidence += 0.1 if measure not in ("statement", "other") else 0.0
                title = make_title(
                    measure, roles, actors, sentence_figures, sentence.text, language, mention.text
                )
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
    return _without_result_details(merge_events(events))


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
    r"verlor|verloren|legte|legten|sackte|sackten)\b|股价|股票.{0,6}(?:上涨|下跌|大涨|大跌|暴跌)",
    re.IGNORECASE,
)
_SAID_GAP_RE = re.compile(r"^\W*\w+(?:\W+\w+){0,2}\W*$")


def _said_when(usable: list[DateMention], sentence: Sentence, trigger: int) -> list[DateMention]:
    """The dates of a statement that say when it was made.

    A month or a year well inside what is said ("Ross said Huawei had evaded the rules imposed
    last year") dates the matter spoken of, not the speaking; one right after the verb ("said in
    August", "sagte im Juni") or before it stays."""
    if trigger < 0:
        return usable
    verb_end = sentence.start + trigger
    kept = []
    for m in usable:
        gap = sentence.text[trigger : max(m.start - sentence.start, trigger)]
        if m.precision == "day" or m.start < verb_end or _SAID_GAP_RE.match(gap):
            kept.append(m)
    return kept


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


def _initiator(event: ProposedEvent) -> str | None:
    return next((a.slug for a in event.actors if a.role == "initiator"), None)


# "Zugleich", "At the same time", "与此同时": the sentence reports what happened on the same day.
_SIMULTANEOUS_RE = re.compile(
    r"^\W*(?:Zugleich|Zeitgleich|Gleichzeitig|Parallel dazu|Ebenfalls|At the same time|"
    r"Simultaneously|同时|与此同时|随即)",
    re.IGNORECASE,
)
_REACTION_REACH = 2
_SIMULTANEOUS_REACH = 5


def _same_subject(
    sentence: Sentence, mentions: list[ActorMention], previous: list[ActorMention]
) -> bool:
    """Whether the sentence opens with the subject of the sentence before ("The ministry added
    …" after "the commerce ministry put export controls …")."""
    if not mentions or not previous:
        return False
    first = mentions[0]
    return first.slug == previous[0].slug and first.start - sentence.start <= 4


def _spoken_by_person(
    sentence: str, language: str, mentions: list[ActorMention], actors: dict[str, GazetteerActor]
) -> bool:
    """Whether the sentence reports what a person it names, a minister or a body's spokesperson
    said ("sagte von der Leyen", "Bundeswirtschaftsminister Robert Habeck sagte",
    "商务部新闻发言人表示")."""
    speech = trigger_regex("statement", language).search(sentence)
    if speech is None:
        return False
    if _MINISTER_RE.search(sentence, 0, speech.start()) and mentions:
        return True
    return any(actors.get(m.slug, _NO_ACTOR).kind == "person" for m in mentions)


_MINISTER_RE = re.compile(
    r"minister(?:in)?\b|\bsecretary\b|\bspokes(?:person|man|woman)\b|sprecher(?:in)?\b|部长|财长|发言人",
    re.IGNORECASE,
)


_MEASURES = {"export_controls", "sanctions", "tariffs_trade", "regulation", "government_policy"}
# A sentence that continues the enumeration of one announcement's measures shares its date.
_CONTINUATION_RE = re.compile(
    r"^\W*(?:其中|此外|另外|同时|第\d+号公告|另一份公告|In addition|Additionally|Separately|"
    r"The (?:second|other|third) (?:notice|rule|measure|announcement)|Außerdem|Zudem|"
    r"Darüber hinaus|Die zweite|Eine weitere|同一份|同一项|The same (?:order|rule|notice|decree)|"
    r"Dieselbe (?:Verordnung|Anordnung)|Dasselbe (?:Dekret|Gesetz))",
    re.IGNORECASE,
)
# A sentence that only says who reported the news of the sentence before, and when.
_ATTRIBUTION_RE = re.compile(
    r"^\W*(?:(?:Das|Dies)\s+(?:teilten?|gaben?|sagten?|erklärten?|bestätigten?|berichteten?|"
    r"meldeten?|verkündeten?|schrieben?|kündigten?)\b|"
    r"(?:That|This) (?:was|is) (?:announced|confirmed|disclosed|reported|according to)\b)",
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


# "SHANGHAI, March 5 (Reuters) -", "PEKING, 5. März (dpa) -", "新华社北京3月5日电": the day of the
# report, which dates the news only when the sentence names no other date.
_DATELINE_RE = re.compile(
    r"^\W*(?:[A-ZÄÖÜ]{2}[A-ZÄÖÜ .'/-]{0,40},\s+[^()\n]{3,25}?\s*(?:\([\w .-]{2,25}\))?\s*[-–—]"
    r"|[A-ZÄÖÜ][\w .'/-]{1,40},\s+[^()\n]{3,25}?\s*"
    r"\((?:Reuters|AP|AFP|dpa|dpa-AFX|Bloomberg|Xinhua|Kyodo|Yonhap)\)\s*[-–—]"
    r"|[\u4e00-\u9fff]{0,12}?\d{1,2}月\d{1,2}日电)"
)


def _without_dateline(mentions: list[DateMention], sentence: Sentence) -> list[DateMention]:
    dateline = _DATELINE_RE.match(sentence.text)
    if dateline is None:
        return mentions
    end = sentence.start + dateline.end()
    rest = [m for m in mentions if m.start >= end]
    return rest or mentions


# "… imposed tariffs on US farm goods and added 15 firms to its export control list": a second
# measure of the same announcement, which analysts track as its own event.
_COORDINATED = {
    "en": re.compile(
        r"\b(?:and|while) (?:also )?(?:added|placed|put|imposed|slapped|banned|restricted|"
        r"announced|blacklisted|targeted|introduced|launched|opened|filed)\b[^.;]{0,80}$",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(?:und|sowie) (?:zudem |außerdem |auch )?(?:setzte|setzten|verhängte|verhängten|"
        r"stellte|stellten|verbot|verboten|beschränkte|beschränkten|leitete|leiteten|nahm|nahmen)"
        r"\b[^.;]{0,80}$",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"(?:并|同时|此外还|还)(?:将|对|宣布|决定)[^。；]{0,40}$"),
}


_PROSPECT = {
    "en": re.compile(r"\b(?:will|would|could|may|might|plans? to|threaten\w*)\b", re.IGNORECASE),
    "de": re.compile(
        r"\b(?:wird|werden|würde|würden|soll|sollen|will|wollen|könnte|droht\w*|in aussicht)\b",
        re.IGNORECASE,
    ),
    # not a bare 将, which in "将15家实体列入清单" marks the object, not the future
    "zh": re.compile(r"拟|计划|威胁|可能|将于|将自|将会|称将|表示将|宣布将在"),
}


def _coordinated_measures(
    sentence: str, language: str, category: str, trigger_pos: int
) -> list[tuple[str, int]]:
    """Other trade measures the sentence reports with a verb of their own after the first."""
    coordinated = _COORDINATED.get(language)
    if coordinated is None or category not in _TRADE_MEASURES:
        return []
    if _PROSPECT[language].search(sentence):
        return []  # threatened or planned together, the package is tracked as one event
    found = []
    for other in _TRADE_MEASURES:
        if other == category:
            continue
        m = trigger_regex(other, language).search(sentence, trigger_pos + 1)
        if m and coordinated.search(sentence, trigger_pos + 1, m.start()):
            found.append((other, m.start()))
    return found


# "美国对中国船舶收取港口费与中方对美国船舶收取特别港务费": the other side's answer, a
# measure of its own in the same sentence.
_ANSWERING = re.compile(r"(?:也|同日|随即|则|同样|亦)?对")


def _reciprocal_measure(
    sentence: Sentence,
    language: str,
    category: str,
    trigger_pos: int,
    mentions: list[ActorMention],
    actors: dict[str, GazetteerActor],
) -> tuple[int, int] | None:
    """Where the other party is named and where its answering measure of the same kind is
    (offsets in the sentence), when a Chinese sentence reports both sides' ("A对B…, B对A…")."""
    if language != "zh" or category not in _TRADE_MEASURES or trigger_pos < 0:
        return None
    regex = trigger_regex(category, language)
    first = regex.search(sentence.text, trigger_pos)
    second = regex.search(sentence.text, first.end()) if first else None
    if first is None or second is None:
        return None
    before = [m for m in mentions if m.start - sentence.start < trigger_pos]
    starter = actors.get(before[0].slug) if before else None
    for m in mentions:
        actor = actors.get(m.slug)
        at = m.start - sentence.start
        if not first.end() <= at < second.start() or actor is None:
            continue
        if actor.kind not in _GOVERNMENT_KINDS:
            continue
        if starter is None or actor.country == starter.country:
            return None
        if _ANSWERING.match(sentence.text, m.end - sentence.start):
            return at, second.start()
        return None
    return None


_ANAPHORIC_DAY = re.compile(
    r"^(?:the same day|that day|on the day|am selben tag|am gleichen tag|an diesem tag|"
    r"当天|当日|同日|同一天)$",
    re.IGNORECASE,
)


def _reported_period(usable: list[DateMention], candidates: list[DateMention]) -> list[DateMention]:
    """Results "published that day" for "the December quarter" are dated by the quarter: a day
    the sentence only refers back to says when they came out, the period what they are."""
    if not usable or not all(_ANAPHORIC_DAY.match(m.text.strip()) for m in usable):
        return usable
    periods = [m for m in candidates if m.precision in ("quarter", "year") and m not in usable]
    return periods or usable


MAX_DATES_PER_SENTENCE = 6
_MEASURE_START_AHEAD = 92
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


def _news_day(mentions: list[DateMention], published: dt.date) -> bool:
    """Whether the dates are days of the news itself (the week before publication)."""
    return all(
        m.date is not None and m.precision == "day" and 0 <= (published - m.date).days <= 8
        for m in mentions
    )


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
