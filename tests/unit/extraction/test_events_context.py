"""Event stage: sentences without a date of their own that the text ties to the day's news.

Reactions to the news, list items, enumerations interrupted by background, and a lead in the
perfect. Sentences are written for these tests; the publication date is Thursday 27 February
2025, so "Tuesday" is 25 February and "Wednesday" 26 February.
"""

import datetime as dt

import pytest

from tests.unit.extraction.builders import TUESDAY, about, initiator
from tests.unit.extraction.builders import extracted_events as events
from timeline.extraction.categories import classify, refine_category

# --- reactions ---------------------------------------------------------------------------


def test_a_named_party_s_verdict_on_the_news_is_dated_by_it(gazetteer, published):
    text = (
        "On Tuesday the Commerce Department added Huawei to the entity list. "
        "The rule covers chips and software. "
        "Huawei said it firmly opposed the decision."
    )
    reaction = about(events(text, gazetteer, published), "opposed")
    assert [(e.date, e.category, initiator(e)) for e in reaction] == [
        (TUESDAY, "statement", "huawei")
    ]


def test_background_dated_in_between_does_not_date_the_reaction(gazetteer, published):
    text = (
        "On Tuesday the Commerce Department added Huawei to the entity list. "
        "Washington had first restricted sales to the company in May 2019. "
        "Huawei said it was deeply disappointed."
    )
    reaction = about(events(text, gazetteer, published), "disappointed")
    assert [(e.date, initiator(e)) for e in reaction] == [(TUESDAY, "huawei")]


def test_a_german_and_a_chinese_reaction_take_the_news_day(gazetteer, published):
    german = (
        "Das US-Handelsministerium setzte Huawei am Dienstag auf die Entity List. "
        "Huawei zeigte sich enttäuscht."
    )
    found = about(events(german, gazetteer, published, "de"), "enttäuscht")
    assert [(e.date, e.category, initiator(e)) for e in found] == [(TUESDAY, "statement", "huawei")]
    chinese = "商务部周二将英伟达列入不可靠实体清单。英伟达回应称，公司将全力配合调查。"
    found = about(events(chinese, gazetteer, published, "zh"), "回应")
    # what the company says about the investigation is words, not the investigation
    assert [(e.date, e.category, initiator(e)) for e in found] == [(TUESDAY, "statement", "nvidia")]


def test_habits_and_conditions_answer_no_news(gazetteer, published):
    lead = "On Tuesday the Commerce Department added Huawei to the entity list. "
    for reaction in (
        "Huawei has repeatedly criticised such lists.",
        "Huawei said it would oppose any decision if the rule were widened.",
    ):
        found = events(lead + reaction, gazetteer, published)
        assert about(found, "Huawei has") == []
        assert about(found, "if the rule") == []
    chinese = "商务部周二将英伟达列入不可靠实体清单。英伟达此前多次表示反对。"
    assert about(events(chinese, gazetteer, published, "zh"), "多次") == []


def test_a_verdict_spoken_by_someone_unnamed_is_no_reaction_of_the_named(gazetteer, published):
    text = (
        "On Tuesday the Commerce Department added Huawei to the entity list. "
        "Huawei shipped fewer phones; critics condemned the rule."
    )
    assert about(events(text, gazetteer, published), "condemned") == []


def test_a_verdict_without_words_of_saying_long_after_the_news_is_not_dated_by_it(
    gazetteer, published
):
    """Far from the news only a party's stated position is dated by it (see
    test_events_stances); a bare verdict there may answer anything the article has moved on to."""
    filler = " ".join(f"Huawei described product line {n} to customers." for n in range(12))
    text = (
        "On Tuesday the Commerce Department added Huawei to the entity list. "
        f"{filler} Huawei firmly opposed the decision."
    )
    assert about(events(text, gazetteer, published), "opposed") == []
    near = (
        "On Tuesday the Commerce Department added Huawei to the entity list. "
        "Huawei firmly opposed the decision."
    )
    assert [e.date for e in about(events(near, gazetteer, published), "opposed")] == [TUESDAY]


