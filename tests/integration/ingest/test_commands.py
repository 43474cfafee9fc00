"""`manage.py ingest` and `manage.py reextract` follow their documented contracts."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from config.celery import app
from tests.factories import ActorFactory
from tests.integration.ingest import fakes
from tests.integration.ingest.conftest import Route
from timeline import tasks
from timeline.choices import RunStatus
from timeline.models import Article, Event, ExtractionRun
from timeline.services.events import EventData, event_update

TEXT = (
    "Acme said on Monday it would invest heavily in cloud computing.\n"
    "@@ category=investment | date=2025-02-24 | actors=acme:initiator | "
    "title=Acme to invest in cloud computing\n"
)


@pytest.fixture
def acme(db):
    return ActorFactory(slug="acme", name="Acme")


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.mark.django_db(transaction=True)
def test_ingest_prints_the_json_contract_and_reports_a_second_run_as_duplicate(tmp_path, acme):
    path = tmp_path / "acme.txt"
    path.write_text(TEXT, encoding="utf-8")

    first = json.loads(run("ingest", str(path), "--published", "2025-02-24", "--format", "json")[0])
    second = json.loads(run("ingest", str(path), "--format", "json")[0])

    [article] = first["articles"]
    assert set(article) == {"input", "article_id", "status", "duplicate_of", "events", "error"}
    assert article["input"] == str(path)
    assert article["status"] == "done"
    assert article["events"] == list(Event.objects.values_list("id", flat=True))
    assert second["articles"][0]["status"] == "duplicate"
    assert second["articles"][0]["duplicate_of"] == article["article_id"]
    assert Article.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_ingest_of_a_folder_shows_progress_and_a_summary(tmp_path, acme):
    for n in range(3):
        (tmp_path / f"story{n}.md").write_text(
            f"---\ntitle: Story {n}\nlanguage: en\npublished: 2025-02-2{n}\n---\n"
            f"Story number {n} about cloud computing investment in three years.\n",
            encoding="utf-8",
        )
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")

    out, err = run("ingest", str(tmp_path))

    assert Article.objects.count() == 3
    assert "3/3 articles (100%)" in err
    assert "/min" in err
    assert "3 inputs: 3 done" in err
    assert out.count("draft event(s)") == 3


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("http://10.0.0.1/a", "10.0.0.1: it is a private address"),
        ("file:///etc/passwd", "only http and https URLs"),
        ("missing.txt", "cannot be read"),
    ],
)
def test_a_refused_input_exits_non_zero_with_a_one_line_reason(tmp_path, target, reason):
    if target == "missing.txt":
        target = str(tmp_path / target)

    with pytest.raises(CommandError) as refused:
        run("ingest", target)

    assert reason in str(refused.value)
    assert "\n" not in str(refused.value)
    assert Article.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_ingest_no_wait_answers_queued_and_leaves_the_work_to_a_worker(fixture_server, monkeypatch):
    sent = []
    monkeypatch.setattr(app.conf, "task_always_eager", False)
    monkeypatch.setattr(tasks.article_process, "delay", lambda *args: sent.append(args))
    fixture_server.routes["/a"] = Route(b"<html><body><p>Hello</p></body></html>")

    out = run("ingest", fixture_server.url("/a"), "--no-wait", "--format", "json")[0]

    [article] = json.loads(out)["articles"]
    assert article["status"] == "queued"
    assert sent == [(article["article_id"], {})]
    assert fixture_server.hits == {}


@pytest.mark.django_db(transaction=True)
def test_reextract_all_keeps_edited_events_and_reports_progress(tmp_path, acme, monkeypatch):
    path = tmp_path / "acme.txt"
    path.write_text(TEXT, encoding="utf-8")
    run("ingest", str(path), "--published", "2025-02-24")
    event = Event.objects.get()
    event_update(
        event=event,
        data=EventData(title="Edited by hand", date=event.date, category=event.category),
        by_editor=True,
    )
    monkeypatch.setattr(fakes, "EXTRACTOR_VERSION", "fake-2")

    _out, err = run("reextract", "--all")

    event.refresh_from_db()
    assert event.title == "Edited by hand"
    assert Event.objects.count() == 1
    assert "1/1 articles (100%)" in err
    assert "1 articles re-extracted (0 failed)" in err
    run_record = ExtractionRun.objects.get()
    assert (run_record.status, run_record.done, run_record.total) == (RunStatus.DONE, 1, 1)
    assert Article.objects.get().extractor_version == "fake-2"


@pytest.mark.django_db
def test_reextract_with_nothing_in_scope_exits_non_zero():
    with pytest.raises(CommandError, match="no articles to re-extract"):
        run("reextract", "--since", "2030-01-01")
    with pytest.raises(CommandError, match="not an ISO date"):
        run("reextract", "--since", "yesterday")
