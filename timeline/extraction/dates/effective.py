# ruff: noqa: E501  (long patterns read best on one line each)
"""Effective-from and takes-effect wording around a date ("ab dem", "takes effect on", "起"):
such a date starts a period and is not the day later phrases refer back to.
"""

import re

EFFECTIVE_BEFORE = re.compile(
    r"(?:\b(?:from|effective|starting|beginning|since|ab|ab dem|seit|seit dem|zum|bis|until|by|through|"
    r"bis zum|bis Ende|to take effect on|take effect on|takes effect on|take effect in|takes effect in|"
    r"due on|due|deadline)\s*$)|"
    r"(?:[自从至到]\s*$|截至\s*$)",
    re.IGNORECASE,
)

# A date in a clause on when something took effect is not the day "the same day" refers to.
_TAKES_EFFECT = re.compile(
    r"\b(?:took|takes|take|taking) effect\b|\b(?:went|goes|go) into effect\b|\bcame into force\b|"
    r"\bin kraft (?:getreten|treten|tritt|trat)\b|\btrat .{0,30}in kraft\b|生效|施行",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.!?;](?:\s|$)|[。！？；]")


def takes_effect(text: str, start: int, end: int) -> bool:
    """Whether the sentence around a date says something took effect then."""
    before = text[max(0, start - 30) : start]
    after = text[end : end + 30]
    cut = list(_CLAUSE_END.finditer(before))
    if cut:
        before = before[cut[-1].end() :]
    stop = _CLAUSE_END.search(after)
    if stop:
        after = after[: stop.start()]
    return bool(_TAKES_EFFECT.search(before + " " + after))


EFFECTIVE_AFTER = re.compile(r"^\s*(?:起|开始|前|之前|以前|以来|内?生效|内?施行|内?实施)")
