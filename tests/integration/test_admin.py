"""A superuser finds the seeded archive in the admin."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from timeline.models import Actor, Article, Event

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded():
    call_command("loadseeds", stdout=StringIO())


@pytest.mark.usefixtures("seeded")
@pytest.mark.parametrize("model", [Actor, Article, Event], ids=["actors", "articles", "events"])
def test_superuser_sees_seeded_records(admin_client, model):
    url = reverse(f"admin:timeline_{model._meta.model_name}_changelist")
    response = admin_client.get(url)
    assert response.status_code == 200
    first = model.objects.order_by("pk").first()
    change = admin_client.get(
        reverse(f"admin:timeline_{model._meta.model_name}_change", args=[first.pk])
    )
    assert change.status_code == 200


def test_admin_requires_login(client):
    response = client.get(reverse("admin:timeline_event_changelist"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
