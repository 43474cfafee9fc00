"""Actor candidates: names the extractor could not match, approved or rejected by editors.

Approving creates the actor (or attaches the name to an existing one) with the name as an alias,
so the extractor recognises it from then on. Rejecting keeps the candidate with its status, so the
same name is not proposed again.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from timeline.choices import CandidateStatus
from timeline.errors import ApplicationError, PermissionDenied
from timeline.models import Actor, ActorCandidate
from timeline.permissions import User
from timeline.services.actors import AliasInput, actor_aliases_add, actor_upsert


def _check(candidate: ActorCandidate, user: User) -> None:
    if not (user.is_active and user.has_perm("timeline.add_actor")):
        raise PermissionDenied("only editors can decide on actor candidates")
    if candidate.status != CandidateStatus.PENDING:
        raise ApplicationError(f"{candidate.name} was already {candidate.status}")


def _free_slug(name: str) -> str:
    base = slugify(name)[:110] or "actor"
    slug, n = base, 2
    while Actor.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def candidate_approve(
    *,
    candidate: ActorCandidate,
    user: User,
    actor: Actor | None = None,
    name: str = "",
    kind: str = "",
    country: str = "",
) -> Actor:
    """Accept the candidate as a new actor (`name`, `kind`, `country`) or an alias of `actor`."""
    candidate = ActorCandidate.objects.select_for_update().get(pk=candidate.pk)
    _check(candidate, user)
    alias = AliasInput(name=candidate.name, language=candidate.language)
    if actor is None:
        kind = kind or candidate.kind
        if not kind:
            raise ApplicationError("say what kind of actor this is", field="kind")
        actor, _ = actor_upsert(
            slug=_free_slug(name or candidate.name),
            name=(name or candidate.name).strip(),
            kind=kind,
            country=country.strip().upper(),
            aliases=[alias],
        )
    else:
        actor_aliases_add(actor=actor, aliases=[alias])
    candidate.status = CandidateStatus.APPROVED
    candidate.actor = actor
    candidate.decided_at = timezone.now()
    candidate.save(update_fields=["status", "actor", "decided_at", "normalized"])
    return actor


@transaction.atomic
def candidate_reject(*, candidate: ActorCandidate, user: User) -> ActorCandidate:
    """Turn the candidate down; it stays on record so the name is not proposed again."""
    candidate = ActorCandidate.objects.select_for_update().get(pk=candidate.pk)
    _check(candidate, user)
    candidate.status = CandidateStatus.REJECTED
    candidate.decided_at = timezone.now()
    candidate.save(update_fields=["status", "decided_at", "normalized"])
    return candidate
