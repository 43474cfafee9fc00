"""URLs of the public pages."""

from django.urls import path

from timeline import views

app_name = "timeline"

urlpatterns = [
    path("", views.timeline, name="timeline"),
    path("events/<int:event_id>/", views.event_detail, name="event-detail"),
    path("health/", views.health, name="health"),
]
