"""Event stage: a named party acting on the day of the news makes an event without a trigger.

When no lexicon entry fits, a sentence near the top of an article that names a party as its
subject and a day of the week before publication still proposes an event (a statement when the
party says something, otherwise `other`), with a lower confidence so editors check it. Sentences
are written for these tests; the publication date is Thursday 27 February 2025 ("Tuesday" is the
25th).
"""

import datetime as dt

import pytest

from timeline.extraction import extract
from timeline.extraction.types import ArticleInput, ProposedEvent

TUESDAY = dt.date(2025, 2, 25)


def events(text, gazetteer, published, language="en") -> tuple[ProposedEvent, ...]:
    article = ArticleInput(text=text, published=published, language=language)
    return extract(article, gazetteer).events


def summary(event: ProposedEvent) -> tuple[dt.date, str, str, list[tuple[str, str]]]:
    actors = [(a.slug, a.role) for a in event.actors]
    return event.date, event.category, event.date_phrase, actors


@pytest.mark.parametrize(
    ("language", "sentence", "phrase", "slug"),
    [
        ("en", "SAP opened a new office in Walldorf on Tuesday.", "Tuesday", "sap"),
        (
            "de",
            "Alibaba hat am Dienstag eine neue Zentrale in Hangzhou eröffnet.",
            "Dienstag",
            "alibaba-group",
        ),
    ],
)
def test_a_party_acting_on_the_news_day_without_a_trigger_gives_an_other_event(
    gazetteer, published, language, sentence, phrase, slug
):
    found = events(sentence, gazetteer, published, language)
    assert [summary(e) for e in found] == [(TUESDAY, "other", phrase, [(slug, "initiator")])]


@pytest.mark.parametrize(
    ("language", "sentence", "phrase"),
    [
        ("en", "Huawei confirmed on Tuesday that it had moved its office to Shenzhen.", "Tuesday"),
        ("de", "Huawei bestätigte am Dienstag den Eingang des Schreibens.", "Dienstag"),
        ("zh", "华为周二确认已收到这封信。", "周二"),
    ],
)
def test_a_party_confirming_something_on_the_news_day_makes_a_statement(
    gazetteer, published, language, sentence, phrase
):
    found = events(sentence, gazetteer, published, language)
    assert [summary(e) for e in found] == [
        (TUESDAY, "statement", phrase, [("huawei", "initiator")])
    ]


def test_an_event_without_a_trigger_is_less_certain_than_one_with(gazetteer, published):
    (guessed,) = events("SAP opened a new office in Walldorf on Tuesday.", gazetteer, published)
    (measured,) = events("Nvidia unveiled a new chip on Tuesday.", gazetteer, published)
    assert guessed.confidence < measured.confidence


def test_the_next_sentence_still_takes_the_date_of_a_sentence_without_a_trigger(
    gazetteer, published
):
    text = (
        "China moved quickly on Tuesday. "
        "The Commerce Ministry added Nvidia to its export control list."
    )
    found = [summary(e) for e in events(text, gazetteer, published)]
    assert found == [
        (TUESDAY, "other", "Tuesday", [("china", "initiator")]),
        (
            TUESDAY,
            "export_controls",
            "Tuesday",
            # the ministry acts for China, which the article names
            [
                ("china-ministry-of-commerce", "initiator"),
                ("nvidia", "target"),
                ("china", "initiator"),
            ],
        ),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # background: long before the news
        "SAP opened an office in Walldorf in 2019.",
        # what analysts make of the news is nobody's act
        "Analysts looked closely at Huawei's numbers on Tuesday.",
        # a plan for a day still to come
        "SAP will open a new office in Walldorf on Monday.",
        # the party only describes the subject
        "Beijing's answer came on Tuesday.",
        # the party is no subject, only named deep inside the sentence
        "On a cold morning in the north of the country on Tuesday, many engineers from the "
        "local office of SAP gathered.",
    ],
)
def test_background_opinions_plans_and_parties_in_passing_give_no_event(
    gazetteer, published, sentence
):
    assert events(sentence, gazetteer, published) == ()


def test_a_news_day_sentence_deep_in_the_background_gives_no_event(gazetteer, published):
    text = (
        "Nvidia unveiled a new chip on Tuesday.\n\n"
        "The chip is fast. It is cheap. It is small. It uses little power. It runs cool. "
        "It ships soon.\n\n"
        "SAP opened a new office in Walldorf on Tuesday."
    )
    assert [e.category for e in events(text, gazetteer, published)] == ["product_launch"]


def test_no_guess_where_the_party_already_has_an_event_that_day(gazetteer, published):
    text = (
        "Huawei cut the price of its newest phone on Tuesday. "
        "Nvidia unveiled a new chip on Tuesday. "
        "Nvidia moved quickly on Tuesday."
    )
    found = [(e.category, e.actors[0].slug) for e in events(text, gazetteer, published)]
    assert found == [("other", "huawei"), ("product_launch", "nvidia")]


def test_a_share_price_move_on_the_news_day_is_no_event(gazetteer, published):
    assert events("阿里巴巴港股周二重挫。", gazetteer, published, "zh") == ()
