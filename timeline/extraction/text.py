"""Text stage: Unicode normalisation with an offset map, language identification, sentences.

Every later stage works on `NormalizedText.text`; offsets found there are mapped back to the
original article with `NormalizedText.original_span`, so evidence and date phrases always point
into the text the editor sees.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import import_module
from typing import Any

LANGUAGES = ("en", "de", "zh")

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_CN_DIGITS.update({"七": 7, "八": 8, "九": 9})
_CN_NUMERAL_RE = re.compile(r"[〇零一二两三四五六七八九十]{1,4}(?=[年月日号])")
_CN_YEAR_RE = re.compile(r"[〇零一二三四五六七八九]{4}(?=年)")


@dataclass(frozen=True)
class NormalizedText:
    text: str
    offsets: tuple[int, ...]  # offsets[i]: index in the original of normalised character i

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if not self.offsets:
            return (0, 0)
        start = min(max(start, 0), len(self.offsets) - 1)
        end = min(max(end, start + 1), len(self.offsets))
        return (self.offsets[start], self.offsets[end - 1] + 1)


def chinese_numeral_value(numeral: str) -> int | None:
    """The value of a small Chinese numeral (0–99) or a digit-by-digit year such as 二〇二四."""
    if not numeral:
        return None
    if "十" not in numeral:
        digits = [_CN_DIGITS.get(ch) for ch in numeral]
        if any(d is None for d in digits):
            return None
        value = 0
        for d in digits:
            value = value * 10 + int(d)  # type: ignore[arg-type]
        return value
    tens, _, units = numeral.partition("十")
    if "十" in units or len(tens) > 1 or len(units) > 1:
        return None
    tens_value = _CN_DIGITS.get(tens, -1) if tens else 1
    units_value = _CN_DIGITS.get(units, -1) if units else 0
    if tens_value < 0 or units_value < 0:
        return None
    return tens_value * 10 + units_value


def _replace_chinese_numerals(text: str) -> list[tuple[int, int, str]]:
    replacements: list[tuple[int, int, str]] = []
    for regex in (_CN_YEAR_RE, _CN_NUMERAL_RE):
        for m in regex.finditer(text):
            value = chinese_numeral_value(m.group())
            if value is not None:
                replacements.append((m.start(), m.end(), str(value)))
    replacements.sort(key=lambda r: (r[0], -r[1]))
    merged: list[tuple[int, int, str]] = []
    for item in replacements:
        if merged and item[0] < merged[-1][1]:
            continue
        merged.append(item)
    return merged


_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")


def normalize(text: str) -> NormalizedText:
    """NFKC per character (full-width digits, punctuation) and Chinese date numerals to digits."""
    if text.isascii():
        return NormalizedText(text, tuple(range(len(text))))
    out: list[str] = []
    offsets: list[int] = []
    replacements = _replace_chinese_numerals(text) if _has_cjk(text) else []
    pos = 0
    for m in _NON_ASCII_RE.finditer(text):
        if m.start() > pos:
            out.append(text[pos : m.start()])
            offsets.extend(range(pos, m.start()))
        _normalize_run(text, m.start(), m.end(), replacements, out, offsets)
        pos = m.end()
    if pos < len(text):
        out.append(text[pos:])
        offsets.extend(range(pos, len(text)))
    return NormalizedText("".join(out), tuple(offsets))


def _normalize_run(
    text: str,
    start: int,
    end: int,
    replacements: list[tuple[int, int, str]],
    out: list[str],
    offsets: list[int],
) -> None:
    i = start
    r = _first_replacement(replacements, start)
    while i < end:
        if r < len(replacements) and replacements[r][0] == i:
            rep_start, rep_end, value = replacements[r]
            for k, ch in enumerate(value):
                out.append(ch)
                offsets.append(min(rep_start + k, rep_end - 1))
            i = rep_end
            r += 1
            continue
        norm = _nfkc(text[i])
        out.append(norm)
        offsets.extend([i] * len(norm))
        i += 1


def _first_replacement(replacements: list[tuple[int, int, str]], start: int) -> int:
    lo, hi = 0, len(replacements)
    while lo < hi:
        mid = (lo + hi) // 2
        if replacements[mid][0] < start:
            lo = mid + 1
        else:
            hi = mid
    return lo


@lru_cache(maxsize=4096)
def _nfkc(ch: str) -> str:
    if ch in "\u00a0\u2009\u202f\u3000":
        return " "
    norm = unicodedata.normalize("NFKC", ch)
    return norm if norm else ch


_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def _has_cjk(text: str) -> bool:
    return _CJK_RE.search(text) is not None


# Quotation marks as typed: "…", “…”, „…“ (also closed with a straight or an English mark),
# «…», 「…」, 『…』.
_QUOTE_RE = re.compile(
    r'"[^"]{4,}?"|“[^”]{4,}?”|„[^“”"]{4,}?[“”"]|«[^»]{4,}?»|「[^」]{4,}?」|『[^』]{4,}?』'
)


def quotations(sentence: str) -> list[tuple[int, int]]:
    """The spans of the quotations in `sentence`, quotation marks included."""
    return [(m.start(), m.end()) for m in _QUOTE_RE.finditer(sentence)]


def spoken_quotations(sentence: str) -> list[tuple[int, int]]:
    """The quotations long enough to be someone's speech; short ones (so-called "reciprocal"
    tariffs, the name of a list) only mark words."""
    return [
        (start, end)
        for start, end in quotations(sentence)
        if end - start >= (12 if _has_cjk(sentence[start:end]) else 30)
    ]


_identifier: Any = None


def identify_language(text: str) -> str:
    """en, de or zh. Chinese script decides at once; otherwise py3langid restricted to en/de."""
    sample = text[:4000]
    if not sample.strip():
        return "en"
    cjk = len(_CJK_RE.findall(sample))
    letters = sum(1 for ch in sample if ch.isalpha())
    if letters and cjk / letters > 0.3:
        return "zh"
    global _identifier
    if _identifier is None:
        langid: Any = import_module("py3langid.langid")
        identifier = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=False)
        identifier.set_languages(["en", "de", "zh"])
        _identifier = identifier
    lang, _ = _identifier.classify(sample)
    return str(lang) if lang in LANGUAGES else "en"


# Sentence splitting. A period ends a sentence unless it belongs to an abbreviation, an
# ordinal day or month ("7. Okt. 2022"), an initial, or a number.
_ABBREVIATIONS = {
    "en": {
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "inc",
        "corp",
        "co",
        "ltd",
        "jr",
        "sr",
        "st",
        "no",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "gov",
        "sen",
        "rep",
        "gen",
        "lt",
        "col",
        "fig",
        "approx",
        "dept",
        "est",
        "a.m",
        "p.m",
        "mt",
        "ft",
        "bn",
        "mln",
        "mn",
    },
    "de": {
        "nr",
        "z.b",
        "z. b",
        "bzw",
        "ca",
        "dr",
        "prof",
        "usw",
        "vgl",
        "etc",
        "d.h",
        "u.a",
        "s",
        "jan",
        "feb",
        "febr",
        "mär",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dez",
        "mrd",
        "mio",
        "bspw",
        "inkl",
        "evtl",
        "ggf",
        "st",
        "hr",
        "fr",
        "abs",
        "art",
        "min",
        "max",
        "tsd",
        "u.s",
        "co",
        "gmbh",
        "ag",
        "str",
        "jh",
        "v. chr",
        "n. chr",
        "chr",
    },
}
_SENTENCE_END_RE = re.compile(
    r"[.!?]+[\"'”’»)]*(?=\s)|[。！？；]+[”’」』）)]*|\n\s*\n|\n(?=\s*[-•*>])"
)
_WORD_BEFORE_RE = re.compile(r"([\w.]+?)\s*\.?$")


def split_sentences(text: str, language: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) without surrounding white space."""
    spans: list[tuple[int, int]] = []
    abbreviations = _ABBREVIATIONS.get(language, _ABBREVIATIONS["en"])
    start = 0
    for m in _SENTENCE_END_RE.finditer(text):
        end = m.end()
        punct = m.group()
        if punct.startswith(".") and not _is_sentence_period(text, m.start(), end, abbreviations):
            continue
        _append(spans, text, start, end)
        start = end
    _append(spans, text, start, len(text))
    return spans


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


