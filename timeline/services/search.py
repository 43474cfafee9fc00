"""Keep each event's search text (and, on SQLite, its FTS5 index) in step with its content."""

from collections import defaultdict
from collections.abc import Iterable

from django.db import connection, transaction

from timeline.models import Event, EventSource
from timeline.search import search_document
from timeline.selectors.search import SQLITE_INDEX_TABLE

BATCH = 2000


@transaction.atomic
def event_search_refresh(*, event_ids: Iterable[int]) -> None:
    """Recompute the search text of these events from their title, summary and sources.

    Every service that changes one of those calls this for the events it touched.
    """
    ids = sorted(set(event_ids))
    for start in range(0, len(ids), BATCH):
        _refresh(ids[start : start + BATCH])


def _refresh(ids: list[int]) -> None:
    evidence: dict[int, list[str]] = defaultdict(list)
    sources = EventSource.objects.filter(event_id__in=ids).order_by("event_id", "id")
    for event_id, text in sources.values_list("event_id", "evidence"):
        evidence[event_id].append(text)
    events = [
        Event(pk=pk, search_text=search_document(title, summary, evidence[pk]))
        for pk, title, summary in Event.objects.filter(pk__in=ids).values_list(
            "pk", "title", "summary"
        )
    ]
    Event.objects.bulk_update(events, ["search_text"])
    if connection.vendor == "sqlite":
        sqlite_index_store([(event.pk, event.search_text) for event in events])


def sqlite_index_store(documents: list[tuple[int, str]]) -> None:
    """Replace these events' rows in SQLite's FTS5 table (rows of deleted events never match)."""
    if not documents:
        return
    with connection.cursor() as cursor:
        placeholders = ", ".join("%s" for _ in documents)
        cursor.execute(
            f"DELETE FROM {SQLITE_INDEX_TABLE} WHERE rowid IN ({placeholders})",  # noqa: S608
            [pk for pk, _ in documents],
        )
        cursor.executemany(
            f"INSERT INTO {SQLITE_INDEX_TABLE} (rowid, search_text) VALUES (%s, %s)",  # noqa: S608
            documents,
        )
