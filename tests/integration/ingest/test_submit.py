"""Pasted text and files become one article each, with draft events, whatever the retries."""

import datetime as dt

import pytest

from tests.factories import ActorFactory, OutletFactory
from timeline.choices import ArticleStatus, EventStatus
from timeline.errors import ApplicationError
from timeline.models import Article, Event, EventSource
from timeline.services.ingest import ingest_file, ingest_submit

PUBLISHED = dt.datetime(2025, 2, 24, 8, 30, tzinfo=dt.UTC)
TEXT = (
    "Acme said on Monday it would invest heavily in cloud computing.\n"
    "@@ category=investment | date=2025-02-24 | actors=acme:initiator | "
    "title=Acme to invest in cloud computing\n"
)


@pytest.fixture
def acme(db):
    return ActorFactory(slug="acme", name="Acme")


@pytest.mark.django_db
def test_pasted_text_becomes_a_done_article_with_a_draft_event(settled, acme):
    outcome = settled(
        ingest_submit, text=TEXT, title="Acme invests", language="en", published_at=PUBLISHED
    )

    assert outcome.status == "done"
    article = Article.objects.get(pk=outcome.article_id)
    assert article.status == ArticleStatus.DONE
    assert article.extractor_version == "fake-1"
    event = Event.objects.get(pk__in=outcome.events)
    assert event.status == EventStatus.DRAFT
    assert event.title == "Acme to invest in cloud computing"
    assert [(link.actor.slug, link.role) for link in event.actor_links.all()] == [
        ("acme", "initiator")
    ]
    source = EventSource.objects.get(event=event)
    assert article.text[source.evidence_start : source.evidence_end] == source.evidence


@pytest.mark.django_db
def test_the_same_text_twice_gives_one_article_reported_as_duplicate(settled, acme):
    first = settled(ingest_submit, text=TEXT, language="en", published_at=PUBLISHED)
    second = settled(ingest_submit, text="  " + TEXT.replace("\n", "\n\n"), language="en")

    assert second.status == "duplicate"
    assert second.duplicate_of == first.article_id
    assert Article.objects.count() == 1
    assert Event.objects.count() == 1


@pytest.mark.django_db
def test_language_is_identified_when_not_given(settled, acme):
    outcome = settled(
        ingest_submit,
        text="Die Bundesregierung hat am Montag neue Regeln für Halbleiter beschlossen, "
        "die ab dem kommenden Jahr gelten sollen.",
        published_at=PUBLISHED,
    )
    assert Article.objects.get(pk=outcome.article_id).language == "de"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"text": "   \n "}, "text"),
        ({}, "text"),
        ({"text": TEXT, "language": "fr"}, "language"),
        ({"text": TEXT, "published_at": dt.datetime(2025, 2, 24, 8, 30)}, "published_at"),  # noqa: DTZ001
        ({"text": TEXT, "outlet": "no-such-outlet"}, "outlet"),
        ({"url": "ftp://example.org/a"}, "url"),
    ],
)
def test_bad_input_is_refused_naming_the_field(settled, arguments, field):
    with pytest.raises(ApplicationError) as refused:
        settled(ingest_submit, **arguments)
    assert refused.value.field == field
    assert Article.objects.count() == 0


@pytest.mark.django_db
def test_markdown_file_front_matter_sets_the_metadata(settled, acme):
    outlet = OutletFactory(slug="pacific-tech-ledger")
    data = (
        "---\ntitle: Acme invests\noutlet: pacific-tech-ledger\nlanguage: en\n"
        "published: 2025-02-24T08:30:00+00:00\nurl: https://ptl.example/acme?utm_source=x\n"
        "author: Jo Reporter\n---\n" + TEXT
    ).encode()

    outcome = settled(ingest_file, name="acme.md", data=data)

    article = Article.objects.get(pk=outcome.article_id)
    assert outcome.status == "done"
    assert (article.title, article.outlet, article.language, article.author) == (
        "Acme invests",
        outlet,
        "en",
        "Jo Reporter",
    )
    assert article.published_at == PUBLISHED
    assert article.url == "https://ptl.example/acme"
    assert article.text.startswith("Acme said on Monday")


@pytest.mark.django_db
def test_html_file_is_reduced_to_its_article_text(settled, acme):
    html = (
        b"<html><head><title>Acme invests</title></head><body><nav>Home | Markets | Login</nav>"
        b"<article><h1>Acme invests</h1><p>Acme said on Monday it would invest heavily in cloud "
        b"computing over the next three years, more than ever before.</p><p>The company's chief "
        b"executive called it a unique opportunity for the whole industry.</p></article>"
        b"<footer>Imprint | Privacy</footer></body></html>"
    )

    outcome = settled(ingest_file, name="acme.html", data=html, published_at=PUBLISHED)

    text = Article.objects.get(pk=outcome.article_id).text
    assert "Acme said on Monday" in text
    assert "Login" not in text
    assert "Privacy" not in text


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("report.pdf", b"%PDF-1.7", "only .txt"),
        ("empty.txt", b"  \n", "has no text"),
        ("latin.txt", "Zölle".encode("latin-1"), "not UTF-8"),
        ("broken.md", b"---\ntitle: [unclosed\n---\nBody", "front matter"),
    ],
)
def test_unreadable_files_are_refused_with_a_reason(settled, name, data, reason):
    with pytest.raises(ApplicationError, match=reason):
        settled(ingest_file, name=name, data=data)
    assert Article.objects.count() == 0


@pytest.mark.django_db
def test_nul_characters_are_dropped_so_any_database_can_store_the_text(settled, acme):
    outcome = settled(ingest_submit, text="Acme\x00 said\x00 hello.\n" + TEXT, language="en")

    assert Article.objects.get(pk=outcome.article_id).text.startswith("Acme said hello.")


@pytest.mark.django_db
def test_text_of_nothing_but_nul_characters_is_empty():
    with pytest.raises(ApplicationError, match="has no text"):
        ingest_submit(text="\x00\x00", language="en")
