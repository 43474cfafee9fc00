"""Builders for the small gazetteers the extractor's unit tests are written against."""

import datetime as dt
from collections.abc import Iterable

from timeline.extraction import extract
from timeline.extraction.types import (
    ArticleInput,
    Gazetteer,
    GazetteerActor,
    GazetteerAlias,
    ProposedEvent,
)


def gazetteer_actor(
    slug: str, name: str, kind: str, country: str, *aliases: tuple[str, str]
) -> GazetteerActor:
    """An actor with (alias, language) pairs."""
    return GazetteerActor(
        slug=slug,
        name=name,
        kind=kind,
        country=country,
        aliases=tuple(GazetteerAlias(name=n, language=lang) for n, lang in aliases),
    )


TUESDAY = dt.date(2025, 2, 25)
"""The news day of the shared `published` fixture's week (publication on Thursday 27 February)."""


def extracted_events(
    text: str, gazetteer: Gazetteer, published: dt.datetime, language: str = "en"
) -> tuple[ProposedEvent, ...]:
    article = ArticleInput(text=text, published=published, language=language)
    return extract(article, gazetteer).events


def initiator(event: ProposedEvent) -> str:
    return next(a.slug for a in event.actors if a.role == "initiator")


def about(found: Iterable[ProposedEvent], words: str) -> list[ProposedEvent]:
    """The events whose evidence holds `words`."""
    return [e for e in found if words in e.evidence]
