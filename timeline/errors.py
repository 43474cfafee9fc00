"""Domain errors. The API, the admin and the commands translate them once into their own answers."""


class ApplicationError(Exception):
    """A request the archive cannot carry out, with a message fit to show a user."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class SeedError(ApplicationError):
    """The seed files are inconsistent: a bad value, a missing reference, a duplicate."""


class PermissionDenied(ApplicationError):
    """The user's role does not allow this action."""
