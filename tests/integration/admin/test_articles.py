"""Articles and feeds in the admin: contributors add them, the list shows status and output."""

import pytest
from django.urls import reverse

from tests.factories import ArticleFactory, make_event
from timeline.models import Article, ExtractionRun, Feed
from timeline.services.events import event_source_add

pytestmark = pytest.mark.django_db

TEXT = (
    "Washington, 3 March 2025. The U.S. Commerce Department on Monday added 80 Chinese "
    "companies to the Entity List, restricting their access to American chips."
)


def test_contributor_adds_an_article_by_text(contributor_client):
    response = contributor_client.post(
        reverse("admin:timeline_article_add"),
        {
            "text": TEXT,
            "title": "Entity List grows",
            "language": "en",
            "published_at": "2025-03-04 09:00",
        },
    )
    article = Article.objects.get(title="Entity List grows")
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:timeline_article_change", args=[article.pk])
    assert article.text.strip() == TEXT


def test_an_empty_submission_is_refused_with_a_message(contributor_client):
    response = contributor_client.post(reverse("admin:timeline_article_add"), {"title": "x"})
    assert response.status_code == 200
    assert "Paste a text, upload a file or give a URL." in response.content.decode()
    assert not Article.objects.exists()


def test_article_page_lists_the_events_it_produced(editor_client):
    article = ArticleFactory(status="failed", error="could not fetch")
    event = make_event(title="Produced event")
    event_source_add(event=event, article=article, evidence="Some sentence.")
    changelist = editor_client.get(reverse("admin:timeline_article_changelist")).content.decode()
    assert "could not fetch" in changelist
    page = editor_client.get(reverse("admin:timeline_article_change", args=[article.pk]))
    assert "Produced event" in page.content.decode()


def test_contributor_adds_and_disables_a_feed(contributor_client):
    response = contributor_client.post(
        reverse("admin:timeline_feed_add"),
        {"url": "https://news.example/feed.xml", "enabled": "on", "poll_interval_minutes": 60},
    )
    assert response.status_code == 302
    feed = Feed.objects.get()
    contributor_client.post(
        reverse("admin:timeline_feed_changelist"),
        {"action": "disable_selected", "_selected_action": [feed.pk]},
    )
    feed.refresh_from_db()
    assert not feed.enabled


def test_extraction_run_page_shows_progress(editor_client):
    ExtractionRun.objects.create(scope="all", status="running", total=10, done=4)
    page = editor_client.get(reverse("admin:timeline_extractionrun_changelist")).content.decode()
    assert '<progress max="100" value="40"></progress> 4/10' in page
    assert 'http-equiv="refresh"' in page


def test_user_without_a_role_cannot_add_articles(client, django_user_model):
    user = django_user_model.objects.create_user(username="staff", password="pw", is_staff=True)
    client.force_login(user)
    response = client.post(reverse("admin:timeline_article_add"), {"text": TEXT})
    assert response.status_code == 403
    assert not Article.objects.exists()
