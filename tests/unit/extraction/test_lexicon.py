"""Trigger lexicons: sentences land in the category an analyst would file them under."""

import pytest

from timeline.extraction.categories import classify, detect_stage


@pytest.mark.parametrize(
    ("sentence", "language", "category"),
    [
        (
            "The Commerce Department added 140 companies to the Entity List.",
            "en",
            "export_controls",
        ),
        (
            "China announced a 34% tariff on all imports from the United States.",
            "en",
            "tariffs_trade",
        ),
        ("The regulator opened an antitrust investigation into Nvidia.", "en", "regulation"),
        (
            "Das Handelsministerium weitete die Exportkontrollen für Seltene Erden aus.",
            "de",
            "export_controls",
        ),
        ("Die EU verhängt Ausgleichszölle auf Elektroautos aus China.", "de", "tariffs_trade"),
        ("Der Bundestag verabschiedete ein neues Cybersicherheitsgesetz.", "de", "regulation"),
        (
            "Die Regierung verschärfte die Verordnung über Beteiligungen an Chipfirmen.",
            "de",
            "regulation",
        ),
        ("Der Konzern will 380 Milliarden Renminbi investieren.", "de", "investment"),
        ("商务部宣布对镓、锗相关物项实施出口管制。", "zh", "export_controls"),
        ("国家市场监督管理总局依法对英伟达公司开展立案调查。", "zh", "regulation"),
        ("华为发布2024年年报，营业收入增长22%。", "zh", "earnings"),
        ("Beijing pledged to buy more American soybeans and energy.", "en", "tariffs_trade"),
        ("Peking sagte zu, mehr amerikanische Agrarprodukte zu kaufen.", "de", "tariffs_trade"),
        ("中方承诺扩大采购美国农产品和能源。", "zh", "tariffs_trade"),
        ("Der Autobauer vergab Aufträge über vier Milliarden Euro an CATL.", "de", "other"),
        ("Der Zulieferer stellte die Lieferungen an Skydio kurz darauf ein.", "de", "other"),
        ("Micron will stop supplying server chips to data centres in China.", "en", "other"),
        ("该公司已停止供货。", "zh", "other"),
        ("Ermittler durchsuchten Räume des Unternehmens in Warschau.", "de", "regulation"),
        ("EU officials raided the company's offices in Poland.", "en", "regulation"),
        ("执法人员对该公司办公场所进行了搜查。", "zh", "regulation"),
        ("Xi sprach nach Angaben von Xinhua von einem ausgewogenen Ergebnis.", "de", "statement"),
        ("Exporters of the two metals must now apply for a licence.", "en", "export_controls"),
        (
            "Das Ministerium untersagte der Tochterfirma, Bauteile aus China auszuführen.",
            "de",
            "export_controls",
        ),
        ("该公司称其服务器遭受大规模恶意攻击。", "zh", "cyber_security"),
        ("Xiaomi unveiled its long-awaited SU7 electric car.", "en", "product_launch"),
        ("Der Hersteller stellte sein neues Falt-Smartphone vor.", "de", "product_launch"),
        ("Nvidia's chips are sold to investors in cloud services.", "en", None),
        ("Die Gewinnung von Gallium ist aufwendig.", "de", None),
        ("The Treasury froze the assets of two Hong Kong trading firms.", "en", "sanctions"),
        ("Die Delegationen hatten zwei Tage in Washington verhandelt.", "de", "diplomacy"),
        ("Yellen war am Donnerstag in Peking eingetroffen.", "de", "diplomacy"),
        ("Blinken arrived in Beijing for two days of meetings.", "en", "diplomacy"),
        ("王毅当天抵达华盛顿。", "zh", "diplomacy"),
        ("Xi richtete eine deutliche Warnung an Washington.", "de", "statement"),
        ("Von der Leyen drängte Peking, die Lieferungen zu unterbinden.", "de", "statement"),
        ("Xi warb dafür, Partner zu bleiben.", "de", "statement"),
        ("The administration lodged an appeal within minutes.", "en", "legal_action"),
        ("Yellen used a speech at Johns Hopkins to set out three aims.", "en", "statement"),
        ("Die G7 riefen eine gemeinsame Plattform ins Leben.", "de", "government_policy"),
        ("U.S.-listed Chinese stocks fell sharply on Thursday.", "en", "other"),
        ("鸿海公告将处分所持智广芯全部股权。", "zh", "mergers_acquisitions"),
        ("台积电下修今年资本支出至约360亿美元。", "zh", "investment"),
        ("He ordered agencies to stop using the app on official devices.", "en", "regulation"),
        ("Qualcomm settled its patent dispute with the handset maker.", "en", "legal_action"),
        (
            "Die Regierung schränkt den Verkauf von KI-Chips nach China weiter ein.",
            "de",
            "export_controls",
        ),
        ("Hacker haben das Netzwerk des Ministeriums angegriffen.", "de", "cyber_security"),
        ("小米发布首款电动汽车。", "zh", "product_launch"),
        ("Der Kanzler telefonierte am Abend mit dem chinesischen Premier.", "de", "diplomacy"),
        ("Huawei appealed against the decision of the regulator.", "en", "legal_action"),
        ("Der Konzern legte Berufung gegen die Entscheidung ein.", "de", "legal_action"),
    ],
)
def test_categories(sentence, language, category):
    assert classify(sentence, language)[0] == category


