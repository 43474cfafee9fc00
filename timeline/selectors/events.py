"""Reads of events and actors, with related rows already fetched."""

from django.db.models import Prefetch, QuerySet

from timeline.choices import EventStatus
from timeline.models import Actor, ActorRedirect, Event, EventActor, EventSource


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
