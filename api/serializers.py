"""How the API represents events, actors, outlets, tags and articles, and what it accepts.

Events are the hot path: `api.representation` builds their dictionaries from plain rows (nested
DRF serializers cost about 20 µs per object). The event serializer classes here declare the same
shape for the OpenAPI schema, and the schema tests hold both together.
"""

from typing import Any

from django.urls import reverse
from rest_framework import serializers

from timeline.choices import (
    ActorKind,
    Category,
    EventStatus,
    Language,
    LegalReferenceKind,
    Precision,
    RelationType,
    Role,
    Side,
    Stage,
)
from timeline.models import Actor, Tag
from timeline.selectors.stats import actor_event_counts
from timeline.selectors.sync import Removal

CATEGORY_NAMES = dict(Category.choices)
MAX_LIST_ITEMS = 100


# --- representations (read) -------------------------------------------------------------------


class EventActorSerializer(serializers.Serializer[Any]):
    slug = serializers.SlugField()
    name = serializers.CharField()
    kind = serializers.ChoiceField(choices=ActorKind.choices)
    country = serializers.CharField(allow_null=True, help_text="ISO 3166-1 alpha-2, EU for the EU")
    side = serializers.ChoiceField(choices=Side.choices)
    role = serializers.ChoiceField(choices=Role.choices)


class OutletRefSerializer(serializers.Serializer[Any]):
    slug = serializers.SlugField()
    name = serializers.CharField()


class SourceSerializer(serializers.Serializer[Any]):
    outlet = OutletRefSerializer(allow_null=True)
    url = serializers.URLField(allow_null=True)
    title = serializers.CharField()
    published = serializers.DateTimeField()
    language = serializers.ChoiceField(choices=Language.choices)
    evidence = serializers.CharField(help_text="The sentence(s) that report the event.")
    date_phrase = serializers.CharField(allow_blank=True, help_text="The words that dated it.")


class LegalReferenceSerializer(serializers.Serializer[Any]):
    kind = serializers.ChoiceField(choices=LegalReferenceKind.choices)
    identifier = serializers.CharField(max_length=200)
    title = serializers.CharField(max_length=300, allow_blank=True, required=False, default="")
    url = serializers.URLField(max_length=2000, allow_blank=True, required=False, default="")


class RelatedEventSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    relation = serializers.ChoiceField(choices=RelationType.choices)
    direction = serializers.ChoiceField(
        choices=["outgoing", "incoming"],
        help_text="outgoing: this event responds to / follows up / is part of the other one.",
    )


class EventSerializer(serializers.Serializer[Any]):
    """An event on the timeline (read-only; see EventEditSerializer for changes)."""

    id = serializers.IntegerField()
    title = serializers.CharField(max_length=120)
    summary = serializers.CharField(allow_blank=True)
    date = serializers.DateField(help_text="First day of the period the event falls in.")
    date_end = serializers.DateField(allow_null=True, help_text="End of an explicit period.")
    date_last = serializers.DateField(help_text="Last day the event covers.")
    precision = serializers.ChoiceField(choices=Precision.choices)
    approximate = serializers.BooleanField()
    date_display = serializers.CharField(help_text="The date as precise as it is, for people.")
    category = serializers.ChoiceField(choices=Category.choices)
    stage = serializers.ChoiceField(choices=Stage.choices, allow_null=True)
    status = serializers.ChoiceField(choices=EventStatus.choices)
    importance = serializers.IntegerField(allow_null=True, min_value=1, max_value=3)
    tags = serializers.ListField(child=serializers.SlugField())
    figures = serializers.ListField(child=serializers.DictField())
    legal_references = LegalReferenceSerializer(many=True)
    actors = EventActorSerializer(many=True)
    sources = SourceSerializer(many=True)
    related = RelatedEventSerializer(many=True)
    url = serializers.URLField(help_text="The event's web page.")
    api_url = serializers.URLField()
    created = serializers.DateTimeField()
    updated = serializers.DateTimeField()


