"""Reading uploaded files: front matter, plain text, HTML; refusing the rest."""

import datetime as dt

import pytest

from timeline.ingest.errors import IngestRefused
from timeline.ingest.files import file_content


def test_markdown_front_matter_gives_the_metadata():
    content = file_content(
        "a.md",
        b"---\ntitle: Chips\nlanguage: de\npublished: 2025-03-01\noutlet: ptl\n"
        b"url: https://ptl.example/x\nauthor: A. Writer\n---\n\nBody text.\n",
    )
    assert content.text == "Body text."
    assert (content.title, content.language, content.outlet, content.url, content.author) == (
        "Chips",
        "de",
        "ptl",
        "https://ptl.example/x",
        "A. Writer",
    )
    assert content.published_at == dt.datetime(2025, 3, 1, tzinfo=dt.UTC)


def test_markdown_without_front_matter_is_plain_text():
    assert file_content("a.md", b"# Heading\n\nText").text == "# Heading\n\nText"


def test_a_byte_order_mark_is_not_part_of_the_text():
    assert file_content("a.txt", "\ufeffHallo Welt".encode()).text == "Hallo Welt"


def test_a_bad_publication_date_is_refused_naming_the_file():
    with pytest.raises(IngestRefused, match=r"a\.md: 'published' is not an ISO date"):
        file_content("a.md", b"---\npublished: last tuesday\n---\nBody")


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("a.docx", b"PK", "only .txt"),
        ("a.txt", b"\xff\xfe\x00", "not UTF-8"),
        ("a.md", b"---\ntitle: x\n---\n   ", "has no text"),
        ("a.txt", b"x" * (5 * 1024 * 1024 + 1), "larger than 5 MB"),
    ],
)
def test_unusable_files_are_refused(name, data, reason):
    with pytest.raises(IngestRefused, match=reason):
        file_content(name, data)
