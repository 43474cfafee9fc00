"""Celery tasks: each takes IDs or plain values, calls a service, and is safe to run twice."""

from celery import shared_task

from timeline.choices import EventStatus
from timeline.models import Event


@shared_task(name="timeline.archive_counts")
def archive_counts() -> dict[str, int]:
    """How many events the worker sees per status: a probe that a worker reaches the database."""
    return {status: Event.objects.filter(status=status).count() for status in EventStatus.values}
