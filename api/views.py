"""API views: parse the request, call a selector or a service, return the representation.

Lists are walked with keyset cursors (`api.pagination`) and never count. The event list, the
statistics and every export take the same filters as the web timeline (`ApiEventFilterSet`).
"""

import datetime as dt
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

from django.db.models import QuerySet
from django.http import StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, status
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

from api import serializers as s
from api.base import check_query_syntax, checked_id, reject_nul_characters
from api.filters import ActorFilterSet, ApiEventFilterSet
from api.pagination import (
    CURSOR_PARAM,
    MAX_PAGE_SIZE,
    PAGE_SIZE_PARAM,
    Keyset,
    decode_cursor,
    encode_cursor,
    page_size_from,
    paginate,
)
from api.representation import event_values, represent_events
from api.schema import TIMELINEJS_SCHEMA, actor_filter_parameters, event_filter_parameters
from timeline import exports, selectors
from timeline.choices import Category, EventStatus
from timeline.models import Actor, Article, Event, Outlet, Tag
from timeline.permissions import can_edit_event, can_ingest, can_see_drafts
from timeline.services.editorial import event_publish, event_reject
from timeline.services.events import EventData, LegalReferenceInput, event_update
from timeline.services.ingest import IngestOutcome, ingest_submit, outcome_for
from timeline.shared_counts import shared_counts

EVENT_ORDERS = {
    "-date": Keyset[Event](fields=("date", "id"), descending=True, tag="-date"),
    "date": Keyset[Event](fields=("date", "id"), descending=False, tag="date"),
}
NAME_ORDER_ACTORS = Keyset[Actor](fields=("name", "id"), descending=False, tag="name")
NAME_ORDER_OUTLETS = Keyset[Outlet](fields=("name", "id"), descending=False, tag="name")
EXPORT_CHUNK = 500
STATS_CACHE_SECONDS = 60
FEED_ENTRIES = 50

PAGE_PARAMETERS = [
    OpenApiParameter(
        CURSOR_PARAM, str, description="Opaque position from a previous page's `next` link."
    ),
    OpenApiParameter(
        PAGE_SIZE_PARAM,
        {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
        description=f"Items per page, 1 to {MAX_PAGE_SIZE} (default 50); more is refused.",
    ),
]


class ApiView(GenericAPIView[Any]):
    metadata_class = None

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)
        reject_nul_characters(request)
        check_query_syntax(request)


def _drafts(request: Request) -> bool:
    return can_see_drafts(request.user)


def _events_for(request: Request) -> QuerySet[Event]:
    """Published events, or the statuses an editor or contributor asks for with `status`."""
    statuses = request.query_params.getlist("status")
    if statuses and statuses != [EventStatus.PUBLISHED]:
        if not request.user.is_authenticated:
            raise exceptions.NotAuthenticated("Log in or send a token to see drafts.")
        if not can_see_drafts(request.user):
            raise exceptions.PermissionDenied("Only editors and contributors can see drafts.")
        return selectors.event_list(include_drafts=True)
    return selectors.event_list()


class EventFilteredView(ApiView):
    """A view over events that takes the timeline's filters."""

    queryset = Event.objects.none()
    filter_backends = [DjangoFilterBackend]
    filterset_class = ApiEventFilterSet

    def filtered_events(self) -> QuerySet[Event]:
        return self.filter_queryset(_events_for(self.request))

    def ordering(self) -> str:
        value = self.request.query_params.get("ordering") or "-date"
        return value if value in EVENT_ORDERS else "-date"

    def keyset(self, events: QuerySet[Event]) -> Keyset[Event]:
        """The page order; through an actor's link index when the filter annotated its date."""
        keyset = EVENT_ORDERS[self.ordering()]
        if "timeline_date" in events.query.annotations:
            return keyset.using(("timeline_date", "id"))
        return keyset


class EventListView(EventFilteredView):
    """Events matching the timeline's filters, newest first unless `ordering=date`."""

    queryset = Event.objects.none()

    @extend_schema(
        operation_id="events_list",
        parameters=[*event_filter_parameters(), *PAGE_PARAMETERS],
        responses=s.EventPageSerializer,
    )
    def get(self, request: Request) -> Response:
        events = self.filtered_events()
        page = paginate(event_values(events), request=request, keyset=self.keyset(events))
        results = represent_events(page.rows, request=request, include_drafts=_drafts(request))
        return Response({"next": page.next_url, "results": results})