class EventPageSerializer(serializers.Serializer[Any]):
    next = serializers.URLField(allow_null=True, help_text="The next page, or null at the end.")
    results = EventSerializer(many=True)


class MergedEventSerializer(serializers.Serializer[Any]):
    """Answer for the id of an event merged into another (with a 301 to the survivor)."""

    id = serializers.IntegerField()
    merged_into = serializers.IntegerField()
    location = serializers.URLField()


class MergedActorSerializer(serializers.Serializer[Any]):
    """Answer for the slug of an actor merged into another (with a 301 to the survivor)."""

    slug = serializers.SlugField()
    merged_into = serializers.SlugField()
    location = serializers.URLField()


class RemovalSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    reason = serializers.ChoiceField(
        choices=["merged", "withdrawn", "deleted"],
        help_text="merged: into `merged_into`; withdrawn: rejected or back to draft; deleted.",
    )
    merged_into = serializers.IntegerField(allow_null=True)
    at = serializers.DateTimeField()


def removal_representation(removal: Removal) -> dict[str, Any]:
    return {
        "id": removal.id,
        "reason": removal.reason,
        "merged_into": removal.merged_into,
        "at": removal.at.isoformat(),
    }


class RemovalPageSerializer(serializers.Serializer[Any]):
    next = serializers.URLField(allow_null=True)
    results = RemovalSerializer(many=True)


class StatsBucketSerializer(serializers.Serializer[Any]):
    period = serializers.CharField(help_text="2025-02, 2025-Q1 or 2025.")
    start = serializers.DateField()
    total = serializers.IntegerField()
    by_category = serializers.DictField(child=serializers.IntegerField())
    by_side = serializers.DictField(
        child=serializers.IntegerField(),
        help_text="Events with at least one actor of each side (us, china, other).",
    )


class StatsSerializer(serializers.Serializer[Any]):
    bucket = serializers.ChoiceField(choices=["month", "quarter", "year"])
    results = StatsBucketSerializer(many=True)


class ActorSerializer(serializers.ModelSerializer[Actor]):
    parent = serializers.SlugRelatedField[Actor](slug_field="slug", read_only=True, allow_null=True)  # type: ignore[assignment]
    side = serializers.ChoiceField(choices=Side.choices, read_only=True)
    url = serializers.SerializerMethodField()

    class Meta:
        model = Actor
        fields = ["slug", "name", "kind", "country", "side", "parent", "wikidata_id", "url"]
        read_only_fields = fields

    def get_url(self, actor: Actor) -> str:
        request = self.context["request"]
        return str(request.build_absolute_uri(reverse("api-actor-detail", args=[actor.slug])))


class AliasSerializer(serializers.Serializer[Any]):
    name = serializers.CharField()
    language = serializers.CharField()


class ActorDetailSerializer(ActorSerializer):
    description = serializers.CharField(read_only=True)
    aliases = AliasSerializer(many=True, read_only=True)
    events_by_category = serializers.SerializerMethodField(
        help_text="Published events the actor takes part in, per category."
    )

    class Meta(ActorSerializer.Meta):
        fields = [*ActorSerializer.Meta.fields, "description", "aliases", "events_by_category"]
        read_only_fields = fields

    def get_events_by_category(self, actor: Actor) -> dict[str, int]:
        return actor_event_counts(actor=actor)


class ActorPageSerializer(serializers.Serializer[Any]):
    next = serializers.URLField(allow_null=True)
    results = ActorSerializer(many=True)


class OutletSerializer(serializers.Serializer[Any]):
    slug = serializers.SlugField()
    name = serializers.CharField()
    domain = serializers.CharField(allow_blank=True)
    country = serializers.CharField(allow_blank=True)
    language = serializers.ChoiceField(choices=Language.choices)


class OutletPageSerializer(serializers.Serializer[Any]):
    next = serializers.URLField(allow_null=True)
    results = OutletSerializer(many=True)


class CategorySerializer(serializers.Serializer[Any]):
    slug = serializers.ChoiceField(choices=Category.choices)
    name = serializers.CharField()


