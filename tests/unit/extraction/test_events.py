"""Event stage: categories corrected by speakers and parties, and the dates a sentence gives.

Sentences are written for these tests; the publication date is Thursday 27 February 2025.
"""

import datetime as dt

import pytest

from timeline.extraction import extract
from timeline.extraction.categories import classify, refine_category
from timeline.extraction.types import ArticleInput, GazetteerActor


@pytest.fixture
def actors(gazetteer):
    return {a.slug: a for a in gazetteer.actors}


def refined(sentence, language, slugs_by_name, actors):
    """The refined category, with each actor placed where its name occurs in the sentence."""
    category, position = classify(sentence, language)
    assert category is not None
    mentions = sorted((sentence.index(name), slug) for name, slug in slugs_by_name.items())
    return refine_category(category, position, sentence, language, mentions, actors)[0]


def test_a_person_telling_of_plans_makes_a_statement(actors):
    sentence = "Eddie Wu told analysts that Alibaba would invest more in cloud computing."
    names = {"Eddie Wu": "eddie-wu", "Alibaba": "alibaba-group"}
    assert refined(sentence, "en", names, actors) == "statement"


def test_figures_an_executive_gives_are_results(actors):
    sentence = "Eddie Wu said revenue rose 12% in the December quarter."
    assert refined(sentence, "en", {"Eddie Wu": "eddie-wu"}, actors) == "earnings"


def test_a_company_saying_it_will_invest_announces_an_investment(actors):
    sentence = "Alibaba said it would invest more in cloud computing."
    assert refined(sentence, "en", {"Alibaba": "alibaba-group"}, actors) == "investment"


def test_a_threat_of_tariffs_is_a_statement_an_announcement_is_not(actors):
    threat = "Eddie Wu warned that new US tariffs would hurt Chinese exporters."
    names = {"Eddie Wu": "eddie-wu", "US": "united-states"}
    assert refined(threat, "en", names, actors) == "statement"
    announcement = "China said it would impose a 10% tariff on US cars."
    names = {"China": "china", "US": "united-states"}
    assert refined(announcement, "en", names, actors) == "tariffs_trade"


def test_a_spokesperson_commenting_on_tariffs_makes_a_statement(actors):
    sentence = "商务部发言人表示，美方滥用关税的做法没有任何经济意义。"
    names = {"商务部": "china-ministry-of-commerce", "美": "united-states"}
    assert refined(sentence, "zh", names, actors) == "statement"


def test_a_spokesperson_announcing_a_decision_announces_the_measure(actors):
    sentence = "商务部发言人表示，中方决定对美国三家企业实施制裁。"
    names = {"商务部": "china-ministry-of-commerce", "美国": "united-states"}
    assert refined(sentence, "zh", names, actors) == "sanctions"


def test_meeting_among_one_country_is_domestic_policy_across_countries_diplomacy(actors):
    domestic = "Eddie Wu met with Huawei executives in Beijing."
    names = {"Eddie Wu": "eddie-wu", "Huawei": "huawei"}
    assert refined(domestic, "en", names, actors) == "government_policy"
    foreign = "Eddie Wu met with Nvidia executives in Beijing."
    names = {"Eddie Wu": "eddie-wu", "Nvidia": "nvidia"}
    assert refined(foreign, "en", names, actors) == "diplomacy"


def test_an_interview_is_a_statement(actors):
    sentence = "Der Huawei-Gründer gab sich im Gespräch mit Journalisten gelassen."
    assert refined(sentence, "de", {"Huawei": "huawei"}, actors) == "statement"


def test_what_a_company_says_it_did_is_not_a_statement(actors):
    sentence = "Huawei told the exchange that its main operations had ceased."
    assert refined(sentence, "en", {"Huawei": "huawei"}, actors) == "other"


def test_a_takeover_by_a_government_is_a_policy_measure(actors):
    sentence = "The United States agreed to acquire a stake in Nvidia."
    names = {"United States": "united-states", "Nvidia": "nvidia"}
    assert refined(sentence, "en", names, actors) == "government_policy"


def test_a_government_blocking_a_takeover_keeps_the_deal_as_news(actors):
    sentence = "Washington blocked the takeover of Nvidia."
    names = {"Washington": "united-states", "Nvidia": "nvidia"}
    assert refined(sentence, "en", names, actors) == "mergers_acquisitions"


