"""`manage.py evaluate` scores the extractor on the gold and runs the date layer on a corpus."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_gold_report_has_every_language_and_proportions():
    out = StringIO()
    call_command("evaluate", "--format", "json", stdout=out)
    report = json.loads(out.getvalue())
    assert set(report) == {"en", "de", "zh"}
    for figures in report.values():
        assert figures["main_events"] > 0
        for key in ("main_recall", "precision", "actor_F1"):
            assert 0.0 <= figures[key] <= 1.0


def test_sample_mode_scores_another_folder_with_the_seed_actors(tmp_path: Path):
    (tmp_path / "articles" / "en").mkdir(parents=True)
    (tmp_path / "gold" / "en").mkdir(parents=True)
    (tmp_path / "articles" / "en" / "probe.md").write_text(
        "---\ntitle: Probe\noutlet: pacific-tech-ledger\nlanguage: en\n"
        "published: 2025-03-05T10:00:00+00:00\n---\n"
        "Huawei said on Tuesday it would invest $2 billion in a new chip plant in Shenzhen.\n",
        encoding="utf-8",
    )
    (tmp_path / "gold" / "en" / "probe.yaml").write_text(
        "article: en/probe\nevents:\n"
        "  - {title: Huawei invests in a chip plant, date: 2025-03-04, precision: day,\n"
        "     category: investment, main: true, date_phrase: on Tuesday,\n"
        "     evidence: Huawei said on Tuesday,\n"
        "     actors: [{slug: huawei, role: initiator}]}\n"
        "actors: [huawei]\n",
        encoding="utf-8",
    )
    out = StringIO()
    call_command("evaluate", "--sample", str(tmp_path), "--format", "json", stdout=out)
    report = json.loads(out.getvalue())
    assert set(report) == {"en"}
    assert report["en"]["articles"] == 1
    assert report["en"]["main_events"] == 1
    assert report["en"]["actor_R"] == 1.0


def test_sample_without_gold_is_refused(tmp_path: Path):
    with pytest.raises(CommandError, match="no gold annotations"):
        call_command("evaluate", "--sample", str(tmp_path))


def test_corpus_mode_writes_predictions_for_each_document(tmp_path: Path):
    text = "The company reported results on March 4, 2013, and again in 2014."
    corpus = tmp_path / "tiny.jsonl"
    corpus.write_text(
        json.dumps({"doc_id": "d1", "lang": "en", "dct": "2013-03-22", "text": text, "timexes": []})
        + "\n",
        encoding="utf-8",
    )
    predictions = tmp_path / "out.jsonl"
    out = StringIO()
    call_command("evaluate", "--corpus", str(corpus), "--predictions", str(predictions), stdout=out)
    lines = [json.loads(line) for line in predictions.read_text().splitlines()]
    assert [line["doc_id"] for line in lines] == ["d1"]
    values = {t["value"] for t in lines[0]["timexes"]}
    assert "2013-03-04" in values
    assert "1 documents" in out.getvalue()


def test_missing_corpus_is_one_line_error(tmp_path: Path):
    with pytest.raises(CommandError, match="corpus not found"):
        call_command(
            "evaluate",
            "--corpus",
            str(tmp_path / "none.jsonl"),
            "--predictions",
            str(tmp_path / "out.jsonl"),
        )
