"""Mentions that refer back to named actors: role nouns ("die Behörde", "the regulator", "该部门"),
leaders and chiefs, bare ministries, the cabinet, and "both sides" / "双方" for the parties
named last.
"""

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterator

from timeline.extraction.actor_matcher import ActorMatcher
from timeline.extraction.actor_places import country_parties
from timeline.extraction.types import ActorMention, GazetteerActor

# Definite descriptions that refer back to an actor named earlier: the head word must occur in
# the actor's name (or, for companies, the actor must be a company).
_REFERENCES = {
    "en": re.compile(
        r"\b[Tt]he (?:(?P<adj>[A-Z][a-z]+) )?(?P<head>department|bureau|ministry|commission|agency|"
        r"administration|regulator|watchdog|authority|lab|start-up|startup|company|group|firm|chipmaker|carmaker|court|council|office|committee|"
        r"lawmakers|legislators)\b"
        r"(?=\s+(?:from|in|based in)\s+(?P<place>[A-Z]\w+))?"
    ),
    "de": re.compile(
        r"\b(?:[Dd](?:er|ie|as|en|em|es))\s+(?:(?P<adj>[A-ZÄÖÜa-zäöüß]\w*(?:er|e|en|es))\s+)?(?:\w+-)?(?P<head>Labor|Start-up|Konzern|Unternehmen|Firma|Ministerium|Behörde|"
        r"Kommission|Regierung|Gericht|Hersteller|Chipkonzern|Autobauer|Abgeordneten|Parlamentarier|Aufsicht|Aufsichtsbehörde|Kabinett)s?\b"
        r"(?=\s+(?:aus|in)\s+(?P<place>[A-ZÄÖÜ]\w+))?"
    ),
    "zh": re.compile(r"(?P<head>该公司|该部门|该部|该委员会|该监管机构|该机构|该集团|该局|该署)"),
}


_COMPANY_HEADS = {
    "company", "group", "firm", "chipmaker", "carmaker", "lab", "start-up", "startup", "labor",
    "konzern", "unternehmen", "firma",
    "hersteller", "chipkonzern", "autobauer", "该公司", "该集团",
}  # fmt: skip


# "die Abgeordneten", "the lawmakers": the legislature the text named last.
_LEGISLATURE_HEADS = {"abgeordneten", "parlamentarier", "lawmakers", "legislators"}


_LEGISLATURE_NAMES = ("parliament", "congress", "bundestag", "senate", "house of representatives")


_HEAD_NAMES = {
    "ministerium": "ministry", "behörde": "agency", "kommission": "commission",
    "regierung": "government", "gericht": "court", "该部": "ministry", "该委员会": "commission",
    "该机构": "administration", "regulator": "administration", "watchdog": "administration",
    "aufsicht": "administration", "aufsichtsbehörde": "administration",
    "该监管机构": "administration",
    "该局": "bureau", "该署": "administration", "该部门": "department",
}  # fmt: skip


# Role nouns that any government body can be called ("die Behörde", "the agency", "该部门"):
# when no body named shortly before has the word in its name, the body the text has named most
# is meant (courts and legislatures excepted).
_GENERIC_BODY_HEADS = {
    "behörde", "aufsicht", "aufsichtsbehörde", "agency", "regulator", "watchdog", "authority",
    "该部门", "该机构", "该监管机构", "该局", "该署",
}  # fmt: skip


_NOT_GENERIC_BODY = ("court", "parliament", "congress", "bundestag", "senate", "house", "gericht")


# "das Kabinett" in German news: the federal cabinet.
_CABINET_HEADS = {"kabinett"}


