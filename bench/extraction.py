"""Extraction speed and memory: articles per second on one core in a warm process, peak RSS.

Runs the extractor over the sample articles in seeds/articles (about 3 KB each, three languages)
with the seed gazetteer, after a warm-up pass, in a child process so that the peak RSS measured is
the extractor's own. dateparser is not used in the extraction path; the share of time spent in the
date layer is reported instead. Hostile inputs of 100 KB (repeated date-like tokens, one endless
sentence, regex bait, random text) are timed one by one, after a warm-up that loads the language
identifier; the slowest is reported.

    python -m bench.extraction          prints the markdown rows
"""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 5

_CHILD = r"""
import datetime as dt, json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from timeline.extraction import extract
from timeline.extraction import pipeline
from timeline.extraction.evaluation.gold import load_article, load_gazetteer
from timeline.extraction.types import ArticleInput

root = Path(sys.argv[1])
rounds = int(sys.argv[2])
gazetteer = load_gazetteer(root / "seeds")
articles = []
for path in sorted((root / "seeds" / "articles").glob("*/*.md")):
    meta, body = load_article(path)
    published = meta["published"]
    if isinstance(published, str):
        published = dt.datetime.fromisoformat(published)
    articles.append(ArticleInput(text=body, published=published, language=None))
def about_3kb(i, article):
    text = article.text
    k = 1
    while len(text.encode("utf-8")) < 3072:
        text += "\n\n" + articles[(i + k) % len(articles)].text
        k += 1
    cut = text.encode("utf-8")[:3072].decode("utf-8", "ignore")
    return ArticleInput(text=cut, published=article.published, language=None)
if sys.argv[3] == "3kb":
    articles = [about_3kb(i, a) for i, a in enumerate(articles)]
for article in articles:
    extract(article, gazetteer)
date_seconds = 0.0
original = pipeline.find_dates
def timed(*args, **kwargs):
    global date_seconds
    started = time.perf_counter()
    try:
        return original(*args, **kwargs)
    finally:
        date_seconds += time.perf_counter() - started
pipeline.find_dates = timed
started = time.process_time()
wall = time.perf_counter()
for _ in range(rounds):
    for article in articles:
        extract(article, gazetteer)
cpu = time.process_time() - started
wall = time.perf_counter() - wall
count = rounds * len(articles)
chars = rounds * sum(len(a.text) for a in articles)
size = rounds * sum(len(a.text.encode("utf-8")) for a in articles)
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({
    "articles": count, "cpu": cpu, "wall": wall, "chars": chars, "bytes": size,
    "peak_mb": peak_kb / 1024, "date_share": date_seconds / wall,
}))
"""


def measure(rounds: int = ROUNDS, sizes: str = "as-is") -> dict[str, float]:
    """Run the extractor in a fresh interpreter; `sizes`: the seed articles as they are, or each
    padded with the following seed articles to exactly 3 KB ("3kb")."""
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-c", _CHILD, str(ROOT), str(rounds), sizes],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


_HOSTILE = r"""
import datetime as dt, json, random, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from timeline.extraction import extract
from timeline.extraction.evaluation.gold import load_gazetteer
from timeline.extraction.types import ArticleInput

size = 100_000
gazetteer = load_gazetteer(Path(sys.argv[1]) / "seeds")
published = dt.datetime(2025, 2, 27, tzinfo=dt.UTC)
def repeated(chunk):
    return (chunk * (size // len(chunk) + 1))[:size]
letters = "abc XYZ 1.,;:-()'\"„“年月日号第季度华为美国商务部 Mai März Q3 2024 \n"
rng = random.Random(7)
inputs = {
    "'1.' repeated": repeated("1."),
    "'Am 1. Mai ' repeated": repeated("Am 1. Mai "),
    "one endless sentence": repeated("Alibaba said on Monday it would invest 5 billion yuan, "),
    "digits, words and dots in long runs": (
        "1" * 20000 + " " + "a " * 20000 + "年" * 5000 + "." * 5000 + " ," * 5000
    )[:size],
    "random characters": "".join(rng.choice(letters) for _ in range(size)),
    "Chinese date fragments repeated": repeated("2024年3月第1季度上半年近日"),
    "actor names repeated": repeated("Huawei, ZTE, SMIC and the Commerce Department "),
    "spokespeople after parties repeated": repeated(
        "Huawei erklärte das. Ein Sprecher sagte, 发言人表示。"
    ),
    "leaders named by title after parties repeated": repeated(
        "Trump traf Xi. Der US-Präsident sagte. The president said. 美国总统表示。"
    ),
    "no spaces": "x" * size,
}
# a warm process: the language identifier's model is loaded once, not per input
extract(ArticleInput(text="Huawei said on Monday it would appeal.", published=published), gazetteer)
slowest = (0.0, "")
for name, text in inputs.items():
    for language in (None, "en", "de", "zh"):
        started = time.process_time()
        extract(ArticleInput(text=text, published=published, language=language), gazetteer)
        slowest = max(slowest, (time.process_time() - started, f"{name}, language {language}"))
print(json.dumps({"inputs": 4 * len(inputs), "seconds": slowest[0], "which": slowest[1]}))
"""


def slowest_hostile_input() -> dict[str, object]:
    """CPU seconds of the slowest hostile 100 KB input, in a fresh interpreter."""
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-c", _HOSTILE, str(ROOT)], capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run() -> list[str]:
    """Markdown table rows: | measure | value |."""
    m = measure()
    padded = measure(sizes="3kb")
    hostile = slowest_hostile_input()
    per_second = m["articles"] / m["cpu"]
    average_kb = m["bytes"] / m["articles"] / 1024
    return [
        f"| extraction: articles per second per core (warm, 3 KB articles) "
        f"| {padded['articles'] / padded['cpu']:.1f} |",
        f"| extraction: articles per second per core (warm, seed articles, {average_kb:.1f} KB "
        f"average) | {per_second:.1f} |",
        f"| extraction: characters per second per core | {m['chars'] / m['cpu']:,.0f} |",
        f"| extraction: peak RSS of the process (MB) | {m['peak_mb']:.0f} |",
        f"| extraction: share of time in the date layer | {100 * m['date_share']:.0f} % |",
        f"| extraction: slowest of {hostile['inputs']} hostile 100 KB inputs (CPU seconds) "
        f"| {hostile['seconds']:.2f} ({hostile['which']}) |",
    ]


if __name__ == "__main__":
    print("| measure | value |")
    print("|---|---|")
    for row in run():
        print(row)
