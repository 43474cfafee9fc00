"""Tasks travel through the configured broker to a real worker, which reaches the database.

Runs when CELERY_BROKER_URL is set (CI sets it to the Redis on 127.0.0.1:6379); without a broker
the app runs tasks in-process, which the in-process test below covers. When CI requires a broker
(CI_REQUIRE_SERVICES contains "broker"), the broker test runs and fails rather than skip.
"""

import pytest
from django.conf import settings

from config.celery import app
from tests.conftest import required_in_ci
from tests.factories import make_event
from timeline.tasks import archive_counts


@pytest.mark.django_db
def test_tasks_run_in_process_without_a_broker(settings):
    settings.CELERY_TASK_ALWAYS_EAGER = True
    app.conf.task_always_eager = True
    try:
        make_event(status="published")
        assert archive_counts.delay().get(timeout=5)["published"] == 1
    finally:
        app.conf.task_always_eager = not settings.CELERY_BROKER_URL


@pytest.mark.broker
@pytest.mark.skipif(
    not settings.CELERY_BROKER_URL and not required_in_ci("broker"),
    reason="CELERY_BROKER_URL is not set: no broker to send tasks through (CI sets it to Redis)",
)
@pytest.mark.django_db(transaction=True)
def test_worker_receives_task_through_the_broker():
    from celery.contrib.testing.worker import start_worker

    make_event(status="published")
    make_event(status="draft")
    assert app.conf.task_always_eager is False
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        result = archive_counts.delay()
        assert result.get(timeout=20) == {"draft": 1, "published": 1, "rejected": 0}
