"""URLs are fetched safely from a local server, read with trafilatura, and stored once."""

import datetime as dt

import pytest

from tests.factories import ActorFactory
from tests.integration.ingest.conftest import Route
from timeline.choices import ArticleStatus
from timeline.errors import ApplicationError
from timeline.models import Article, Event
from timeline.services.ingest import ingest_submit

PAGE = """<!doctype html>
<html lang="en"><head>
<title>Acme to invest in cloud | Example News</title>
<meta name="author" content="Jo Reporter">
<meta property="article:published_time" content="2025-02-24T08:30:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/markets">Markets</a> <a href="/login">Sign in</a></nav>
<article><h1>Acme to invest in cloud</h1>
<p>Acme said on Monday it would invest at least 380 billion yuan in cloud computing and
artificial-intelligence infrastructure over the next three years.</p>
<p>@@ category=investment | date=2025-02-24 | actors=acme:initiator |
title=Acme to invest in cloud computing</p>
<p>The commitment is more than the company spent on those areas in the past decade combined,
its chief executive told analysts on an earnings call.</p>
</article>
<footer>Example News · Imprint · Privacy policy</footer>
</body></html>
"""


@pytest.fixture
def acme(db):
    return ActorFactory(slug="acme", name="Acme")


@pytest.mark.django_db
def test_a_url_is_fetched_and_its_main_text_and_metadata_stored(settled, fixture_server, acme):
    fixture_server.routes["/news/acme"] = Route(PAGE.encode())

    outcome = settled(ingest_submit, url=fixture_server.url("/news/acme"))

    assert outcome.status == "done", outcome.error
    article = Article.objects.get(pk=outcome.article_id)
    assert article.title.startswith("Acme to invest in cloud")
    assert article.author == "Jo Reporter"
    assert article.published_at == dt.datetime(2025, 2, 24, 8, 30, tzinfo=dt.UTC)
    assert article.language == "en"
    assert "380 billion yuan" in article.text
    assert "Sign in" not in article.text
    assert "Privacy policy" not in article.text
    assert Event.objects.filter(pk__in=outcome.events).count() == 1


@pytest.mark.django_db
def test_the_same_url_with_other_tracking_parameters_gives_one_article(
    settled, fixture_server, acme
):
    fixture_server.routes["/news/acme"] = Route(PAGE.encode())
    first = settled(ingest_submit, url=fixture_server.url("/news/acme?utm_source=newsletter&id=7"))

    second = settled(
        ingest_submit,
        url=fixture_server.url("/news/acme?id=7&fbclid=abc&utm_medium=social#comments"),
    )

    assert second.status == "duplicate"
    assert second.duplicate_of == first.article_id
    assert Article.objects.count() == 1
    assert fixture_server.hits["/news/acme"] == 1


@pytest.mark.django_db
def test_two_urls_with_the_same_content_keep_one_article_with_events(settled, fixture_server, acme):
    fixture_server.routes["/a"] = Route(PAGE.encode())
    fixture_server.routes["/syndicated/a"] = Route(PAGE.encode())
    first = settled(ingest_submit, url=fixture_server.url("/a"))

    second = settled(ingest_submit, url=fixture_server.url("/syndicated/a"))

    assert second.status == "duplicate"
    assert second.duplicate_of == first.article_id
    assert Article.objects.exclude(status=ArticleStatus.DUPLICATE).count() == 1
    assert Event.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://10.0.0.1/news", "10.0.0.1: it is a private address"),
        ("http://[::1]/news", "::1: it is a loopback address"),
        ("http://169.254.169.254/latest/meta-data/", "cloud metadata address"),
        ("http://[fd12:3456::1]/", "unique-local address"),
        ("http://0.0.0.0/", "unspecified address"),
        ("http://224.0.0.1/", "multicast address"),
        ("file:///etc/passwd", "only http and https URLs can be fetched, not file:"),
        ("gopher://example.org/", "not gopher:"),
        ("http://localhost/", "it is a loopback address"),
    ],
)
def test_unsafe_urls_are_refused_before_anything_is_stored(settled, url, reason):
    with pytest.raises(ApplicationError) as refused:
        settled(ingest_submit, url=url)
    assert reason in refused.value.message
    assert refused.value.field == "url"
    assert Article.objects.count() == 0


