"""Trigger lexicons: sentences land in the category an analyst would file them under."""

import pytest

from timeline.extraction.events import classify, detect_stage


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
        ("Der Konzern will 380 Milliarden Renminbi investieren.", "de", "investment"),
        ("商务部宣布对镓、锗相关物项实施出口管制。", "zh", "export_controls"),
        ("国家市场监督管理总局依法对英伟达公司开展立案调查。", "zh", "regulation"),
        ("华为发布2024年年报，营业收入增长22%。", "zh", "earnings"),
    ],
)
def test_categories(sentence, language, category):
    assert classify(sentence, language)[0] == category


def test_sentence_without_trigger_has_no_category():
    assert classify("The weather was fine.", "en") == (None, -1)


def test_stage_from_the_wording():
    assert detect_stage("The department lifted the order on Friday.", "en") == "suspended"
    assert detect_stage("Die Regel ist am Montag in Kraft getreten.", "de") == "effective"
    assert detect_stage("商务部宣布取消相关措施。", "zh") == "revoked"
