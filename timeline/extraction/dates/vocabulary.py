"""Words the date grammars know: months, weekdays, numbers, ordinals, units and seasons per
language, and the regex alternations built from them.
"""

import re
from collections.abc import Iterable

MONTHS_EN = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
MONTHS_DE = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "febr": 2, "märz": 3, "mär": 3,
    "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8,
    "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "dezember": 12, "dez": 12,
}  # fmt: skip
WEEKDAYS_EN = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
               "saturday": 5, "sunday": 6}  # fmt: skip
WEEKDAYS_DE = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
               "samstag": 5, "sonnabend": 5, "sonntag": 6}  # fmt: skip
WEEKDAYS_ZH = {"一": 0, "1": 0, "二": 1, "2": 1, "三": 2, "3": 2, "四": 3, "4": 3, "五": 4,
               "5": 4, "六": 5, "6": 5, "日": 6, "天": 6, "7": 6}  # fmt: skip
NUMBERS_EN = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "fifty": 50, "hundred": 100, "several": -1, "few": -1, "a few": -1,
    "many": -1, "some": -1,
}  # fmt: skip
NUMBERS_DE = {
    "ein": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "eines": 1, "zwei": 2, "drei": 3,
    "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30, "fünfzig": 50, "hundert": 100,
    "einige": -1, "einigen": -1, "mehrere": -1, "mehreren": -1, "wenige": -1, "wenigen": -1,
}  # fmt: skip
NUMBERS_ZH = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9, "十": 10, "几": -1, "数": -1}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "erste": 1, "ersten": 1, "erstes": 1, "zweite": 2, "zweiten": 2, "zweites": 2, "dritte": 3,
    "dritten": 3, "drittes": 3, "vierte": 4, "vierten": 4, "viertes": 4, "letzte": 4,
    "letzten": 4, "1.": 1, "2.": 2, "3.": 3, "4.": 4, "一": 1, "二": 2, "三": 3, "四": 4, "1": 1,
    "2": 2, "3": 3, "4": 4,
}  # fmt: skip
UNIT_EN = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "quarter": "Q",
           "hour": "H", "minute": "MIN", "century": "CE"}  # fmt: skip
UNIT_DE = {"tag": "D", "woche": "W", "monat": "M", "jahr": "Y", "jahrzehnt": "DE",
           "quartal": "Q", "stunde": "H", "minute": "MIN", "jahrhundert": "CE"}  # fmt: skip
UNIT_ZH = {"天": "D", "日": "D", "周": "W", "星期": "W", "个月": "M", "月": "M", "年": "Y",
           "季度": "Q", "个季度": "Q", "小时": "H"}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
           "frühjahr": "SP", "frühling": "SP", "sommer": "SU", "herbst": "FA"}  # fmt: skip
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def _alt(words: Iterable[object]) -> str:
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))


MONTH_WORDS_EN = _alt(MONTHS_EN)
MONTH_WORDS_DE = _alt(MONTHS_DE)
WEEKDAY_WORDS_EN = _alt(WEEKDAYS_EN)
NUMBER_WORDS_EN = r"\d{1,3}|" + _alt(k for k in NUMBERS_EN if k not in {"a", "an"})
NUMBER_WORDS_DE = r"\d{1,3}|" + _alt(NUMBERS_DE)
YEAR_DIGITS = r"(?:1[0-9]|20)\d\d"