# Where a described company comes from ("der Konzern aus Hangzhou", "the Chinese company",
# "der Münchner Autobauer"): the stem of the adjective or place, and the country it names.
_ORIGINS = (
    ("CN", ("chines", "china", "peking", "beijing", "shanghai", "shenzhen", "hangzhou",
            "guangdong")),
    ("US", ("americ", "amerikan", "us-", "kaliforn", "californ", "silicon")),
    ("DE", ("german", "deutsch", "münchn", "munich", "stuttgart", "wolfsburg", "walldorf",
            "ludwigshafen")),
    ("JP", ("japan", "tokio", "tokyo")),
    ("KR", ("korea", "südkorea", "seoul")),
    ("TW", ("taiwan", "taipeh", "taipei", "hsinchu")),
    ("NL", ("dutch", "niederländ", "holländ", "veldhoven", "eindhoven")),
)  # fmt: skip


def _origin(m: re.Match[str]) -> str | None:
    for group in ("adj", "place"):
        word = (m.groupdict().get(group) or "").lower()
        if not word:
            continue
        for country, stems in _ORIGINS:
            if word.startswith(stems):
                return country
    return None


def reference_mentions(
    text: str, mentions: list[ActorMention], matcher: ActorMatcher, language: str
) -> list[ActorMention]:
    regex = _REFERENCES.get(language)
    if regex is None or not mentions:
        return []
    found: list[ActorMention] = []
    ends = [k.end for k in mentions]
    bodies: list[str | None] | None = None
    for m in regex.finditer(text):
        head = m.group("head").lower()
        position = bisect.bisect_right(ends, m.start())
        if position < len(mentions) and mentions[position].start <= m.start():
            continue
        position = bisect.bisect_right(ends, m.start())
        if head in _COMPANY_HEADS:
            salient = _most_mentioned_company(mentions[:position], matcher, _origin(m))
            if salient is not None:
                found.append(ActorMention(salient, m.start(), m.end(), m.group()))
            continue
        window = mentions[max(0, position - 12) : position]
        if head in _CABINET_HEADS:
            slug = _cabinet(m, matcher)
            if slug is not None:
                found.append(ActorMention(slug, m.start(), m.end(), m.group()))
            continue
        referent = None
        for k in reversed(window):
            actor = matcher.actors.get(k.slug)
            if actor is None:
                continue
            if head in _LEGISLATURE_HEADS:
                fits = actor.kind == "government_body" and any(
                    word in actor.name.lower() for word in _LEGISLATURE_NAMES
                )
            else:
                word = _HEAD_NAMES.get(head, head)
                fits = actor.kind == "government_body" and word in actor.name.lower()
            if fits:
                referent = k.slug
                break
        if referent is None and head in _GENERIC_BODY_HEADS:
            if bodies is None:
                bodies = _leaders(mentions, matcher, _is_plain_body, latest=True)
            referent = bodies[position]
        if referent is not None:
            found.append(ActorMention(referent, m.start(), m.end(), m.group()))
    return found


def _is_plain_body(actor: GazetteerActor) -> bool:
    """A government body other than a court or a legislature."""
    return actor.kind == "government_body" and not any(
        word in actor.name.lower() for word in _NOT_GENERIC_BODY
    )


def _is_company(actor: GazetteerActor) -> bool:
    return actor.kind == "company"


def _leaders(
    mentions: list[ActorMention],
    matcher: ActorMatcher,
    fits: Callable[[GazetteerActor], bool],
    latest: bool,
) -> list[str | None]:
    """For each position i, the fitting actor named most in mentions[:i]; of equals the one
    named last (`latest`) or the one named first. One pass, so long texts stay linear."""
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    best: str | None = None
    result: list[str | None] = [None]
    for k in mentions:
        actor = matcher.actors.get(k.slug)
        if actor is not None and fits(actor):
            counts[k.slug] += 1
            if latest or k.slug not in order:
                order[k.slug] = k.start if latest else -k.start
            if best is None or (counts[k.slug], order[k.slug]) >= (counts[best], order[best]):
                best = k.slug
        result.append(best)
    return result


