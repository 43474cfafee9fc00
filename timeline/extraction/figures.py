# ruff: noqa: E501  (grammar and lexicon tables read best one rule per line)
"""Figures stage: amounts of money and percentages, with currency and scale words.

"$52.4bn", "US$1.2 billion", "380 Milliarden Renminbi", "2,5 Mrd. Euro", "3800亿元", "12%".
Amounts are numbers (not strings): 380 billion → 380000000000. Decimal separators follow the
language (German "2,5" and "1.200"; English "2.5" and "1,200").
"""

import re

from timeline.extraction.types import Figure

_SCALES = {
    "thousand": 1e3, "k": 1e3, "tausend": 1e3, "tsd": 1e3, "million": 1e6, "millionen": 1e6,
    "mio": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
    "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "trillion": 1e12, "tn": 1e12,
    "billionen": 1e12, "billion_de": 1e12, "万": 1e4, "亿": 1e8, "万亿": 1e12, "千": 1e3,
    "百万": 1e6, "千万": 1e7,
}  # fmt: skip
_CURRENCY_WORDS = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "us-dollar": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "£": "GBP", "pounds": "GBP",
    "¥": "CNY", "rmb": "CNY", "cny": "CNY", "yuan": "CNY", "renminbi": "CNY", "元": "CNY",
    "人民币": "CNY", "美元": "USD", "欧元": "EUR", "日元": "JPY", "yen": "JPY", "jpy": "JPY",
    "hk$": "HKD", "港元": "HKD", "英镑": "GBP", "won": "KRW", "韩元": "KRW", "nt$": "TWD",
    "新台币": "TWD", "台币": "TWD",
}  # fmt: skip

_NUM = r"\d{1,3}(?:[,.\u2009 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALE_LATIN = r"(?:thousand|million|billion|trillion|bn|mn|mln|tn|k|m|b|tausend|Tsd\.?|Millionen|Million|Mio\.?|Milliarden|Milliarde|Mrd\.?|Billionen)"
_CUR_PREFIX = r"(?:US\$|HK\$|NT\$|\$|€|£|¥|USD|EUR|RMB|CNY|JPY)"
_CUR_SUFFIX = (
    r"(?:US-Dollar|Dollar|dollars|Euro|euros|Yuan|yuan|Renminbi|RMB|USD|EUR|CNY|pounds|yen|Yen|won)"
)

_MONEY_PREFIX_RE = re.compile(
    r"(?<![\w$])(?P<cur>"
    + _CUR_PREFIX
    + r")\s?(?P<num>"
    + _NUM
    + r")(?:\s?(?P<scale>"
    + _SCALE_LATIN
    + r")(?![a-zA-Z]))?",
)
_MONEY_SUFFIX_RE = re.compile(
    r"(?<![\w.,])(?P<num>"
    + _NUM
    + r")\s?(?:(?P<scale>"
    + _SCALE_LATIN
    + r")\s+)?(?P<cur>"
    + _CUR_SUFFIX
    + r")\b",
)
_MONEY_ZH_RE = re.compile(
    r"(?P<num>"
    + _NUM
    + r")\s?(?P<scale>万亿|亿|万|千万|百万)?(?P<cur>美元|欧元|日元|港元|英镑|韩元|新台币|台币|人民币|元)"
    r"|(?P<cur2>人民币)(?P<num2>" + _NUM + r")\s?(?P<scale2>万亿|亿|万)?元?"
)
_PERCENT_RE = re.compile(
    r"(?<![\w.,])(?P<num>" + _NUM + r")\s?(?:%|％|percent\b|per cent\b|Prozent\b)"
)
_ZH_PERCENT_RE = re.compile(r"百分之(?P<num>\d+(?:\.\d+)?)")


def _parse_number(text: str, language: str) -> float | None:
    t = text.replace("\u2009", "").replace(" ", "")
    if language == "de":
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", t):
            t = t.replace(".", "").replace(",", ".")
        else:
            t = t.replace(",", ".")
    else:
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", t):
            t = t.replace(",", "")
        elif re.fullmatch(r"\d+,\d{1,2}", t):
            t = t.replace(",", ".")
        else:
            t = t.replace(",", "")
    try:
        return float(t)
    except ValueError:
        return None


def _scale(word: str | None, language: str) -> float:
    if not word:
        return 1.0
    w = word.lower().rstrip(".")
    if language == "de" and w == "billion":
        return 1e12
    return _SCALES.get(w, 1.0)


def find_figures(text: str, language: str) -> list[tuple[int, int, Figure]]:
    """Money and percentages in `text`, each with its span."""
    found: list[tuple[int, int, Figure]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, figure: Figure) -> None:
        if any(start < b and a < end for a, b in taken):
            return
        taken.append((start, end))
        found.append((start, end, figure))

    for regex in (_MONEY_ZH_RE, _MONEY_PREFIX_RE, _MONEY_SUFFIX_RE):
        for m in regex.finditer(text):
            groups = m.groupdict()
            num_text = groups.get("num") or groups.get("num2") or ""
            cur_text = groups.get("cur") or groups.get("cur2") or ""
            scale_text = groups.get("scale") or groups.get("scale2")
            value = _parse_number(num_text, language)
            currency = _CURRENCY_WORDS.get(cur_text.lower(), "")
            if value is None or not currency:
                continue
            amount = value * _scale(scale_text, language)
            add(
                m.start(), m.end(), Figure(amount=amount, currency=currency, text=m.group().strip())
            )
    for regex in (_PERCENT_RE, _ZH_PERCENT_RE):
        for m in regex.finditer(text):
            value = _parse_number(m.group("num"), language)
            if value is None:
                continue
            add(m.start(), m.end(), Figure(amount=value, unit="percent", text=m.group().strip()))
    found.sort(key=lambda item: item[0])
    return found
