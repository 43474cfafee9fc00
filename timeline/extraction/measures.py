"""The measures one sentence reports and their parties (`measure_parties`).

Besides its trigger's: coordinated measures ("… and added 15 firms to its list") and reciprocal
ones ("A对B…，B对A…"), which analysts track as events of their own; a coercive measure against
parties ordered separately is one per order; a statement by companies or governments joined as
its subject ("Huawei and ZTE rejected …") is one per party, unless they make it together."""

import re

from timeline.extraction.categories import GOVERNMENT_KINDS, TRADE_MEASURES
from timeline.extraction.lexicon import trigger_regex
from timeline.extraction.roles import COERCIVE, assign_roles, passive_roles
from timeline.extraction.types import ActorMention, ActorRole, GazetteerActor, Sentence

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


def measure_parties(
    sentence: Sentence,
    language: str,
    category: str,
    trigger_pos: int,
    mentions: list[ActorMention],
    actors: dict[str, GazetteerActor],
) -> list[tuple[str, tuple[ActorRole, ...]]]:
    """Each measure the sentence reports (its trigger's, coordinated and reciprocal ones) with
    the roles of its parties, once per separate order of a coercive measure."""
    measures = [(category, trigger_pos)]
    measures += coordinated_measures(sentence.text, language, category, trigger_pos)
    answer = reciprocal_measure(sentence, language, category, trigger_pos, mentions, actors)
    if answer is not None:
        measures.append((category, answer[1]))
    found: list[tuple[str, tuple[ActorRole, ...]]] = []
    for measure, position in measures:
        parties = mentions
        if answer is not None and position == answer[1]:
            parties = [m for m in mentions if m.start - sentence.start >= answer[0]]
        roles = assign_roles(parties, position, measure, sentence.start, actors)
        if measure in COERCIVE:
            roles = passive_roles(roles, sentence, position, mentions, language, actors)
        parts = [roles]
        if measure in COERCIVE and position == trigger_pos:
            parts = separate_orders(roles, sentence.text, language, actors)
        elif measure == "statement":
            parts = separate_speakers(roles, sentence, language, position, mentions, actors)
        found += [(measure, part) for part in parts]
    return found


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


# "signed two executive orders against ByteDance and Tencent", "两份行政令": as many measures as
# the sentence counts, one per company (with its subsidiaries) they name.
_COUNTED = {
    "en": re.compile(
        r"\b(two|three|four)\s+(?:separate\s+|executive\s+|similar\s+)?"
        r"(?:orders|decrees|notices|announcements)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(zwei|drei|vier)\s+(?:getrennte\s+|separate\s+)?"
        r"(?:Dekrete|Verordnungen|Anordnungen|Erlasse|Bekanntmachungen)\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"([两三四])(?:份|项|道)(?:行政令|公告|命令)"),
}


_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "zwei": 2, "drei": 3, "vier": 4, "两": 2, "三": 3}
_COUNT_WORDS["四"] = 4


def separate_orders(
    roles: tuple[ActorRole, ...], sentence: str, language: str, actors: dict[str, GazetteerActor]
) -> list[tuple[ActorRole, ...]]:
    """The roles of each of the counted orders a sentence reports, when their targets fall into
    as many companies (a subsidiary counts with its parent); otherwise the roles as they are."""
    counted = _COUNTED.get(language)
    m = counted.search(sentence) if counted is not None else None
    if m is None:
        return [roles]
    count = _COUNT_WORDS.get(m.group(1).lower(), 1)
    groups: dict[str, list[ActorRole]] = {}
    for role in roles:
        actor = actors.get(role.slug)
        if role.role == "target" and actor is not None and actor.kind == "company":
            groups.setdefault(_root(role.slug, actors), []).append(role)
    if count < 2 or len(groups) != count:
        return [roles]
    grouped = {r.slug for group in groups.values() for r in group}
    rest = tuple(r for r in roles if r.slug not in grouped)
    return [rest + tuple(group) for group in groups.values()]


def _root(slug: str, actors: dict[str, GazetteerActor]) -> str:
    for _ in range(5):
        parent = actors[slug].parent if slug in actors else None
        if not parent or parent not in actors:
            break
        slug = parent
    return slug


# "Huawei and ZTE rejected …", "华为和中兴均表示": parties joined before the verb; what may stand
# between two of them besides the conjunction is a name in brackets ("(CATL)").
_JOINED = {
    "en": re.compile(r"^(?:\s*\([^()]{1,30}\))?\s*(?:,\s*(?:and\s+)?|and\s+)$", re.IGNORECASE),
    "de": re.compile(r"^(?:\s*\([^()]{1,30}\))?\s*(?:,\s*(?:und\s+)?|und\s+|sowie\s+)$", re.I),
    "zh": re.compile(r"^(?:[（(][^（）()]{1,20}[）)])?\s*[和与及、]\s*$"),
}


# A statement made together is one event: "in a joint statement", "gemeinsam", "联合声明".
_TOGETHER = re.compile(r"\b(?:joint(?:ly)?|together|gemeinsam\w*)\b|联合|共同", re.IGNORECASE)


# The parties are the complement of a noun, not the subject: "shares in", "Aktien von", "的".
_OF_BEFORE = re.compile(r"\b(?:in|of|von|der|des|bei|für)\s+(?:the\s+)?$|的$", re.IGNORECASE)


# The verb after a comma, its speaker after it: "…, said the minister", "…, erklärte Breton".
_SPEAKER_AFTER = re.compile(r"[,，]\s*$")


_SPEAKER_KINDS = {"company": "company", "government_body": "government", "country": "government"}


def separate_speakers(
    roles: tuple[ActorRole, ...],
    sentence: Sentence,
    language: str,
    trigger_pos: int,
    mentions: list[ActorMention],
    actors: dict[str, GazetteerActor],
) -> list[tuple[ActorRole, ...]]:
    """One statement per party when two or more companies, or governments, are joined as the
    subject before the verb of saying ("Huawei und ZTE wiesen die Vorwürfe zurück"); otherwise
    the roles as they are."""
    joined = _JOINED.get(language)
    if joined is None or not roles or trigger_pos < 0 or _TOGETHER.search(sentence.text):
        return [roles]
    if _SPEAKER_AFTER.search(sentence.text, 0, trigger_pos):
        return [roles]  # "Huawei und ZTE seien ein Risiko, erklärte Breton": he speaks of them
    before = [m for m in mentions if 0 <= m.start - sentence.start < trigger_pos]
    if not before or before[0].slug != roles[0].slug:
        return [roles]
    if _OF_BEFORE.search(sentence.text, 0, before[0].start - sentence.start):
        return [roles]  # "Shares in Samsung and SK Hynix fell after Washington said …"
    kind = _SPEAKER_KINDS.get(actors[before[0].slug].kind if before[0].slug in actors else "")
    speakers = [before[0].slug]
    previous = before[0]
    for m in before[1:]:
        if m.slug == previous.slug:
            previous = m  # "Contemporary Amperex Technology (CATL)": the same party again
            continue
        gap = sentence.text[previous.end - sentence.start : m.start - sentence.start]
        actor = actors.get(m.slug)
        if actor is None or kind is None or _SPEAKER_KINDS.get(actor.kind) != kind:
            break
        if not joined.match(gap):
            break
        if m.slug not in speakers:
            speakers.append(m.slug)
        previous = m
    if len(speakers) < 2 or previous is not before[-1]:
        return [roles]  # another party before the verb: the joined ones are not who speaks
    rest = tuple(r for r in roles if r.slug not in speakers)
    return [(ActorRole(slug, "initiator"), *rest) for slug in speakers]
