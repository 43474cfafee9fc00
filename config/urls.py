"""Top-level URL routing: the public pages, the admin and the API."""

from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Rivalry timeline — editors"
admin.site.site_title = "Rivalry timeline"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("api.urls")),
    path("", include("timeline.urls")),
]
