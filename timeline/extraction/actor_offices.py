"""Offices and titles: a title names its body ("Treasury Secretary Scott Bessent" adds the
Treasury), a spokesperson gives the ministry its country, an administration names its president,
and the country inside a title gives way to the office ("EU-Handelskommissar").
"""

import bisect
import itertools
import re

from timeline.extraction.actor_matcher import ActorMatcher, entry_for
from timeline.extraction.types import ActorMention

_ADMINISTRATION_RE = re.compile(
    r"^(?:the\s+)?(?P<name>.+?)(?:[- ]administration|-Regierung|政府)$", re.IGNORECASE
)


def administration_leaders(
    mentions: list[ActorMention], matcher: ActorMatcher
) -> list[ActorMention]:
    """ "The Biden administration", "拜登政府" is the country's government and names its leader
    too: the person is mentioned alongside the country."""
    found = []
    for k in mentions:
        actor = matcher.actors.get(k.slug)
        if actor is None or actor.kind != "country":
            continue
        m = _ADMINISTRATION_RE.match(k.text)
        if m is None:
            continue
        entry = entry_for(matcher, m.group("name"))
        if entry is None or len(entry.slugs) != 1:
            continue
        person = matcher.actors.get(entry.slugs[0])
        if person is not None and person.kind == "person":
            start = k.start + m.start("name")
            found.append(
                ActorMention(person.slug, start, start + len(m.group("name")), m.group("name"))
            )
    return found


_NATIONAL_BODY_RE = re.compile(
    r"\b(?P<country>China's|Chinese|Beijing's|America's|American|US|U\.S\.|Washington's|Dutch|"
    r"German|Japanese|Japan's|British|Britain's|the EU's|European)\s+"
    r"(?P<words>(?:[a-z]+\s+){0,2})(?P<head>ministry|regulator|department|agency|commission|"
    r"administration|watchdog|authority|office)\b"
)


_COUNTRY_WORDS = {
    "china's": "CN", "chinese": "CN", "beijing's": "CN", "america's": "US", "american": "US",
    "us": "US", "u.s.": "US", "washington's": "US", "dutch": "NL", "german": "DE",
    "japanese": "JP", "japan's": "JP", "british": "GB", "britain's": "GB", "the eu's": "EU",
    "european": "EU",
}  # fmt: skip


_HEAD_STEMS = {
    "regulator": "regulat", "watchdog": "regulat", "ministry": "ministry",
    "department": "department", "agency": "agency", "commission": "commission",
    "administration": "administration", "authority": "authority", "office": "office",
}  # fmt: skip


def national_bodies(
    text: str, mentions: list[ActorMention], matcher: ActorMatcher
) -> list[ActorMention]:
    """Descriptions such as "China's market regulator": the one government body of that country
    whose name holds the description's words. A country matched inside the description gives
    way to the body; with no single fitting body, nothing changes."""
    result = list(mentions)
    for m in _NATIONAL_BODY_RE.finditer(text):
        country = _COUNTRY_WORDS.get(m.group("country").lower())
        if country is None:
            continue
        words = [w for w in m.group("words").split() if w not in {"the", "of", "and"}]
        stems = [w[:6] for w in words] + [_HEAD_STEMS[m.group("head")]]
        fitting = [
            a
            for a in matcher.bodies.get(country, ())
            if all(stem in a.name.lower() for stem in stems)
        ]
        if len(fitting) != 1:
            continue
        inside = [k for k in result if m.start() <= k.start and k.end <= m.end()]
        if any(
            matcher.actors.get(k.slug) is not None
            and k.slug != fitting[0].slug
            and matcher.actors[k.slug].kind == "government_body"
            for k in inside
        ):
            continue
        result = [k for k in result if k not in inside]
        result.append(ActorMention(fitting[0].slug, m.start(), m.end(), m.group()))
    result.sort(key=lambda k: k.start)
    return result


