"""The actor gazetteer the extractor matches against, built from Actor and ActorAlias rows.

Built with one query pair (actors, then their aliases) and kept per process; whoever changes
actors or aliases calls `gazetteer_invalidate()` so the next extraction sees the change.
"""

import threading

from timeline.extraction.types import Gazetteer, GazetteerActor, GazetteerAlias
from timeline.models import Actor, ActorAlias

_lock = threading.Lock()
_cached: Gazetteer | None = None


def gazetteer_build() -> Gazetteer:
    """A fresh gazetteer from the database (two queries)."""
    actors = list(Actor.objects.select_related("parent").order_by("slug"))
    by_actor: dict[int, list[GazetteerAlias]] = {}
    for actor_id, name, language, ambiguous in ActorAlias.objects.order_by("id").values_list(
        "actor_id", "name", "language", "ambiguous"
    ):
        by_actor.setdefault(actor_id, []).append(
            GazetteerAlias(name=name, language=language, ambiguous=ambiguous)
        )
    return Gazetteer(
        actors=tuple(
            GazetteerActor(
                slug=actor.slug,
                name=actor.name,
                kind=actor.kind,
                country=actor.country,
                aliases=tuple(by_actor.get(actor.pk, ())),
                parent=actor.parent.slug if actor.parent is not None else None,
            )
            for actor in actors
        )
    )


def gazetteer_get() -> Gazetteer:
    """The process-wide gazetteer, built on first use."""
    global _cached
    cached = _cached
    if cached is not None:
        return cached
    with _lock:
        if _cached is None:
            _cached = gazetteer_build()
        return _cached


def gazetteer_invalidate() -> None:
    """Forget the cached gazetteer; the next `gazetteer_get()` reads the database again."""
    global _cached
    with _lock:
        _cached = None
