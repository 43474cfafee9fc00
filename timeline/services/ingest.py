"""Taking articles in: pasted text, files, URLs and feeds, up to the extraction task.

`ingest_submit` is what the admin, the API and `manage.py ingest` call. It stores what it can
at once (a text becomes an article; a URL becomes a pending article that the task fills), and
hands the article to the Celery pipeline after the transaction commits. Without a broker the
task runs in-process, so the outcome it returns is already final; with a broker it is `queued`
until a worker is done.

The same content or the same canonical URL never makes a second article: the second attempt is
answered with status `duplicate` and the original's id.
"""

import datetime as dt
import hashlib
import logging
from dataclasses import asdict, dataclass, field
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from timeline.choices import ArticleStatus, Language
from timeline.errors import ApplicationError
from timeline.ingest.errors import IngestRefused, IngestUnavailable
from timeline.ingest.feeds import parse_feed
from timeline.ingest.fetch import FEED_TYPES, FetchPolicy, _target, fetch, resolve_checked
from timeline.ingest.files import file_content
from timeline.ingest.language import SUPPORTED, identify_language
from timeline.ingest.pages import page_content
from timeline.ingest.urls import canonical_url
from timeline.models import Article, EventSource, Feed, FeedEntry, Outlet
from timeline.services.articles import article_get_or_create, content_hash
from timeline.services.extraction import Extractor, article_extract
from timeline.services.validation import validated

logger = logging.getLogger(__name__)

STATUS_FOR_ARTICLE = {
    ArticleStatus.PENDING: "queued",
    ArticleStatus.PROCESSING: "queued",
    ArticleStatus.DONE: "done",
    ArticleStatus.FAILED: "failed",
    ArticleStatus.DUPLICATE: "duplicate",
}


@dataclass
class IngestOutcome:
    """What happened to one input; `status` is done, duplicate, failed or queued."""

    input: str
    article_id: int | None
    status: str
    duplicate_of: int | None = None
    events: list[int] = field(default_factory=list)
    error: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def fetch_policy(*, content_types: frozenset[str] | None = None) -> FetchPolicy:
    """The fetch limits, with the hosts the INGEST_ALLOWED_HOSTS setting lets through."""
    hosts = getattr(settings, "INGEST_ALLOWED_HOSTS", [])
    if content_types is None:
        return FetchPolicy.with_hosts(hosts)
    return FetchPolicy.with_hosts(hosts, content_types=content_types)


def url_check(*, url: str) -> str:
    """The canonical form of `url` after checking it may be fetched; raises IngestRefused."""
    canonical = canonical_url(url)
    _scheme, host, port, _path = _target(canonical, fetch_policy())
    try:
        resolve_checked(host, port, fetch_policy())
    except IngestUnavailable as exc:
        raise IngestRefused(exc.message, field="url") from None
    return canonical


def _outlet(outlet: Outlet | str | None) -> Outlet | None:
    if outlet is None or isinstance(outlet, Outlet):
        return outlet
    key = outlet.strip()
    if not key:
        return None
    found = Outlet.objects.filter(Q(slug=key) | Q(domain=key.lower())).first()
    if found is None:
        raise ApplicationError(f"no outlet with the slug or domain {key!r}", field="outlet")
    return found


def _check_language(language: str | None) -> str | None:
    if language is None or language == "":
        return None
    if language not in Language.values:
        raise ApplicationError(
            f"language must be one of {', '.join(Language.values)}, not {language!r}",
            field="language",
        )
    return language


def _check_published(published_at: dt.datetime | None) -> dt.datetime | None:
    if published_at is not None and timezone.is_naive(published_at):
        raise ApplicationError("the publication time needs a time zone", field="published_at")
    return published_at


def _text_language(text: str) -> str:
    found, raw = identify_language(text)
    if found is None:
        raise ApplicationError(
            f"the text seems to be in {raw!r}; the archive takes {', '.join(SUPPORTED)}"
            " (give the language explicitly if this is wrong)",
            field="language",
        )
    return found


def _printable(value: str) -> str:
    """Without NUL characters, which PostgreSQL cannot store in text columns."""
    return value.replace("\x00", "")


