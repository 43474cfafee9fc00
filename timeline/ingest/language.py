"""Which of the archive's languages (en, de, zh) a text is written in."""

from importlib import import_module
from typing import Any

# Imported by name: the package ships no type information.
py3langid: Any = import_module("py3langid")

SUPPORTED = ("en", "de", "zh")
CHINESE_CODES = frozenset({"zh", "wuu", "yue", "gan", "hak", "nan"})


def _han_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    han = sum(1 for c in letters if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff")
    return han / len(letters)


def detect_language(text: str) -> str | None:
    """The language code of `text` when it is one the archive handles, else None."""
    sample = text[:5000]
    if _han_share(sample) > 0.3:
        return "zh"
    code, _score = py3langid.classify(sample)
    if code in CHINESE_CODES:
        return "zh"
    return code if code in SUPPORTED else None


def identify_language(text: str) -> tuple[str | None, str]:
    """(supported code or None, the raw code the classifier chose), for a readable refusal."""
    found = detect_language(text)
    if found is not None:
        return found, found
    code, _score = py3langid.classify(text[:5000])
    return None, str(code)