def events(text, gazetteer, published, language="en"):
    article = ArticleInput(text=text, published=published, language=language)
    return extract(article, gazetteer).events


def test_a_measure_dated_only_by_its_start_takes_that_day(gazetteer, published):
    text = (
        "Trade officials met in Geneva on Monday.\n\n"
        "Under the deal, Washington will cut the tariff on Chinese goods from March 10."
    )
    found = [e for e in events(text, gazetteer, published) if e.category == "tariffs_trade"]
    assert [(e.date, e.date_phrase) for e in found] == [(dt.date(2025, 3, 10), "March 10")]


def test_in_the_lead_too_a_measure_starting_within_months_takes_its_start(gazetteer, published):
    text = "Washington will raise the tariff on Chinese chips to 50% from March 20."
    found = events(text, gazetteer, published)
    assert [(e.date, e.category) for e in found] == [(dt.date(2025, 3, 20), "tariffs_trade")]


def test_the_start_of_a_measure_just_reported_is_not_a_new_event(gazetteer, published):
    text = (
        "China on Monday announced a 15% tariff on US coal.\n\n"
        "The extra tariff will apply from March 10, the Commerce Ministry said."
    )
    found = events(text, gazetteer, published)
    assert [(e.date, e.category) for e in found] == [(dt.date(2025, 2, 24), "tariffs_trade")]


@pytest.mark.parametrize(
    "sentence",
    [
        "China promised to buy $50 billion more of US farm goods, measured against 2017 levels.",
        "China invoked an export control law from 2020 against Nvidia.",
        "Die Regierung in Peking berief sich gegen Nvidia auf ein Exportgesetz aus dem Jahr 2020.",
    ],
)
def test_yardstick_years_and_years_of_laws_date_nothing(gazetteer, published, sentence):
    language = "de" if "Peking" in sentence else "en"
    assert events(sentence, gazetteer, published, language) == ()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Alibaba reported results on Monday. Its revenue rose to $38.4 billion from "
            "$36.7 billion a year earlier.",
            "en",
        ),
        (
            "Alibaba legte am Montag Zahlen vor. Der Umsatz von Alibaba stieg auf 38 Milliarden "
            "Dollar, von 36 Milliarden ein Jahr zuvor.",
            "de",
        ),
    ],
)
def test_the_figure_results_are_measured_from_dates_nothing(gazetteer, published, text, language):
    found = events(text, gazetteer, published, language)
    assert found
    assert all(e.date == dt.date(2025, 2, 24) for e in found)


def test_results_published_that_day_are_dated_by_their_quarter_and_company(gazetteer, published):
    text = (
        "Alibaba said on Monday it would invest heavily in AI. The plan follows remarks "
        "Eddie Wu made on Thursday, when he spoke to analysts. The figures published that day "
        "showed revenue up 8% in the December quarter."
    )
    found = [e for e in events(text, gazetteer, published) if e.category == "earnings"]
    assert [(e.date, e.precision, e.actors[0].slug) for e in found] == [
        (dt.date(2024, 10, 1), "quarter", "alibaba-group")
    ]


def test_a_chinese_he_after_an_opening_phrase_is_the_last_person_named(gazetteer, published):
    text = "阿里巴巴集团周一表示，吴泳铭将负责云业务。周二，他会见了英伟达高管。"
    found = [e for e in events(text, gazetteer, published, "zh") if e.category == "diplomacy"]
    assert [(e.date, [(a.slug, a.role) for a in e.actors]) for e in found] == [
        (dt.date(2025, 2, 25), [("eddie-wu", "initiator"), ("nvidia", "mentioned")])
    ]


def test_a_measure_named_in_a_spoken_quotation_is_a_statement(actors):
    sentence = '"We will answer every new tariff with countermeasures," the China ministry said.'
    assert refined(sentence, "en", {"China": "china"}, actors) == "statement"
    named = 'China put Nvidia on its "unreliable entity list", the ministry said.'
    names = {"China": "china", "Nvidia": "nvidia"}
    assert refined(named, "en", names, actors) == "sanctions"


def test_a_sentence_opening_with_he_is_about_the_person_before(gazetteer, published):
    text = "Eddie Wu spoke at a forum on Monday. He visited Nvidia in California on Tuesday."
    found = [e for e in events(text, gazetteer, published) if e.category == "diplomacy"]
    assert [(e.date, e.actors[0].slug) for e in found] == [(dt.date(2025, 2, 25), "eddie-wu")]


