"""Feed parsing and the terminal progress line."""

import datetime as dt
import io

import pytest

from timeline.ingest.errors import IngestRefused
from timeline.ingest.feeds import parse_feed
from timeline.ingest.language import detect_language
from timeline.ingest.progress import Progress

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><id>tag:wire,2025:1</id><title>One</title><link href="https://wire.example/1"/>
<updated>2025-03-04T09:00:00Z</updated></entry>
<entry><title>No link, skipped</title><id>tag:wire,2025:2</id></entry>
<entry><title>Link only</title><link href="https://wire.example/3"/></entry>
</feed>"""


def test_atom_entries_with_links_are_listed_with_their_ids_and_dates():
    feed = parse_feed(ATOM, url="https://wire.example/feed")

    assert feed.title == "Wire"
    assert [(i.guid, i.url) for i in feed.items] == [
        ("tag:wire,2025:1", "https://wire.example/1"),
        ("https://wire.example/3", "https://wire.example/3"),
    ]
    assert feed.items[0].published_at == dt.datetime(2025, 3, 4, 9, tzinfo=dt.UTC)


def test_something_that_is_not_a_feed_is_refused():
    with pytest.raises(IngestRefused, match="not a readable RSS or Atom feed"):
        parse_feed(b"\x00\x01 binary junk <", url="https://x.example/feed")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Commerce Department said on Monday it would restrict chip exports.", "en"),
        ("Das Handelsministerium kündigte am Montag neue Exportbeschränkungen an.", "de"),
        ("商务部周一宣布对镓和锗相关物项实施出口管制。", "zh"),
        ("Le ministère a annoncé lundi de nouvelles restrictions à l'exportation.", None),
    ],
)
def test_languages_outside_en_de_zh_are_not_guessed_into_them(text, language):
    assert detect_language(text) == language


class FakeClockProgress(Progress):
    def __init__(self, *args, seconds, **kwargs):
        super().__init__(*args, **kwargs)
        self.seconds: float = seconds

    @property
    def elapsed(self) -> float:
        return self.seconds


def test_progress_shows_done_total_rate_and_time_left():
    stream = io.StringIO()
    progress = FakeClockProgress(10, stream=stream, seconds=60.0, interval=0)

    progress.advance(4)

    assert stream.getvalue() == "4/10 articles (40%), 4.0/min, 1m30s left\n"


def test_progress_summary_gives_elapsed_time_and_rate():
    stream = io.StringIO()
    progress = FakeClockProgress(2, stream=stream, seconds=30.0, interval=3600)
    progress.advance(2)

    progress.finish("2 inputs: 2 done")

    assert stream.getvalue().splitlines()[-1] == "2 inputs: 2 done in 30s (4.0/min)"
