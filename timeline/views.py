"""Public pages: thin views that parse the request, call selectors or services, and render.

The timeline accepts exactly the parameters of `EventFilterSet` (the API's filters) plus `after`,
the keyset cursor of "load more", and `drafts=1` for editors. Invalid values answer 400 with the
page and a message naming the parameter, never 500.
"""

import datetime as dt
from typing import Any
from urllib.parse import urlencode

from django import forms
from django.contrib.staticfiles import finders
from django.db import connection
from django.db.models import QuerySet
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponsePermanentRedirect,
    JsonResponse,
    QueryDict,
)
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET, require_POST

from timeline import selectors
from timeline.choices import ActorKind, Category, EventStatus, Side
from timeline.countries import is_valid_country
from timeline.display import date_display
from timeline.errors import ApplicationError
from timeline.exports import timelinejs_event
from timeline.filters import EventFilterSet
from timeline.models import Event, Tag
from timeline.permissions import can_see_drafts
from timeline.selectors.pages import Cursor, InvalidCursor, RelatedEvent, chart_buckets
from timeline.services.corrections import correction_submit
from timeline.shared_counts import shared_counts
from timeline.templatetags.timeline_tags import country_label

TIMELINE_PAGE_SIZE = 30
FACET_CACHE_SECONDS = 60
ACTOR_PAGE_SIZE = 50
EMBED_SLIDES = 100
FILTER_PARAMS = tuple(EventFilterSet.base_filters)
THIRD_COUNTRIES = ("EU", "TW", "JP", "KR", "NL", "DE", "GB", "FR", "IN", "RU", "SG", "CA", "AU")
SIDE_COUNTRIES: dict[str, tuple[str, ...]] = {Side.US: ("US",), Side.CHINA: ("CN", "HK", "MO")}