def _event_or_404(request: Request, event_id: int) -> Event:
    """The event with everything its representation shows; drafts only for those who see drafts."""
    event = selectors.event_get(event_id=checked_id(event_id))
    if event is None:
        raise exceptions.NotFound(f"No event {event_id}.")
    public = event.merged_into_id is not None or event.status == EventStatus.PUBLISHED
    if not public and not can_see_drafts(request.user):
        raise exceptions.NotFound(f"No event {event_id}.")
    return event


def _merged_answer(request: Request, event_id: int, merged_into: int) -> Response:
    location = request.build_absolute_uri(reverse("api-event-detail", args=[merged_into]))
    body = {"id": event_id, "merged_into": merged_into, "location": location}
    return Response(body, status=status.HTTP_301_MOVED_PERMANENTLY, headers={"Location": location})


def _event_response(request: Request, event_id: int) -> Response:
    rows = list(event_values(Event.objects.filter(pk=event_id)))
    if not rows:
        raise exceptions.NotFound(f"No event {event_id}.")
    return Response(represent_events(rows, request=request, include_drafts=_drafts(request))[0])


MOVED = OpenApiResponse(s.MergedEventSerializer, description="Merged: follow `Location`.")


class EventDetailView(ApiView):
    """One event. A merged event answers 301 with the survivor's address."""

    queryset = Event.objects.none()
    serializer_class = s.EventSerializer

    def get_permissions(self) -> list[Any]:
        if self.request.method == "PATCH":
            return [IsAuthenticated()]
        return [AllowAny()]

    @extend_schema(operation_id="events_retrieve", responses={200: s.EventSerializer, 301: MOVED})
    def get(self, request: Request, event_id: int) -> Response:
        row = (
            Event.objects.filter(pk=checked_id(event_id))
            .values("id", "status", "merged_into_id")
            .first()
        )
        if row is None:
            raise exceptions.NotFound(f"No event {event_id}.")
        if row["merged_into_id"] is not None:
            return _merged_answer(request, row["id"], row["merged_into_id"])
        if row["status"] != EventStatus.PUBLISHED and not _drafts(request):
            raise exceptions.NotFound(f"No event {event_id}.")
        return _event_response(request, row["id"])

    @extend_schema(
        operation_id="events_partial_update",
        request=s.EventEditSerializer,
        responses={200: s.EventSerializer},
        description="Editors edit any event, contributors drafts. The event is marked as edited.",
    )
    def patch(self, request: Request, event_id: int) -> Response:
        event = _event_or_404(request, event_id)
        if event.merged_into_id is not None:
            raise exceptions.ValidationError(
                {"non_field_errors": [f"Event {event.pk} was merged into {event.merged_into_id}."]}
            )
        if not can_edit_event(request.user, event):
            raise exceptions.PermissionDenied("You may not edit this event.")
        edit = s.EventEditSerializer(data=request.data, partial=True)
        edit.is_valid(raise_exception=True)
        event_update(event=event, data=_edited(event, edit.validated_data), by_editor=True)
        return _event_response(request, event.pk)


def _edited(event: Event, changes: dict[str, Any]) -> EventData:
    def value(name: str, current: Any) -> Any:
        return changes.get(name, current)

    references = changes.get("legal_references")
    return EventData(
        title=value("title", event.title),
        summary=value("summary", event.summary),
        date=value("date", event.date),
        precision=value("precision", event.precision),
        date_end=value("date_end", event.date_end),
        approximate=value("approximate", event.approximate),
        category=value("category", event.category),
        stage=value("stage", event.stage) or "",
        status=event.status,
        confidence=event.confidence,
        importance=value("importance", event.importance),
        figures=tuple(event.figures if isinstance(event.figures, list) else []),
        tags=tuple(value("tags", list(event.tags.all()))),
        actors=tuple(
            value("actors", [(link.actor, link.role) for link in event.actor_links.all()])
        ),
        legal_references=tuple(LegalReferenceInput(**ref) for ref in references)
        if references is not None
        else tuple(
            LegalReferenceInput(r.kind, r.identifier, r.title, r.url)
            for r in event.legal_references.all()
        ),
    )


class _DecisionView(ApiView):
    queryset = Event.objects.none()
    permission_classes = [IsAuthenticated]
    serializer_class = s.EventSerializer
    decide: Any

    def post(self, request: Request, event_id: int) -> Response:
        event = _event_or_404(request, event_id)
        type(self).decide(event=event, user=request.user)
        return _event_response(request, event.pk)


class EventPublishView(_DecisionView):
    """Editors only: publish the event."""

    decide = staticmethod(event_publish)

    @extend_schema(operation_id="events_publish", request=None, responses=s.EventSerializer)
    def post(self, request: Request, event_id: int) -> Response:
        return super().post(request, event_id)


