"""The timeline page: filters alone and combined, refusals, keyset pages, facets and drafts."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import ActorFactory, make_event
from tests.integration.web.helpers import listed_ids
from timeline import views
from timeline.models import Event
from timeline.selectors.pages import timeline_facets

pytestmark = pytest.mark.django_db
URL = reverse("timeline:timeline")


def _ids(client, params):
    response = client.get(URL, params)
    assert response.status_code == 200, response.content.decode()[:500]
    return listed_ids(response.content.decode())


def test_lists_published_events_newest_first_grouped_by_year_and_month(client, archive):
    response = client.get(URL)
    html = response.content.decode()
    assert listed_ids(html) == [
        archive["plan"].pk,
        archive["results"].pk,
        archive["entity_list"].pk,
    ]
    assert "Unreviewed draft" not in html
    assert "<h2>2020</h2>" in html
    assert "<h2>2019</h2>" in html
    assert "<h3>October 2019</h3>" in html
    assert f'data-event-id="{archive["plan"].pk}" data-category="investment"' in html


def test_dates_read_as_precise_as_they_are(client, archive):
    html = client.get(URL).content.decode()
    assert "15 May 2019" in html
    assert "Q4 2019" in html
    assert "2 Mar 2020 – 1 Mar 2023" in html


def test_actors_link_to_their_pages_with_country_and_source_count(client, archive):
    html = client.get(URL).content.decode()
    assert f'href="{reverse("timeline:actor-detail", args=["huawei"])}">Huawei</a>' in html
    assert '<abbr title="China">CN</abbr>' in html
    assert "1 source" in html
    assert "0 sources" in html


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"date_from": "2020-01-01"}, ["plan"]),
        ({"date_from": "2019-12-31"}, ["plan", "results"]),
        ({"date_to": "2019-06-30"}, ["entity_list"]),
        ({"date_from": "2019-11-15", "date_to": "2019-11-20"}, ["results"]),
        ({"actor": "asml"}, ["plan"]),
        ({"actor": ["asml", "bis"]}, ["plan", "entity_list"]),
        ({"country": "CN"}, ["results", "entity_list"]),
        ({"country": ["NL", "US"]}, ["plan", "entity_list"]),
        ({"category": "earnings"}, ["results"]),
        ({"category": ["earnings", "investment"]}, ["plan", "results"]),
        ({"tag": "semiconductors"}, ["entity_list"]),
        ({"q": "lithography"}, ["plan"]),
        ({"q": "next year"}, ["plan"]),
        ({"ordering": "date"}, ["entity_list", "results", "plan"]),
        ({"actor": "huawei", "category": "export_controls"}, ["entity_list"]),
        ({"country": "CN", "date_from": "2019-07-01", "q": "quarter"}, ["results"]),
        ({"actor": "huawei", "tag": "semiconductors", "ordering": "date"}, ["entity_list"]),
    ],
)
def test_each_filter_alone_and_combined(client, archive, params, expected):
    assert _ids(client, params) == [archive[key].pk for key in expected]


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("date_from=2025-13-45", "date_from"),
        ("date_to=yesterday", "date_to"),
        ("actor=no-such-actor", "actor"),
        ("country=XX", "country"),
        ("country=usa", "country"),
        ("category=bananas", "category"),
        ("tag=no-such-tag", "tag"),
        ("ordering=sideways", "ordering"),
        ("q=" + "x" * 201, "q"),
        ("after=not-a-cursor", "after"),
        ("after=2025-02-30.5", "after"),
    ],
)
def test_invalid_parameter_answers_400_with_a_friendly_message(client, archive, query, param):
    response = client.get(f"{URL}?{query}")
    html = response.content.decode()
    assert response.status_code == 400
    assert 'role="alert"' in html
    assert f"<code>{param}</code>" in html
    assert "Clear all filters" in html
    assert listed_ids(html) == []


def test_empty_form_fields_are_dropped_from_a_shareable_url(client, archive):
    response = client.get(f"{URL}?q=&date_from=&category=earnings&actor=")
    assert response.status_code == 302
    assert response["Location"] == f"{URL}?category=earnings"


def test_an_empty_result_says_so_and_offers_to_clear_filters(client, archive):
    html = client.get(URL, {"q": "nothing-matches-this"}).content.decode()
    assert "No events match these filters." in html
    assert f'<a href="{URL}">Clear all filters</a>' in html


def test_filters_show_the_current_state(client, archive):
    html = client.get(URL, {"category": "earnings", "actor": "huawei", "q": "results"}).content
    html = html.decode()
    assert 'value="earnings" checked' in html
    assert 'name="actor" value="huawei" checked' in html
    assert 'value="results"' in html


def test_counts_per_category_and_side_follow_the_selection(client, archive):
    facets = timeline_facets(events=Event.objects.filter(status="published").order_by("-date"))
    assert facets.categories == {"export_controls": 1, "earnings": 1, "investment": 1}
    assert facets.sides == {"china": 2, "us": 1, "other": 1}
    assert not facets.capped
    narrowed = Event.objects.filter(status="published", category="earnings")
    assert timeline_facets(events=narrowed).sides == {"china": 1}


def test_facet_counts_are_capped_and_say_so(client, archive):
    facets = timeline_facets(events=Event.objects.filter(status="published"), cap=2)
    assert facets.sampled == 2
    assert facets.capped


def test_chart_bars_link_to_their_period_keeping_other_filters(client, archive):
    html = client.get(URL, {"category": ["earnings", "export_controls"]}).content.decode()
    assert "<svg" in html
    assert "category=earnings&amp;category=export_controls&amp;date_from=2019-10-01" in html
    assert 'data-from="2019-05-01" data-to="2019-05-31"' in html
    # Stacked under the initiator's side: BIS (US) put Huawei (China) on the Entity List.
    assert 'aria-label="May 2019: United States 1, China 0, other 0"' in html


def _many_events(count):
    actor = ActorFactory(country="CN")
    base = dt.date(2024, 1, 1)
    return [
        make_event(
            title=f"Event {index}",
            date=base + dt.timedelta(days=index // 2),
            actors=((actor, "initiator"),),
        )
        for index in range(count)
    ]


def test_load_more_walks_the_selection_without_gaps_or_repeats(client, monkeypatch):
    monkeypatch.setattr(views, "TIMELINE_PAGE_SIZE", 7)
    events = _many_events(20)
    seen: list[int] = []
    url = URL + "?category=export_controls"
    for _ in range(5):
        response = client.get(url)
        html = response.content.decode()
        seen.extend(listed_ids(html))
        if 'id="load-more"' not in html:
            break
        url = URL + html.split('id="load-more"')[1].split('href="')[1].split('"')[0].replace(
            "&amp;", "&"
        )
        assert "category=export_controls" in url
    expected = sorted(events, key=lambda event: (event.date, event.pk), reverse=True)
    assert seen == [event.pk for event in expected]


def test_load_more_with_htmx_returns_only_the_next_items(client, monkeypatch):
    monkeypatch.setattr(views, "TIMELINE_PAGE_SIZE", 5)
    _many_events(8)
    first = client.get(URL).content.decode()
    next_href = first.split('id="load-more"')[1].split('href="')[1].split('"')[0]
    response = client.get(
        URL + next_href.replace("&amp;", "&"), HTTP_HX_REQUEST="true", HTTP_HX_TARGET="load-more"
    )
    fragment = response.content.decode()
    assert "<html" not in fragment
    assert len(listed_ids(fragment)) == 3
    assert not set(listed_ids(fragment)) & set(listed_ids(first))


def _queries_for(client, params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL, params)
    assert response.status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_page_size(client, monkeypatch):
    slug = _many_events(30)[0].actor_links.get().actor.slug
    filtered = {"actor": slug, "category": "export_controls", "tag": [], "q": "Event"}
    monkeypatch.setattr(views, "TIMELINE_PAGE_SIZE", 3)
    small = _queries_for(client, {})
    small_filtered = _queries_for(client, filtered)
    monkeypatch.setattr(views, "TIMELINE_PAGE_SIZE", 30)
    assert _queries_for(client, {}) == small
    assert _queries_for(client, filtered) == small_filtered
    assert small <= 5


def test_drafts_stay_private_unless_an_editor_asks_for_them(client, archive, editor):
    assert archive["draft"].pk not in _ids(client, {"drafts": "1"})
    client.force_login(editor)
    assert archive["draft"].pk not in _ids(client, {})
    html = client.get(URL, {"drafts": "1"}).content.decode()
    assert archive["draft"].pk in listed_ids(html)
    assert 'class="event is-draft"' in html
    assert "Drafts are shown and marked as such." in html


def test_text_from_articles_is_escaped_everywhere_on_the_list(client):
    actor = ActorFactory(name='<img src=x onerror="alert(2)">', country="US")
    make_event(title="<script>alert(1)</script>", actors=((actor, "initiator"),))
    html = client.get(URL).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in html


def test_counts_are_shared_for_a_while_by_requests_for_the_same_selection(
    client, archive, monkeypatch
):
    from django.core.cache import cache

    cache.clear()
    monkeypatch.setattr(views, "FACET_CACHE_SECONDS", 60)
    first = _queries_for(client, {"category": ["earnings", "investment"]})
    again = _queries_for(client, {"category": ["investment", "earnings"]})
    assert again == first - 1
    other_order = _queries_for(client, {"category": "earnings", "ordering": "date"})
    assert other_order == first
    cache.clear()