def _cabinet(m: re.Match[str], matcher: ActorMatcher) -> str | None:
    """German reports say "das Kabinett" for the federal cabinet; a cabinet elsewhere is named
    with its seat ("das Kabinett in Tokio"), which the seat rule reads."""
    if m.group("place") or m.group("adj"):
        return None
    return next(
        (a.slug for a in matcher.actors.values() if a.kind == "country" and a.country == "DE"),
        None,
    )


_ZH_PAIR_RE = re.compile(
    r"([中美欧日韩俄])([中美欧日韩俄])(?=双方|两国|两方|关系|经贸|贸易|会谈|联合|元首)"
)


_ZH_SHORT = {"中": "中国", "美": "美国", "欧": "欧盟", "日": "日本", "韩": "韩国", "俄": "俄罗斯"}


def zh_pair_mentions(text: str, matcher: ActorMatcher) -> list[ActorMention]:
    """'中美双方', '中欧关系': two parties named by one character each."""
    found: list[ActorMention] = []
    for m in _ZH_PAIR_RE.finditer(text):
        for i in (1, 2):
            entry = matcher.entries.get(_ZH_SHORT[m.group(i)])
            if entry is not None and len(entry.slugs) == 1:
                found.append(ActorMention(entry.slugs[0], m.start(i), m.end(i), m.group(i)))
    return found


def _most_mentioned_company(
    mentions: list[ActorMention], matcher: ActorMatcher, country: str | None = None
) -> str | None:
    """The company (of `country`, when the description names one) the text has named most so
    far; the latest of equals."""
    counts: Counter[str] = Counter()
    latest: dict[str, int] = {}
    for k in mentions:
        actor = matcher.actors.get(k.slug)
        if (
            actor is not None
            and actor.kind == "company"
            and (country is None or actor.country == country)
        ):
            counts[k.slug] += 1
            latest[k.slug] = k.start
    if not counts:
        return None
    return max(counts, key=lambda slug: (counts[slug], latest[slug]))


# "both sides", "beide Seiten", "双方": the two parties the text named last; "the two leaders",
# "两国元首": the two people of different countries it named last.
_PAIR_RE = {
    "en": re.compile(
        r"\b(?:(?P<parties>[Bb]oth (?:sides|countries|governments)|[Tt]he two "
        r"(?:sides|countries|governments))|(?P<people>[Tt]he two (?:leaders|presidents)|"
        r"[Bb]oth (?:leaders|presidents)))\b"
    ),
    "de": re.compile(
        r"\b(?:(?P<parties>[Bb]eide(?:n)? (?:Seiten|Länder(?:n)?|Regierungen)|[Dd]ie beiden "
        r"(?:Seiten|Länder|Regierungen))|(?P<people>[Dd]ie beiden (?:Staats- und Parteichefs|"
        r"Staats- und Regierungschefs|Präsidenten|Staatschefs)|"
        r"[Bb]eide (?:Präsidenten|Staatschefs)))\b"
    ),
    "zh": re.compile(r"(?P<people>两国元首|两位领导人)|(?P<parties>双方|两国)"),
}


_PAIR_LOOKBACK = 40


def pair_mentions(
    text: str, mentions: list[ActorMention], matcher: ActorMatcher, language: str
) -> list[ActorMention]:
    regex = _PAIR_RE.get(language)
    if regex is None or not mentions:
        return []
    parties = country_parties(matcher)
    found: list[ActorMention] = []
    starts = [k.start for k in mentions]
    for m in regex.finditer(text):
        position = bisect.bisect_left(starts, m.start())
        if position and mentions[position - 1].end >= m.start() - 1:
            continue  # "中美双方": the pair is named right there
        picked: list[str] = []
        countries: list[str] = []
        for k in reversed(mentions[max(0, position - _PAIR_LOOKBACK) : position]):
            actor = matcher.actors.get(k.slug)
            if actor is None or not actor.country:
                continue
            if m.group("people"):
                slug = k.slug if actor.kind == "person" else ""
            else:
                slug = parties.get(actor.country, "")
            if slug and slug not in picked and actor.country not in countries:
                picked.append(slug)
                countries.append(actor.country)
            if len(picked) == 2:
                break
        if len(picked) == 2:
            found += [ActorMention(slug, m.start(), m.end(), m.group()) for slug in picked]
    return found