class EventRejectView(_DecisionView):
    """Editors only: take the event off the timeline."""

    decide = staticmethod(event_reject)

    @extend_schema(operation_id="events_reject", request=None, responses=s.EventSerializer)
    def post(self, request: Request, event_id: int) -> Response:
        return super().post(request, event_id)


class EventRemovalsView(ApiView):
    """Events that left the public timeline at or after `updated_since`: merged, withdrawn, deleted.

    A mirror that syncs with `GET events/?updated_since=T` applies these too, oldest first.
    """

    queryset = Event.objects.none()

    @extend_schema(
        operation_id="events_removed",
        parameters=[
            OpenApiParameter(
                "updated_since",
                OpenApiTypes.DATETIME,
                required=True,
                description="ISO 8601 date-time; UTC when it has no time zone.",
            ),
            *PAGE_PARAMETERS,
        ],
        responses=s.RemovalPageSerializer,
    )
    def get(self, request: Request) -> Response:
        since = _datetime_param(request, "updated_since")
        size = page_size_from(request)
        after = None
        raw = request.query_params.get(CURSOR_PARAM)
        if raw:
            moment, last_id = decode_cursor(raw, REMOVALS_TAG, 2)
            after = (_parse_moment(moment, CURSOR_PARAM), _parse_id(last_id))
        removals = selectors.event_removals(since=since, after=after, limit=size + 1)
        next_url = None
        if len(removals) > size:
            removals = removals[:size]
            cursor = encode_cursor([removals[-1].at.isoformat(), removals[-1].id], REMOVALS_TAG)
            next_url = replace_query_param(request.build_absolute_uri(), CURSOR_PARAM, cursor)
        results = [s.removal_representation(removal) for removal in removals]
        return Response({"next": next_url, "results": results})


REMOVALS_TAG = "removed"


