"""`manage.py extract`: prints proposed events for text files, saves nothing."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tests.factories import ActorFactory
from timeline.gazetteer import gazetteer_invalidate
from timeline.models import ActorAlias, Article, Event

pytestmark = pytest.mark.django_db

BODY = (
    "The US Commerce Department on Friday added Huawei to the Entity List, barring American "
    "firms from selling it components without a licence.\n\n"
    "Share this article: Facebook | Twitter | LinkedIn\n"
)


@pytest.fixture(autouse=True)
def actors():
    gazetteer_invalidate()
    commerce = ActorFactory(
        slug="us-department-of-commerce", name="U.S. Department of Commerce", kind="government_body"
    )
    ActorAlias.objects.create(actor=commerce, name="Commerce Department", language="en")
    ActorFactory(slug="huawei", name="Huawei", country="CN")
    yield
    gazetteer_invalidate()


def run(*args: str) -> str:
    out = StringIO()
    call_command("extract", *args, stdout=out)
    return out.getvalue()


def test_json_for_one_file(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    data = json.loads(run(str(path), "--published", "2019-05-20", "--language", "en"))
    assert data["language"] == "en"
    assert data["published"] == "2019-05-20"
    [event] = data["events"]
    assert event["date"] == "2019-05-17"
    assert event["precision"] == "day"
    assert event["category"] == "export_controls"
    assert event["date_phrase"] == "Friday"
    assert {(a["slug"], a["role"]) for a in event["actors"]} == {
        ("us-department-of-commerce", "initiator"),
        ("huawei", "target"),
    }
    assert set(event) >= {
        "date_end",
        "approximate",
        "title",
        "summary",
        "evidence",
        "figures",
        "confidence",
    }
    assert {a["slug"]: a["mentions"] for a in data["actors"]} == {
        "us-department-of-commerce": 1,
        "huawei": 1,
    }
    assert Article.objects.count() == 0
    assert Event.objects.count() == 0


def test_several_files_and_front_matter(tmp_path: Path):
    first = tmp_path / "a.md"
    first.write_text(
        "---\ntitle: T\nlanguage: en\npublished: 2019-05-20T08:00:00+00:00\n---\n" + BODY,
        encoding="utf-8",
    )
    second = tmp_path / "b.txt"
    second.write_text("Nothing happened here.", encoding="utf-8")
    data = json.loads(run(str(first), str(second), "--language", "en"))
    assert [a["path"] for a in data["articles"]] == [str(first), str(second)]
    assert data["articles"][0]["published"] == "2019-05-20"
    assert data["articles"][0]["events"][0]["date"] == "2019-05-17"
    assert data["articles"][1]["events"] == []


def test_text_format(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    out = run(str(path), "--published", "2019-05-20", "--format", "text")
    assert "2019-05-17 (day) [export_controls]" in out
    assert "Huawei (target)" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01binary", "not a text file"),
        (b"\xff\xfe\xfa caf\xe9", "not UTF-8"),
    ],
)
def test_unreadable_input_fails_with_one_line(tmp_path: Path, content: bytes, message: str):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message) as info:
        run(str(path))
    assert "\n" not in str(info.value)


def test_missing_file_fails(tmp_path: Path):
    with pytest.raises(CommandError, match="cannot read"):
        run(str(tmp_path / "missing.txt"))


def test_bad_published_date_fails(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        run(str(path), "--published", "20.05.2019")