# "Peking reagierte. Ein Sprecher des Handelsministeriums sagte …": a ministry named without its
# country is that of the country or government body the text named last.
# The customs service too: "the customs administration", "die Zollverwaltung".
_BARE_MINISTRY_RE = {
    "de": re.compile(
        r"\b(?:(?:[Dd]as|[Dd]es|[Dd]em|[Ii]m|[Vv]om)\s+(?P<kind>Handels|Außen|Finanz|Wirtschafts|"
        r"Verteidigungs|Justiz|Innen)ministeriums?|(?:[Dd]ie|[Dd]er)\s+(?P<body>Zollverwaltung|"
        r"Zollbehörde))\b"
    ),
    "en": re.compile(
        r"\b[Tt]he\s+(?:(?P<kind>[Cc]ommerce|[Ff]oreign|[Ff]inance|[Tt]rade|[Dd]efence|[Dd]efense)"
        r"\s+[Mm]inistry|(?P<body>customs (?:administration|authority|authorities)))\b"
    ),
}


_BARE_MINISTRY_LOOKBACK = 400


# A country after a preposition ("Flüssiggas aus den USA", "tariffs on the US") is what a
# measure is about, not whose ministry speaks next; but an answer from a capital is its own
# ("Die Antwort aus Peking ließ nicht lange auf sich warten. Das Handelsministerium …").
_OBJECT_BEFORE = re.compile(
    r"(?<!Antwort )(?<!Reaktion )(?<!Kritik )(?<!response )(?<!reaction )(?<!reply )"
    r"\b(?:aus|nach|gegen|from|to|on|against)\s+(?:den\s+|der\s+|dem\s+|the\s+)?$"
)


def bare_ministries(
    text: str, mentions: list[ActorMention], matcher: ActorMatcher, language: str
) -> list[ActorMention]:
    regex = _BARE_MINISTRY_RE.get(language)
    if regex is None:
        return []
    found = []
    for m in regex.finditer(text):
        body = m.group("body")
        if body:
            head = body[:-3] + "y" if body.endswith("ies") else body
        elif language == "de":
            head = m.group("kind") + "ministerium"
        else:
            head = m.group("kind") + " ministry"
        head = head.casefold()
        tried: set[str] = set()
        for actor in _countries_before(text, m.start(), mentions, matcher):
            if actor.country in tried:
                continue
            tried.add(actor.country)
            fitting = matcher.bodies_named(actor.country, head)
            # a country without such a ministry (the EU) passes the word on to the one before
            if len(fitting) == 1:
                start = m.start("body") if body else m.start("kind")
                found.append(ActorMention(fitting[0].slug, start, m.end(), text[start : m.end()]))
                break
            if fitting:
                break
    return found


# "In Beijing, the foreign ministry said …", "In Peking teilte das Außenministerium mit": the
# capital the clause opens with says whose ministry speaks.
_CAPITAL_LEAD = re.compile(r"\b(?:In|in)\s+(?P<city>[^\W\d][\w'-]*(?: [^\W\d][\w'-]*)?)\s*,?\s*$")


def _countries_before(
    text: str, position: int, mentions: list[ActorMention], matcher: ActorMatcher
) -> Iterator[GazetteerActor]:
    """The countries and government bodies a bare ministry at `position` may belong to, nearest
    first: the capital its clause opens with, then those named in the 400 characters before."""
    lead = _CAPITAL_LEAD.search(text, max(0, position - 40), position)
    if lead is not None:
        entry = matcher.entries.get(lead.group("city").casefold())
        if entry is not None and entry.metonym and len(entry.slugs) == 1:
            capital = matcher.actors.get(entry.slugs[0])
            if capital is not None and capital.country:
                yield capital
    for k in reversed(mentions):
        if k.end > position:
            continue
        if position - k.end > _BARE_MINISTRY_LOOKBACK:
            break
        actor = matcher.actors.get(k.slug)
        if (
            actor is None
            or actor.kind not in ("country", "government_body")
            or not actor.country
            or (
                actor.kind == "country"
                and _OBJECT_BEFORE.search(text, max(0, k.start - 16), k.start)
            )
        ):
            continue
        yield actor


