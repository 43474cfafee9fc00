"""Event stage: results dated by the day they came out, and one statement per party that makes it.

Sentences are written for these tests; the publication date is Thursday 27 February 2025, so
"Tuesday" is 25 February.
"""

import datetime as dt

from tests.unit.extraction.builders import TUESDAY, about, initiator
from tests.unit.extraction.builders import extracted_events as events

# --- results reported on the day of the news ---------------------------------------------


def test_results_for_a_quarter_take_the_day_the_article_reports(gazetteer, published):
    text = (
        "Nvidia said on Tuesday that demand for its data-centre chips remained strong. "
        "For its fourth quarter, Nvidia reported revenue of $39 billion, up 78% on the year. "
        "The company was founded in 1993 and is based in Santa Clara."
    )
    results = [e for e in events(text, gazetteer, published) if e.category == "earnings"]
    assert [(e.date, e.precision, initiator(e)) for e in results] == [(TUESDAY, "day", "nvidia")]


def test_results_keep_their_period_when_the_article_gives_no_day(gazetteer, published):
    text = (
        "For its fourth quarter, Nvidia reported revenue of $39 billion, up 78% on the year. "
        "Demand for data-centre chips drove the growth. "
        "The company was founded in 1993 and is based in Santa Clara."
    )
    results = [e for e in events(text, gazetteer, published) if e.category == "earnings"]
    assert [(e.date, e.precision) for e in results] == [(dt.date(2024, 10, 1), "quarter")]


def test_german_results_take_the_day_of_the_news(gazetteer, published):
    text = (
        "SAP teilte am Dienstag mit, das Cloudgeschäft wachse weiter kräftig. "
        "Für das vierte Quartal meldete SAP einen Umsatz von 9,4 Milliarden Euro. "
        "Der Konzern hat seinen Sitz in Walldorf."
    )
    results = [e for e in events(text, gazetteer, published, "de") if e.category == "earnings"]
    assert [(e.date, e.precision, initiator(e)) for e in results] == [(TUESDAY, "day", "sap")]


def test_results_reported_years_before_the_news_keep_their_year(gazetteer, published):
    text = (
        "Huawei said on Tuesday that it would open a research centre in Munich. "
        "In 2019, Huawei reported revenue of 858 billion yuan. "
        "The company is based in Shenzhen."
    )
    results = [e for e in events(text, gazetteer, published) if e.category == "earnings"]
    assert [(e.date, e.precision) for e in results] == [(dt.date(2019, 1, 1), "year")]


# --- two parties in one statement ----------------------------------------------------------


def test_two_companies_rejecting_a_decision_make_two_statements(gazetteer, published):
    text = (
        "Huawei and Alibaba rejected on Tuesday the Commerce Department's decision to put them "
        "on a list of military companies."
    )
    found = about(events(text, gazetteer, published), "rejected")
    assert sorted((e.date, e.category, initiator(e)) for e in found) == [
        (TUESDAY, "statement", "alibaba-group"),
        (TUESDAY, "statement", "huawei"),
    ]


def test_each_party_keeps_the_other_actors_of_the_sentence(gazetteer, published):
    text = "Huawei und Alibaba wiesen am Dienstag die Vorwürfe des US-Handelsministeriums zurück."
    found = about(events(text, gazetteer, published, "de"), "Vorwürfe")
    assert sorted(initiator(e) for e in found) == ["alibaba-group", "huawei"]
    for event in found:
        assert "us-department-of-commerce" in {a.slug for a in event.actors}
        assert not {"huawei", "alibaba-group"} <= {a.slug for a in event.actors}


def test_chinese_companies_each_saying_something_make_two_statements(gazetteer, published):
    text = "华为和阿里巴巴周二均表示，坚决反对美国的这一决定。"
    found = about(events(text, gazetteer, published, "zh"), "均表示")
    assert sorted(initiator(e) for e in found) == ["alibaba-group", "huawei"]


def test_a_statement_made_together_stays_one_event(gazetteer, published):
    text = "Huawei and Alibaba said jointly on Tuesday that they opposed the new rules."
    found = about(events(text, gazetteer, published), "jointly")
    assert len(found) == 1


def test_parties_named_inside_the_subject_do_not_speak(gazetteer, published):
    text = "The founders of Huawei and Alibaba said on Tuesday that they opposed the new rules."
    found = about(events(text, gazetteer, published), "founders")
    assert len(found) <= 1


def test_parties_spoken_of_by_a_speaker_named_after_the_verb_do_not_speak(gazetteer, published):
    text = (
        "Huawei und Alibaba seien ein Risiko für die Netze, erklärte das US-Handelsministerium "
        "am Dienstag."
    )
    found = about(events(text, gazetteer, published, "de"), "Risiko")
    assert len(found) <= 1


def test_a_plural_subject_rejecting_accusations_makes_a_statement(gazetteer, published):
    text = "Die Konzerne wiesen am Dienstag die Vorwürfe von Huawei zurück."
    found = about(events(text, gazetteer, published, "de"), "Vorwürfe")
    assert [e.category for e in found] == ["statement"]


def test_figures_attributed_to_a_published_report_keep_their_period(gazetteer, published):
    text = (
        "Huawei said on Tuesday that its net profit doubled last year. "
        "Revenue rose 9% to 860 billion yuan in 2024, according to the report the company "
        "published. "
        "The company is based in Shenzhen."
    )
    results = [e for e in events(text, gazetteer, published) if e.category == "earnings"]
    assert [(e.date, e.precision) for e in results if e.date == TUESDAY] == [(TUESDAY, "day")]
