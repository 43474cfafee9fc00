"""An event's page: evidence with the date phrase, sources, actors, chains, corrections."""

import datetime as dt

import pytest
from django.urls import reverse

from tests.factories import ActorFactory, ArticleFactory, make_event
from timeline.models import CorrectionReport
from timeline.services.events import LegalReferenceInput, event_relation_add, event_source_add

pytestmark = pytest.mark.django_db


def _url(event):
    return reverse("timeline:event-detail", args=[event.pk])


def test_shows_evidence_in_its_language_with_the_date_phrase_marked(client):
    event = make_event(title="Alibaba cloud plan", category="investment")
    article = ArticleFactory(
        title="Alibaba investiert", language="de", url="https://news.example/alibaba"
    )
    event_source_add(
        event=event,
        article=article,
        evidence="Alibaba hat kürzlich angekündigt, 380 Milliarden Yuan zu investieren.",
        date_phrase="kürzlich",
    )
    html = client.get(_url(event)).content.decode()
    assert '<blockquote lang="de">Alibaba hat <mark>kürzlich</mark> angekündigt' in html
    assert article.outlet.name in html
    assert "24 Feb 2025" in html
    assert 'href="https://news.example/alibaba"' in html


def test_shows_actors_with_roles_legal_references_and_permalink(client):
    bis = ActorFactory(name="BIS", slug="bis", country="US")
    huawei = ActorFactory(name="Huawei", slug="huawei", country="CN")
    event = make_event(
        title="Entity List",
        actors=((bis, "initiator"), (huawei, "target")),
        legal_references=(
            LegalReferenceInput(
                kind="federal_register",
                identifier="2019-10616",
                url="https://www.federalregister.gov/d/2019-10616",
            ),
        ),
    )
    html = client.get(_url(event)).content.decode()
    bis_link = f'href="{reverse("timeline:actor-detail", args=["bis"])}">BIS</a>'
    assert f"{bis_link} (United States) — Initiator" in html
    assert "(China) — Target" in html
    assert ">2019-10616</a>" in html
    assert f'class="permalink" href="{_url(event)}">http://testserver{_url(event)}</a>' in html


def test_related_events_follow_the_chain_as_a_small_timeline(client):
    rule = make_event(title="US chip rule", date=dt.date(2022, 10, 7))
    answer = make_event(title="China gallium controls", date=dt.date(2023, 7, 3))
    widened = make_event(title="China widens controls", date=dt.date(2023, 12, 1))
    hidden = make_event(title="Draft follow-up", status="draft", date=dt.date(2024, 1, 1))
    event_relation_add(source=answer, target=rule, relation="responds_to")
    event_relation_add(source=widened, target=answer, relation="follows_up")
    event_relation_add(source=hidden, target=widened, relation="follows_up")
    html = client.get(_url(rule)).content.decode()
    section = html.split('id="related-heading"')[1]
    assert section.index("This event") < section.index("China gallium controls")
    assert section.index("China gallium controls") < section.index("China widens controls")
    assert "Answered by" in section
    assert "Same chain" in section
    assert "Draft follow-up" not in html


def test_a_correction_report_lands_in_the_editors_queue(client):
    event = make_event(title="Wrong date")
    response = client.post(
        reverse("timeline:event-correction", args=[event.pk]),
        {"message": "The rule took effect a day later.", "contact": "reader@example.org"},
    )
    assert response.status_code == 302
    assert response["Location"] == f"{_url(event)}?reported=1#correction"
    report = CorrectionReport.objects.get()
    assert (report.event, report.status) == (event, "open")
    assert report.contact == "reader@example.org"
    assert "Your report is in the editors" in client.get(response["Location"]).content.decode()


def test_an_empty_correction_is_refused_on_the_page(client):
    event = make_event()
    response = client.post(reverse("timeline:event-correction", args=[event.pk]), {"message": " "})
    assert response.status_code == 400
    assert 'class="field-error"' in response.content.decode()
    assert not CorrectionReport.objects.exists()


def test_a_filled_trap_field_files_nothing(client):
    event = make_event()
    client.post(
        reverse("timeline:event-correction", args=[event.pk]),
        {"message": "Buy cheap watches", "website": "https://spam.example"},
    )
    assert not CorrectionReport.objects.exists()


def test_drafts_are_private_but_visible_and_marked_for_editors(client, editor):
    draft = make_event(title="Proposed event", status="draft")
    assert client.get(_url(draft)).status_code == 404
    assert (
        client.post(
            reverse("timeline:event-correction", args=[draft.pk]), {"message": "x"}
        ).status_code
        == 404
    )
    client.force_login(editor)
    html = client.get(_url(draft)).content.decode()
    assert 'class="event-detail is-draft"' in html
    assert '<strong class="draft-flag">Draft</strong>' in html


def test_merged_event_redirects_to_the_survivor(client):
    survivor = make_event()
    merged = make_event()
    merged.merged_into = survivor
    merged.save()
    response = client.get(_url(merged))
    assert response.status_code == 301
    assert response["Location"] == _url(survivor)


def test_text_from_articles_is_escaped_on_the_event_page(client):
    event = make_event(title="<b>bold</b>", summary="<script>alert('summary')</script>")
    article = ArticleFactory(title="<iframe src=evil>")
    event_source_add(
        event=event,
        article=article,
        evidence="<script>alert('evidence')</script> happened <i>yesterday</i>",
        date_phrase="<i>yesterday</i>",
    )
    html = client.get(_url(event)).content.decode()
    for raw in ("<b>bold</b>", "<script>alert(", "<iframe src=evil>", "<i>yesterday</i>"):
        assert raw not in html
    assert "&lt;script&gt;alert(&#x27;evidence&#x27;)&lt;/script&gt;" in html
    assert "<mark>&lt;i&gt;yesterday&lt;/i&gt;</mark>" in html


def test_unknown_event_is_404(client):
    assert client.get(reverse("timeline:event-detail", args=[987654])).status_code == 404
