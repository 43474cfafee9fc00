"""Run the date layer over a corpus in the shared JSON-lines format and score it.

    python -m timeline.extraction.evaluation.corpus GOLD.jsonl PREDICTIONS.jsonl [--scorer PATH]

Each document's `dct` is the publication date and its `lang` the language. German WikiWarsDE is
narrative text, so documents whose id does not look like news are resolved in narrative mode
(`--mode news|narrative|auto`). Predictions are written in the format `score_timex.py` reads;
when the scorer exists next to the corpus its figures are printed.
"""

import argparse
import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

from timeline.extraction.dates import find_dates

DATE_KINDS = ("date", "time")


def predict(doc: dict[str, object], *, narrative: bool, durations: bool) -> list[dict[str, object]]:
    published = dt.date.fromisoformat(str(doc["dct"])[:10])
    mentions = find_dates(
        str(doc["text"]), str(doc.get("lang") or "en"), published, narrative=narrative
    )
    return [
        {"start": m.start, "end": m.end, "value": m.value}
        for m in mentions
        if durations or m.kind in DATE_KINDS
    ]


def run(
    gold: Path, out: Path, *, mode: str = "auto", durations: bool = True
) -> tuple[int, int, float]:
    docs = [
        json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    chars = 0
    started = time.perf_counter()
    with out.open("w", encoding="utf-8") as f:
        for doc in docs:
            narrative = mode == "narrative" or (mode == "auto" and doc.get("lang") == "de")
            chars += len(doc["text"])
            timexes = predict(doc, narrative=narrative, durations=durations)
            f.write(json.dumps({"doc_id": doc["doc_id"], "timexes": timexes}) + "\n")
    return len(docs), chars, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("predictions", type=Path)
    parser.add_argument("--mode", choices=("auto", "news", "narrative"), default="auto")
    parser.add_argument("--no-durations", action="store_true", help="emit dates only")
    parser.add_argument("--scorer", type=Path, default=None)
    parser.add_argument("--errors", type=int, default=0)
    args = parser.parse_args(argv)
    docs, chars, seconds = run(
        args.gold, args.predictions, mode=args.mode, durations=not args.no_durations
    )
    speed = chars / max(seconds, 1e-9)
    print(f"{docs} documents, {chars} characters in {seconds:.2f} s ({speed:,.0f} chars/s)")
    scorer = args.scorer or args.gold.parent / "score_timex.py"
    if scorer.exists():
        command = [sys.executable, str(scorer), str(args.gold), str(args.predictions)]
        if args.errors:
            command += ["--errors", str(args.errors)]
        subprocess.run(command, check=False)  # noqa: S603
    return 0


if __name__ == "__main__":
    sys.exit(main())
