"""Shared fixtures: the project's seed folder and the shared corpora beside the project."""

from pathlib import Path

import pytest
from django.conf import settings


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return Path(settings.SEEDS_DIR)