# --- lists, enumerations, leads ------------------------------------------------------------


def test_the_items_of_a_list_are_measures_of_its_opener(gazetteer, published):
    text = (
        "Germany on Wednesday ordered two Chinese investors to give up holdings.\n\n"
        "The orders name two investments:\n\n"
        "- One investor must divest its stake in a chip foundry.\n"
        "- The other was ordered to sell its holding in a grid operator.\n\n"
        "Officials gave no reasons."
    )
    found = events(text, gazetteer, published)
    items = [e for e in found if e.evidence.lstrip().startswith("-")]
    assert [(e.date, initiator(e)) for e in items] == [
        (dt.date(2025, 2, 26), "germany"),
        (dt.date(2025, 2, 26), "germany"),
    ]


def test_a_sentence_announcing_more_continues_the_enumeration(gazetteer, published):
    text = (
        "Das chinesische Handelsministerium verhängte am Dienstag Exportkontrollen auf Wolfram. "
        "Das Metall wird in Bohrern gebraucht. Damit nicht genug. "
        "Das chinesische Handelsministerium setzte Nvidia auf die Liste unzuverlässiger "
        "Unternehmen."
    )
    found = about(events(text, gazetteer, published, "de"), "Liste unzuverlässiger")
    assert [(e.date, e.category) for e in found] == [(TUESDAY, "sanctions")]
    without = text.replace("Damit nicht genug.", "Die Preise stiegen.")
    assert about(events(without, gazetteer, published, "de"), "Liste unzuverlässiger") == []


def test_an_enumeration_of_the_news_goes_on_past_background(gazetteer, published):
    text = (
        "Das chinesische Handelsministerium verhängte am Dienstag Exportkontrollen auf Wolfram. "
        "Zugleich leitete SAMR eine Untersuchung gegen Nvidia ein. "
        "Huawei ist seit Jahren ein Kunde der Minen. "
        "Außerdem setzte das chinesische Handelsministerium Alibaba auf die Liste "
        "unzuverlässiger Unternehmen."
    )
    found = about(events(text, gazetteer, published, "de"), "Außerdem")
    assert [(e.date, e.category) for e in found] == [(TUESDAY, "sanctions")]


def test_an_undated_lead_in_the_perfect_reports_the_publication_day(gazetteer, published):
    text = (
        "The Commerce Department has added Huawei to the entity list. "
        "The listing covers chips and software."
    )
    found = events(text, gazetteer, published)
    assert [(e.date, e.category, e.date_phrase) for e in found] == [
        (dt.date(2025, 2, 27), "export_controls", "")
    ]
    # an article that names the day of its news dates the lead by that day, not by publication
    dated = text + " The Commerce Department signed the rule on Tuesday."
    assert all(e.date != dt.date(2025, 2, 27) for e in events(dated, gazetteer, published))


# --- triggers ------------------------------------------------------------------------------


def test_a_customs_administration_names_no_tariff():
    sentence = (
        "Das Ministerium und die Zollverwaltung stellten die Ausfuhr von Gallium unter Auflagen"
    )
    assert classify(sentence, "de")[0] == "export_controls"


def test_revoking_a_licence_is_regulation():
    assert classify("The regulator revoked the carrier's licence to operate.", "en")[0] == (
        "regulation"
    )
    assert classify("Die Behörde entzog dem Betreiber die Lizenz.", "de")[0] == "regulation"
    assert classify("委员会决定撤销该公司的经营授权。", "zh")[0] == "regulation"


def test_revoking_an_export_licence_is_an_export_control():
    sentence = "Officials revoked licences that let two suppliers ship chips to Huawei."
    assert classify(sentence, "en")[0] == "export_controls"
    german = "Die Regierung widerrief eine Lizenz für die Lieferung von Anlagen nach China."
    assert classify(german, "de")[0] == "export_controls"


