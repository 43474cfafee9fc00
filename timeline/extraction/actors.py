"""Actor stage: find the gazetteer's actors in a text, and propose unknown names for editors.

All aliases of one language are compiled into one alternation (longest first), so matching costs
one pass over the text whatever the size of the gazetteer. Rules on top of the pattern:
- Latin-script aliases need word boundaries; a German genitive or English possessive may follow
  ("Alibabas", "Nvidia's"); German adjectives may inflect ("chinesischen Regierung");
- short aliases and acronyms ("US", "Xi", "SMIC") must match in their exact case;
- overlapping matches: the longest wins;
- an alias shared by several actors is resolved by the other actors named in the text (an actor
  the text also names by an unambiguous alias wins), otherwise it is left out;
- city metonyms ("Washington", "Peking", "北京") count only near political words.
"""

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass

from timeline.extraction.types import ActorMention, Gazetteer, GazetteerActor

_LATIN_RE = re.compile(r"[A-Za-zÄÖÜäöüß]")
_CITY_METONYMS = {
    "washington", "peking", "beijing", "北京", "华府", "brüssel", "brussels", "berlin", "tokio",
    "tokyo", "den haag", "the hague", "taipei", "taipeh",
}  # fmt: skip
_POLITICAL_RE = re.compile(
    r"regierung|administration|government|minist|sanction|sanktion|export|tariff|zoll|zölle|"
    r"trade|handel|talks|gespräch|verhandl|response|antwort|reaction|reaktion|policy|politik|"
    r"retaliat|vergelt|said|sagte|erklärte|warn|accus|vorw|deal|abkommen|政府|制裁|关税|出口|"
    r"回应|表示|谈判|外交|宣布|ban|verbot|restrict|beschränk|pressure|druck",
    re.IGNORECASE,
)
_SHORT = 4
# "die Botschaft in Berlin", "talks in Beijing", "在北京举行": the city is a place there, not its
# government.
_LOCATIVE_BEFORE = re.compile(r"(?:\b(?:in|im|nach|near|at|bei)\s+|[在赴抵])$", re.IGNORECASE)


@dataclass(frozen=True)
class _AliasEntry:
    slugs: tuple[str, ...]
    exact_case: bool
    metonym: bool
    forms: tuple[str, ...]


@dataclass(frozen=True)
class ActorMatcher:
    regex: re.Pattern[str] | None
    entries: dict[str, _AliasEntry]  # key: casefolded alias
    actors: dict[str, GazetteerActor]


def _needs_exact_case(alias: str) -> bool:
    letters = [ch for ch in alias if ch.isalpha()]
    if not letters or not _LATIN_RE.search(alias):
        return False
    if len(letters) <= _SHORT:
        return True
    return alias.isupper()


# A word character that is not a Chinese character: Chinese has no spaces, so "BIS把140家实体"
# and "PCAOB主席" name BIS and the PCAOB.
_LATIN_WORD_CHAR = r"[^\W\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"

_ADJECTIVE_RE = re.compile(r"^(\w+?(?:ische|liche|ale|e))[mnrs]?( .+)$")


def _alias_variants(alias: str, language: str) -> list[str]:
    """The alias and, for German, its inflected adjective forms ("chinesischen Regierung")."""
    variants = [alias]
    if language in ("de", "mul"):
        m = _ADJECTIVE_RE.match(alias)
        if m and _LATIN_RE.search(alias) and m.group(1)[:1].islower():
            # "chinesisches Finanzministerium" is also "das chinesische Finanzministerium"
            forms = (m.group(1) + ending + m.group(2) for ending in ("", "n", "m", "r", "s"))
            variants += [form for form in forms if form != alias]
    return variants


