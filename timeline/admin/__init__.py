"""The editorial admin: review queue, events, actors, articles, feeds and their roles.

Each module registers its models; every write an admin page makes goes through a service.
"""

from timeline.admin import actors, articles, events

__all__ = ["actors", "articles", "events"]