@pytest.mark.parametrize(
    ("sentence", "language", "category"),
    [
        ("Beijing filed a complaint at the WTO over the new chip tariffs.", "en", "legal_action"),
        ("China reichte bei der WTO Klage gegen die neuen Zölle ein.", "de", "legal_action"),
        ("中方已就美方加征关税措施在世贸组织提起诉讼。", "zh", "legal_action"),
        ("The two ministers held talks on tariffs and export controls.", "en", "diplomacy"),
        ("双方举行视频会谈，就关税和出口管制问题交换意见。", "zh", "diplomacy"),
        ("Two of its citizens detained on spying charges have been released.", "en", "diplomacy"),
        ("The order restricts outbound investment in Chinese AI firms.", "en", "government_policy"),
    ],
)
def test_a_decisive_predicate_beats_the_measures_it_names(sentence, language, category):
    assert classify(sentence, language)[0] == category


def test_sentence_without_trigger_has_no_category():
    assert classify("The weather was fine.", "en") == (None, -1)


def test_stage_from_the_wording():
    assert detect_stage("The department lifted the order on Friday.", "en") == "suspended"
    assert detect_stage("Die Regel ist am Montag in Kraft getreten.", "de") == "effective"
    assert detect_stage("商务部宣布取消相关措施。", "zh") == "revoked"


@pytest.mark.parametrize(
    ("sentence", "language", "category"),
    [
        ("Das Außenministerium bestellte den japanischen Botschafter ein.", "de", "diplomacy"),
        ("Der Minister machte in Peking deutlich, dass er den Schritt ablehnt.", "de", "statement"),
        ("Die Ministerin stellte klar, dass Berlin den Kurs hält.", "de", "statement"),
        ("The minister made it clear that Beijing would not back down.", "en", "statement"),
        ("Der Bundesverband der Deutschen Industrie begrüßte das Papier.", "de", "statement"),
        ("The chamber of commerce welcomed the decision.", "en", "statement"),
        ("Xi was blunt, telling Biden that Taiwan was a red line.", "en", "statement"),
        ("欧洲商会对此表示欢迎。", "zh", "statement"),
        (
            "Der Vorstand wies die Kritik des Betriebsrats in einer langen Mitteilung zurück.",
            "de",
            "statement",
        ),
        ("Die Ministerin sprach von einem schweren Fehler.", "de", "statement"),
        ("The ministry rejected the accusations as groundless.", "en", "statement"),
        ("外交部发言人驳斥了有关指责。", "zh", "statement"),
        ("Die Regierung stoppte den Erwerb des Zulieferers.", "de", "mergers_acquisitions"),
        ("Acme presented Nimbus OS at an event in Lyon.", "en", "product_launch"),
        ("The two carmakers extended their joint venture to 2040.", "en", "investment"),
        (
            "Beide Konzerne verlängerten den Vertrag über ihr Gemeinschaftsunternehmen.",
            "de",
            "investment",
        ),
        ("Die Zollbehörde hielt mehrere hundert Container im Hafen fest.", "de", "regulation"),
        ("The agency added three router makers to its list of banned gear.", "en", "regulation"),
        ("Both countries began charging port fees on each other's ships.", "en", "tariffs_trade"),
        ("双方开始对对方船舶收取特别港务费。", "zh", "tariffs_trade"),
    ],
)
def test_common_phrasings_of_each_category(sentence, language, category):
    assert classify(sentence, language)[0] == category


