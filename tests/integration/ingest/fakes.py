"""A stand-in extractor whose proposals the test writes into the article text.

A line `@@ category=investment | date=2025-02-24 | actors=acme:initiator | title=…` proposes one
event whose evidence is that line. Tests thereby control exactly what is proposed, so they check
how proposals are stored rather than how well the real extractor reads.
"""

import datetime as dt
import os
import time
from pathlib import Path

from timeline.extraction.types import (
    ActorRole,
    ArticleInput,
    ExtractionResult,
    Gazetteer,
    ProposedEvent,
)

EXTRACTOR_VERSION = "fake-1"


def _proposal(line: str, start: int) -> ProposedEvent:
    fields = {}
    for part in line[2:].split("|"):
        key, _, value = part.strip().partition("=")
        fields[key.strip()] = value.strip()
    actors = tuple(
        ActorRole(*pair.split(":", 1)) for pair in fields.get("actors", "").split(",") if pair
    )
    return ProposedEvent(
        title=fields.get("title", "An event"),
        summary=fields.get("summary", ""),
        date=dt.date.fromisoformat(fields["date"]),
        precision=fields.get("precision", "day"),
        category=fields.get("category", "other"),
        evidence=line,
        evidence_start=start,
        evidence_end=start + len(line),
        actors=actors,
        confidence=float(fields.get("confidence", "0.6")),
    )


def extract(article: ArticleInput, gazetteer: Gazetteer) -> ExtractionResult:
    events = []
    offset = 0
    for raw in article.text.splitlines(keepends=True):
        line = raw.strip()
        if line.startswith("@@"):
            events.append(_proposal(line, offset + raw.index(line)))
        offset += len(raw)
    return ExtractionResult(
        language=article.language or "en",
        published=article.published,
        events=tuple(events),
        actors=(),
        extractor_version=EXTRACTOR_VERSION,
    )


def extract_slowly(article: ArticleInput, gazetteer: Gazetteer) -> ExtractionResult:
    """Signal through a file that extraction started, then hang (a worker to be killed)."""
    Path(os.environ["INGEST_TEST_STARTED_FILE"]).write_text("started")
    time.sleep(120)
    return extract(article, gazetteer)
