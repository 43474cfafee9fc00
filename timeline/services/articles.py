"""Writes to articles."""

import datetime as dt
import hashlib
import unicodedata

from django.db import transaction

from timeline.errors import ApplicationError
from timeline.models import Article, Outlet
from timeline.services.validation import validated


def content_hash(text: str) -> str:
    """SHA-256 of the text in a normal form, so re-wrapped or re-encoded copies hash alike."""
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


@transaction.atomic
def article_get_or_create(
    *,
    title: str,
    text: str,
    language: str,
    published_at: dt.datetime,
    outlet: Outlet | None = None,
    url: str | None = None,
) -> tuple[Article, bool]:
    """Store an article unless one with the same URL or the same content is already stored.

    Returns the stored article (new or existing) and whether it was created.
    """
    if not text.strip():
        raise ApplicationError("the article has no text", field="text")
    if published_at.tzinfo is None:
        raise ApplicationError("the publication time needs a time zone", field="published_at")
    digest = content_hash(text)
    existing = Article.objects.filter(content_hash=digest).first()
    if existing is None and url:
        existing = Article.objects.filter(url=url).first()
    if existing is not None:
        return existing, False
    article = Article(
        title=title,
        text=text,
        language=language,
        published_at=published_at,
        outlet=outlet,
        url=url or None,
        content_hash=digest,
    )
    validated(article)
    article.save()
    return article, True
