"""Full-text search: each event's search text, filled in, and a substring index on it.

PostgreSQL gets a trigram GIN index (the pg_trgm extension, trusted since PostgreSQL 13, so the
database owner may create it); SQLite gets an FTS5 table with the trigram tokenizer whose rowids
are event ids, kept current by `timeline.services.search`.
"""

from collections import defaultdict
from typing import Any

from django.db import migrations, models

from timeline.search import search_document

BATCH = 5000
SQLITE_TABLE = "timeline_event_search"


def fill_search_text(apps: Any, schema_editor: Any) -> None:
    event_model = apps.get_model("timeline", "Event")
    source_model = apps.get_model("timeline", "EventSource")
    ids = list(event_model.objects.order_by("pk").values_list("pk", flat=True))
    sqlite = schema_editor.connection.vendor == "sqlite"
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        evidence: dict[int, list[str]] = defaultdict(list)
        sources = source_model.objects.filter(event_id__in=batch).order_by("event_id", "pk")
        for event_id, text in sources.values_list("event_id", "evidence"):
            evidence[event_id].append(text)
        events = [
            event_model(pk=pk, search_text=search_document(title, summary, evidence[pk]))
            for pk, title, summary in event_model.objects.filter(pk__in=batch).values_list(
                "pk", "title", "summary"
            )
        ]
        event_model.objects.bulk_update(events, ["search_text"])
        if sqlite:
            with schema_editor.connection.cursor() as cursor:
                cursor.executemany(
                    f"INSERT INTO {SQLITE_TABLE} (rowid, search_text) VALUES (%s, %s)",  # noqa: S608
                    [(event.pk, event.search_text) for event in events],
                )


def create_sqlite_table(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(
            f"CREATE VIRTUAL TABLE {SQLITE_TABLE} USING fts5(search_text, tokenize='trigram')"
        )


def drop_sqlite_table(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(f"DROP TABLE IF EXISTS {SQLITE_TABLE}")


def create_postgres_index(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        schema_editor.execute(
            "CREATE INDEX event_search_text_trgm ON timeline_event "
            "USING gin (search_text gin_trgm_ops)"
        )
        # Without fresh statistics the planner takes every word for a rare one until autovacuum
        # gets round to the table, and answers common words through the index, slowly.
        schema_editor.execute("ANALYZE timeline_event")


def drop_postgres_index(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS event_search_text_trgm")


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0004_review_queue_and_date_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="event",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(create_sqlite_table, drop_sqlite_table, elidable=False),
        migrations.RunPython(fill_search_text, migrations.RunPython.noop, elidable=False),
        migrations.RunPython(create_postgres_index, drop_postgres_index, elidable=False),
    ]
