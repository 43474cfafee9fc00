"""Management commands that set up a local archive."""

from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_ensure_superuser_prints_a_generated_password_once(monkeypatch):
    monkeypatch.delenv("DJANGO_SUPERUSER_PASSWORD", raising=False)
    monkeypatch.delenv("DJANGO_SUPERUSER_USERNAME", raising=False)
    first = StringIO()
    call_command("ensure_superuser", stdout=first)
    password = first.getvalue().split("password '")[1].split("'")[0]
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser
    assert user.check_password(password)
    second = StringIO()
    call_command("ensure_superuser", stdout=second)
    assert password not in second.getvalue()
    assert get_user_model().objects.count() == 1


def test_ensure_superuser_takes_credentials_from_the_environment(monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_USERNAME", "editor")
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "a-long-local-password")
    call_command("ensure_superuser", stdout=StringIO())
    assert get_user_model().objects.get(username="editor").check_password("a-long-local-password")


def test_loadseeds_refuses_a_broken_seed_folder_and_writes_nothing(tmp_path: Path):
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "a.yaml").write_text("- slug: Bad Slug\n  kind: company\n")
    (tmp_path / "outlets.yaml").write_text("[]\n")
    (tmp_path / "tags.yaml").write_text("[]\n")
    with pytest.raises(CommandError, match="Bad Slug"):
        call_command("loadseeds", path=tmp_path, stdout=StringIO())
    from timeline.models import Actor

    assert not Actor.objects.exists()


def test_loadseeds_refuses_a_missing_folder(tmp_path: Path):
    with pytest.raises(CommandError, match="not found"):
        call_command("loadseeds", path=tmp_path / "nowhere", stdout=StringIO())