# --- a regulator and a deal -------------------------------------------------------------------


def refined(sentence, language, slugs_by_name, gazetteer):
    actors = {a.slug: a for a in gazetteer.actors}
    category, position = classify(sentence, language)
    assert category is not None
    mentions = sorted((sentence.index(name), slug) for name, slug in slugs_by_name.items())
    return refine_category(category, position, sentence, language, mentions, actors)[0]


def test_a_regulator_clearing_a_takeover_makes_the_deal_the_news(gazetteer):
    english = "SAMR cleared the takeover of a US chip designer by Alibaba on conditions."
    assert refined(english, "en", {"SAMR": "samr", "Alibaba": "alibaba-group"}, gazetteer) == (
        "mergers_acquisitions"
    )
    chinese = "市场监管总局附加限制性条件批准了阿里巴巴收购一家芯片企业的交易。"
    assert refined(chinese, "zh", {"阿里巴巴": "alibaba-group"}, gazetteer) == (
        "mergers_acquisitions"
    )
    german = "Die Übernahme durch SAP ist nach der Freigabe der Kartellwächter abgeschlossen."
    assert refined(german, "de", {"SAP": "sap"}, gazetteer) == "mergers_acquisitions"


def test_a_deal_given_up_for_want_of_approval_is_news_of_the_deal(gazetteer):
    sentence = "阿里巴巴因未能获得监管部门批准，放弃了收购一家欧洲芯片企业的计划。"
    assert refined(sentence, "zh", {"阿里巴巴": "alibaba-group"}, gazetteer) == (
        "mergers_acquisitions"
    )


def test_an_investigation_recalling_an_approval_stays_an_investigation(gazetteer):
    sentence = (
        "SAMR opened an investigation into whether Nvidia broke the terms on which it approved "
        "the acquisition."
    )
    names = {"SAMR": "samr", "Nvidia": "nvidia"}
    assert refined(sentence, "en", names, gazetteer) == "regulation"


def test_a_licence_requirement_is_an_export_control():
    assert classify("政府通知该公司，新的许可要求即时生效。", "zh")[0] == "export_controls"
    assert classify("The new licence requirement covers two chips.", "en")[0] == ("export_controls")


def test_a_relative_day_restated_as_a_date_gives_one_event(gazetteer, published):
    # "a week before, on 18 February": only the exact day dates the results
    found = events("就在一周前的2月18日，英伟达发布了第四季度财报。", gazetteer, published, "zh")
    assert [(e.date, e.category) for e in found] == [(dt.date(2025, 2, 18), "earnings")]


def test_what_someone_means_to_do_on_the_publication_day_is_a_plan(gazetteer, published):
    # published on a Thursday: "will … am Donnerstag" has not happened yet
    plan = "Huawei will sich am Donnerstag zu den neuen Exportkontrollen äußern."
    assert events(plan, gazetteer, published, "de") == ()
    done = "Huawei äußerte sich am Donnerstag zu den neuen Exportkontrollen."
    assert [e.date for e in events(done, gazetteer, published, "de")] == [dt.date(2025, 2, 27)]


def test_a_verdict_on_a_measure_is_a_statement(gazetteer):
    english = "The Commerce Ministry said Washington was abusing export controls against Huawei."
    names = {"Commerce Ministry": "china-ministry-of-commerce", "Washington": "united-states"}
    assert refined(english, "en", names, gazetteer) == "statement"
    german = (
        "Das chinesische Handelsministerium nannte grundlos, was über Cyberangriffe gesagt wird."
    )
    names = {"chinesische Handelsministerium": "china-ministry-of-commerce"}
    assert refined(german, "de", names, gazetteer) == "statement"
    chinese = "华为发表声明称，公司强烈反对美方的出口管制决定。"
    assert refined(chinese, "zh", {"华为": "huawei"}, gazetteer) == "statement"
    # announcing the measure is not a verdict on it
    decision = "The Commerce Ministry said it had decided to impose export controls on gallium."
    names = {"Commerce Ministry": "china-ministry-of-commerce"}
    assert refined(decision, "en", names, gazetteer) == "export_controls"


