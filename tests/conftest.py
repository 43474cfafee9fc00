"""Shared fixtures and helpers for tests that need an outside service."""

import os
from pathlib import Path

import pytest
from django.conf import settings


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return Path(settings.SEEDS_DIR)


def required_in_ci(service: str) -> bool:
    """Whether CI demands `service` (browser, broker, postgres) in this run.

    CI sets CI_REQUIRE_SERVICES to the services it provides, so a test that needs one of them runs
    (and fails if the service is missing) instead of skipping.
    """
    return service in os.environ.get("CI_REQUIRE_SERVICES", "").split(",")
