"""Ingestion throughput: articles per minute from submission to stored draft events.

Measured three ways on the database `python -m bench` prepared: in-process (no broker, the
embedded default), and through Redis with one and with two Celery workers in their own processes.
The articles are the seed samples, each copy made unique by a closing line so none is a duplicate.
Redis is BENCH_BROKER_URL (default redis://127.0.0.1:6379/15); without it the worker rows say so.
"""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = int(os.environ.get("BENCH_INGEST_ARTICLES", "72"))
BROKER_URL = os.environ.get("BENCH_BROKER_URL", "redis://127.0.0.1:6379/15")
WAIT_SECONDS = 900


RUN = time.strftime("%Y%m%d%H%M%S")
"""Marks this run's copies, so a database reused from an earlier run holds no duplicates."""


def _broker_reachable(url: str) -> bool:
    parts = urlparse(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 6379), 2):
            return True
    except OSError:
        return False


def _texts(count: int, run: str) -> list[dict[str, object]]:
    from django.conf import settings

    from timeline.seeding.reader import read_seeds

    samples = read_seeds(Path(settings.SEEDS_DIR)).articles
    return [
        {
            "text": f"{sample.text}\nCopy {RUN}-{run}-{index} of this report for the benchmark.\n",
            "title": sample.title,
            "language": sample.language,
            "published_at": sample.published_at,
        }
        for index, sample in enumerate(samples[i % len(samples)] for i in range(count))
    ]


def _in_process(count: int) -> float:
    from config.celery import app
    from timeline.services.ingest import ingest_submit

    app.conf.task_always_eager = True
    articles = _texts(count, "inproc")
    started = time.perf_counter()
    for article in articles:
        ingest_submit(**article)  # type: ignore[arg-type]
    return count / (time.perf_counter() - started) * 60


def _start_workers(count: int) -> list[subprocess.Popen[bytes]]:
    env = {**os.environ, "CELERY_BROKER_URL": BROKER_URL, "CELERY_RESULT_BACKEND": BROKER_URL}
    return [
        subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "config",
                "worker",
                "-P",
                "solo",
                "-n",
                f"bench{index}@%h",
                "-l",
                "warning",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        for index in range(count)
    ]


def _stop(workers: list[subprocess.Popen[bytes]]) -> None:
    for worker in workers:
        os.killpg(worker.pid, signal.SIGTERM)
    for worker in workers:
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)


def _with_workers(count: int, workers: int) -> float:
    from config.celery import app
    from timeline.choices import ArticleStatus
    from timeline.models import Article
    from timeline.services.ingest import ingest_submit

    app.conf.task_always_eager = False
    app.control.purge()
    processes = _start_workers(workers)
    try:
        deadline = time.monotonic() + 180
        while len(app.control.ping(timeout=1) or []) < workers:
            if time.monotonic() > deadline:
                raise RuntimeError("the Celery workers did not start")
        articles = _texts(count, f"w{workers}")
        started = time.perf_counter()
        ids = [ingest_submit(**article).article_id for article in articles]  # type: ignore[arg-type]
        finished = {ArticleStatus.DONE, ArticleStatus.FAILED, ArticleStatus.DUPLICATE}
        deadline = time.monotonic() + WAIT_SECONDS
        while Article.objects.filter(pk__in=ids, status__in=finished).count() < count:
            if time.monotonic() > deadline:
                raise RuntimeError("the workers did not finish in time")
            time.sleep(0.2)
        return count / (time.perf_counter() - started) * 60
    finally:
        _stop(processes)
        app.conf.task_always_eager = True


def run() -> list[str]:
    """Markdown rows `| setup | articles per minute |`."""
    from config.celery import app

    broker = _broker_reachable(BROKER_URL)
    if broker:
        # Before any task runs: the app keeps the first broker connection it makes.
        app.conf.update(broker_url=BROKER_URL, result_backend=BROKER_URL)
    rows = [f"| in-process, no broker ({ARTICLES} articles) | {_in_process(ARTICLES):.0f} |"]
    if not broker:
        return [*rows, f"| Redis workers | not measured: no broker at {BROKER_URL} |"]
    for workers in (1, 2):
        rate = _with_workers(ARTICLES, workers)
        rows.append(
            f"| Redis, {workers} worker(s), submission to last article stored | {rate:.0f} |"
        )
    return rows
