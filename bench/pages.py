"""Server time and SQL queries of the public pages on the synthetic archive.

`run()` measures rendered pages through Django's test client (no network: the time is what the
server spends, view, queries and template) on the archive `bench.timeline_queries.fill` builds,
with its very common and very rare actor, and returns markdown table rows
`| page | median ms | p95 ms |` with the number of SQL queries of each page in its name. The
timeline's counts are cached for a minute per selection, so repeated requests measure the warm
page; the last rows measure some pages with that cache off.

Alone: `python -m bench.pages` fills a throw-away SQLite archive (BENCH_EVENTS, default 100,000)
or uses BENCH_DATABASE_URL, like `python -m bench`.
"""

import os
import statistics
import time
from urllib.parse import quote

from bench.names import COMMON_ACTOR_ALIAS, RARE_ACTOR_ALIAS

REPEATS = int(os.environ.get("BENCH_REPEATS", "30"))

PAGES = [
    ("timeline, no filter", "/"),
    ("timeline, common actor", "/?actor=common"),
    ("timeline, rare actor", "/?actor=rare"),
    ("timeline, one category", "/?category=export_controls"),
    ("timeline, common actor and a category", "/?actor=common&category=earnings"),
    ("timeline, rare actor, oldest first", "/?actor=rare&ordering=date"),
    ("timeline, country (China side)", "/?country=CN"),
    ("timeline, one year", "/?date_from=2020-01-01&date_to=2020-12-31"),
    ("timeline, full text, rare word", "/?q=quasicrystal"),
    ("timeline, full text, common word", "/?q=tariffs"),
    ("timeline, full text, three words", "/?q=Synthetic+event+4242"),
    ("timeline, full text naming the common actor", f"/?q={quote(COMMON_ACTOR_ALIAS)}"),
    ("timeline, full text naming the rare actor", f"/?q={quote(RARE_ACTOR_ALIAS)}"),
    ("actor page, common actor", "/actors/common/"),
    ("actor page, rare actor", "/actors/rare/"),
    ("embed, common actor (100 slides)", "/embed/?actor=common"),
]
UNCACHED = ["/", "/?actor=common", "/?actor=rare", "/?country=CN"]


def _deep_cursor(depth: int) -> str:
    """The `after` cursor found `depth` events down the public timeline."""
    from timeline.models import Event

    row = (
        Event.objects.filter(status="published", merged_into__isnull=True)
        .order_by("-date", "-id")
        .values_list("date", "id")[depth : depth + 1]
        .first()
    )
    if row is None:
        return ""
    return f"{row[0].isoformat()}.{row[1]}"


def _measure(client: object, url: str) -> tuple[float, float, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    get = client.get  # type: ignore[attr-defined]
    response = get(url)
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}")
    with CaptureQueriesContext(connection) as captured:
        get(url)
    queries = len(captured)
    timings = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        get(url)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p95 = timings[max(int(len(timings) * 0.95) - 1, 0)]
    return statistics.median(timings), p95, queries


def run() -> list[str]:
    """Markdown rows `| page (queries) | median ms | p95 ms |`, one per page measured."""
    from django.test import Client

    client = Client()
    pages = list(PAGES)
    cursor = _deep_cursor(10_000)
    if cursor:
        pages.append(("timeline, “load more” 10,000 events deep", f"/?after={cursor}"))
    rows = []
    for name, url in pages:
        rows.append(_row(client, name, url))
    from timeline import views

    cached_for = views.FACET_CACHE_SECONDS
    views.FACET_CACHE_SECONDS = 0
    try:
        for url in UNCACHED:
            rows.append(_row(client, "without the counts cache", url))
    finally:
        views.FACET_CACHE_SECONDS = cached_for
    return rows


def _row(client: object, name: str, url: str) -> str:
    median, p95, queries = _measure(client, url)
    shown = "/?after=…" if "after=" in url else url
    print(f"{name} {shown}: median {median:.2f} ms, p95 {p95:.2f} ms, {queries} queries")
    return f"| page {name} `{shown}`, {queries} queries | {median:.2f} | {p95:.2f} |"


def main() -> None:
    from bench.__main__ import EVENT_COUNT, _configure

    _configure()
    from django.core.management import call_command

    from bench.timeline_queries import fill

    call_command("migrate", verbosity=0)
    fill(EVENT_COUNT)
    print("| page | median ms | p95 ms |\n|---|---|---|")
    print("\n".join(run()))


if __name__ == "__main__":
    main()