# "Konzernchef Steve Mollenkopf teilte mit …": a chief executive the gazetteer does not know
# speaks for the company the text is about.
_CHIEF_RE = {
    "de": re.compile(
        r"\b(?:Konzern|Vorstands|Firmen|Unternehmens)chef(?:in)?\s+"
        r"(?P<name>[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+){1,2})"
    ),
    "en": re.compile(
        r"(?<![\w'’] )\b(?:[Cc]hief [Ee]xecutive|CEO)\s+"
        r"(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){1,2})"
    ),
}


# "Kritik wies der Vorstandschef zurück", "the chief executive said": the company's chief,
# named before or not at all.
_BARE_CHIEF_RE = {
    "de": re.compile(
        r"\b(?:der|die|Der|Die)\s+(?:Konzern|Vorstands|Firmen|Unternehmens)chef(?:in)?\b"
        r"(?!\s+(?:[A-ZÄÖÜ]|des\b|der\b|von\b))"
    ),
    "en": re.compile(r"\b[Tt]he (?:company's )?(?:chief executive|CEO)\b(?!\s+(?:[A-Z]|of\b))"),
}


def company_chiefs(
    text: str, mentions: list[ActorMention], matcher: ActorMatcher, language: str
) -> list[ActorMention]:
    regex = _CHIEF_RE.get(language)
    if regex is None or not mentions:
        return []
    found = []
    starts = [k.start for k in mentions]
    companies: list[str | None] | None = None
    spans: list[tuple[int, int, int]] = [
        (m.start(), m.start("name") - 1, m.end()) for m in regex.finditer(text)
    ]
    bare = _BARE_CHIEF_RE.get(language)
    if bare is not None:
        spans += [(m.start(), m.end(), m.end()) for m in bare.finditer(text)]
    for start, title_end, end in sorted(spans):
        position = bisect.bisect_left(starts, start)
        if any(k.start < end and start < k.end for k in mentions[position : position + 3]):
            continue  # a known person, or a name the gazetteer holds
        # of equally named companies, the one named first: the text opens with its subject
        if companies is None:
            companies = _leaders(mentions, matcher, _is_company, latest=False)
        company = companies[position]
        if company is not None:
            found.append(ActorMention(company, start, title_end, text[start:title_end].strip()))
    return found


# A spokesperson whom the sentence does not place ("Ein Sprecher sprach von …", "A spokesman
# said", "发言人强调"): the body or company the sentence before named last speaks.
_BARE_SPOKESPERSON_RE = {
    "en": re.compile(
        r"(?:^|(?<=\n)|(?<=[.!?]\s))(?:An?|The) spokes(?:man|woman|person)\b(?!\s+(?:for|of|at)\b)"
    ),
    "de": re.compile(
        r"(?:^|(?<=\n)|(?<=[.!?]\s))(?:Ein|Eine|Der|Die) Sprecher(?:in)?\b(?!\s+(?:des|der)\b)"
    ),
    "zh": re.compile(r"(?:^|(?<=\n)|(?<=[。！？]))(?:其|该部)?(?:新闻)?发言人"),
}
_SPOKESPERSON_LOOKBACK = 300
_SPEAKING_KINDS = ("government_body", "company", "organization")


