"""API routes under /api/ (version 1): events, actors, outlets, categories, tags, statistics,
exports, articles, and the OpenAPI schema with its documentation."""

from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from api import errors, views

urlpatterns = [
    path("events/", views.EventListView.as_view(), name="api-events"),
    path("events/removed/", views.EventRemovalsView.as_view(), name="api-events-removed"),
    path("events/export.csv", views.CsvExportView.as_view(), name="api-events-csv"),
    path("events/export.ics", views.IcalExportView.as_view(), name="api-events-ics"),
    path(
        "events/timelinejs.json", views.TimelineJsExportView.as_view(), name="api-events-timelinejs"
    ),
    path("events/feed.atom", views.AtomFeedView.as_view(), name="api-events-feed"),
    path("events/<int:event_id>/", views.EventDetailView.as_view(), name="api-event-detail"),
    path(
        "events/<int:event_id>/publish/", views.EventPublishView.as_view(), name="api-event-publish"
    ),
    path("events/<int:event_id>/reject/", views.EventRejectView.as_view(), name="api-event-reject"),
    path("stats/", views.StatsView.as_view(), name="api-stats"),
    path("actors/", views.ActorListView.as_view(), name="api-actors"),
    path("actors/<slug:slug>/", views.ActorDetailView.as_view(), name="api-actor-detail"),
    path("outlets/", views.OutletListView.as_view(), name="api-outlets"),
    path("categories/", views.CategoryListView.as_view(), name="api-categories"),
    path("tags/", views.TagListView.as_view(), name="api-tags"),
    path("articles/", views.ArticleListView.as_view(), name="api-articles"),
    path(
        "articles/<int:article_id>/", views.ArticleDetailView.as_view(), name="api-article-detail"
    ),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    re_path(r"^(?P<path>[\s\S]*)$", errors.not_found),
]
