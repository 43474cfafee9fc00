"""List pages stay cheap on a big archive: queries do not grow with rows, counts are capped."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import ActorFactory, ArticleFactory, make_event
from timeline.admin.pagination import CappedCountPaginator
from timeline.models import Event
from timeline.services.events import event_source_add

pytestmark = pytest.mark.django_db


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [q["sql"] for q in captured.captured_queries]


def _events(n, *, status="published"):
    for i in range(n):
        actors = ((ActorFactory(), "initiator"), (ActorFactory(), "target"))
        event = make_event(title=f"Event {Event.objects.count()}", status=status, actors=actors)
        article = ArticleFactory()
        event_source_add(event=event, article=article, evidence=f"Evidence {i}.")


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:timeline_event_changelist",
        "admin:timeline_event_queue",
        "admin:timeline_actor_changelist",
        "admin:timeline_article_changelist",
    ],
)
def test_changelist_queries_do_not_grow_with_the_rows(editor_client, url_name):
    status = "draft" if url_name.endswith("queue") else "published"
    _events(3, status=status)
    url = reverse(url_name)
    _queries(editor_client, url)
    few = len(_queries(editor_client, url))
    _events(12, status=status)
    many = len(_queries(editor_client, url))
    assert many == few


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:timeline_event_changelist",
        "admin:timeline_actor_changelist",
        "admin:timeline_article_changelist",
    ],
)
def test_changelists_never_count_a_whole_table(editor_client, url_name):
    _events(2)
    counts = [
        sql
        for sql in _queries(editor_client, reverse(url_name))
        if sql.upper().startswith("SELECT COUNT(")
    ]
    assert counts, "the page should count (capped) to draw its paginator"
    for sql in counts:
        assert "LIMIT" in sql.upper(), sql


def test_capped_paginator_stops_counting_at_the_cap():
    for n in range(4):
        make_event(title=f"E{n}")
    paginator = CappedCountPaginator(Event.objects.order_by("pk"), 2)
    paginator.cap = 3
    assert paginator.count == 4
    assert paginator.capped
    exact = CappedCountPaginator(Event.objects.order_by("pk"), 2)
    assert (exact.count, exact.capped) == (4, False)


def test_capped_changelist_says_there_are_more(editor_client, monkeypatch):
    monkeypatch.setattr(CappedCountPaginator, "cap", 2)
    for n in range(4):
        make_event(title=f"E{n}")
    page = editor_client.get(reverse("admin:timeline_event_changelist")).content.decode()
    assert "more than 2 events" in page


def test_actor_list_shows_each_actors_number_of_events(editor_client):
    busy = ActorFactory(name="Busy actor")
    ActorFactory(name="Quiet actor")
    for n in range(3):
        make_event(title=f"E{n}", actors=((busy, "initiator"),))
    page = editor_client.get(reverse("admin:timeline_actor_changelist")).content.decode()
    busy_row = page[page.index("Busy actor") :].split("</tr>")[0]
    quiet_row = page[page.index("Quiet actor") :].split("</tr>")[0]
    assert '<td class="field-event_count">3</td>' in busy_row
    assert '<td class="field-event_count">0</td>' in quiet_row


def test_searching_the_event_list_by_number_finds_that_event(editor_client):
    wanted = make_event(title="Needle")
    make_event(title="Haystack")
    url = reverse("admin:timeline_event_changelist")
    page = editor_client.get(url, {"q": str(wanted.pk)}).content.decode()
    assert "Needle" in page
    assert "Haystack" not in page


def test_searching_the_event_list_by_words_finds_titles_and_evidence(editor_client):
    titled = make_event(title="Entity List additions")
    cited = make_event(title="Chip rules")
    event_source_add(event=cited, article=ArticleFactory(), evidence="New entity listings.")
    make_event(title="Haystack")
    url = reverse("admin:timeline_event_changelist")
    page = editor_client.get(url, {"q": "ENTITY"}).content.decode()
    assert titled.title in page
    assert cited.title in page
    assert "Haystack" not in page


def test_event_form_queries_do_not_grow_with_its_sources(editor_client):
    actor = ActorFactory()
    actor.aliases.create(name="Alias", language="mul")
    event = make_event(title="Well sourced", actors=((actor, "initiator"),))
    url = reverse("admin:timeline_event_change", args=[event.pk])

    def add_sources(n):
        for i in range(n):
            event_source_add(event=event, article=ArticleFactory(), evidence=f"Alias said {i}.")

    add_sources(2)
    _queries(editor_client, url)
    few = len(_queries(editor_client, url))
    add_sources(6)
    many = len(_queries(editor_client, url))
    assert many == few
    page = editor_client.get(url).content.decode()
    assert '<mark class="hl-actor">Alias</mark>' in page
    for source in event.sources.all():
        article_url = reverse("admin:timeline_article_change", args=[source.article_id])
        assert f'<a href="{article_url}">' in page
