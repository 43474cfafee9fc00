"""The event filters, defined once and used by the web timeline and the JSON API alike.

Parameters: date_from and date_to (an event matches when its period overlaps), actor (slug),
country (ISO alpha-2), category and tag (all repeatable: any of), q (full text over title,
summary and evidence), ordering (date or -date). An invalid value makes the filter set invalid
with an error under the parameter's name, which the page and the API answer with 400.
"""

from typing import Any

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, QuerySet
from django.utils.translation import gettext_lazy as _

from timeline.choices import Category
from timeline.countries import is_valid_country
from timeline.models import Actor, Event, EventActor, Tag
from timeline.selectors.events import with_actors
from timeline.selectors.search import events_matching

MAX_QUERY_LENGTH = 200


class CountryCodesField(forms.MultipleChoiceField):
    """Repeated ISO 3166-1 alpha-2 codes (EU included), case-insensitive."""

    def to_python(self, value: Any) -> list[str]:
        return [str(code).strip().upper() for code in super().to_python(value) if str(code).strip()]

    def validate(self, value: Any) -> None:
        if self.required and not value:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        for code in value:
            if len(code) != 2 or not is_valid_country(code):
                raise forms.ValidationError(
                    _("%(code)s is not an ISO 3166-1 alpha-2 country code."),
                    code="invalid_country",
                    params={"code": code},
                )


class CountryCodesFilter(django_filters.MultipleChoiceFilter):
    field_class = CountryCodesField


class EventFilterSet(django_filters.FilterSet):
    date_from = django_filters.DateFilter(
        method="filter_date_from", label=_("From"), help_text=_("Events ending on or after.")
    )
    date_to = django_filters.DateFilter(
        method="filter_date_to", label=_("To"), help_text=_("Events starting on or before.")
    )
    actor = django_filters.ModelMultipleChoiceFilter(
        queryset=Actor.objects.all(),
        to_field_name="slug",
        method="filter_actor",
        label=_("Actors"),
        help_text=_("Actor slugs; an event matches when any of them takes part."),
    )
    country = CountryCodesFilter(
        method="filter_country",
        label=_("Countries"),
        help_text=_("ISO 3166-1 alpha-2 codes of the actors' countries (EU for the EU)."),
    )
    category = django_filters.MultipleChoiceFilter(
        choices=Category.choices, method="filter_category", label=_("Categories")
    )
    tag = django_filters.ModelMultipleChoiceFilter(
        queryset=Tag.objects.all(),
        to_field_name="slug",
        method="filter_tag",
        label=_("Tags"),
    )
    q = django_filters.CharFilter(
        method="filter_text",
        max_length=MAX_QUERY_LENGTH,
        label=_("Search"),
        help_text=_("Words in the title, summary or evidence, or names of actors."),
    )
    ordering = django_filters.ChoiceFilter(
        choices=[("-date", _("Newest first")), ("date", _("Oldest first"))],
        method="filter_ordering",
        label=_("Order"),
        empty_label=None,
    )

    class Meta:
        model = Event
        fields: list[str] = []

    def filter_date_from(self, queryset: QuerySet[Event], name: str, value: Any) -> QuerySet[Event]:
        return queryset.filter(date_last__gte=value)

    def filter_date_to(self, queryset: QuerySet[Event], name: str, value: Any) -> QuerySet[Event]:
        return queryset.filter(date__lte=value)

    def filter_actor(self, queryset: QuerySet[Event], name: str, value: Any) -> QuerySet[Event]:
        """Events in which any of the actors takes part (see `selectors.events.with_actors`)."""
        actors = list(value or [])
        return queryset.filter(with_actors(actors)) if actors else queryset

    def filter_country(self, queryset: QuerySet[Event], name: str, value: Any) -> QuerySet[Event]:
        if not value:
            return queryset
        # The country's actors as a list of ids: each event's links are then checked on the
        # (event, actor) index alone, without a look-up of every linked actor's country.
        actors = list(Actor.objects.filter(country__in=value).values_list("id", flat=True))
        links = EventActor.objects.filter(event=OuterRef("pk"), actor_id__in=actors)
        return queryset.filter(Exists(links))

    def filter_category(self, queryset: QuerySet[Event], name: str, value: Any) -> QuerySet[Event]:
        return queryset.filter(category__in=value) if value else queryset

    def filter_tag(self, queryset: QuerySet[Event], name: str, value: Any) -> QuerySet[Event]:
        if not value:
            return queryset
        tagged = Event.tags.through.objects.filter(event=OuterRef("pk"), tag__in=list(value))
        return queryset.filter(Exists(tagged))

    def filter_text(self, queryset: QuerySet[Event], name: str, value: str) -> QuerySet[Event]:
        return events_matching(queryset, value)

    def filter_ordering(self, queryset: QuerySet[Event], name: str, value: str) -> QuerySet[Event]:
        if value == "date":
            return queryset.order_by("date", "id")
        return queryset.order_by("-date", "-id")
