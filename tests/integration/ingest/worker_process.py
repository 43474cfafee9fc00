"""A Celery worker in a process of its own, for tests that kill it midway through a task.

Usage: python -m tests.integration.ingest.worker_process {none|extract|after_commit} SIGNAL_FILE

`extract` hangs inside extraction (nothing committed yet); `after_commit` hangs after the
article's events were committed but before the task returns (so before its message is
acknowledged). Either way the test writes SIGNAL_FILE's appearance as "the task is midway".
"""

import os
import sys
import time
from pathlib import Path

import django


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    django.setup()
    from django.conf import settings

    from config.celery import app
    from timeline.services import ingest

    hang, signal_file = sys.argv[1], Path(sys.argv[2])
    os.environ["INGEST_TEST_STARTED_FILE"] = str(signal_file)
    settings.INGEST_EXTRACTOR = "tests.integration.ingest.fakes.extract"
    if hang == "extract":
        settings.INGEST_EXTRACTOR = "tests.integration.ingest.fakes.extract_slowly"
    elif hang == "after_commit":
        real_outcome_for = ingest.outcome_for

        def outcome_after_a_hang(article, *, input):
            signal_file.write_text("committed")
            time.sleep(120)
            return real_outcome_for(article, input=input)

        ingest.outcome_for = outcome_after_a_hang
    app.conf.broker_transport_options = {"visibility_timeout": 3}
    app.worker_main(
        [
            "worker",
            "--pool=solo",
            "--loglevel=WARNING",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            f"--hostname=ingest-test-{os.getpid()}@localhost",
        ]
    )


if __name__ == "__main__":
    main()
