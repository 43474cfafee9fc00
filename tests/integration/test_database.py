"""The suite runs on the database CI asks for, so a PostgreSQL pass cannot quietly use SQLite."""

import pytest
from django.db import connection

from tests.conftest import required_in_ci


@pytest.mark.postgres
@pytest.mark.skipif(
    not required_in_ci("postgres"),
    reason="this run does not require PostgreSQL (CI's second pass sets CI_REQUIRE_SERVICES)",
)
@pytest.mark.django_db
def test_second_ci_pass_runs_on_postgresql():
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version_num")
        assert int(cursor.fetchone()[0]) >= 130000


@pytest.mark.postgres
@pytest.mark.skipif(
    not required_in_ci("postgres"),
    reason="this run does not require PostgreSQL (CI's second pass sets CI_REQUIRE_SERVICES)",
)
@pytest.mark.django_db
def test_app_connections_are_tuned_for_pages_on_ssd():
    with connection.cursor() as cursor:
        cursor.execute("SHOW max_parallel_workers_per_gather")
        assert cursor.fetchone()[0] == "0"
        cursor.execute("SHOW random_page_cost")
        assert cursor.fetchone()[0] == "1.1"
