"""Public pages: thin views that call selectors and render templates."""

from django.db import connection
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render

from timeline import selectors
from timeline.filters import EventFilterSet

TIMELINE_PAGE_SIZE = 100


def timeline(request: HttpRequest) -> HttpResponse:
    filterset = EventFilterSet(request.GET or None, queryset=selectors.event_list())
    if filterset.is_bound and not filterset.is_valid():
        context = {"events": [], "filterset": filterset, "errors": filterset.errors}
        return render(request, "timeline/timeline.html", context, status=400)
    events = list(filterset.qs[:TIMELINE_PAGE_SIZE])
    return render(request, "timeline/timeline.html", {"events": events, "filterset": filterset})


def event_detail(request: HttpRequest, event_id: int) -> HttpResponse:
    event = selectors.event_get(event_id=event_id)
    if event is None:
        raise Http404("No such event")
    if event.merged_into_id is not None:
        return redirect("timeline:event-detail", event_id=event.merged_into_id, permanent=True)
    if event.status != "published" and not request.user.is_staff:
        raise Http404("No such event")
    return render(request, "timeline/event_detail.html", {"event": event})


def health(request: HttpRequest) -> JsonResponse:
    """For load balancers and monitoring: answers 200 when the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok", "database": connection.vendor})
