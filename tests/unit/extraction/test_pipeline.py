"""The whole extractor on small articles, plus inputs built to break it.

Time limits are on CPU time, so that other work on a shared machine does not make them flaky.
"""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.extraction import EXTRACTOR_VERSION, extract
from timeline.extraction.types import ArticleInput

GERMAN = (
    "Der chinesische Onlinehändler Alibaba macht Ernst. Der Konzern hat kürzlich angekündigt, in "
    "den nächsten drei Jahren mindestens 380 Milliarden Renminbi in KI-Infrastruktur zu "
    "investieren.\n\n"
    "Alibaba-Aktie: Kaufen oder verkaufen? Die neue Analyse vom 27. Februar verrät, was Anleger "
    "jetzt wissen müssen. Hier weiterlesen!\n"
)


def test_german_investment_plan(gazetteer, published):
    result = extract(ArticleInput(text=GERMAN, published=published, language="de"), gazetteer)
    assert result.extractor_version == EXTRACTOR_VERSION
    assert len(result.events) == 1
    event = result.events[0]
    assert event.category == "investment"
    assert (event.date, event.precision, event.approximate) == (dt.date(2025, 2, 1), "month", True)
    assert event.date_end == dt.date(2028, 1, 31)
    assert event.date_phrase == "kürzlich"
    assert [(a.slug, a.role) for a in event.actors] == [("alibaba-group", "initiator")]
    assert any(f.currency == "CNY" and f.amount == 380e9 for f in event.figures)
    assert GERMAN[event.evidence_start : event.evidence_end] == event.evidence
    assert len(event.title) <= 120


def test_teaser_gives_no_event_and_no_date(gazetteer, published):
    result = extract(ArticleInput(text=GERMAN, published=published, language="de"), gazetteer)
    assert all("Analyse" not in e.evidence for e in result.events)


def test_language_is_identified_when_not_given(gazetteer, published):
    result = extract(ArticleInput(text=GERMAN, published=published), gazetteer)
    assert result.language == "de"


def test_undated_sentence_gives_no_event(gazetteer, published):
    text = "Nvidia faces export controls from Washington."
    result = extract(ArticleInput(text=text, published=published, language="en"), gazetteer)
    assert result.events == ()
    assert {a.slug for a in result.actors} == {"nvidia", "united-states"}


def test_effective_date_is_not_the_event_date(gazetteer, published):
    text = "China said on Monday it would impose export controls from August 1."
    result = extract(ArticleInput(text=text, published=published, language="en"), gazetteer)
    assert [(e.date, e.category) for e in result.events] == [
        (dt.date(2025, 2, 24), "export_controls")
    ]


def test_empty_and_binary_input(gazetteer, published):
    for text in ("", "\x00\x01\x02" * 100, "\ufffd" * 1000):
        result = extract(ArticleInput(text=text, published=published), gazetteer)
        assert result.events == ()


def test_huge_sentence_is_processed(gazetteer, published):
    text = ("Alibaba said on Monday it would invest 5 billion yuan, " * 900) + "."
    result = extract(ArticleInput(text=text, published=published, language="en"), gazetteer)
    assert all(0 <= e.evidence_start <= e.evidence_end <= len(text) for e in result.events)


def test_backtracking_bait_is_processed(gazetteer, published):
    text = "1" * 20000 + " " + "a " * 20000 + "年" * 5000 + "." * 5000 + " ," * 5000
    result = extract(ArticleInput(text=text, published=published, language="en"), gazetteer)
    assert result.events == ()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=2000), language=st.sampled_from(["en", "de", "zh", None]))
def test_any_text_is_processed(text, language, gazetteer):
    published = dt.datetime(2025, 2, 27, tzinfo=dt.UTC)
    result = extract(ArticleInput(text=text, published=published, language=language), gazetteer)
    for event in result.events:
        assert 0 <= event.evidence_start <= event.evidence_end <= len(text)


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chunk=st.text(min_size=1, max_size=500))
def test_texts_up_to_100_kb_are_processed(chunk, gazetteer):
    text = (chunk * (100_000 // len(chunk) + 1))[:100_000]
    published = dt.datetime(2025, 2, 27, tzinfo=dt.UTC)
    result = extract(ArticleInput(text=text, published=published), gazetteer)
    assert all(0 <= e.evidence_start <= e.evidence_end <= len(text) for e in result.events)


def test_taking_effect_in_the_background_is_not_a_new_event(gazetteer, published):
    text = (
        "Huawei said on Monday it would appeal against the export controls.\n\n"
        "The US export controls took effect on Friday."
    )
    result = extract(ArticleInput(text=text, published=published, language="en"), gazetteer)
    assert [e.date_phrase for e in result.events] == ["Monday"]
