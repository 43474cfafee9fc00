"""Builders for the small gazetteers the extractor's unit tests are written against."""

from timeline.extraction.types import GazetteerActor, GazetteerAlias


def gazetteer_actor(
    slug: str, name: str, kind: str, country: str, *aliases: tuple[str, str]
) -> GazetteerActor:
    """An actor with (alias, language) pairs."""
    return GazetteerActor(
        slug=slug,
        name=name,
        kind=kind,
        country=country,
        aliases=tuple(GazetteerAlias(name=n, language=lang) for n, lang in aliases),
    )
