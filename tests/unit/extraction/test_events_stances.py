"""Event stage: a named party's undated position on the news of the week, wherever the article
quotes it, is a statement made on the day of that news; other sentences with a verb of saying
are not. The publication date is Thursday 27 February 2025, so "Tuesday" is 25 February.
"""

import pytest

from tests.unit.extraction.builders import TUESDAY, about, initiator
from tests.unit.extraction.builders import extracted_events as events

LEAD_DE = "Das US-Handelsministerium setzte Huawei am Dienstag auf die Entity List. "
LEAD_EN = "On Tuesday the Commerce Department added Huawei to the entity list. "

# Sentences without parties or triggers, enough to take a reaction out of the reach of the
# verdicts that answer the news directly.
FILLER_DE = "Die Liste umfasst inzwischen mehrere hundert Einträge aus vielen Ländern. " * 11
FILLER_EN = "The list now runs to several hundred entries from many countries. " * 11


def test_a_position_quoted_late_in_the_article_is_dated_by_the_news(gazetteer, published):
    text = (
        LEAD_DE
        + FILLER_DE
        + "Das chinesische Handelsministerium erklärte, es sei äußerst unzufrieden."
    )
    proposed = events(text, gazetteer, published, "de")
    found = about(proposed, "unzufrieden")
    assert [(e.date, e.category, initiator(e)) for e in found] == [
        (TUESDAY, "statement", "china-ministry-of-commerce")
    ]
    # the date phrase it shows editors is the news' own
    assert found[0].date_phrase == about(proposed, "Entity List")[0].date_phrase == "Dienstag"


def test_a_party_s_own_words_in_quotation_marks_are_a_position(gazetteer, published):
    text = LEAD_EN + FILLER_EN + 'Nvidia said: "Our customers in China deserve clarity."'
    found = about(events(text, gazetteer, published), "clarity")
    assert [(e.date, e.category, initiator(e)) for e in found] == [(TUESDAY, "statement", "nvidia")]


def test_a_judgement_named_after_the_quotation_is_the_speaker_s(gazetteer, published):
    text = LEAD_DE + FILLER_DE + "„Das ist der falsche Weg“, sagte SAP-Chef Christian Klein."
    found = about(events(text, gazetteer, published, "de"), "falsche Weg")
    assert [(e.date, initiator(e)) for e in found] == [(TUESDAY, "sap")]


@pytest.mark.parametrize(
    ("language", "sentence", "words"),
    [
        (
            "de",
            "SAP hielt dagegen, die Regeln schadeten vor allem amerikanischen Firmen.",
            "dagegen",
        ),
        ("en", "Nvidia countered that the rule hands the market to Huawei.", "countered"),
        ("zh", "英伟达驳斥了这一说法。", "驳斥"),
        ("de", "SAP erklärte, der Schritt sei protektionistisch.", "protektionistisch"),
        ("en", "Nvidia said the rule was discriminatory.", "discriminatory"),
        (
            "de",
            "Die Entscheidung beruhe auf Missverständnissen, erklärte SAP am Rande.",
            "Missverständnissen",
        ),
        ("en", "Nvidia said the agreement was unprecedented.", "unprecedented"),
        ("de", "SAP erklärte, die Abstimmung sei ein Rückschlag.", "Rückschlag"),
    ],
)
def test_a_rebuttal_a_charge_or_praise_is_a_position(
    gazetteer, published, language, sentence, words
):
    lead, filler = {
        "de": (LEAD_DE, FILLER_DE),
        "en": (LEAD_EN, FILLER_EN),
        "zh": (
            "美国商务部周二将华为列入实体清单。",
            "该清单目前已包含来自多个国家的数百个条目。" * 11,
        ),
    }[language]
    found = about(events(lead + filler + sentence, gazetteer, published, language), words)
    assert [(e.date, e.category) for e in found] == [(TUESDAY, "statement")]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # an attribution of facts, not a position
        ("en", "Nvidia said it was reviewing the rule."),
        ("en", "Nvidia said its customers in China could switch to other products."),
        # plans are forecasts
        ("en", "Nvidia said it would seek licences for some customers."),
        ("de", "SAP erklärte, man werde die Regeln genau prüfen."),
        # said before, or not said at all
        ("en", "Huawei has long denied the charges."),
        ("de", "Einen Preis nannte SAP nicht."),
        # a speaker the gazetteer cannot name, whatever the sentence names
        ("en", '"It is a gift to Huawei," said one trade lawyer.'),
        ("de", "„Für SAP ist das eine schlechte Nachricht“, sagt ein Analyst einer Bank."),
        # what is said comes first, and the one who says it is not named
        ("de", "Man sei mit dem Vorgehen von SAP äußerst unzufrieden, erklärte ein Sprecher."),
        # only the announcement of a reaction that follows
        ("de", "Peking reagierte verärgert."),
    ],
)
def test_sentences_that_only_say_something_are_no_position(
    gazetteer, published, language, sentence
):
    lead, filler = (LEAD_DE, FILLER_DE) if language == "de" else (LEAD_EN, FILLER_EN)
    found = events(lead + filler + sentence, gazetteer, published, language)
    assert about(found, sentence[:20]) == []
    assert about(found, "Entity List" if language == "de" else "entity list") != []


