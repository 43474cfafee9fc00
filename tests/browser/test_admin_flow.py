"""An editor logs in, publishes a draft from the review queue and finds it on the public timeline.

Drives Debian's Chromium through Playwright against a live server, with the browser of
tests/browser/conftest.py (which skips with the reason when Chromium is missing, and fails
instead when CI requires the browser).
"""

import pytest
from django.contrib.auth.models import Group, User
from django.utils import timezone

from tests.factories import ActorFactory, make_event

pytestmark = pytest.mark.django_db(transaction=True)


def test_editor_publishes_a_draft_from_the_queue_and_it_appears_on_the_timeline(
    live_server, browser
):
    editor = User.objects.create_user(username="ed", password="a-long-password", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editor"))
    actor = ActorFactory(name="Alibaba Group")
    draft = make_event(
        title="Alibaba to invest RMB 380 billion in AI infrastructure",
        status="draft",
        date=timezone.now().date(),
        category="investment",
        confidence=0.91,
        actors=((actor, "initiator"),),
    )

    page = browser.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{live_server.url}/admin/login/?next=/admin/timeline/event/queue/")
    page.fill("#id_username", "ed")
    page.fill("#id_password", "a-long-password")
    page.click("input[type=submit]")
    row = page.locator(f'tr[data-event-id="{draft.pk}"]')
    row.wait_for()
    assert "Alibaba to invest" in row.inner_text()

    row.get_by_role("button", name="Publish").click()
    page.wait_for_load_state()
    assert page.locator(f'tr[data-event-id="{draft.pk}"]').count() == 0
    assert "Published" in page.locator("ul.messagelist").inner_text()

    page.goto(f"{live_server.url}/")
    item = page.locator(f'[data-event-id="{draft.pk}"]')
    item.wait_for()
    assert item.get_attribute("data-category") == "investment"
    assert "Alibaba to invest" in item.inner_text()
