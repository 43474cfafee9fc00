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
