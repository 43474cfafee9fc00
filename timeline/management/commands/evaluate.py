"""`manage.py evaluate`: score the extractor on seeds/gold, or its date layer on a public corpus.

Without options it prints, per language, the recall of main events, the share of those dated
exactly, the precision of proposed events, category accuracy and actor precision/recall/F1.
With `--corpus GOLD.jsonl --predictions OUT.jsonl` it runs the date layer over a corpus in the
format of ../shared/corpora, writes the predictions and prints the figures of the corpus's scorer
(score_timex.py beside the corpus file).
"""

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from timeline.extraction.evaluation import corpus, gold

COLUMNS = [
    ("main_recall", "main recall"),
    ("main_exact", "date exact"),
    ("precision", "precision"),
    ("category_accuracy", "category"),
    ("actor_P", "actor P"),
    ("actor_R", "actor R"),
    ("actor_F1", "actor F1"),
]


class Command(BaseCommand):
    help = "Score the extractor on seeds/gold, or its date layer on a corpus (--corpus)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--format", choices=["text", "json"], default="text")
        parser.add_argument("--seeds", type=Path, default=None, help="seed folder with gold/")
        parser.add_argument(
            "--sample",
            type=Path,
            default=None,
            help="score this folder's articles/ and gold/ instead (actors still from the seeds)",
        )
        parser.add_argument("--corpus", type=Path, help="a gold corpus (.jsonl) to run dates on")
        parser.add_argument("--predictions", type=Path, help="where to write the predictions")
        parser.add_argument(
            "--no-durations", action="store_true", help="emit dates only (no durations)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["corpus"] is not None:
            self._corpus(options["corpus"], options["predictions"], not options["no_durations"])
            return
        seeds: Path = options["seeds"] or Path(settings.SEEDS_DIR)
        sample: Path = options["sample"] or seeds
        if not (sample / "gold").is_dir():
            raise CommandError(f"no gold annotations in {sample / 'gold'}")
        report = gold.evaluate(seeds, sample=sample)
        if options["format"] == "json":
            self.stdout.write(json.dumps(report, indent=1))
            return
        self.stdout.write("lang  " + "  ".join(f"{label:>11}" for _, label in COLUMNS))
        for language, figures in sorted(report.items()):
            cells = "  ".join(f"{figures[key]:>11.3f}" for key, _ in COLUMNS)
            self.stdout.write(f"{language:<4}  {cells}")

    def _corpus(self, path: Path, predictions: Path | None, durations: bool) -> None:
        if predictions is None:
            raise CommandError("--corpus needs --predictions OUT.jsonl")
        if not path.is_file():
            raise CommandError(f"corpus not found: {path}")
        try:
            docs, chars, seconds = corpus.run(path, predictions, durations=durations)
        except (OSError, ValueError, KeyError) as exc:
            raise CommandError(f"cannot read {path} as a corpus: {exc}") from None
        speed = chars / max(seconds, 1e-9)
        self.stdout.write(f"{docs} documents, {chars:,} characters, {speed:,.0f} characters/s")
        scorer = path.parent / "score_timex.py"
        if not scorer.is_file():
            self.stdout.write(f"predictions written to {predictions}; no score_timex.py beside it")
            return
        result = subprocess.run(  # noqa: S603
            [sys.executable, str(scorer), str(path), str(predictions)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise CommandError(f"the scorer failed: {result.stderr.strip().splitlines()[-1:]}")
        self.stdout.write(result.stdout.rstrip())