class PageParameterError(Exception):
    """A parameter of a page (not of the filters) cannot be understood."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__(errors)
        self.errors = errors


def _without_empty_values(query: QueryDict) -> QueryDict | None:
    """The query without empty values, or None when it has none (a form submits empty fields)."""
    cleaned = QueryDict(mutable=True)
    changed = False
    for key in query:
        values = [value for value in query.getlist(key) if value.strip()]
        changed = changed or len(values) != len(query.getlist(key))
        if values:
            cleaned.setlist(key, values)
    return cleaned if changed else None


def _filter_query(query: QueryDict) -> QueryDict:
    filters = QueryDict(mutable=True)
    for key in FILTER_PARAMS:
        if key in query:
            filters.setlist(key, query.getlist(key))
    return filters


def _cursor(query: QueryDict) -> Cursor | None:
    text = query.get("after")
    if not text:
        return None
    try:
        return Cursor.decode(text)
    except InvalidCursor:
        raise PageParameterError(
            {"after": [_("This “load more” link is not valid any more; start from the top.")]}
        ) from None


def _selection(
    request: HttpRequest, query: QueryDict, *, public: bool = False
) -> tuple[EventFilterSet, bool]:
    include_drafts = not public and query.get("drafts") == "1" and can_see_drafts(request.user)
    filters = _filter_query(query)
    filterset = EventFilterSet(
        filters or None, queryset=selectors.event_list(include_drafts=include_drafts)
    )
    return filterset, include_drafts


def _chosen_actors(filterset: EventFilterSet) -> list[Any]:
    if not filterset.is_bound:
        return []
    return list(filterset.form.cleaned_data.get("actor") or [])


def _error_list(filterset: EventFilterSet) -> list[dict[str, Any]]:
    errors = []
    for name, messages in filterset.errors.items():
        label = filterset.form.fields[name].label if name in filterset.form.fields else name
        errors.append({"param": name, "label": label, "messages": list(messages)})
    return errors


def _side_options(query: QueryDict) -> list[dict[str, Any]]:
    chosen = {code.strip().upper() for code in query.getlist("country")}
    groups: list[dict[str, Any]] = []
    for side, label in Side.choices:
        if side == Side.OTHER:
            codes = list(THIRD_COUNTRIES) + sorted(
                code
                for code in chosen
                if code not in THIRD_COUNTRIES
                and code not in {c for cs in SIDE_COUNTRIES.values() for c in cs}
                and is_valid_country(code)
            )
        else:
            codes = list(SIDE_COUNTRIES[side])
        groups.append(
            {
                "side": side,
                "label": label,
                "countries": [
                    {"code": code, "name": country_label(code), "checked": code in chosen}
                    for code in codes
                ],
            }
        )
    return groups


def _chart(query: QueryDict, facets: selectors.pages.Facets) -> dict[str, Any]:
    buckets = chart_buckets(facets)
    highest = max((bucket.total for bucket in buckets), default=0)
    base = query.copy()
    for key in ("date_from", "date_to", "after"):
        base.pop(key, None)
    width, height, gap = 720, 160, 2
    bar_width = (width - gap * len(buckets)) / len(buckets) if buckets else 0
    bars = []
    for index, bucket in enumerate(buckets):
        params = base.copy()
        params["date_from"] = bucket.start.isoformat()
        params["date_to"] = bucket.end.isoformat()
        x = index * (bar_width + gap)
        segments, top = [], float(height)
        for side in (Side.US, Side.CHINA, Side.OTHER):
            count = bucket.counts.get(side, 0)
            if not count:
                continue
            bar_height = height * count / highest
            top -= bar_height
            segments.append({"side": side, "y": round(top, 2), "height": round(bar_height, 2)})
        monthly = bucket.start.month != 1 or bucket.end.month != 12
        bars.append(
            {
                "x": round(x, 2),
                "width": round(max(bar_width, 1), 2),
                "segments": segments,
                "bucket": bucket,
                "label": date_display(bucket.start, "month" if monthly else "year"),
                "url": "?" + params.urlencode(),
            }
        )
    return {
        "bars": bars,
        "width": width,
        "height": height,
        "highest": highest,
        "yearly": bool(buckets) and buckets[0].start.month == 1 and buckets[0].end.month == 12,
        "sides": Side.choices,
    }


def timeline(request: HttpRequest) -> HttpResponse:
    query: QueryDict = request.GET
    cleaned = _without_empty_values(query)
    if cleaned is not None:
        if not request.headers.get("HX-Request"):
            return redirect(f"{request.path}?{cleaned.urlencode()}" if cleaned else request.path)
        query = cleaned
    filterset, include_drafts = _selection(request, query)
    context: dict[str, Any] = {
        "filterset": filterset,
        "query": query,
        "include_drafts": include_drafts,
        "may_see_drafts": can_see_drafts(request.user),
        "categories": Category.choices,
        "side_groups": _side_options(query),
        "tags": Tag.objects.order_by("name"),
        "selected_categories": query.getlist("category"),
        "selected_tags": query.getlist("tag"),
    }
    try:
        cursor = _cursor(query)
    except PageParameterError as error:
        context["errors"] = [
            {"param": key, "label": _("Load more"), "messages": messages}
            for key, messages in error.errors.items()
        ]
        return render(request, "timeline/timeline.html", context, status=400)
    if filterset.is_bound and not filterset.is_valid():
        context["errors"] = _error_list(filterset)
        return render(request, "timeline/timeline.html", context, status=400)
    selected_actors = _chosen_actors(filterset)
    events = filterset.qs
    ascending = query.get("ordering") == "date"
    page = selectors.timeline_page(
        events=events, ascending=ascending, cursor=cursor, size=TIMELINE_PAGE_SIZE
    )
    context["page"] = page
    context["groups"] = _month_groups(page.events, previous=cursor.date if cursor else None)
    context["next_url"] = _next_url(query, page.next_cursor)
    context["selected_actors"] = selected_actors
    if request.headers.get("HX-Target") == "load-more":
        return render(request, "timeline/_event_items.html", context)
    facets = _facets(events, query, cacheable=not include_drafts)
    context["facets"] = facets
    context["chart"] = _chart(query, facets)
    context["filtered"] = any(key in query for key in FILTER_PARAMS if key != "ordering")
    return render(request, "timeline/timeline.html", context)


def _facets(
    events: QuerySet[Event], query: QueryDict, *, cacheable: bool
) -> selectors.pages.Facets:
    """Counts for the selection, shared for a minute by everyone asking for the same filters."""
    return shared_counts(
        "timeline-facets",
        _filter_query(query).lists(),
        lambda: selectors.timeline_facets(events=events),
        seconds=FACET_CACHE_SECONDS if cacheable else 0,
    )


def _next_url(query: QueryDict, cursor: Cursor | None) -> str | None:
    if cursor is None:
        return None
    params = query.copy()
    params["after"] = cursor.encode()
    return "?" + params.urlencode()


def _month_groups(events: list[Event], *, previous: dt.date | None) -> list[dict[str, Any]]:
    """Events grouped by month; a heading is left out when the previous page ended in it."""
    groups: list[dict[str, Any]] = []
    last_year = previous.year if previous else None
    last_month = (previous.year, previous.month) if previous else None
    for event in events:
        key = (event.date.year, event.date.month)
        if key != last_month:
            groups.append(
                {
                    "year": event.date.year if event.date.year != last_year else None,
                    "month": event.date.replace(day=1),
                    "events": [],
                }
            )
            last_month, last_year = key, event.date.year
        elif not groups:
            groups.append({"year": None, "month": None, "events": []})
        groups[-1]["events"].append(event)
    return groups


class CorrectionForm(forms.Form):
    message = forms.CharField(
        label=gettext_lazy("What is wrong?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
    )
    contact = forms.CharField(
        label=gettext_lazy("Your e-mail (optional, if we may ask back)"),
        required=False,
        max_length=254,
    )
    website = forms.CharField(
        required=False,
        label=gettext_lazy("Leave this empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )


def _visible_event(request: HttpRequest, event_id: int) -> Event | HttpResponse:
    event = selectors.event_get(event_id=event_id)
    if event is None:
        raise Http404(_("No such event"))
    if event.merged_into_id is not None:
        return redirect("timeline:event-detail", event_id=event.merged_into_id, permanent=True)
    if event.status != EventStatus.PUBLISHED and not can_see_drafts(request.user):
        raise Http404(_("No such event"))
    return event


def _event_page(
    request: HttpRequest, event: Event, form: CorrectionForm, status: int = 200
) -> HttpResponse:
    related = selectors.related_events(event=event, include_drafts=can_see_drafts(request.user))
    if related:
        related = sorted(
            [*related, RelatedEvent(event, "", incoming=False)],
            key=lambda item: (item.event.date, item.event.pk),
        )
    context = {
        "event": event,
        "related": related,
        "form": form,
        "reported": request.GET.get("reported") == "1",
    }
    return render(request, "timeline/event_detail.html", context, status=status)


def event_detail(request: HttpRequest, event_id: int) -> HttpResponse:
    event = _visible_event(request, event_id)
    if isinstance(event, HttpResponse):
        return event
    return _event_page(request, event, CorrectionForm())


@require_POST
def event_correction(request: HttpRequest, event_id: int) -> HttpResponse:
    event = _visible_event(request, event_id)
    if isinstance(event, HttpResponse):
        return event
    form = CorrectionForm(request.POST)
    if form.is_valid() and not form.cleaned_data["website"]:
        try:
            correction_submit(
                event=event,
                message=form.cleaned_data["message"],
                contact=form.cleaned_data["contact"],
            )
        except ApplicationError as error:
            form.add_error("message" if error.field == "message" else None, error.message)
        else:
            url = reverse("timeline:event-detail", args=[event.pk])
            return redirect(f"{url}?reported=1#correction")
    elif form.is_valid():
        url = reverse("timeline:event-detail", args=[event.pk])
        return redirect(f"{url}?reported=1#correction")
    return _event_page(request, event, form, status=400)


@require_GET
def actor_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:100]
    kind = request.GET.get("kind", "")
    country = request.GET.get("country", "").strip().upper()
    errors = []
    if kind and kind not in ActorKind.values:
        errors.append(_("Choose a kind from the list."))
        kind = ""
    if country and not is_valid_country(country):
        errors.append(_("%(code)s is not a country code.") % {"code": country})
        country = ""
    actors, next_after = selectors.actor_directory(
        query=query,
        kind=kind,
        country=country,
        after=request.GET.get("after", "")[:120],
        size=ACTOR_PAGE_SIZE,
    )
    next_url = None
    if next_after:
        params = request.GET.copy()
        params["after"] = next_after
        next_url = "?" + params.urlencode()
    context = {
        "actors": actors,
        "q": query,
        "kind": kind,
        "country": country,
        "kinds": ActorKind.choices,
        "errors": errors,
        "next_url": next_url,
    }
    return render(request, "timeline/actor_list.html", context, status=400 if errors else 200)


@require_GET
def actor_suggest(request: HttpRequest) -> JsonResponse:
    """Type-ahead for the actor filter: names and slugs, which the page inserts as text."""
    actors = selectors.actor_suggestions(query=request.GET.get("q", "")[:100])
    return JsonResponse(
        {
            "actors": [
                {"slug": actor.slug, "name": actor.name, "country": actor.country}
                for actor in actors
            ]
        }
    )


@require_GET
def actor_detail(request: HttpRequest, slug: str) -> HttpResponse:
    actor = selectors.actor_get(slug=slug)
    if actor is None:
        survivor = selectors.actor_moved_to(slug=slug)
        if survivor is None:
            raise Http404(_("No such actor"))
        query = request.META.get("QUERY_STRING", "")
        location = reverse("timeline:actor-detail", args=[survivor]) + (
            f"?{query}" if query else ""
        )
        return HttpResponsePermanentRedirect(location)
    include_drafts = request.GET.get("drafts") == "1" and can_see_drafts(request.user)
    try:
        cursor = _cursor(request.GET)
    except PageParameterError:
        return render(
            request,
            "timeline/actor_detail.html",
            {"actor": actor, "bad_cursor": True},
            status=400,
        )
    page = selectors.actor_timeline_page(
        actor=actor, include_drafts=include_drafts, cursor=cursor, size=ACTOR_PAGE_SIZE
    )
    stats = selectors.actor_stats(actor=actor)
    context = {
        "actor": actor,
        "page": page,
        "groups": _month_groups(page.events, previous=cursor.date if cursor else None),
        "next_url": _next_url(request.GET, page.next_cursor),
        "stats": stats,
        "include_drafts": include_drafts,
        "timeline_url": reverse("timeline:timeline") + "?" + urlencode({"actor": actor.slug}),
    }
    return render(request, "timeline/actor_detail.html", context)


def _embed_slides(request: HttpRequest, events: list[Event]) -> dict[str, Any]:
    """The slides from the shared TimelineJS exporter, without category rows (too tall here)."""

    def url_for(event: Event) -> str:
        return request.build_absolute_uri(reverse("timeline:event-detail", args=[event.pk]))

    slides = []
    for event in events:
        slide = timelinejs_event(event, url_for=url_for)
        slide.pop("group", None)
        slides.append(slide)
    return {"events": slides}


@xframe_options_exempt
def embed(request: HttpRequest) -> HttpResponse:
    query = _without_empty_values(request.GET) or request.GET
    filterset, _drafts = _selection(request, query, public=True)
    if filterset.is_bound and not filterset.is_valid():
        errors = {"errors": _error_list(filterset)}
        return render(request, "timeline/embed.html", errors, status=400)
    ascending = query.get("ordering") == "date"
    events = filterset.qs
    page = selectors.timeline_page(
        events=events, ascending=ascending, cursor=None, size=EMBED_SLIDES
    )
    full_url = reverse("timeline:timeline")
    filters = _filter_query(query)
    if filters:
        full_url += "?" + filters.urlencode()
    vendor = "vendor/timelinejs/"
    has_library = finders.find(vendor + "js/timeline.js") is not None
    context = {
        "events": page.events,
        "more": page.next_cursor is not None,
        "full_url": full_url,
        "data": _embed_slides(request, page.events),
        "has_library": has_library,
        "script_path": static(vendor + "js/"),
        "language": _timelinejs_language(get_language() or "en"),
    }
    return render(request, "timeline/embed.html", context)


def _timelinejs_language(code: str) -> str:
    """TimelineJS names its locale files by language (`de`), Chinese by script region (`zh-cn`)."""
    return "zh-cn" if code.lower().startswith("zh") else code[:2]


def health(request: HttpRequest) -> JsonResponse:
    """For load balancers and monitoring: answers 200 when the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok", "database": connection.vendor})