def _trie_pattern(words: list[str]) -> str:
    """One regular expression for many literal words, shaped as a trie so matching stays fast."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return build(trie)


_MATCHERS: dict[tuple[int, str], tuple[Gazetteer, ActorMatcher]] = {}


def build_matcher(gazetteer: Gazetteer, language: str) -> ActorMatcher:
    """The compiled matcher for one gazetteer object and language, built once and kept."""
    key = (id(gazetteer), language)
    cached = _MATCHERS.get(key)
    if cached is not None and cached[0] is gazetteer:
        return cached[1]
    matcher = _build_matcher(gazetteer, language)
    if len(_MATCHERS) > 32:
        _MATCHERS.clear()
    _MATCHERS[key] = (gazetteer, matcher)
    return matcher


def _build_matcher(gazetteer: Gazetteer, language: str) -> ActorMatcher:
    by_alias: dict[str, set[str]] = {}
    forms: dict[str, set[str]] = {}
    actors = {a.slug: a for a in gazetteer.actors}
    for actor in gazetteer.actors:
        names = [(actor.name, "mul")] + [(al.name, al.language) for al in actor.aliases]
        for name, alias_lang in names:
            name = name.strip()
            if not name:
                continue
            foreign = alias_lang not in (language, "mul")
            if foreign:
                if not _LATIN_RE.search(name) or (language == "zh" and not name[:1].isupper()):
                    continue
                if len(name) < 6 or name[:1].islower():
                    continue
            for variant in _alias_variants(name, alias_lang):
                key = variant.lower()
                by_alias.setdefault(key, set()).add(actor.slug)
                forms.setdefault(key, set()).add(variant)
    entries = {
        key: _AliasEntry(
            slugs=tuple(sorted(slugs)),
            exact_case=any(_needs_exact_case(f) for f in forms[key]),
            metonym=key in _CITY_METONYMS,
            forms=tuple(sorted(forms[key])),
        )
        for key, slugs in by_alias.items()
    }
    if not entries:
        return ActorMatcher(None, entries, actors)
    latin = [k for k in entries if _LATIN_RE.search(k)]
    other = [k for k in entries if not _LATIN_RE.search(k)]
    parts = []
    if latin:
        parts.append(
            r"(?<!"
            + _LATIN_WORD_CHAR
            + r")(?<!@)(?P<latin>"
            + _trie_pattern(latin)
            + r")(?P<suffix>'s|’s|s|es|')?(?!"
            + _LATIN_WORD_CHAR
            + ")"
        )
    if other:
        parts.append(r"(?P<other>" + _trie_pattern(other) + r")")
    return ActorMatcher(re.compile("|".join(parts), re.IGNORECASE), entries, actors)


def _entry_for(matcher: ActorMatcher, surface: str) -> _AliasEntry | None:
    return matcher.entries.get(surface.lower())


def find_actors(text: str, matcher: ActorMatcher) -> list[ActorMention]:
    """Mentions of known actors, longest match first, ambiguities resolved by context."""
    if matcher.regex is None or not text:
        return []
    raw: list[tuple[int, int, str, _AliasEntry]] = []
    for m in matcher.regex.finditer(text):
        surface = m.group("latin") if m.groupdict().get("latin") else m.group("other") or ""
        if not surface:
            continue
        entry = _entry_for(matcher, surface)
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
            and len(surface) <= _SHORT
            and m.group("suffix") not in ("'s", "’s")
        ):
            continue
        end = m.start() + len(surface)
        if m.groupdict().get("suffix") in ("'s", "’s", "s", "es"):
            end = m.end()
        if entry.metonym and (
            not _political_context(text, m.start(), m.end())
            or _LOCATIVE_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ):
            continue
        raw.append((m.start(), end, surface, entry))
    raw.extend(_surname_mentions(text, raw, matcher))
    raw.sort(key=lambda item: item[0])
    unambiguous = Counter(e.slugs[0] for _, _, _, e in raw if len(e.slugs) == 1)
    mentions: list[ActorMention] = []
    for start, end, _surface, entry in raw:
        slug = entry.slugs[0] if len(entry.slugs) == 1 else _disambiguate(entry.slugs, unambiguous)
        if slug is None:
            continue
        mentions.append(ActorMention(slug=slug, start=start, end=end, text=text[start:end]))
    return mentions


# Definite descriptions that refer back to an actor named earlier: the head word must occur in
# the actor's name (or, for companies, the actor must be a company).
_REFERENCES = {
    "en": re.compile(
        r"\b[Tt]he (?:(?P<adj>[A-Z][a-z]+) )?(?P<head>department|bureau|ministry|commission|agency|"
        r"administration|regulator|lab|start-up|startup|company|group|firm|chipmaker|carmaker|court|council|office|committee|"
        r"lawmakers|legislators)\b"
        r"(?=\s+(?:from|in|based in)\s+(?P<place>[A-Z]\w+))?"
    ),
    "de": re.compile(
        r"\b(?:[Dd](?:er|ie|as|en|em|es))\s+(?:(?P<adj>[A-ZÄÖÜa-zäöüß]\w*(?:er|e|en|es))\s+)?(?:\w+-)?(?P<head>Labor|Start-up|Konzern|Unternehmen|Firma|Ministerium|Behörde|"
        r"Kommission|Regierung|Gericht|Hersteller|Chipkonzern|Autobauer|Abgeordneten|Parlamentarier)s?\b"
        r"(?=\s+(?:aus|in)\s+(?P<place>[A-ZÄÖÜ]\w+))?"
    ),
    "zh": re.compile(r"(?P<head>该公司|该部|该委员会|该机构|该集团)"),
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
    "该机构": "administration", "regulator": "administration",
}  # fmt: skip


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


def _reference_mentions(
    text: str, mentions: list[ActorMention], matcher: ActorMatcher, language: str
) -> list[ActorMention]:
    regex = _REFERENCES.get(language)
    if regex is None or not mentions:
        return []
    found: list[ActorMention] = []
    ends = [k.end for k in mentions]
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
        for k in reversed(mentions[max(0, position - 12) : position]):
            actor = matcher.actors.get(k.slug)
            if actor is None:
                continue
            if head in _COMPANY_HEADS:
                fits = actor.kind == "company"
            elif head in _LEGISLATURE_HEADS:
                fits = actor.kind == "government_body" and any(
                    word in actor.name.lower() for word in _LEGISLATURE_NAMES
                )
            else:
                word = _HEAD_NAMES.get(head, head)
                fits = actor.kind == "government_body" and word in actor.name.lower()
            if fits:
                found.append(ActorMention(k.slug, m.start(), m.end(), m.group()))
                break
    return found


_ZH_PAIR_RE = re.compile(
    r"([中美欧日韩俄])([中美欧日韩俄])(?=双方|两国|两方|关系|经贸|贸易|会谈|联合|元首)"
)
_ZH_SHORT = {"中": "中国", "美": "美国", "欧": "欧盟", "日": "日本", "韩": "韩国", "俄": "俄罗斯"}


def _zh_pair_mentions(text: str, matcher: ActorMatcher) -> list[ActorMention]:
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


def find_actors_with_references(
    text: str, matcher: ActorMatcher, language: str
) -> list[ActorMention]:
    """Gazetteer matches plus the definite descriptions that refer back to them."""
    mentions = find_actors(text, matcher)
    if language == "zh":
        taken = [(k.start, k.end) for k in mentions]
        mentions += [
            p
            for p in _zh_pair_mentions(text, matcher)
            if not any(a < p.end and p.start < b for a, b in taken)
        ]
        mentions.sort(key=lambda k: k.start)
    if language == "en":
        mentions = _national_bodies(text, mentions, matcher)
    mentions = _add_free(mentions, _national_envoys(text, matcher, language))
    mentions = _add_free(mentions, _pair_mentions(text, mentions, matcher, language))
    mentions = _add_free(mentions, _office_holders(text, matcher, language))
    mentions = _add_free(mentions, _bare_ministries(text, mentions, matcher, language))
    mentions = _without_title_countries(text, mentions, matcher)
    extra = _reference_mentions(text, mentions, matcher, language)
    extra += _administration_leaders(mentions, matcher)
    return sorted(mentions + extra, key=lambda k: k.start)


_ADMINISTRATION_RE = re.compile(
    r"^(?:the\s+)?(?P<name>.+?)(?:[- ]administration|-Regierung|政府)$", re.IGNORECASE
)


def _administration_leaders(
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
        entry = _entry_for(matcher, m.group("name"))
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


def _national_bodies(
    text: str, mentions: list[ActorMention], matcher: ActorMatcher
) -> list[ActorMention]:
    """Descriptions such as "China's market regulator": the one government body of that country
    whose name holds the description's words. A country matched inside the description gives
    way to the body; with no single fitting body, nothing changes."""
    bodies = [a for a in matcher.actors.values() if a.kind == "government_body"]
    result = list(mentions)
    for m in _NATIONAL_BODY_RE.finditer(text):
        country = _COUNTRY_WORDS.get(m.group("country").lower())
        words = [w for w in m.group("words").split() if w not in {"the", "of", "and"}]
        stems = [w[:6] for w in words] + [_HEAD_STEMS[m.group("head")]]
        fitting = [
            a
            for a in bodies
            if a.country == country and all(stem in a.name.lower() for stem in stems)
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


def _surname_mentions(
    text: str, raw: list[tuple[int, int, str, _AliasEntry]], matcher: ActorMatcher
) -> list[tuple[int, int, str, _AliasEntry]]:
    """After "Eddie Wu", a later "Wu" alone means the same person."""
    found: list[tuple[int, int, str, _AliasEntry]] = []
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
        single = _AliasEntry(slugs=entry.slugs, exact_case=True, metonym=False, forms=(surname,))
        for m in re.finditer(
            r"(?<![\w-])" + re.escape(surname) + r"(?:s|'s|’s)?(?!\w)", text[start:]
        ):
            a, b = start + m.start(), start + m.end()
            if any(a < y and x < b for x, y in taken):
                continue
            taken.append((a, b))
            found.append((a, b, surname, single))
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


def _national_envoys(text: str, matcher: ActorMatcher, language: str) -> list[ActorMention]:
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


def _add_free(mentions: list[ActorMention], more: list[ActorMention]) -> list[ActorMention]:
    """`mentions` plus those of `more` that overlap none of them, in text order."""
    taken = [(k.start, k.end) for k in mentions]
    free = [p for p in more if not any(a < p.end and p.start < b for a, b in taken)]
    return sorted(mentions + free, key=lambda k: k.start) if free else mentions


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


def _pair_mentions(
    text: str, mentions: list[ActorMention], matcher: ActorMatcher, language: str
) -> list[ActorMention]:
    regex = _PAIR_RE.get(language)
    if regex is None or not mentions:
        return []
    parties = _parties(matcher)
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


def _parties(matcher: ActorMatcher) -> dict[str, str]:
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
        (
            r"\b(?:EU |European )?(?:(?:Trade|Competition|Internal Market) )?Commissioner\b",
            "EU",
            "commission",
        ),
    ],
    "de": [
        (r"\bBundeswirtschaftsminister(?:in)?\b", "DE", "ministry,economic affairs"),
        (r"\bUS-Handelsminister(?:in)?\b", "US", "department of commerce"),
        (r"\bUS-Finanzminister(?:in)?\b", "US", "treasury"),
        (r"\bUS-Handelsbeauftragter?\b", "US", "trade representative"),
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
        (r"欧盟(?:贸易|竞争|内部市场|工业)?(?:事务)?委员(?!会)", "EU", "commission"),
    ],
}


def _office_holders(text: str, matcher: ActorMatcher, language: str) -> list[ActorMention]:
    rules = _OFFICES.get(language)
    if not rules:
        return []
    bodies = [a for a in matcher.actors.values() if a.kind == "government_body"]
    found = []
    for pattern, country, words in rules:
        fitting = [
            a
            for a in bodies
            if a.country == country and all(w in a.name.lower() for w in words.split(","))
        ]
        if len(fitting) != 1:
            continue
        for m in re.finditer(pattern, text):
            found.append(ActorMention(fitting[0].slug, m.start(), m.end(), m.group()))
    return found


# "Peking reagierte. Ein Sprecher des Handelsministeriums sagte …": a ministry named without its
# country is that of the country or government body the text named last.
_BARE_MINISTRY_RE = {
    "de": re.compile(
        r"\b(?:[Dd]as|[Dd]es|[Dd]em|[Ii]m|[Vv]om)\s+(?P<kind>Handels|Außen|Finanz|Wirtschafts|"
        r"Verteidigungs|Justiz|Innen)ministeriums?\b"
    ),
    "en": re.compile(
        r"\b[Tt]he\s+(?P<kind>[Cc]ommerce|[Ff]oreign|[Ff]inance|[Tt]rade|[Dd]efence|[Dd]efense)"
        r"\s+[Mm]inistry\b"
    ),
}
_BARE_MINISTRY_LOOKBACK = 400


def _bare_ministries(
    text: str, mentions: list[ActorMention], matcher: ActorMatcher, language: str
) -> list[ActorMention]:
    regex = _BARE_MINISTRY_RE.get(language)
    if regex is None:
        return []
    found = []
    for m in regex.finditer(text):
        country = next(
            (
                actor.country
                for k in reversed(mentions)
                if k.end <= m.start()
                and m.start() - k.end <= _BARE_MINISTRY_LOOKBACK
                and (actor := matcher.actors.get(k.slug)) is not None
                and actor.kind in ("country", "government_body")
                and actor.country
            ),
            None,
        )
        if country is None:
            continue
        head = (
            m.group("kind") + "ministerium" if language == "de" else m.group("kind") + " ministry"
        )
        head = head.casefold()
        fitting = [
            a
            for a in matcher.actors.values()
            if a.kind == "government_body"
            and a.country == country
            and any(head in alias.name.casefold() for alias in a.aliases)
        ]
        if len(fitting) == 1:
            start = m.start("kind")
            found.append(ActorMention(fitting[0].slug, start, m.end(), text[start : m.end()]))
    return found


_TITLE_GAP_RE = re.compile(r"^[^\W\d]{0,8}(?:[ -][^\W\d]{1,14}){0,2}\s?$")
_SEPARATOR_RE = re.compile(r"[,，、;；]|\b(?:and|und|or|oder|with|mit)\b|[和与及同]")


def _without_title_countries(
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
