"""The evaluation samples beside the seeds are well-formed: every article has exact gold."""

from pathlib import Path

import pytest
from django.conf import settings

from timeline.errors import SeedError
from timeline.seeding.reader import read_sample

ROOT = Path(settings.BASE_DIR)


@pytest.mark.parametrize(
    "sample",
    [
        "holdout",
        "holdout2",
        "holdout4",
        "holdout5",
        "holdout6",
        "holdout7",
        "dev",
        "dev2",
        "dev3",
        "dev4",
        "dev5",
        "dev6",
        "dev7",
        "dev8",
        "dev9",
        "dev10",
        "dev11",
        "dev12",
    ],
)
def test_sample_reads_cleanly_in_every_language(sample):
    folder = ROOT / "evaluation" / sample
    gold = read_sample(folder, ROOT / "seeds")
    languages = {record.article.split("/")[0] for record in gold}
    assert languages == {"en", "de", "zh"}
    assert all(any(event.main for event in record.events) for record in gold)


def test_gold_whose_evidence_is_not_in_the_article_is_refused(tmp_path):
    (tmp_path / "articles" / "en").mkdir(parents=True)
    (tmp_path / "gold" / "en").mkdir(parents=True)
    (tmp_path / "articles" / "en" / "a.md").write_text(
        "---\ntitle: A\noutlet: pacific-tech-ledger\nlanguage: en\n"
        "published: 2025-03-05T10:00:00+00:00\n---\nHuawei opened a plant.\n",
        encoding="utf-8",
    )
    (tmp_path / "gold" / "en" / "a.yaml").write_text(
        "article: en/a\nevents:\n"
        "  - {title: T, date: 2025-03-05, precision: day, category: investment, main: true,\n"
        "     evidence: Huawei closed a plant., actors: [{slug: huawei, role: initiator}]}\n",
        encoding="utf-8",
    )
    with pytest.raises(SeedError, match="evidence is not an exact passage"):
        read_sample(tmp_path, ROOT / "seeds")
