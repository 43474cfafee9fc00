"""Celery tasks: each takes IDs or plain values, calls a service, and is safe to run twice.

Pipeline tasks acknowledge their message only when they finish (`acks_late`), so a worker killed
midway leaves the message to be delivered again; the services make the second run harmless.
Network trouble is retried with exponential backoff; bad input is never retried.
"""

import logging
import random
from typing import Any

from celery import Task, shared_task

from timeline.choices import EventStatus
from timeline.ingest.errors import IngestUnavailable
from timeline.models import Event
from timeline.services import extraction as extraction_services
from timeline.services import ingest as ingest_services

logger = logging.getLogger(__name__)

NETWORK_RETRIES = 5
BACKOFF_BASE_SECONDS = 30
BACKOFF_MAX_SECONDS = 15 * 60


def backoff_seconds(retries: int) -> float:
    """Exponential backoff with jitter: about 30 s, 1 min, 2 min … capped at 15 min."""
    base: float = min(BACKOFF_MAX_SECONDS, BACKOFF_BASE_SECONDS * 2**retries)
    jitter: float = random.uniform(0.75, 1.25)  # noqa: S311
    return base * jitter


@shared_task(name="timeline.archive_counts")
def archive_counts() -> dict[str, int]:
    """How many events the worker sees per status: a probe that a worker reaches the database."""
    return {status: Event.objects.filter(status=status).count() for status in EventStatus.values}


@shared_task(
    bind=True,
    name="timeline.article_process",
    acks_late=True,
    reject_on_worker_lost=True,
    max_retries=NETWORK_RETRIES,
)
def article_process(
    self: Task[Any, Any], article_id: int, hints: dict[str, str] | None = None
) -> dict[str, Any]:
    """Fetch (for URLs), store, extract and link events for one article."""
    try:
        outcome = ingest_services.article_pipeline_run(article_id=article_id, hints=hints)
    except IngestUnavailable as exc:
        if self.request.is_eager or self.request.retries >= NETWORK_RETRIES:
            tries = self.request.retries + 1
            ingest_services.article_fail(
                article_id=article_id,
                error=f"{exc.message} (gave up after {tries} attempt{'s' if tries > 1 else ''})",
            )
            return {"article_id": article_id, "status": "failed", "error": exc.message}
        logger.warning("article %s: %s; retrying", article_id, exc.message)
        raise self.retry(exc=exc, countdown=backoff_seconds(self.request.retries)) from None
    return outcome.as_dict()


@shared_task(bind=True, name="timeline.feed_poll", acks_late=True, reject_on_worker_lost=True)
def feed_poll(self: Task[Any, Any], feed_id: int) -> dict[str, Any]:
    """Poll one feed; each entry not seen before is submitted once."""
    report = ingest_services.feed_poll(feed_id=feed_id)
    return {"feed_id": feed_id, "new_entries": report.new_entries, "error": report.error}


@shared_task(name="timeline.feeds_poll_due")
def feeds_poll_due() -> list[int]:
    """Queue a poll of every feed whose interval has passed (run by the beat scheduler)."""
    due = ingest_services.feeds_due()
    for feed_id in due:
        feed_poll.delay(feed_id)
    return due


@shared_task(
    bind=True, name="timeline.extraction_run_execute", acks_late=True, reject_on_worker_lost=True
)
def extraction_run_execute(self: Task[Any, Any], run_id: int) -> dict[str, Any]:
    """Run a recorded re-extraction, saving progress after each article."""
    run = extraction_services.extraction_run_execute(run_id=run_id)
    return {"run_id": run.pk, "status": run.status, "done": run.done, "failed": run.failed}


@shared_task(
    bind=True, name="timeline.article_reextract", acks_late=True, reject_on_worker_lost=True
)
def article_reextract(self: Task[Any, Any], article_id: int) -> dict[str, Any]:
    """Extract one stored article again."""
    report = extraction_services.article_reextract(article_id=article_id)
    return {"article_id": article_id, "created": report.created, "updated": report.updated}
