"""What kind of event a sentence reports: its category, where the trigger is, and its stage.

`classify` reads the lexicon (decisive predicates first, then the trade measures, then
`lexicon.CATEGORY_ORDER`) over the sentence with the names of bodies and companies blanked
(`without_names`); `refine_category` corrects it with who speaks and who takes part.
"""

import re

from timeline.extraction.context import VERDICT_RE
from timeline.extraction.lexicon import (
    CATEGORY_ORDER,
    INTERVIEW,
    PREDICATES,
    SPEAKERS,
    decision_regex,
    demand_regex,
    predicate_regex,
    stage_regex,
    threat_regex,
    trigger_regex,
)
from timeline.extraction.text import spoken_quotations
from timeline.extraction.types import NO_ACTOR, ActorMention, GazetteerActor, Sentence

TRADE_MEASURES = ("sanctions", "export_controls", "tariffs_trade")


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
    # the title of a law (《反外国制裁法》) names no measure of its own
    titled = (
        _TITLE_RE.sub(lambda t: "_" * len(t.group()), sentence) if "《" in sentence else sentence
    )
    for category in TRADE_MEASURES:
        m = trigger_regex(category, language).search(titled)
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
        if category in TRADE_MEASURES:
            continue
        m = trigger_regex(category, language).search(sentence)
        if m:
            return category, m.start()
    return None, -1


_TITLE_RE = re.compile(r"《[^》]{1,60}法案?》")


GOVERNMENT_KINDS = ("government_body", "country")


_COURT_RE = re.compile(r"court|gericht|法院", re.IGNORECASE)


def without_names(
    sentence: Sentence, mentions: list[ActorMention], actors: dict[str, GazetteerActor]
) -> str:
    """The sentence with the names of government bodies and companies blanked: "the Customs
    Tariff Commission said", "die US-Zollbehörde hielt … fest" name no tariff. A court's name
    stays: that a court acts is the news."""
    text = sentence.text
    for m in mentions:
        actor = actors.get(m.slug, NO_ACTOR)
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
        verdict = (VERDICT_RE.get(language) or VERDICT_RE["en"]).search(
            sentence, speech.start(), max(trigger_pos, 0)
        )
        if verdict and not decision_regex(language).search(sentence, 0, max(trigger_pos, 0)):
            # "China's foreign ministry said Washington was abusing export controls", "公司强烈
            # 反对美方的这一决定": a verdict on a measure is words about it
            return "statement", speech.start()
        speaker = [slug for pos, slug in mentions if pos < speech.start()]
        person = bool(speaker) and actors.get(speaker[-1], NO_ACTOR).kind == "person"
        titled = SPEAKERS.search(sentence, 0, speech.start()) is not None
        if category in TRADE_MEASURES:
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
                and actors.get(speaker[-2], NO_ACTOR).kind == "government_body"
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
    if category == "legal_action" and _FINE.search(
        sentence, max(trigger_pos, 0), max(trigger_pos, 0) + 12
    ):
        imposer = sentence[: max(trigger_pos, 0)]
        if _AUTHORITY.search(imposer) and not _COURT_RE.search(imposer):
            # "Die Datenschutzkommission verhängte ein Bußgeld", "网信办…处以罚款": an authority's
            # penalty is regulation; a court's stays legal action
            return "regulation", trigger_pos
    if category in _DEAL_FATE_CATEGORIES and _deal_fate(sentence, language):
        # "SAMR approved Nvidia's acquisition of Mellanox", "因未能获得监管批准而放弃收购": the
        # deal is the news, the regulator only decides its fate
        deal = trigger_regex("mergers_acquisitions", language).search(sentence)
        return "mergers_acquisitions", deal.start() if deal else trigger_pos
    if category == "mergers_acquisitions" and _minority_stake(sentence):
        return "investment", trigger_pos  # "übernimmt knapp 4,99 Prozent an Xpeng": no takeover
    if (
        category == "mergers_acquisitions"
        and not _BLOCKED.get(language, _BLOCKED["en"]).search(sentence, 0, trigger_pos)
        and not _deal_fate(sentence, language)
    ):
        before = [slug for pos, slug in mentions if pos < trigger_pos]
        if before and actors.get(before[0], NO_ACTOR).kind in GOVERNMENT_KINDS:
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


# A regulator clearing, blocking or a buyer abandoning a deal: what happens to the deal is news
# of the deal. An investigation that only recalls an approval stays the investigation.
_DEAL_FATE = {
    "en": re.compile(
        r"\b(?:clear(?:ed|s|ance)|approv(?:ed|al|es)|green light|terminat\w*|abandon\w*|scrap\w*|"
        r"called off|walk\w* away from)\b(?:[^.;]|\.(?=\d)){0,80}?\b(?:takeover|acquisition|merger|"
        r"deal|purchase)|"
        r"\b(?:takeover|acquisition|merger|deal|purchase)\b(?:[^.;]|\.(?=\d)){0,80}?"
        r"\b(?:clearance|approval)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"(?:freigabe|freigegeben|genehmig\w*|zustimmung|grünes licht)(?:[^.;]|[.,](?=\d)){0,80}?"
        r"(?:übernahme|fusion|zusammenschluss|erwerb)|"
        r"(?:übernahme|fusion|zusammenschluss|erwerb)\w*(?:[^.;]|[.,](?=\d)){0,80}?"
        r"(?:freigabe|freigegeben|genehmigt|zustimmung|geplatzt|gescheitert|abgesagt|aufgegeben)",
        re.IGNORECASE,
    ),
    "zh": re.compile(
        r"批准[^。；]{0,30}?(?:收购|并购|合并)|(?:批准|审批)[^。；]{0,30}?(?:放弃|终止)"
    ),
}


_FINE = re.compile(r"fine|penalt|bußgeld|geldbuße|strafe|罚款|处以", re.IGNORECASE)


_AUTHORITY = re.compile(
    r"regulator|authority|commission|watchdog|agency|behörde|kommission|aufsicht|amt\b|"
    r"监管|网信办|发改委|总局|委员会",
    re.IGNORECASE,
)


_DEAL_FATE_CATEGORIES = ("regulation", "government_policy", "investment", "export_controls")


_PROBE_RE = re.compile(r"investigat|probe|untersuch|ermittl|调查", re.IGNORECASE)


def _deal_fate(sentence: str, language: str) -> bool:
    regex = _DEAL_FATE.get(language) or _DEAL_FATE["en"]
    return regex.search(sentence) is not None and _PROBE_RE.search(sentence) is None


def _inside_quote(sentence: str, position: int) -> tuple[int, int] | None:
    """The span of the spoken quotation that holds `position`, if any."""
    for start, end in spoken_quotations(sentence):
        if start < position < end:
            return start, end
    return None


def detect_stage(sentence: str, language: str) -> str:
    for stage in ("revoked", "suspended", "effective", "proposed", "announced"):
        if stage_regex(stage, language).search(sentence):
            return stage
    return ""
