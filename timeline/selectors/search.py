"""The full-text condition on events, written for each database's substring index.

PostgreSQL: `search_text LIKE '%term%'`, which its trigram GIN index on `search_text` answers.
SQLite: one query of quoted phrases on the FTS5 trigram table `timeline_event_search`, whose
rowids are event ids. Terms shorter than a trigram are matched on the column by scanning, on
either database.

A term that is an actor's name or one of its aliases ("华为", "BIS", "Peking") also matches the
events linked to that actor, so a reader finds them in any language the archive knows the actor
by, whatever language the events were written in.
"""

from django.db import connection
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.db.models.expressions import RawSQL

from timeline.models import Actor, ActorAlias, Event, EventActor
from timeline.normalize import normalize_alias
from timeline.search import MIN_INDEXED_TERM, search_terms
from timeline.selectors.events import rare_actor_event_ids

SQLITE_INDEX_TABLE = "timeline_event_search"
_SQLITE_MATCH = f"SELECT rowid FROM {SQLITE_INDEX_TABLE} WHERE {SQLITE_INDEX_TABLE} MATCH %s"  # noqa: S608


def events_matching(queryset: QuerySet[Event], query: str) -> QuerySet[Event]:
    """`queryset` narrowed to the events that match every term of `query`: the term occurs in
    their search text, or it names an actor they are linked to."""
    terms = search_terms(query)
    named = actors_named(terms)
    queryset = _containing(queryset, [term for term in terms if term not in named])
    for term, actor_ids in named.items():
        queryset = queryset.filter(_text_condition(term) | _with_named_actors(actor_ids))
    return queryset


def actors_named(terms: list[str]) -> dict[str, set[int]]:
    """For each term that is an actor's name or alias, the ids of the actors it names (one
    query)."""
    if not terms:
        return {}
    same_name = Q()
    for term in terms:
        same_name |= Q(name__iexact=term)
    aliases = (
        ActorAlias.objects.filter(normalized__in=terms)
        .order_by()
        .values_list("normalized", "actor_id")
    )
    names = Actor.objects.filter(same_name).order_by().values_list("name", "pk")
    named: dict[str, set[int]] = {}
    for name, actor_id in aliases.union(names, all=True):
        named.setdefault(normalize_alias(name), set()).add(actor_id)
    return {term: ids for term, ids in named.items() if term in terms}


def _containing(queryset: QuerySet[Event], terms: list[str]) -> QuerySet[Event]:
    if connection.vendor == "sqlite":
        indexed = [term for term in terms if len(term) >= MIN_INDEXED_TERM]
        if indexed:
            queryset = queryset.filter(pk__in=_sqlite_match(indexed))
        terms = [term for term in terms if term not in indexed]
    for term in terms:
        queryset = queryset.filter(search_text__contains=term)
    return queryset


class _ProbedExists(Exists):
    """EXISTS that the database must run per row: under an OR, PostgreSQL would rather hash every
    link of a common actor (about 100 ms at a million events) than probe the (event, actor) index
    for the few rows a page reads. It drops a LIMIT 1 in EXISTS but not an OFFSET, which keeps
    the subquery as written."""

    template = "EXISTS(%(subquery)s OFFSET 0)"


def _with_named_actors(actor_ids: set[int]) -> Q:
    ids = rare_actor_event_ids(actor_ids)
    if ids is not None:
        return Q(pk__in=ids)
    links = EventActor.objects.filter(event=OuterRef("pk"), actor_id__in=sorted(actor_ids))
    return Q(_ProbedExists(links))


def _text_condition(term: str) -> Q:
    if connection.vendor == "sqlite" and len(term) >= MIN_INDEXED_TERM:
        return Q(pk__in=_sqlite_match([term]))
    return Q(search_text__contains=term)


def _sqlite_match(terms: list[str]) -> RawSQL:
    phrases = " AND ".join('"' + term.replace('"', '""') + '"' for term in terms)
    return RawSQL(_SQLITE_MATCH, (phrases,))  # noqa: S611 (the phrases are a parameter)
