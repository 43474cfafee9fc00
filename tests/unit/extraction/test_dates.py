"""Date stage: each construction in each language, resolved against Thursday 27 February 2025.

The expected values are worked out by hand from the calendar: 2025-02-27 is a Thursday, its week
runs from Monday 24 to Sunday 2 March, the previous week from 17 to 23 February.
"""

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates

PUBLISHED = dt.date(2025, 2, 27)


def one(text: str, language: str, published: dt.date = PUBLISHED):
    found = list(find_dates(text, language, published))
    assert len(found) == 1, [(m.text, m.value) for m in found]
    return found[0]


def values(text: str, language: str) -> list[str]:
    return [m.value for m in find_dates(text, language, PUBLISHED)]


# --- English ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("The rules were published on Oct. 7, 2022.", "2022-10-07", "day"),
        ("It was signed on 7 October 2022.", "2022-10-07", "day"),
        ("The filing is dated 2023-07-03.", "2023-07-03", "day"),
        ("The order came in May 2019.", "2019-05", "month"),
        ("Revenue in Q3 2024 rose.", "2024-Q3", "quarter"),
        ("Revenue in 3Q24 rose.", "2024-Q3", "quarter"),
        ("Sales in the third quarter of 2024 rose.", "2024-Q3", "quarter"),
        ("Results for fiscal 2024 were strong.", "2024", "year"),
        ("Results for FY2024 were strong.", "2024", "year"),
        ("Huawei was founded in 1987.", "1987", "year"),
    ],
)
def test_english_explicit_dates(text, value, precision):
    m = one(text, "en")
    assert (m.value, m.precision) == (value, precision)


def test_english_year_less_date_takes_the_year_nearest_publication():
    assert one("The talks open on March 5.", "en").date == dt.date(2025, 3, 5)
    assert one("The rule was issued on December 12.", "en").date == dt.date(2024, 12, 12)


def test_english_weekday_in_the_past_is_on_or_before_publication():
    m = one("Alibaba said on Monday it would invest.", "en")
    assert m.date == dt.date(2025, 2, 24)
    assert one("The ministry spoke on Friday.", "en").date == dt.date(2025, 2, 21)


def test_english_weekday_in_the_future_is_after_publication():
    assert one("The delegations will meet on Friday.", "en").date == dt.date(2025, 2, 28)


def test_english_last_week_is_monday_to_sunday_and_approximate():
    m = one("The company reported results last week.", "en")
    assert (m.date, m.date_end, m.precision, m.approximate) == (
        dt.date(2025, 2, 17),
        dt.date(2025, 2, 23),
        "day",
        True,
    )


def test_english_last_quarter_and_first_half():
    m = one("Cloud revenue grew 13% last quarter.", "en")
    assert (m.value, m.date) == ("2024-Q4", dt.date(2024, 10, 1))
    m = one("Sales fell in the first half of 2024.", "en")
    assert (m.date, m.date_end, m.precision) == (
        dt.date(2024, 1, 1),
        dt.date(2024, 6, 30),
        "quarter",
    )


def test_english_period_starts_at_publication_and_is_not_a_date():
    m = one("It will invest over the next three years.", "en")
    assert m.kind == "duration"
    assert (m.value, m.date, m.date_end) == ("P3Y", dt.date(2025, 2, 27), dt.date(2028, 2, 26))


def test_english_vague_date_is_the_publication_month_approximately():
    m = one("The company recently said so.", "en")
    assert (m.date, m.precision, m.approximate) == (dt.date(2025, 2, 1), "month", True)


def test_english_modifiers():
    m = one("Deliveries began in early December.", "en")
    assert (m.value, m.modifier) == ("2024-12", "START")
    m = one("The plant opens in late 2026.", "en")
    assert (m.date, m.precision, m.approximate, m.modifier) == (
        dt.date(2026, 10, 1),
        "quarter",
        True,
        "END",
    )


def test_english_deictics_and_ago():
    assert one("Shares fell today.", "en").date == PUBLISHED
    assert one("Shares fell yesterday.", "en").date == dt.date(2025, 2, 26)
    assert one("The ban began three years ago.", "en").value == "2022"


def test_english_numbers_that_are_not_years():
    assert values("It sent 2,000 troops and paid $2,000.", "en") == []
    assert values("The company has 2024 employees.", "en") == []