def test_an_impersonal_it_does_not_carry_the_subject_over(gazetteer, published):
    text = (
        "Alibaba said on Monday it would invest in cloud. "
        "It is unclear whether Huawei signed a deal on Tuesday."
    )
    found = [e for e in events(text, gazetteer, published) if e.date == dt.date(2025, 2, 25)]
    assert [e.actors[0].slug for e in found] == ["huawei"]


def test_a_german_attribution_sentence_dates_the_news_before_it(gazetteer, published):
    text = (
        "Huawei hat vor einem Gericht in Düsseldorf Klage gegen SAP eingereicht. "
        "Das teilte der Konzern am Montag mit."
    )
    found = events(text, gazetteer, published, "de")
    assert [(e.date, e.category, e.evidence[:6]) for e in found] == [
        (dt.date(2025, 2, 24), "legal_action", "Huawei")
    ]


def test_a_sentence_about_an_unnamed_court_is_not_given_the_last_subject(gazetteer, published):
    text = (
        "Nvidia said on Monday it would appeal. A federal appeals court upheld the fine on Tuesday."
    )
    found = events(text, gazetteer, published)
    assert [e.date for e in found if e.category == "legal_action"] == []


def test_what_unnamed_analysts_say_is_no_party_s_statement(gazetteer, published):
    text = "Analysts said on Monday that Huawei would soon answer the new rules."
    assert events(text, gazetteer, published) == ()


def test_a_wire_dateline_does_not_date_news_that_names_its_own_day(gazetteer, published):
    text = "SHANGHAI, Feb 27 (Reuters) - Alibaba on Tuesday announced a new AI model launch."
    assert [e.date for e in events(text, gazetteer, published)] == [dt.date(2025, 2, 25)]


def test_two_measures_taken_together_are_two_events(gazetteer, published):
    text = (
        "Beijing on Tuesday imposed tariffs on US farm goods and added 15 US firms "
        "to its export control list."
    )
    found = events(text, gazetteer, published)
    assert sorted((e.category, e.date) for e in found) == [
        ("export_controls", dt.date(2025, 2, 25)),
        ("tariffs_trade", dt.date(2025, 2, 25)),
    ]


def test_measures_only_threatened_together_stay_one_event(gazetteer, published):
    text = (
        "China warned on Tuesday it would impose tariffs and added export controls to its options."
    )
    assert [e.category for e in events(text, gazetteer, published)] == ["tariffs_trade"]


def test_a_chinese_package_of_tariffs_and_a_listing_is_two_events(gazetteer, published):
    text = "商务部2月25日宣布对美国煤炭加征15%关税，同时将两家美国企业列入不可靠实体清单。"
    found = events(text, gazetteer, published, "zh")
    assert sorted(e.category for e in found) == ["sanctions", "tariffs_trade"]


def test_the_subject_of_a_passive_measure_is_its_target(gazetteer, published):
    text = "Huawei was added to the Entity List by the Commerce Department on Monday."
    found = events(text, gazetteer, published)
    assert [[(a.slug, a.role) for a in e.actors] for e in found] == [
        [("us-department-of-commerce", "initiator"), ("huawei", "target")]
    ]


def initiator(event):
    return next(a.slug for a in event.actors if a.role == "initiator")


def test_a_trigger_word_inside_a_name_does_not_decide_the_category(gazetteer, published):
    text = "On Monday the Customs Tariff Commission said it firmly opposes the rule."
    assert [e.category for e in events(text, gazetteer, published)] == ["statement"]


def test_a_measure_announced_to_start_later_is_dated_by_the_announcement(gazetteer, published):
    text = (
        "China opened an antitrust investigation into Nvidia on Tuesday. The Customs Tariff "
        "Commission said it would impose a 15% levy on US coal from March 10."
    )
    found = [e for e in events(text, gazetteer, published) if e.category == "tariffs_trade"]
    assert [(e.date, initiator(e)) for e in found] == [
        (dt.date(2025, 2, 25), "customs-tariff-commission")
    ]


