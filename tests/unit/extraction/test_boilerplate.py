# ruff: noqa: E501  (grammar and lexicon tables read best one rule per line)
"""Boilerplate stage: page furniture is recognised, news paragraphs are kept."""

import pytest

from timeline.extraction.boilerplate import boilerplate_spans, is_boilerplate, mask


@pytest.mark.parametrize(
    "line",
    [
        "Jetzt teilen: Facebook | X | LinkedIn | E-Mail",
        "Alibaba-Aktie: Kaufen oder verkaufen? Die neue Analyse vom 27. Februar verrät alles. Hier weiterlesen!",
        "Read more: How the chip war began",
        ">> 相关阅读：4月2日关税清单全文解读",
        ">> 分享到微信 | 收藏本文",
        "风险提示：市场有风险，投资需谨慎。本文不构成投资建议。",
        "（记者 孟凡　责任编辑 刘畅）",
        "Anzeige",
        "Reporting by Jane Doe; Editing by John Roe",
        "Disclaimer: This article does not constitute investment advice.",
        "Get our Chips & Trade newsletter every Thursday.",
        "Bestellen Sie unseren kostenlosen Newsletter zur Handelspolitik.",
        "扫码关注我们的公众号，获取更多资讯。",
        "Newsletter: Die Woche in der Chipbranche, immer samstags in Ihrem Postfach.",
        "Get the Morning Trade Note in your inbox. Sign up free.",
        "Depot-Check: Zwei Halbleiterwerte mit Luft nach oben – jetzt den Sonderreport sichern!",
        "Buy, hold or sell? What our analysts expect after the results.",
        "Sie wollen über Infineon informiert bleiben? Richten Sie einen Kursalarm ein.",
        "Was denken Sie? Diskutieren Sie mit uns.",
        "▲ 点击关注本刊，获取最新产业动态",
        "长按识别二维码，订阅财经晚报",
        "—— 完 ——",
        "特约记者：王小明",
        "相关新闻：3月1日出口管制清单解读",
        "Mehr aus der Rubrik Handel: Was die neuen Zölle bedeuten",
        "Read also: Why chip tools are the next front",
    ],
)
def test_boilerplate_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "The US Commerce Department on Friday published export controls on advanced chips.",
        "Der Konzern aus Hangzhou hat kürzlich angekündigt, mindestens 380 Milliarden Renminbi zu investieren.",
        "商务部新闻发言人周五表示，中方将坚决反制。",
        "By 2027 the company wants to double its capacity.",
        "The newsletter publisher was fined on Monday for spamming readers.",
        "Die Regierung in Berlin will das Verfahren jetzt anmelden lassen, sagte ein Sprecher am Montag.",
        "点击率最高的应用被下架后，监管部门约谈了该公司。",
        "Investors who signed up for the offering received their shares on Friday.",
    ],
)
def test_news_lines_are_kept(line):
    assert not is_boilerplate(line)


def test_mask_keeps_offsets():
    text = "News sentence.\nShare this article: Facebook | Twitter\nMore news."
    spans = boilerplate_spans(text)
    masked = mask(text, spans)
    assert len(masked) == len(text)
    assert "Facebook" not in masked
    assert masked.index("More news.") == text.index("More news.")


def test_links_listed_under_a_related_reading_heading_are_boilerplate():
    text = "正文第一段。\n\n相关阅读：\n9月15日｜某机构公布调查结果\n10月3日｜另一条新闻\n\n正文第二段。"
    masked = mask(text, boilerplate_spans(text))
    assert "公布调查结果" not in masked
    assert "另一条新闻" not in masked
    assert "正文第一段" in masked
    assert "正文第二段" in masked


def test_a_related_link_on_its_heading_line_does_not_swallow_the_next_paragraph():
    text = "Read more: What the tariffs mean\nChina imposed tariffs on Monday."
    masked = mask(text, boilerplate_spans(text))
    assert "China imposed tariffs on Monday." in masked
