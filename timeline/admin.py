"""The editorial admin: registration of the domain models with inlines, filters and history."""

from collections.abc import Mapping
from typing import Any

from django.contrib import admin
from django.db import models
from simple_history.admin import SimpleHistoryAdmin

from timeline.models import (
    Actor,
    ActorAlias,
    Article,
    Event,
    EventActor,
    EventRelation,
    EventSource,
    LegalReference,
    Outlet,
    Tag,
)

HTTPS_URLS: Mapping[type[models.Field[Any, Any]], Mapping[str, Any]] = {
    models.URLField: {"assume_scheme": "https"}
}


class ActorAliasInline(admin.TabularInline[ActorAlias, Actor]):
    model = ActorAlias
    extra = 1
    fields = ["name", "language", "ambiguous"]


@admin.register(Actor)
class ActorAdmin(SimpleHistoryAdmin):
    list_display = ["name", "slug", "kind", "country", "parent"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "slug", "aliases__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    list_select_related = ["parent"]
    inlines = [ActorAliasInline]


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin[Outlet]):
    list_display = ["name", "domain", "country", "language"]
    list_filter = ["language", "country"]
    search_fields = ["name", "domain"]


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin[Tag]):
    list_display = ["name", "slug", "name_de", "name_zh"]
    search_fields = ["name", "slug"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin[Article]):
    list_display = ["title", "outlet", "language", "published_at", "status", "extractor_version"]
    list_filter = ["status", "language", "outlet"]
    search_fields = ["title", "url"]
    date_hierarchy = "published_at"
    list_select_related = ["outlet"]
    readonly_fields = ["content_hash", "status", "error", "duplicate_of", "extractor_version"]
    formfield_overrides = HTTPS_URLS
    show_full_result_count = False


class EventActorInline(admin.TabularInline[EventActor, Event]):
    model = EventActor
    extra = 1
    fields = ["actor", "role"]
    autocomplete_fields = ["actor"]


class EventSourceInline(admin.StackedInline[EventSource, Event]):
    model = EventSource
    extra = 0
    fields = ["article", "evidence", "date_phrase"]
    raw_id_fields = ["article"]


class LegalReferenceInline(admin.TabularInline[LegalReference, Event]):
    model = LegalReference
    extra = 0
    formfield_overrides = HTTPS_URLS


class EventRelationInline(admin.TabularInline[EventRelation, Event]):
    model = EventRelation
    fk_name = "source"
    extra = 0
    raw_id_fields = ["target"]
    verbose_name = "related event"


@admin.register(Event)
class EventAdmin(SimpleHistoryAdmin):
    list_display = ["title", "date", "precision", "category", "stage", "status", "importance"]
    list_filter = ["status", "category", "precision", "stage", "edited"]
    search_fields = ["title", "summary"]
    date_hierarchy = "date"
    filter_horizontal = ["tags"]
    readonly_fields = ["date_last", "merged_into", "seed_key", "edited"]
    show_full_result_count = False
    inlines = [EventActorInline, EventSourceInline, LegalReferenceInline, EventRelationInline]
