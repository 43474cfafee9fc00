"""Reads of events and actors, with related rows already fetched."""

from collections.abc import Iterable

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from timeline.choices import EventStatus
from timeline.models import Actor, ActorRedirect, Event, EventActor, EventSource

RARE_ACTOR_LINKS = 2000
"""Up to this many links, "the events of these actors" is a list of event ids."""


def rare_actor_event_ids(actors: Iterable[Actor | int]) -> list[int] | None:
    """The ids of the visible events of these actors when there are at most `RARE_ACTOR_LINKS`
    (one capped look-up on the (actor, status, date, event) link index), else None."""
    visible = [EventStatus.PUBLISHED, EventStatus.DRAFT]
    ids = list(
        EventActor.objects.filter(actor__in=list(actors), event_status__in=visible).values_list(
            "event_id", flat=True
        )[: RARE_ACTOR_LINKS + 1]
    )
    return ids if len(ids) <= RARE_ACTOR_LINKS else None


def with_actors(actors: Iterable[Actor | int]) -> Q:
    """The condition "any of these actors takes part", fast for rare and common actors alike.

    Probing each event's links while walking the date index is fast when the actors are common
    and slow when they are rare; for rare actors the condition becomes an id list the database
    fetches directly (and can OR with another indexed condition).
    """
    actors = list(actors)
    ids = rare_actor_event_ids(actors)
    if ids is not None:
        return Q(pk__in=ids)
    return Q(Exists(EventActor.objects.filter(event=OuterRef("pk"), actor__in=actors)))


def event_list(*, include_drafts: bool = False) -> QuerySet[Event]:
    """Events for a timeline: published ones (or also drafts for editors), tombstones excluded."""
    statuses = (
        [EventStatus.PUBLISHED, EventStatus.DRAFT] if include_drafts else [EventStatus.PUBLISHED]
    )
    return (
        Event.objects.filter(status__in=statuses, merged_into__isnull=True)
        .defer("search_text")
        .prefetch_related(
            Prefetch(
                "actor_links",
                queryset=EventActor.objects.select_related("actor").order_by("role", "actor__name"),
            ),
            "tags",
        )
        .order_by("-date", "-id")
    )


def event_get(*, event_id: int) -> Event | None:
    """One event with everything its page shows, or None."""
    return (
        Event.objects.filter(pk=event_id)
        .defer("search_text")
        .prefetch_related(
            Prefetch(
                "actor_links",
                queryset=EventActor.objects.select_related("actor").order_by("role", "actor__name"),
            ),
            Prefetch("sources", queryset=EventSource.objects.select_related("article__outlet")),
            "tags",
            "legal_references",
            "relations_out__target",
            "relations_in__source",
        )
        .first()
    )


def actor_list() -> QuerySet[Actor]:
    return Actor.objects.select_related("parent").order_by("name")


def actor_moved_to(*, slug: str) -> str | None:
    """The slug of the actor that an actor with this (former) slug was merged into, if any."""
    redirect = ActorRedirect.objects.filter(old_slug=slug).select_related("actor").first()
    return redirect.actor.slug if redirect else None


def actor_get(*, slug: str) -> Actor | None:
    return (
        Actor.objects.select_related("parent").prefetch_related("aliases").filter(slug=slug).first()
    )
