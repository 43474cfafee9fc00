"""Keep each event's search text (and, on SQLite, its FTS5 index) in step with its content."""

from collections import defaultdict
from collections.abc import Iterable

from django.db import connection, transaction
from django.utils import timezone

from timeline.models import Event, EventSource
from timeline.search import search_document
from timeline.selectors.search import SQLITE_INDEX_TABLE

BATCH = 2000


@transaction.atomic
def event_search_refresh(*, event_ids: Iterable[int]) -> None:
    """Recompute the search text of these events from their title, summary and sources.

    Every service that changes one of those calls this for the events it touched. An event whose
    text changed is also marked updated: a source added or removed changes what the API shows of
    it, and mirrors that sync with `updated_since` must see that.
    """
    ids = sorted(set(event_ids))
    for start in range(0, len(ids), BATCH):
        _refresh(ids[start : start + BATCH])


def event_search_index_new(*, event: Event) -> None:
    """Index an event just created with its search text set, without reading it back."""
    if connection.vendor == "sqlite":
        sqlite_index_store([(event.pk, event.search_text)])


def _refresh(ids: list[int]) -> None:
    evidence: dict[int, list[str]] = defaultdict(list)
    sources = EventSource.objects.filter(event_id__in=ids).order_by("event_id", "id")
    for event_id, text in sources.values_list("event_id", "evidence"):
        evidence[event_id].append(text)
    now = timezone.now()
    changed = []
    rows = Event.objects.filter(pk__in=ids).values_list("pk", "title", "summary", "search_text")
    for pk, title, summary, current in rows:
        text = search_document(title, summary, evidence[pk])
        if text != current:
            changed.append(Event(pk=pk, search_text=text, updated_at=now))
    Event.objects.bulk_update(changed, ["search_text", "updated_at"])
    if connection.vendor == "sqlite":
        sqlite_index_store([(event.pk, event.search_text) for event in changed])


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