def test_what_unnamed_producers_demand_is_no_event(gazetteer, published):
    text = (
        "Das chinesische Handelsministerium leitete am Dienstag eine Untersuchung ein. "
        "Zudem verlangen die Hersteller, auch Lieferungen über Deutschland zu prüfen."
    )
    assert about(events(text, gazetteer, published, "de"), "Hersteller") == []


def test_a_german_reaction_in_reported_speech_is_recognised(gazetteer, published):
    text = (
        "Das US-Handelsministerium setzte Huawei am Dienstag auf die Entity List. "
        "Huawei sagte, man lehne die Entscheidung entschieden ab."
    )
    found = about(events(text, gazetteer, published, "de"), "lehne")
    assert [(e.date, initiator(e)) for e in found] == [(TUESDAY, "huawei")]
    routine = text.replace("sagte, man lehne", "kritisiert regelmäßig und lehnt").replace(
        "entschieden ab", "ab"
    )
    assert about(events(routine, gazetteer, published, "de"), "regelmäßig") == []


def test_the_last_day_of_a_reporting_period_dates_nothing(gazetteer, published):
    text = "Revenue at Nvidia in the quarter, which ended on January 26, rose 78 per cent."
    found = events(text, gazetteer, published)
    assert all(e.date != dt.date(2025, 1, 26) for e in found)
    chinese = "英伟达截至1月26日的季度营收增长78%。"
    assert all(e.date != dt.date(2025, 1, 26) for e in events(chinese, gazetteer, published, "zh"))
    # talks that ended on a day did take place that day
    talks = "Talks between Huawei and Nvidia ended on Tuesday without an agreement."
    assert [e.date for e in events(talks, gazetteer, published)] == [TUESDAY]


def test_a_forecast_s_period_far_from_its_verb_dates_nothing(gazetteer, published):
    text = (
        "Huawei expects the new US export rules announced in January to cut its revenue from "
        "overseas chip sales by a tenth this year."
    )
    assert all(e.precision != "year" for e in events(text, gazetteer, published))


def test_a_measure_published_at_the_same_time_by_the_subject_shares_the_day(gazetteer, published):
    text = "商务部周二宣布废止一项扩散规则。商务部同时发布两份指导文件，对华为实施出口管制。"
    found = about(events(text, gazetteer, published, "zh"), "同时发布")
    assert [(e.date, e.category) for e in found] == [(TUESDAY, "export_controls")]
    # what it also says at the same time is not a second measure of that day
    said = "商务部周二宣布废止一项扩散规则。商务部同时表示，对华为的出口管制将继续。"
    assert about(events(said, gazetteer, published, "zh"), "同时表示") == []


@pytest.mark.parametrize(
    ("text", "words", "category"),
    [
        # "also announced", "simultaneously published" after the subject
        (
            "商务部周二宣布对钨实施出口管制。背景是美方的新规。商务部也宣布，将英伟达列入不可靠实体清单。",
            "也宣布",
            "sanctions",
        ),
        (
            "商务部周二宣布对钨实施出口管制。背景是美方的新规。"
            "国务院关税税则委员会的加征关税公告也同步发布，对美国煤炭加征15%关税。",
            "同步发布",
            "tariffs_trade",
        ),
    ],
)
def test_a_chinese_measure_announced_alongside_shares_the_day(
    gazetteer, published, text, words, category
):
    found = [e for e in events(text, gazetteer, published, "zh") if e.category == category]
    assert [(e.date, words in e.evidence) for e in found] == [(TUESDAY, True)]


