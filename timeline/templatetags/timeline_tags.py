"""Template helpers for showing events, their evidence and the timeline's filters."""

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from babel import Locale, UnknownLocaleError
from django import template
from django.contrib.staticfiles import finders
from django.http import QueryDict
from django.templatetags.static import static
from django.urls import get_script_prefix, reverse
from django.utils.encoding import iri_to_uri
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _

from timeline.choices import Category, RelationType, side_for_country
from timeline.countries import country_name
from timeline.display import date_display
from timeline.models import ActorAlias, Event, EventSource, Tag

register = template.Library()


@register.filter
def event_date(event: Event) -> str:
    return date_display(event.date, event.precision, event.date_end, event.approximate)


@register.filter
def country_label(code: str) -> str:
    """A country's name in the current language (Babel's CLDR names), English as a fallback."""
    return _country_label(code or "", (get_language() or "en")[:2])


@lru_cache(maxsize=1024)
def _country_label(code: str, language: str) -> str:
    if not code:
        return ""
    try:
        name = Locale.parse(language).territories.get(code)
    except (ValueError, UnknownLocaleError):
        name = None
    return str(name) if name else country_name(code)


@register.filter
def side(code: str) -> str:
    return side_for_country(code or "")


@register.filter
def evidence_html(source: EventSource) -> SafeString:
    """The evidence sentence, escaped, with the words that gave the date marked."""
    text = source.evidence
    phrase = source.date_phrase
    start = -1
    if phrase:
        if source.date_phrase_start is not None and source.evidence_start is not None:
            offset = source.date_phrase_start - source.evidence_start
            if text[offset : offset + len(phrase)] == phrase:
                start = offset
        if start < 0:
            start = text.find(phrase)
    if start < 0:
        return mark_safe(escape(text))  # noqa: S308 (escaped on the line itself)
    end = start + len(phrase)
    return format_html("{}<mark>{}</mark>{}", text[:start], text[start:end], text[end:])


@register.filter
def sources_label(count: int | None) -> str:
    value = count or 0
    return ngettext("%(counter)s source", "%(counter)s sources", value) % {"counter": value}


@register.filter
def facet_count(count: int | None, capped: bool) -> str:
    """A count from a capped sample reads as a lower bound ("40+")."""
    value = count or 0
    return f"{value}+" if capped and value else str(value)


@register.simple_tag
def query_without(query: QueryDict, key: str, value: str = "") -> str:
    """The current query string without one value of a parameter (or without the parameter)."""
    params = query.copy()
    params.pop("after", None)
    if value:
        params.setlist(key, [item for item in params.getlist(key) if item != value])
    else:
        params.pop(key, None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag
def side_summary(counts: dict[str, int]) -> str:
    return _("United States %(us)s, China %(cn)s, other %(other)s") % {
        "us": counts.get("us", 0),
        "cn": counts.get("china", 0),
        "other": counts.get("other", 0),
    }


@register.simple_tag
def vendor_script(path: str) -> SafeString:
    """A script tag for a front-end library installed from npm, or nothing when it is absent."""
    if not _vendor_present(path):
        return mark_safe("")
    return format_html('<script src="{}" defer></script>', static(f"vendor/{path}"))


@lru_cache(maxsize=32)
def _vendor_present(path: str) -> bool:
    return finders.find(f"vendor/{path}") is not None


@register.filter
def get_item(mapping: Mapping[str, Any], key: str) -> Any:
    return mapping.get(key, 0) if mapping else 0


@register.filter
def tag_name(tag: Tag) -> str:
    """A tag's name in the current language, English when it has none."""
    language = (get_language() or "en")[:2]
    localized = {"de": tag.name_de, "zh": tag.name_zh}.get(language, "")
    return localized or tag.name


@register.filter
def category_label(value: str) -> str:
    return str(dict(Category.choices).get(value, value))


_INCOMING_RELATIONS = {
    "responds_to": gettext_lazy("Answered by"),
    "follows_up": gettext_lazy("Followed up by"),
    "part_of": gettext_lazy("Includes"),
}


@register.filter
def relation_label(relation: str, incoming: bool) -> str:
    """How a related event relates to the one on the page, read from the page's event."""
    if incoming:
        return str(_INCOMING_RELATIONS.get(relation, relation))
    return str(dict(RelationType.choices).get(relation, relation))


@register.filter
def distinct_aliases(aliases: Iterable[ActorAlias], name: str) -> list[ActorAlias]:
    """Aliases worth listing: each spelling once, the actor's own name left out."""
    seen = {name.casefold()}
    kept = []
    for alias in aliases:
        if alias.name.casefold() not in seen:
            seen.add(alias.name.casefold())
            kept.append(alias)
    return kept


_URL_PLACEHOLDER = "0000000000"


@lru_cache(maxsize=16)
def _url_pattern(name: str, prefix: str) -> str:
    return reverse(name, args=[_URL_PLACEHOLDER])


@register.filter
def event_url(event_id: int) -> str:
    """`{% url 'timeline:event-detail' id %}` for long lists: reversed once, then filled in."""
    pattern = _url_pattern("timeline:event-detail", get_script_prefix())
    return pattern.replace(_URL_PLACEHOLDER, str(int(event_id)))


@register.filter
def actor_url(slug: str) -> str:
    """`{% url 'timeline:actor-detail' slug %}` for long lists: reversed once, then filled in."""
    pattern = _url_pattern("timeline:actor-detail", get_script_prefix())
    return pattern.replace(_URL_PLACEHOLDER, iri_to_uri(str(slug)))
