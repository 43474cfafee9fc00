"""`manage.py ingest PATH_OR_URL...`: store articles and extract draft events through the pipeline.

Paths may be files (.txt, .md with front matter, .html) or folders of them; anything with a
scheme is a URL. Waits for each article's result unless `--no-wait`; `--format json` prints
`{"articles": [{"input", "article_id", "status", "duplicate_of", "events", "error"}]}`.
A refused or failed input makes the command exit non-zero with a one-line reason.
"""

import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from timeline.choices import ArticleStatus
from timeline.errors import ApplicationError
from timeline.ingest.files import SUFFIXES
from timeline.ingest.progress import Progress
from timeline.models import Article
from timeline.services.ingest import IngestOutcome, ingest_file, ingest_submit, outcome_for

POLL_SECONDS = 0.5


def _published(value: str) -> dt.datetime:
    try:
        if len(value) == 10:
            return dt.datetime.combine(dt.date.fromisoformat(value), dt.time(), tzinfo=dt.UTC)
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise CommandError(
            f"--published must be YYYY-MM-DD or an ISO date-time, not {value!r}"
        ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _expand(inputs: list[str]) -> list[str]:
    expanded: list[str] = []
    for item in inputs:
        if "://" in item:
            expanded.append(item)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(
                str(p) for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
            )
            if not files:
                raise CommandError(f"{item}: no {', '.join(SUFFIXES)} files in this folder")
            expanded.extend(files)
        else:
            expanded.append(item)
    return expanded


class Command(BaseCommand):
    help = "Ingest files, folders or URLs: store the articles and extract draft events."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("inputs", nargs="+", metavar="PATH_OR_URL")
        parser.add_argument("--published", help="publication date (YYYY-MM-DD or ISO date-time)")
        parser.add_argument("--language", choices=["en", "de", "zh"])
        parser.add_argument("--title", default="")
        parser.add_argument("--outlet", help="outlet slug or domain")
        parser.add_argument("--format", choices=["text", "json"], default="text")
        parser.add_argument(
            "--no-wait", action="store_true", help="queue the work and return at once"
        )
        parser.add_argument(
            "--timeout", type=float, default=600.0, help="seconds to wait for queued articles"
        )

    def _one(self, item: str, options: dict[str, Any]) -> IngestOutcome:
        common: dict[str, Any] = {
            "title": options["title"],
            "language": options["language"],
            "published_at": _published(options["published"]) if options["published"] else None,
            "outlet": options["outlet"],
        }
        if "://" in item:
            return ingest_submit(url=item, **common)
        path = Path(item)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ApplicationError(
                f"{item}: cannot be read ({exc.strerror})", field="file"
            ) from None
        outcome = ingest_file(name=path.name, data=data, **common)
        outcome.input = item
        return outcome

    def _wait(
        self, outcomes: list[IngestOutcome], timeout: float, progress: Progress | None
    ) -> None:
        deadline = time.monotonic() + timeout
        waiting = {o.article_id: o for o in outcomes if o.status == "queued" and o.article_id}
        while waiting and time.monotonic() < deadline:
            time.sleep(POLL_SECONDS)
            finished = Article.objects.filter(pk__in=list(waiting)).exclude(
                status__in=[ArticleStatus.PENDING, ArticleStatus.PROCESSING]
            )
            for article in finished:
                outcome = waiting.pop(article.pk)
                fresh = outcome_for(article, input=outcome.input)
                outcome.status, outcome.events, outcome.error = (
                    fresh.status,
                    fresh.events,
                    fresh.error,
                )
                outcome.duplicate_of = fresh.duplicate_of
                if progress is not None:
                    progress.advance()
        for outcome in waiting.values():
            outcome.error = f"still queued after {timeout:g} s (is a worker running?)"

    def handle(self, *args: Any, **options: Any) -> None:
        inputs = _expand(options["inputs"])
        stream = getattr(self.stderr, "_out", sys.stderr)
        progress = Progress(len(inputs), stream=stream) if len(inputs) > 1 else None
        wait = not options["no_wait"]
        outcomes: list[IngestOutcome] = []
        for item in inputs:
            try:
                outcomes.append(self._one(item, options))
            except ApplicationError as exc:
                outcomes.append(
                    IngestOutcome(input=item, article_id=None, status="failed", error=exc.message)
                )
            if progress is not None and not (wait and outcomes[-1].status == "queued"):
                progress.advance()
        if wait:
            self._wait(outcomes, options["timeout"], progress)
        if progress is not None:
            counts = {
                s: sum(o.status == s for o in outcomes)
                for s in ("done", "duplicate", "failed", "queued")
            }
            progress.finish(
                f"{len(outcomes)} inputs: "
                + ", ".join(f"{n} {status}" for status, n in counts.items() if n)
            )
        if options["format"] == "json":
            self.stdout.write(
                json.dumps(
                    {"articles": [o.as_dict() for o in outcomes]}, ensure_ascii=False, indent=2
                )
            )
        else:
            for o in outcomes:
                self.stdout.write(self._text_line(o))
        failed = [o for o in outcomes if o.status == "failed"]
        if failed:
            first = failed[0]
            more = f" (and {len(failed) - 1} more)" if len(failed) > 1 else ""
            raise CommandError(f"{first.input}: {first.error}{more}")

    @staticmethod
    def _text_line(o: IngestOutcome) -> str:
        if o.status == "duplicate":
            return f"{o.input}: duplicate of article {o.duplicate_of}"
        if o.status == "failed":
            where = f" (article {o.article_id})" if o.article_id else ""
            return f"{o.input}: failed{where}: {o.error}"
        if o.status == "queued":
            note = f" ({o.error})" if o.error else ""
            return f"{o.input}: queued as article {o.article_id}{note}"
        events = ", ".join(str(e) for e in o.events) or "none"
        return f"{o.input}: article {o.article_id}, {len(o.events)} draft event(s): {events}"
