"""Storing what the extractor proposes, and running it again over stored articles.

The machine proposes, editors decide. For one article, `extraction_store`:

- adds a draft event for each proposal that matches no existing event;
- links the article as one more source of an existing event when the proposal is the same
  real-world event (same category, overlapping dates, the same acting/targeted actors, a
  similar title), so one event reported by several articles stays one event;
- updates drafts it made earlier from this article when nobody edited them;
- never changes, deletes or re-creates an event that is published, rejected or edited: a
  proposal matching one is only recorded as evidence if that source is not there yet;
- removes drafts nobody edited that the new extractor no longer proposes (or only this
  article's source from them, when other articles also report them).

Everything for one article happens in one transaction, so a failure leaves no partial events.
"""

import datetime as dt
import logging
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import import_module
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import connection, transaction
from django.db.models import Count, Max, Prefetch, QuerySet
from django.utils import timezone
from django.utils.module_loading import import_string
from rapidfuzz import fuzz

from timeline.choices import (
    ArticleStatus,
    Category,
    EventStatus,
    Precision,
    Role,
    RunStatus,
    Stage,
)
from timeline.errors import ApplicationError
from timeline.extraction.types import ArticleInput, ExtractionResult, Gazetteer, ProposedEvent
from timeline.gazetteer import gazetteer_build, gazetteer_get, gazetteer_invalidate
from timeline.models import (
    Actor,
    ActorAlias,
    Article,
    Event,
    EventActor,
    EventSource,
    ExtractionRun,
    Tag,
)
from timeline.periods import last_covered_day, period_start
from timeline.services.events import EventData, event_create, event_differs, event_update
from timeline.services.search import event_search_refresh
from timeline.services.validation import validated

logger = logging.getLogger(__name__)

Extractor = Callable[[ArticleInput, Gazetteer], ExtractionResult]

DEFAULT_EXTRACTOR = "timeline.extraction.extract"
TITLE_SIMILARITY = 55
DAY_TOLERANCE = dt.timedelta(days=3)
KEY_ROLES = (Role.INITIATOR, Role.TARGET)
GAZETTEER_MAX_AGE = 600.0


@dataclass
class ExtractionReport:
    """What storing one extraction did to the events of an article."""

    article_id: int
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    linked: int = 0
    kept: int = 0
    removed: int = 0
    event_ids: list[int] = field(default_factory=list)


def extractor_get() -> Extractor:
    """The extractor named by the INGEST_EXTRACTOR setting (default: the project's own)."""
    path = getattr(settings, "INGEST_EXTRACTOR", DEFAULT_EXTRACTOR)
    try:
        extractor: Extractor = import_string(path)
    except ImportError as exc:
        raise ApplicationError(f"the extractor {path} is not available ({exc})") from None
    return extractor


_gazetteer_seen: dict[str, Any] = {"signature": None, "at": 0.0}


def _actors_signature() -> tuple[Any, ...]:
    actors = Actor.objects.aggregate(n=Count("id"), changed=Max("updated_at"))
    aliases = ActorAlias.objects.aggregate(n=Count("id"), last=Max("id"))
    return (actors["n"], actors["changed"], aliases["n"], aliases["last"])


def gazetteer_load(*, fresh: bool = False) -> Gazetteer:
    """The actor gazetteer: a `fresh` one from the database, or the process-wide cached one.

    A worker lives long and actors are edited in another process (the admin), so the cached one
    is dropped when the actor tables changed (one aggregate query) or is older than
    GAZETTEER_MAX_AGE seconds.
    """
    if fresh:
        return gazetteer_build()
    signature = _actors_signature()
    now = time.monotonic()
    if signature != _gazetteer_seen["signature"] or now - _gazetteer_seen["at"] > (
        GAZETTEER_MAX_AGE
    ):
        gazetteer_invalidate()
        _gazetteer_seen.update(signature=signature, at=now)
    return gazetteer_get()


def article_input(article: Article) -> ArticleInput:
    return ArticleInput(
        text=article.text,
        published=article.published_at,
        language=article.language or None,
        title=article.title,
    )


