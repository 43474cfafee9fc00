"""The interface in Simplified Chinese: the switcher, translated pages and Chinese dates."""

import datetime as dt

import pytest
from django.urls import reverse

from tests.factories import ActorFactory, ArticleFactory, make_event
from timeline.services.events import event_source_add

pytestmark = pytest.mark.django_db
URL = reverse("timeline:timeline")


@pytest.fixture
def reader(client):
    """A reader who chose 中文 in the language switcher."""
    response = client.post(reverse("timeline:set-language"), {"language": "zh-hans", "next": URL})
    assert response.status_code == 302
    return client


def test_switcher_offers_chinese_under_its_own_name(client):
    html = client.get(URL).content.decode()
    assert '<option value="zh-hans" lang="zh-hans">简体中文</option>' in html


def test_switching_to_chinese_keeps_the_page_and_its_filters(client, archive):
    response = client.post(
        reverse("timeline:set-language"),
        {"language": "zh-hans", "next": f"{URL}?category=earnings"},
    )
    assert response["Location"] == f"{URL}?category=earnings"
    html = client.get(response["Location"]).content.decode()
    assert '<html lang="zh-hans">' in html
    assert '<option value="zh-hans" lang="zh-hans" selected>简体中文</option>' in html
    assert "<title>筛选后的时间线 · 中美科技竞争时间线</title>" in html
    assert '<h1 id="results-heading">时间线</h1>' in html
    assert '<span class="badge cat-earnings">财报</span>' in html
    assert "清除全部筛选" in html


def test_timeline_dates_read_as_chinese_at_each_precision(reader, archive):
    make_event(
        title="Roughly dated plan", date=dt.date(2025, 2, 1), precision="month", approximate=True
    )
    make_event(title="Yearly budget", date=dt.date(2018, 1, 1), precision="year")
    html = reader.get(URL).content.decode()
    assert ">2019年5月15日</time>" in html
    assert ">2019年第四季度</time>" in html
    assert ">2020年3月2日至2023年3月1日</time>" in html
    assert ">约2025年2月</time>" in html
    assert ">2018年</time>" in html
    assert "<h3>2019年10月</h3>" in html
    assert "<h2>2019年</h2>" in html
    assert "1个来源" in html


def test_filters_and_sides_are_named_in_chinese(reader, archive):
    html = reader.get(URL).content.decode()
    assert '<p class="side-name">美国' in html
    assert '<p class="side-name">中国' in html
    assert '<label for="f-country-NL">荷兰</label>' in html
    assert "出口管制</label>" in html
    assert "关税与贸易</label>" in html
    assert '<option value="-date" selected>最新在前</option>' in html


def test_chinese_error_messages_name_the_parameter(reader, archive):
    response = reader.get(URL, {"country": "XX"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "部分筛选条件无法识别" in html
    assert "XX不是ISO 3166-1 alpha-2国家或地区代码。" in html


def test_event_page_reads_in_chinese(reader):
    bis = ActorFactory(name="BIS", slug="bis", country="US", kind="government_body")
    huawei = ActorFactory(name="Huawei", slug="huawei", country="CN")
    event = make_event(
        title="Huawei added to the Entity List",
        date=dt.date(2019, 5, 15),
        actors=((bis, "initiator"), (huawei, "target")),
    )
    article = ArticleFactory(
        title="华为被列入实体清单",
        language="zh",
        published_at=dt.datetime(2019, 5, 16, 2, 0, tzinfo=dt.UTC),
    )
    event_source_add(
        event=event, article=article, evidence="美国商务部周三宣布。", date_phrase="周三"
    )
    html = reader.get(reverse("timeline:event-detail", args=[event.pk])).content.decode()
    assert '<html lang="zh-hans">' in html
    assert ">2019年5月15日</time>" in html
    assert '<span class="badge cat-export_controls">出口管制</span>' in html
    assert '<h2 id="sources-heading">依据与来源</h2>' in html
    assert ">2019年5月16日</time>" in html
    assert "(日期依据 <mark>周三</mark>)" in html
    assert ">BIS</a> (美国) — 发起方" in html
    assert ">Huawei</a> (中国) — 针对对象" in html
    assert '<h2 id="correction-heading">提交更正</h2>' in html


def test_actor_page_reads_in_chinese(reader):
    alibaba = ActorFactory(slug="alibaba-group", name="Alibaba Group", country="CN")
    make_event(
        title="Alibaba cloud results",
        date=dt.date(2024, 10, 1),
        precision="quarter",
        category="earnings",
        actors=((alibaba, "initiator"),),
    )
    make_event(
        title="Alibaba AI investment plan",
        date=dt.date(2025, 2, 24),
        category="investment",
        actors=((alibaba, "initiator"),),
    )
    html = reader.get(reverse("timeline:actor-detail", args=["alibaba-group"])).content.decode()
    assert '<p class="meta">企业 · 中国' in html
    assert "按此参与方筛选时间线" in html
    assert '<h2 id="stats-heading">概览</h2>' in html
    assert "<h3>按类别统计的事件</h3>" in html
    assert ">2024年第四季度</time>" in html
    assert ">2025年2月24日</time>" in html
    assert "<h3>2025年2月</h3>" in html


def test_actor_directory_reads_in_chinese(reader):
    ActorFactory(slug="bis", name="BIS", country="US", kind="government_body")
    html = reader.get(reverse("timeline:actor-list")).content.decode()
    assert "<h1>参与方</h1>" in html
    assert '<span class="muted">政府机构 · 美国</span>' in html


def test_a_chinese_browser_gets_chinese_without_choosing(client, archive):
    html = client.get(URL, HTTP_ACCEPT_LANGUAGE="zh-CN,zh;q=0.9").content.decode()
    assert '<html lang="zh-hans">' in html
    assert ">2019年第四季度</time>" in html


def test_german_and_english_dates_are_unchanged(client, archive):
    german = client.get(URL, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    english = client.get(URL).content.decode()
    assert ">15 Mai 2019</time>" in german
    assert ">15 May 2019</time>" in english
    assert ">Q4 2019</time>" in english


def test_switcher_names_every_language_in_itself(client):
    html = client.get(URL).content.decode()
    assert '<option value="en" lang="en" selected>English</option>' in html
    assert '<option value="de" lang="de">Deutsch</option>' in html


def test_embed_asks_timelinejs_for_its_chinese_locale(reader, archive):
    html = reader.get(reverse("timeline:embed")).content.decode()
    assert 'data-language="zh-cn"' in html
