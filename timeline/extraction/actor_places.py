"""Countries named as places or descriptions are no parties: "sold in China", "außerhalb der
EU", "在香港上市", "US investors", "Taiwan's TSMC"; possessives and government forms stay.
"""

import re

from timeline.extraction.actor_matcher import ActorMatcher
from timeline.extraction.types import ActorMention

# ... unless what sits there is a government: "die Regierung in Den Haag", "officials in Beijing".
SEAT_BEFORE = re.compile(
    r"\b(?:Regierung|Kabinett|Staatsführung|Führung|Behörden|government|cabinet|authorities|officials|"
    r"leadership)"
    r"\s+in\s+$",
    re.IGNORECASE,
)


def country_parties(matcher: ActorMatcher) -> dict[str, str]:
    """Country code to the actor that stands for it: its country, else (the EU) the shortest-named
    organisation of that code."""
    parties: dict[str, str] = {}
    names: dict[str, str] = {}
    for actor in matcher.actors.values():
        if actor.kind == "country" and actor.country:
            parties[actor.country] = actor.slug
    for actor in matcher.actors.values():
        code = actor.country
        if actor.kind != "organization" or not code or (code in parties and code not in names):
            continue
        if code not in names or len(actor.name) < len(names[code]):
            names[code] = actor.name
            parties[code] = actor.slug
    return parties


# A country named as a place is no party: "sold in China", "außerhalb der EU", "在香港上市",
# "a Hong Kong-based lawyer", "700 Millionen US-Dollar", and the names listed after such a place
# ("in Spanien, Frankreich und Rumänien", "在美国、欧盟等地"). Only the bare name counts: "the US
# government", "美方", a possessive ("China's") or "die USA" as a subject stay parties.
# (also after two or more other names listed behind the preposition: "in Spanien, Griechenland
# und Frankreich"; one capitalised word may be a German noun: "in Kraft, Peking antwortete")
_LISTED = r"(?:(?:[A-ZÄÖÜ][\w-]+,\s+){1,5}[A-ZÄÖÜ][\w-]+(?:,\s+|\s+(?:and|und|or|oder)\s+))?"


_PLACE_BEFORE = {
    "en": re.compile(
        r"\b(?:[Ii]n|[Ii]nside|[Ww]ithin|[Oo]utside|[Aa]cross|[Tt]hroughout)\s+"
        r"(?:the\s+|mainland\s+)?" + _LISTED + r"$|\bGreater\s+$"
    ),
    "de": re.compile(
        # not "in dem": "der Fall, in dem Berlin … verhinderte" is a relative clause
        r"\b(?:[Ii]n|[Ii]m|[Aa]ußerhalb|[Ii]nnerhalb)\s+(?:der\s+|den\s+|ganz\s+)?" + _LISTED + "$"
    ),
    "zh": re.compile(r"(?<![正存现实所])在$|[含括]$|位于$"),
}


_PLACE_AFTER = {
    "en": re.compile(r"^(?:-(?:based|listed|born|registered|made)\b|\s?[Dd]ollars?\b)"),
    "de": re.compile(r"^-(?:Dollar|Börse)"),
    "zh": re.compile(r"^(?:等地|等来源地)"),
}


# A country's name used as an adjective of economic agents or things is a description, not a
# party: "US investors", "US start-ups", "vom US-Konzern Ford", "das US-Geschäft", "中国企业",
# "台湾半导体分析师", "台湾方面".
_DESCRIPTION_AFTER = {
    "en": re.compile(
        r"^[ -](?:compan(?:y|ies)|firms?|start-?ups?|investors?|investments?|venture|networks?|"
        r"history|market|shares|stocks?|customers?|consumers?|users?|operations?|business(?:es)?|"
        r"subsidiar(?:y|ies)|chipmakers?|manufacturers?|suppliers?|soil|App Store|stock exchange|"
        r"national security|consultanc(?:y|ies)|analysts?|lawyers?|banks?|brokers?|funds?|"
        r"carmakers?|automakers?|exporters?|importers?|buyers?|factor(?:y|ies)|plants?|media)\b"
    ),
    "de": re.compile(
        r"^-(?:Konzern|Firm|Unternehmen|Geschäft|Markt|Kunde|Anleger|Börse|Tochter|Hersteller|"
        r"Chipkonzern|Autobauer|Start-up|Investor|Vorstand|Chef|Manager|Werk|Standort|Umsatz|"
        r"Absatz|Aktie)"
    ),
    "zh": re.compile(
        r"^(?:的)?(?:半导体|供应链|产业|业界|业内|分析师|人士|厂商|企业|公司|用户|消费者|客户|"
        r"投资者|股市|方面[，,]|籍)"
    ),
}


