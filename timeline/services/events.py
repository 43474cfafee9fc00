"""Writes to events: creating, updating, linking actors, legal references and related events.

Every change to an event's date or status is copied onto its actor links here, so the
denormalised columns that make actor timelines fast never drift.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from django.db import transaction

from timeline.choices import EventStatus, Precision
from timeline.errors import ApplicationError
from timeline.models import (
    Actor,
    Article,
    Event,
    EventActor,
    EventRelation,
    EventSource,
    LegalReference,
    Tag,
)
from timeline.periods import period_start
from timeline.search import search_document
from timeline.services.search import (
    event_search_index_new,
    event_search_refresh,
)
from timeline.services.validation import validated


@dataclass(frozen=True)
class LegalReferenceInput:
    kind: str
    identifier: str
    title: str = ""
    url: str = ""


@dataclass(frozen=True)
class EventData:
    """The editable content of an event, as services receive it."""

    title: str
    date: dt.date
    category: str
    precision: str = Precision.DAY
    date_end: dt.date | None = None
    approximate: bool = False
    summary: str = ""
    stage: str = ""
    status: str = EventStatus.DRAFT
    confidence: float | None = None
    importance: int | None = None
    figures: tuple[dict[str, Any], ...] = ()
    tags: tuple[Tag, ...] = ()
    actors: tuple[tuple[Actor, str], ...] = ()
    legal_references: tuple[LegalReferenceInput, ...] = field(default=())


_SCALAR_FIELDS = (
    "title",
    "date",
    "precision",
    "date_end",
    "approximate",
    "category",
    "summary",
    "stage",
    "status",
    "confidence",
    "importance",
)


def _scalars(data: EventData) -> dict[str, Any]:
    values = {name: getattr(data, name) for name in _SCALAR_FIELDS}
    if data.precision in Precision.values:
        values["date"] = period_start(data.date, data.precision)
    values["figures"] = [dict(figure) for figure in data.figures]
    return values


def _check_actors(actors: Sequence[tuple[Actor, str]]) -> None:
    slugs = [actor.slug for actor, _ in actors]
    if len(slugs) != len(set(slugs)):
        raise ApplicationError("an actor can take only one role in an event", field="actors")


@transaction.atomic
def event_create(*, data: EventData, seed_key: str | None = None) -> Event:
    """Create an event with its tags, actors and legal references."""
    _check_actors(data.actors)
    event = Event(seed_key=seed_key, **_scalars(data))
    event.refresh_date_last()
    event.search_text = search_document(event.title, event.summary, [])
    validated(event)
    event.save()
    event_search_index_new(event=event)
    event.tags.set(data.tags)
    _actors_replace(event, data.actors)
    _legal_references_replace(event, data.legal_references)
    return event


def event_differs(event: Event, data: EventData) -> bool:
    """Whether saving `data` onto `event` would change anything."""
    if any(getattr(event, k) != v for k, v in _scalars(data).items()):
        return True
    if {t.pk for t in event.tags.all()} != {t.pk for t in data.tags}:
        return True
    links = {(link.actor_id, link.role) for link in event.actor_links.all()}
    if links != {(actor.pk, role) for actor, role in data.actors}:
        return True
    refs = {
        LegalReferenceInput(r.kind, r.identifier, r.title, r.url)
        for r in event.legal_references.all()
    }
    return refs != set(data.legal_references)


@transaction.atomic
def event_update(*, event: Event, data: EventData, by_editor: bool) -> Event:
    """Replace the event's content with `data`.

    An editor's update marks the event as edited, which protects it from later machine updates;
    a machine update (`by_editor=False`) of an edited event is refused.
    """
    if event.is_tombstone:
        raise ApplicationError(f"event {event.pk} was merged into event {event.merged_into_id}")
    if not by_editor and event.edited:
        raise ApplicationError(f"event {event.pk} was edited by an editor and is left as it is")
    _check_actors(data.actors)
    for name, value in _scalars(data).items():
        setattr(event, name, value)
    if by_editor:
        event.edited = True
    event.refresh_date_last()
    validated(event)
    event.save()
    event.tags.set(data.tags)
    _actors_replace(event, data.actors)
    _legal_references_replace(event, data.legal_references)
    event_search_refresh(event_ids=[event.pk])
    return event


@transaction.atomic
def event_source_add(
    *,
    event: Event,
    article: Article,
    evidence: str,
    date_phrase: str = "",
    evidence_start: int | None = None,
    evidence_end: int | None = None,
    date_phrase_start: int | None = None,
    date_phrase_end: int | None = None,
) -> EventSource:
    """Cite `article` as a source of `event` with the sentence that reports it."""
    source = EventSource(
        event=event,
        article=article,
        evidence=evidence,
        date_phrase=date_phrase,
        evidence_start=evidence_start,
        evidence_end=evidence_end,
        date_phrase_start=date_phrase_start,
        date_phrase_end=date_phrase_end,
    )
    validated(source)
    source.save()
    event_search_refresh(event_ids=[event.pk])
    return source


def _actors_replace(event: Event, actors: Sequence[tuple[Actor, str]]) -> None:
    EventActor.objects.filter(event=event).delete()
    links = [
        EventActor(
            event=event,
            actor=actor,
            role=role,
            event_date=event.date,
            event_date_last=event.date_last,
            event_status=event.status,
        )
        for actor, role in actors
    ]
    for link in links:
        validated(link)
    EventActor.objects.bulk_create(links)


def _legal_references_replace(event: Event, references: Sequence[LegalReferenceInput]) -> None:
    event.legal_references.all().delete()
    for ref in references:
        reference = LegalReference(
            event=event, **{f.name: getattr(ref, f.name) for f in fields(ref)}
        )
        validated(reference)
        reference.save()


@transaction.atomic
def event_relation_add(
    *, source: Event, target: Event, relation: str
) -> tuple[EventRelation, bool]:
    """Link two events (`source` responds to / follows up / is part of `target`), once."""
    if source.pk == target.pk:
        raise ApplicationError("an event cannot be related to itself", field="target")
    existing = EventRelation.objects.filter(source=source, target=target, relation=relation).first()
    if existing is not None:
        return existing, False
    link = EventRelation(source=source, target=target, relation=relation)
    validated(link)
    link.save()
    return link, True
