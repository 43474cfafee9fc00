"""Server time of API pages on the synthetic archive: medians, 95th percentiles, query counts.

`run()` measures filtered pages of `GET /api/events/` (the first page, a 200-event page, a page
10,000 events deep, a common and a rare actor, combined filters, full text), the statistics and
an export, through Django's test client in-process: everything the server does (middleware,
authentication, filters, SQL, serialisation) but no network. It expects the archive that
`bench.timeline_queries.fill` makes. Run it alone with `python -m bench.api` (SQLite by default,
PostgreSQL with BENCH_DATABASE_URL; a scratch database only, it is filled with synthetic events).
"""

import os
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import quote

from django.db import connection
from django.test import Client
from django.test.utils import override_settings

from bench.names import COMMON_ACTOR_ALIAS

REPEATS = int(os.environ.get("BENCH_REPEATS", "30"))
_STATS = "/api/stats/?bucket=year&actor=actor-1"


class QueryCounter:
    """Counts SQL statements run (Django resets its own query log at every request)."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, execute: Callable[..., object], sql: str, *args: object) -> object:
        self.count += 1
        return execute(sql, *args)


@contextmanager
def count_queries() -> Iterator[QueryCounter]:
    counter = QueryCounter()
    with connection.execute_wrapper(counter):
        yield counter


def _timings(run: Callable[[], object]) -> tuple[float, float]:
    run()
    timings = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        run()
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return statistics.median(timings), timings[max(0, int(len(timings) * 0.95) - 1)]


def _deep_cursor(client: Client, depth: int) -> str:
    from api.pagination import encode_cursor
    from timeline import selectors

    row = selectors.event_list().order_by("-date", "-id").values_list("date", "id")[depth - 1]
    return encode_cursor(list(row), "-date")


def _get(client: Client, url: str) -> Callable[[], object]:
    def run() -> object:
        response = client.get(url)
        if response.status_code != 200:
            raise RuntimeError(f"{url} answered {response.status_code}")
        if response.streaming:
            return b"".join(response.streaming_content)  # type: ignore[attr-defined]
        return response.content

    return run


def measurements(client: Client) -> list[tuple[str, str]]:
    deep = _deep_cursor(client, 10_000)
    return [
        ("first page, 50 events", "/api/events/"),
        ("first page, 200 events", "/api/events/?page_size=200"),
        ("page 10,000 events deep (cursor)", f"/api/events/?cursor={deep}"),
        ("common actor (a quarter of all events)", "/api/events/?actor=common"),
        ("rare actor (a handful of events)", "/api/events/?actor=rare"),
        ("rare actor, oldest first", "/api/events/?actor=rare&ordering=date"),
        (
            "category + country + date range",
            "/api/events/?category=export_controls&country=CN&date_from=2021-01-01&date_to=2022-12-31",
        ),
        ("two actors (any of)", "/api/events/?actor=actor-1&actor=actor-2"),
        ("full text `q` (rare word)", "/api/events/?q=quasicrystal"),
        ("full text `q` (common word, one event in five)", "/api/events/?q=tariffs"),
        ("full text `q` naming the common actor", f"/api/events/?q={quote(COMMON_ACTOR_ALIAS)}"),
        ("updated_since (sync, recent changes)", "/api/events/?updated_since=2100-01-01T00:00:00Z"),
        ("stats by year, one actor (counts shared for a minute)", _STATS),
        ("CSV export, rare actor", "/api/events/export.csv?actor=rare"),
    ]


def run() -> list[str]:
    """Markdown table rows: `| API: what (N queries) | median ms | p95 ms |`."""
    from api import views

    client = Client()
    rows = []
    unthrottled = {"DEFAULT_THROTTLE_RATES": {"anon": None, "user": None}}
    from django.conf import settings

    with override_settings(REST_FRAMEWORK={**settings.REST_FRAMEWORK, **unthrottled}):
        for name, url in measurements(client):
            rows.append(_row(client, name, url))
        shared_for = views.STATS_CACHE_SECONDS
        views.STATS_CACHE_SECONDS = 0
        try:
            rows.append(_row(client, "stats by year, one actor, without the shared counts", _STATS))
        finally:
            views.STATS_CACHE_SECONDS = shared_for
    return rows


def _row(client: Client, name: str, url: str) -> str:
    fetch = _get(client, url)
    with count_queries() as queries:
        fetch()
    median, p95 = _timings(fetch)
    label = f"API `GET {url.split('?')[0]}`: {name} ({queries.count} queries)"
    print(f"{label}: median {median:.2f} ms, p95 {p95:.2f} ms", flush=True)
    return f"| {label} | {median:.2f} | {p95:.2f} |"


def main() -> None:
    from bench.__main__ import EVENT_COUNT, _configure

    backend = _configure()
    from django.core.management import call_command

    from bench.timeline_queries import alias_synthetic_actors, fill
    from timeline.models import Event

    call_command("migrate", verbosity=0)
    if Event.objects.exists():
        print(f"{backend}: measuring the {Event.objects.count():,} events already there")
        alias_synthetic_actors()
    else:
        started = time.perf_counter()
        fill(EVENT_COUNT)
        print(f"{backend}: {EVENT_COUNT:,} events filled in {time.perf_counter() - started:.1f} s")
    print("| measurement | median ms | p95 ms |\n|---|---|---|")
    print("\n".join(run()))


if __name__ == "__main__":
    main()