def _proposal_data(
    proposal: ProposedEvent, actors: dict[str, Actor], tags: dict[str, Tag]
) -> EventData:
    precision = proposal.precision if proposal.precision in Precision.values else Precision.DAY
    start = period_start(proposal.date, precision)
    date_end = proposal.date_end if proposal.date_end and proposal.date_end >= start else None
    links: list[tuple[Actor, str]] = []
    seen: set[str] = set()
    for link in proposal.actors:
        actor = actors.get(link.slug)
        if actor is None or link.slug in seen:
            continue
        seen.add(link.slug)
        links.append((actor, link.role if link.role in Role.values else Role.MENTIONED))
    title = " ".join(proposal.title.split()) or " ".join(proposal.evidence.split())
    return EventData(
        title=title[:120].strip() or "Untitled event",
        summary=proposal.summary.strip(),
        date=start,
        precision=precision,
        date_end=date_end,
        approximate=proposal.approximate,
        category=_proposal_category(proposal),
        stage=proposal.stage if proposal.stage in Stage.values else "",
        status=EventStatus.DRAFT,
        confidence=min(max(float(proposal.confidence), 0.0), 1.0),
        figures=tuple(
            {"amount": f.amount, "currency": f.currency, "unit": f.unit, "text": f.text}
            for f in proposal.figures
        ),
        tags=tuple(tags[slug] for slug in dict.fromkeys(proposal.tags) if slug in tags),
        actors=tuple(links),
    )


def _key_actors(links: Iterable[tuple[int, str]]) -> tuple[set[int], set[int]]:
    pairs = list(links)
    key = {actor for actor, role in pairs if role in KEY_ROLES}
    initiators = {actor for actor, role in pairs if role == Role.INITIATOR}
    return (key or {actor for actor, _ in pairs}), initiators


def _same_event(data: EventData, event: Event) -> int | None:
    """A similarity score when `data` and `event` describe the same real-world event, else None."""
    if data.category != event.category:
        return None
    last = last_covered_day(data.date, data.precision, data.date_end)
    tolerance = (
        DAY_TOLERANCE
        if data.precision == Precision.DAY and event.precision == Precision.DAY
        else dt.timedelta(0)
    )
    if data.date > event.date_last + tolerance or last < event.date - tolerance:
        return None
    proposed_key, proposed_initiators = _key_actors((a.pk, r) for a, r in data.actors)
    event_key, event_initiators = _key_actors(
        (link.actor_id, link.role) for link in event.actor_links.all()
    )
    if proposed_key and event_key and not proposed_key & event_key:
        return None
    if proposed_initiators and event_initiators and not proposed_initiators & event_initiators:
        return None
    similarity = int(fuzz.token_set_ratio(data.title.lower(), event.title.lower()))
    if similarity < TITLE_SIMILARITY:
        return None
    overlap = len(proposed_key & event_key)
    return similarity + 20 * overlap


def _best_match(data: EventData, candidates: Iterable[Event], used: set[int]) -> Event | None:
    best: tuple[int, Event] | None = None
    for event in candidates:
        if event.pk in used:
            continue
        score = _same_event(data, event)
        if score is not None and (best is None or score > best[0]):
            best = (score, event)
    return best[1] if best else None


def _own_match(
    data: EventData, proposal: ProposedEvent, own: list[Event], used: set[int]
) -> Event | None:
    """The event an earlier extraction of this article made for the same proposal.

    The same evidence (same sentence of the same article) identifies it even when an editor has
    since changed the date, title or category; otherwise it must be similar enough to be the
    same real-world event.
    """
    same_evidence = [
        e
        for e in own
        if e.pk not in used
        and any(s.evidence_start == proposal.evidence_start for s in e.sources.all())
    ]
    for event in same_evidence:
        if _same_event(data, event) is not None:
            return event
    for event in same_evidence:
        if _is_protected(event):
            return event
    return _best_match(data, own, used)


def _span(start: int | None, end: int | None, length: int) -> tuple[int | None, int | None]:
    if start is None or end is None or not 0 <= start <= end <= length:
        return None, None
    return start, end