def test_english_modal_may_is_not_a_month():
    assert values("Prices may rise, analysts said.", "en") == []


def test_english_decade():
    assert one("Since the 1990s the firm grew.", "en").value == "199"


# --- German ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Die Regeln kamen am 7. Oktober 2022.", "2022-10-07", "day"),
        ("Die Regeln kamen am 7. Okt. 2022.", "2022-10-07", "day"),
        ("Die Regeln kamen am 7.10.2022.", "2022-10-07", "day"),
        ("Das war im Juni 2023.", "2023-06", "month"),
        ("Im dritten Quartal 2024 stieg der Umsatz.", "2024-Q3", "quarter"),
        ("Im 3. Quartal 2024 stieg der Umsatz.", "2024-Q3", "quarter"),
        ("Im vergangenen Quartal wuchs der Umsatz.", "2024-Q4", "quarter"),
        ("Im Geschäftsjahr 2024 lief es gut.", "2024", "year"),
    ],
)
def test_german_dates(text, value, precision):
    m = one(text, "de")
    assert (m.value, m.precision) == (value, precision)


def test_german_last_week():
    m = one("In der vergangenen Woche sprach Wu.", "de")
    assert (m.date, m.date_end, m.approximate) == (dt.date(2025, 2, 17), dt.date(2025, 2, 23), True)


def test_german_recently_is_approximate_publication_month():
    m = one("Der Konzern hat kürzlich angekündigt zu investieren.", "de")
    assert (m.date, m.precision, m.approximate) == (dt.date(2025, 2, 1), "month", True)


def test_german_period_over_the_next_three_years():
    m = one("Der Konzern will in den nächsten drei Jahren investieren.", "de")
    assert (m.kind, m.date, m.date_end) == ("duration", dt.date(2025, 2, 27), dt.date(2028, 2, 26))


def test_german_start_and_end_of_year():
    m = one("Das Werk soll Anfang 2026 öffnen.", "de")
    assert (m.date, m.precision, m.approximate) == (dt.date(2026, 1, 1), "quarter", True)
    m = one("Bis Ende des Jahres soll es fertig sein.", "de")
    assert (m.date, m.precision, m.modifier) == (dt.date(2025, 10, 1), "quarter", "END")


def test_german_weekday_and_function_words():
    assert one("Am Montag sagte der Chef etwas.", "de").date == dt.date(2025, 2, 24)
    assert values("Die Firma mit dem Chef, so heißt es, die Regeln.", "de") == []


def test_a_weekday_something_is_set_for_lies_ahead():
    # Thursday 27 February: the Friday a hearing is set for is the next day, not last week's
    assert one("Für Freitag ist eine Anhörung angesetzt.", "de").date == dt.date(2025, 2, 28)
    assert one("Die Anhörung ist am Freitag vorgesehen.", "de").date == dt.date(2025, 2, 28)
    assert one("A hearing was set for Friday.", "en").date == dt.date(2025, 2, 28)
    # what was decided on a Friday stays in the past
    assert one("Am Freitag hatte das Gericht entschieden.", "de").date == dt.date(2025, 2, 21)


def test_german_weekday_with_a_part_of_the_day():
    evening = one("Der Konzern reagierte am Dienstagabend gelassen.", "de")
    assert (evening.date, evening.value, evening.kind) == (
        dt.date(2025, 2, 25),
        "2025-02-25TEV",
        "time",
    )
    assert one("Die Nachricht kam am Montagmorgen.", "de").value == "2025-02-24TMO"


def test_german_year_less_month_and_ago_and_today():
    assert one("Die Regeln gelten im Mai.", "de").value == "2025-05"
    assert one("Das begann vor drei Jahren.", "de").value == "2022"
    assert one("Die Aktie fiel heute.", "de").date == PUBLISHED


def test_german_century():
    assert one("Im 20. Jahrhundert war das anders.", "de").value == "19"


# --- Chinese ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("2024年3月28日，公司发布公告。", "2024-03-28", "day"),
        ("二〇二四年十二月，公司发布公告。", "2024-12", "month"),
        ("２０２４年３月２８日发布。", "2024-03-28", "day"),
        ("2024年第三季度营收增长。", "2024-Q3", "quarter"),
        ("3月28日，商务部宣布。", "2025-03-28", "day"),
    ],
)
def test_chinese_dates(text, value, precision):
    m = one(text, "zh")
    assert (m.value, m.precision) == (value, precision)


