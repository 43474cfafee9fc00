"""Read seeds/ into records and check them: vocabularies, references, uniqueness, alias clashes.

Every problem is reported with the file and entry it comes from; `read_seeds` raises one
`SeedError` listing all of them so a curator can fix a file in one pass.
"""

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from timeline.choices import (
    ActorKind,
    AliasLanguage,
    Category,
    Language,
    LegalReferenceKind,
    Precision,
    RelationType,
    Role,
    Stage,
)
from timeline.countries import is_valid_country
from timeline.errors import SeedError
from timeline.normalize import normalize_alias
from timeline.periods import period_start
from timeline.seeding.records import (
    ActorRecord,
    ActorRoleRecord,
    AliasRecord,
    ArticleRecord,
    EventRecord,
    GoldEventRecord,
    GoldRecord,
    LegalReferenceRecord,
    OutletRecord,
    RelationRecord,
    SeedBundle,
    TagRecord,
)

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FRONT_MATTER_RE = re.compile(r"\A---\n(.*?)\n---\n(.*)\Z", re.DOTALL)
MAX_TITLE_LENGTH = 120
_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse_yaml(text: str) -> Any:
    """Parse YAML safely, with libyaml's C parser when PyYAML has it (ten times faster)."""
    return yaml.load(text, Loader=_YamlLoader)  # noqa: S506


class _Problems:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.items.append(f"{where}: {message}")

    def raise_if_any(self) -> None:
        if self.items:
            shown = "\n  ".join(self.items[:50])
            more = f"\n  … and {len(self.items) - 50} more" if len(self.items) > 50 else ""
            raise SeedError(f"{len(self.items)} problem(s) in seeds:\n  {shown}{more}")


def _load_yaml(path: Path, problems: _Problems) -> Any:
    try:
        return _parse_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        problems.add(str(path), f"cannot be read as YAML ({exc})")
        return None


