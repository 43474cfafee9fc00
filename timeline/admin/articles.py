"""Articles, feeds, outlets, tags, extraction runs and readers' reports in the admin.

Articles come in through `timeline.services.ingest` (text, file or URL), exactly as from the API
and the `ingest` command; re-extraction goes through `timeline.services.extraction`.
"""

import datetime as dt
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.db import models
from django.db.models import Count, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from timeline.admin.pagination import CappedCountPaginator, CountedChangeList
from timeline.choices import CorrectionStatus, Language, RunStatus
from timeline.errors import ApplicationError
from timeline.models import (
    Article,
    CorrectionReport,
    Event,
    EventSource,
    ExtractionRun,
    Feed,
    Outlet,
    Tag,
)
from timeline.permissions import can_ingest, can_publish
from timeline.services.corrections import correction_close

REEXTRACT_LIMIT = 20
ARTICLE_FIELDS: tuple[str, ...] = (
    "title",
    "url",
    "outlet",
    "language",
    "published_at",
    "author",
    "status",
    "error",
    "duplicate_of",
    "extractor_version",
    "events_produced",
    "text",
)


class ArticleSubmitForm(forms.Form):
    """One article by pasted text, an uploaded file or a URL to fetch."""

    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 12, "cols": 90}), required=False)
    file = forms.FileField(required=False, help_text=".txt, .md (with front matter) or .html")
    url = forms.URLField(
        required=False,
        assume_scheme="https",
        help_text="With text: where it came from. Alone: fetched.",
    )
    title = forms.CharField(max_length=500, required=False)
    language = forms.ChoiceField(choices=[("", "detect"), *Language.choices], required=False)
    published_at = forms.DateTimeField(
        required=False, help_text="YYYY-MM-DD HH:MM (UTC); needed to date relative phrases."
    )
    outlet = forms.ModelChoiceField(queryset=Outlet.objects.order_by("name"), required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        given = [name for name in ("text", "file", "url") if data.get(name)]
        if not given:
            raise forms.ValidationError("Paste a text, upload a file or give a URL.")
        if data.get("file") and data.get("text"):
            raise forms.ValidationError("Paste a text or upload a file, not both.")
        return data


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin[Article]):
    list_display = [
        "title",
        "outlet",
        "language",
        "published_at",
        "status",
        "short_error",
        "events_count",
        "extractor_version",
    ]
    list_filter = ["status", "language", "outlet"]
    search_fields = ["title", "url"]
    list_select_related = ["outlet"]
    paginator = CappedCountPaginator
    show_full_result_count = False
    ordering = ["-published_at", "-id"]
    actions = ["reextract_selected"]
    fields = ARTICLE_FIELDS
    readonly_fields = ARTICLE_FIELDS

    def get_changelist(self, request: HttpRequest, **kwargs: Any) -> type[CountedChangeList]:
        return CountedChangeList

    def get_queryset(self, request: HttpRequest) -> QuerySet[Article]:
        queryset: QuerySet[Article] = super().get_queryset(request)
        match = request.resolver_match
        if match and match.url_name == "timeline_article_changelist":
            queryset = queryset.defer("text")
        return queryset

    @staticmethod
    def page_counts(ids: list[int]) -> dict[int, int]:
        rows = (
            EventSource.objects.filter(article_id__in=ids)
            .values("article_id")
            .annotate(n=Count("event", distinct=True))
            .order_by()
        )
        return {row["article_id"]: row["n"] for row in rows}

    @admin.display(description="error")
    def short_error(self, article: Article) -> str:
        return article.error if len(article.error) <= 80 else article.error[:79] + "…"

    @admin.display(description="events")
    def events_count(self, article: Article) -> int:
        return int(getattr(article, "page_count", 0))

    @admin.display(description="events produced")
    def events_produced(self, article: Article) -> SafeString | str:
        events = Event.objects.filter(sources__article=article).distinct().order_by("date", "id")
        rows = [
            (reverse("admin:timeline_event_change", args=[e.pk]), e.title, e.date, e.status)
            for e in events[:200]
        ]
        if not rows:
            return "—"
        return format_html(
            "<ul>{}</ul>",
            format_html_join("", '<li><a href="{}">{}</a> ({}, {})</li>', rows),
        )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return can_ingest(request.user)

    def has_delete_permission(self, request: HttpRequest, obj: Article | None = None) -> bool:
        """An article that gave evidence for events stays, or their citations would be lost."""
        if obj is None or not super().has_delete_permission(request, obj):
            return False
        return not EventSource.objects.filter(article=obj).exists()

    def has_reextract_permission(self, request: HttpRequest) -> bool:
        return can_ingest(request.user)

    def add_view(
        self, request: HttpRequest, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        """Submit an article by text, file or URL; extraction follows in the task queue."""
        from timeline.services.ingest import ingest_file, ingest_submit

        if not self.has_add_permission(request):
            raise DjangoPermissionDenied
        form = ArticleSubmitForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            common: dict[str, Any] = {
                "title": data["title"],
                "language": data["language"] or None,
                "published_at": data["published_at"],
                "outlet": data["outlet"],
                "submitted_by": request.user,
            }
            try:
                if data.get("file"):
                    upload = data["file"]
                    outcome = ingest_file(name=upload.name, data=upload.read(), **common)
                else:
                    outcome = ingest_submit(
                        text=data["text"] or None, url=data["url"] or None, **common
                    )
            except ApplicationError as error:
                form.add_error(error.field if error.field in form.fields else None, error.message)
            else:
                text = f"Article {outcome.article_id}: {outcome.status}"
                if outcome.events:
                    text += f", {len(outcome.events)} draft event(s)"
                if outcome.error:
                    text += f" — {outcome.error}"
                level = messages.ERROR if outcome.status == "failed" else messages.SUCCESS
                self.message_user(request, text, level)
                if outcome.article_id is None:
                    return redirect("admin:timeline_article_changelist")
                return redirect("admin:timeline_article_change", outcome.article_id)
        context = {
            **self.admin_site.each_context(request),
            "title": "Add an article",
            "opts": self.model._meta,
            "form": form,
        }
        return TemplateResponse(request, "admin/timeline/article/submit.html", context)

    @admin.action(description="Re-run extraction on selected articles", permissions=["reextract"])
    def reextract_selected(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        from timeline.services.extraction import article_reextract

        articles = list(queryset.order_by("pk").values_list("pk", flat=True)[: REEXTRACT_LIMIT + 1])
        if len(articles) > REEXTRACT_LIMIT:
            self.message_user(
                request,
                f"Select at most {REEXTRACT_LIMIT} articles, or start an extraction run.",
                messages.ERROR,
            )
            return
        created = updated = 0
        for article_id in articles:
            try:
                report = article_reextract(article_id=article_id)
            except ApplicationError as error:
                self.message_user(request, error.message, messages.ERROR)
                continue
            created += report.created
            updated += report.updated
        self.message_user(
            request,
            f"Re-extracted {len(articles)} article(s): {created} event(s) created, "
            f"{updated} updated (events an editor touched are left alone).",
            messages.SUCCESS,
        )

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        extra = {"runs_url": reverse("admin:timeline_extractionrun_changelist")}
        return super().changelist_view(request, {**extra, **(extra_context or {})})


class ExtractionRunForm(forms.Form):
    scope = forms.ChoiceField(
        choices=[("all", "all articles"), ("since", "articles published since…")]
    )
    since = forms.DateField(required=False, help_text="YYYY-MM-DD")

    def scope_value(self) -> str:
        data = self.cleaned_data
        if data["scope"] == "since":
            since: dt.date | None = data.get("since")
            if since is None:
                raise ApplicationError("give the first publication date", field="since")
            return f"since:{since.isoformat()}"
        return "all"


@admin.register(ExtractionRun)
class ExtractionRunAdmin(admin.ModelAdmin[ExtractionRun]):
    list_display = [
        "pk",
        "scope",
        "status",
        "progress",
        "events_created",
        "events_updated",
        "failed",
        "requested_by",
        "created_at",
        "finished_at",
    ]
    list_filter = ["status"]
    list_select_related = ["requested_by"]
    readonly_fields = [
        "scope",
        "extractor_version",
        "status",
        "total",
        "done",
        "failed",
        "events_created",
        "events_updated",
        "error",
        "requested_by",
        "started_at",
        "finished_at",
        "created_at",
    ]
    show_full_result_count = False

    @admin.display(description="progress")
    def progress(self, run: ExtractionRun) -> SafeString:
        share = 100 * run.done // run.total if run.total else 100
        return format_html(
            '<progress max="100" value="{}"></progress> {}/{}', share, run.done, run.total
        )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return can_ingest(request.user)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def add_view(
        self, request: HttpRequest, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        from timeline.services.extraction import extraction_run_start

        if not self.has_add_permission(request):
            raise DjangoPermissionDenied
        form = ExtractionRunForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                run = extraction_run_start(scope=form.scope_value(), user=request.user)
            except ApplicationError as error:
                form.add_error(error.field if error.field in form.fields else None, error.message)
            else:
                self.message_user(request, f"Extraction run {run.pk} started.", messages.SUCCESS)
                return redirect("admin:timeline_extractionrun_changelist")
        context = {
            **self.admin_site.each_context(request),
            "title": "Re-run extraction",
            "opts": self.model._meta,
            "form": form,
        }
        return TemplateResponse(request, "admin/timeline/extractionrun/start.html", context)

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        running = ExtractionRun.objects.filter(
            status__in=[RunStatus.QUEUED, RunStatus.RUNNING]
        ).exists()
        return super().changelist_view(request, {"refresh": running, **(extra_context or {})})


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin[Feed]):
    list_display = [
        "__str__",
        "outlet",
        "language",
        "enabled",
        "poll_interval_minutes",
        "last_polled_at",
        "last_status",
        "last_new_entries",
        "short_error",
    ]
    list_filter = ["enabled", "language"]
    search_fields = ["url", "title"]
    list_select_related = ["outlet"]
    fields = [
        "url",
        "title",
        "outlet",
        "language",
        "enabled",
        "poll_interval_minutes",
        "last_polled_at",
        "last_status",
        "last_new_entries",
        "last_error",
    ]
    readonly_fields = ["last_polled_at", "last_status", "last_new_entries", "last_error"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    actions = ["enable_selected", "disable_selected", "poll_selected"]

    @admin.display(description="last error")
    def short_error(self, feed: Feed) -> str:
        return feed.last_error if len(feed.last_error) <= 80 else feed.last_error[:79] + "…"

    def _set_enabled(self, request: HttpRequest, queryset: QuerySet[Feed], enabled: bool) -> None:
        changed = 0
        for feed in queryset:
            if feed.enabled != enabled:
                feed.enabled = enabled
                feed.save(update_fields=["enabled", "updated_at"])
                changed += 1
        state = "enabled" if enabled else "disabled"
        self.message_user(request, f"{changed} feed(s) {state}.", messages.SUCCESS)

    @admin.action(description="Enable selected feeds", permissions=["change"])
    def enable_selected(self, request: HttpRequest, queryset: QuerySet[Feed]) -> None:
        self._set_enabled(request, queryset, True)

    @admin.action(description="Disable selected feeds", permissions=["change"])
    def disable_selected(self, request: HttpRequest, queryset: QuerySet[Feed]) -> None:
        self._set_enabled(request, queryset, False)

    @admin.action(description="Poll selected feeds now", permissions=["change"])
    def poll_selected(self, request: HttpRequest, queryset: QuerySet[Feed]) -> None:
        from timeline.tasks import feed_poll

        ids = list(queryset.values_list("pk", flat=True)[:REEXTRACT_LIMIT])
        for feed_id in ids:
            feed_poll.delay(feed_id)
        self.message_user(request, f"Polling {len(ids)} feed(s).", messages.SUCCESS)


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin[Outlet]):
    list_display = ["name", "domain", "country", "language"]
    list_filter = ["language", "country"]
    search_fields = ["name", "domain"]


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin[Tag]):
    list_display = ["name", "slug", "name_de", "name_zh"]
    search_fields = ["name", "slug"]


@admin.register(CorrectionReport)
class CorrectionReportAdmin(admin.ModelAdmin[CorrectionReport]):
    list_display = ["event", "short_message", "contact", "status", "created_at", "resolved_by"]
    list_filter = ["status"]
    list_select_related = ["event", "resolved_by"]
    readonly_fields = [
        "event",
        "message",
        "contact",
        "status",
        "created_at",
        "resolved_at",
        "resolved_by",
    ]
    paginator = CappedCountPaginator
    show_full_result_count = False
    actions = ["resolve_selected", "dismiss_selected"]

    @admin.display(description="message")
    def short_message(self, report: CorrectionReport) -> str:
        return report.message if len(report.message) <= 100 else report.message[:99] + "…"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_close_permission(self, request: HttpRequest) -> bool:
        return can_publish(request.user)

    def _close(self, request: HttpRequest, queryset: QuerySet[CorrectionReport], ok: bool) -> None:
        closed = 0
        for report in queryset.filter(status=CorrectionStatus.OPEN)[:500]:
            try:
                correction_close(report=report, user=request.user, resolved=ok)
            except ApplicationError as error:
                self.message_user(request, error.message, messages.ERROR)
                return
            closed += 1
        self.message_user(request, f"{closed} report(s) closed.", messages.SUCCESS)

    @admin.action(description="Mark selected reports resolved", permissions=["close"])
    def resolve_selected(self, request: HttpRequest, queryset: QuerySet[CorrectionReport]) -> None:
        self._close(request, queryset, True)

    @admin.action(description="Dismiss selected reports", permissions=["close"])
    def dismiss_selected(self, request: HttpRequest, queryset: QuerySet[CorrectionReport]) -> None:
        self._close(request, queryset, False)