def test_meanwhile_after_the_subject_shares_the_day(gazetteer, published):
    text = (
        "On Tuesday the Commerce Ministry put export controls on tungsten. "
        "The rule covers several alloys. "
        "The Customs Tariff Commission, meanwhile, imposed tariffs of 15% on US coal."
    )
    found = about(events(text, gazetteer, published), "meanwhile")
    assert [(e.date, e.category) for e in found] == [(TUESDAY, "tariffs_trade")]


def test_what_the_other_side_gives_in_return_shares_the_day(gazetteer, published):
    text = (
        "Donald Trump verkündete am Dienstag eine erste Einigung mit China. "
        "China will mehr amerikanische Agrarprodukte kaufen. "
        "Im Gegenzug verzichten die USA auf die für den 15. März geplante Anhebung der Zölle."
    )
    found = about(events(text, gazetteer, published, "de"), "Im Gegenzug")
    assert [(e.date, e.category, initiator(e)) for e in found] == [
        (TUESDAY, "tariffs_trade", "united-states")
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The US put off the tariff increase originally scheduled for March 15."),
        ("de", "Über die ab 20. März vorgesehenen Zölle auf Waren aus China ist nichts klar."),
        ("zh", "美国推迟了原定于3月15日上调的关税。"),
    ],
)
def test_a_planned_day_dates_neither_the_plan_s_cancellation_nor_a_new_measure(
    gazetteer, published, language, text
):
    found = events(text, gazetteer, published, language)
    assert [e.date for e in found if e.date > published.date()] == []


def test_counted_orders_against_as_many_companies_are_separate_events(gazetteer, published):
    text = "Trump on Tuesday signed two executive orders that ban dealings with Huawei and Alibaba."
    found = events(text, gazetteer, published)
    targets = sorted(
        tuple(a.slug for a in e.actors if a.role == "target")
        for e in found
        if e.category == "sanctions"
    )
    assert targets == [("alibaba-group",), ("huawei",)]
    one_order = text.replace("two executive orders that ban", "an executive order that bans")
    assert (
        len([e for e in events(one_order, gazetteer, published) if e.category == "sanctions"]) == 1
    )


def test_the_year_a_comparison_starts_from_dates_nothing(gazetteer, published):
    text = (
        "China meldete im Januar die geringsten Investitionen in Huawei seit Beginn der Reihe 1998."
    )
    assert all(e.date.year != 1998 for e in events(text, gazetteer, published, "de"))


def test_a_bare_plural_subject_is_nobody_the_text_names(gazetteer, published):
    text = (
        "On Tuesday the Commerce Department updated its website. "
        "Companies on the entity list need a licence for exports of chips."
    )
    found = events(text, gazetteer, published)
    assert about(found, "Companies on the") == []


def test_an_unnamed_speaker_followed_by_a_pronoun_gives_no_event(gazetteer, published):
    text = "Huawei launched a phone on Monday. Analysts say it sells well."
    assert [e.category for e in events(text, gazetteer, published)] == ["product_launch"]


def test_talks_about_tariffs_are_diplomacy():
    assert classify("中美经贸磋商首次会议周一在伦敦举行，讨论关税问题。", "zh")[0] == "diplomacy"
    assert classify("双方就降低关税的措施框架达成原则一致。", "zh")[0] == "diplomacy"
    sentence = "Negotiators met in Madrid to discuss tariffs and export controls."
    assert classify(sentence, "en")[0] == "diplomacy"
    # a tariff decided is still a tariff
    assert classify("双方决定下调相互加征的关税。", "zh")[0] == "tariffs_trade"


def test_a_deal_called_off_is_news_of_the_deal_whatever_its_price(gazetteer):
    sentence = (
        "Alibaba said it had terminated its planned $5.4 billion acquisition of a chip foundry "
        "because it could not obtain regulatory approval in time."
    )
    assert refined(sentence, "en", {"Alibaba": "alibaba-group"}, gazetteer) == (
        "mergers_acquisitions"
    )
    walked = "Alibaba walked away from its $3.8 billion purchase of Silicon Motion on Monday."
    assert classify(walked, "en")[0] == "mergers_acquisitions"