def _as_list(data: Any, where: str, problems: _Problems) -> list[dict[str, Any]]:
    if data is None:
        return []
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        problems.add(where, "must be a list of mappings")
        return []
    return data


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _as_datetime(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            return None
    else:
        return None
    return parsed if parsed.tzinfo is not None else None


def _text(entry: dict[str, Any], key: str) -> str:
    value = entry.get(key)
    return "" if value is None else str(value).strip()


def _check_choice(value: str, choices: Iterable[str], label: str, where: str, p: _Problems) -> None:
    if value not in choices:
        p.add(where, f"unknown {label} {value!r}")


def _dated(entry: dict[str, Any], where: str, p: _Problems) -> tuple[dt.date, dt.date | None]:
    date = _as_date(entry.get("date"))
    if date is None:
        p.add(where, f"date {entry.get('date')!r} is not an ISO date")
        date = dt.date(1970, 1, 1)
    end = None
    if entry.get("date_end") is not None:
        end = _as_date(entry.get("date_end"))
        if end is None:
            p.add(where, f"date_end {entry.get('date_end')!r} is not an ISO date")
        elif end < date:
            p.add(where, "date_end is before date")
    precision = _text(entry, "precision") or Precision.DAY
    if precision in Precision.values and period_start(date, precision) != date:
        p.add(where, f"date {date} is not the first day of its {precision}")
    return date, end


def _actor_roles(entry: dict[str, Any], where: str, p: _Problems) -> tuple[ActorRoleRecord, ...]:
    roles = []
    seen: set[str] = set()
    for item in _as_list(entry.get("actors"), f"{where} actors", p):
        slug, role = _text(item, "slug"), _text(item, "role")
        _check_choice(role, Role.values, "role", where, p)
        if slug in seen:
            p.add(where, f"actor {slug!r} listed twice")
        seen.add(slug)
        roles.append(ActorRoleRecord(slug=slug, role=role))
    return tuple(roles)


def read_actors(directory: Path, p: _Problems) -> list[ActorRecord]:
    actors = []
    for path in sorted(directory.glob("*.yaml")):
        for index, entry in enumerate(_as_list(_load_yaml(path, p), path.name, p)):
            where = f"{path.name} #{index + 1} ({entry.get('slug')})"
            aliases = []
            for alias in _as_list(entry.get("aliases"), where, p):
                language = _text(alias, "lang")
                _check_choice(language, AliasLanguage.values, "alias language", where, p)
                name = _text(alias, "name")
                if not name:
                    p.add(where, "alias without a name")
                aliases.append(
                    AliasRecord(
                        name=name, language=language, ambiguous=bool(alias.get("ambiguous"))
                    )
                )
            record = ActorRecord(
                slug=_text(entry, "slug"),
                name=_text(entry, "name"),
                kind=_text(entry, "kind"),
                country=_text(entry, "country"),
                parent=_text(entry, "parent") or None,
                description=_text(entry, "description"),
                wikidata_id=_text(entry, "wikidata"),
                aliases=tuple(aliases),
                source=path.name,
            )
            if not SLUG_RE.match(record.slug):
                p.add(where, f"slug {record.slug!r} is not lowercase-hyphenated ASCII")
            if not record.name:
                p.add(where, "name is missing")
            _check_choice(record.kind, ActorKind.values, "kind", where, p)
            if record.country and not is_valid_country(record.country):
                p.add(where, f"country {record.country!r} is not ISO 3166-1 alpha-2")
            actors.append(record)
    _check_actor_references(actors, p)
    return actors


def _check_actor_references(actors: list[ActorRecord], p: _Problems) -> None:
    slugs: dict[str, str] = {}
    for actor in actors:
        if actor.slug in slugs:
            p.add(actor.source, f"slug {actor.slug!r} also defined in {slugs[actor.slug]}")
        slugs[actor.slug] = actor.source
    for actor in actors:
        if actor.parent and actor.parent not in slugs:
            p.add(actor.source, f"{actor.slug}: parent {actor.parent!r} is not a known actor")
        if actor.parent == actor.slug:
            p.add(actor.source, f"{actor.slug} is its own parent")
    for problem in alias_clashes(actors):
        p.add("aliases", problem)


def alias_clashes(actors: Iterable[ActorRecord]) -> list[str]:
    """Aliases that point at two actors in the same language without both being marked ambiguous.

    An alias in `mul` is used in every language, so it clashes with the same words in any language.
    """
    owners: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
    for actor in actors:
        for alias in actor.aliases:
            owners[normalize_alias(alias.name)].append(
                (actor.slug, alias.language, alias.ambiguous)
            )
    clashes = []
    for name, entries in sorted(owners.items()):
        for i, (slug_a, lang_a, amb_a) in enumerate(entries):
            for slug_b, lang_b, amb_b in entries[i + 1 :]:
                same_language = lang_a == lang_b or "mul" in (lang_a, lang_b)
                if slug_a != slug_b and same_language and not (amb_a and amb_b):
                    clashes.append(
                        f"{name!r} means both {slug_a} ({lang_a}) and {slug_b} ({lang_b}); "
                        "mark both ambiguous or drop one"
                    )
    return clashes


def read_outlets(path: Path, p: _Problems) -> list[OutletRecord]:
    outlets = []
    for entry in _as_list(_load_yaml(path, p), path.name, p):
        record = OutletRecord(
            slug=_text(entry, "slug"),
            name=_text(entry, "name"),
            domain=_text(entry, "domain"),
            country=_text(entry, "country"),
            language=_text(entry, "language"),
        )
        where = f"{path.name} ({record.slug})"
        if not SLUG_RE.match(record.slug):
            p.add(where, "bad slug")
        if record.country and not is_valid_country(record.country):
            p.add(where, f"country {record.country!r} is not ISO 3166-1 alpha-2")
        _check_choice(record.language, Language.values, "language", where, p)
        outlets.append(record)
    return outlets


def read_tags(path: Path, p: _Problems) -> list[TagRecord]:
    tags = []
    for entry in _as_list(_load_yaml(path, p), path.name, p):
        record = TagRecord(
            slug=_text(entry, "slug"),
            name=_text(entry, "name"),
            name_de=_text(entry, "name_de"),
            name_zh=_text(entry, "name_zh"),
        )
        if not SLUG_RE.match(record.slug) or not record.name:
            p.add(f"{path.name} ({record.slug})", "a tag needs a slug and a name")
        tags.append(record)
    return tags


def parse_front_matter(raw: str) -> tuple[dict[str, Any], str]:
    """Split a Markdown file into its YAML front matter and its body."""
    match = FRONT_MATTER_RE.match(raw.replace("\r\n", "\n"))
    if not match:
        raise ValueError("no YAML front matter between '---' lines")
    meta = _parse_yaml(match.group(1))
    if not isinstance(meta, dict):
        raise ValueError("the front matter is not a mapping")
    return meta, match.group(2).strip() + "\n"


def read_articles(directory: Path, outlets: set[str], p: _Problems) -> list[ArticleRecord]:
    articles = []
    for path in sorted(directory.glob("*/*.md")):
        name = f"{path.parent.name}/{path.stem}"
        try:
            meta, body = parse_front_matter(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError) as exc:
            p.add(name, str(exc))
            continue
        published = _as_datetime(meta.get("published"))
        record = ArticleRecord(
            name=name,
            title=_text(meta, "title"),
            outlet=_text(meta, "outlet"),
            language=_text(meta, "language"),
            published_at=published or dt.datetime(1970, 1, 1, tzinfo=dt.UTC),
            url=_text(meta, "url") or None,
            text=body,
            source=str(path.relative_to(directory.parent)),
        )
        if published is None:
            p.add(name, "published must be an ISO datetime with a UTC offset")
        if not record.title:
            p.add(name, "title is missing")
        if record.outlet not in outlets:
            p.add(name, f"unknown outlet {record.outlet!r}")
        _check_choice(record.language, Language.values, "language", name, p)
        if record.language != path.parent.name:
            p.add(name, f"language {record.language!r} does not match its folder")
        if not body.strip():
            p.add(name, "the body is empty")
        articles.append(record)
    return articles


def read_events(
    directory: Path, tags: set[str], actors: set[str], p: _Problems
) -> list[EventRecord]:
    events = []
    for path in sorted(directory.glob("*.yaml")):
        for index, entry in enumerate(_as_list(_load_yaml(path, p), path.name, p)):
            where = f"{path.name} #{index + 1} ({entry.get('key')})"
            date, end = _dated(entry, where, p)
            record = EventRecord(
                key=_text(entry, "key"),
                title=_text(entry, "title"),
                summary=_text(entry, "summary"),
                date=date,
                precision=_text(entry, "precision") or Precision.DAY,
                date_end=end,
                approximate=bool(entry.get("approximate")),
                category=_text(entry, "category"),
                stage=_text(entry, "stage"),
                importance=entry.get("importance"),
                tags=tuple(str(tag) for tag in entry.get("tags") or ()),
                actors=_actor_roles(entry, where, p),
                figures=tuple(entry.get("figures") or ()),
                legal_references=tuple(
                    LegalReferenceRecord(
                        kind=_text(ref, "kind"),
                        identifier=_text(ref, "identifier"),
                        title=_text(ref, "title"),
                        url=_text(ref, "url"),
                    )
                    for ref in _as_list(entry.get("legal_references"), where, p)
                ),
                relations=tuple(
                    RelationRecord(relation=_text(rel, "type"), target_key=_text(rel, "key"))
                    for rel in _as_list(entry.get("relations"), where, p)
                ),
                source=path.name,
            )
            _check_event(record, where, tags, actors, p)
            events.append(record)
    keys = [event.key for event in events]
    for key in sorted({key for key in keys if keys.count(key) > 1}):
        p.add("events", f"key {key!r} is used more than once")
    known = set(keys)
    for event in events:
        for relation in event.relations:
            if relation.target_key not in known:
                p.add(event.key, f"relation to unknown event {relation.target_key!r}")
            if relation.target_key == event.key:
                p.add(event.key, "relation to itself")
    return events


def _check_event(
    record: EventRecord, where: str, tags: set[str], actors: set[str], p: _Problems
) -> None:
    if not SLUG_RE.match(record.key):
        p.add(where, "key must be lowercase-hyphenated ASCII")
    if not record.title or len(record.title) > MAX_TITLE_LENGTH:
        p.add(where, f"title must have 1 to {MAX_TITLE_LENGTH} characters")
    _check_choice(record.precision, Precision.values, "precision", where, p)
    _check_choice(record.category, Category.values, "category", where, p)
    if record.stage:
        _check_choice(record.stage, Stage.values, "stage", where, p)
    if record.importance is not None and record.importance not in (1, 2, 3):
        p.add(where, "importance must be 1, 2 or 3")
    for tag in record.tags:
        if tag not in tags:
            p.add(where, f"unknown tag {tag!r}")
    for link in record.actors:
        if link.slug not in actors:
            p.add(where, f"unknown actor {link.slug!r}")
    for ref in record.legal_references:
        _check_choice(ref.kind, LegalReferenceKind.values, "legal reference kind", where, p)
        if not ref.identifier:
            p.add(where, "legal reference without identifier")
    for relation in record.relations:
        _check_choice(relation.relation, RelationType.values, "relation", where, p)
    for figure in record.figures:
        if not isinstance(figure, dict) or "amount" not in figure:
            p.add(where, "a figure needs an amount")


def read_gold(
    directory: Path, articles: dict[str, ArticleRecord], actors: set[str], p: _Problems
) -> list[GoldRecord]:
    gold = []
    for path in sorted(directory.glob("*/*.yaml")):
        name = f"{path.parent.name}/{path.stem}"
        data = _load_yaml(path, p)
        if not isinstance(data, dict):
            p.add(name, "a gold file must be a mapping")
            continue
        article = articles.get(str(data.get("article")))
        if article is None or data.get("article") != name:
            p.add(name, f"article {data.get('article')!r} does not match a sample article")
        events = []
        for index, entry in enumerate(_as_list(data.get("events"), name, p)):
            where = f"{name} event #{index + 1}"
            date, end = _dated(entry, where, p)
            event = GoldEventRecord(
                title=_text(entry, "title"),
                date=date,
                date_end=end,
                precision=_text(entry, "precision"),
                approximate=bool(entry.get("approximate")),
                category=_text(entry, "category"),
                main=bool(entry.get("main")),
                date_phrase=str(entry.get("date_phrase") or ""),
                evidence=str(entry.get("evidence") or ""),
                actors=_actor_roles(entry, where, p),
                figures=tuple(entry.get("figures") or ()),
            )
            _check_choice(event.precision, Precision.values, "precision", where, p)
            _check_choice(event.category, Category.values, "category", where, p)
            for link in event.actors:
                if link.slug not in actors:
                    p.add(where, f"unknown actor {link.slug!r}")
            if article is not None:
                if not event.evidence or event.evidence not in article.text:
                    p.add(where, "evidence is not an exact passage of the article")
                if event.date_phrase and event.date_phrase not in article.text:
                    p.add(where, f"date phrase {event.date_phrase!r} is not in the article")
            events.append(event)
        mentioned = tuple(str(slug) for slug in data.get("actors") or ())
        for slug in mentioned:
            if slug not in actors:
                p.add(name, f"unknown actor {slug!r} in the article's actor list")
        gold.append(GoldRecord(article=name, events=tuple(events), actors=mentioned, source=name))
    return gold


def read_seeds(root: Path) -> SeedBundle:
    """Read and check every seed file under `root`; raise SeedError listing all problems."""
    p = _Problems()
    bundle = SeedBundle()
    bundle.actors = read_actors(root / "actors", p)
    bundle.outlets = read_outlets(root / "outlets.yaml", p)
    bundle.tags = read_tags(root / "tags.yaml", p)
    bundle.articles = read_articles(root / "articles", {o.slug for o in bundle.outlets}, p)
    actor_slugs = {a.slug for a in bundle.actors}
    bundle.events = read_events(root / "events", {t.slug for t in bundle.tags}, actor_slugs, p)
    by_name = {a.name: a for a in bundle.articles}
    bundle.gold = read_gold(root / "gold", by_name, actor_slugs, p)
    p.raise_if_any()
    return bundle


def read_sample(root: Path, seeds: Path) -> list[GoldRecord]:
    """Read and check an evaluation sample (`root/articles`, `root/gold`) against the seeds'
    outlets and actors; every article needs its gold file. Raise SeedError listing all problems.
    """
    p = _Problems()
    outlets = {o.slug for o in read_outlets(seeds / "outlets.yaml", p)}
    actors = {a.slug for a in read_actors(seeds / "actors", p)}
    articles = read_articles(root / "articles", outlets, p)
    gold = read_gold(root / "gold", {a.name: a for a in articles}, actors, p)
    for name in sorted({a.name for a in articles} - {g.article for g in gold}):
        p.add(name, "the article has no gold file")
    p.raise_if_any()
    return gold
