# ruff: noqa: E501  (the gazetteer table reads best one actor per line)
"""Actor stage: places and descriptions that are no parties, offices named by their holders,
role nouns that refer back to a body, and Chinese surnames after a title."""

import pytest

from tests.unit.extraction.builders import gazetteer_actor as _actor
from timeline.extraction.actor_matcher import build_matcher
from timeline.extraction.actors import find_actors_with_references
from timeline.extraction.types import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer(
        actors=(
            _actor("china", "China", "country", "CN", ("China", "mul"), ("Peking", "de"), ("Beijing", "en"), ("中国", "zh"), ("中方", "zh")),
            _actor("united-states", "United States", "country", "US", ("US", "mul"), ("United States", "en"), ("the United States", "en"), ("USA", "de"), ("Washington", "en"), ("美国", "zh"), ("美方", "zh")),
            _actor("hong-kong", "Hong Kong", "country", "HK", ("Hong Kong", "en"), ("Hongkong", "de"), ("香港", "zh")),
            _actor("taiwan", "Taiwan", "country", "TW", ("Taiwan", "mul"), ("台湾", "zh")),
            _actor("south-korea", "South Korea", "country", "KR", ("South Korea", "en")),
            _actor("netherlands", "Netherlands", "country", "NL", ("Niederlande", "de"), ("Den Haag", "de"), ("荷兰", "zh"), ("荷兰政府", "zh")),
            _actor("spain", "Spain", "country", "ES", ("Spanien", "de")),
            _actor("france", "France", "country", "FR", ("Frankreich", "de")),
            _actor("russia", "Russia", "country", "RU", ("俄罗斯", "zh")),
            _actor("australia", "Australia", "country", "AU", ("澳大利亚", "zh")),
            _actor("germany", "Germany", "country", "DE", ("Deutschland", "de"), ("Bundesregierung", "de"), ("Berlin", "de")),
            _actor("european-union", "European Union", "organization", "EU", ("EU", "mul"), ("欧盟", "zh")),
            _actor("european-commission", "European Commission", "government_body", "EU", ("EU-Kommission", "de")),
            _actor("tsmc", "TSMC", "company", "TW", ("TSMC", "mul")),
            _actor("ford", "Ford", "company", "US", ("Ford", "mul")),
            _actor("xi-jinping", "Xi Jinping", "person", "CN", ("Xi Jinping", "mul"), ("Xi", "mul")),
            _actor("brendan-carr", "Brendan Carr", "person", "US", ("Brendan Carr", "mul")),
            _actor("donald-trump", "Donald Trump", "person", "US", ("Donald Trump", "mul"), ("Trump", "mul")),
            _actor("scott-bessent", "Scott Bessent", "person", "US", ("Scott Bessent", "mul"), ("Treasury Secretary Scott Bessent", "en"), ("贝森特", "zh")),
            _actor("zhao-lijian", "Zhao Lijian", "person", "CN", ("Zhao Lijian", "mul"), ("赵立坚", "zh")),
            _actor("pat-gelsinger", "Pat Gelsinger", "person", "US", ("Pat Gelsinger", "mul"), ("帕特·基辛格", "zh")),
            _actor("us-treasury", "US Department of the Treasury", "government_body", "US", ("Treasury", "en"), ("美国财政部", "zh")),
            _actor("ofac", "Office of Foreign Assets Control", "government_body", "US", ("海外资产控制办公室", "zh")),
            _actor("china-finance", "Ministry of Finance of China", "government_body", "CN", ("财政部", "zh"), ("Chinas Finanzministerium", "de")),
            _actor("china-mfa", "Ministry of Foreign Affairs of China", "government_body", "CN", ("Chinese foreign ministry", "en"), ("外交部", "zh")),
            _actor("china-mofcom", "Ministry of Commerce of China", "government_body", "CN", ("Chinese commerce ministry", "en"), ("chinesisches Handelsministerium", "de"), ("商务部", "zh")),
            _actor("china-customs", "General Administration of Customs of China", "government_body", "CN", ("Chinese customs administration", "en"), ("chinesische Zollverwaltung", "de")),
            _actor("china-samr", "State Administration for Market Regulation", "government_body", "CN", ("SAMR", "mul"), ("市场监管总局", "zh")),
            _actor("fcc", "Federal Communications Commission", "government_body", "US", ("FCC", "mul")),
            _actor("german-economy", "Federal Ministry for Economic Affairs", "government_body", "DE", ("Bundeswirtschaftsministerium", "de")),
            _actor("united-kingdom", "United Kingdom", "country", "GB", ("London", "de"), ("London", "en")),
            _actor("canada", "Canada", "country", "CA", ("Ottawa", "mul")),
            _actor("ustr", "Office of the US Trade Representative", "government_body", "US", ("USTR", "mul")),
            _actor("maros-sefcovic", "Maroš Šefčovič", "person", "EU", ("Maroš Šefčovič", "mul")),
            _actor("robert-lighthizer", "Robert Lighthizer", "person", "US", ("Robert Lighthizer", "mul")),
            _actor("rtx", "RTX", "company", "US", ("RTX", "mul")),
            _actor("smic", "SMIC", "company", "CN", ("SMIC", "mul")),
            _actor("singapore", "Singapore", "country", "SG", ("Singapore", "en")),
        )
    )  # fmt: skip