def test_an_article_about_old_news_dates_no_undated_position(gazetteer, published):
    text = (
        "In May 2019 the Commerce Department added Huawei to the entity list. "
        + FILLER_EN
        + "Huawei called the decision a grave mistake."
    )
    found = events(text, gazetteer, published)
    assert about(found, "grave mistake") == []
    assert [e.date.year for e in about(found, "entity list")] == [2019]


def test_chinese_position_of_a_ministry_is_a_statement(gazetteer, published):
    text = (
        "美国商务部周二将华为列入实体清单。"
        + "该清单目前已包含来自多个国家的数百个条目。" * 11
        + "商务部表示，中方对此强烈不满。"
    )
    found = about(events(text, gazetteer, published, "zh"), "强烈不满")
    assert [(e.date, e.category, initiator(e)) for e in found] == [
        (TUESDAY, "statement", "china-ministry-of-commerce")
    ]


@pytest.mark.parametrize(
    ("language", "sentence", "words"),
    [
        ("de", "SAP erklärte, die Exportkontrollen seien protektionistisch.", "protektionistisch"),
        ("en", "Nvidia said the export controls were unfair to American firms.", "unfair"),
        ("en", "Huawei said it was disappointed by the court ruling.", "disappointed"),
    ],
)
def test_a_party_s_verdict_on_the_measure_is_its_position_not_the_measure(
    gazetteer, published, language, sentence, words
):
    lead, filler = (LEAD_DE, FILLER_DE) if language == "de" else (LEAD_EN, FILLER_EN)
    found = about(events(lead + filler + sentence, gazetteer, published, language), words)
    assert [(e.date, e.category) for e in found] == [(TUESDAY, "statement")]


def test_a_german_subject_before_the_verb_is_the_speaker_not_the_party_after_it(
    gazetteer, published
):
    sentence = "Die Regierung forderte SAP auf, die Lieferungen zu überdenken; das sei falsch."
    found = events(LEAD_DE + FILLER_DE + sentence, gazetteer, published, "de")
    assert about(found, "überdenken") == []


def test_a_position_answers_the_latest_day_of_the_news(gazetteer, published):
    text = (
        "Das US-Handelsministerium setzte Huawei am 20. Februar auf die Entity List, wie am "
        "Dienstag bekannt wurde. " + FILLER_DE + "Huawei erklärte, der Schritt sei falsch."
    )
    found = about(events(text, gazetteer, published, "de"), "sei falsch")
    assert [(e.date, e.category) for e in found] == [(TUESDAY, "statement")]


def test_a_chinese_party_named_after_the_verb_is_what_is_said_about(gazetteer, published):
    text = (
        "美国商务部周二将华为列入实体清单。"
        + "该清单目前已包含来自多个国家的数百个条目。" * 11
        + "公告指出，华为的做法严重违反规则。"
    )
    assert about(events(text, gazetteer, published, "zh"), "严重违反") == []
