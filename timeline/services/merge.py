"""Merging duplicates: several events into one, several actors into one.

Nothing is lost in a merge. An event merge moves every source, actor link, relation, legal
reference, tag, figure and correction report to the surviving event and leaves the others as
tombstones (`merged_into`) that redirect readers and API clients. An actor merge moves aliases,
event links and children to the surviving actor and keeps the merged actors' names as aliases.
Each merge is written to the history of the objects it touched, with who did it and why.
"""

from collections.abc import Iterable, Sequence
from typing import Any

from django.db import transaction
from django.db.models import Model

from timeline.choices import AliasLanguage, EventStatus, Role
from timeline.errors import ApplicationError, PermissionDenied
from timeline.models import (
    Actor,
    ActorAlias,
    ActorCandidate,
    ActorRedirect,
    CorrectionReport,
    Event,
    EventActor,
    EventRelation,
    EventSource,
    LegalReference,
)
from timeline.normalize import normalize_alias
from timeline.permissions import User, can_merge_actors, can_merge_events
from timeline.services.search import event_search_refresh
from timeline.services.validation import validated

TAKEABLE_EVENT_FIELDS = (
    "title",
    "summary",
    "date",
    "precision",
    "date_end",
    "approximate",
    "category",
    "stage",
    "status",
    "importance",
    "confidence",
)
_STATUS_RANK: dict[str, int] = {
    EventStatus.REJECTED: 0,
    EventStatus.DRAFT: 1,
    EventStatus.PUBLISHED: 2,
}
_ROLE_RANK: dict[str, int] = {Role.MENTIONED: 0, Role.TARGET: 1, Role.INITIATOR: 2}

FieldChoice = str | tuple[str, Event]


def _stamp(instance: Model, *, user: User, reason: str) -> None:
    """Attach who and why to the history row the next save writes."""
    if user.is_authenticated:
        instance._history_user = user  # type: ignore[attr-defined]
    instance._change_reason = reason  # type: ignore[attr-defined]