def bare_spokespeople(
    text: str, mentions: list[ActorMention], matcher: ActorMatcher, language: str
) -> list[ActorMention]:
    regex = _BARE_SPOKESPERSON_RE.get(language)
    if regex is None or not mentions:
        return []
    found = []
    starts = [k.start for k in mentions]
    for m in regex.finditer(text):
        first = bisect.bisect_left(starts, m.start() - _SPOKESPERSON_LOOKBACK)
        position = bisect.bisect_left(starts, m.start())
        speaker = next(
            (
                k
                for k in reversed(mentions[first:position])
                if (actor := matcher.actors.get(k.slug)) is not None
                and actor.kind in _SPEAKING_KINDS
            ),
            None,
        )
        if speaker is not None:
            found.append(ActorMention(speaker.slug, m.start(), m.end(), m.group()))
    return found


# "Der US-Präsident unterzeichnete am Freitag …", "the president said": a head of state or
# government named by title alone is the person named last whose aliases carry that title.
_BARE_LEADER_RE = {
    "en": re.compile(
        r"\b[Tt]he (?:(?P<country>US|U\.S\.|American|Chinese|French|German) )?"
        r"(?P<title>[Pp]resident|[Pp]remier|[Cc]hancellor)\b(?!\s+(?:[A-Z]|of\b)|['’]s office)"
    ),
    "de": re.compile(
        r"\b(?:[Dd]er|[Dd]es|[Dd]em|[Dd]en) (?:(?P<country>US|EU)-)?"
        r"(?P<title>Präsident(?:en)?|(?:Bundes)?[Kk]anzler[s]?|Premier[s]?)\b"
        r"(?!\s+(?:[A-ZÄÖÜ]|des\b|der\b|von\b))"
    ),
    "zh": re.compile(
        r"(?P<country>美国|中国|法国|德国)?(?<!副)(?P<title>总统|总理)(?!选|府|令|候选|大选|职|任期|[·\w]{0,4}(?:特朗普|拜登))"
    ),
}
_LEADER_TITLES = {
    "president": ("president", "präsident", "总统", "主席"),
    "präsident": ("president", "präsident", "总统", "主席"),
    "总统": ("president", "präsident", "总统"),
    "chancellor": ("chancellor", "kanzler"),
    "kanzler": ("chancellor", "kanzler"),
    "bundeskanzler": ("chancellor", "kanzler"),
    "premier": ("premier", "总理"),
    "总理": ("premier", "总理"),
}
_LEADER_COUNTRIES = {
    "us": "US", "u.s.": "US", "american": "US", "美国": "US", "chinese": "CN", "中国": "CN",
    "french": "FR", "法国": "FR", "german": "DE", "德国": "DE", "eu": "EU",
}  # fmt: skip
_LEADER_LOOKBACK = 1500


def bare_leaders(
    text: str, mentions: list[ActorMention], matcher: ActorMatcher, language: str
) -> list[ActorMention]:
    """The leaders named by title alone, as offices (`add_offices` decides which stand: not
    where the gazetteer names someone else, and the country in the title gives way)."""
    regex = _BARE_LEADER_RE.get(language)
    if regex is None or not mentions:
        return []
    found = []
    starts = [k.start for k in mentions]
    titled: dict[tuple[str, str], bool] = {}

    def holds(slug: str, title: str, country: str | None) -> bool:
        if (slug, title) not in titled:
            actor = matcher.actors.get(slug)
            stems = _LEADER_TITLES.get(title, ())
            titled[(slug, title)] = (
                actor is not None
                and actor.kind == "person"
                and any(s in a.name.casefold() for a in actor.aliases for s in stems)
            )
        return titled[(slug, title)] and (
            country is None or matcher.actors[slug].country == country
        )

    for m in regex.finditer(text):
        position = bisect.bisect_left(starts, m.start())
        title = m.group("title").casefold().rstrip("s")
        title = "präsident" if title.startswith("präsident") else title
        country = _LEADER_COUNTRIES.get((m.group("country") or "").casefold())
        first = bisect.bisect_left(starts, m.start() - _LEADER_LOOKBACK)
        leader = next(
            (k for k in reversed(mentions[first:position]) if holds(k.slug, title, country)),
            None,
        )
        if leader is not None:
            found.append(ActorMention(leader.slug, m.start(), m.end(), m.group()))
    return found
