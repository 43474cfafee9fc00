"""The extractor's pipeline: runs the stages in order over one article."""

from collections import Counter

from timeline.extraction.actor_matcher import build_matcher
from timeline.extraction.actors import find_actors_with_references, find_unknown_names
from timeline.extraction.boilerplate import boilerplate_spans, mask
from timeline.extraction.dates import find_dates
from timeline.extraction.events import build_events
from timeline.extraction.text import LANGUAGES, identify_language, split_sentences
from timeline.extraction.types import (
    ActorCount,
    ArticleInput,
    ExtractionResult,
    Gazetteer,
    Sentence,
)

EXTRACTOR_VERSION = "2026.12.2"
MAX_CHARS = 200_000
MAX_SENTENCE = 3_000  # longer "sentences" are lists or debris; their head is enough


_CONTROLS = {i: " " for i in range(32) if chr(i) not in "\n\t"}


def _clean(text: str) -> str:
    """Replace characters that are not text (NUL, other C0 controls) without moving offsets."""
    return text.translate(_CONTROLS)


def extract(article: ArticleInput, gazetteer: Gazetteer) -> ExtractionResult:
    """Propose dated, attributed, categorised events for one article."""
    text = _clean(article.text[:MAX_CHARS])
    language = article.language if article.language in LANGUAGES else identify_language(text)
    published = article.published.date()
    body = mask(text, boilerplate_spans(text))
    sentences = _sentences(body, language)
    dates = find_dates(body, language, published)
    matcher = build_matcher(gazetteer, language)
    actor_mentions = find_actors_with_references(body, matcher, language)
    events = build_events(
        text=body,
        language=language,
        published=published,
        sentences=sentences,
        dates=dates,
        actor_mentions=actor_mentions,
        actors=matcher.actors,
    )
    counts = Counter(m.slug for m in actor_mentions)
    actors = tuple(ActorCount(slug, n) for slug, n in counts.most_common())
    return ExtractionResult(
        language=language,
        published=article.published,
        events=tuple(events),
        actors=actors,
        extractor_version=EXTRACTOR_VERSION,
        unknown_names=tuple(find_unknown_names(body, language, actor_mentions)),
    )


def _sentences(body: str, language: str) -> list[Sentence]:
    out: list[Sentence] = []
    paragraph = 0
    last_end = 0
    for start, end in split_sentences(body, language):
        if "\n" in body[last_end:start] and body[last_end:start].count("\n") >= 1:
            paragraph += 1
        last_end = end
        if end - start > MAX_SENTENCE:
            end = start + MAX_SENTENCE
        sentence_text = body[start:end]
        if sentence_text.strip():
            out.append(Sentence(start=start, end=end, text=sentence_text, paragraph=paragraph))
    return out