def _parse_moment(raw: str, name: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
    except ValueError:
        raise exceptions.ValidationError({name: ["Use an ISO 8601 date-time."]}) from None
    if timezone.is_naive(moment):
        moment = moment.replace(tzinfo=dt.UTC)
    try:
        moment.astimezone(dt.UTC)
    except OverflowError:
        raise exceptions.ValidationError({name: ["The date-time is out of range."]}) from None
    return moment


def _parse_id(raw: str) -> int:
    try:
        return checked_id(int(raw))
    except (ValueError, exceptions.NotFound):
        raise exceptions.ValidationError({CURSOR_PARAM: ["Invalid cursor."]}) from None


def _datetime_param(request: Request, name: str) -> dt.datetime:
    raw = request.query_params.get(name)
    if not raw:
        raise exceptions.ValidationError({name: ["This parameter is required."]})
    return _parse_moment(raw, name)


BUCKET_PARAMETER = OpenApiParameter(
    "bucket",
    str,
    enum=list(selectors.stats.BUCKETS),
    description="Width of the periods counted (default month).",
)


def _period_label(start: dt.date, bucket: str) -> str:
    if bucket == "year":
        return str(start.year)
    if bucket == "quarter":
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    return f"{start.year}-{start.month:02d}"


def _published_only(request: Request) -> bool:
    return request.query_params.getlist("status") in ([], [EventStatus.PUBLISHED])


class StatsView(EventFilteredView):
    """Counts of the matching events per month, quarter or year, by category and by side.

    Counts of published events are shared for a minute by everyone asking for the same filters,
    as the timeline's facets are: counting a selection reads all of it."""

    queryset = Event.objects.none()

    @extend_schema(
        operation_id="stats",
        description=(
            "Counts of the matching events per period, by category and by side. Counts of "
            "published events are shared for a minute by everyone asking for the same filters."
        ),
        parameters=[BUCKET_PARAMETER, *event_filter_parameters()],
        responses=s.StatsSerializer,
    )
    def get(self, request: Request) -> Response:
        bucket = request.query_params.get("bucket") or "month"
        if bucket not in selectors.stats.BUCKETS:
            raise exceptions.ValidationError({"bucket": ["Use month, quarter or year."]})
        events = self.filtered_events()
        buckets = shared_counts(
            "api-stats",
            request.query_params.lists(),
            lambda: selectors.event_counts(events=events, bucket=bucket),
            seconds=STATS_CACHE_SECONDS if _published_only(request) else 0,
        )
        results = [
            {
                "period": _period_label(b.start, bucket),
                "start": b.start.isoformat(),
                "total": b.total,
                "by_category": b.by_category,
                "by_side": b.by_side,
            }
            for b in buckets
        ]
        return Response({"bucket": bucket, "results": results})


def _export_events(view: EventFilteredView) -> Iterator[Event]:
    events = exports.with_export_details(view.filtered_events())
    ordered = view.keyset(events).order(events)
    return ordered.iterator(chunk_size=EXPORT_CHUNK)


def _url_for(request: Request) -> exports.UrlFor:
    base = request.build_absolute_uri("/").rstrip("/")

    def url_for(event: Event) -> str:
        return base + reverse("timeline:event-detail", args=[event.pk])

    return url_for


def _filters_query(request: Request) -> str:
    pairs = [
        (name, value)
        for name, values in request.query_params.lists()
        for value in values
        if name not in {CURSOR_PARAM, PAGE_SIZE_PARAM, "status"}
    ]
    return urlencode(pairs)


def _title(request: Request) -> str:
    described = [
        value
        for name in ("category", "actor", "country", "tag", "q")
        for value in request.query_params.getlist(name)
    ]
    base = "US–China tech rivalry timeline"
    return f"{base}: {', '.join(described)}" if described else base


def _stream(chunks: Iterator[Any], content_type: str, filename: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(chunks, content_type=content_type)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def _export_schema(
    operation_id: str, media_type: str, description: str, schema: Any = OpenApiTypes.STR
) -> Any:
    return extend_schema(
        operation_id=operation_id,
        description=description,
        parameters=event_filter_parameters(),
        responses={(200, media_type): OpenApiResponse(schema, description=description)},
    )


class CsvExportView(EventFilteredView):
    queryset = Event.objects.none()

    @_export_schema(
        "events_export_csv",
        "text/csv",
        "All matching events as CSV (UTF-8, one header line), streamed.",
    )
    def get(self, request: Request) -> StreamingHttpResponse:
        lines = exports.csv_lines(_export_events(self), url_for=_url_for(request))
        return _stream(lines, "text/csv; charset=utf-8", "timeline.csv")


class TimelineJsExportView(EventFilteredView):
    queryset = Event.objects.none()

    @_export_schema(
        "events_export_timelinejs",
        "application/json",
        "All matching events in the TimelineJS JSON format, streamed.",
        TIMELINEJS_SCHEMA,
    )
    def get(self, request: Request) -> StreamingHttpResponse:
        chunks = exports.timelinejs_chunks(
            _export_events(self), title=_title(request), url_for=_url_for(request)
        )
        return _stream(chunks, "application/json", "timeline.json")


class IcalExportView(EventFilteredView):
    queryset = Event.objects.none()

    @_export_schema(
        "events_export_ics",
        "text/calendar",
        "All matching events as all-day iCalendar entries spanning their period, streamed.",
    )
    def get(self, request: Request) -> StreamingHttpResponse:
        chunks = exports.ical_chunks(
            _export_events(self),
            name=_title(request),
            url_for=_url_for(request),
            domain=request.get_host().split(":")[0] or "localhost",
        )
        return _stream(chunks, "text/calendar; charset=utf-8", "timeline.ics")


class AtomFeedView(EventFilteredView):
    queryset = Event.objects.none()

    @_export_schema(
        "events_feed",
        "application/atom+xml",
        f"The {FEED_ENTRIES} most recently changed matching events as an Atom feed.",
    )
    def get(self, request: Request) -> StreamingHttpResponse:
        events = exports.with_export_details(self.filtered_events())
        newest = list(events.order_by("-updated_at", "-id")[:FEED_ENTRIES])
        query = _filters_query(request)
        suffix = f"?{query}" if query else ""
        chunks = exports.atom_chunks(
            newest,
            title=_title(request),
            feed_url=request.build_absolute_uri(reverse("api-events-feed")) + suffix,
            alternate_url=request.build_absolute_uri(reverse("timeline:timeline")) + suffix,
            url_for=_url_for(request),
            updated=newest[0].updated_at if newest else timezone.now(),
        )
        return _stream(chunks, "application/atom+xml; charset=utf-8", "timeline.atom")


class ActorListView(ApiView):
    """Actors by name, filtered by words of their names or aliases, kind and country."""

    queryset = Actor.objects.none()
    filter_backends = [DjangoFilterBackend]
    filterset_class = ActorFilterSet

    @extend_schema(
        operation_id="actors_list",
        parameters=[*actor_filter_parameters(), *PAGE_PARAMETERS],
        responses=s.ActorPageSerializer,
    )
    def get(self, request: Request) -> Response:
        actors = self.filter_queryset(selectors.actor_list())
        page = paginate(actors, request=request, keyset=NAME_ORDER_ACTORS)
        data = s.ActorSerializer(page.rows, many=True, context={"request": request}).data
        return Response({"next": page.next_url, "results": data})


class ActorDetailView(ApiView):
    """One actor with its aliases and how many published events it has per category. The slug
    of an actor merged into another answers 301 with the survivor's address."""

    queryset = Actor.objects.none()
    serializer_class = s.ActorDetailSerializer

    @extend_schema(
        operation_id="actors_retrieve",
        responses={
            200: s.ActorDetailSerializer,
            301: OpenApiResponse(s.MergedActorSerializer, description="Merged: follow `Location`."),
        },
    )
    def get(self, request: Request, slug: str) -> Response:
        actor = selectors.actor_get(slug=slug)
        if actor is None:
            survivor = selectors.actor_moved_to(slug=slug)
            if survivor is None:
                raise exceptions.NotFound(f"No actor {slug!r}.")
            location = request.build_absolute_uri(reverse("api-actor-detail", args=[survivor]))
            body = {"slug": slug, "merged_into": survivor, "location": location}
            return Response(
                body, status=status.HTTP_301_MOVED_PERMANENTLY, headers={"Location": location}
            )
        return Response(s.ActorDetailSerializer(actor, context={"request": request}).data)


class OutletListView(ApiView):
    queryset = Outlet.objects.none()

    @extend_schema(
        operation_id="outlets_list", parameters=PAGE_PARAMETERS, responses=s.OutletPageSerializer
    )
    def get(self, request: Request) -> Response:
        page = paginate(Outlet.objects.all(), request=request, keyset=NAME_ORDER_OUTLETS)
        return Response(
            {"next": page.next_url, "results": s.OutletSerializer(page.rows, many=True).data}
        )


class CategoryListView(ApiView):
    """The fixed category vocabulary."""

    queryset = Event.objects.none()

    @extend_schema(operation_id="categories_list", responses=s.CategorySerializer(many=True))
    def get(self, request: Request) -> Response:
        return Response([{"slug": slug, "name": str(name)} for slug, name in Category.choices])


class TagListView(ApiView):
    """Every tag (sectors and themes), by name."""

    queryset = Tag.objects.none()

    @extend_schema(operation_id="tags_list", responses=s.TagSerializer(many=True))
    def get(self, request: Request) -> Response:
        return Response(s.TagSerializer(Tag.objects.order_by("name", "id"), many=True).data)


class ArticleListView(ApiView):
    """Submit an article to ingest (editors and contributors)."""

    queryset = Article.objects.none()
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="articles_create",
        request=s.ArticleSubmitSerializer,
        responses={202: s.ArticleStatusSerializer},
        description=(
            "Stores the article and extracts draft events from it. Answers 202 with the article's "
            "status and its `url`; poll that until `status` is no longer `queued`. The same text "
            "or URL submitted twice answers with status `duplicate` and the original article."
        ),
    )
    def post(self, request: Request) -> Response:
        if not can_ingest(request.user):
            raise exceptions.PermissionDenied("Only editors and contributors can add articles.")
        submitted = s.ArticleSubmitSerializer(data=request.data)
        submitted.is_valid(raise_exception=True)
        data = submitted.validated_data
        outcome = ingest_submit(
            text=data.get("text") or None,
            url=data.get("url") or None,
            title=data["title"],
            language=data["language"],
            published_at=data["published_at"],
            outlet=data["outlet"] or None,
            author=data["author"],
            submitted_by=request.user,
        )
        if outcome.article_id is None:
            raise exceptions.ValidationError({"non_field_errors": [outcome.error or "Refused."]})
        body = _article_status(request, outcome.article_id, outcome)
        return Response(body, status=status.HTTP_202_ACCEPTED, headers={"Location": body["url"]})


def _article_status(request: Request, article_id: int, outcome: IngestOutcome) -> dict[str, Any]:
    return {
        "id": article_id,
        "status": outcome.status,
        "duplicate_of": outcome.duplicate_of,
        "error": outcome.error,
        "events": outcome.events,
        "url": request.build_absolute_uri(reverse("api-article-detail", args=[article_id])),
    }


class ArticleDetailView(ApiView):
    """The state of a submitted article and the draft events extracted from it."""

    queryset = Article.objects.none()
    permission_classes = [IsAuthenticated]

    @extend_schema(operation_id="articles_retrieve", responses=s.ArticleStatusSerializer)
    def get(self, request: Request, article_id: int) -> Response:
        if not can_ingest(request.user):
            raise exceptions.PermissionDenied("Only editors and contributors can see articles.")
        article = Article.objects.filter(pk=checked_id(article_id)).first()
        if article is None:
            raise exceptions.NotFound(f"No article {article_id}.")
        outcome = outcome_for(article, input=article.url or f"article {article.pk}")
        return Response(_article_status(request, article.pk, outcome))