@pytest.mark.django_db
def test_127_0_0_1_is_refused_unless_allow_listed(settled, fixture_server, settings):
    fixture_server.routes["/news/acme"] = Route(PAGE.encode())
    settings.INGEST_ALLOWED_HOSTS = []

    with pytest.raises(ApplicationError, match=r"127\.0\.0\.1: it is a loopback address"):
        settled(ingest_submit, url=fixture_server.url("/news/acme"))
    assert fixture_server.hits == {}


def failed_reason(outcome) -> str:
    article = Article.objects.get(pk=outcome.article_id)
    assert article.status == ArticleStatus.FAILED
    assert outcome.status == "failed"
    return article.error


@pytest.mark.django_db
def test_a_redirect_to_a_private_address_is_refused(settled, fixture_server):
    fixture_server.routes["/moved"] = Route(
        b"", status=302, headers={"Location": "http://10.1.2.3/internal"}
    )

    outcome = settled(ingest_submit, url=fixture_server.url("/moved"))

    assert "10.1.2.3: it is a private address" in failed_reason(outcome)
    assert Event.objects.count() == 0


@pytest.mark.django_db
def test_more_than_five_redirects_are_refused(settled, fixture_server):
    for hop in range(7):
        fixture_server.routes[f"/hop{hop}"] = Route(
            b"", status=301, headers={"Location": f"/hop{hop + 1}"}
        )

    outcome = settled(ingest_submit, url=fixture_server.url("/hop0"))

    assert "redirects more than 5 times" in failed_reason(outcome)
    assert fixture_server.hits["/hop5"] == 1
    assert "/hop6" not in fixture_server.hits


@pytest.mark.django_db
def test_five_redirects_are_followed(settled, fixture_server, acme):
    for hop in range(5):
        fixture_server.routes[f"/hop{hop}"] = Route(
            b"", status=301, headers={"Location": f"/hop{hop + 1}"}
        )
    fixture_server.routes["/hop5"] = Route(PAGE.encode())

    assert settled(ingest_submit, url=fixture_server.url("/hop0")).status == "done"


@pytest.mark.django_db
def test_a_20_mb_body_is_cut_off_and_refused(settled, fixture_server):
    fixture_server.routes["/huge"] = Route(
        b"", content_type="text/html", stream_bytes=20 * 1024 * 1024
    )

    outcome = settled(ingest_submit, url=fixture_server.url("/huge"))

    assert "larger than 5 MB" in failed_reason(outcome)


@pytest.mark.django_db
def test_a_declared_oversized_body_is_refused_without_reading_it(settled, fixture_server):
    fixture_server.routes["/big"] = Route(b"x" * (6 * 1024 * 1024), content_type="text/html")

    outcome = settled(ingest_submit, url=fixture_server.url("/big"))

    assert "larger than 5 MB" in failed_reason(outcome)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "content_type", ["application/octet-stream", "image/png", "application/pdf"]
)
def test_binary_content_types_are_refused(settled, fixture_server, content_type):
    fixture_server.routes["/file"] = Route(b"\x89PNG\r\n\x1a\n", content_type=content_type)

    outcome = settled(ingest_submit, url=fixture_server.url("/file"))

    assert f"is {content_type}, not an HTML or text page" in failed_reason(outcome)


@pytest.mark.django_db
def test_a_missing_page_fails_with_the_servers_answer(settled, fixture_server):
    outcome = settled(ingest_submit, url=fixture_server.url("/gone"))

    assert "answered 404" in failed_reason(outcome)


@pytest.mark.django_db
def test_a_server_error_without_a_queue_fails_after_one_attempt(settled, fixture_server):
    fixture_server.routes["/down"] = Route(b"oops", status=503)

    outcome = settled(ingest_submit, url=fixture_server.url("/down"))

    reason = failed_reason(outcome)
    assert "answered 503" in reason
    assert "gave up after 1 attempt" in reason


@pytest.mark.django_db
def test_a_failed_url_submitted_again_is_tried_again(settled, fixture_server, acme):
    fixture_server.routes["/flaky"] = Route(b"oops", status=503)
    first = settled(ingest_submit, url=fixture_server.url("/flaky"))
    fixture_server.routes["/flaky"] = Route(PAGE.encode())

    second = settled(ingest_submit, url=fixture_server.url("/flaky"))

    assert second.article_id == first.article_id
    assert second.status == "done"
    assert Article.objects.count() == 1