def test_a_sentence_after_a_dated_one_without_event_takes_its_day(gazetteer, published):
    text = (
        "Nvidia shares fell in early trading.\n\n"
        "Beijing's response came on Tuesday. A spokesman for the Commerce Ministry said China "
        "firmly opposes the rule."
    )
    found = events(text, gazetteer, published)
    assert [(e.date, e.category, initiator(e)) for e in found] == [
        (dt.date(2025, 2, 25), "statement", "china-ministry-of-commerce")
    ]
    older = text.replace("on Tuesday", "in 2019")
    assert events(older, gazetteer, published) == ()


def test_a_named_person_reacting_to_the_news_is_dated_by_it(gazetteer, published):
    text = (
        "China opened an antitrust investigation into Nvidia on Tuesday. Eddie Wu said the probe "
        "would hurt investors."
    )
    found = [e for e in events(text, gazetteer, published) if e.category == "statement"]
    assert [(e.date, initiator(e)) for e in found] == [(dt.date(2025, 2, 25), "eddie-wu")]
    anonymous = text.replace("Eddie Wu said", "An analyst said")
    assert [e.category for e in events(anonymous, gazetteer, published)] == ["regulation"]


def test_what_happened_at_the_same_time_shares_the_day(gazetteer, published):
    text = (
        "Alibaba said on Monday it would sell its stake in a logistics firm. The sale had long "
        "been expected. It ends a partnership of many years. At the same time, Alibaba and "
        "Huawei extended their joint venture by ten years."
    )
    found = [e for e in events(text, gazetteer, published) if e.category == "investment"]
    assert [(e.date, initiator(e)) for e in found] == [(dt.date(2025, 2, 24), "alibaba-group")]


def test_the_next_measure_of_the_same_subject_shares_its_day(gazetteer, published):
    text = (
        "On Tuesday the Commerce Ministry put export controls on tungsten. The ministry added two "
        "US firms to its unreliable entity list."
    )
    found = events(text, gazetteer, published)
    assert [(e.date, e.category) for e in found] == [
        (dt.date(2025, 2, 25), "export_controls"),
        (dt.date(2025, 2, 25), "sanctions"),
    ]
    comment = text.replace(
        "The ministry added two US firms to its unreliable entity list.",
        "The ministry said the controls would protect national security.",
    )
    assert [e.category for e in events(comment, gazetteer, published)] == ["export_controls"]


def test_the_same_order_continued_is_its_signer_s_measure(gazetteer, published):
    text = "美国总统特朗普周二签署行政令。吴泳铭表示支持。同一份行政令还将宽限期再延长120天。"
    found = [e for e in events(text, gazetteer, published, "zh") if "同一份" in e.evidence]
    assert [(e.date, e.category, initiator(e)) for e in found] == [
        (dt.date(2025, 2, 25), "government_policy", "donald-trump")
    ]


def test_a_day_still_to_come_in_a_plan_dates_nothing(gazetteer, published):
    planned = "Trump said on Wednesday he would meet Eddie Wu at the end of March."
    found = events(planned, gazetteer, published)
    assert [(e.date, e.date_phrase) for e in found] == [(dt.date(2025, 2, 26), "Wednesday")]
    assert events("特朗普将于本周五会见吴泳铭。", gazetteer, published, "zh") == ()


def test_both_sides_measures_in_one_chinese_sentence_are_two_events(gazetteer, published):
    text = "周二，美国对中国船舶收取港口费，中方也对美国船舶收取特别港务费。"
    found = events(text, gazetteer, published, "zh")
    assert [(e.date, e.category, initiator(e)) for e in found] == [
        (dt.date(2025, 2, 25), "tariffs_trade", "united-states"),
        (dt.date(2025, 2, 25), "tariffs_trade", "china"),
    ]
    one_side = "周二，美国对中国商品加征关税，中国企业的关税负担随之上升。"
    assert [initiator(e) for e in events(one_side, gazetteer, published, "zh")] == ["united-states"]


def test_a_date_that_opens_a_span_does_not_date_the_sentence(gazetteer, published):
    # "since January" counts the rounds; it is not the day of talks
    assert events("中美双方今年1月以来举行了五轮经贸会谈。", gazetteer, published, "zh") == ()


def test_what_an_analyst_reads_into_results_is_no_event(gazetteer, published):
    text = "资深行业分析师认为，华为的年报表明其去年国内收入增长稳固。"
    assert events(text, gazetteer, published, "zh") == ()
    text = "Senior analysts believe Huawei's revenue grew strongly last year."
    assert events(text, gazetteer, published) == ()


