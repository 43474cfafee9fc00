"""Why an input could not be taken in: refused for good, or unavailable for now."""

from timeline.errors import ApplicationError


class IngestRefused(ApplicationError):
    """The input is unacceptable (unsafe address, wrong content type, too large, unreadable).

    Trying again gives the same answer, so tasks never retry it.
    """


class IngestUnavailable(ApplicationError):
    """The source could not be reached (timeout, reset, 5xx answer): worth trying again later."""
