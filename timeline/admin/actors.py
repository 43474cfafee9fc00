"""Actors in the admin: aliases inline, event counts, merging, and the extractor's candidates."""

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from simple_history.admin import SimpleHistoryAdmin

from timeline.admin.pagination import CappedCountPaginator, CountedChangeList
from timeline.choices import ActorKind, CandidateStatus
from timeline.errors import ApplicationError
from timeline.models import Actor, ActorAlias, ActorCandidate, EventActor
from timeline.permissions import can_merge_actors
from timeline.services.candidates import candidate_approve, candidate_reject
from timeline.services.merge import actors_merge

MERGE_LIMIT = 50


class ActorAliasInline(admin.TabularInline[ActorAlias, Actor]):
    model = ActorAlias
    extra = 1
    fields = ["name", "language", "ambiguous"]


def _event_count() -> Coalesce:
    links = (
        EventActor.objects.filter(actor=OuterRef("pk"))
        .order_by()
        .values("actor")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(links, output_field=IntegerField()), 0)


@admin.register(Actor)
class ActorAdmin(SimpleHistoryAdmin):
    list_display = ["name", "slug", "kind", "country", "parent", "event_count"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "slug", "aliases__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    list_select_related = ["parent"]
    inlines = [ActorAliasInline]
    paginator = CappedCountPaginator
    show_full_result_count = False
    actions = ["merge_selected"]

    def get_changelist(self, request: HttpRequest, **kwargs: Any) -> type[CountedChangeList]:
        return CountedChangeList

    @staticmethod
    def page_counts(ids: list[int]) -> dict[int, int]:
        rows = (
            EventActor.objects.filter(actor_id__in=ids)
            .values("actor_id")
            .annotate(n=Count("pk"))
            .order_by()
        )
        return {row["actor_id"]: row["n"] for row in rows}

    @admin.display(description="events")
    def event_count(self, actor: Actor) -> int:
        return int(getattr(actor, "page_count", 0))

    def has_merge_permission(self, request: HttpRequest) -> bool:
        return can_merge_actors(request.user)

    def has_delete_permission(self, request: HttpRequest, obj: Actor | None = None) -> bool:
        """Only an actor without events may be deleted; the others are merged."""
        if obj is None or not super().has_delete_permission(request, obj):
            return False
        return not EventActor.objects.filter(actor=obj).exists()

    @admin.action(description="Merge selected actors…", permissions=["merge"])
    def merge_selected(
        self, request: HttpRequest, queryset: QuerySet[Actor]
    ) -> HttpResponseRedirect | None:
        ids = list(queryset.order_by("pk").values_list("pk", flat=True)[: MERGE_LIMIT + 1])
        if not 2 <= len(ids) <= MERGE_LIMIT:
            self.message_user(
                request, f"Select between 2 and {MERGE_LIMIT} actors to merge.", messages.ERROR
            )
            return None
        url = reverse("admin:timeline_actor_merge")
        return HttpResponseRedirect(f"{url}?ids={','.join(map(str, ids))}")

    def get_urls(self) -> list[URLPattern]:
        return [
            path(
                "merge/", self.admin_site.admin_view(self.merge_view), name="timeline_actor_merge"
            ),
            *super().get_urls(),
        ]

    def merge_view(self, request: HttpRequest) -> HttpResponse:
        """Pick the actor that stays; the others' names, aliases, links and children move to it."""
        if not can_merge_actors(request.user):
            raise DjangoPermissionDenied
        raw = request.POST.get("ids") or request.GET.get("ids", "")
        ids = [int(v) for v in raw.split(",") if v.strip().isdigit()][:MERGE_LIMIT]
        actors = list(
            Actor.objects.filter(pk__in=ids)
            .select_related("parent")
            .prefetch_related("aliases")
            .annotate(events_linked=_event_count())
            .order_by("pk")
        )
        if len(actors) < 2:
            self.message_user(request, "Select two or more actors to merge.", messages.ERROR)
            return redirect("admin:timeline_actor_changelist")
        if request.method == "POST":
            by_pk = {actor.pk: actor for actor in actors}
            raw_survivor = request.POST.get("survivor", "")
            survivor = by_pk.get(int(raw_survivor)) if raw_survivor.isdigit() else None
            if survivor is None:
                self.message_user(request, "Choose the actor that stays.", messages.ERROR)
            else:
                others = [actor for actor in actors if actor.pk != survivor.pk]
                try:
                    actors_merge(survivor=survivor, others=others, user=request.user)
                except ApplicationError as error:
                    self.message_user(request, f"Not merged: {error.message}", messages.ERROR)
                else:
                    self.message_user(
                        request,
                        f"Merged {', '.join(a.name for a in others)} into {survivor.name}.",
                        messages.SUCCESS,
                    )
                    return redirect("admin:timeline_actor_change", survivor.pk)
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge actors",
            "opts": self.model._meta,
            "actors": actors,
            "ids": ",".join(str(actor.pk) for actor in actors),
        }
        return TemplateResponse(request, "admin/timeline/actor/merge.html", context)


