"""`manage.py loadseeds`: load seeds/ (actors, outlets, tags, sample articles, starter archive)."""

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from timeline.errors import ApplicationError
from timeline.services.seeds import seeds_load


class Command(BaseCommand):
    help = "Load the seed data in seeds/ through the services. Idempotent."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--path", type=Path, default=None, help="seed folder (default: the project's seeds/)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        root: Path = options["path"] or Path(settings.SEEDS_DIR)
        if not root.is_dir():
            raise CommandError(f"seed folder not found: {root}")
        try:
            report = seeds_load(root=root)
        except ApplicationError as exc:
            raise CommandError(exc.message) from None
        kinds = sorted(set(report.created) | set(report.updated) | set(report.unchanged))
        for kind in kinds:
            self.stdout.write(
                f"{kind}: {report.created[kind]} created, {report.updated[kind]} updated, "
                f"{report.unchanged[kind]} unchanged"
            )
        if not report.wrote_anything:
            self.stdout.write("Seeds already loaded; nothing changed.")