def test_a_measure_taken_beats_a_predicate_only_planned():
    done_and_planned = (
        "The ministry added two firms to its unreliable entity list and said it would file a "
        "complaint at the WTO."
    )
    assert classify(done_and_planned, "en")[0] == "sanctions"
    assert classify("China filed a complaint at the WTO over the new tariffs.", "en")[0] == (
        "legal_action"
    )


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Nvidia reported on Tuesday that its revenue tripled despite new export controls.", "en"),
        ("Trotz der Exportkontrollen meldete Nvidia einen Rekordgewinn.", "de"),
        ("Despite the new tariffs, TSMC reported a 60% jump in first-quarter profit.", "en"),
        ("Gleichzeitig legte der Konzern Zahlen für 2022 vor, trotz der neuen Zölle.", "de"),
        ("SAP legte am Dienstag die Zahlen für das dritte Quartal vor.", "de"),
        ("在被美国列入实体清单将近一年之际，华为周二发布2019年年度报告。", "zh"),
    ],
)
def test_publishing_results_is_earnings_whatever_measures_the_sentence_names(sentence, language):
    assert classify(sentence, language)[0] == "earnings"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        (
            "Trump signed an order to prohibit Americans from doing business with ByteDance.",
            "en",
        ),
        ("Die Anordnung verbietet US-Bürgern Geschäfte mit Bytedance.", "de"),
        ("行政令禁止美国人与字节跳动进行交易。", "zh"),
    ],
)
def test_a_ban_on_dealings_with_a_company_is_a_sanction(sentence, language):
    assert classify(sentence, language)[0] == "sanctions"


def test_final_rules_are_regulation():
    sentence = (
        "The Commerce Department issued final rules that limit how subsidy recipients expand."
    )
    assert classify(sentence, "en")[0] == "regulation"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("China set up the list in 2019, at the height of the trade war.", "en"),
        ("Die Liste entstand 2019 während des Handelskrieges.", "de"),
        ("这份清单在贸易战期间设立。", "zh"),
    ],
)
def test_a_trade_war_that_only_sets_the_scene_is_no_trade_measure(sentence, language):
    assert classify(sentence, language)[0] != "tariffs_trade"


def test_a_trade_war_as_the_news_stays_a_trade_measure():
    assert classify("The trade war escalated on Friday.", "en")[0] == "tariffs_trade"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("双方周一发表联合声明，宣布在90天内大幅下调相互加征的关税。", "zh"),
        ("The two sides issued a joint statement cutting the tariffs for 90 days.", "en"),
        ("Beide Seiten veröffentlichten eine gemeinsame Erklärung zu den Zöllen.", "de"),
    ],
)
def test_a_joint_statement_is_diplomacy_whatever_it_settles(sentence, language):
    assert classify(sentence, language)[0] == "diplomacy"


@pytest.mark.parametrize(
    ("sentence", "language", "category"),
    [
        ("Citizens of Spain may enter China without a visa for 15 days.", "en", "diplomacy"),
        ("Deutsche dürfen künftig bis zu 15 Tage ohne Visum nach China reisen.", "de", "diplomacy"),
        ("中方决定对法国、德国公民试行单方面免签政策。", "zh", "diplomacy"),
        ("The FCC banned the approval of new telecom equipment from Huawei.", "en", "regulation"),
        ("美国联邦通信委员会将华为认定为国家安全威胁。", "zh", "regulation"),
        ("三期股份有限公司于上周五正式成立，注册资本达3440亿元人民币。", "zh", "investment"),
        ("It had withdrawn licences for exports to Huawei.", "en", "export_controls"),
        ("ASML reported record orders despite new export controls.", "en", "earnings"),
        ("Im Juli wurde die in der Pandemie ausgesetzte Visafreiheit erneuert.", "de", "diplomacy"),
        ("Die Niederlande hatten eigene Regeln bereits in Kraft gesetzt.", "de", "regulation"),
    ],
)
def test_phrasings_found_missing_on_unseen_articles(sentence, language, category):
    assert classify(sentence, language)[0] == category
