"""Full-text search over events: one normalised text per event, and the terms of a query.

An event's search text joins its title, its summary and the evidence of every source, in the
normal form of names (full-width → ASCII, case-folded, single-spaced), so that a query matches
whatever the case or width of either side. A query matches an event when every term occurs in
that text as a substring; substring rather than word matching, because Chinese has no spaces.
Each database indexes the text for that: a trigram GIN index on PostgreSQL, an FTS5 trigram table
on SQLite (see `timeline.selectors.search`). Trigrams need terms of at least three characters;
shorter terms are matched by scanning.
"""

from collections.abc import Iterable

from timeline.normalize import normalize_alias

MIN_INDEXED_TERM = 3


def search_document(title: str, summary: str, evidence: Iterable[str]) -> str:
    """The text an event is found by."""
    parts = [title, summary, *evidence]
    return "\n".join(normalize_alias(part) for part in parts if part.strip())


def search_terms(query: str) -> list[str]:
    """The distinct normalised terms of a query, longest first (the most selective first)."""
    terms = dict.fromkeys(normalize_alias(query).split())
    return sorted(terms, key=len, reverse=True)