def test_an_analyst_s_background_fact_without_opinion_still_counts(gazetteer, published):
    text = "A federal court blocked Nvidia's sales to Huawei on Monday."
    assert [e.date for e in events(text, gazetteer, published)] == [dt.date(2025, 2, 24)]


def test_figures_of_the_reported_year_belong_to_the_report(gazetteer, published):
    text = (
        "华为周一发布2024年年度报告，全年实现销售收入8621亿元。\n\n"
        "2024年，华为净利润为626亿元。\n\n"
        "2023年，华为净利润为870亿元。"
    )
    found = [(e.date, e.precision) for e in events(text, gazetteer, published, "zh")]
    assert found == [(dt.date(2025, 2, 24), "day")]


def test_figures_of_the_reported_half_and_of_the_year_before_belong_to_the_report(
    gazetteer, published
):
    text = (
        "华为周一发布2024年年度报告，全年实现销售收入8621亿元。\n\n"
        "2023年上半年，华为营收曾同比增长3.1%。\n\n"
        "2024年第四季度，华为研发费用仍维持在营收的20%以上。"
    )
    found = [(e.date, e.precision) for e in events(text, gazetteer, published, "zh")]
    assert found == [(dt.date(2025, 2, 24), "day")]


def test_results_of_a_period_not_over_when_another_report_came_stay(gazetteer):
    """An earlier report of the year (July's, for the second quarter) does not swallow the
    results of a quarter that had not ended by then."""
    published = dt.datetime(2024, 10, 30, 9, tzinfo=dt.UTC)
    text = (
        "SAP hatte am 22. Juli Zahlen für das zweite Quartal vorgelegt. "
        "Im dritten Quartal stieg der Umsatz von SAP um neun Prozent."
    )
    found = [(e.date, e.precision) for e in events(text, gazetteer, published, "de")]
    assert (dt.date(2024, 7, 1), "quarter") in found


def test_results_dated_only_by_their_period_stay_when_no_report_day_is_given(gazetteer, published):
    text = "2024年，华为净利润为626亿元。"
    found = [(e.date, e.precision) for e in events(text, gazetteer, published, "zh")]
    assert found == [(dt.date(2024, 1, 1), "year")]


def test_a_latin_name_next_to_chinese_characters_is_found(gazetteer, published):
    text = "与此同时，SAP周一宣布投资100亿元。"
    found = events(text, gazetteer, published, "zh")
    assert [[a.slug for a in e.actors] for e in found] == [["sap"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Nvidia expects its sales in China to fall sharply in the fourth quarter.", "en"),
        ("Huawei erwartet, dass der Umsatz im dritten Quartal sinkt.", "de"),
        ("华为预计今年第三季度营收将下降。", "zh"),
    ],
)
def test_a_forecast_is_no_event(text, language, gazetteer, published):
    assert events(text, gazetteer, published, language) == ()


def test_as_expected_does_not_make_a_forecast(gazetteer, published):
    text = "As expected, China imposed tariffs on US coal on Monday."
    assert [e.date for e in events(text, gazetteer, published)] == [dt.date(2025, 2, 24)]


def test_a_year_compared_against_is_not_a_date(gazetteer, published):
    text = "与2018年贸易战时相比，中方的反制手段更加丰富。"
    assert events(text, gazetteer, published, "zh") == ()


def test_what_a_scholar_tells_a_reporter_is_no_event(gazetteer, published):
    text = "一位长期研究中美经贸的学者对记者说，从2月10日起生效的关税给谈判留出了时间。"
    assert events(text, gazetteer, published, "zh") == ()


def test_a_statement_is_dated_by_when_it_was_made_not_by_what_it_speaks_of(gazetteer, published):
    text = "Donald Trump said on Monday that Huawei had evaded the rules imposed last year."
    assert [e.date for e in events(text, gazetteer, published)] == [dt.date(2025, 2, 24)]
    text = "Donald Trump said Huawei had evaded the rules imposed last year."
    assert events(text, gazetteer, published) == ()
    text = "Donald Trump said in January that Huawei had evaded the rules."
    assert [e.date for e in events(text, gazetteer, published)] == [dt.date(2025, 1, 1)]