def test_chinese_offsets_point_at_the_original_characters():
    text = "公司于二〇二四年十二月发布公告。"
    m = one(text, "zh")
    assert text[m.start : m.end] == "二〇二四年十二月"


def test_chinese_weekdays():
    assert one("商务部上周三宣布。", "zh").date == dt.date(2025, 2, 19)
    assert one("商务部本周三宣布。", "zh").date == dt.date(2025, 2, 26)
    assert one("商务部周五宣布。", "zh").date == dt.date(2025, 2, 21)


def test_chinese_half_year_and_year_end():
    m = one("2024年上半年营收增长。", "zh")
    assert (m.date, m.date_end, m.precision) == (
        dt.date(2024, 1, 1),
        dt.date(2024, 6, 30),
        "quarter",
    )
    m = one("去年年底公司宣布。", "zh")
    assert (m.date, m.precision, m.approximate) == (dt.date(2024, 10, 1), "quarter", True)


def test_chinese_vague_and_period():
    m = one("阿里巴巴近日宣布。", "zh")
    assert (m.date, m.precision, m.approximate) == (dt.date(2025, 2, 1), "month", True)
    m = one("未来三年将投入3800亿元。", "zh")
    assert (m.kind, m.date, m.date_end) == ("duration", dt.date(2025, 2, 27), dt.date(2028, 2, 26))


def test_chinese_early_month_and_day_only():
    m = one("3月上旬双方会谈。", "zh")
    assert (m.value, m.modifier) == ("2025-03", "START")
    assert one("特朗普当地时间9日宣布。", "zh").date == dt.date(2025, 2, 9)


def test_chinese_ago():
    assert one("三年前公司成立。", "zh").value == "2022"


# --- robustness ------------------------------------------------------------------------


def test_empty_and_unknown_language():
    assert find_dates("", "en", PUBLISHED) == []
    assert find_dates("On Monday it happened.", "fr", PUBLISHED)[0].date == dt.date(2025, 2, 24)


def test_weekend_is_saturday_to_sunday():
    m = one("Talks were held at the weekend in Geneva.", "en", dt.date(2025, 5, 12))
    assert (m.date, m.date_end) == (dt.date(2025, 5, 10), dt.date(2025, 5, 11))
    m = one("Nach Verhandlungen am Wochenende in Genf.", "de", dt.date(2025, 5, 12))
    assert (m.date, m.date_end) == (dt.date(2025, 5, 10), dt.date(2025, 5, 11))


def test_same_day_refers_to_the_day_last_mentioned():
    found = find_dates(
        "中方4月4日宣布反制；同一天，商务部宣布出口管制。", "zh", dt.date(2025, 4, 12)
    )
    assert [(m.text, m.date) for m in found] == [
        ("4月4日", dt.date(2025, 4, 4)),
        ("同一天", dt.date(2025, 4, 4)),
    ]


def test_effective_date_does_not_become_the_same_day_anchor():
    found = find_dates(
        "中方4月4日宣布，自4月10日起加征关税；同一天，商务部宣布出口管制。",
        "zh",
        dt.date(2025, 4, 12),
    )
    assert found[-1].text == "同一天"
    assert found[-1].date == dt.date(2025, 4, 4)


def test_narrative_mode_anchors_on_the_year_last_mentioned():
    text = "Im Juni 1941 begann der Angriff. Am 22. Juni fiel es. Zwei Tage später kam es."
    found = find_dates(text, "de", dt.date(2011, 2, 16), narrative=True)
    assert [m.value for m in found] == ["1941-06", "1941-06-22", "1941-06-24"]


def test_news_mode_keeps_year_less_dates_near_publication():
    found = find_dates("Am 22. Juni fiel die Entscheidung.", "de", dt.date(2011, 2, 16))
    assert [m.value for m in found] == ["2011-06-22"]


def test_years_before_christ_and_clock_times():
    assert one("Die Schlacht fand 490 v. Chr. statt.", "de").value == "BC0490"
    found = find_dates("Am 1. September 1939 um 4:45 Uhr begann es.", "de", PUBLISHED)
    assert [m.value for m in found] == ["1939-09-01", "1939-09-01T04:45"]