def found(text: str, language: str, gaz: Gazetteer) -> list[str]:
    matcher = build_matcher(gaz, language)
    return [m.slug for m in find_actors_with_references(text, matcher, language)]


def test_a_country_named_as_a_place_is_no_party(gaz):
    assert found("Apple sells its phones in China and Taiwan.", "en", gaz) == []
    assert found("Outside the United States the app is popular.", "en", gaz) == []
    assert found("Die Firma will die Geräte außerhalb der EU verkaufen.", "de", gaz) == []
    assert found("Das Werk liefert nach Spanien, Frankreich und Deutschland.", "de", gaz) == [
        "spain",
        "france",
        "germany",
    ]
    assert found("Projekte in Spanien, Frankreich und Deutschland wurden geprüft.", "de", gaz) == []
    assert found("该公司计划在香港上市。", "zh", gaz) == []
    assert found("进口商可从俄罗斯、澳大利亚等地替代采购。", "zh", gaz) == []


def test_a_country_that_acts_stays_a_party(gaz):
    assert found("China imposed tariffs on US goods.", "en", gaz) == ["china", "united-states"]
    assert found("In China, the regulator acted. Beijing said no.", "en", gaz) == ["china"]
    assert found("中方在美方压力下作出回应。", "zh", gaz) == ["china", "united-states"]


def test_compounds_of_a_place_name_are_descriptions(gaz):
    assert found("A Hong Kong-based lawyer said the deal was fair.", "en", gaz) == []
    assert found("Der Konzern zahlt 700 Millionen US-Dollar.", "de", gaz) == []
    assert found("Volvo kam vom US-Konzern Ford.", "de", gaz) == ["ford"]
    assert found("US investors will be barred from buying the shares.", "en", gaz) == []
    assert found("该规则将影响中国企业。台湾方面，有分析师认为影响有限。", "zh", gaz) == []


def test_a_country_s_company_names_the_company_only(gaz):
    assert found("Most of the chips are made by Taiwan's TSMC.", "en", gaz) == ["tsmc"]


def test_a_dateline_is_where_the_report_was_filed(gaz):
    text = "BUSAN, South Korea — President Donald Trump said the talks went well."
    assert found(text, "en", gaz) == ["donald-trump"]


def test_a_government_seated_in_a_capital_is_the_country(gaz):
    text = "Wie die Regierung in Den Haag am Freitag mitteilte, gelten neue Regeln."
    assert found(text, "de", gaz) == ["netherlands"]


def test_a_city_name_that_starts_with_an_alias_is_not_the_alias(gaz):
    assert found("Samsung makes memory chips in Xi'an.", "en", gaz) == []
    assert found("Xi's visit ended on Friday.", "en", gaz) == ["xi-jinping"]


