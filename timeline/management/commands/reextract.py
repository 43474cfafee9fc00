"""`manage.py reextract [--all | --since DATE | --article ID]`: run the current extractor again.

Adds new draft events, updates drafts nobody edited, and leaves published, rejected and edited
events as they are. The run is recorded (the admin shows it) and its progress is shown here.
"""

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from timeline.choices import RunStatus
from timeline.errors import ApplicationError
from timeline.ingest.progress import Progress
from timeline.models import ExtractionRun
from timeline.services.extraction import extraction_run_create, extraction_run_execute


class Command(BaseCommand):
    help = "Re-run the extractor over stored articles without touching what editors changed."

    def add_arguments(self, parser: CommandParser) -> None:
        scope = parser.add_mutually_exclusive_group(required=True)
        scope.add_argument("--all", action="store_true", help="every stored article")
        scope.add_argument("--since", metavar="YYYY-MM-DD", help="articles published since")
        scope.add_argument("--article", type=int, metavar="ID", help="one article")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["all"]:
            scope = "all"
        elif options["since"]:
            scope = f"since:{options['since']}"
        else:
            scope = f"article:{options['article']}"
        try:
            run = extraction_run_create(scope=scope)
        except ApplicationError as exc:
            raise CommandError(exc.message) from None
        if run.total == 0:
            raise CommandError(f"no articles to re-extract for {scope}")
        progress = Progress(run.total, stream=getattr(self.stderr, "_out", sys.stderr))

        def shown(current: ExtractionRun) -> None:
            progress.advance(current.done - progress.done)

        run = extraction_run_execute(run_id=run.pk, on_progress=shown)
        progress.finish(
            f"{run.done} articles re-extracted ({run.failed} failed): "
            f"{run.events_created} events created, {run.events_updated} updated"
        )
        if run.status == RunStatus.FAILED:
            raise CommandError(run.error.splitlines()[0] if run.error else "the run failed")
        if run.failed:
            first = run.error.splitlines()[0] if run.error else ""
            raise CommandError(f"{run.failed} of {run.total} articles failed; first: {first}")
        self.stdout.write(
            f"run {run.pk}: {run.done} articles, {run.events_created} events created, "
            f"{run.events_updated} updated"
        )
