"""Shared builders for the page tests: a small archive with actors on each side, and an editor."""

import pytest
from django.contrib.auth import get_user_model

from tests.factories import small_archive


@pytest.fixture(autouse=True)
def fresh_counts(monkeypatch):
    """Each request computes its counts: a test changes the archive between requests."""
    from timeline import views

    monkeypatch.setattr(views, "FACET_CACHE_SECONDS", 0)


@pytest.fixture
def archive(db):
    return small_archive()


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.org", "pw-editor-1")