def test_a_bare_commissioner_may_sit_on_a_us_commission(gaz):
    assert found("Commissioner Brendan Carr said the FCC would act.", "en", gaz) == [
        "brendan-carr",
        "fcc",
    ]


def test_an_office_is_named_also_when_the_title_belongs_to_the_person_s_alias(gaz):
    text = "Talks were led by Treasury Secretary Scott Bessent."
    assert found(text, "en", gaz) == ["us-treasury", "scott-bessent"]


def test_a_ministry_spokesperson_names_the_ministry_of_their_country(gaz):
    text = "Foreign ministry spokesman Zhao Lijian rejected the charges."
    assert found(text, "en", gaz) == ["china-mfa", "zhao-lijian"]


def test_a_chinese_ministry_in_a_title_belongs_to_the_holder_s_country(gaz):
    assert found("财政部长贝森特表示，谈判富有成效。", "zh", gaz) == [
        "us-treasury",
        "scott-bessent",
    ]
    assert found("财政部宣布新措施。", "zh", gaz) == ["china-finance"]


def test_the_customs_service_without_its_country_is_that_of_the_country_named_before(gaz):
    text = (
        "Beijing struck back on Tuesday with tariffs on goods from the United States. "
        "The customs administration also halted imports."
    )
    assert found(text, "en", gaz)[-1] == "china-customs"
    text = (
        "Peking schlug zurück: Zölle auf Flüssiggas aus den USA. "
        "Das Handelsministerium und die Zollverwaltung stellten Metalle unter Genehmigungspflicht."
    )
    assert found(text, "de", gaz) == ["china", "united-states", "china-mofcom", "china-customs"]


def test_an_answer_from_a_capital_gives_the_bare_ministry_its_country(gaz):
    text = (
        "Die USA erließen neue Regeln. Die Antwort aus Peking kam prompt. "
        "Das Handelsministerium sprach von Protektionismus."
    )
    assert found(text, "de", gaz)[-1] == "china-mofcom"


def test_a_bare_ministry_skips_a_party_that_has_no_such_ministry(gaz):
    text = (
        "Peking antwortet auf das Vorgehen der EU. "
        "Ein Sprecher des Handelsministeriums sprach von Protektionismus."
    )
    assert found(text, "de", gaz) == ["china", "european-union", "china-mofcom"]


def test_the_authority_is_the_body_named_last_when_no_name_fits(gaz):
    text = "Die EU-Kommission prüft den Fall. Die Behörde eröffnete ein Verfahren."
    assert found(text, "de", gaz) == ["european-commission", "european-commission"]
    text = "The FCC voted on Tuesday. The agency said the rule takes effect soon."
    assert found(text, "en", gaz) == ["fcc", "fcc"]
    assert found("市场监管总局周一表示，该局已立案调查。", "zh", gaz) == [
        "china-samr",
        "china-samr",
    ]


def test_the_cabinet_is_the_government_of_the_country_named_before(gaz):
    text = "Die Bundesregierung berät. Das Kabinett ermächtigte das Bundeswirtschaftsministerium."
    assert found(text, "de", gaz) == ["germany", "germany", "german-economy"]


def test_a_chinese_title_before_a_foreign_surname_names_the_person(gaz):
    assert found("英特尔首席执行官基辛格表示，交易已终止。", "zh", gaz) == ["pat-gelsinger"]
    assert found("基辛格的著作很多。", "zh", gaz) == []


def test_the_union_or_country_in_an_office_title_gives_way_to_the_office(gaz):
    text = "EU-Handelskommissar Maroš Šefčovič sprach das Thema an."
    assert found(text, "de", gaz) == ["european-commission", "maros-sefcovic"]
    text = "Der Handelsbeauftragte Robert Lighthizer arbeitet an einer Liste."
    assert found(text, "de", gaz) == ["ustr", "robert-lighthizer"]