def _source_add(event: Event, article: Article, proposal: ProposedEvent) -> bool:
    evidence_start, evidence_end = _span(
        proposal.evidence_start, proposal.evidence_end, len(article.text)
    )
    if EventSource.objects.filter(
        event=event, article=article, evidence_start=evidence_start
    ).exists():
        return False
    phrase_start, phrase_end = _span(
        proposal.date_phrase_start, proposal.date_phrase_end, len(article.text)
    )
    source = EventSource(
        event=event,
        article=article,
        evidence=proposal.evidence.strip() or proposal.title,
        evidence_start=evidence_start,
        evidence_end=evidence_end,
        date_phrase=proposal.date_phrase[:200],
        date_phrase_start=phrase_start if proposal.date_phrase else None,
        date_phrase_end=phrase_end if proposal.date_phrase else None,
    )
    validated(source, exclude=["event", "article"])
    source.save()
    return True


def _source_refresh(event: Event, article: Article, proposal: ProposedEvent) -> None:
    """Point a draft's source from this article at the new evidence, keeping the row (and so
    the order in which articles reported the event)."""
    sources = list(EventSource.objects.filter(event=event, article=article).order_by("id"))
    if not sources:
        _source_add(event, article, proposal)
        return
    source, extra = sources[0], sources[1:]
    evidence_start, evidence_end = _span(
        proposal.evidence_start, proposal.evidence_end, len(article.text)
    )
    phrase_start, phrase_end = _span(
        proposal.date_phrase_start, proposal.date_phrase_end, len(article.text)
    )
    values = {
        "evidence": proposal.evidence.strip() or proposal.title,
        "evidence_start": evidence_start,
        "evidence_end": evidence_end,
        "date_phrase": proposal.date_phrase[:200],
        "date_phrase_start": phrase_start if proposal.date_phrase else None,
        "date_phrase_end": phrase_end if proposal.date_phrase else None,
    }
    EventSource.objects.filter(pk__in=[s.pk for s in extra]).delete()
    if any(getattr(source, key) != value for key, value in values.items()):
        for key, value in values.items():
            setattr(source, key, value)
        validated(source, exclude=["event", "article"])
        source.save()


def _first_source_article(event: Event) -> int | None:
    """The article an event was first extracted from: only its re-extraction rewrites the draft,
    so articles that merely also report the event do not overwrite each other's wording."""
    return (
        EventSource.objects.filter(event=event)
        .order_by("id")
        .values_list("article_id", flat=True)
        .first()
    )


def _is_protected(event: Event) -> bool:
    return event.status != EventStatus.DRAFT or event.edited or event.is_tombstone


def _events_with_links() -> QuerySet[Event]:
    return Event.objects.prefetch_related(
        Prefetch("actor_links", queryset=EventActor.objects.only("event_id", "actor_id", "role"))
    )


def _candidates(data: EventData) -> list[Event]:
    """Existing events that may be the same as `data`: same category, overlapping dates and,
    when `data` names actors, one of its key actors among theirs.

    The actors' links carry their events' dates, so the look-up is a few index ranges on the
    (actor, status, date) link index, however large and dense the archive.
    """
    last = last_covered_day(data.date, data.precision, data.date_end)
    events = _events_with_links().filter(
        category=data.category,
        merged_into__isnull=True,
        date__lte=last + DAY_TOLERANCE,
        date_last__gte=data.date - DAY_TOLERANCE,
    )
    key_actors, _ = _key_actors((actor.pk, role) for actor, role in data.actors)
    if key_actors:
        linked = EventActor.objects.filter(
            actor_id__in=key_actors,
            event_status__in=EventStatus.values,
            event_date__lte=last + DAY_TOLERANCE,
            event_date_last__gte=data.date - DAY_TOLERANCE,
        ).values("event_id")
        events = events.filter(pk__in=linked)
    return list(events)


def _proposal_category(proposal: ProposedEvent) -> str:
    return proposal.category if proposal.category in Category.values else Category.OTHER


def _lock_categories(categories: set[str]) -> None:
    """Serialise storing per category until the transaction ends, so two workers storing two
    articles about the same event cannot both miss the other's new draft and make two events.
    (SQLite serialises write transactions anyway.)"""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for category in sorted(categories):
            key = zlib.crc32(f"timeline.events.{category}".encode())
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [key])


