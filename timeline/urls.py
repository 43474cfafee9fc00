"""URLs of the public pages."""

from django.urls import path
from django.views.i18n import set_language

from timeline import views

app_name = "timeline"

urlpatterns = [
    path("", views.timeline, name="timeline"),
    path("events/<int:event_id>/", views.event_detail, name="event-detail"),
    path("events/<int:event_id>/correction/", views.event_correction, name="event-correction"),
    path("actors/", views.actor_list, name="actor-list"),
    path("actors/suggest/", views.actor_suggest, name="actor-suggest"),
    path("actors/<slug:slug>/", views.actor_detail, name="actor-detail"),
    path("embed/", views.embed, name="embed"),
    path("language/", set_language, name="set-language"),
    path("health/", views.health, name="health"),
]
