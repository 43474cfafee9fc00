"""Canonical URLs: tracking links to one page compare equal; other URLs are refused."""

import pytest

from timeline.ingest.errors import IngestRefused
from timeline.ingest.urls import canonical_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://News.Example.ORG/a/b?utm_source=x&id=7&fbclid=y#top",
            "https://news.example.org/a/b?id=7",
        ),
        ("HTTP://example.org:80", "http://example.org/"),
        ("https://example.org:8443/x?gclid=1", "https://example.org:8443/x"),
        ("https://example.org/x?Utm_Medium=a&page=2&ref=tw", "https://example.org/x?page=2"),
        ("  https://bücher.example/ ", "https://xn--bcher-kva.example/"),
    ],
)
def test_tracking_parameters_fragments_and_default_ports_are_dropped(url, expected):
    assert canonical_url(url) == expected


def test_meaningful_query_parameters_keep_their_order():
    assert canonical_url("https://e.org/?b=2&a=1") == "https://e.org/?b=2&a=1"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("file:///etc/passwd", "not file:"),
        ("javascript:alert(1)", "not javascript:"),
        ("example.org/news", "not no scheme"),
        ("https:///path", "no host name"),
        ("https://user:secret@example.org/", "user name or password"),
        ("http://example.org:99999/", "not a valid URL"),
    ],
)
def test_urls_that_cannot_be_fetched_are_refused(url, reason):
    with pytest.raises(IngestRefused, match=reason):
        canonical_url(url)


@pytest.mark.parametrize("url", ["http://a\x00b.example/", "https://exa mple.com/", "http://a..b/"])
def test_host_names_with_characters_no_host_can_have_are_refused(url):
    with pytest.raises(IngestRefused, match="is not valid"):
        canonical_url(url)