class TagSerializer(serializers.ModelSerializer[Tag]):
    class Meta:
        model = Tag
        fields = ["slug", "name", "name_de", "name_zh"]
        read_only_fields = fields


# --- input (write) ----------------------------------------------------------------------------


class StrictCharField(serializers.CharField):
    """Text input that refuses numbers and booleans instead of quietly turning them into text."""

    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictSlugField(serializers.SlugField):
    """A slug that must arrive as text, as the schema says."""

    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class ActorRoleInputSerializer(serializers.Serializer[Any]):
    slug = StrictSlugField(max_length=120)
    role = serializers.ChoiceField(choices=Role.choices)


class EventEditSerializer(serializers.Serializer[Any]):
    """Fields an editor may change; leave out what stays as it is. Lists replace the old ones."""

    title = StrictCharField(max_length=120)
    summary = StrictCharField(allow_blank=True, max_length=20000)
    date = serializers.DateField()
    precision = serializers.ChoiceField(choices=Precision.choices)
    date_end = serializers.DateField(allow_null=True)
    approximate = serializers.BooleanField()
    category = serializers.ChoiceField(choices=Category.choices)
    stage = serializers.ChoiceField(choices=Stage.choices, allow_null=True)
    importance = serializers.IntegerField(allow_null=True, min_value=1, max_value=3)
    tags = serializers.ListField(child=StrictSlugField(max_length=60), max_length=MAX_LIST_ITEMS)
    actors = serializers.ListField(child=ActorRoleInputSerializer(), max_length=MAX_LIST_ITEMS)
    legal_references = serializers.ListField(
        child=LegalReferenceSerializer(), max_length=MAX_LIST_ITEMS
    )

    def validate_tags(self, slugs: list[str]) -> list[Tag]:
        tags = {tag.slug: tag for tag in Tag.objects.filter(slug__in=slugs)}
        unknown = sorted(set(slugs) - set(tags))
        if unknown:
            raise serializers.ValidationError(f"Unknown tags: {', '.join(unknown)}.")
        return [tags[slug] for slug in dict.fromkeys(slugs)]

    def validate_actors(self, items: list[dict[str, str]]) -> list[tuple[Actor, str]]:
        slugs = [item["slug"] for item in items]
        actors = {actor.slug: actor for actor in Actor.objects.filter(slug__in=slugs)}
        unknown = sorted(set(slugs) - set(actors))
        if unknown:
            raise serializers.ValidationError(f"Unknown actors: {', '.join(unknown)}.")
        return [(actors[item["slug"]], item["role"]) for item in items]


class ArticleSubmitSerializer(serializers.Serializer[Any]):
    """An article to ingest: its text, or a URL to fetch (or both: the text, citing the URL)."""

    text = StrictCharField(required=False, max_length=500_000, trim_whitespace=False)
    url = serializers.URLField(required=False, max_length=2000)
    title = StrictCharField(required=False, allow_blank=True, max_length=500, default="")
    language = serializers.ChoiceField(
        choices=Language.choices, required=False, allow_null=True, default=None
    )
    published_at = serializers.DateTimeField(
        required=False, allow_null=True, default=None, help_text="With a time zone."
    )
    outlet = StrictCharField(
        required=False, allow_blank=True, max_length=253, default="", help_text="Slug or domain."
    )
    author = StrictCharField(required=False, allow_blank=True, max_length=300, default="")

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if not (attrs.get("text") or "").strip() and not attrs.get("url"):
            raise serializers.ValidationError({"text": ["Give the article's text or its url."]})
        return attrs


class ArticleStatusSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    status = serializers.ChoiceField(choices=["queued", "done", "duplicate", "failed"])
    duplicate_of = serializers.IntegerField(allow_null=True)
    error = serializers.CharField(allow_blank=True)
    events = serializers.ListField(child=serializers.IntegerField())
    url = serializers.URLField(help_text="This status, to poll until it is no longer queued.")
