"""The API's filter sets: the timeline's own `EventFilterSet` plus what only programs need.

`updated_since` (events changed at or after an ISO datetime, for incremental sync) and `status`
(drafts, for editors only) extend the shared filter set; the actor list has its own small set.
"""

from typing import Any

import django_filters
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from timeline.choices import ActorKind, EventStatus
from timeline.filters import CountryCodesFilter, EventFilterSet
from timeline.models import Actor, ActorAlias, Event
from timeline.normalize import normalize_alias

MAX_ACTOR_QUERY_LENGTH = 200


class ApiEventFilterSet(EventFilterSet):
    updated_since = django_filters.IsoDateTimeFilter(
        method="filter_updated_since",
        label=_("Updated since"),
        help_text=_(
            "ISO 8601 date-time: only events created or changed at or after it (incremental sync)."
        ),
    )
    status = django_filters.MultipleChoiceFilter(
        choices=[(EventStatus.PUBLISHED, _("Published")), (EventStatus.DRAFT, _("Draft"))],
        method="filter_status",
        label=_("Status"),
        help_text=_("Editors and contributors only: draft and/or published. Default: published."),
    )

    class Meta(EventFilterSet.Meta):
        pass

    def filter_actor(self, queryset: QuerySet[Event], name: str, value: Any) -> QuerySet[Event]:
        """Events of any of the actors, read from the (actor, status, date, event) link index.

        For one actor the events are joined to its links and `timeline_date` (the link's copy of
        the event's date) is annotated, so a page can be ordered by it: the database then walks
        that actor's part of the index in date order, as fast for an actor with ten events as
        for one with a hundred thousand. Several actors take the shared filter's path.
        """
        actors = list(value or [])
        if not actors:
            return queryset
        if len(actors) == 1:
            statuses = self.data.getlist("status") if hasattr(self.data, "getlist") else []
            return queryset.filter(
                actor_links__actor=actors[0],
                actor_links__event_status__in=statuses or [EventStatus.PUBLISHED],
            ).annotate(timeline_date=F("actor_links__event_date"))
        return super().filter_actor(queryset, name, actors)

    def filter_updated_since(
        self, queryset: QuerySet[Event], name: str, value: Any
    ) -> QuerySet[Event]:
        """Through the `updated_at` index: a sync asks for few changes among many events."""
        changed = Event.objects.filter(updated_at__gte=value).values("pk")
        return queryset.filter(pk__in=changed)

    def filter_status(self, queryset: QuerySet[Event], name: str, value: Any) -> QuerySet[Event]:
        return queryset.filter(status__in=value) if value else queryset


class ActorFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="filter_text",
        max_length=MAX_ACTOR_QUERY_LENGTH,
        help_text=_("Words in the actor's name or any of its aliases, in any language."),
    )
    kind = django_filters.MultipleChoiceFilter(choices=ActorKind.choices)
    country = CountryCodesFilter(
        method="filter_country", help_text=_("ISO 3166-1 alpha-2 codes (EU for the EU).")
    )

    class Meta:
        model = Actor
        fields: list[str] = []

    def filter_text(self, queryset: QuerySet[Actor], name: str, value: str) -> QuerySet[Actor]:
        normalized = normalize_alias(value)
        if not value.strip():
            return queryset
        aliases = ActorAlias.objects.filter(actor=OuterRef("pk"), normalized__contains=normalized)
        return queryset.filter(Q(name__icontains=value.strip()) | Exists(aliases))

    def filter_country(self, queryset: QuerySet[Actor], name: str, value: Any) -> QuerySet[Actor]:
        return queryset.filter(country__in=value) if value else queryset
