"""Events in the admin: the review queue, the event form, bulk actions, merging and history.

Every write goes through `timeline.services` (the same functions the API calls), so roles, the
`edited` mark, history and the actor-link copies behave the same everywhere. The admin only
parses the request, calls the service and reports the outcome.
"""

from collections.abc import Callable, Sequence
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.contrib.admin.widgets import ForeignKeyRawIdWidget
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.db import models
from django.db.models import F, Prefetch, QuerySet, Value
from django.db.models.functions import Coalesce
from django.forms.formsets import BaseFormSet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from simple_history.admin import SimpleHistoryAdmin

from timeline.admin.highlight import evidence_html
from timeline.admin.pagination import CappedCountPaginator
from timeline.choices import Category, CorrectionStatus, EventStatus
from timeline.errors import ApplicationError
from timeline.models import (
    ActorAlias,
    CorrectionReport,
    Event,
    EventActor,
    EventRelation,
    EventSource,
    LegalReference,
    Tag,
)
from timeline.permissions import can_edit_event, can_merge_events, can_publish
from timeline.selectors.search import events_matching
from timeline.services import editorial
from timeline.services.corrections import correction_close
from timeline.services.events import EventData, LegalReferenceInput, event_create, event_update
from timeline.services.merge import TAKEABLE_EVENT_FIELDS, events_merge
from timeline.services.search import event_search_refresh

BULK_LIMIT = 500
QUEUE_PAGE_SIZE = 50
IMPORTANCE_CHOICES = [("", "—"), ("1", "1"), ("2", "2"), ("3", "3")]


class EventActionForm(ActionForm):
    """The changelist's action bar, with the values the bulk actions need."""

    category = forms.ChoiceField(
        choices=[("", "category…"), *Category.choices], required=False, label=""
    )
    tag = forms.ModelChoiceField(
        queryset=Tag.objects.all(), required=False, empty_label="tag…", label=""
    )
    importance = forms.ChoiceField(choices=IMPORTANCE_CHOICES, required=False, label="")


class EventActorInline(admin.TabularInline[EventActor, Event]):
    model = EventActor
    extra = 1
    fields = ["actor", "role"]
    autocomplete_fields = ["actor"]
    verbose_name = "actor"


class ArticleIdWidget(ForeignKeyRawIdWidget):
    """The raw id box without its per-row lookup; the inline shows the article's title itself."""

    def label_and_url_for_value(self, value: Any) -> tuple[str, str]:
        return "", ""


class EventSourceInline(admin.StackedInline[EventSource, Event]):
    model = EventSource
    extra = 0
    fields = ["article", "source_article", "evidence_in_context", "evidence", "date_phrase"]
    readonly_fields = ["source_article", "evidence_in_context"]
    verbose_name = "source"

    def get_queryset(self, request: HttpRequest) -> QuerySet[EventSource]:
        queryset: QuerySet[EventSource] = super().get_queryset(request)
        return queryset.select_related("article__outlet", "event")

    def formfield_for_foreignkey(
        self, db_field: Any, request: HttpRequest, **kwargs: Any
    ) -> forms.ModelChoiceField[Any] | None:
        if db_field.name == "article":
            kwargs["widget"] = ArticleIdWidget(db_field.remote_field, self.admin_site)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description="cited article")
    def source_article(self, source: EventSource) -> SafeString | str:
        if source.pk is None:
            return "—"
        article = source.article
        url = reverse("admin:timeline_article_change", args=[article.pk])
        outlet = article.outlet.name if article.outlet else "unknown outlet"
        day = f"{article.published_at:%Y-%m-%d}"
        return format_html('<a href="{}">{}</a> ({}, {})', url, article.title, outlet, day)

    @admin.display(description="evidence in context")
    def evidence_in_context(self, source: EventSource) -> SafeString | str:
        if source.pk is None:
            return "—"
        names = self._actor_names(source.event_id)
        return evidence_html(source, names)

    def _actor_names(self, event_id: int) -> list[str]:
        """The event's actors' names and aliases, fetched once (an inline lives for one request)."""
        cache: dict[int, list[str]] = self.__dict__.setdefault("_names", {})
        if event_id not in cache:
            rows = EventActor.objects.filter(event_id=event_id).values_list(
                "actor__name", "actor__aliases__name"
            )
            cache[event_id] = sorted({name for row in rows for name in row if name})
        return cache[event_id]


