"""Events as the API shows them, assembled from plain rows in a fixed number of queries.

A page reads its events and then, for all of them at once, their actors, tags, sources, legal
references and related events as tuples: no model instances and no per-event querysets, which
is most of what a list page would otherwise spend (see PRODUCT.md, "Performance facts").
`api.serializers.EventSerializer` declares the same shape for the OpenAPI schema.
"""

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from django.db.models import QuerySet
from django.urls import reverse
from rest_framework.request import Request

from timeline.choices import EventStatus, side_for_country
from timeline.display import date_display
from timeline.models import Event, EventActor, EventRelation, EventSource, LegalReference

EVENT_COLUMNS = (
    "id",
    "title",
    "summary",
    "date",
    "date_end",
    "date_last",
    "precision",
    "approximate",
    "category",
    "stage",
    "status",
    "importance",
    "figures",
    "created_at",
    "updated_at",
)
SENTINEL = 987654321


def event_values(events: QuerySet[Event]) -> QuerySet[Event, dict[str, Any]]:
    """The columns a representation needs, as dictionaries (prefetches dropped)."""
    rows: QuerySet[Event, dict[str, Any]] = events.prefetch_related(None).values(*EVENT_COLUMNS)
    return rows


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _url_maker(request: Request, name: str) -> Callable[[int], str]:
    template = request.build_absolute_uri(reverse(name, args=[SENTINEL]))
    head, _, tail = template.partition(str(SENTINEL))
    return lambda pk: f"{head}{pk}{tail}"


def _grouped(rows: Iterable[Sequence[Any]]) -> dict[int, list[Sequence[Any]]]:
    groups: dict[int, list[Sequence[Any]]] = defaultdict(list)
    for row in rows:
        groups[row[0]].append(row)
    return groups


def represent_events(
    rows: list[dict[str, Any]], *, request: Request, include_drafts: bool
) -> list[dict[str, Any]]:
    """The public shape of each event row, in the order given."""
    ids = [row["id"] for row in rows]
    if not ids:
        return []
    visible = [EventStatus.PUBLISHED, EventStatus.DRAFT] if include_drafts else ["published"]
    actors = _grouped(
        EventActor.objects.filter(event_id__in=ids)
        .order_by("role", "actor__name", "id")
        .values_list(
            "event_id", "role", "actor__slug", "actor__name", "actor__kind", "actor__country"
        )
    )
    tags = _grouped(
        Event.tags.through.objects.filter(event_id__in=ids)
        .order_by("tag__name", "tag_id")
        .values_list("event_id", "tag__slug")
    )
    sources = _grouped(
        EventSource.objects.filter(event_id__in=ids)
        .order_by("id")
        .values_list(
            "event_id",
            "article__outlet__slug",
            "article__outlet__name",
            "article__url",
            "article__title",
            "article__published_at",
            "article__language",
            "evidence",
            "date_phrase",
        )
    )
    references = _grouped(
        LegalReference.objects.filter(event_id__in=ids)
        .order_by("id")
        .values_list("event_id", "kind", "identifier", "title", "url")
    )
    outgoing = _grouped(
        EventRelation.objects.filter(
            source_id__in=ids, target__status__in=visible, target__merged_into__isnull=True
        )
        .order_by("id")
        .values_list("source_id", "target_id", "relation")
    )
    incoming = _grouped(
        EventRelation.objects.filter(
            target_id__in=ids, source__status__in=visible, source__merged_into__isnull=True
        )
        .order_by("id")
        .values_list("target_id", "source_id", "relation")
    )
    web_url = _url_maker(request, "timeline:event-detail")
    api_url = _url_maker(request, "api-event-detail")
    results = []
    for row in rows:
        pk = row["id"]
        results.append(
            {
                "id": pk,
                "title": row["title"],
                "summary": row["summary"],
                "date": row["date"].isoformat(),
                "date_end": _iso(row["date_end"]),
                "date_last": row["date_last"].isoformat(),
                "precision": row["precision"],
                "approximate": row["approximate"],
                "date_display": date_display(
                    row["date"], row["precision"], row["date_end"], row["approximate"]
                ),
                "category": row["category"],
                "stage": row["stage"] or None,
                "status": row["status"],
                "importance": row["importance"],
                "tags": [slug for _, slug in tags.get(pk, [])],
                "figures": row["figures"] if isinstance(row["figures"], list) else [],
                "legal_references": [
                    {"kind": kind, "identifier": identifier, "title": title, "url": url}
                    for _, kind, identifier, title, url in references.get(pk, [])
                ],
                "actors": [
                    {
                        "slug": slug,
                        "name": name,
                        "kind": kind,
                        "country": country or None,
                        "side": side_for_country(country),
                        "role": role,
                    }
                    for _, role, slug, name, kind, country in actors.get(pk, [])
                ],
                "sources": [
                    {
                        "outlet": {"slug": o_slug, "name": o_name} if o_slug else None,
                        "url": url,
                        "title": title,
                        "published": _iso(published),
                        "language": language,
                        "evidence": evidence,
                        "date_phrase": phrase,
                    }
                    for _, o_slug, o_name, url, title, published, language, evidence, phrase in (
                        sources.get(pk, [])
                    )
                ],
                "related": [
                    {"id": other, "relation": relation, "direction": "outgoing"}
                    for _, other, relation in outgoing.get(pk, [])
                ]
                + [
                    {"id": other, "relation": relation, "direction": "incoming"}
                    for _, other, relation in incoming.get(pk, [])
                ],
                "url": web_url(pk),
                "api_url": api_url(pk),
                "created": _iso(row["created_at"]),
                "updated": _iso(row["updated_at"]),
            }
        )
    return results
