"""Reads behind the public pages: keyset pages, capped facet counts, the chart, actor pages.

Nothing here counts a whole selection: facets and the chart cover at most `FACET_CAP` events of
the selection (the first ones in its order) and say so, and every list is a keyset page, so each
function runs a fixed number of queries whatever the page size or the archive's size.
"""

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import (
    Case,
    Count,
    Exists,
    IntegerField,
    Min,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Concat, Lower

from timeline.choices import CHINA_SIDE_COUNTRIES, EventStatus, Side, side_for_country
from timeline.models import (
    Actor,
    ActorAlias,
    Event,
    EventActor,
    EventRelation,
    EventSource,
)
from timeline.normalize import normalize_alias

FACET_CAP = 1000
CO_ACTOR_SAMPLE = 500
RELATION_DEPTH = 3
RELATION_LIMIT = 20

SIDE_BITS = {Side.US: 1, Side.CHINA: 2, Side.OTHER: 4}
_CURSOR_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.(\d{1,19})$")


class InvalidCursor(ValueError):
    """The `after` parameter of a page is not a cursor this site handed out."""


@dataclass(frozen=True)
class Cursor:
    """Where a keyset page starts: just after the event with this date and id."""

    date: dt.date
    event_id: int

    def encode(self) -> str:
        return f"{self.date.isoformat()}.{self.event_id}"

    @classmethod
    def decode(cls, text: str) -> "Cursor":
        match = _CURSOR_RE.match(text)
        if match is None:
            raise InvalidCursor(text)
        try:
            return cls(dt.date.fromisoformat(match.group(1)), int(match.group(2)))
        except ValueError:
            raise InvalidCursor(text) from None


@dataclass
class Page:
    events: list[Event]
    next_cursor: Cursor | None


@dataclass
class ChartBucket:
    start: dt.date
    end: dt.date
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class Facets:
    """Counts for the current selection, over at most `cap` events of it."""

    categories: Counter[str] = field(default_factory=Counter)
    sides: Counter[str] = field(default_factory=Counter)
    months: dict[dt.date, Counter[str]] = field(default_factory=dict)
    sampled: int = 0
    capped: bool = False


def _with_source_counts(events: QuerySet[Event]) -> QuerySet[Event]:
    sources = (
        EventSource.objects.filter(event=OuterRef("pk"))
        .order_by()
        .values("event")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return events.annotate(source_count=Subquery(sources, output_field=IntegerField()))


def _timeline_rows(events: QuerySet[Event]) -> QuerySet[Event]:
    """Only what a timeline row shows: no tags, actors with their names and countries."""
    return _with_source_counts(
        events.defer("search_text")
        .prefetch_related(None)
        .prefetch_related(
            Prefetch(
                "actor_links",
                queryset=EventActor.objects.select_related("actor").order_by("role", "actor__name"),
            )
        )
    )


def timeline_page(
    *, events: QuerySet[Event], ascending: bool, cursor: Cursor | None, size: int
) -> Page:
    """One keyset page of an ordered selection, plus the cursor of the next page (if any)."""
    if cursor is not None:
        if ascending:
            after = Q(date__gt=cursor.date) | Q(date=cursor.date, pk__gt=cursor.event_id)
        else:
            after = Q(date__lt=cursor.date) | Q(date=cursor.date, pk__lt=cursor.event_id)
        events = events.filter(after)
    order = ("date", "id") if ascending else ("-date", "-id")
    rows = list(_timeline_rows(events.order_by(*order))[: size + 1])
    next_cursor = None
    if len(rows) > size:
        rows = rows[:size]
        next_cursor = Cursor(rows[-1].date, rows[-1].pk)
    return Page(events=rows, next_cursor=next_cursor)


def _side_case(country_field: str) -> Case:
    return Case(
        When(**{country_field: "US"}, then=Value(SIDE_BITS[Side.US])),
        When(
            **{f"{country_field}__in": sorted(CHINA_SIDE_COUNTRIES)},
            then=Value(SIDE_BITS[Side.CHINA]),
        ),
        When(**{country_field: ""}, then=Value(0)),
        default=Value(SIDE_BITS[Side.OTHER]),
        output_field=IntegerField(),
    )


def timeline_facets(*, events: QuerySet[Event], cap: int = FACET_CAP) -> Facets:
    """Counts per category and side and events per month and side, in one query.

    An event counts for every side one of its actors is on (as the country filter matches);
    in the chart it is stacked under the side of its leading actor (an initiator if any).
    The query joins the sample's actor links once and groups them per event: the sides as a
    bit mask, the leading actor as the smallest "role:country" (initiator sorts first).
    """
    sample = events.values("pk")[:cap]
    rows = (
        Event.objects.filter(pk__in=Subquery(sample))
        .order_by()
        .values("pk", "date", "category")
        .annotate(
            mask=Sum(_side_case("actor_links__actor__country"), distinct=True),
            lead=Min(Concat("actor_links__role", Value(":"), "actor_links__actor__country")),
        )
        .values_list("date", "category", "mask", "lead")
    )
    facets = Facets()
    for date, category, mask, lead in rows:
        facets.sampled += 1
        facets.categories[category] += 1
        for side, bit in SIDE_BITS.items():
            if (mask or 0) & bit:
                facets.sides[side] += 1
        lead_country = lead.partition(":")[2] if lead else ""
        facets.months.setdefault(date.replace(day=1), Counter())[
            side_for_country(lead_country)
        ] += 1
    facets.capped = facets.sampled >= cap
    return facets


def chart_buckets(facets: Facets, *, max_bars: int = 60) -> list[ChartBucket]:
    """Monthly bars with empty months filled in; yearly bars when the span is long."""
    if not facets.months:
        return []
    first, last = min(facets.months), max(facets.months)
    span = (last.year - first.year) * 12 + last.month - first.month + 1
    by_year = span > max_bars
    totals: dict[dt.date, Counter[str]] = defaultdict(Counter)
    for month, counts in facets.months.items():
        key = dt.date(month.year, 1, 1) if by_year else month
        totals[key].update(counts)
    buckets = []
    cursor = dt.date(first.year, 1, 1) if by_year else first
    while cursor <= last:
        if by_year:
            following = dt.date(cursor.year + 1, 1, 1)
        else:
            following = dt.date(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1)
        counts = totals.get(cursor, Counter())
        buckets.append(
            ChartBucket(
                start=cursor,
                end=following - dt.timedelta(days=1),
                counts={side: counts.get(side, 0) for side in Side.values},
            )
        )
        cursor = following
    return buckets


def actor_directory(
    *, query: str = "", kind: str = "", country: str = "", after: str = "", size: int = 60
) -> tuple[list[Actor], str | None]:
    """Actors by name, filtered by words of their name or aliases, kind and country; keyset on name.

    `after` is the slug of the last actor of the previous page.
    """
    actors = Actor.objects.annotate(sort_name=Lower("name")).order_by("sort_name", "slug")
    if query:
        normalized = normalize_alias(query)
        aliases = ActorAlias.objects.filter(actor=OuterRef("pk"), normalized__contains=normalized)
        actors = actors.filter(Q(name__icontains=query) | Exists(aliases))
    if kind:
        actors = actors.filter(kind=kind)
    if country:
        actors = actors.filter(country=country)
    if after:
        last = Actor.objects.filter(slug=after).annotate(sort_name=Lower("name")).first()
        if last is not None:
            name = last.sort_name
            actors = actors.filter(Q(sort_name__gt=name) | Q(sort_name=name, slug__gt=after))
    rows: list[Actor] = list(actors[: size + 1])
    if len(rows) > size:
        return rows[:size], rows[size - 1].slug
    return rows, None


def actor_suggestions(*, query: str, limit: int = 10) -> list[Actor]:
    """Actors whose name or an alias starts with the typed words, for type-ahead."""
    normalized = normalize_alias(query)
    if not normalized:
        return []
    aliases = ActorAlias.objects.filter(actor=OuterRef("pk"), normalized__startswith=normalized)
    return list(
        Actor.objects.filter(Q(name__istartswith=query.strip()) | Exists(aliases)).order_by("name")[
            :limit
        ]
    )


def actor_timeline_page(
    *, actor: Actor, include_drafts: bool, cursor: Cursor | None, size: int
) -> Page:
    """An actor's events, newest first, walked on the (actor, status, date, event) link index."""
    statuses = (
        [EventStatus.PUBLISHED, EventStatus.DRAFT] if include_drafts else [EventStatus.PUBLISHED]
    )
    links = EventActor.objects.filter(actor=actor, event_status__in=statuses)
    if cursor is not None:
        links = links.filter(
            Q(event_date__lt=cursor.date) | Q(event_date=cursor.date, event_id__lt=cursor.event_id)
        )
    ids = links.order_by("-event_date", "-event_id").values("event_id")[: size + 1]
    events = Event.objects.filter(pk__in=Subquery(ids), merged_into__isnull=True)
    rows = list(_timeline_rows(events.order_by("-date", "-id")))
    next_cursor = None
    if len(rows) > size:
        rows = rows[:size]
        next_cursor = Cursor(rows[-1].date, rows[-1].pk)
    return Page(events=rows, next_cursor=next_cursor)


@dataclass
class ActorStats:
    categories: list[tuple[str, int]]
    co_actors: list[tuple[Actor, int]]
    sampled: int
    capped: bool


def actor_stats(*, actor: Actor, cap: int = CO_ACTOR_SAMPLE) -> ActorStats:
    """Event counts by category and the actors seen most often alongside, over its newest events."""
    sample = (
        EventActor.objects.filter(actor=actor, event_status=EventStatus.PUBLISHED)
        .order_by("-event_date", "-event_id")
        .values("event_id")[:cap]
    )
    categories = list(
        Event.objects.filter(pk__in=Subquery(sample))
        .order_by()
        .values("category")
        .annotate(n=Count("pk"))
        .order_by("-n", "category")
        .values_list("category", "n")
    )
    co_counts = (
        EventActor.objects.filter(event_id__in=Subquery(sample))
        .exclude(actor=actor)
        .values("actor")
        .annotate(n=Count("pk"))
        .order_by("-n", "actor")[:10]
    )
    counts = {row["actor"]: row["n"] for row in co_counts}
    co_actors = sorted(
        ((other, counts[other.pk]) for other in Actor.objects.filter(pk__in=list(counts))),
        key=lambda pair: (-pair[1], pair[0].name),
    )
    sampled = sum(n for _, n in categories)
    return ActorStats(
        categories=categories, co_actors=co_actors, sampled=sampled, capped=sampled >= cap
    )


@dataclass
class RelatedEvent:
    """An event in the chain; `relation` and `incoming` describe its link to the page's event
    when `direct`, else its link to the chain member that led to it."""

    event: Event
    relation: str
    incoming: bool
    direct: bool = True


def related_events(*, event: Event, include_drafts: bool = False) -> list[RelatedEvent]:
    """Events linked to this one, following responds-to / follows-up chains a few steps away.

    One query per step (at most RELATION_DEPTH), sorted by date for a small timeline.
    """
    statuses = ["published", "draft"] if include_drafts else [EventStatus.PUBLISHED]
    seen = {event.pk}
    frontier = {event.pk}
    found: list[RelatedEvent] = []
    for step in range(RELATION_DEPTH):
        if not frontier or len(found) >= RELATION_LIMIT:
            break
        relations = EventRelation.objects.filter(
            Q(source_id__in=frontier, target__status__in=statuses)
            | Q(target_id__in=frontier, source__status__in=statuses)
        ).select_related("source", "target")[:RELATION_LIMIT]
        next_frontier: set[int] = set()
        for relation in relations:
            incoming = relation.target_id in frontier
            other = relation.source if incoming else relation.target
            if other.pk in seen or other.merged_into_id is not None:
                continue
            seen.add(other.pk)
            found.append(RelatedEvent(other, relation.relation, incoming, direct=step == 0))
            if relation.relation != "part_of":
                next_frontier.add(other.pk)
        frontier = next_frontier
    return sorted(found[:RELATION_LIMIT], key=lambda item: (item.event.date, item.event.pk))
