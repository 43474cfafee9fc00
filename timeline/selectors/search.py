"""The full-text condition on events, written for each database's substring index.

PostgreSQL: `search_text LIKE '%term%'`, which its trigram GIN index on `search_text` answers.
SQLite: one query of quoted phrases on the FTS5 trigram table `timeline_event_search`, whose
rowids are event ids. Terms shorter than a trigram are matched on the column by scanning, on
either database.
"""

from django.db import connection
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

from timeline.models import Event
from timeline.search import MIN_INDEXED_TERM, search_terms

SQLITE_INDEX_TABLE = "timeline_event_search"
_SQLITE_MATCH = f"SELECT rowid FROM {SQLITE_INDEX_TABLE} WHERE {SQLITE_INDEX_TABLE} MATCH %s"  # noqa: S608


def events_matching(queryset: QuerySet[Event], query: str) -> QuerySet[Event]:
    """`queryset` narrowed to the events whose search text contains every term of `query`."""
    terms = search_terms(query)
    if connection.vendor == "sqlite":
        indexed = [term for term in terms if len(term) >= MIN_INDEXED_TERM]
        if indexed:
            phrases = " AND ".join('"' + term.replace('"', '""') + '"' for term in indexed)
            matching = RawSQL(_SQLITE_MATCH, (phrases,))  # noqa: S611 (the phrases are a parameter)
            queryset = queryset.filter(pk__in=matching)
        terms = [term for term in terms if term not in indexed]
    for term in terms:
        queryset = queryset.filter(search_text__contains=term)
    return queryset
