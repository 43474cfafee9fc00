"""Writes to actors and their aliases."""

from collections.abc import Sequence
from dataclasses import dataclass

from django.db import transaction

from timeline.models import Actor, ActorAlias
from timeline.normalize import normalize_alias
from timeline.services.validation import validated


@dataclass(frozen=True)
class AliasInput:
    name: str
    language: str
    ambiguous: bool = False


@transaction.atomic
def actor_upsert(
    *,
    slug: str,
    name: str,
    kind: str,
    country: str = "",
    parent: Actor | None = None,
    description: str = "",
    wikidata_id: str = "",
    aliases: Sequence[AliasInput] = (),
) -> tuple[Actor, bool]:
    """Create the actor or bring it in line with the given fields; add missing aliases.

    Aliases already on the actor and not in `aliases` are kept (editors may have added them).
    Returns the actor and whether anything was written, so repeated loads are no-ops.
    """
    fields = {
        "name": name,
        "kind": kind,
        "country": country,
        "parent": parent,
        "description": description,
        "wikidata_id": wikidata_id,
    }
    actor = Actor.objects.filter(slug=slug).first()
    changed = False
    if actor is None:
        actor = Actor(slug=slug, **fields)
        changed = True
    else:
        for field, value in fields.items():
            if getattr(actor, field) != value:
                setattr(actor, field, value)
                changed = True
    if changed:
        validated(actor)
        actor.save()
    return actor, actor_aliases_add(actor=actor, aliases=aliases) or changed


@transaction.atomic
def actor_aliases_add(*, actor: Actor, aliases: Sequence[AliasInput]) -> bool:
    """Add the aliases the actor lacks and update their ambiguity flag; report whether it wrote."""
    existing = {(a.normalized, a.language): a for a in actor.aliases.all()}
    changed = False
    for alias in aliases:
        current = existing.get((normalize_alias(alias.name), alias.language))
        if current is None:
            new = ActorAlias(
                actor=actor, name=alias.name, language=alias.language, ambiguous=alias.ambiguous
            )
            new.normalized = normalize_alias(alias.name)
            validated(new, exclude=["actor"])
            new.save()
            existing[(new.normalized, new.language)] = new
            changed = True
        elif current.ambiguous != alias.ambiguous:
            current.ambiguous = alias.ambiguous
            current.save(update_fields=["ambiguous", "normalized"])
            changed = True
    return changed
