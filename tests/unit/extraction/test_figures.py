"""Figures stage: money with currency and scale words, percentages."""

import pytest

from timeline.extraction.figures import find_figures


def _money(text: str, language: str) -> list[tuple[float, str]]:
    return [(f.amount, f.currency) for _, _, f in find_figures(text, language) if f.currency]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("revenue of $52.4bn in the quarter", "en", (52.4e9, "USD")),
        ("at least 380 billion yuan", "en", (380e9, "CNY")),
        ("mindestens 380 Milliarden Renminbi", "de", (380e9, "CNY")),
        ("rund 2,5 Mrd. Euro", "de", (2.5e9, "EUR")),
        ("投资3800亿元", "zh", (3800e8, "CNY")),
        ("US$1,200 million", "en", (1.2e9, "USD")),
        ("1.200 Millionen Euro", "de", (1.2e9, "EUR")),
    ],
)
def test_money(text, language, expected):
    found = _money(text, language)
    assert found
    assert found[0][1] == expected[1]
    assert found[0][0] == pytest.approx(expected[0])


def test_percentages():
    figures = [f for _, _, f in find_figures("Umsatz wuchs um 13 Prozent, Zölle von 125%", "de")]
    assert [(f.amount, f.unit) for f in figures] == [(13.0, "percent"), (125.0, "percent")]


def test_plain_numbers_are_not_money():
    assert _money("2,000 troops and 300 ships", "en") == []
