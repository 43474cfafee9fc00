"""The extractor: article text in, dated and attributed event proposals out. No Django here.

Entry point: `extract(article, gazetteer) -> ExtractionResult` (see `types`). The date layer is
usable on its own: `find_dates(text, language, published)`. Stages, in order: `text`
(normalisation, language, sentences), `boilerplate`, `dates`, `actors`, `figures`, `events`.
"""

from timeline.extraction.dates import find_dates
from timeline.extraction.pipeline import EXTRACTOR_VERSION, extract

__all__ = ["EXTRACTOR_VERSION", "extract", "find_dates"]