def test_more_capitals_stand_for_their_governments_only_in_political_contexts(gaz):
    text = "Washington, London und Ottawa verhängten am Montag Sanktionen."
    assert found(text, "de", gaz) == ["united-states", "united-kingdom", "canada"]
    assert found("Die Botschaft in Ottawa kritisierte die Sanktionen.", "de", gaz) == []
    assert found("Die Aktie stieg in London um zwei Prozent.", "de", gaz) == []


def test_an_unknown_chief_executive_speaks_for_the_company_the_text_is_about(gaz):
    text = "Ford gab den Plan auf, TSMC nicht. Ford schwieg. Konzernchef Hans Muster teilte mit, man prüfe alles."
    assert found(text, "de", gaz)[-1] == "ford"
    text = "Ford and TSMC talked. Chief executive Pat Gelsinger said no."
    assert found(text, "en", gaz)[-1] == "pat-gelsinger"


def test_a_chief_executive_named_by_title_alone_speaks_for_the_company(gaz):
    text = "Ford baut Stellen ab, TSMC nicht. Kritik wies der Vorstandschef zurück."
    assert found(text, "de", gaz)[-1] == "ford"
    text = "Ford cut jobs, TSMC did not. The chief executive said the plan was sound."
    assert found(text, "en", gaz)[-1] == "ford"
    # a chief the sentence names, or one of another body, is not the company's
    assert found("Ford cut jobs. The CEO of a rival said no.", "en", gaz) == ["ford"]


def test_a_country_s_ranking_describes_a_company(gaz):
    text = "The chip came from SMIC, China's biggest contract chipmaker."
    assert found(text, "en", gaz) == ["smic"]
    assert found("A Singapore consultancy said prices rose.", "en", gaz) == []
    assert found("Singapore said it would review the deal.", "en", gaz) == ["singapore"]


def test_a_model_name_after_a_short_acronym_is_a_product(gaz):
    assert found("Nvidia will launch the RTX Pro card and the RTX 5090.", "en", gaz) == []
    assert found("RTX won a missile contract in 2024.", "en", gaz) == ["rtx"]


def test_a_german_compound_of_a_country_and_a_business_word_is_a_description(gaz):
    assert found("Das China-Geschäft schrumpfte, sagte der China-Vorstand.", "de", gaz) == []
    assert found("China verhängte Zölle; die US-Zölle bleiben.", "de", gaz) == [
        "china",
        "united-states",
    ]
    assert found("安世总部位于荷兰奈梅亨。", "zh", gaz) == []
    assert found("荷兰政府周日宣布接管安世。", "zh", gaz) == ["netherlands"]


def test_a_list_of_places_continues_after_names_the_gazetteer_lacks(gaz):
    text = "Die Parks liegen in Griechenland, Rumänien, Bulgarien und Frankreich."
    assert found(text, "de", gaz) == []
    text = "Am Freitag traten die Zölle in Kraft, Peking antwortete umgehend."
    assert found(text, "de", gaz) == ["china"]


def test_a_chinese_clause_of_circumstance_or_time_keeps_its_actor(gaz):
    assert found("公司在美国的打压下活了下来。", "zh", gaz) == ["united-states"]
    assert found("在欧盟表决后不久，商务部宣布反制。", "zh", gaz) == [
        "european-union",
        "china-mofcom",
    ]
    assert found("荷兰方面的动作引发关注。", "zh", gaz) == ["netherlands"]


def test_a_relative_clause_with_in_dem_names_a_party(gaz):
    text = "Es ist der zweite Fall, in dem Berlin eine Übernahme verbot."
    assert found(text, "de", gaz) == ["germany"]


def test_a_chinese_ministry_written_before_one_of_its_offices_is_that_office_s_ministry(gaz):
    assert found("管理权限移交财政部海外资产控制办公室。", "zh", gaz) == ["us-treasury", "ofac"]


def test_a_sales_region_is_no_party(gaz):
    assert found("Revenue from Greater China fell 11%.", "en", gaz) == []