def test_a_company_telling_of_its_results_reports_earnings_whatever_it_names():
    sentence = "Huawei said on Friday that its net profit more than doubled despite US sanctions."
    assert classify(sentence, "en")[0] == "earnings"


def test_intrusions_into_networks_are_cyber_security():
    sentence = "Officials said hackers from the ministry carried out the intrusions."
    assert classify(sentence, "en")[0] == "cyber_security"
    assert classify("The White House blamed the ministry for the intrusions.", "en")[0] == (
        "cyber_security"
    )


def test_laws_and_provisions_published_are_policy_and_regulation():
    passed = "全国人大常委会6月10日表决通过《中华人民共和国反外国制裁法》。"
    assert classify(passed, "zh")[0] == "government_policy"
    published_rules = "商务部9月发布《不可靠实体清单规定》。"
    assert classify(published_rules, "zh")[0] == "regulation"
    # a measure taken under such a law is still the measure
    applied = "外交部依据《反外国制裁法》对三家企业采取反制措施。"
    assert classify(applied, "zh")[0] == "sanctions"


def test_a_listing_on_an_exchange_is_an_investment_a_list_of_companies_a_sanction():
    assert (
        classify("滴滴6月30日在纽约证券交易所挂牌上市，募资约44亿美元。", "zh")[0] == "investment"
    )
    assert classify("华为周二发布新款手机，下月上市。", "zh")[0] == "product_launch"
    listed = "美国财政部将该公司列入中国军工复合体企业名单。"
    assert classify(listed, "zh")[0] == "sanctions"


def test_an_authority_s_fine_is_regulation_a_court_s_legal_action(gazetteer):
    authority = "Die Datenschutzbehörde verhängte gegen Huawei ein Bußgeld von 50 Millionen Euro."
    assert refined(authority, "de", {"Huawei": "huawei"}, gazetteer) == "regulation"
    court = "Ein Gericht verhängte gegen Huawei eine Strafe von 50 Millionen Euro."
    assert refined(court, "de", {"Huawei": "huawei"}, gazetteer) == "legal_action"
    chinese = "国家发改委对华为处以60亿元罚款。"
    assert refined(chinese, "zh", {"华为": "huawei"}, gazetteer) == "regulation"


def test_a_reaction_announced_by_a_short_sentence_comes_however_late(gazetteer, published):
    filler = " ".join(f"Huawei described product line {n} to customers." for n in range(12))
    text = (
        "On Tuesday the Commerce Department added Huawei to the entity list. "
        f"{filler} Beijing reacted angrily. "
        "The Commerce Ministry said it firmly opposed the decision."
    )
    found = about(events(text, gazetteer, published), "firmly opposed")
    assert [(e.date, initiator(e)) for e in found] == [(TUESDAY, "china-ministry-of-commerce")]


def test_at_the_same_time_opening_a_paragraph_is_the_time_of_the_article_s_news(
    gazetteer, published
):
    text = (
        "Alibaba investierte am Dienstag eine Milliarde Euro in ein Werk von SAP.\n\n"
        "Der Markt war im Jahr 2023 stark gewachsen, wie Huawei im Januar berichtete.\n\n"
        "Zeitgleich unterzeichnete Alibaba mit Huawei eine Vereinbarung über ein neues Werk."
    )
    found = about(events(text, gazetteer, published, "de"), "Zeitgleich")
    assert [e.date for e in found] == [TUESDAY]


def test_the_month_a_fiscal_quarter_ended_in_dates_nothing(gazetteer, published):
    text = "For its fiscal quarter, which ended in January, Huawei reported revenue of $20 billion."
    assert all(e.precision != "month" for e in events(text, gazetteer, published))
