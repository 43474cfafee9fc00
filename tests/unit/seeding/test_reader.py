"""The seed reader refuses inconsistent files and says where the problem is."""

import textwrap
from pathlib import Path

import pytest

from timeline.errors import SeedError
from timeline.seeding.reader import alias_clashes, parse_front_matter, read_seeds
from timeline.seeding.records import ActorRecord, AliasRecord


def _actor(slug: str, *aliases: AliasRecord) -> ActorRecord:
    return ActorRecord(
        slug=slug,
        name=slug,
        kind="company",
        country="US",
        parent=None,
        description="",
        wikidata_id="",
        aliases=aliases,
        source="test.yaml",
    )


def test_alias_for_two_actors_in_one_language_is_a_clash():
    clashes = alias_clashes(
        [_actor("a", AliasRecord("Commerce", "en")), _actor("b", AliasRecord("commerce", "en"))]
    )
    assert len(clashes) == 1
    assert "'commerce'" in clashes[0]


def test_same_alias_in_different_languages_is_allowed():
    assert not alias_clashes(
        [_actor("a", AliasRecord("Peking", "de")), _actor("b", AliasRecord("Peking", "en"))]
    )


def test_language_neutral_alias_clashes_with_every_language():
    assert alias_clashes(
        [_actor("a", AliasRecord("BIS", "mul")), _actor("b", AliasRecord("BIS", "de"))]
    )


def test_alias_marked_ambiguous_on_both_sides_is_allowed():
    assert not alias_clashes(
        [
            _actor("a", AliasRecord("Washington", "en", ambiguous=True)),
            _actor("b", AliasRecord("Washington", "en", ambiguous=True)),
        ]
    )


def test_front_matter_and_body_are_split():
    meta, body = parse_front_matter("---\ntitle: T\nlanguage: en\n---\nBody line.\n")
    assert meta == {"title": "T", "language": "en"}
    assert body == "Body line.\n"


def test_markdown_without_front_matter_is_refused():
    with pytest.raises(ValueError, match="front matter"):
        parse_front_matter("Just text")


def _write(root: Path, relative: str, content: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(content), encoding="utf-8")


def test_every_problem_is_reported_with_its_place(tmp_path):
    _write(
        tmp_path,
        "actors/a.yaml",
        """
        - slug: acme
          name: Acme
          kind: company
          country: XX
          parent: nobody
          aliases: [{name: Acme, lang: en}]
        """,
    )
    _write(tmp_path, "outlets.yaml", "- {slug: o, name: O, domain: o.example, language: en}\n")
    _write(tmp_path, "tags.yaml", "- {slug: ai, name: AI}\n")
    _write(
        tmp_path,
        "events/2025.yaml",
        """
        - key: e1
          title: Something happened
          date: 2025-02-15
          precision: month
          category: gossip
          actors: [{slug: acme, role: initiator}]
          relations: [{type: responds_to, key: missing}]
        """,
    )
    with pytest.raises(SeedError) as caught:
        read_seeds(tmp_path)
    message = caught.value.message
    assert "country 'XX'" in message
    assert "parent 'nobody'" in message
    assert "unknown category 'gossip'" in message
    assert "not the first day of its month" in message
    assert "unknown event 'missing'" in message
