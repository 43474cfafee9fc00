"""Event services keep links consistent and never let a machine overwrite an editor."""

import datetime as dt

import pytest

from tests.factories import ActorFactory, make_event
from timeline.errors import ApplicationError
from timeline.services.events import EventData, event_relation_add, event_update

pytestmark = pytest.mark.django_db


def _data(**overrides):
    fields = {"title": "Updated", "date": dt.date(2025, 3, 1), "category": "tariffs_trade"}
    fields.update(overrides)
    return EventData(**fields)


def test_actor_links_carry_the_event_date_and_status():
    huawei = ActorFactory(slug="huawei", country="CN")
    event = make_event(actors=((huawei, "target"),), status="draft")
    event_update(
        event=event,
        data=_data(actors=((huawei, "target"),), status="published", precision="month"),
        by_editor=True,
    )
    link = event.actor_links.get()
    assert (link.event_date, link.event_date_last, link.event_status) == (
        dt.date(2025, 3, 1),
        dt.date(2025, 3, 31),
        "published",
    )


def test_editor_update_protects_the_event_from_machine_updates():
    event = make_event(status="draft")
    event_update(event=event, data=_data(title="Editor's title"), by_editor=True)
    assert event.edited
    with pytest.raises(ApplicationError, match="edited by an editor"):
        event_update(event=event, data=_data(title="Machine title"), by_editor=False)
    event.refresh_from_db()
    assert event.title == "Editor's title"


def test_invalid_update_names_the_field_and_writes_nothing():
    event = make_event(title="Original")
    with pytest.raises(ApplicationError) as caught:
        event_update(event=event, data=_data(category="gossip"), by_editor=True)
    assert caught.value.field == "category"
    event.refresh_from_db()
    assert (event.title, event.edited) == ("Original", False)


def test_an_actor_takes_one_role_per_event():
    actor = ActorFactory()
    with pytest.raises(ApplicationError, match="one role"):
        make_event(actors=((actor, "initiator"), (actor, "target")))


def test_relations_are_added_once():
    first, second = make_event(), make_event()
    _, created = event_relation_add(source=second, target=first, relation="responds_to")
    _, again = event_relation_add(source=second, target=first, relation="responds_to")
    assert (created, again) == (True, False)
    with pytest.raises(ApplicationError):
        event_relation_add(source=first, target=first, relation="follows_up")


def test_end_before_start_is_refused_with_a_readable_message():
    event = make_event()
    with pytest.raises(ApplicationError) as caught:
        event_update(
            event=event,
            data=_data(date=dt.date(2025, 3, 10), date_end=dt.date(2025, 3, 1)),
            by_editor=True,
        )
    assert caught.value.field == "date_end"
    assert "before the start date" in caught.value.message
