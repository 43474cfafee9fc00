"""The pipeline on a real Celery worker through the broker (Redis in CI).

Runs when CELERY_BROKER_URL is set; when CI requires a broker (CI_REQUIRE_SERVICES) it runs and
fails rather than skip. Killing a worker midway needs a worker in another process sharing the
test database, so that test also needs PostgreSQL (an in-memory SQLite test database is private
to one process).
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.db import connection

from config.celery import app
from tests.conftest import required_in_ci
from tests.factories import ActorFactory
from tests.integration.ingest.conftest import Route
from timeline.choices import ArticleStatus
from timeline.models import Article, Event, EventSource
from timeline.services.ingest import ingest_submit

ROOT = Path(__file__).resolve().parents[3]
NO_BROKER = not settings.CELERY_BROKER_URL and not required_in_ci("broker")
needs_broker = pytest.mark.skipif(
    NO_BROKER,
    reason="CELERY_BROKER_URL is not set: no broker to send tasks through (CI sets it to Redis)",
)
TEXT = (
    "Acme said on Monday it would invest heavily in cloud computing.\n"
    "@@ category=investment | date=2025-02-24 | actors=acme:initiator | "
    "title=Acme to invest in cloud computing\n"
    "@@ category=earnings | date=2025-01-01 | precision=quarter | actors=acme:initiator | "
    "title=Acme reports quarterly revenue growth\n"
)
PAGE = (
    "<html><head><title>Acme invests</title></head><body><article><h1>Acme invests</h1>"
    "<p>Acme said on Monday it would invest heavily in cloud computing over three years.</p>"
    "<p>@@ category=investment | date=2025-02-24 | actors=acme:initiator | "
    "title=Acme to invest in cloud computing</p></article></body></html>"
)


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")


def finished(article_id: int) -> bool:
    status = Article.objects.get(pk=article_id).status
    return status not in (ArticleStatus.PENDING, ArticleStatus.PROCESSING)


@pytest.mark.broker
@needs_broker
@pytest.mark.django_db(transaction=True)
def test_a_worker_ingests_text_and_a_url_end_to_end(fixture_server):
    from celery.contrib.testing.worker import start_worker

    ActorFactory(slug="acme", name="Acme")
    fixture_server.routes["/acme"] = Route(PAGE.encode())
    assert app.conf.task_always_eager is False

    text = ingest_submit(text=TEXT, language="en")
    url = ingest_submit(url=fixture_server.url("/acme?utm_campaign=x"))
    assert (text.status, url.status) == ("queued", "queued")

    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        wait_for(lambda: finished(text.article_id), 60, "the text article")
        wait_for(lambda: finished(url.article_id), 60, "the URL article")

    by_text = Article.objects.get(pk=text.article_id)
    by_url = Article.objects.get(pk=url.article_id)
    assert (by_text.status, by_url.status) == (ArticleStatus.DONE, ArticleStatus.DONE)
    assert "invest heavily in cloud computing" in by_url.text
    assert Event.objects.count() == 2
    investment = Event.objects.get(category="investment")
    assert set(investment.sources.values_list("article_id", flat=True)) == {
        by_text.pk,
        by_url.pk,
    }


def _database_url() -> str:
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return (
        f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
        f"/{db['NAME']}"
    )


def _worker(hang: str, signal_file: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
        "CELERY_RESULT_BACKEND": settings.CELERY_RESULT_BACKEND,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
    }
    return subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "tests.integration.ingest.worker_process", hang, str(signal_file)],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )


def _stop(worker: subprocess.Popen[bytes], sig: int) -> None:
    if worker.poll() is not None:
        return
    os.killpg(worker.pid, sig)
    try:
        worker.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait(timeout=30)


@pytest.mark.broker
@needs_broker
@pytest.mark.skipif(
    connection.vendor != "postgresql" and not required_in_ci("postgres"),
    reason="killing a worker needs a worker process sharing the database: set DATABASE_URL "
    "to PostgreSQL (CI does)",
)
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("hang", ["extract", "after_commit"])
def test_a_worker_killed_midway_loses_nothing_and_duplicates_nothing(tmp_path, hang):
    ActorFactory(slug="acme", name="Acme")
    signal_file = tmp_path / "midway"
    outcome = ingest_submit(text=TEXT, language="en")
    assert outcome.status == "queued"

    doomed = _worker(hang, signal_file)
    try:
        wait_for(signal_file.exists, 120, "the first worker to reach the middle of the task")
    finally:
        _stop(doomed, signal.SIGKILL)
    broker = redis.Redis.from_url(settings.CELERY_BROKER_URL)
    assert broker.hlen("unacked") == 1, "the killed worker's message must wait for redelivery"
    article = Article.objects.get(pk=outcome.article_id)
    if hang == "extract":
        assert article.status == ArticleStatus.PROCESSING
        assert Event.objects.count() == 0
    else:
        assert article.status == ArticleStatus.DONE
        assert Event.objects.count() == 2

    successor = _worker("none", tmp_path / "unused")
    try:
        wait_for(
            lambda: (
                finished(outcome.article_id)
                and not app.connection().default_channel.client.hlen("unacked")
            ),
            180,
            "the message to be delivered again and finished",
        )
    finally:
        _stop(successor, signal.SIGTERM)

    assert Article.objects.get(pk=outcome.article_id).status == ArticleStatus.DONE
    assert Article.objects.count() == 1
    assert Event.objects.count() == 2
    assert EventSource.objects.count() == 2
