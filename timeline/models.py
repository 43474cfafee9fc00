"""The archive's data model: fields, database constraints and single-object properties.

Writes go through `timeline.services`; reads the pages and the API share go through
`timeline.selectors`.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from timeline.choices import (
    ActorKind,
    AliasLanguage,
    ArticleStatus,
    CandidateStatus,
    Category,
    CorrectionStatus,
    EventStatus,
    Language,
    LegalReferenceKind,
    Precision,
    RelationType,
    Role,
    RunStatus,
    Stage,
    side_for_country,
)
from timeline.normalize import normalize_alias
from timeline.periods import last_covered_day

COUNTRY_CODE_REGEX = r"^[A-Z]{2}$"
country_code_validator = RegexValidator(COUNTRY_CODE_REGEX, _("Use an ISO 3166-1 alpha-2 code."))
wikidata_validator = RegexValidator(r"^Q[1-9][0-9]*$", _("A Wikidata ID looks like Q148."))


def _in_choices(field: str, choices: type[models.TextChoices]) -> Q:
    return Q(**{f"{field}__in": choices.values})


class TimestampedModel(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        abstract = True


class Actor(TimestampedModel):
    """A company, person, government body, country or organisation taking part in events."""

    slug = models.SlugField(max_length=120, unique=True)
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=ActorKind.choices)
    country = models.CharField(
        max_length=2, blank=True, validators=[country_code_validator], db_index=True
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )
    description = models.TextField(blank=True)
    wikidata_id = models.CharField(max_length=20, blank=True, validators=[wikidata_validator])
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        permissions = [("merge_actors", "Can merge actors")]
        constraints = [
            models.CheckConstraint(
                condition=_in_choices("kind", ActorKind), name="actor_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(country="") | Q(country__regex=COUNTRY_CODE_REGEX),
                name="actor_country_alpha2",
            ),
            models.CheckConstraint(condition=~Q(parent=F("id")), name="actor_not_its_own_parent"),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.parent_id is not None and self.parent_id == self.pk:
            raise ValidationError({"parent": _("An actor cannot be its own parent.")})

    @property
    def side(self) -> str:
        return side_for_country(self.country)


class ActorRedirect(models.Model):
    """The slug of an actor merged into another, so that old links lead to the survivor."""

    old_slug = models.SlugField(max_length=120, unique=True)
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="redirects")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.old_slug} → {self.actor.slug}"


class ActorAlias(models.Model):
    """A surface form an actor goes by in articles, in one language (or `mul` for all)."""

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    normalized = models.CharField(max_length=200, db_index=True, editable=False)
    language = models.CharField(max_length=3, choices=AliasLanguage.choices)
    ambiguous = models.BooleanField(
        default=False, help_text=_("The same words can also mean another actor.")
    )

    class Meta:
        verbose_name_plural = "actor aliases"
        ordering = ["language", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["actor", "normalized", "language"], name="alias_unique_per_actor_language"
            ),
            models.CheckConstraint(
                condition=_in_choices("language", AliasLanguage), name="alias_language_valid"
            ),
            models.CheckConstraint(condition=~Q(normalized=""), name="alias_not_empty"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.language})"

    def save(self, *args: object, **kwargs: object) -> None:
        self.normalized = normalize_alias(self.name)
        super().save(*args, **kwargs)  # type: ignore[arg-type]


class Outlet(TimestampedModel):
    """A publisher of articles."""

    slug = models.SlugField(max_length=120, unique=True)
    name = models.CharField(max_length=200)
    domain = models.CharField(max_length=253, blank=True)
    country = models.CharField(max_length=2, blank=True, validators=[country_code_validator])
    language = models.CharField(max_length=2, choices=Language.choices)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["domain"], condition=~Q(domain=""), name="outlet_domain_unique"
            ),
            models.CheckConstraint(
                condition=_in_choices("language", Language), name="outlet_language_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Article(TimestampedModel):
    """A news article as ingested, with the state of its extraction."""

    url = models.URLField(max_length=2000, null=True, blank=True, unique=True)
    title = models.CharField(max_length=500)
    outlet = models.ForeignKey(
        Outlet, null=True, blank=True, on_delete=models.PROTECT, related_name="articles"
    )
    language = models.CharField(max_length=2, choices=Language.choices)
    published_at = models.DateTimeField(db_index=True)
    author = models.CharField(max_length=300, blank=True)
    text = models.TextField()
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    status = models.CharField(
        max_length=12, choices=ArticleStatus.choices, default=ArticleStatus.PENDING, db_index=True
    )
    error = models.TextField(blank=True)
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="duplicates"
    )
    extractor_version = models.CharField(max_length=40, blank=True)

    class Meta:
        ordering = ["-published_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=_in_choices("status", ArticleStatus), name="article_status_valid"
            ),
            models.CheckConstraint(
                condition=_in_choices("language", Language), name="article_language_valid"
            ),
            models.CheckConstraint(
                condition=Q(content_hash__regex=r"^[0-9a-f]{64}$"), name="article_hash_sha256"
            ),
            models.CheckConstraint(
                condition=~Q(status=ArticleStatus.FAILED) | ~Q(error=""),
                name="article_failed_has_error",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class Tag(models.Model):
    """A sector or theme (semiconductors, AI, cloud …) that events are tagged with."""

    slug = models.SlugField(max_length=60, unique=True)
    name = models.CharField(max_length=100)
    name_de = models.CharField(max_length=100, blank=True)
    name_zh = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Event(TimestampedModel):
    """One real-world event, however many articles report it.

    `date` is the first day of the period the event falls in, `precision` says how wide that
    period is, and `date_end` closes an explicit period ("over the next three years").
    `date_last` is derived: the last day the event covers, so a date-range filter is two
    indexed comparisons. A merged event keeps its row as a tombstone (`merged_into`).
    `search_text` is derived too (`timeline.search`); list queries leave it out.
    """

    title = models.CharField(max_length=120)
    summary = models.TextField(blank=True)
    date = models.DateField()
    precision = models.CharField(max_length=7, choices=Precision.choices, default=Precision.DAY)
    date_end = models.DateField(null=True, blank=True)
    date_last = models.DateField(editable=False)
    approximate = models.BooleanField(default=False)
    category = models.CharField(max_length=24, choices=Category.choices)
    stage = models.CharField(max_length=10, choices=Stage.choices, blank=True)
    status = models.CharField(max_length=9, choices=EventStatus.choices, default=EventStatus.DRAFT)
    confidence = models.FloatField(
        null=True, blank=True, validators=[MinValueValidator(0.0), MaxValueValidator(1.0)]
    )
    importance = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(3)]
    )
    tags = models.ManyToManyField(Tag, blank=True, related_name="events")
    figures = models.JSONField(default=list, blank=True)
    edited = models.BooleanField(
        default=False, help_text=_("An editor changed this event; the extractor leaves it alone.")
    )
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_events"
    )
    seed_key = models.SlugField(max_length=120, null=True, blank=True, unique=True)
    search_text = models.TextField(blank=True, default="", editable=False)
    actors = models.ManyToManyField(Actor, through="EventActor", related_name="events")
    articles = models.ManyToManyField(Article, through="EventSource", related_name="events")
    history = HistoricalRecords(m2m_fields=[tags], excluded_fields=["search_text"])

    class Meta:
        ordering = ["-date", "-id"]
        permissions = [
            ("publish_event", "Can publish and reject events"),
            ("merge_events", "Can merge events"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=_in_choices("precision", Precision), name="event_precision_valid"
            ),
            models.CheckConstraint(
                condition=_in_choices("category", Category), name="event_category_valid"
            ),
            models.CheckConstraint(
                condition=_in_choices("status", EventStatus), name="event_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(stage="") | _in_choices("stage", Stage), name="event_stage_valid"
            ),
            models.CheckConstraint(
                condition=Q(date_end__isnull=True) | Q(date_end__gte=F("date")),
                name="event_end_not_before_start",
            ),
            models.CheckConstraint(
                condition=Q(date_last__gte=F("date")), name="event_last_day_not_before_start"
            ),
            models.CheckConstraint(
                condition=Q(confidence__isnull=True)
                | (Q(confidence__gte=0) & Q(confidence__lte=1)),
                name="event_confidence_0_1",
            ),
            models.CheckConstraint(
                condition=Q(importance__isnull=True) | Q(importance__range=(1, 3)),
                name="event_importance_1_3",
            ),
            models.CheckConstraint(condition=~Q(title=""), name="event_title_not_empty"),
            models.CheckConstraint(
                condition=~Q(merged_into=F("id")), name="event_not_merged_into_itself"
            ),
        ]
        indexes = [
            models.Index(fields=["status", "date", "id"], name="event_status_date"),
            models.Index(fields=["status", "category", "date", "id"], name="event_status_cat_date"),
            models.Index(fields=["status", "date_last"], name="event_status_last_day"),
            models.Index(fields=["date", "id"], name="event_date_id"),
            models.Index(
                fields=["date", "id"],
                condition=Q(status="published", merged_into__isnull=True),
                name="event_public_date",
            ),
            models.Index(
                Coalesce(F("confidence"), Value(-1.0)).desc(),
                F("created_at").desc(),
                F("id").desc(),
                condition=Q(status="draft", merged_into__isnull=True),
                name="event_review_queue",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args: object, **kwargs: object) -> None:
        self.refresh_date_last()
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def clean(self) -> None:
        if self.date_end is not None and self.date is not None and self.date_end < self.date:
            raise ValidationError({"date_end": _("The end date cannot be before the start date.")})
        if self.merged_into_id is not None and self.merged_into_id == self.pk:
            raise ValidationError({"merged_into": _("An event cannot be merged into itself.")})

    def refresh_date_last(self) -> None:
        self.date_last = last_covered_day(self.date, self.precision, self.date_end)

    @property
    def is_tombstone(self) -> bool:
        return self.merged_into_id is not None


class EventActor(models.Model):
    """An actor's part in an event.

    Carries a copy of the event's date, last day and status so that an actor's timeline is one
    index range scan on (actor, status, date), fast for rare and common actors alike.
    The services keep the copies in step with the event.
    """

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="actor_links")
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="event_links")
    role = models.CharField(max_length=9, choices=Role.choices)
    event_date = models.DateField()
    event_date_last = models.DateField()
    event_status = models.CharField(max_length=9, choices=EventStatus.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["event", "actor"], name="event_actor_unique"),
            models.CheckConstraint(
                condition=_in_choices("role", Role), name="event_actor_role_valid"
            ),
        ]
        indexes = [
            models.Index(
                fields=["actor", "event_status", "event_date", "event"], name="event_actor_timeline"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.actor} ({self.role})"


class EventSource(models.Model):
    """The evidence an article gives for an event: the sentence and the words that dated it.

    Offsets are character (code point) indices into `article.text`.
    """

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="sources")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="event_sources")
    evidence = models.TextField()
    evidence_start = models.PositiveIntegerField(null=True, blank=True)
    evidence_end = models.PositiveIntegerField(null=True, blank=True)
    date_phrase = models.CharField(max_length=200, blank=True)
    date_phrase_start = models.PositiveIntegerField(null=True, blank=True)
    date_phrase_end = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "article", "evidence_start"], name="event_source_unique"
            ),
            models.CheckConstraint(
                condition=Q(evidence_start__isnull=True) | Q(evidence_end__gte=F("evidence_start")),
                name="event_source_evidence_span",
            ),
            models.CheckConstraint(
                condition=Q(date_phrase_start__isnull=True)
                | Q(date_phrase_end__gte=F("date_phrase_start")),
                name="event_source_date_phrase_span",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.article} → {self.event}"


class EventRelation(models.Model):
    """A directed link between events: `source` responds to / follows up / is part of `target`."""

    source = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="relations_out")
    target = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="relations_in")
    relation = models.CharField(max_length=12, choices=RelationType.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["source", "target", "relation"], name="event_relation_unique"
            ),
            models.CheckConstraint(
                condition=_in_choices("relation", RelationType), name="event_relation_type_valid"
            ),
            models.CheckConstraint(
                condition=~Q(source=F("target")), name="event_relation_not_to_itself"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source_id} {self.relation} {self.target_id}"

    def clean(self) -> None:
        if self.source_id is not None and self.source_id == self.target_id:
            raise ValidationError({"target": _("An event cannot be related to itself.")})


class LegalReference(models.Model):
    """A legal instrument behind an event: a Federal Register rule, a law, a MOFCOM announcement."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="legal_references")
    kind = models.CharField(max_length=20, choices=LegalReferenceKind.choices)
    identifier = models.CharField(max_length=200)
    title = models.CharField(max_length=300, blank=True)
    url = models.URLField(max_length=2000, blank=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "kind", "identifier"], name="legal_reference_unique"
            ),
            models.CheckConstraint(
                condition=_in_choices("kind", LegalReferenceKind), name="legal_reference_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.identifier}"


class Feed(TimestampedModel):
    """An RSS or Atom feed polled for new articles."""

    url = models.URLField(max_length=2000, unique=True)
    title = models.CharField(max_length=300, blank=True)
    language = models.CharField(max_length=2, choices=Language.choices, blank=True)
    outlet = models.ForeignKey(
        Outlet, null=True, blank=True, on_delete=models.SET_NULL, related_name="feeds"
    )
    enabled = models.BooleanField(default=True)
    poll_interval_minutes = models.PositiveIntegerField(
        default=60, validators=[MinValueValidator(5), MaxValueValidator(7 * 24 * 60)]
    )
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_status = models.CharField(max_length=200, blank=True)
    last_error = models.TextField(blank=True)
    last_new_entries = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["title", "url"]
        constraints = [
            models.CheckConstraint(
                condition=Q(poll_interval_minutes__gte=5), name="feed_poll_interval_min"
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.url


class FeedEntry(models.Model):
    """A feed item already seen, so each entry is ingested once."""

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="entries")
    guid = models.CharField(max_length=2000)
    url = models.URLField(max_length=2000, blank=True)
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="feed_entries"
    )
    seen_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "feed entries"
        constraints = [
            models.UniqueConstraint(fields=["feed", "guid"], name="feed_entry_unique"),
        ]

    def __str__(self) -> str:
        return self.guid


class CorrectionReport(models.Model):
    """A reader's report that an event is wrong, waiting in the editors' queue."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="corrections")
    message = models.TextField()
    contact = models.CharField(max_length=254, blank=True)
    status = models.CharField(
        max_length=9, choices=CorrectionStatus.choices, default=CorrectionStatus.OPEN
    )
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=_in_choices("status", CorrectionStatus), name="correction_status_valid"
            ),
            models.CheckConstraint(condition=~Q(message=""), name="correction_has_message"),
        ]
        indexes = [models.Index(fields=["status", "created_at"], name="correction_queue")]

    def __str__(self) -> str:
        return f"Correction to event {self.event_id}"


class ActorCandidate(models.Model):
    """A name the extractor saw often but could not match to an actor, waiting for an editor.

    A rejected candidate is kept so the same name is not proposed again.
    """

    name = models.CharField(max_length=200)
    normalized = models.CharField(max_length=200, editable=False)
    language = models.CharField(max_length=3, choices=AliasLanguage.choices)
    kind = models.CharField(max_length=20, choices=ActorKind.choices, blank=True)
    status = models.CharField(
        max_length=8, choices=CandidateStatus.choices, default=CandidateStatus.PENDING
    )
    mentions = models.PositiveIntegerField(default=1)
    example_article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    example_text = models.TextField(blank=True)
    actor = models.ForeignKey(
        Actor, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-mentions", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["normalized", "language"], name="actor_candidate_unique"
            ),
            models.CheckConstraint(
                condition=_in_choices("status", CandidateStatus),
                name="actor_candidate_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: object, **kwargs: object) -> None:
        self.normalized = normalize_alias(self.name)
        super().save(*args, **kwargs)  # type: ignore[arg-type]


class ExtractionRun(models.Model):
    """A batch re-extraction over stored articles, with progress for the admin."""

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    scope = models.CharField(max_length=200, help_text=_("Which articles: all, since a date, one."))
    extractor_version = models.CharField(max_length=40, blank=True)
    status = models.CharField(max_length=7, choices=RunStatus.choices, default=RunStatus.QUEUED)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    events_created = models.PositiveIntegerField(default=0)
    events_updated = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=_in_choices("status", RunStatus), name="extraction_run_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(done__lte=F("total")), name="extraction_run_done_not_over_total"
            ),
        ]

    def __str__(self) -> str:
        return f"Extraction run {self.pk} ({self.status})"
