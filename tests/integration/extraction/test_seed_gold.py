"""Regression gates on the development set (seeds/gold), the held-out set and the date corpora.

The corpora live outside the project (../shared/corpora relative to the project root); where they
are absent, as in a user's own clone, those tests skip and say so.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from timeline.extraction.evaluation.corpus import run as run_corpus
from timeline.extraction.evaluation.gold import evaluate

ROOT = Path(settings.BASE_DIR)
CORPORA = ROOT.parent / "shared" / "corpora"


def test_seed_gold_figures_meet_the_targets():
    report = evaluate(ROOT / "seeds")
    for language in ("en", "de", "zh"):
        figures = report[language]
        assert figures["actor_F1"] >= 0.90, (language, figures)
        assert figures["main_recall"] >= 0.90, (language, figures)
        assert figures["main_exact"] >= 0.90, (language, figures)
        assert figures["precision"] >= 0.80, (language, figures)
        assert figures["category_accuracy"] >= 0.80, (language, figures)


def test_held_out_figures_do_not_regress():
    """The held-out articles are never tuned on; this only guards what they measure."""
    report = evaluate(ROOT / "seeds", sample=ROOT / "evaluation" / "holdout")
    for language in ("en", "de", "zh"):
        figures = report[language]
        assert figures["articles"] >= 8, (language, figures)
        assert figures["actor_F1"] >= 0.88, (language, figures)
        assert figures["main_recall"] >= 0.72, (language, figures)
        assert figures["precision"] >= 0.65, (language, figures)


@pytest.mark.parametrize(
    ("sample", "articles", "actor_f1", "floors"),
    [
        ("holdout2", 9, 0.85, {"en": (0.70, 0.60), "de": (0.45, 0.70), "zh": (0.55, 0.62)}),
        ("holdout4", 10, 0.88, {"en": (0.70, 0.70), "de": (0.45, 0.80), "zh": (0.70, 0.80)}),
        ("holdout5", 10, 0.85, {"en": (0.70, 0.62), "de": (0.68, 0.60), "zh": (0.68, 0.80)}),
        ("holdout6", 10, 0.84, {"en": (0.50, 0.66), "de": (0.50, 0.62), "zh": (0.73, 0.62)}),
        ("holdout7", 10, 0.90, {"en": (0.55, 0.75), "de": (0.48, 0.68), "zh": (0.36, 0.68)}),
    ],
)
def test_later_held_out_samples_do_not_regress(sample, articles, actor_f1, floors):
    """Later never-tuned samples by other writers, who count more reactions and several measures
    of one day as main events (most of all `holdout4`'s German writer); their levels are lower,
    and (main recall, precision) per language are only guarded here."""
    report = evaluate(ROOT / "seeds", sample=ROOT / "evaluation" / sample)
    for language, (recall, precision) in floors.items():
        figures = report[language]
        assert figures["articles"] >= articles, (language, figures)
        assert figures["actor_F1"] >= actor_f1, (language, figures)
        assert figures["main_recall"] >= recall, (language, figures)
        assert figures["precision"] >= precision, (language, figures)


def _score(name: str, tmp_path: Path) -> dict[str, float]:
    gold = CORPORA / name
    if not gold.exists():
        pytest.skip(f"{gold} not found: the public date corpora are not next to this checkout")
    out = tmp_path / "pred.jsonl"
    run_corpus(gold, out, durations=False)
    scored = subprocess.run(  # noqa: S603
        [sys.executable, str(CORPORA / "score_timex.py"), str(gold), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, float] = json.loads(scored.stdout.splitlines()[0])
    return figures


def test_tempeval3_english_date_layer(tmp_path: Path):
    figures = _score("te3_platinum_en.jsonl", tmp_path)
    assert figures["relaxed_P"] >= 0.95
    assert figures["dt_value_F1"] >= 0.80


def test_wikiwarsde_german_date_layer(tmp_path: Path):
    figures = _score("wikiwarsde_de.jsonl", tmp_path)
    assert figures["relaxed_P"] >= 0.95
    assert figures["dt_value_F1"] >= 0.80
