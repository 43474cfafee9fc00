"""How names are compared: one normal form for aliases, shared by seeds, services and extractor."""

import unicodedata


def normalize_alias(text: str) -> str:
    """Unicode-compatible (full-width → ASCII), case-folded, single-spaced."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())