def test_weekday_ranges_and_chinese_day_ranges():
    m = one("Negotiations were held on Saturday and Sunday in Geneva.", "en", dt.date(2025, 5, 12))
    assert (m.date, m.date_end) == (dt.date(2025, 5, 10), dt.date(2025, 5, 11))
    m = one("声明是在5月10日至11日举行的会谈之后发布的。", "zh", dt.date(2025, 5, 12))
    assert (m.date, m.date_end) == (dt.date(2025, 5, 10), dt.date(2025, 5, 11))


def test_start_dates_point_forward():
    m = one("Ab Mittwoch senken die USA ihre Zölle.", "de", dt.date(2025, 5, 12))
    assert m.date == dt.date(2025, 5, 14)


def test_weekday_of_the_previous_week():
    assert one("Huawei hatte das Gerät am Dienstag vergangener Woche vorgestellt.", "de").value == (
        "2025-02-18"
    )
    assert one("The phone went on sale on Tuesday of last week.", "en").value == "2025-02-18"


def test_a_fiscal_quarter_is_the_calendar_quarter_that_ended_in_the_month_given():
    found = find_dates(
        "For its fiscal second quarter, which ended in December, the group earned more.",
        "en",
        PUBLISHED,
    )
    quarter = next(m for m in found if m.text == "second quarter")
    assert (quarter.value, quarter.approximate) == ("2024-Q4", False)
    found = find_dates("Sales rose in its fiscal third quarter.", "en", PUBLISHED)
    assert [(m.value, m.approximate) for m in found] == [("2024-Q3", True)]
    found = find_dates("Sales rose in the third quarter.", "en", PUBLISHED)
    assert [(m.value, m.approximate) for m in found] == [("2024-Q3", False)]


def test_quarter_named_by_its_last_month():
    m = one("Revenue rose 8% in the December quarter.", "en")
    assert (m.value, m.date, m.precision) == ("2024-Q4", dt.date(2024, 10, 1), "quarter")
    assert one("Sales fell in the March 2024 quarter.", "en").value == "2024-Q1"
    # a quarter named by its first and last month is one quarter, not a month and a quarter
    found = find_dates("Net income for the October-December quarter rose.", "en", PUBLISHED)
    assert [(m.text, m.value) for m in found] == [("October-December quarter", "2024-Q4")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The letter goes out every Friday.", "en"),
        ("Der Bericht erscheint jeden Freitag.", "de"),
        ("该报告每周五发布。", "zh"),
    ],
)
def test_recurring_weekday_is_a_set_without_a_date(text, language):
    m = one(text, language)
    assert (m.kind, m.value, m.date) == ("set", "XXXX-WXX-5", None)


def test_hours_later_refers_to_the_last_past_day_not_a_coming_deadline():
    text = (
        "She appeared in court on Friday. The charges will be dropped after December 1, 2026. "
        "Hours later, a judge lifted her bail."
    )
    found = find_dates(text, "en", PUBLISHED)
    assert (found[-1].text, found[-1].value) == ("Hours later", "2025-02-21")


def test_the_same_day_skips_the_day_something_took_effect():
    text = (
        "The department added the firms last Wednesday. The listing took effect the next day. "
        "On the same day, the president signed an order."
    )
    assert values(text, "en") == ["2025-02-26", "2025-02-27", "2025-02-26"]


def test_the_same_day_is_the_day_of_the_sentence_not_of_its_relative_clause():
    # Tuesday 25 February is what the sentence reports; 3 February is recalled in passing
    english = (
        "The ministry said on Tuesday it had acted, which the firm first disclosed on February 3. "
        "On the same day, the regulator opened a probe."
    )
    assert values(english, "en") == ["2025-02-25", "2025-02-03", "2025-02-25"]
    chinese = "商务部周二发布公告称，该部已于2月3日启动调查。华为同日表示反对。"
    assert values(chinese, "zh") == ["2025-02-25", "2025-02-03", "2025-02-25"]
    # a day that is the sentence's own news stays the one referred back to
    german = (
        "Wie das Amt am Dienstag mitteilte, wurde er schon am 3. Februar verhaftet. "
        "Am selben Tag reiste er ab."
    )
    assert values(german, "de") == ["2025-02-25", "2025-02-03", "2025-02-03"]