def test_a_share_move_late_in_the_article_is_a_market_reaction(gazetteer, published):
    lead = "Washington imposed new tariffs on Chinese chips on Monday."
    filler = "\n\n".join(f"Analysts discussed scenario {n} at length." for n in range(4))
    late = "Huawei shares fell 5% on Tuesday."
    text = f"{lead}\n\n{filler}\n\n{late}"
    assert [e.category for e in events(text, gazetteer, published)] == ["tariffs_trade"]
    text = f"Huawei shares fell 5% on Tuesday.\n\n{filler}"
    assert [e.category for e in events(text, gazetteer, published)] == ["other"]


def test_a_day_something_takes_effect_on_does_not_date_the_decision(gazetteer, published):
    text = "国务院关税税则委员会2月24日决定对美国商品加征关税，其中一部分于3月1日实施。"
    found = events(text, gazetteer, published, "zh")
    assert [(e.date, e.category) for e in found] == [(dt.date(2025, 2, 24), "tariffs_trade")]


def test_a_measure_given_only_its_start_written_after_the_date_takes_it(gazetteer, published):
    found = events("中方对美国煤炭加征的关税于2月25日实施。", gazetteer, published, "zh")
    assert [(e.date, e.category) for e in found] == [(dt.date(2025, 2, 25), "tariffs_trade")]


def test_an_official_announcing_what_their_body_does_reports_the_measure(actors):
    commission = GazetteerActor(
        slug="european-commission",
        name="European Commission",
        kind="government_body",
        country="EU",
        aliases=(),
    )
    vestager = GazetteerActor(
        slug="vestager", name="Margrethe Vestager", kind="person", country="DK", aliases=()
    )
    known = {**actors, "european-commission": commission, "vestager": vestager}
    sentence = "Kommissarin Vestager kündigte am Dienstag an, die Behörde prüfe die Hersteller."
    names = {"Kommissarin": "european-commission", "Vestager": "vestager"}
    assert refined(sentence, "de", names, known) == "regulation"
    sentence = "Vestager sagte am Dienstag, die Behörde prüfe die Hersteller."
    assert refined(sentence, "de", {"Vestager": "vestager"}, known) == "statement"


def test_a_ministry_spokesperson_reacting_to_the_day_s_news_is_dated_by_it(gazetteer, published):
    text = "美国周二宣布对华为实施新的出口管制。商务部新闻发言人表示，中方坚决反对。"
    found = events(text, gazetteer, published, "zh")
    assert [(e.date, e.category, e.evidence[:3]) for e in found if e.category == "statement"] == [
        (dt.date(2025, 2, 25), "statement", "商务部")
    ]


def test_a_german_demonstrative_subject_is_the_party_named_last(gazetteer, published):
    text = (
        "China reagierte am Montag auf einen Beschluss der USA. "
        "Diese hatten am selben Tag Sanktionen gegen Huawei verhängt."
    )
    found = [e for e in events(text, gazetteer, published, "de") if e.category == "sanctions"]
    initiators = [[a.slug for a in e.actors if a.role == "initiator"] for e in found]
    assert initiators == [["united-states"]]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Nvidia on Monday called on the US to lift the export controls on chips.", "en"),
        ("Huawei forderte am Montag die USA auf, die Sanktionen aufzuheben.", "de"),
        ("华为周一呼吁美国取消出口管制。", "zh"),
    ],
)
def test_a_demand_that_someone_take_a_measure_is_a_statement(
    gazetteer, published, sentence, language
):
    found = events(sentence, gazetteer, published, language)
    assert [(e.date, e.category) for e in found] == [(dt.date(2025, 2, 24), "statement")]


def test_a_measure_taken_before_a_demand_stays_the_measure(gazetteer, published):
    text = "China on Monday imposed sanctions on Nvidia and urged the US to change course."
    assert [e.category for e in events(text, gazetteer, published)] == ["sanctions"]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        (
            "US investment in China fell to a decade low on Monday, according to industry data.",
            "en",
        ),
        ("海关数据显示，华为周一对美投资降至十年来最低。", "zh"),
        ("Industry groups warned on Monday that US export controls would hurt Nvidia.", "en"),
    ],
)
def test_statistics_and_unnamed_industry_groups_report_no_event(
    gazetteer, published, sentence, language
):
    assert list(events(sentence, gazetteer, published, language)) == []


