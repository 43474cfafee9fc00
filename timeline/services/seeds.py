"""Load seeds/ into the database through the other services. Running it twice changes nothing.

Records already in the database are updated only where the seed files changed, and never where an
editor has worked on them (an event with `edited` set is left as it is).
"""

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from timeline.choices import EventStatus
from timeline.models import Actor, Event, Outlet, Tag
from timeline.seeding.reader import read_seeds
from timeline.seeding.records import ActorRecord, EventRecord
from timeline.services.actors import AliasInput, actor_upsert
from timeline.services.articles import article_get_or_create
from timeline.services.events import (
    EventData,
    LegalReferenceInput,
    event_create,
    event_differs,
    event_relation_add,
    event_update,
)
from timeline.services.outlets import outlet_upsert, tag_upsert


@dataclass
class SeedReport:
    """How many records of each kind were created, updated or left unchanged."""

    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)

    def count(self, kind: str, *, created: bool = False, changed: bool = False) -> None:
        if created:
            self.created[kind] += 1
        elif changed:
            self.updated[kind] += 1
        else:
            self.unchanged[kind] += 1

    @property
    def wrote_anything(self) -> bool:
        return bool(sum(self.created.values()) + sum(self.updated.values()))


@transaction.atomic
def seeds_load(*, root: Path) -> SeedReport:
    """Read and check every seed file, then create or update what differs, all or nothing."""
    bundle = read_seeds(root)
    report = SeedReport()

    known_tags = set(Tag.objects.values_list("slug", flat=True))
    for tag_record in bundle.tags:
        _, changed = tag_upsert(
            slug=tag_record.slug,
            name=tag_record.name,
            name_de=tag_record.name_de,
            name_zh=tag_record.name_zh,
        )
        report.count("tags", created=tag_record.slug not in known_tags, changed=changed)

    known_outlets = set(Outlet.objects.values_list("slug", flat=True))
    for outlet_record in bundle.outlets:
        _, changed = outlet_upsert(
            slug=outlet_record.slug,
            name=outlet_record.name,
            language=outlet_record.language,
            domain=outlet_record.domain,
            country=outlet_record.country,
        )
        report.count("outlets", created=outlet_record.slug not in known_outlets, changed=changed)

    _load_actors(bundle.actors, report)

    outlets = {o.slug: o for o in Outlet.objects.all()}
    for article_record in bundle.articles:
        _, created = article_get_or_create(
            title=article_record.title,
            text=article_record.text,
            language=article_record.language,
            published_at=article_record.published_at,
            outlet=outlets[article_record.outlet],
            url=article_record.url,
        )
        report.count("articles", created=created)

    _load_events(bundle.events, report)
    return report


def _load_actors(records: list[ActorRecord], report: SeedReport) -> None:
    existing_before = set(Actor.objects.values_list("slug", flat=True))
    by_slug: dict[str, Actor] = {}
    pending = list(records)
    while pending:
        ready = [r for r in pending if r.parent is None or r.parent in by_slug]
        if not ready:
            # Parents that are neither loaded nor in the files were caught by the reader;
            # what is left is a cycle, which the database would refuse anyway.
            ready = pending[:1]
        for record in ready:
            actor, changed = actor_upsert(
                slug=record.slug,
                name=record.name,
                kind=record.kind,
                country=record.country,
                parent=by_slug.get(record.parent) if record.parent else None,
                description=record.description,
                wikidata_id=record.wikidata_id,
                aliases=[AliasInput(a.name, a.language, a.ambiguous) for a in record.aliases],
            )
            by_slug[record.slug] = actor
            report.count("actors", created=record.slug not in existing_before, changed=changed)
        pending = [r for r in pending if r.slug not in by_slug]


def _event_data(record: EventRecord, actors: dict[str, Actor], tags: dict[str, Tag]) -> EventData:
    return EventData(
        title=record.title,
        summary=record.summary,
        date=record.date,
        precision=record.precision,
        date_end=record.date_end,
        approximate=record.approximate,
        category=record.category,
        stage=record.stage,
        status=EventStatus.PUBLISHED,
        importance=record.importance,
        figures=record.figures,
        tags=tuple(tags[slug] for slug in record.tags),
        actors=tuple((actors[link.slug], link.role) for link in record.actors),
        legal_references=tuple(
            LegalReferenceInput(r.kind, r.identifier, r.title, r.url)
            for r in record.legal_references
        ),
    )


def _load_events(records: list[EventRecord], report: SeedReport) -> None:
    actors = {a.slug: a for a in Actor.objects.all()}
    tags = {t.slug: t for t in Tag.objects.all()}
    existing = {
        e.seed_key: e
        for e in Event.objects.filter(seed_key__isnull=False).prefetch_related(
            "tags", "actor_links", "legal_references"
        )
    }
    events: dict[str, Event] = {}
    for record in records:
        data = _event_data(record, actors, tags)
        event = existing.get(record.key)
        if event is None:
            events[record.key] = event_create(data=data, seed_key=record.key)
            report.count("events", created=True)
        elif not event.edited and event_differs(event, data):
            events[record.key] = event_update(event=event, data=data, by_editor=False)
            report.count("events", changed=True)
        else:
            events[record.key] = event
            report.count("events")
    for record in records:
        for relation in record.relations:
            _, created = event_relation_add(
                source=events[record.key],
                target=events[relation.target_key],
                relation=relation.relation,
            )
            report.count("relations", created=created)
