"""Turn Django model validation into the archive's own error, naming the first offending field."""

from django.core.exceptions import ValidationError
from django.db import models

from timeline.errors import ApplicationError


def validated(instance: models.Model, *, exclude: list[str] | None = None) -> None:
    """Run the model's field and constraint checks; raise ApplicationError on the first problem."""
    try:
        instance.full_clean(exclude=exclude, validate_unique=False)
    except ValidationError as exc:
        if hasattr(exc, "error_dict"):
            field, errors = next(iter(exc.error_dict.items()))
            message = "; ".join(str(m) for e in errors for m in e.messages)
            label = None if field == "__all__" else field
            raise ApplicationError(
                f"{label}: {message}" if label else message, field=label
            ) from exc
        raise ApplicationError("; ".join(exc.messages)) from exc
