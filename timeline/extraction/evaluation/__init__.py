"""Scoring the extractor: the date layer on public TimeML corpora, events on the seed gold."""