# "Taiwan's TSMC", "South Korea's Samsung Electronics", "China's biggest chipmaker": the
# country only says whose company.
_POSSESSIVE_GAP = re.compile(r"^\s+$")


_RANKING_AFTER = re.compile(
    r"\s+(?:(?:second|third|fourth|fifth)[- ])?(?:biggest|largest|leading|top|dominant|"
    r"best-selling|most valuable)\b"
)


# "BUSAN, South Korea — …", "WASHINGTON —": a dateline names where the report was filed.
_DATELINE_RE = re.compile(
    r"(?:^|\n)[A-Z][A-Z .'-]{2,}(?:,\s+[A-Z][\w .]+)?\s*(?:\([^)\n]*\))?\s*[—–]"
)


_PLACE_LIST = re.compile(
    r"^(?:,\s*|\s+(?:and|und|or|oder|sowie)\s+|、|和|及|与)(?:the\s+|den\s+|der\s+)?$"
)


# "在美国的打压下" (under US pressure), "在欧盟表决后" (after the EU vote): 在 opens a clause of
# circumstance or time there, and the country acts in it.
_ZH_CLAUSE_AFTER = re.compile(r"[^，。；、,]{0,12}?(?:之?后|之前|以前|时|之际|下)")


_PARTY_WORDS = re.compile(
    r"regierung|government|administration|方$|政府|当局|['’]s$", re.IGNORECASE
)


def _party_form(k: ActorMention, matcher: ActorMatcher) -> bool:
    """A government's name ("US government", "美方") or a possessive ("China's", "Chinas")."""
    if _PARTY_WORDS.search(k.text):
        return True
    return k.text.endswith("s") and k.text.lower() not in matcher.entries


def without_places(
    text: str, mentions: list[ActorMention], matcher: ActorMatcher, language: str
) -> list[ActorMention]:
    before_re, after_re = _PLACE_BEFORE.get(language), _PLACE_AFTER.get(language)
    if before_re is None or after_re is None:
        return mentions
    described = _DESCRIPTION_AFTER[language]
    # countries and the EU; not organisations that only stand in for a country code (the WTO)
    parties = {
        slug
        for slug in country_parties(matcher).values()
        if (actor := matcher.actors.get(slug)) is not None
        and (actor.kind == "country" or actor.country == "EU")
    }
    datelines = [(m.start(), m.end()) for m in _DATELINE_RE.finditer(text[:2000])]
    places: set[int] = set()
    for i, k in enumerate(mentions):
        if k.slug not in parties:
            continue
        if k.text.endswith(("'s", "’s")) and (
            (
                i + 1 < len(mentions)
                and _POSSESSIVE_GAP.match(text[k.end : mentions[i + 1].start])
                and (company := matcher.actors.get(mentions[i + 1].slug)) is not None
                and company.kind == "company"
            )
            or _RANKING_AFTER.match(text, k.end)
        ):
            places.add(i)
            continue
        if _party_form(k, matcher):
            continue
        head = text[max(0, k.start - 90) : k.start]
        if SEAT_BEFORE.search(head):
            continue
        tail = text[k.end : k.end + 20]
        if head.endswith("(") and re.match(r"\)\s+[A-Z]", tail):
            places.add(i)  # "Sinomine (Hong Kong) Rare Metals": part of a company's name
            continue
        if language == "zh" and head.endswith("在") and _ZH_CLAUSE_AFTER.match(text, k.end):
            continue
        if (
            before_re.search(head)
            or after_re.match(tail)
            or described.match(tail)
            or any(a <= k.start < b for a, b in datelines)
            or (i - 1 in places and _PLACE_LIST.match(text[mentions[i - 1].end : k.start]))
        ):
            places.add(i)
    # a list closed by "等地" ("从中东、俄罗斯、澳大利亚等地") is a list of places as a whole
    for i in sorted(places, reverse=True):
        j = i - 1
        while (
            j >= 0
            and j not in places
            and mentions[j].slug in parties
            and not _party_form(mentions[j], matcher)
            and _PLACE_LIST.match(text[mentions[j].end : mentions[j + 1].start])
            and after_re.match(text[mentions[i].end : mentions[i].end + 12]) is not None
        ):
            places.add(j)
            j -= 1
    return [k for i, k in enumerate(mentions) if i not in places] if places else mentions