def _default_title(text: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first[:200] or "Untitled article"


def outcome_for(article: Article, *, input: str) -> IngestOutcome:
    """The outcome of an input from the current state of its article."""
    if article.status == ArticleStatus.DUPLICATE:
        return IngestOutcome(
            input=input,
            article_id=article.pk,
            status="duplicate",
            duplicate_of=article.duplicate_of_id,
        )
    events: list[int] = []
    if article.status == ArticleStatus.DONE:
        events = sorted(
            set(EventSource.objects.filter(article=article).values_list("event_id", flat=True))
        )
    return IngestOutcome(
        input=input,
        article_id=article.pk,
        status=STATUS_FOR_ARTICLE[ArticleStatus(article.status)],
        events=events,
        error=article.error,
    )


def _duplicate(existing: Article, *, input: str) -> IngestOutcome:
    original = existing.duplicate_of_id or existing.pk
    return IngestOutcome(
        input=input, article_id=original, status="duplicate", duplicate_of=original
    )


@transaction.atomic
def _requeue(article: Article) -> None:
    """A failed article submitted again is tried again rather than reported as a duplicate."""
    article.status = ArticleStatus.PENDING
    article.error = ""
    article.save(update_fields=["status", "error", "updated_at"])


def _enqueue(article_id: int, hints: dict[str, str]) -> None:
    from timeline.tasks import article_process

    transaction.on_commit(lambda: article_process.delay(article_id, hints))


@transaction.atomic
def _url_article_create(
    *,
    url: str,
    title: str,
    language: str | None,
    published_at: dt.datetime | None,
    outlet: Outlet | None,
    author: str,
) -> tuple[Article, bool]:
    existing = Article.objects.filter(url=url).first()
    if existing is not None:
        return existing, False
    article = Article(
        url=url,
        title=title or url[:500],
        language=language or "en",
        published_at=published_at or timezone.now(),
        outlet=outlet,
        author=author,
        text="",
        content_hash=hashlib.sha256(f"url\n{url}".encode()).hexdigest(),
        status=ArticleStatus.PENDING,
    )
    validated(article, exclude=["text"])
    try:
        with transaction.atomic():
            article.save()
    except IntegrityError:
        found = Article.objects.filter(url=url).first()
        if found is None:
            raise
        return found, False
    return article, True


def ingest_submit(
    *,
    text: str | None = None,
    url: str | None = None,
    title: str = "",
    language: str | None = None,
    published_at: dt.datetime | None = None,
    outlet: Outlet | str | None = None,
    author: str = "",
    submitted_by: AbstractBaseUser | AnonymousUser | None = None,
    published_fallback: dt.datetime | None = None,
) -> IngestOutcome:
    """Take in a pasted text (with an optional source URL) or a URL to fetch.

    Bad input (no text, an unsafe or malformed URL, an unsupported language, an unknown outlet)
    raises ApplicationError naming the field. Not atomic as a whole on purpose: the article is
    committed first so the pipeline task, which runs after the commit, can find it.
    """
    language = _check_language(language)
    published_at = _check_published(published_at)
    resolved_outlet = _outlet(outlet)
    title = _printable(title or "").strip()[:500]
    author = _printable(author or "").strip()[:300]
    if text is not None:
        text = _printable(text)
    by = getattr(submitted_by, "pk", None)
    if text is not None:
        if not text.strip():
            raise ApplicationError("the article has no text", field="text")
        canonical = canonical_url(url) if url else None
        shown = canonical or (title or _default_title(text))
        stored = text.strip() + "\n"
        try:
            article, created = article_get_or_create(
                title=title or _default_title(text),
                text=stored,
                language=language or _text_language(text),
                published_at=published_at or published_fallback or timezone.now(),
                outlet=resolved_outlet,
                url=canonical,
            )
        except IntegrityError:
            same = Q(content_hash=content_hash(stored)) | (Q(url=canonical) if canonical else Q())
            raced = Article.objects.filter(same).first()
            if raced is None:
                raise
            article, created = raced, False
        if not created and article.status != ArticleStatus.FAILED:
            return _duplicate(article, input=shown)
        if not created:
            _requeue(article)
        elif author:
            article.author = author
            article.save(update_fields=["author", "updated_at"])
        logger.info("article %s stored from pasted text (user %s)", article.pk, by)
        _enqueue(article.pk, {})
    else:
        if not url or not url.strip():
            raise ApplicationError("give the article's text or its URL", field="text")
        shown = url.strip()
        canonical = url_check(url=url)
        article, created = _url_article_create(
            url=canonical,
            title=title,
            language=language,
            published_at=published_at or published_fallback,
            outlet=resolved_outlet,
            author=author,
        )
        if not created and article.status != ArticleStatus.FAILED:
            return _duplicate(article, input=shown)
        if not created:
            _requeue(article)
        hints = {
            key: value
            for key, value in {
                "title": title,
                "language": language or "",
                "published_at": published_at.isoformat() if published_at else "",
                "author": author,
            }.items()
            if value
        }
        logger.info("article %s queued for %s (user %s)", article.pk, canonical, by)
        _enqueue(article.pk, hints)
    article.refresh_from_db()
    return outcome_for(article, input=shown)


def ingest_file(
    *,
    name: str,
    data: bytes,
    title: str = "",
    language: str | None = None,
    published_at: dt.datetime | None = None,
    outlet: Outlet | str | None = None,
    submitted_by: AbstractBaseUser | AnonymousUser | None = None,
) -> IngestOutcome:
    """Take in an uploaded .txt, .md (front matter: title, language, published, url, outlet,
    author) or .html file. Values given here win over the file's own."""
    content = file_content(name, data)
    outcome = ingest_submit(
        text=content.text,
        url=content.url,
        title=title or content.title,
        language=language or content.language,
        published_at=published_at or content.published_at,
        outlet=outlet if outlet is not None else content.outlet,
        author=content.author,
        submitted_by=submitted_by,
    )
    outcome.input = name
    return outcome


@transaction.atomic
def article_processing_start(*, article_id: int) -> Article | None:
    """Mark the article as being processed; None when there is nothing left to do for it."""
    article = Article.objects.select_for_update().filter(pk=article_id).first()
    if article is None or article.status in (ArticleStatus.DONE, ArticleStatus.DUPLICATE):
        return None
    if article.status != ArticleStatus.PROCESSING:
        article.status = ArticleStatus.PROCESSING
        article.error = ""
        article.save(update_fields=["status", "error", "updated_at"])
    return article


@transaction.atomic
def article_fail(*, article_id: int, error: str) -> None:
    """Mark the article failed with a reason a user can read (its events are untouched)."""
    Article.objects.filter(pk=article_id).update(
        status=ArticleStatus.FAILED,
        error=(error.strip() or "failed")[:5000],
        updated_at=timezone.now(),
    )


def _hint_time(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    parsed = dt.datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


@transaction.atomic
def _article_fill(
    *, article_id: int, text: str, title: str, language: str, published_at: dt.datetime, author: str
) -> Article:
    article = Article.objects.select_for_update().get(pk=article_id)
    if article.text:
        return article
    digest = content_hash(text)
    original = Article.objects.filter(content_hash=digest).exclude(pk=article.pk).first()
    if original is not None:
        article.status = ArticleStatus.DUPLICATE
        article.duplicate_of = original.duplicate_of or original
        article.error = ""
        article.save(update_fields=["status", "duplicate_of", "error", "updated_at"])
        return article
    article.text = text
    article.content_hash = digest
    article.title = title[:500] or article.title
    article.language = language
    article.published_at = published_at
    article.author = author[:300]
    validated(article)
    article.save()
    return article


def article_fetch(*, article_id: int, hints: dict[str, str] | None = None) -> Article:
    """Fetch a URL article's page and store its text and metadata (a no-op once it has text).

    Values the submitter gave (`hints`: title, language, published_at, author) win over what the
    page says. Raises IngestRefused or IngestUnavailable; the caller decides about retries.
    """
    hints = hints or {}
    article = Article.objects.get(pk=article_id)
    if article.text or not article.url:
        return article
    page = fetch(article.url, fetch_policy())
    content = page_content(page)
    language = hints.get("language") or content.language
    if not language:
        _found, raw = identify_language(content.text)
        raise IngestRefused(
            f"the page seems to be in {raw!r}; the archive takes {', '.join(SUPPORTED)}",
            field="language",
        )
    return _article_fill(
        article_id=article_id,
        text=content.text.strip() + "\n",
        title=hints.get("title") or content.title,
        language=language,
        published_at=_hint_time(hints.get("published_at"))
        or content.published_at
        or article.published_at,
        author=hints.get("author") or content.author,
    )


@dataclass
class FeedPollReport:
    feed_id: int
    entries: int = 0
    new_entries: int = 0
    articles: list[int] = field(default_factory=list)
    error: str = ""


def feeds_due(*, now: dt.datetime | None = None) -> list[int]:
    """Ids of enabled feeds whose polling interval has passed since their last poll."""
    now = now or timezone.now()
    due = []
    for feed in Feed.objects.filter(enabled=True).only(
        "id", "last_polled_at", "poll_interval_minutes"
    ):
        interval = dt.timedelta(minutes=feed.poll_interval_minutes)
        if feed.last_polled_at is None or feed.last_polled_at + interval <= now:
            due.append(feed.pk)
    return due


@transaction.atomic
def _feed_record(*, feed_id: int, status: str, error: str, new_entries: int, title: str) -> None:
    feed = Feed.objects.select_for_update().get(pk=feed_id)
    feed.last_polled_at = timezone.now()
    feed.last_status = status[:200]
    feed.last_error = error
    feed.last_new_entries = new_entries
    if title and not feed.title:
        feed.title = title
    feed.save()


@transaction.atomic
def _feed_entry_record(*, feed_id: int, guid: str, url: str, article_id: int | None) -> bool:
    _entry, created = FeedEntry.objects.get_or_create(
        feed_id=feed_id, guid=guid, defaults={"url": url[:2000], "article_id": article_id}
    )
    return created


def feed_poll(*, feed_id: int) -> FeedPollReport:
    """Fetch a feed and submit each entry not seen before, once.

    An entry is recorded as seen only after its URL was submitted, and submitting the same URL
    again answers `duplicate`, so a poll interrupted anywhere is safe to repeat.
    """
    feed = Feed.objects.select_related("outlet").get(pk=feed_id)
    report = FeedPollReport(feed_id=feed_id)
    try:
        page = fetch(feed.url, fetch_policy(content_types=FEED_TYPES))
        parsed = parse_feed(page.body, url=feed.url)
    except (IngestRefused, IngestUnavailable) as exc:
        report.error = exc.message
        _feed_record(feed_id=feed_id, status="failed", error=exc.message, new_entries=0, title="")
        return report
    seen = set(FeedEntry.objects.filter(feed=feed).values_list("guid", flat=True))
    problems: list[str] = []
    for item in parsed.items:
        report.entries += 1
        if item.guid in seen:
            continue
        article_id: int | None = None
        try:
            outcome = ingest_submit(
                url=item.url,
                language=feed.language or None,
                outlet=feed.outlet,
                published_fallback=item.published_at,
            )
            article_id = outcome.article_id
        except ApplicationError as exc:
            problems.append(f"{item.url}: {exc.message}")
        if _feed_entry_record(feed_id=feed_id, guid=item.guid, url=item.url, article_id=article_id):
            seen.add(item.guid)
            report.new_entries += 1
            if article_id is not None:
                report.articles.append(article_id)
    report.error = "\n".join(problems)
    _feed_record(
        feed_id=feed_id,
        status=f"ok: {report.entries} entries, {report.new_entries} new",
        error=report.error,
        new_entries=report.new_entries,
        title=parsed.title,
    )
    return report


def article_pipeline_run(
    *,
    article_id: int,
    hints: dict[str, str] | None = None,
    extractor: Extractor | None = None,
) -> IngestOutcome:
    """Fetch when needed, then extract and store events; safe to run again at any point.

    A refusal or an extraction error leaves the article `failed` with the reason and no partial
    events. IngestUnavailable (network trouble) propagates so the task can retry.
    """
    article = article_processing_start(article_id=article_id)
    if article is None:
        existing = Article.objects.filter(pk=article_id).first()
        if existing is None:
            raise ApplicationError(f"no article with id {article_id}", field="article")
        return outcome_for(existing, input=existing.url or existing.title)
    shown = article.url or article.title
    try:
        article = article_fetch(article_id=article_id, hints=hints)
        if article.status != ArticleStatus.DUPLICATE:
            article_extract(article_id=article_id, extractor=extractor)
    except IngestUnavailable:
        raise
    except ApplicationError as exc:
        article_fail(article_id=article_id, error=exc.message)
    except Exception as exc:
        logger.exception("processing article %s failed", article_id)
        article_fail(
            article_id=article_id, error=f"extraction failed ({type(exc).__name__}: {exc})"
        )
    article.refresh_from_db()
    return outcome_for(article, input=shown)
