"""Actor stage: find the gazetteer's actors in a text, and propose unknown names for editors.

All aliases of one language are compiled into one alternation (longest first), so matching costs
one pass over the text whatever the size of the gazetteer. Rules on top of the pattern:
- Latin-script aliases need word boundaries; a German genitive or English possessive may follow
  ("Alibabas", "Nvidia's"); German adjectives may inflect ("chinesischen Regierung");
- short aliases and acronyms ("US", "Xi", "SMIC") must match in their exact case;
- overlapping matches: the longest wins;
- an alias shared by several actors is resolved by the other actors named in the text (an actor
  the text also names by an unambiguous alias wins), otherwise it is left out;
- city metonyms ("Washington", "Peking", "北京") count only near political words;
- a country named as a place or a description is no party ("sold in China", "außerhalb der
  EU", "在香港上市", "US investors", "Taiwan's TSMC"), see `_without_places`.
"""

import bisect
import re
from collections import Counter

from timeline.extraction.actor_matcher import SHORT, ActorMatcher, AliasEntry, entry_for
from timeline.extraction.actor_offices import (
    add_offices,
    administration_leaders,
    holder_ministries,
    national_bodies,
    national_envoys,
    office_holders,
    spokespeople,
    without_title_countries,
)
from timeline.extraction.actor_places import SEAT_BEFORE, without_places
from timeline.extraction.actor_references import (
    bare_leaders,
    bare_ministries,
    bare_spokespeople,
    company_chiefs,
    pair_mentions,
    reference_mentions,
    zh_pair_mentions,
)
from timeline.extraction.types import ActorMention

_POLITICAL_RE = re.compile(
    r"regierung|administration|government|minist|sanction|sanktion|export|tariff|zoll|zölle|"
    r"trade|handel|talks|gespräch|verhandl|response|antwort|reaction|reaktion|policy|politik|"
    r"retaliat|vergelt|said|sagte|erklärte|warn|accus|vorw|deal|abkommen|政府|制裁|关税|出口|"
    r"回应|表示|谈判|外交|宣布|ban|verbot|restrict|beschränk|pressure|druck",
    re.IGNORECASE,
)


# A model name after a short acronym: "RTX Pro", "RTX 4090" (not a year: "AMD 2024").
_PRODUCT_AFTER = re.compile(r"[ -]?(?:(?:Pro|Max|Ultra|Mini|Ti)\b|(?!19\d\d\b|20\d\d\b)\d{3,5}\b)")


# "die Botschaft in Berlin", "talks in Beijing", "在北京举行": the city is a place there, not its
# government.
_LOCATIVE_BEFORE = re.compile(r"(?:\b(?:in|im|nach|near|at|bei)\s+|[在赴抵])$", re.IGNORECASE)


def find_actors(text: str, matcher: ActorMatcher) -> list[ActorMention]:
    """Mentions of known actors, longest match first, ambiguities resolved by context."""
    if matcher.regex is None or not text:
        return []
    raw: list[tuple[int, int, str, AliasEntry]] = []
    for m in matcher.regex.finditer(text):
        surface = m.group("latin") if m.groupdict().get("latin") else m.group("other") or ""
        if not surface:
            continue
        entry = entry_for(matcher, surface)
        if entry is None:
            continue
        if entry.exact_case and surface not in entry.forms:
            continue
        if (
            not entry.exact_case
            and surface[:1].islower()
            and all(f[:1].isupper() and " " not in f for f in entry.forms)
        ):
            continue
        if (
            m.groupdict().get("suffix")
            and len(surface) <= SHORT
            and m.group("suffix") not in ("'s", "’s")
        ):
            continue
        end = m.start() + len(surface)
        if m.groupdict().get("suffix") in ("'s", "’s", "s", "es"):
            end = m.end()
        if entry.exact_case and len(surface) <= SHORT and _PRODUCT_AFTER.match(text, end):
            continue  # "RTX Pro", "RTX 4090": a product line, not the company
        if (
            entry.metonym
            and (
                not _political_context(text, m.start(), m.end())
                or _LOCATIVE_BEFORE.search(text, max(0, m.start() - 12), m.start())
            )
            and not SEAT_BEFORE.search(text, max(0, m.start() - 30), m.start())
        ):
            continue
        raw.append((m.start(), end, surface, entry))
    raw.extend(_surname_mentions(text, raw, matcher))
    raw.extend(_titled_surnames(text, raw, matcher))
    raw.sort(key=lambda item: item[0])
    unambiguous = Counter(e.slugs[0] for _, _, _, e in raw if len(e.slugs) == 1)
    mentions: list[ActorMention] = []
    for start, end, _surface, entry in raw:
        slug = entry.slugs[0] if len(entry.slugs) == 1 else _disambiguate(entry.slugs, unambiguous)
        if slug is None:
            continue
        mentions.append(ActorMention(slug=slug, start=start, end=end, text=text[start:end]))
    return mentions


