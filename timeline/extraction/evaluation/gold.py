"""Score the extractor against the annotated sample articles in seeds/gold.

    python -m timeline.extraction.evaluation.gold [--seeds seeds] [--verbose]

The gazetteer comes straight from seeds/actors (no database). Per language it prints:
- main recall: gold main events found by a proposed event whose actors include the gold
  initiators and whose date period contains the gold date;
- exact: among those, the share with exactly the gold date and precision;
- precision: proposed events that match any gold event (main or background) the same way;
- category: among matched events, the share with the gold category;
- actor P/R/F1: the article's recognised actors against the gold `actors` list.
"""

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from timeline.extraction import extract
from timeline.extraction.types import (
    ArticleInput,
    Gazetteer,
    GazetteerActor,
    GazetteerAlias,
    ProposedEvent,
)


def load_gazetteer(seeds: Path) -> Gazetteer:
    actors = []
    for path in sorted((seeds / "actors").glob("*.yaml")):
        for row in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            aliases = tuple(
                GazetteerAlias(
                    name=str(a["name"]), language=str(a["lang"]), ambiguous=bool(a.get("ambiguous"))
                )
                for a in row.get("aliases") or []
            )
            actors.append(
                GazetteerActor(
                    slug=row["slug"],
                    name=row["name"],
                    kind=row["kind"],
                    country=row.get("country") or "",
                    aliases=aliases,
                    parent=row.get("parent"),
                )
            )
    return Gazetteer(actors=tuple(actors))


def load_article(path: Path) -> tuple[dict[str, Any], str]:
    raw = path.read_text(encoding="utf-8")
    _, front, body = raw.split("---", 2)
    return yaml.safe_load(front), body.lstrip("\n")


def _to_date(value: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _pred_end(event: ProposedEvent) -> dt.date:
    from timeline.extraction.dates import month_end

    if event.date_end is not None:
        return event.date_end
    d = event.date
    if event.precision == "month":
        return month_end(d.year, d.month)
    if event.precision == "quarter":
        return month_end(d.year, d.month + 2 if d.month <= 10 else 12)
    if event.precision == "year":
        return dt.date(d.year, 12, 31)
    return d


def matches(gold: dict[str, Any], event: ProposedEvent) -> bool:
    initiators = {a["slug"] for a in gold.get("actors") or [] if a.get("role") == "initiator"}
    slugs = {a.slug for a in event.actors}
    if initiators and not initiators & slugs:
        return False
    gold_date = _to_date(gold["date"])
    return event.date <= gold_date <= _pred_end(event)


def exact(gold: dict[str, Any], event: ProposedEvent) -> bool:
    return event.date == _to_date(gold["date"]) and event.precision == gold["precision"]


def _same_sentence(gold: dict[str, Any], event: ProposedEvent) -> bool:
    evidence = " ".join(str(gold.get("evidence") or "").split())
    found = " ".join(event.evidence.split())
    return bool(evidence) and (evidence[:40] in found or found[:40] in evidence)


def _assign(gold_events: list[dict[str, Any]], events: list[ProposedEvent]) -> dict[int, int]:
    """One proposed event per gold event: first those from the same sentence, then any other
    that matches; among several, the same category and then the exact date are preferred."""
    assignment: dict[int, int] = {}
    used: set[int] = set()
    for same_sentence_only in (True, False):
        for k, g in enumerate(gold_events):
            if k in assignment:
                continue
            candidates = [
                i
                for i, e in enumerate(events)
                if i not in used
                and matches(g, e)
                and (not same_sentence_only or _same_sentence(g, e))
            ]
            candidates.sort(
                key=lambda i: (events[i].category != g["category"], not exact(g, events[i]))
            )
            if candidates:
                assignment[k] = candidates[0]
                used.add(candidates[0])
    return assignment


def evaluate(
    seeds: Path, verbose: bool = False, sample: Path | None = None
) -> dict[str, dict[str, float]]:
    """Score the extractor on `sample` (a folder with articles/ and gold/; default `seeds`).

    The gazetteer always comes from `seeds`, so a held-out sample is read with the same actors.
    """
    gazetteer = load_gazetteer(seeds)
    sample = sample or seeds
    totals: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for gold_path in sorted((sample / "gold").glob("*/*.yaml")):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        lang = gold_path.parent.name
        meta, body = load_article(sample / "articles" / lang / (gold_path.stem + ".md"))
        published = meta["published"]
        if isinstance(published, str):
            published = dt.datetime.fromisoformat(published)
        result = extract(ArticleInput(text=body, published=published, language=lang), gazetteer)
        t = totals[lang]
        t["articles"] += 1
        events = list(result.events)
        used: set[int] = set()
        gold_events = gold.get("events") or []
        ordered = sorted(gold_events, key=lambda g: not g.get("main"))
        assignment = _assign(ordered, events)
        for k, g in enumerate(ordered):
            if g.get("main"):
                t["main_gold"] += 1
            if k in assignment:
                i = assignment[k]
                used.add(i)
                t["matched"] += 1
                t["category_ok"] += events[i].category == g["category"]
                if g.get("main"):
                    t["main_found"] += 1
                    t["main_exact"] += exact(g, events[i])
            elif verbose and g.get("main"):
                where = f"{gold_path.stem}: {g['date']} {g['precision']} {g['category']}"
                print(f"MISSED {where} | {g['evidence'][:100]}")
        t["proposed"] += len(events)
        t["proposed_ok"] += len(used)
        if verbose:
            for i, e in enumerate(events):
                if i not in used:
                    slugs = [a.slug for a in e.actors]
                    where = f"{gold_path.stem}: {e.date} {e.precision} {e.category}"
                    print(f"EXTRA {where} [{e.date_phrase}] {slugs} | {e.evidence[:100]}")
        gold_actors = set(gold.get("actors") or [])
        found_actors = {a.slug for a in result.actors}
        t["actor_tp"] += len(gold_actors & found_actors)
        t["actor_fp"] += len(found_actors - gold_actors)
        t["actor_fn"] += len(gold_actors - found_actors)
        if verbose and (found_actors ^ gold_actors):
            missing, extra = sorted(gold_actors - found_actors), sorted(found_actors - gold_actors)
            print(f"ACTORS {gold_path.stem}: missing {missing} extra {extra}")
    report: dict[str, dict[str, float]] = {}
    for lang, t in sorted(totals.items()):
        p = t["actor_tp"] / max(t["actor_tp"] + t["actor_fp"], 1)
        r = t["actor_tp"] / max(t["actor_tp"] + t["actor_fn"], 1)
        report[lang] = {
            "articles": t["articles"],
            "main_events": t["main_gold"],
            "main_recall": round(t["main_found"] / max(t["main_gold"], 1), 3),
            "main_exact": round(t["main_exact"] / max(t["main_found"], 1), 3),
            "proposed": t["proposed"],
            "precision": round(t["proposed_ok"] / max(t["proposed"], 1), 3),
            "category_accuracy": round(t["category_ok"] / max(t["matched"], 1), 3),
            "actor_P": round(p, 3),
            "actor_R": round(r, 3),
            "actor_F1": round(2 * p * r / (p + r) if p + r else 0.0, 3),
        }
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=Path, default=Path("seeds"))
    parser.add_argument("--sample", type=Path, default=None, help="articles/ and gold/ to score")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    report = evaluate(args.seeds, verbose=args.verbose, sample=args.sample)
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