# "the Chinese embassy", "den chinesischen Botschafter", "auf Wunsch der chinesischen Seite": a
# country's representation or side stands for the country.
_NATIONALITIES = {
    "chinese": "CN", "chinesisch": "CN", "american": "US", "amerikanisch": "US", "us": "US",
    "german": "DE", "deutsch": "DE", "japanese": "JP", "japanisch": "JP", "dutch": "NL",
    "niederländisch": "NL", "british": "GB", "britisch": "GB", "south korean": "KR",
    "südkoreanisch": "KR", "taiwanese": "TW", "taiwanisch": "TW", "french": "FR",
    "französisch": "FR",
}  # fmt: skip


_ENVOY_RE = {
    "en": re.compile(
        r"\b(?P<nation>Chinese|American|US|German|Japanese|Dutch|British|South Korean|Taiwanese|"
        r"French)\s+(?:embassy|ambassador|envoy|side|authorities|officials|government)\b"
    ),
    "de": re.compile(
        r"\b(?P<nation>[Cc]hinesisch|[Aa]merikanisch|[Dd]eutsch|[Jj]apanisch|[Nn]iederländisch|"
        r"[Bb]ritisch|[Ss]üdkoreanisch|[Tt]aiwanisch|[Ff]ranzösisch)(?:e|en|er|es|em)\s+"
        r"(?:Botschaft|Botschafter|Gesandte[nr]?|Seite|Behörden|Staatsführung|Führung)\b"
    ),
}


def national_envoys(text: str, matcher: ActorMatcher, language: str) -> list[ActorMention]:
    regex = _ENVOY_RE.get(language)
    if regex is None:
        return []
    countries = {a.country: a.slug for a in matcher.actors.values() if a.kind == "country"}
    found = []
    for m in regex.finditer(text):
        slug = countries.get(_NATIONALITIES[m.group("nation").lower()])
        if slug is not None:
            found.append(ActorMention(slug, m.start(), m.end(), m.group()))
    return found


# A minister's or secretary's title names the office they lead ("Treasury Secretary Scott
# Bessent", "Bundeswirtschaftsminister Robert Habeck", "贸易代表格里尔"): (pattern, country,
# words the office's name holds).
_OFFICES: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (r"\b(?:US |U\.S\. )?Commerce Secretary\b", "US", "department of commerce"),
        (r"\b(?:US |U\.S\. )?Treasury Secretary\b", "US", "treasury"),
        (
            r"\b(?:US |U\.S\. )?Trade Representative\b(?! \w*\s*Office)",
            "US",
            "trade representative",
        ),
        (r"\bSecretary of State\b", "US", "department of state"),
        # not a state's ("Texas Attorney General"): no capitalised word of a name before it
        (
            r"(?<![A-Z][a-z]{3} )(?<![A-Z][a-z]{4} )(?<![A-Z][a-z]{5} )(?<![A-Z][a-z]{6} )"
            r"(?<![A-Z][a-z]{7} )(?<![A-Z][a-z]{8} )"
            r"\b(?:US |U\.S\. )?(?:Deputy |Assistant )?Attorney General\b",
            "US",
            "department of justice",
        ),
        (
            r"\b(?:US |U\.S\. )?(?:Defen[cs]e Secretary|Secretary of Defen[cs]e)\b",
            "US",
            "department of defense",
        ),
        (r"\bFBI [Dd]irector\b", "US", "bureau of investigation"),
        (r"\bJapan(?:'s|ese) (?:trade|economy|industry) minister\b", "JP", "economy,trade"),
        (r"\b(?:EU |European )?Commission [Pp]resident\b", "EU", "commission"),
        (
            # a bare "Commissioner" may sit on a US commission (FCC, SEC)
            r"\b(?:(?:EU|European) (?:(?:Trade|Competition|Internal Market) )?|"
            r"(?:Trade|Competition|Internal Market) )Commissioner\b",
            "EU",
            "commission",
        ),
    ],
    "de": [
        (r"\bBundeswirtschaftsminister(?:in)?\b", "DE", "ministry,economic affairs"),
        (r"\bUS-Handelsminister(?:in)?\b", "US", "department of commerce"),
        (r"\bUS-Finanzminister(?:in)?\b", "US", "treasury"),
        (r"\b(?:US-)?Handelsbeauftragte[rn]?\b", "US", "trade representative"),
        (r"\bUS-Justizminister(?:in)?\b", "US", "department of justice"),
        (r"\bUS-Verteidigungsminister(?:in)?\b", "US", "department of defense"),
        (r"\bUS-Außenminister(?:in)?\b", "US", "department of state"),
        (r"\b(?:EU-)?Kommissionspräsident(?:in)?\b", "EU", "commission"),
        (r"\bBundesaußenminister(?:in)?\b", "DE", "foreign office"),
        (r"\bBundesinnenminister(?:in)?\b", "DE", "interior"),
        (r"\bBundesfinanzminister(?:in)?\b", "DE", "ministry of finance"),
        (
            r"\b(?:EU-)?(?:(?:Handels|Wettbewerbs|Binnenmarkt|Industrie)k|K)ommissar(?:in)?\b",
            "EU",
            "commission",
        ),
    ],
    "zh": [
        (r"(?<!谈判)(?<!美国)贸易代表(?!办公室)", "US", "trade representative"),
        (r"美国财政部长|美国财长", "US", "treasury"),
        (r"美国商务部长", "US", "department of commerce"),
        (r"美国司法部长", "US", "department of justice"),
        (r"美国国防部长", "US", "department of defense"),
        (r"美国国务卿|(?<!前)国务卿", "US", "department of state"),
        (r"欧盟(?:贸易|竞争|内部市场|工业)?(?:事务)?委员(?!会)", "EU", "commission"),
        (r"经济产业大臣|经产大臣", "JP", "economy,trade"),
    ],
}


