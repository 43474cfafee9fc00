"""Retry waits and redelivery: a task waiting for its retry is never handed out twice."""

from django.conf import settings

from timeline.tasks import NETWORK_RETRIES, backoff_seconds


def test_retry_waits_grow_and_stay_capped():
    waits = [backoff_seconds(n) for n in range(NETWORK_RETRIES + 3)]
    assert 20 <= waits[0] <= 40
    assert max(waits) <= 15 * 60 * 1.25


def test_redelivery_waits_longer_than_any_retry():
    """Redis re-sends an unacknowledged task after the visibility timeout; a retry scheduled
    further out than that would be delivered twice."""
    longest_retry = max(backoff_seconds(n) for n in range(50))
    timeout = settings.CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"]
    assert timeout > longest_retry + 5 * 60