def test_soon_in_a_clause_about_plans_is_not_recently(gazetteer, published):
    text = "华为周一发布新款手机。华为同时宣布，新机将于近期开售。"
    found = events(text, gazetteer, published, "zh")
    # what Huawei announces at the same time is of that day, and "近期" in it dates nothing as
    # recent
    assert found
    assert {(e.date, e.precision, e.approximate) for e in found} == {
        (dt.date(2025, 2, 24), "day", False)
    }


def test_the_company_opening_a_sentence_is_the_company_the_last_one_was_about(gazetteer, published):
    text = (
        "Nvidia steigt bei Huawei ein. Huawei und Huawei begrüßten das. "
        "Nvidia kündigte es an. Der Konzern übernimmt am Montag zehn Prozent an Huawei."
    )
    found = [e for e in events(text, gazetteer, published, "de") if e.date == dt.date(2025, 2, 24)]
    initiators = [[a.slug for a in e.actors if a.role == "initiator"] for e in found]
    assert initiators == [["nvidia"]]


def test_a_measure_starting_the_same_day_as_one_just_reported_is_not_a_new_event(
    gazetteer, published
):
    text = "商务部周一宣布对美国大豆加征关税。两项措施均自当日起实施。"
    found = events(text, gazetteer, published, "zh")
    assert [e.evidence for e in found] == ["商务部周一宣布对美国大豆加征关税。"]


def test_a_year_within_which_a_measure_takes_effect_dates_nothing(gazetteer, published):
    text = "美国周一公布新关税清单。根据清单，中国芯片的关税将提高至50%，今年内生效。"
    found = events(text, gazetteer, published, "zh")
    assert [e.date_phrase for e in found] == ["周一"]


@pytest.mark.parametrize(
    ("sentence", "language", "names", "category"),
    [
        ("SAP übernimmt knapp 4,99 Prozent an Huawei.", "de", {"SAP": "sap"}, "investment"),
        ("Nvidia agreed to acquire a 10% stake in SAP.", "en", {"Nvidia": "nvidia"}, "investment"),
        ("英伟达宣布收购华为20%的股份。", "zh", {"英伟达": "nvidia"}, "investment"),
        ("SAP übernimmt 60 Prozent an Huawei.", "de", {"SAP": "sap"}, "mergers_acquisitions"),
        (
            "Nvidia agreed to acquire SAP for $10bn.",
            "en",
            {"Nvidia": "nvidia"},
            "mergers_acquisitions",
        ),
    ],
)
def test_a_stake_of_less_than_half_is_an_investment_not_a_takeover(
    actors, sentence, language, names, category
):
    assert refined(sentence, language, names, actors) == category


def test_a_year_counted_back_as_a_yardstick_dates_nothing(gazetteer, published):
    text = "Alibaba meldete einen höheren Umsatz als im Vorjahr."
    assert events(text, gazetteer, published, "de") == ()
    found = events(
        "Alibaba meldete am Montag einen höheren Umsatz als im Vorjahr.", gazetteer, published, "de"
    )
    assert [(e.date, e.category) for e in found] == [(dt.date(2025, 2, 24), "earnings")]


def test_a_chinese_period_after_the_verb_of_saying_is_what_is_said(gazetteer, published):
    text = "华为解释称，一季度生产线出现的波动在二季度已基本消除。"
    assert [e for e in events(text, gazetteer, published, "zh") if e.category == "statement"] == []
    # the time of speaking comes before the verb, and a day after it still dates what is reported
    before = "华为今年1月表示，一季度的波动已基本消除。"
    found = events(before, gazetteer, published, "zh")
    assert [(e.date, e.precision) for e in found] == [(dt.date(2025, 1, 1), "month")]


def test_a_date_inside_the_quoted_words_is_what_is_said(gazetteer, published):
    text = "„2024 war ein Jahr mit vielen Herausforderungen“, sagte SAP-Chef Christian Klein."
    assert [e for e in events(text, gazetteer, published, "de") if e.precision == "year"] == []
    dated = "„Wir bleiben in China“, sagte SAP-Chef Christian Klein am Montag."
    found = events(dated, gazetteer, published, "de")
    assert [(e.date, e.category) for e in found] == [(dt.date(2025, 2, 24), "statement")]