_MONTH_AFTER_RE = re.compile(
    r"\s*(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|"
    r"quartal|jahrhundert|halbjahr|januar|februar|märz|juni|juli|oktober|dezember|"
    r"september|november|august|april)",
    re.IGNORECASE,
)


def _is_sentence_period(text: str, dot: int, end: int, abbreviations: set[str]) -> bool:
    before = text[max(0, dot - 12) : dot]
    token_match = re.search(r"(\S+)$", before)
    token = token_match.group(1) if token_match else ""
    bare = token.lstrip("(\"'“„").lower()
    if not bare:
        return True
    if bare in abbreviations or bare.rstrip(".") in abbreviations:
        return _next_starts_sentence(text, end, strong=True)
    if len(bare) == 1 and bare.isalpha():
        return False
    if bare.isdigit() and len(bare) <= 2 and _MONTH_AFTER_RE.match(text, end):
        return False
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]", bare):
        return _next_starts_sentence(text, end, strong=True)
    return _next_starts_sentence(text, end, strong=False)


def _next_starts_sentence(text: str, pos: int, strong: bool) -> bool:
    m = re.compile(r"\s*(\S)").match(text, pos)
    if not m:
        return True
    ch = m.group(1)
    if strong:
        if not ch.isupper():
            return False
        nxt = re.compile(r"\s*(\S+)").match(text, pos)
        word = nxt.group(1) if nxt else ""
        return word.lower() in {"the", "it", "he", "she", "they", "we", "der", "die", "das", "er"}
    return ch.isupper() or ch.isdigit() or ch in "\"'“„«(–-" or ord(ch) > 0x2E80
