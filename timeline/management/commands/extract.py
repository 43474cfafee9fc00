"""`manage.py extract PATH...`: run the extractor on text files and print the proposed events.

Nothing is saved; actors come from the database. A file may be a plain text body or a Markdown
article with a YAML front matter (as in seeds/articles), whose `published` and `language` are used
unless the options say otherwise.
"""

import datetime as dt
import json
from pathlib import Path
from typing import Any

import yaml
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from timeline.extraction import extract
from timeline.extraction.types import ArticleInput, ExtractionResult, Gazetteer
from timeline.gazetteer import gazetteer_get

MAX_BYTES = 10 * 1024 * 1024


def _published(value: str) -> dt.datetime:
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--published must be a date as YYYY-MM-DD, not {value!r}") from None
    return dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)


def _read(path: Path) -> tuple[str, dict[str, Any]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(raw) > MAX_BYTES:
        raise CommandError(f"cannot read {path}: larger than {MAX_BYTES // (1024 * 1024)} MB")
    if b"\x00" in raw[:4096]:
        raise CommandError(f"cannot read {path}: not a text file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CommandError(f"cannot read {path}: not UTF-8 text") from None
    meta: dict[str, Any] = {}
    if text.startswith("---\n"):
        _, _, rest = text.partition("---\n")
        front, sep, body = rest.partition("\n---\n")
        if sep:
            try:
                loaded = yaml.safe_load(front)
            except yaml.YAMLError:
                loaded = None
            if isinstance(loaded, dict):
                meta, text = loaded, body.lstrip("\n")
    if not text.strip():
        raise CommandError(f"cannot read {path}: the file is empty")
    return text, meta


def _meta_published(meta: dict[str, Any]) -> dt.datetime | None:
    value = meta.get("published")
    if isinstance(value, dt.datetime):
        return value if timezone.is_aware(value) else value.replace(tzinfo=dt.UTC)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, 12, tzinfo=dt.UTC)
    if isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            return None
        return parsed if timezone.is_aware(parsed) else parsed.replace(tzinfo=dt.UTC)
    return None


def result_as_dict(result: ExtractionResult, gazetteer: Gazetteer) -> dict[str, Any]:
    actors = {a.slug: a for a in gazetteer.actors}

    def actor(slug: str) -> dict[str, Any]:
        a = actors.get(slug)
        return {
            "name": a.name if a else slug,
            "slug": slug,
            "kind": a.kind if a else "",
            "country": a.country if a else "",
        }

    return {
        "language": result.language,
        "published": result.published.date().isoformat(),
        "extractor_version": result.extractor_version,
        "events": [
            {
                "date": e.date.isoformat(),
                "date_end": e.date_end.isoformat() if e.date_end else None,
                "precision": e.precision,
                "approximate": e.approximate,
                "category": e.category,
                "stage": e.stage or None,
                "main": e.main,
                "title": e.title,
                "summary": e.summary,
                "evidence": e.evidence,
                "evidence_start": e.evidence_start,
                "evidence_end": e.evidence_end,
                "date_phrase": e.date_phrase,
                "actors": [actor(r.slug) | {"role": r.role} for r in e.actors],
                "figures": [
                    {"amount": f.amount, "currency": f.currency, "unit": f.unit, "text": f.text}
                    for f in e.figures
                ],
                "tags": list(e.tags),
                "confidence": e.confidence,
            }
            for e in result.events
        ],
        "actors": [actor(c.slug) | {"mentions": c.mentions} for c in result.actors],
        "unknown_names": list(result.unknown_names),
    }


class Command(BaseCommand):
    help = "Run the extractor on text files and print the proposed events (saves nothing)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--published", default=None, help="publication date, YYYY-MM-DD")
        parser.add_argument("--language", choices=("en", "de", "zh"), default=None)
        parser.add_argument("--format", choices=("json", "text"), default="json")

    def handle(self, *args: Any, **options: Any) -> None:
        published_option = _published(options["published"]) if options["published"] else None
        inputs = [(path, *_read(path)) for path in options["paths"]]
        gazetteer = gazetteer_get()
        outputs: list[tuple[Path, dict[str, Any]]] = []
        for path, text, meta in inputs:
            published = published_option or _meta_published(meta) or timezone.now()
            language = options["language"] or (
                meta.get("language") if meta.get("language") in ("en", "de", "zh") else None
            )
            result = extract(
                ArticleInput(
                    text=text,
                    published=published,
                    language=language,
                    title=str(meta.get("title") or ""),
                ),
                gazetteer,
            )
            outputs.append((path, result_as_dict(result, gazetteer)))
        if options["format"] == "json":
            if len(outputs) == 1:
                payload: dict[str, Any] = outputs[0][1]
            else:
                payload = {"articles": [{"path": str(p)} | data for p, data in outputs]}
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        for path, data in outputs:
            self._write_text(path, data, several=len(outputs) > 1)

    def _write_text(self, path: Path, data: dict[str, Any], *, several: bool) -> None:
        if several:
            self.stdout.write(f"== {path}")
        self.stdout.write(
            f"language {data['language']}, published {data['published']}, "
            f"{len(data['events'])} events"
        )
        for event in data["events"]:
            period = event["date"] + (f"..{event['date_end']}" if event["date_end"] else "")
            approx = " ~" if event["approximate"] else ""
            self.stdout.write(
                f"- {period} ({event['precision']}{approx}) [{event['category']}] {event['title']}"
            )
            names = ", ".join(f"{a['name']} ({a['role']})" for a in event["actors"])
            self.stdout.write(f"    actors: {names}")
            self.stdout.write(
                f"    date phrase: {event['date_phrase']!r}  confidence {event['confidence']}"
            )
        if data["actors"]:
            names = ", ".join(f"{a['name']} x{a['mentions']}" for a in data["actors"])
            self.stdout.write(f"actors: {names}")