class CandidateActionForm(ActionForm):
    kind = forms.ChoiceField(
        choices=[("", "kind (if not proposed)…"), *ActorKind.choices], required=False, label=""
    )
    country = forms.CharField(
        max_length=2,
        required=False,
        label="",
        widget=forms.TextInput(attrs={"placeholder": "country (US, CN…)", "size": 14}),
    )
    actor_slug = forms.CharField(
        required=False,
        label="",
        widget=forms.TextInput(attrs={"placeholder": "or alias of actor (slug)", "size": 24}),
    )


@admin.register(ActorCandidate)
class ActorCandidateAdmin(admin.ModelAdmin[ActorCandidate]):
    list_display = ["name", "language", "kind", "mentions", "status", "example", "actor"]
    list_filter = ["status", "language", "kind"]
    search_fields = ["name"]
    list_select_related = ["actor"]
    readonly_fields = [
        "name",
        "language",
        "kind",
        "mentions",
        "status",
        "example_article",
        "example_text",
        "actor",
        "created_at",
        "decided_at",
    ]
    paginator = CappedCountPaginator
    show_full_result_count = False
    action_form = CandidateActionForm
    actions = ["approve_selected", "reject_selected"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_decide_permission(self, request: HttpRequest) -> bool:
        return bool(request.user.is_active and request.user.has_perm("timeline.add_actor"))

    @admin.display(description="example")
    def example(self, candidate: ActorCandidate) -> str:
        text = candidate.example_text
        return text if len(text) <= 120 else text[:119] + "…"

    @admin.action(
        description="Approve selected (new actor, or alias of the given slug)",
        permissions=["decide"],
    )
    def approve_selected(self, request: HttpRequest, queryset: QuerySet[ActorCandidate]) -> None:
        slug = request.POST.get("actor_slug", "").strip()
        target = Actor.objects.filter(slug=slug).first() if slug else None
        if slug and target is None:
            self.message_user(request, f"No actor with the slug {slug!r}.", messages.ERROR)
            return
        approved: list[str] = []
        for candidate in queryset.filter(status=CandidateStatus.PENDING)[:MERGE_LIMIT]:
            try:
                actor = candidate_approve(
                    candidate=candidate,
                    user=request.user,
                    actor=target,
                    kind=request.POST.get("kind", ""),
                    country=request.POST.get("country", ""),
                )
            except ApplicationError as error:
                self.message_user(request, f"{candidate.name}: {error.message}", messages.ERROR)
                continue
            approved.append(f"{candidate.name} → {actor.name}")
        if approved:
            self.message_user(request, "Approved: " + "; ".join(approved), messages.SUCCESS)

    @admin.action(description="Reject selected (not proposed again)", permissions=["decide"])
    def reject_selected(self, request: HttpRequest, queryset: QuerySet[ActorCandidate]) -> None:
        rejected = 0
        for candidate in queryset.filter(status=CandidateStatus.PENDING)[:MERGE_LIMIT]:
            try:
                candidate_reject(candidate=candidate, user=request.user)
            except ApplicationError as error:
                self.message_user(request, f"{candidate.name}: {error.message}", messages.ERROR)
                continue
            rejected += 1
        self.message_user(request, f"{rejected} candidate(s) rejected.", messages.SUCCESS)

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        if not request.GET and request.method == "GET":
            return redirect(
                reverse("admin:timeline_actorcandidate_changelist") + "?status__exact=pending"
            )
        return super().changelist_view(request, extra_context)