def test_a_year_less_day_ahead_opened_in_the_past_tense_is_last_year_s():
    august = dt.date(2024, 8, 16)
    assert one(
        "Die Kommission leitete die Untersuchung am 20. Dezember ein.", "de", august
    ).value == ("2023-12-20")
    assert one("The commission opened the probe on December 20.", "en", august).value == (
        "2023-12-20"
    )
    assert one("Die Zölle gelten ab dem 20. Dezember.", "de", august).value == "2024-12-20"


def test_year_less_month_told_in_the_past_tense_is_the_last_one():
    october = dt.date(2023, 10, 6)
    assert one(
        "BYD plant ein Werk, wie der Konzern im Dezember mitteilte.", "de", october
    ).value == ("2022-12")
    assert one("The company said in December it would build a plant.", "en", october).value == (
        "2022-12"
    )
    assert one("Die neuen Regeln gelten im Dezember.", "de", october).value == "2023-12"


def test_chinese_next_day_counts_from_the_day_last_mentioned():
    assert values("2月20日，美方发布新规。次日，商务部宣布反制。", "zh") == [
        "2025-02-20",
        "2025-02-21",
    ]


def test_a_month_of_the_year_named_relative_to_publication_is_one_date():
    assert one("The firm was blacklisted in May last year.", "en").value == "2024-05"
    assert one("Die Firma kam im Mai vergangenen Jahres auf die Liste.", "de").value == "2024-05"
    assert one("The plant opens in October next year.", "en").value == "2026-10"


def test_chip_names_are_not_half_years():
    assert values("Demand for the H100 and the H800 stayed strong.", "en") == []
    assert values("Die Nachfrage nach dem H100 blieb hoch.", "de") == []
    assert values("Revenue rose in H1 2024.", "en") == ["2024-H1"]


def test_the_number_of_a_decree_is_not_a_day():
    assert values("商务部发布2020年第4号令。", "zh") == ["2020"]
    assert values("海关总署发布第12号公告。", "zh") == []


def test_a_day_before_a_notice_is_the_day_it_was_issued():
    # "鸿海12日公告": the company announced on the 12th; only a number (号) names a notice
    assert values("鸿海精密12日公告，将出售所持股权。", "zh") == ["2025-02-12"]


def test_a_demonstrative_weekday_is_the_day_just_named_when_it_fits():
    found = find_dates(
        "Die Strafen vom 22. Januar sorgen für Streit. An diesem Mittwoch hatten die Minister "
        "Sanktionen beschlossen.",
        "de",
        PUBLISHED,
    )
    assert [m.date for m in found] == [dt.date(2025, 1, 22), dt.date(2025, 1, 22)]
    found = find_dates(
        "The rules came on January 22. On that Wednesday, Beijing said", "en", PUBLISHED
    )
    assert [m.date for m in found] == [dt.date(2025, 1, 22), dt.date(2025, 1, 22)]


def test_a_demonstrative_weekday_that_does_not_fit_the_day_named_is_in_the_publication_week():
    found = find_dates(
        "Am 22. Januar kam die Regel. An diesem Montag beginnen Gespräche.", "de", PUBLISHED
    )
    assert [m.date for m in found] == [dt.date(2025, 1, 22), dt.date(2025, 2, 24)]
    assert one("On that Monday, officials met.", "en").date == dt.date(2025, 2, 24)


def test_a_year_a_comparison_starts_from_does_not_date_the_months_after_it():
    text = (
        "Die Investitionen waren erstmals seit Beginn der Datenreihe 1998 negativ. "
        "Die Untersuchung war im September eingeleitet worden."
    )
    found = find_dates(text, "de", dt.date(2023, 11, 24))
    assert [m.value for m in found] == ["1998", "2023-09"]


def test_a_month_planned_ahead_is_not_dated_by_a_past_year_in_its_paragraph():
    text = (
        "Im Oktober 2024 hatte die EU Zölle verhängt. "
        "Für Juli ist ein Gipfeltreffen zwischen der EU und China in Peking geplant."
    )
    found = find_dates(text, "de", dt.date(2025, 6, 20))
    assert [m.value for m in found] == ["2024-10", "2025-07"]