@transaction.atomic
def extraction_store(*, article_id: int, result: ExtractionResult) -> ExtractionReport:
    """Store an extraction of one article by the rules in the module docstring; mark it done."""
    article = Article.objects.select_for_update().get(pk=article_id)
    _lock_categories({_proposal_category(p) for p in result.events})
    report = ExtractionReport(article_id=article.pk)
    slugs = {link.slug for p in result.events for link in p.actors}
    actors = {a.slug: a for a in Actor.objects.filter(slug__in=slugs)}
    tag_slugs = {slug for p in result.events for slug in p.tags}
    tags = {t.slug: t for t in Tag.objects.filter(slug__in=tag_slugs)}
    own = list(
        _events_with_links()
        .filter(sources__article=article)
        .distinct()
        .order_by("id")
        .prefetch_related(Prefetch("sources", queryset=EventSource.objects.filter(article=article)))
    )
    used: set[int] = set()
    for proposal in result.events:
        data = _proposal_data(proposal, actors, tags)
        mine = _own_match(data, proposal, own, used)
        if mine is not None:
            used.add(mine.pk)
            if _is_protected(mine):
                report.kept += 1
            elif _first_source_article(mine) != article.pk:
                _source_refresh(mine, article, proposal)
                report.unchanged += 1
            elif event_differs(mine, data):
                event_update(event=mine, data=data, by_editor=False)
                _source_refresh(mine, article, proposal)
                report.updated += 1
            else:
                _source_refresh(mine, article, proposal)
                report.unchanged += 1
            continue
        other = _best_match(data, _candidates(data), used)
        if other is not None:
            used.add(other.pk)
            if _source_add(other, article, proposal):
                report.linked += 1
            else:
                report.kept += 1
            continue
        event = event_create(data=data)
        _source_add(event, article, proposal)
        used.add(event.pk)
        report.created += 1
    still_cited = []
    for stale in own:
        if stale.pk in used or _is_protected(stale):
            continue
        other_sources = EventSource.objects.filter(event=stale).exclude(article=article)
        if other_sources.exists():
            EventSource.objects.filter(event=stale, article=article).delete()
            still_cited.append(stale.pk)
        else:
            stale.delete()
        report.removed += 1
    article.status = ArticleStatus.DONE
    article.error = ""
    article.extractor_version = result.extractor_version[:40]
    article.save(update_fields=["status", "error", "extractor_version", "updated_at"])
    report.event_ids = sorted(
        set(EventSource.objects.filter(article=article).values_list("event_id", flat=True))
    )
    event_search_refresh(event_ids=[*report.event_ids, *still_cited])
    return report


def article_extract(
    *,
    article_id: int,
    extractor: Extractor | None = None,
    gazetteer: Gazetteer | None = None,
) -> ExtractionReport:
    """Run the extractor over a stored article and store the result (see `extraction_store`).

    The extractor runs outside the transaction; only storing its result holds locks.
    """
    article = Article.objects.get(pk=article_id)
    if not article.text.strip():
        raise ApplicationError(f"article {article_id} has no text to extract from")
    run = extractor or extractor_get()
    result = run(article_input(article), gazetteer or gazetteer_load())
    return extraction_store(article_id=article_id, result=result)


def article_reextract(*, article_id: int, extractor: Extractor | None = None) -> ExtractionReport:
    """Extract a stored article again now (the admin's "re-run extraction").

    Any failure is an ApplicationError and leaves the article and its events as they were.
    """
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        raise ApplicationError(f"no article with id {article_id}", field="article")
    if article.status == ArticleStatus.DUPLICATE:
        raise ApplicationError(
            f"article {article_id} is a duplicate of article {article.duplicate_of_id}",
            field="article",
        )
    try:
        return article_extract(article_id=article_id, extractor=extractor)
    except ApplicationError:
        raise
    except Exception as exc:
        logger.exception("re-extraction of article %s failed", article_id)
        raise ApplicationError(
            f"extraction of article {article_id} failed ({type(exc).__name__}: {exc}); "
            "its events are unchanged"
        ) from exc


def extractor_version() -> str:
    """The version the installed extractor reports, or an empty string when it is missing."""
    path = getattr(settings, "INGEST_EXTRACTOR", DEFAULT_EXTRACTOR)
    module_path = path.rsplit(".", 1)[0]
    try:
        module = import_module(module_path)
    except ImportError:
        return ""
    return str(getattr(module, "EXTRACTOR_VERSION", ""))


