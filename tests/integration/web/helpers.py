"""Reading rendered pages in tests."""

import re

_EVENT_ITEM = re.compile(r'<li class="event[^"]*" data-event-id="(\d+)"')


def listed_ids(html: str) -> list[int]:
    """The event ids of a rendered list, in page order."""
    return [int(value) for value in _EVENT_ITEM.findall(html)]