_LONGEST = 200


def add_offices(
    mentions: list[ActorMention], offices: list[ActorMention], matcher: ActorMatcher
) -> list[ActorMention]:
    """`mentions` plus the offices that overlap nothing or only a person whose alias holds the
    title ("Treasury Secretary Scott Bessent" is one alias and still names the Treasury); an
    office comes before its holder."""
    kept: list[ActorMention] = []
    replaced: set[int] = set()
    starts = [k.start for k in mentions]
    for office in offices:
        body = matcher.actors.get(office.slug)
        # mentions are in text order and no alias is longer than _LONGEST
        low = bisect.bisect_left(starts, office.start - _LONGEST)
        high = bisect.bisect_left(starts, office.end)
        overlapping = [i for i in range(low, high) if office.start < mentions[i].end]
        if any(mentions[i].slug == office.slug for i in overlapping):
            continue
        # the country in "EU-Handelskommissar", "US Commerce Secretary" only says whose office
        own = {
            i
            for i in overlapping
            if (actor := matcher.actors.get(mentions[i].slug)) is not None
            and actor.kind in ("country", "organization")
            and body is not None
            and actor.country == body.country
            and office.start <= mentions[i].start
            and mentions[i].end <= office.end
        }
        if all(
            i in own
            or (
                (actor := matcher.actors.get(mentions[i].slug)) is not None
                and actor.kind == "person"
            )
            for i in overlapping
        ):
            kept.append(office)
            replaced |= own
    if not kept:
        return mentions
    rest = [k for i, k in enumerate(mentions) if i not in replaced]
    return sorted(rest + kept, key=lambda k: (k.start, k.end))


def office_holders(text: str, matcher: ActorMatcher, language: str) -> list[ActorMention]:
    rules = _OFFICES.get(language)
    if not rules:
        return []
    found = []
    for pattern, country, words in rules:
        fitting = [
            a
            for a in matcher.bodies.get(country, ())
            if all(w in a.name.lower() for w in words.split(","))
        ]
        if len(fitting) != 1:
            continue
        for m in re.finditer(pattern, text):
            found.append(ActorMention(fitting[0].slug, m.start(), m.end(), m.group()))
    return found


_TITLE_GAP_RE = re.compile(r"^[^\W\d]{0,8}(?:[ -][^\W\d]{1,14}){0,2}\s?$")


