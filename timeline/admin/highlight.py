"""Evidence shown in context: the date phrase and the actors' mentions marked in the sentence."""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from timeline.models import EventSource

_LATIN = re.compile(r"[A-Za-z0-9]")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str


def _find_all(text: str, needle: str) -> Iterable[tuple[int, int]]:
    if len(needle) < 2:
        return
    folded, target = text.casefold(), needle.casefold()
    if len(folded) != len(text):
        folded, target = text.lower(), needle.lower()
    start = 0
    while (found := folded.find(target, start)) != -1:
        end = found + len(target)
        bounded = not _LATIN.match(needle[0]) or found == 0 or not text[found - 1].isalnum()
        bounded = bounded and (
            not _LATIN.match(needle[-1]) or end == len(text) or not text[end].isalnum()
        )
        if bounded:
            yield found, end
        start = found + 1


def date_phrase_span(source: EventSource) -> Span | None:
    """Where the date phrase sits in the evidence: by offsets when they agree, else by search."""
    evidence, phrase = source.evidence, source.date_phrase
    if not phrase:
        return None
    if source.evidence_start is not None and source.date_phrase_start is not None:
        start = source.date_phrase_start - source.evidence_start
        end = start + len(phrase)
        if start >= 0 and evidence[start:end] == phrase:
            return Span(start, end, "date")
    found = next(iter(_find_all(evidence, phrase)), None)
    return Span(found[0], found[1], "date") if found else None


def actor_spans(evidence: str, names: Iterable[str]) -> list[Span]:
    """Every mention of any of `names`, longest names first so "Alibaba Cloud" beats "Alibaba"."""
    spans: list[Span] = []
    for name in sorted(set(names), key=len, reverse=True):
        for start, end in _find_all(evidence, name):
            spans.append(Span(start, end, "actor"))
    return spans


def highlighted(text: str, spans: Iterable[Span]) -> SafeString:
    """`text` as HTML with non-overlapping spans wrapped in <mark>; earlier spans win overlaps."""
    chosen: list[Span] = []
    for span in spans:
        if span.start >= span.end or span.end > len(text):
            continue
        if any(span.start < c.end and c.start < span.end for c in chosen):
            continue
        chosen.append(span)
    parts: list[str] = []
    at = 0
    for span in sorted(chosen, key=lambda s: s.start):
        parts.append(escape(text[at : span.start]))
        parts.append(f'<mark class="hl-{span.kind}">{escape(text[span.start : span.end])}</mark>')
        at = span.end
    parts.append(escape(text[at:]))
    return mark_safe("".join(parts))  # noqa: S308


def evidence_html(source: EventSource, actor_names: Iterable[str]) -> SafeString:
    date = date_phrase_span(source)
    spans = ([date] if date else []) + actor_spans(source.evidence, actor_names)
    return highlighted(source.evidence, spans)
