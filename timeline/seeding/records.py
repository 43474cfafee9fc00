"""Dataclasses for the records the seed files hold (see docs/seeds.md)."""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class AliasRecord:
    name: str
    language: str
    ambiguous: bool = False


@dataclass(frozen=True)
class ActorRecord:
    slug: str
    name: str
    kind: str
    country: str
    parent: str | None
    description: str
    wikidata_id: str
    aliases: tuple[AliasRecord, ...]
    source: str


@dataclass(frozen=True)
class OutletRecord:
    slug: str
    name: str
    domain: str
    country: str
    language: str


@dataclass(frozen=True)
class TagRecord:
    slug: str
    name: str
    name_de: str
    name_zh: str


@dataclass(frozen=True)
class ArticleRecord:
    name: str
    title: str
    outlet: str
    language: str
    published_at: dt.datetime
    url: str | None
    text: str
    source: str


@dataclass(frozen=True)
class ActorRoleRecord:
    slug: str
    role: str


@dataclass(frozen=True)
class LegalReferenceRecord:
    kind: str
    identifier: str
    title: str = ""
    url: str = ""


@dataclass(frozen=True)
class RelationRecord:
    relation: str
    target_key: str


@dataclass(frozen=True)
class EventRecord:
    key: str
    title: str
    summary: str
    date: dt.date
    precision: str
    date_end: dt.date | None
    approximate: bool
    category: str
    stage: str
    importance: int | None
    tags: tuple[str, ...]
    actors: tuple[ActorRoleRecord, ...]
    figures: tuple[dict[str, Any], ...]
    legal_references: tuple[LegalReferenceRecord, ...]
    relations: tuple[RelationRecord, ...]
    source: str


@dataclass(frozen=True)
class GoldEventRecord:
    title: str
    date: dt.date
    date_end: dt.date | None
    precision: str
    approximate: bool
    category: str
    main: bool
    date_phrase: str
    evidence: str
    actors: tuple[ActorRoleRecord, ...]
    figures: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class GoldRecord:
    article: str
    events: tuple[GoldEventRecord, ...]
    actors: tuple[str, ...]
    source: str


@dataclass
class SeedBundle:
    """Everything in seeds/, read and checked."""

    actors: list[ActorRecord] = field(default_factory=list)
    outlets: list[OutletRecord] = field(default_factory=list)
    tags: list[TagRecord] = field(default_factory=list)
    articles: list[ArticleRecord] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    gold: list[GoldRecord] = field(default_factory=list)