def scope_articles(scope: str) -> QuerySet[Article]:
    """Articles a re-extraction covers: `all`, `since:YYYY-MM-DD` (published on or after),
    `article:ID`. Duplicates and articles without text are left out."""
    articles = Article.objects.exclude(status=ArticleStatus.DUPLICATE).exclude(text="")
    kind, _, value = scope.partition(":")
    if kind == "all" and not value:
        return articles.order_by("id")
    if kind == "since":
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            raise ApplicationError(f"not an ISO date: {value!r}", field="since") from None
        start = dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)
        return articles.filter(published_at__gte=start).order_by("id")
    if kind == "article" and value.isdigit():
        return articles.filter(pk=int(value)).order_by("id")
    raise ApplicationError(
        f"unknown scope {scope!r}: use all, since:YYYY-MM-DD or article:ID", field="scope"
    )


@transaction.atomic
def extraction_run_create(
    *, scope: str, user: AbstractBaseUser | AnonymousUser | None = None
) -> ExtractionRun:
    """Record a re-extraction over `scope` (see `scope_articles`) without starting it."""
    total = scope_articles(scope).count()
    requested_by = user if isinstance(user, AbstractBaseUser) and user.pk else None
    run = ExtractionRun(
        scope=scope,
        requested_by=requested_by,  # type: ignore[misc]
        extractor_version=extractor_version(),
        total=total,
    )
    validated(run)
    run.save()
    return run


def extraction_run_start(
    *, scope: str, user: AbstractBaseUser | AnonymousUser | None = None
) -> ExtractionRun:
    """Record a re-extraction and run it in the background task; the run shows its progress."""
    from timeline.tasks import extraction_run_execute

    with transaction.atomic():
        run = extraction_run_create(scope=scope, user=user)
        transaction.on_commit(lambda: extraction_run_execute.delay(run.pk))
    run.refresh_from_db()
    return run


@transaction.atomic
def _run_progress(run_id: int, **changes: Any) -> ExtractionRun:
    run = ExtractionRun.objects.select_for_update().get(pk=run_id)
    for key, value in changes.items():
        setattr(run, key, value)
    run.save()
    return run


def extraction_run_execute(
    *,
    run_id: int,
    extractor: Extractor | None = None,
    on_progress: Callable[[ExtractionRun], None] | None = None,
) -> ExtractionRun:
    """Re-extract every article of the run's scope, one transaction per article.

    Progress (done, failed, events created and updated) is saved after every article, so the
    admin can show it and an interrupted run can be started again without harm: storing is
    idempotent, so articles already done simply come out unchanged.
    """
    run = ExtractionRun.objects.get(pk=run_id)
    if run.status == RunStatus.DONE:
        return run
    ids = list(scope_articles(run.scope).values_list("id", flat=True))
    run = _run_progress(
        run_id,
        status=RunStatus.RUNNING,
        total=len(ids),
        done=0,
        failed=0,
        events_created=0,
        events_updated=0,
        error="",
        started_at=run.started_at or timezone.now(),
    )
    try:
        run_extractor = extractor or extractor_get()
        gazetteer = gazetteer_load(fresh=True)
    except ApplicationError as exc:
        return _run_progress(
            run_id, status=RunStatus.FAILED, error=exc.message, finished_at=timezone.now()
        )
    failed = created = updated = 0
    errors: list[str] = []
    for done, article_id in enumerate(ids, start=1):
        try:
            report = article_extract(
                article_id=article_id, extractor=run_extractor, gazetteer=gazetteer
            )
            created += report.created
            updated += report.updated
        except Exception as exc:
            logger.exception("re-extraction of article %s failed", article_id)
            failed += 1
            errors.append(f"article {article_id}: {type(exc).__name__}: {exc}")
        run = _run_progress(
            run_id,
            done=done,
            failed=failed,
            events_created=created,
            events_updated=updated,
            error="\n".join(errors[-20:]),
        )
        if on_progress is not None:
            on_progress(run)
    return _run_progress(run_id, status=RunStatus.DONE, finished_at=timezone.now())
