"""The extractor's interface: what goes in (an article and the actor gazetteer) and what comes out.

Pure dataclasses, no Django. The Django side builds a `Gazetteer` from the database and stores an
`ExtractionResult` through a service; nothing in `timeline.extraction` touches the database.
"""

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class GazetteerAlias:
    name: str
    language: str  # en, de, zh or mul
    ambiguous: bool = False


@dataclass(frozen=True)
class GazetteerActor:
    slug: str
    name: str
    kind: str
    country: str
    aliases: tuple[GazetteerAlias, ...]
    parent: str | None = None


@dataclass(frozen=True)
class Gazetteer:
    actors: tuple[GazetteerActor, ...]


@dataclass(frozen=True)
class ArticleInput:
    text: str
    published: dt.datetime  # timezone-aware publication time: the anchor for relative dates
    language: str | None = None  # en, de, zh; None: identify it
    title: str = ""


@dataclass(frozen=True)
class DateMention:
    """A dated expression found in the text, normalised against the publication date."""

    start: int  # code-point offsets into ArticleInput.text
    end: int
    text: str
    value: str  # TIMEX3 style: 2025-02-24, 2025-02, 2025-Q1, 2025, P3Y, PRESENT_REF
    kind: str  # date, duration, set, time
    date: dt.date | None = None  # first day of the period, None for durations
    date_end: dt.date | None = None  # last day of an explicit period
    precision: str | None = None  # day, month, quarter, year
    approximate: bool = False
    modifier: str = ""  # START, MID, END, BEFORE, AFTER, APPROX (TIMEX3 mod)


NO_ACTOR = GazetteerActor(slug="", name="", kind="", country="", aliases=())
"""Stands in for a slug the gazetteer does not know, so that `.kind` and `.country` read empty."""


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class ActorMention:
    slug: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ActorRole:
    slug: str
    role: str  # initiator, target, mentioned


@dataclass(frozen=True)
class Figure:
    amount: float
    currency: str = ""  # ISO 4217 for money
    unit: str = ""  # percent, units, tonnes … when not money
    text: str = ""  # the words the figure came from


@dataclass(frozen=True)
class ProposedEvent:
    title: str
    summary: str
    date: dt.date
    precision: str
    category: str
    evidence: str
    evidence_start: int
    evidence_end: int
    date_end: dt.date | None = None
    approximate: bool = False
    date_phrase: str = ""
    date_phrase_start: int | None = None
    date_phrase_end: int | None = None
    actors: tuple[ActorRole, ...] = ()
    figures: tuple[Figure, ...] = ()
    tags: tuple[str, ...] = ()
    confidence: float = 0.5
    main: bool = True
    stage: str = ""  # proposed, announced, effective, suspended, revoked; empty when unsaid


@dataclass(frozen=True)
class ActorCount:
    slug: str
    mentions: int


@dataclass(frozen=True)
class ExtractionResult:
    language: str
    published: dt.datetime
    events: tuple[ProposedEvent, ...]
    actors: tuple[ActorCount, ...]
    extractor_version: str
    unknown_names: tuple[str, ...] = field(default=())