_SEPARATOR_RE = re.compile(r"[,，、;；]|\b(?:and|und|or|oder|with|mit)\b|[和与及同]")


def without_title_countries(
    text: str, mentions: list[ActorMention], matcher: ActorMatcher
) -> list[ActorMention]:
    """ "美国总统特朗普", "US President Donald Trump": the country only says whose president."""
    drop: set[int] = set()
    for i, (k, nxt) in enumerate(itertools.pairwise(mentions)):
        actor, person = matcher.actors.get(k.slug), matcher.actors.get(nxt.slug)
        if actor is None or person is None or actor.kind != "country" or person.kind != "person":
            continue
        gap = text[k.end : nxt.start]
        if (
            actor.country == person.country
            and len(gap) <= 16
            and _TITLE_GAP_RE.match(gap)
            and not _SEPARATOR_RE.search(gap)
        ):
            drop.add(i)
    return [k for i, k in enumerate(mentions) if i not in drop] if drop else mentions


# "Foreign ministry spokesman Zhao Lijian", "Außenamtssprecher Wang Wenbin": a ministry's
# spokesperson names the ministry of the spokesperson's own country.
_SPOKESPERSON_RE = {
    "en": re.compile(
        r"\b(?P<kind>[Ff]oreign|[Cc]ommerce|[Tt]rade|[Dd]efen[cs]e|[Ff]inance) [Mm]inistry "
        r"spokes(?:man|woman|person)\s+$"
    ),
    "de": re.compile(
        r"\b(?P<kind>Außen|Handels|Verteidigungs|Finanz)(?:amts|ministeriums)"
        r"sprecher(?:in)?\s+$"
    ),
}


def spokespeople(
    text: str, mentions: list[ActorMention], matcher: ActorMatcher, language: str
) -> list[ActorMention]:
    regex = _SPOKESPERSON_RE.get(language)
    if regex is None:
        return []
    found = []
    for k in mentions:
        person = matcher.actors.get(k.slug)
        if person is None or person.kind != "person" or not person.country:
            continue
        m = regex.search(text, max(0, k.start - 60), k.start)
        if m is None:
            continue
        kind = m.group("kind").casefold()
        head = kind + "ministerium" if language == "de" else kind + " ministry"
        fitting = matcher.bodies_named(person.country, head)
        if len(fitting) == 1:
            found.append(ActorMention(fitting[0].slug, m.start(), m.end() - 1, m.group().strip()))
    return found


# "财政部长贝森特": a ministry named in a title belongs to its holder's country, whatever the
# bare name means alone ("财政部" alone is China's); so does a ministry written right before one
# of its offices ("财政部海外资产控制办公室", "商务部工业与安全局").
_ZH_TITLE_RE = re.compile(r"(?P<body>外交部|商务部|财政部|国防部|司法部)(?:长|部长|发言人)?$")


def holder_ministries(
    text: str, mentions: list[ActorMention], matcher: ActorMatcher
) -> list[ActorMention]:
    result = list(mentions)
    for i, (k, nxt) in enumerate(itertools.pairwise(mentions)):
        body, holder = matcher.actors.get(k.slug), matcher.actors.get(nxt.slug)
        if (
            body is None
            or holder is None
            or body.kind != "government_body"
            or not holder.country
            or body.country == holder.country
        ):
            continue
        if holder.kind == "person":
            if nxt.start - k.end > 3:
                continue
        elif holder.kind != "government_body" or nxt.start != k.end:
            continue
        m = _ZH_TITLE_RE.search(text, k.start, nxt.start)
        if m is None or m.start() != k.start:
            continue
        name = m.group("body")
        fitting = [
            a
            for a in matcher.bodies.get(holder.country, ())
            if any(
                alias.name.endswith(name) and len(alias.name) <= len(name) + 3
                for alias in a.aliases
            )
        ]
        if len(fitting) == 1:
            result[i] = ActorMention(fitting[0].slug, k.start, k.end, k.text)
    return result