def _distinct(items: Iterable[Any]) -> list[Any]:
    seen: dict[Any, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


def _check_events(survivor: Event, others: Sequence[Event]) -> list[Event]:
    others = _distinct(others)
    if not others:
        raise ApplicationError("choose at least one other event to merge", field="others")
    if any(other.pk == survivor.pk for other in others):
        raise ApplicationError("the surviving event cannot also be merged away", field="survivor")
    for event in (survivor, *others):
        if event.is_tombstone:
            raise ApplicationError(
                f"event {event.pk} was already merged into event {event.merged_into_id}"
            )
    return others


def _take_fields(
    survivor: Event, others: Sequence[Event], take_fields: Sequence[FieldChoice]
) -> list[str]:
    """Copy chosen fields onto the survivor; a bare field name takes the first non-empty value."""
    by_pk = {other.pk: other for other in others}
    taken: list[str] = []
    for choice in take_fields:
        name, source = (choice, None) if isinstance(choice, str) else choice
        if name not in TAKEABLE_EVENT_FIELDS:
            raise ApplicationError(f"{name} cannot be taken from another event", field=name)
        if source is None:
            source = next((o for o in others if getattr(o, name) not in (None, "", [])), None)
            if source is None:
                continue
        elif source.pk not in by_pk:
            raise ApplicationError(
                f"event {source.pk} is not among the events being merged", field=name
            )
        setattr(survivor, name, getattr(by_pk[source.pk], name))
        taken.append(f"{name} from #{source.pk}")
    return taken


@transaction.atomic
def events_merge(
    *,
    survivor: Event,
    others: Sequence[Event],
    user: User,
    take_fields: Sequence[FieldChoice] = (),
) -> Event:
    """Merge `others` into `survivor`, which keeps its id.

    `take_fields` lists fields the survivor takes over: a field name (the first other event with
    a value gives it) or a pair (field name, event to take it from). The survivor is published when
    any merged event was, unless `status` is taken explicitly, so a public link never ends up on a
    draft. The others become tombstones pointing at the survivor.
    """
    if not can_merge_events(user):
        raise PermissionDenied("only editors can merge events")
    survivor = Event.objects.select_for_update().get(pk=survivor.pk)
    wanted = _distinct(o.pk for o in others)
    locked = list(Event.objects.select_for_update().filter(pk__in=wanted).order_by("pk"))
    if len(locked) != len(wanted):
        raise ApplicationError("some of the events to merge no longer exist", field="others")
    others = _check_events(survivor, locked)
    other_ids = [o.pk for o in others]

    taken = _take_fields(survivor, others, take_fields)
    if not any(t.startswith("status ") for t in taken):
        best = max((survivor, *others), key=lambda e: _STATUS_RANK.get(e.status, 0))
        survivor.status = best.status
    survivor.figures = _distinct_figures([survivor.figures, *(o.figures for o in others)])
    if survivor.confidence is not None or any(o.confidence is not None for o in others):
        survivor.confidence = max(
            c for c in (survivor.confidence, *(o.confidence for o in others)) if c is not None
        )
    survivor.edited = True
    survivor.refresh_date_last()
    validated(survivor)
    ids = ", ".join(f"#{pk}" for pk in other_ids)
    reason = f"merged {ids} into this event" + (f"; took {', '.join(taken)}" if taken else "")
    _stamp(survivor, user=user, reason=reason[:100])
    survivor.save()

    _move_sources(survivor, other_ids)
    event_search_refresh(event_ids=[survivor.pk, *other_ids])
    _move_actor_links(survivor, other_ids)
    _move_relations(survivor, other_ids)
    _move_legal_references(survivor, other_ids)
    CorrectionReport.objects.filter(event_id__in=other_ids).update(event=survivor)
    Event.objects.filter(merged_into_id__in=other_ids).update(merged_into=survivor)
    tags = {tag for other in others for tag in other.tags.all()} - set(survivor.tags.all())
    if tags:
        survivor.tags.add(*tags)
    EventActor.objects.filter(event=survivor).update(
        event_date=survivor.date,
        event_date_last=survivor.date_last,
        event_status=survivor.status,
    )

    for other in others:
        other.merged_into = survivor
        other.edited = True
        _stamp(other, user=user, reason=f"merged into #{survivor.pk}")
        other.save(update_fields=["merged_into", "edited", "updated_at"])
    return survivor


def _distinct_figures(lists: Iterable[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = []
    for figures in lists:
        for figure in figures or []:
            if figure not in result:
                result.append(figure)
    return result


def _move_sources(survivor: Event, other_ids: list[int]) -> None:
    """Move evidence; an identical citation the survivor already has stays on its tombstone."""
    have = set(
        EventSource.objects.filter(event=survivor).values_list("article_id", "evidence_start")
    )
    for source in EventSource.objects.filter(event_id__in=other_ids).order_by("id"):
        key = (source.article_id, source.evidence_start)
        if key in have:
            continue
        have.add(key)
        source.event = survivor
        source.save(update_fields=["event"])


def _move_actor_links(survivor: Event, other_ids: list[int]) -> None:
    """Union of actors; an actor in several events keeps its strongest role."""
    links = {link.actor_id: link for link in EventActor.objects.filter(event=survivor)}
    for link in EventActor.objects.filter(event_id__in=other_ids).order_by("id"):
        current = links.get(link.actor_id)
        if current is None:
            link.event = survivor
            link.save(update_fields=["event"])
            links[link.actor_id] = link
            continue
        if _ROLE_RANK.get(link.role, 0) > _ROLE_RANK.get(current.role, 0):
            current.role = link.role
            current.save(update_fields=["role"])
        link.delete()


def _move_relations(survivor: Event, other_ids: list[int]) -> None:
    """Point relations at the survivor; links between the merged events themselves disappear."""
    merged = {survivor.pk, *other_ids}
    existing = set(
        EventRelation.objects.filter(source=survivor).values_list("target_id", "relation")
    ) | {
        (source_id, relation, "in")
        for source_id, relation in EventRelation.objects.filter(target=survivor).values_list(
            "source_id", "relation"
        )
    }
    moving = EventRelation.objects.filter(source_id__in=other_ids) | EventRelation.objects.filter(
        target_id__in=other_ids
    )
    for relation in moving.order_by("id"):
        source_id = survivor.pk if relation.source_id in merged else relation.source_id
        target_id = survivor.pk if relation.target_id in merged else relation.target_id
        if source_id == target_id:
            relation.delete()
            continue
        key: tuple[Any, ...] = (
            (target_id, relation.relation)
            if source_id == survivor.pk
            else (source_id, relation.relation, "in")
        )
        if key in existing:
            relation.delete()
            continue
        existing.add(key)
        relation.source_id = source_id
        relation.target_id = target_id
        relation.save(update_fields=["source", "target"])


def _move_legal_references(survivor: Event, other_ids: list[int]) -> None:
    have = set(survivor.legal_references.values_list("kind", "identifier"))
    for reference in LegalReference.objects.filter(event_id__in=other_ids).order_by("id"):
        key = (reference.kind, reference.identifier)
        if key in have:
            continue
        have.add(key)
        reference.event = survivor
        reference.save(update_fields=["event"])


@transaction.atomic
def actors_merge(*, survivor: Actor, others: Sequence[Actor], user: User) -> Actor:
    """Merge `others` into `survivor`, which keeps its slug.

    The others' names and aliases become the survivor's aliases, their event links and children
    move to it, and empty fields of the survivor (country, description, Wikidata ID, parent) are
    filled from them. The merged actors are then deleted; their history keeps every field and
    names the survivor, and their slugs redirect to it.
    """
    if not can_merge_actors(user):
        raise PermissionDenied("only editors can merge actors")
    survivor = Actor.objects.select_for_update().get(pk=survivor.pk)
    others = sorted(
        Actor.objects.select_for_update()
        .filter(pk__in=[o.pk for o in others])
        .exclude(pk=survivor.pk),
        key=lambda a: a.pk,
    )
    if not others:
        raise ApplicationError("choose at least one other actor to merge", field="others")
    other_ids = [o.pk for o in others]

    for other in others:
        for name in ("country", "description", "wikidata_id"):
            if not getattr(survivor, name) and getattr(other, name):
                setattr(survivor, name, getattr(other, name))
        if survivor.parent_id is None and other.parent_id not in (None, survivor.pk):
            survivor.parent_id = other.parent_id
    while survivor.parent_id in other_ids:
        parent = next(o for o in others if o.pk == survivor.parent_id)
        survivor.parent_id = parent.parent_id if parent.parent_id != survivor.pk else None
    validated(survivor)
    slugs = ", ".join(o.slug for o in others)
    _stamp(survivor, user=user, reason=f"merged {slugs} into this actor"[:100])
    survivor.save()

    _move_aliases(survivor, others)
    _move_event_links(survivor, other_ids)
    Actor.objects.filter(parent_id__in=other_ids).exclude(pk=survivor.pk).update(parent=survivor)
    ActorCandidate.objects.filter(actor_id__in=other_ids).update(actor=survivor)

    ActorRedirect.objects.filter(actor_id__in=other_ids).update(actor=survivor)
    for other in others:
        ActorRedirect.objects.update_or_create(old_slug=other.slug, defaults={"actor": survivor})
        _stamp(other, user=user, reason=f"merged into {survivor.slug}"[:100])
        other.delete()
    return survivor


def _move_aliases(survivor: Actor, others: Sequence[Actor]) -> None:
    have = {(a.normalized, a.language) for a in survivor.aliases.all()}
    wanted: list[tuple[str, str, bool]] = []
    for other in others:
        wanted.append((other.name, AliasLanguage.ANY, False))
        wanted.extend((a.name, a.language, a.ambiguous) for a in other.aliases.all())
    for name, language, ambiguous in wanted:
        key = (normalize_alias(name), language)
        if key in have or not key[0]:
            continue
        have.add(key)
        alias = ActorAlias(actor=survivor, name=name, language=language, ambiguous=ambiguous)
        alias.normalized = key[0]
        validated(alias)
        alias.save()


def _move_event_links(survivor: Actor, other_ids: list[int]) -> None:
    links = {link.event_id: link for link in EventActor.objects.filter(actor=survivor)}
    for link in EventActor.objects.filter(actor_id__in=other_ids).order_by("id"):
        current = links.get(link.event_id)
        if current is None:
            link.actor = survivor
            link.save(update_fields=["actor"])
            links[link.event_id] = link
            continue
        if _ROLE_RANK.get(link.role, 0) > _ROLE_RANK.get(current.role, 0):
            current.role = link.role
            current.save(update_fields=["role"])
        link.delete()
