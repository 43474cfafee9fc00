"""Second measures in one sentence: coordinated ("… and added 15 firms to its list") and
reciprocal ones ("A对B…，B对A…"), which analysts track as events of their own."""

import re

from timeline.extraction.categories import GOVERNMENT_KINDS, TRADE_MEASURES
from timeline.extraction.lexicon import trigger_regex
from timeline.extraction.types import ActorMention, GazetteerActor, Sentence

# "… imposed tariffs on US farm goods and added 15 firms to its export control list": a second
# measure of the same announcement, which analysts track as its own event.
_COORDINATED = {
    "en": re.compile(
        r"\b(?:and|while) (?:also )?(?:added|placed|put|imposed|slapped|banned|restricted|"
        r"announced|blacklisted|targeted|introduced|launched|opened|filed)\b[^.;]{0,80}$",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(?:und|sowie) (?:zudem |außerdem |auch )?(?:setzte|setzten|verhängte|verhängten|"
        r"stellte|stellten|verbot|verboten|beschränkte|beschränkten|leitete|leiteten|nahm|nahmen)"
        r"\b[^.;]{0,80}$",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"(?:并|同时|此外还|还)(?:将|对|宣布|决定)[^。；]{0,40}$"),
}


_PROSPECT = {
    "en": re.compile(r"\b(?:will|would|could|may|might|plans? to|threaten\w*)\b", re.IGNORECASE),
    "de": re.compile(
        r"\b(?:wird|werden|würde|würden|soll|sollen|will|wollen|könnte|droht\w*|in aussicht)\b",
        re.IGNORECASE,
    ),
    # not a bare 将, which in "将15家实体列入清单" marks the object, not the future
    "zh": re.compile(r"拟|计划|威胁|可能|将于|将自|将会|称将|表示将|宣布将在"),
}


def coordinated_measures(
    sentence: str, language: str, category: str, trigger_pos: int
) -> list[tuple[str, int]]:
    """Other trade measures the sentence reports with a verb of their own after the first."""
    coordinated = _COORDINATED.get(language)
    if coordinated is None or category not in TRADE_MEASURES:
        return []
    if _PROSPECT[language].search(sentence):
        return []  # threatened or planned together, the package is tracked as one event
    found = []
    for other in TRADE_MEASURES:
        if other == category:
            continue
        m = trigger_regex(other, language).search(sentence, trigger_pos + 1)
        if m and coordinated.search(sentence, trigger_pos + 1, m.start()):
            found.append((other, m.start()))
    return found


# "美国对中国船舶收取港口费与中方对美国船舶收取特别港务费": the other side's answer, a
# measure of its own in the same sentence.
_ANSWERING = re.compile(r"(?:也|同日|随即|则|同样|亦)?对")


def reciprocal_measure(
    sentence: Sentence,
    language: str,
    category: str,
    trigger_pos: int,
    mentions: list[ActorMention],
    actors: dict[str, GazetteerActor],
) -> tuple[int, int] | None:
    """Where the other party is named and where its answering measure of the same kind is
    (offsets in the sentence), when a Chinese sentence reports both sides' ("A对B…, B对A…")."""
    if language != "zh" or category not in TRADE_MEASURES or trigger_pos < 0:
        return None
    regex = trigger_regex(category, language)
    first = regex.search(sentence.text, trigger_pos)
    second = regex.search(sentence.text, first.end()) if first else None
    if first is None or second is None:
        return None
    before = [m for m in mentions if m.start - sentence.start < trigger_pos]
    starter = actors.get(before[0].slug) if before else None
    for m in mentions:
        actor = actors.get(m.slug)
        at = m.start - sentence.start
        if not first.end() <= at < second.start() or actor is None:
            continue
        if actor.kind not in GOVERNMENT_KINDS:
            continue
        if starter is None or actor.country == starter.country:
            return None
        if _ANSWERING.match(sentence.text, m.end - sentence.start):
            return at, second.start()
        return None
    return None
