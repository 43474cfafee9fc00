"""Who does what in a sentence: initiator, targets and mentioned actors.

The first actor before the trigger initiates; bodies of the same country named with it before the
trigger initiate too; in coercive measures actors of another country are targets. A passive
sentence turns the subject into the target (`passive_roles`).
"""

import re
from collections.abc import Callable

from timeline.extraction.categories import GOVERNMENT_KINDS
from timeline.extraction.types import NO_ACTOR, ActorMention, ActorRole, GazetteerActor, Sentence

COERCIVE = {"export_controls", "sanctions", "tariffs_trade", "legal_action", "regulation"}


def is_company(slug: str, actors: dict[str, GazetteerActor]) -> bool:
    return actors.get(slug, NO_ACTOR).kind == "company"


def main_company(
    mentions: list[ActorMention], before: int, actors: dict[str, GazetteerActor]
) -> ActorMention | None:
    """The company the text has named most often before `before` (the latest mention of it)."""
    counts: dict[str, int] = {}
    latest: dict[str, ActorMention] = {}
    for m in mentions:
        if m.start >= before:
            break
        if is_company(m.slug, actors):
            counts[m.slug] = counts.get(m.slug, 0) + 1
            latest[m.slug] = m
    if not counts:
        return None
    return latest[max(counts, key=lambda slug: counts[slug])]


def assign_roles(
    mentions: list[ActorMention],
    trigger_pos: int,
    category: str,
    sentence_start: int,
    actors: dict[str, GazetteerActor],
) -> tuple[ActorRole, ...]:
    """Initiator: the first actor before the trigger; co-initiators: bodies of the same country
    named with it before the trigger; targets: in coercive measures, actors of another country."""
    seen: list[str] = []
    for m in mentions:
        if m.slug not in seen:
            seen.append(m.slug)
    if not seen:
        return ()
    absolute_trigger = sentence_start + trigger_pos
    before = [m.slug for m in mentions if m.start < absolute_trigger]
    initiator = before[0] if before else seen[0]
    first = actors.get(initiator)
    roles = [ActorRole(initiator, "initiator")]
    for slug in seen:
        if slug == initiator:
            continue
        actor = actors.get(slug)
        same_country = bool(first and actor and first.country and first.country == actor.country)
        if (
            slug in before
            and same_country
            and first is not None
            and actor is not None
            and first.kind == actor.kind == "government_body"
        ):
            roles.append(ActorRole(slug, "initiator"))
        elif category in COERCIVE and actor is not None and not same_country:
            roles.append(ActorRole(slug, "target"))
        else:
            roles.append(ActorRole(slug, "mentioned"))
    return tuple(roles)


# "Huawei was added to the Entity List", "wurde … auf die Liste gesetzt", "被列入": the subject
# is acted upon.
_PASSIVE = {
    "en": re.compile(
        r"\b(?:was|were|has been|have been|had been|is being|are being)\s+(?:\w+ly\s+)?"
        r"(?:added|placed|put|hit|targeted|sanctioned|blacklisted|banned|fined|sued|charged|barred|"
        r"listed|included|indicted|investigated|probed)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(?:wurde|wurden|worden)\b[^.;]{0,80}?\b(?:gesetzt|aufgenommen|belegt|sanktioniert|"
        r"verklagt|gelistet|ausgeschlossen|angeklagt|bestraft)\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"被(?:美国|美方|中方|欧盟)?(?:列入|纳入|制裁|处罚|起诉|罚款|调查|加征)"),
}


def passive_roles(
    roles: tuple[ActorRole, ...],
    sentence: Sentence,
    trigger_pos: int,
    mentions: list[ActorMention],
    language: str,
    actors: dict[str, GazetteerActor],
) -> tuple[ActorRole, ...]:
    """In a passive sentence the subject is the target; the acting party is the government (of
    another country) named after the verb or as the list's owner ("the US Entity List")."""
    passive = _PASSIVE.get(language, _PASSIVE["en"]).search(sentence.text, 0, trigger_pos + 40)
    if passive is None or not roles or not -40 <= trigger_pos - passive.end() <= 40:
        return roles
    subject = roles[0].slug
    subject_actor = actors.get(subject, NO_ACTOR)
    at = sentence.start + passive.start()
    if not any(m.slug == subject and m.start < at for m in mentions):
        return roles
    agent = next(
        (
            m.slug
            for m in mentions
            if m.start >= at
            and actors.get(m.slug, NO_ACTOR).kind in GOVERNMENT_KINDS
            and actors[m.slug].country != subject_actor.country
        ),
        None,
    )
    if agent is None:
        return roles
    rest = [r for r in roles[1:] if r.slug != agent]
    return (ActorRole(agent, "initiator"), ActorRole(subject, "target"), *rest)


_STATE_MEASURES = COERCIVE | {"government_policy", "investment"}


def _is_state(actor: GazetteerActor) -> bool:
    return actor.kind == "country" or (actor.kind == "organization" and actor.country == "EU")


def _initiator_countries(
    roles: tuple[ActorRole, ...],
    actors: dict[str, GazetteerActor],
    kind: Callable[[GazetteerActor], bool],
) -> set[str]:
    """The countries of the initiators of that kind."""
    return {
        actors[r.slug].country
        for r in roles
        if r.role == "initiator" and r.slug in actors and kind(actors[r.slug])
    }


def with_acting_body(
    roles: tuple[ActorRole, ...],
    category: str,
    mentions: list[ActorMention],
    actors: dict[str, GazetteerActor],
) -> tuple[ActorRole, ...]:
    """A measure a sentence gives to a country or the EU ("The United States imposed sanctions
    …", "die EU verhängte Zölle") also names, as co-initiator, the government body of that country
    or union the article names most (the Treasury, the Commission it names elsewhere as the one
    acting); nothing when the article names none."""
    if category not in _STATE_MEASURES:
        return roles
    present = {r.slug for r in roles}
    countries = _initiator_countries(roles, actors, _is_state)
    if not countries:
        return roles
    counts: dict[str, int] = {}
    for m in mentions:
        actor = actors.get(m.slug, NO_ACTOR)
        if actor.kind == "government_body" and actor.country in countries:
            counts[m.slug] = counts.get(m.slug, 0) + 1
    if not counts:
        return roles
    body = max(counts, key=lambda slug: counts[slug])
    if body in present:
        return roles
    return (*roles, ActorRole(body, "initiator"))


# What a state's body does in foreign affairs is the state acting too.
_STATE_ACTS = _STATE_MEASURES | {"diplomacy"}


def with_state_of_body(
    roles: tuple[ActorRole, ...],
    category: str,
    mentions: list[ActorMention],
    actors: dict[str, GazetteerActor],
) -> tuple[ActorRole, ...]:
    """A measure or diplomatic step a government body takes ("Das Auswärtige Amt bestellte den
    Botschafter ein", "the Commerce Department added …") also names, as co-initiator, the country
    or union it belongs to, when the article names that state: the counterpart of
    `with_acting_body`, so that either wording files the event under both."""
    if category not in _STATE_ACTS:
        return roles
    codes = _initiator_countries(roles, actors, lambda actor: actor.kind == "government_body")
    if not codes:
        return roles
    present = {r.slug for r in roles}
    states: list[str] = []
    for m in mentions:
        actor = actors.get(m.slug, NO_ACTOR)
        if _is_state(actor) and actor.country in codes and m.slug not in present:
            present.add(m.slug)
            states.append(m.slug)
    return (*roles, *(ActorRole(slug, "initiator") for slug in states))
