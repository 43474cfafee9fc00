"""Template helpers for showing events."""

from django import template

from timeline.display import date_display
from timeline.models import Event

register = template.Library()


@register.filter
def event_date(event: Event) -> str:
    return date_display(event.date, event.precision, event.date_end, event.approximate)
