"""Every read the pages, the API and the exports share, with related rows already fetched.

Callers import from here (`from timeline import selectors`); each module holds one area.
"""

from timeline.selectors.events import actor_get, actor_list, event_get, event_list

__all__ = ["actor_get", "actor_list", "event_get", "event_list"]
