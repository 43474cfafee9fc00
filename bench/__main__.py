"""Run the benchmarks and write docs/benchmarks.md.

By default a throw-away SQLite file is filled with BENCH_EVENTS synthetic events (100,000); set
BENCH_DATABASE_URL to measure another database, for example a scratch PostgreSQL database (the
results then go to docs/benchmarks-<backend>.md). The benchmark migrates and fills that database,
so never point it at data you keep. A database that already holds the synthetic archive of that
size is reused rather than filled again. BENCH_ONLY (comma-separated: reads, pages, api, extraction,
ingestion) runs some sections and prints them without writing the results file.
"""

import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVENT_COUNT = int(os.environ.get("BENCH_EVENTS", "100000"))
REPEATS = int(os.environ.get("BENCH_REPEATS", "30"))
SECTIONS = ("reads", "pages", "api", "extraction", "ingestion")
ONLY = [name for name in os.environ.get("BENCH_ONLY", "").split(",") if name]


def _configure() -> str:
    url = os.environ.get("BENCH_DATABASE_URL")
    if not url:
        path = Path(tempfile.mkdtemp(prefix="timeline-bench-")) / "bench.sqlite3"
        url = f"sqlite:///{path}"
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    os.environ["ALLOWED_HOSTS"] = "testserver"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    return url.split(":", 1)[0]


def _median_ms(run: Callable[[], object]) -> tuple[float, float]:
    run()
    timings = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        run()
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1]


def main() -> None:
    backend = _configure()
    from django.core.management import call_command

    from bench import api, extraction, ingestion, pages
    from bench.timeline_queries import alias_synthetic_actors, fill, filled

    unknown = sorted(set(ONLY) - set(SECTIONS))
    if unknown:
        sys.exit(f"BENCH_ONLY: unknown section(s) {', '.join(unknown)}; choose from {SECTIONS}")
    call_command("migrate", verbosity=0)
    call_command("loadseeds", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    started = time.perf_counter()
    reused = filled(EVENT_COUNT)
    if reused:
        print(f"reusing the {EVENT_COUNT:,} synthetic events already in the database", flush=True)
        alias_synthetic_actors()
    else:
        fill(EVENT_COUNT)
    fill_seconds = -1.0 if reused else time.perf_counter() - started
    runners = {
        "reads": ("Timeline reads (selectors)", "| measurement | median ms | p95 ms |", _reads),
        "pages": ("Web pages (server side)", "| page | median ms | p95 ms |", pages.run),
        "api": ("JSON API (server side)", "| request | median ms | p95 ms |", api.run),
        "extraction": ("Extraction", "| measure | value |", extraction.run),
        "ingestion": ("Ingestion", "| setup | articles per minute |", ingestion.run),
    }
    sections = []
    for key in ONLY or SECTIONS:
        title, header, run = runners[key]
        rows = run()
        print(f"{title}:", *rows, sep="\n", flush=True)
        sections.append((title, header, rows))
    if not ONLY:
        _write(backend, fill_seconds, sections)


def _reads() -> list[str]:
    from bench.timeline_queries import measurements

    rows = []
    for name, run in measurements():
        median, p95 = _median_ms(run)
        rows.append(f"| {name} | {median:.2f} | {p95:.2f} |")
    return rows


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def _git_revision() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _write(backend: str, fill_seconds: float, sections: list[tuple[str, str, list[str]]]) -> None:
    today = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    filled_how = f"filled in {fill_seconds:.1f} s"
    if fill_seconds < 0:
        filled_how = "filled by an earlier run"
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`python -m bench`). Medians and 95th percentiles of "
        f"{REPEATS} runs after one warm-up, measured in one run on one machine; compare ratios "
        "within a run rather than figures across machines.",
        "",
        f"- date: {today}",
        f"- machine: {_machine()}",
        f"- database: {backend}, {EVENT_COUNT:,} synthetic events ({filled_how})",
        f"- revision: {_git_revision()}",
        "- command: `make bench` (variables: BENCH_EVENTS, BENCH_REPEATS, BENCH_DATABASE_URL, "
        "BENCH_ONLY)",
    ]
    for title, header, rows in sections:
        columns = header.count("|") - 1
        lines += ["", f"## {title}", "", header, "|" + "---|" * columns, *rows]
    name = "benchmarks.md" if backend == "sqlite" else f"benchmarks-{backend}.md"
    (ROOT / "docs" / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
