"""Writes to outlets and tags (small reference tables)."""

from django.db import transaction

from timeline.models import Outlet, Tag
from timeline.services.validation import validated


@transaction.atomic
def outlet_upsert(
    *, slug: str, name: str, language: str, domain: str = "", country: str = ""
) -> tuple[Outlet, bool]:
    """Create the outlet or update its fields; return it and whether anything was written."""
    fields = {"name": name, "language": language, "domain": domain, "country": country}
    outlet = Outlet.objects.filter(slug=slug).first() or Outlet(slug=slug)
    changed = outlet.pk is None or any(getattr(outlet, k) != v for k, v in fields.items())
    if changed:
        for key, value in fields.items():
            setattr(outlet, key, value)
        validated(outlet)
        outlet.save()
    return outlet, changed


@transaction.atomic
def tag_upsert(*, slug: str, name: str, name_de: str = "", name_zh: str = "") -> tuple[Tag, bool]:
    """Create the tag or update its names; return it and whether anything was written."""
    fields = {"name": name, "name_de": name_de, "name_zh": name_zh}
    tag = Tag.objects.filter(slug=slug).first() or Tag(slug=slug)
    changed = tag.pk is None or any(getattr(tag, k) != v for k, v in fields.items())
    if changed:
        for key, value in fields.items():
            setattr(tag, key, value)
        validated(tag)
        tag.save()
    return tag, changed