def find_actors_with_references(
    text: str, matcher: ActorMatcher, language: str
) -> list[ActorMention]:
    """Gazetteer matches plus the definite descriptions that refer back to them."""
    mentions = find_actors(text, matcher)
    if language == "zh":
        taken = [(k.start, k.end) for k in mentions]
        mentions += [
            p
            for p in zh_pair_mentions(text, matcher)
            if not any(a < p.end and p.start < b for a, b in taken)
        ]
        mentions.sort(key=lambda k: k.start)
    if language == "en":
        mentions = national_bodies(text, mentions, matcher)
    mentions = without_places(text, mentions, matcher, language)
    mentions = _add_free(mentions, national_envoys(text, matcher, language))
    mentions = _add_free(mentions, pair_mentions(text, mentions, matcher, language))
    mentions = add_offices(mentions, office_holders(text, matcher, language), matcher)
    mentions = add_offices(mentions, spokespeople(text, mentions, matcher, language), matcher)
    if language == "zh":
        mentions = holder_ministries(text, mentions, matcher)
    mentions = _add_free(mentions, bare_ministries(text, mentions, matcher, language))
    mentions = without_title_countries(text, mentions, matcher)
    mentions = add_offices(mentions, bare_leaders(text, mentions, matcher, language), matcher)
    extra = reference_mentions(text, mentions, matcher, language)
    extra += company_chiefs(text, mentions, matcher, language)
    extra += bare_spokespeople(text, mentions, matcher, language)
    extra += administration_leaders(mentions, matcher)
    return sorted(mentions + extra, key=lambda k: k.start)


def _surname_mentions(
    text: str, raw: list[tuple[int, int, str, AliasEntry]], matcher: ActorMatcher
) -> list[tuple[int, int, str, AliasEntry]]:
    """After "Eddie Wu", a later "Wu" alone means the same person."""
    found: list[tuple[int, int, str, AliasEntry]] = []
    taken = [(a, b) for a, b, _, _ in raw]
    seen: set[str] = set()
    for start, _end, surface, entry in raw:
        if len(entry.slugs) != 1:
            continue
        actor = matcher.actors.get(entry.slugs[0])
        parts = surface.split()
        if actor is None or actor.kind != "person" or len(parts) < 2:
            continue
        surname = parts[-1]
        if surname in seen or len(surname) < 2 or not surname[:1].isupper():
            continue
        seen.add(surname)
        single = AliasEntry(slugs=entry.slugs, exact_case=True, metonym=False, forms=(surname,))
        for m in re.finditer(
            r"(?<![\w-])" + re.escape(surname) + r"(?:s|'s|’s)?(?!\w)", text[start:]
        ):
            a, b = start + m.start(), start + m.end()
            if any(a < y and x < b for x, y in taken):
                continue
            taken.append((a, b))
            found.append((a, b, surname, single))
    return found