class LegalReferenceInline(admin.TabularInline[LegalReference, Event]):
    model = LegalReference
    extra = 0
    fields = ["kind", "identifier", "title", "url"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


class EventRelationInline(admin.TabularInline[EventRelation, Event]):
    model = EventRelation
    fk_name = "source"
    extra = 0
    fields = ["relation", "target"]
    autocomplete_fields = ["target"]
    verbose_name = "related event"


class ImportanceFilter(admin.SimpleListFilter):
    """Fixed choices, so the sidebar never scans the table for distinct values."""

    title = "importance"
    parameter_name = "importance"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("1", "1"), ("2", "2"), ("3", "3"), ("none", "not set")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        value = self.value()
        if value == "none":
            return queryset.filter(importance__isnull=True)
        if value in {"1", "2", "3"}:
            return queryset.filter(importance=int(value))
        return queryset


def _formset_rows(formset: BaseFormSet[Any]) -> list[dict[str, Any]]:
    """The rows a saved inline formset stands for: kept and new forms, deleted ones left out."""
    rows = []
    for form in formset.forms:
        data = getattr(form, "cleaned_data", None)
        if not data or data.get("DELETE"):
            continue
        if form.instance.pk is None and not form.has_changed():
            continue
        rows.append(data)
    return rows


def _tag_links(event: Event) -> str:
    return ", ".join(tag.name for tag in event.tags.all())


@admin.register(Event)
class EventAdmin(SimpleHistoryAdmin):
    list_display = [
        "title",
        "when",
        "category",
        "status",
        "confidence",
        "importance",
        "actor_list",
        "edited",
    ]
    list_display_links = ["title"]
    list_filter = ["status", "category", "precision", "stage", ImportanceFilter, "edited"]
    search_fields = ["title"]
    search_help_text = "An event's number, or words of its title, summary or evidence."
    ordering = ["-id"]
    paginator = CappedCountPaginator
    show_full_result_count = False
    list_per_page = 50
    action_form = EventActionForm
    actions = [
        "publish_selected",
        "reject_selected",
        "set_category",
        "add_tag",
        "set_importance",
        "merge_selected",
    ]
    filter_horizontal = ["tags"]
    readonly_fields = [
        "confidence",
        "edited",
        "merged_into",
        "date_last",
        "seed_key",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["title", "summary", "category", "status", "importance", "tags"]}),
        ("Date", {"fields": [("date", "precision", "approximate"), "date_end", "stage"]}),
        ("Figures", {"fields": ["figures"], "classes": ["collapse"]}),
        (
            "Record",
            {
                "fields": [
                    "confidence",
                    "edited",
                    "merged_into",
                    "date_last",
                    "seed_key",
                    ("created_at", "updated_at"),
                ],
            },
        ),
    ]
    inlines = [EventActorInline, EventSourceInline, LegalReferenceInline, EventRelationInline]

    class Media:
        css = {"all": ["admin-extra/editorial.css"]}

    history_list_display = ["status", "category"]
    formfield_overrides = {models.CharField: {"widget": forms.TextInput(attrs={"size": 90})}}

    # The list --------------------------------------------------------------------------------

    def get_queryset(self, request: HttpRequest) -> QuerySet[Event]:
        queryset: QuerySet[Event] = super().get_queryset(request)
        return queryset.prefetch_related(
            Prefetch(
                "actor_links",
                queryset=EventActor.objects.select_related("actor").order_by("role", "actor__name"),
            )
        )

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[Event], search_term: str
    ) -> tuple[QuerySet[Event], bool]:
        """A number finds the event with that id at once; words search as the public `q` does,
        on the indexed search text (title, summary and evidence)."""
        term = search_term.strip().lstrip("#")
        if term.isdigit():
            return queryset.filter(pk=int(term)), False
        if not term:
            return queryset, False
        return events_matching(queryset, term), False

    @admin.display(description="date", ordering="date")
    def when(self, event: Event) -> str:
        text = f"{event.date:%Y-%m-%d} ({event.precision})"
        if event.date_end:
            text += f" – {event.date_end:%Y-%m-%d}"
        return f"~{text}" if event.approximate else text

    @admin.display(description="actors")
    def actor_list(self, event: Event) -> str:
        return ", ".join(f"{link.actor.name} ({link.role})" for link in event.actor_links.all())

    # Permissions ------------------------------------------------------------------------------

    def has_change_permission(self, request: HttpRequest, obj: Event | None = None) -> bool:
        if not super().has_change_permission(request, obj):
            return False
        if obj is None:
            return True
        return not obj.is_tombstone and can_edit_event(request.user, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Event | None = None) -> bool:
        """Events are rejected or merged, never deleted: the row keeps the extractor from
        proposing them again and keeps old links working."""
        return False

    def has_publish_permission(self, request: HttpRequest) -> bool:
        return can_publish(request.user)

    def has_merge_permission(self, request: HttpRequest) -> bool:
        return can_merge_events(request.user)

    def get_readonly_fields(self, request: HttpRequest, obj: Event | None = None) -> list[str]:
        fields = list(super().get_readonly_fields(request, obj))
        if not can_publish(request.user):
            fields.append("status")
        return fields

    # Saving through the services ----------------------------------------------------------------

    def save_model(self, request: HttpRequest, obj: Event, form: Any, change: bool) -> None:
        """The event is written in `save_related`, once the inlines it depends on are known.

        A revert from the history page has no inlines; it goes through `event_revert`.
        """

    def save_related(
        self, request: HttpRequest, form: Any, formsets: Sequence[Any], change: bool
    ) -> None:
        event: Event = form.instance
        actor_formset = next((f for f in formsets if f.model is EventActor), None)
        legal_formset = next((f for f in formsets if f.model is LegalReference), None)
        if change:
            current = Event.objects.get(pk=event.pk)
            actors = [(link.actor, link.role) for link in current.actor_links.all()]
            references = [
                LegalReferenceInput(r.kind, r.identifier, r.title, r.url)
                for r in current.legal_references.all()
            ]
            tags = list(current.tags.all())
        else:
            actors, references, tags = [], [], []
        if actor_formset is not None:
            actors = [(row["actor"], row["role"]) for row in _formset_rows(actor_formset)]
        if legal_formset is not None:
            references = [
                LegalReferenceInput(
                    row["kind"], row["identifier"], row.get("title", ""), row.get("url", "")
                )
                for row in _formset_rows(legal_formset)
            ]
        if "tags" in form.cleaned_data:
            tags = list(form.cleaned_data["tags"])
        data = EventData(
            title=event.title,
            date=event.date,
            category=event.category,
            precision=event.precision,
            date_end=event.date_end,
            approximate=event.approximate,
            summary=event.summary,
            stage=event.stage,
            status=event.status,
            confidence=event.confidence,
            importance=event.importance,
            figures=tuple(event.figures or ()),
            tags=tuple(tags),
            actors=tuple(actors),
            legal_references=tuple(references),
        )
        if change:
            saved = event_update(event=event, data=data, by_editor=True)
        else:
            saved = event_update(event=event_create(data=data), data=data, by_editor=True)
            event.pk = saved.pk
            event._state.adding = False
        event.refresh_from_db()
        for formset in formsets:
            if formset in (actor_formset, legal_formset):
                formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
                continue
            formset.instance = saved
            for inline_form in formset.forms:
                setattr(inline_form.instance, formset.fk.name, saved)
            self.save_formset(request, form, formset, change=change)
        event_search_refresh(event_ids=[saved.pk])

    def changeform_view(
        self,
        request: HttpRequest,
        object_id: str | None = None,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        try:
            response: HttpResponse = super().changeform_view(
                request, object_id, form_url, extra_context
            )
        except ApplicationError as error:
            self.message_user(request, f"Not saved: {error.message}", messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())
        return response

    def history_form_view(
        self,
        request: HttpRequest,
        object_id: str,
        version_id: str,
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        if request.method != "POST":
            return super().history_form_view(request, object_id, version_id, extra_context)  # type: ignore[no-any-return]
        event = Event.objects.filter(pk=object_id).first()
        if event is None:
            return redirect("admin:timeline_event_changelist")
        try:
            editorial.event_revert(event=event, history_id=int(version_id), user=request.user)
        except (ApplicationError, ValueError) as error:
            self.message_user(request, f"Not reverted: {error}", messages.ERROR)
        else:
            self.message_user(request, "The event was reverted to the chosen version.")
        return redirect("admin:timeline_event_change", event.pk)

    # Bulk actions -----------------------------------------------------------------------------

    def _bulk(
        self,
        request: HttpRequest,
        queryset: QuerySet[Event],
        service: Callable[..., int],
        done: str,
        **values: Any,
    ) -> None:
        events = list(queryset.order_by("pk")[: BULK_LIMIT + 1])
        if len(events) > BULK_LIMIT:
            self.message_user(
                request, f"Select at most {BULK_LIMIT} events at a time.", messages.ERROR
            )
            return
        try:
            count = service(events=events, user=request.user, **values)
        except ApplicationError as error:
            self.message_user(request, f"Nothing changed: {error.message}", messages.ERROR)
            return
        self.message_user(request, f"{count} event(s) {done}.", messages.SUCCESS)

    @admin.action(description="Publish selected events", permissions=["publish"])
    def publish_selected(self, request: HttpRequest, queryset: QuerySet[Event]) -> None:
        self._bulk(request, queryset, editorial.events_publish, "published")

    @admin.action(description="Reject selected events", permissions=["publish"])
    def reject_selected(self, request: HttpRequest, queryset: QuerySet[Event]) -> None:
        self._bulk(request, queryset, editorial.events_reject, "rejected")

    @admin.action(description="Set category (choose it beside the action)", permissions=["change"])
    def set_category(self, request: HttpRequest, queryset: QuerySet[Event]) -> None:
        category = request.POST.get("category", "")
        if not category:
            self.message_user(request, "Choose a category beside the action.", messages.ERROR)
            return
        self._bulk(
            request, queryset, editorial.events_set_category, "re-categorised", category=category
        )

    @admin.action(description="Add tag (choose it beside the action)", permissions=["change"])
    def add_tag(self, request: HttpRequest, queryset: QuerySet[Event]) -> None:
        raw = request.POST.get("tag", "")
        tag = Tag.objects.filter(pk=int(raw)).first() if raw.isdigit() else None
        if tag is None:
            self.message_user(request, "Choose a tag beside the action.", messages.ERROR)
            return
        self._bulk(request, queryset, editorial.events_add_tag, "tagged", tag=tag)

    @admin.action(
        description="Set importance (choose it beside the action)", permissions=["change"]
    )
    def set_importance(self, request: HttpRequest, queryset: QuerySet[Event]) -> None:
        value = request.POST.get("importance", "")
        if value not in {"1", "2", "3"}:
            self.message_user(request, "Choose an importance beside the action.", messages.ERROR)
            return
        self._bulk(
            request, queryset, editorial.events_set_importance, "updated", importance=int(value)
        )

    @admin.action(description="Merge selected events…", permissions=["merge"])
    def merge_selected(
        self, request: HttpRequest, queryset: QuerySet[Event]
    ) -> HttpResponseRedirect | None:
        ids = list(queryset.order_by("pk").values_list("pk", flat=True)[: BULK_LIMIT + 1])
        if len(ids) < 2:
            self.message_user(request, "Select two or more events to merge.", messages.ERROR)
            return None
        url = reverse("admin:timeline_event_merge")
        return HttpResponseRedirect(f"{url}?ids={','.join(map(str, ids))}")

    # Extra pages -------------------------------------------------------------------------------

    def get_urls(self) -> list[URLPattern]:
        view = self.admin_site.admin_view
        return [
            path("queue/", view(self.queue_view), name="timeline_event_queue"),
            path("merge/", view(self.merge_view), name="timeline_event_merge"),
            *super().get_urls(),
        ]

    def queue_view(self, request: HttpRequest) -> HttpResponse:
        """Drafts to review, highest confidence and newest first, and open reader reports."""
        if not self.has_view_permission(request):
            raise DjangoPermissionDenied
        if request.method == "POST":
            return self._queue_post(request)
        try:
            page = max(1, int(request.GET.get("page", "1")))
        except ValueError:
            page = 1
        start = (page - 1) * QUEUE_PAGE_SIZE
        drafts = list(
            Event.objects.filter(status=EventStatus.DRAFT, merged_into__isnull=True)
            .order_by(Coalesce(F("confidence"), Value(-1.0)).desc(), "-created_at", "-id")
            .prefetch_related(
                Prefetch(
                    "actor_links",
                    queryset=EventActor.objects.select_related("actor")
                    .prefetch_related(
                        Prefetch(
                            "actor__aliases", queryset=ActorAlias.objects.only("actor", "name")
                        )
                    )
                    .order_by("role", "actor__name"),
                ),
                Prefetch("sources", queryset=EventSource.objects.select_related("article__outlet")),
                "tags",
            )[start : start + QUEUE_PAGE_SIZE + 1]
        )
        has_next = len(drafts) > QUEUE_PAGE_SIZE
        rows = [self._queue_row(event) for event in drafts[:QUEUE_PAGE_SIZE]]
        corrections = list(
            CorrectionReport.objects.filter(status=CorrectionStatus.OPEN)
            .select_related("event")
            .order_by("-created_at")[:20]
        )
        context = {
            **self.admin_site.each_context(request),
            "title": "Review queue",
            "opts": self.model._meta,
            "rows": rows,
            "corrections": corrections,
            "page": page,
            "has_next": has_next,
            "categories": Category.choices,
            "tags": Tag.objects.order_by("name"),
            "can_publish": can_publish(request.user),
            "can_edit": self.has_change_permission(request),
        }
        return TemplateResponse(request, "admin/timeline/event/queue.html", context)

    @staticmethod
    def _queue_row(event: Event) -> dict[str, Any]:
        names: list[str] = []
        for link in event.actor_links.all():
            names.append(link.actor.name)
            names.extend(alias.name for alias in link.actor.aliases.all())
        sources = list(event.sources.all())
        return {
            "event": event,
            "evidence": [(source, evidence_html(source, names)) for source in sources[:2]],
            "more_sources": max(0, len(sources) - 2),
            "actors": format_html_join(
                ", ",
                '{} <span class="role">{}</span>',
                ((link.actor.name, link.role) for link in event.actor_links.all()),
            ),
            "tags": _tag_links(event),
        }

    def _queue_post(self, request: HttpRequest) -> HttpResponse:
        back = reverse("admin:timeline_event_queue") + (
            f"?page={request.GET['page']}" if "page" in request.GET else ""
        )
        user = request.user
        try:
            if "publish_one" in request.POST or "reject_one" in request.POST:
                key = "publish_one" if "publish_one" in request.POST else "reject_one"
                event = Event.objects.get(pk=int(request.POST[key]))
                if key == "publish_one":
                    editorial.event_publish(event=event, user=user)
                    self.message_user(request, f"Published: {event.title}", messages.SUCCESS)
                else:
                    editorial.event_reject(event=event, user=user)
                    self.message_user(request, f"Rejected: {event.title}", messages.SUCCESS)
            elif "resolve_correction" in request.POST or "dismiss_correction" in request.POST:
                resolved = "resolve_correction" in request.POST
                key = "resolve_correction" if resolved else "dismiss_correction"
                report = CorrectionReport.objects.get(pk=int(request.POST[key]))
                correction_close(report=report, user=user, resolved=resolved)
                self.message_user(request, "Report closed.", messages.SUCCESS)
            else:
                self._queue_bulk(request)
        except (Event.DoesNotExist, CorrectionReport.DoesNotExist, ValueError):
            self.message_user(request, "That item no longer exists.", messages.ERROR)
        except ApplicationError as error:
            self.message_user(request, f"Nothing changed: {error.message}", messages.ERROR)
        return HttpResponseRedirect(back)

    def _queue_bulk(self, request: HttpRequest) -> None:
        ids = [int(v) for v in request.POST.getlist("selected") if v.isdigit()][:BULK_LIMIT]
        if not ids:
            self.message_user(request, "Select events first.", messages.WARNING)
            return
        events = Event.objects.filter(pk__in=ids)
        action = request.POST.get("bulk_action", "")
        actions: dict[str, Callable[[HttpRequest, QuerySet[Event]], Any]] = {
            "publish": self.publish_selected,
            "reject": self.reject_selected,
            "set_category": self.set_category,
            "add_tag": self.add_tag,
            "set_importance": self.set_importance,
        }
        chosen = actions.get(action)
        if chosen is None:
            self.message_user(request, "Choose an action.", messages.WARNING)
            return
        chosen(request, events)

    def merge_view(self, request: HttpRequest) -> HttpResponse:
        """Pick the surviving event and the fields it takes from the others, then merge."""
        if not can_merge_events(request.user):
            raise DjangoPermissionDenied
        raw = request.POST.get("ids") or request.GET.get("ids", "")
        ids = [int(v) for v in raw.split(",") if v.strip().isdigit()][:BULK_LIMIT]
        events = list(
            Event.objects.filter(pk__in=ids)
            .order_by("pk")
            .prefetch_related(
                Prefetch("actor_links", queryset=EventActor.objects.select_related("actor")),
                Prefetch("sources", queryset=EventSource.objects.select_related("article")),
                "tags",
            )
        )
        if len(events) < 2:
            self.message_user(request, "Select two or more events to merge.", messages.ERROR)
            return redirect("admin:timeline_event_changelist")
        if request.method == "POST":
            by_pk = {event.pk: event for event in events}
            survivor = by_pk.get(int(request.POST.get("survivor", "0") or 0))
            if survivor is None:
                self.message_user(request, "Choose the event that stays.", messages.ERROR)
            else:
                take: list[tuple[str, Event]] = []
                for name in TAKEABLE_EVENT_FIELDS:
                    chosen = by_pk.get(int(request.POST.get(f"take_{name}", "0") or 0))
                    if chosen is not None and chosen.pk != survivor.pk:
                        take.append((name, chosen))
                others = [event for event in events if event.pk != survivor.pk]
                try:
                    events_merge(
                        survivor=survivor, others=others, user=request.user, take_fields=take
                    )
                except ApplicationError as error:
                    self.message_user(request, f"Not merged: {error.message}", messages.ERROR)
                else:
                    self.message_user(
                        request,
                        f"Merged {len(others)} event(s) into “{survivor.title}”.",
                        messages.SUCCESS,
                    )
                    return redirect("admin:timeline_event_change", survivor.pk)
        field_rows = [
            (
                name,
                str(getattr(Event._meta.get_field(name), "verbose_name", name)),
                [(event.pk, self._field_text(event, name)) for event in events],
            )
            for name in TAKEABLE_EVENT_FIELDS
        ]
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge events",
            "opts": self.model._meta,
            "events": events,
            "ids": ",".join(str(event.pk) for event in events),
            "field_rows": field_rows,
            "summaries": [
                {
                    "event": event,
                    "actors": ", ".join(
                        f"{link.actor.name} ({link.role})" for link in event.actor_links.all()
                    ),
                    "sources": len(event.sources.all()),
                    "tags": _tag_links(event),
                }
                for event in events
            ],
        }
        return TemplateResponse(request, "admin/timeline/event/merge.html", context)

    @staticmethod
    def _field_text(event: Event, name: str) -> str:
        value = getattr(event, name)
        display = getattr(event, f"get_{name}_display", None)
        if callable(display) and value:
            return str(display())
        return "—" if value in (None, "") else str(value)

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        extra = {"queue_url": reverse("admin:timeline_event_queue"), **(extra_context or {})}
        return super().changelist_view(request, extra)  # type: ignore[no-any-return]