def test_a_bare_chinese_day_after_a_coming_deadline_is_in_the_month_of_the_news():
    # published 2019-01-29: December's days are background, the 30 January deadline brings the
    # text back to January, so "28日" is yesterday, not 28 December
    text = (
        "孟晚舟去年12月1日被拘押，12月11日获准保释。美方须在1月30日前提出引渡请求。"
        "美国司法部28日确认，将寻求引渡。"
    )
    found = find_dates(text, "zh", dt.date(2019, 1, 29))
    assert [m.value for m in found] == ["2018-12-01", "2018-12-11", "2019-01-30", "2019-01-28"]
    # with no coming day between them, the bare day stays in the month the text was telling of
    text = "孟晚舟去年12月1日被拘押，12月11日获准保释。法院28日再次开庭。"
    found = find_dates(text, "zh", dt.date(2019, 1, 29))
    assert found[-1].value == "2018-12-28"


def test_the_same_day_paragraphs_after_a_background_day_is_the_day_of_the_news():
    # 14 July is the news; 15 May, weeks before and two paragraphs up, is background
    text = (
        "英国政府14日宣布禁止采购华为设备。\n\n"
        "政策转向的直接原因是美国5月15日宣布的新规。\n\n"
        "这与英国今年1月的安排形成对比。\n\n"
        "华为发言人当天表示失望。"
    )
    found = find_dates(text, "zh", dt.date(2020, 7, 15))
    assert (found[-1].text, found[-1].value) == ("当天", "2020-07-14")
    # a day of the news week stays the one referred back to, however far up it was named
    english = (
        "China on Tuesday dismissed the accusation.\n\n"
        "The White House said on Monday it was confident.\n\n"
        "The statement was unusual for its breadth.\n\n"
        "On the same day, the Justice Department unsealed an indictment."
    )
    assert values(english, "en") == ["2025-02-25", "2025-02-24", "2025-02-24"]


def test_a_comparison_of_timing_is_not_a_date():
    text = "ASML legte am Dienstag Zahlen vor, einen Tag früher als geplant."
    assert [m.text for m in find_dates(text, "de", PUBLISHED)] == ["Dienstag"]
    text = "Steele brach drei Wochen später als Banks auf."
    assert find_dates(text, "de", PUBLISHED, narrative=True) == []


@pytest.mark.parametrize(
    ("text", "language", "phrase"),
    [
        (
            "The yuan fell on Monday. Earlier in the day, Treasury acted.",
            "en",
            "Earlier in the day",
        ),
        ("The yuan fell on Monday. Later that day, Trump posted.", "en", "Later that day"),
        ("The yuan fell on Monday. That evening, Beijing replied.", "en", "That evening"),
        ("Das Amt handelte am Montag. Später am Tag äußerte sich Peking.", "de", "Später am Tag"),
        (
            "Das Amt handelte am Montag. Noch am selben Abend reagierte Berlin.",
            "de",
            "Noch am selben Abend",
        ),
        ("商务部周一宣布反制措施。当晚，外交部作出回应。", "zh", "当晚"),
        (
            "Das Amt handelte am Montag. Wenige Stunden später reagierte Peking.",
            "de",
            "Wenige Stunden später",
        ),
        ("商务部周一宣布反制措施。数小时后，外交部作出回应。", "zh", "数小时后"),
        ("商务部周一宣布反制措施。3个小时后，外交部作出回应。", "zh", "3个小时后"),
    ],
)
def test_later_or_earlier_that_day_is_the_day_last_named(text, language, phrase):
    found = find_dates(text, language, PUBLISHED)
    assert [(m.text, m.value) for m in found] == [
        (found[0].text, "2025-02-24"),
        (phrase, "2025-02-24"),
    ]


def test_a_quarter_in_progress_that_the_clause_looks_ahead_to_is_this_year_s():
    # read on 16 October 2024, in the fourth quarter
    read_on = dt.date(2024, 10, 16)
    forecast = (
        "Für das vierte Quartal stellt der Konzern Erlöse von neun Milliarden Euro in Aussicht."
    )
    assert one(forecast, "de", read_on).value == "2024-Q4"
    assert one("For the fourth quarter, Apple forecast revenue of $90bn.", "en", read_on).value == (
        "2024-Q4"
    )
    assert one("比亚迪预计第四季度净利润将继续增长。", "zh", read_on).value == "2024-Q4"
    # results for a quarter reported in its course are last year's
    assert one("Revenue in the fourth quarter fell 5%.", "en", read_on).value == "2023-Q4"