def _titled_surnames(
    text: str, raw: list[tuple[int, int, str, AliasEntry]], matcher: ActorMatcher
) -> list[tuple[int, int, str, AliasEntry]]:
    """ "美国商务部长罗斯", "首席执行官基辛格": a title followed by the surname of a foreign
    person written in full elsewhere ("威尔伯·罗斯")."""
    if matcher.titled_surnames is None:
        return []
    found: list[tuple[int, int, str, AliasEntry]] = []
    taken = sorted((a, b) for a, b, _, _ in raw)  # matches do not overlap one another
    starts = [a for a, _ in taken]
    for m in matcher.titled_surnames.finditer(text):
        a, b = m.span("surname")
        i = bisect.bisect_left(starts, b)
        if i and taken[i - 1][1] > a:
            continue
        slugs = matcher.surnames.get(m.group("surname"), ())
        if len(slugs) != 1:
            continue
        entry = AliasEntry(
            slugs=slugs, exact_case=False, metonym=False, forms=(m.group("surname"),)
        )
        found.append((a, b, m.group("surname"), entry))
    return found


def _disambiguate(slugs: tuple[str, ...], seen: Counter[str]) -> str | None:
    scored = sorted(((seen.get(s, 0), s) for s in slugs), reverse=True)
    if scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][1]
    return None


def _political_context(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 120) : end + 120]
    return _POLITICAL_RE.search(window) is not None


# Unknown names, proposed to editors as candidates: "Nexperia CEO Jane Doe", "Acme Corp.",
# "XX集团". Only shapes that are names for certain; nothing is invented.
_UNKNOWN_PATTERNS = {
    "en": re.compile(
        r"\b(?:CEO|chief executive|chairman|chairwoman|founder|minister|secretary|spokesperson|"
        r"spokesman|spokeswoman|president)\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){1,2})\b"
        r"|\b((?:[A-Z][\w&]+\s){0,3}[A-Z][\w&]+\s(?:Inc|Corp|Corporation|Ltd|LLC|Holdings|Group|Technologies|Co)\.?)(?!\w)"
    ),
    "de": re.compile(
        r"\b(?:Vorstandschef|Konzernchef|Firmenchef|Chef|Minister|Ministerin|Sprecher|Sprecherin|"
        r"Gründer|Präsident|Präsidentin|CEO)\s+((?:[A-ZÄÖÜ][a-zäöüß]+)(?:\s+[A-ZÄÖÜ][a-zäöüß]+){1,2})\b"
        r"|\b((?:[A-ZÄÖÜ][\w&-]+\s){0,3}[A-ZÄÖÜ][\w&-]+\s(?:AG|GmbH|SE|Inc|Corp|Ltd|Holding|Gruppe))(?!\w)"
    ),
    "zh": re.compile(
        r"([\u4e00-\u9fff]{2,8}(?:集团|公司|科技|股份))|(?:总裁|董事长|部长|发言人|首席执行官)([\u4e00-\u9fff]{2,3})(?=[表称说指])"
    ),
}


def find_unknown_names(text: str, language: str, known: list[ActorMention]) -> list[str]:
    regex = _UNKNOWN_PATTERNS.get(language)
    if regex is None:
        return []
    names: list[str] = []
    for m in regex.finditer(text[:200_000]):
        group = 1 if m.group(1) else 2
        name = (m.group(group) or "").strip()
        start = m.start(group)
        if not name or any(
            k.start <= start < k.end or start <= k.start < start + len(name) for k in known
        ):
            continue
        if name not in names:
            names.append(name)
    return names[:20]


def _add_free(mentions: list[ActorMention], more: list[ActorMention]) -> list[ActorMention]:
    """`mentions` plus those of `more` that overlap none of them, in text order."""
    taken = [(k.start, k.end) for k in mentions]
    free = [p for p in more if not any(a < p.end and p.start < b for a, b in taken)]
    return sorted(mentions + free, key=lambda k: k.start) if free else mentions
