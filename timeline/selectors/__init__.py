"""Every read the pages, the API and the exports share, with related rows already fetched.

Callers import from here (`from timeline import selectors`); each module holds one area.
"""

from timeline.selectors.events import actor_get, actor_list, actor_moved_to, event_get, event_list
from timeline.selectors.pages import (
    actor_directory,
    actor_stats,
    actor_suggestions,
    actor_timeline_page,
    related_events,
    timeline_facets,
    timeline_page,
)
from timeline.selectors.stats import actor_event_counts, event_counts
from timeline.selectors.sync import event_removals

__all__ = [
    "actor_directory",
    "actor_event_counts",
    "actor_get",
    "actor_list",
    "actor_moved_to",
    "actor_stats",
    "actor_suggestions",
    "actor_timeline_page",
    "event_counts",
    "event_get",
    "event_list",
    "event_removals",
    "related_events",
    "timeline_facets",
    "timeline_page",
]
