"""The archive's fixed vocabularies; their slugs are public interface (web, API, seeds)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ActorKind(models.TextChoices):
    COMPANY = "company", _("Company")
    PERSON = "person", _("Person")
    GOVERNMENT_BODY = "government_body", _("Government body")
    COUNTRY = "country", _("Country")
    ORGANIZATION = "organization", _("Organisation")


class Language(models.TextChoices):
    ENGLISH = "en", _("English")
    GERMAN = "de", _("German")
    CHINESE = "zh", _("Chinese")


class AliasLanguage(models.TextChoices):
    ENGLISH = "en", _("English")
    GERMAN = "de", _("German")
    CHINESE = "zh", _("Chinese")
    ANY = "mul", _("Any language")


class ArticleStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    PROCESSING = "processing", _("Processing")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")
    DUPLICATE = "duplicate", _("Duplicate")


class Precision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    QUARTER = "quarter", _("Quarter")
    YEAR = "year", _("Year")


class Category(models.TextChoices):
    EXPORT_CONTROLS = "export_controls", _("Export controls")
    SANCTIONS = "sanctions", _("Sanctions")
    TARIFFS_TRADE = "tariffs_trade", _("Tariffs and trade")
    INVESTMENT = "investment", _("Investment")
    EARNINGS = "earnings", _("Earnings")
    MERGERS_ACQUISITIONS = "mergers_acquisitions", _("Mergers and acquisitions")
    REGULATION = "regulation", _("Regulation")
    LEGAL_ACTION = "legal_action", _("Legal action")
    DIPLOMACY = "diplomacy", _("Diplomacy")
    GOVERNMENT_POLICY = "government_policy", _("Government policy")
    PRODUCT_LAUNCH = "product_launch", _("Product launch")
    CYBER_SECURITY = "cyber_security", _("Cyber security")
    STATEMENT = "statement", _("Statement")
    OTHER = "other", _("Other")


class Stage(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    ANNOUNCED = "announced", _("Announced")
    EFFECTIVE = "effective", _("Effective")
    SUSPENDED = "suspended", _("Suspended")
    REVOKED = "revoked", _("Revoked")


class EventStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")


class Role(models.TextChoices):
    INITIATOR = "initiator", _("Initiator")
    TARGET = "target", _("Target")
    MENTIONED = "mentioned", _("Mentioned")


class RelationType(models.TextChoices):
    RESPONDS_TO = "responds_to", _("Responds to")
    FOLLOWS_UP = "follows_up", _("Follows up")
    PART_OF = "part_of", _("Part of")


class LegalReferenceKind(models.TextChoices):
    FEDERAL_REGISTER = "federal_register", _("Federal Register document")
    PUBLIC_LAW = "public_law", _("Public law")
    EXECUTIVE_ORDER = "executive_order", _("Executive order")
    ENTITY_LIST_RULE = "entity_list_rule", _("Entity List rule")
    MOFCOM_ANNOUNCEMENT = "mofcom_announcement", _("MOFCOM announcement")
    HTS_CODE = "hts_code", _("HTS code")
    ECCN = "eccn", _("ECCN")
    OFFICIAL_RELEASE = "official_release", _("Official release")
    OTHER = "other", _("Other")


class Side(models.TextChoices):
    """An actor's side in the rivalry, derived from its country."""

    US = "us", _("United States")
    CHINA = "china", _("China")
    OTHER = "other", _("Other countries")


CHINA_SIDE_COUNTRIES = frozenset({"CN", "HK", "MO"})


def side_for_country(country: str) -> str:
    if country == "US":
        return Side.US
    if country in CHINA_SIDE_COUNTRIES:
        return Side.CHINA
    return Side.OTHER


class CorrectionStatus(models.TextChoices):
    OPEN = "open", _("Open")
    RESOLVED = "resolved", _("Resolved")
    DISMISSED = "dismissed", _("Dismissed")


class CandidateStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class RunStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")
