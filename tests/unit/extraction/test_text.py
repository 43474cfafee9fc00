"""Text stage: normalisation with offsets, language identification, sentence splitting."""

from timeline.extraction.text import (
    chinese_numeral_value,
    identify_language,
    normalize,
    quotations,
    split_sentences,
    spoken_quotations,
)


def _sentences(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, language)]


def test_full_width_digits_become_ascii_with_offsets_to_the_original():
    original = "自２０２５年３月起"
    norm = normalize(original)
    assert norm.text == "自2025年3月起"
    start = norm.text.index("2025")
    a, b = norm.original_span(start, start + 4)
    assert original[a:b] == "２０２５"


def test_chinese_numerals_before_date_characters_become_digits():
    original = "二〇二四年十二月二十八日发布"
    norm = normalize(original)
    assert norm.text == "2024年12月28日发布"
    start = norm.text.index("28日")
    a, b = norm.original_span(start, start + 3)
    assert original[a:b] == "二十八日"


def test_chinese_numerals_elsewhere_are_left_alone():
    assert normalize("三家公司").text == "三家公司"


def test_chinese_numeral_values():
    assert chinese_numeral_value("十") == 10
    assert chinese_numeral_value("二十一") == 21
    assert chinese_numeral_value("二〇二四") == 2024
    assert chinese_numeral_value("十十") is None


def test_language_identification_for_the_three_languages():
    assert identify_language("Die Bundesregierung hat am Mittwoch neue Regeln beschlossen.") == "de"
    assert (
        identify_language("The Commerce Department said on Friday it would add companies.") == "en"
    )
    assert identify_language("商务部周五宣布对相关物项实施出口管制。") == "zh"


def test_empty_text_has_a_language():
    assert identify_language("") in ("en", "de", "zh")


def test_us_abbreviation_does_not_end_a_sentence():
    text = "The U.S. Commerce Department acted on Oct. 7 last year. Mr. Smith agreed."
    assert _sentences(text, "en") == [
        "The U.S. Commerce Department acted on Oct. 7 last year.",
        "Mr. Smith agreed.",
    ]


def test_german_abbreviations_and_date_abbreviations_do_not_end_a_sentence():
    text = "Am 7. Okt. 2022 kamen Regeln, z. B. für Chips. Nr. 5 gilt ab dem 3. Quartal. Gut."
    assert _sentences(text, "de") == [
        "Am 7. Okt. 2022 kamen Regeln, z. B. für Chips.",
        "Nr. 5 gilt ab dem 3. Quartal.",
        "Gut.",
    ]


def test_chinese_punctuation_ends_sentences():
    assert _sentences("中方宣布反制。美方回应称？好！", "zh") == [
        "中方宣布反制。",
        "美方回应称？",
        "好！",
    ]


def test_paragraph_breaks_end_sentences_without_punctuation():
    assert _sentences("Headline without stop\n\nBody sentence.", "en") == [
        "Headline without stop",
        "Body sentence.",
    ]


def test_every_chinese_date_numeral_is_converted_wherever_it_stands():
    original = "商务部十月九日发布公告。此前于二〇二五年四月四日宣布。"
    assert normalize(original).text == "商务部10月9日发布公告。此前于2025年4月4日宣布。"


def test_quotations_as_typed_and_which_are_speech():
    text = '„Der Markt wächst seit Jahren nur schwach", sagte er über die sogenannte „Liste“.'
    found = [text[a:b] for a, b in quotations(text)]
    assert found == ['„Der Markt wächst seit Jahren nur schwach"', "„Liste“"]
    assert [text[a:b] for a, b in spoken_quotations(text)] == [found[0]]
