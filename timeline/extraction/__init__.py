"""The extractor: article text in, dated and attributed event proposals out. No Django here.

Entry point: `extract(article, gazetteer) -> ExtractionResult` (see `types`).
"""
