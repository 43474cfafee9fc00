"""The gazetteer compiled for matching: every alias of one language in one pattern.

Aliases are arranged as a trie-shaped alternation (longest first), with their German and English
inflected forms, so matching costs one pass over the text whatever the size of the gazetteer;
short aliases and acronyms must match in their exact case.
"""

import re
from dataclasses import dataclass, field

from timeline.extraction.types import Gazetteer, GazetteerActor

_LATIN_RE = re.compile(r"[A-Za-zÄÖÜäöüß]")


_CITY_METONYMS = {
    "washington", "peking", "beijing", "北京", "华府", "brüssel", "brussels", "berlin", "tokio",
    "tokyo", "den haag", "the hague", "taipei", "taipeh", "london", "ottawa", "moscow", "moskau",
    "whitehall", "downing street",
}  # fmt: skip


SHORT = 4


@dataclass(frozen=True)
class AliasEntry:
    slugs: tuple[str, ...]
    exact_case: bool
    metonym: bool
    forms: tuple[str, ...]


@dataclass(frozen=True)
class ActorMatcher:
    regex: re.Pattern[str] | None
    entries: dict[str, AliasEntry]  # key: casefolded alias
    actors: dict[str, GazetteerActor]
    # Chinese: a foreign person's surname after a title ("首席执行官基辛格" for "帕特·基辛格")
    titled_surnames: re.Pattern[str] | None = None
    surnames: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the government bodies of each country (EU included), for the rules that look one up
    bodies: dict[str, tuple[GazetteerActor, ...]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        bodies: dict[str, list[GazetteerActor]] = {}
        for actor in self.actors.values():
            if actor.kind == "government_body":
                bodies.setdefault(actor.country, []).append(actor)
        object.__setattr__(self, "bodies", {c: tuple(a) for c, a in bodies.items()})

    def bodies_named(self, country: str, word: str) -> list[GazetteerActor]:
        """The government bodies of `country` with an alias holding `word` (case-folded)."""
        return [
            body
            for body in self.bodies.get(country, ())
            if any(word in alias.name.casefold() for alias in body.aliases)
        ]


def _needs_exact_case(alias: str) -> bool:
    letters = [ch for ch in alias if ch.isalpha()]
    if not letters or not _LATIN_RE.search(alias):
        return False
    if len(letters) <= SHORT:
        return True
    return alias.isupper()


# A word character that is not a Chinese character: Chinese has no spaces, so "BIS把140家实体"
# and "PCAOB主席" name BIS and the PCAOB.
_LATIN_WORD_CHAR = r"[^\W\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"


_ADJECTIVE_RE = re.compile(r"^(\w+?(?:ische|liche|ale|e))[mnrs]?( .+)$")


# "U.S." and "US", "U.K." and "UK" inside a longer name are one spelling apart.
_DOTTED_RE = re.compile(r"\b(U)\.(S|K)\.(?= )|\b(U)(S|K)\b(?= )")


def _alias_variants(alias: str, language: str) -> list[str]:
    """The alias, its other spelling of "U.S."/"U.K." ("US Court of Appeals …"), and for German
    its inflected adjective forms ("chinesischen Regierung")."""
    variants = [alias]
    if " " in alias and _DOTTED_RE.search(alias):
        variants.append(
            _DOTTED_RE.sub(lambda m: f"U{m.group(2)}" if m.group(1) else f"U.{m.group(4)}.", alias)
        )
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
        key: AliasEntry(
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
            + ")(?!['’]"
            + _LATIN_WORD_CHAR
            + ")"
        )
    if other:
        parts.append(r"(?P<other>" + _trie_pattern(other) + r")")
    surnames: dict[str, set[str]] = {}
    if language == "zh":
        for actor in gazetteer.actors:
            if actor.kind != "person":
                continue
            for alias in actor.aliases:
                if alias.language == "zh" and "·" in alias.name:
                    surname = alias.name.rsplit("·", 1)[1].strip()
                    if len(surname) >= 2:
                        surnames.setdefault(surname, set()).add(actor.slug)
    titled = None
    if surnames:
        titled = re.compile(
            r"(?:" + _ZH_PERSON_TITLES + r")(?P<surname>" + _trie_pattern(list(surnames)) + r")"
        )
    return ActorMatcher(
        re.compile("|".join(parts), re.IGNORECASE),
        entries,
        actors,
        titled,
        {k: tuple(sorted(v)) for k, v in surnames.items()},
    )


_ZH_PERSON_TITLES = (
    r"首席执行官|执行长|CEO|董事长|总裁|总经理|创始人|部长|部长助理|副部长|总统|副总统|主席|大臣|"
    r"国务卿|贸易代表|发言人|财长|局长|主任|总理|首相|议员|参议员|众议员|委员|大使|法官"
)


def entry_for(matcher: ActorMatcher, surface: str) -> AliasEntry | None:
    return matcher.entries.get(surface.lower())
