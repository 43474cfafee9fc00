"""Turn Django model validation into the archive's own error, naming the first offending field.

Field checks (choices, validators, lengths) and each model's `clean()` run in Python. Database
constraints are not re-checked here with one query each: the database enforces them anyway, and
the rules a user can break by hand are repeated in `clean()` with a readable message.
"""

from django.core.exceptions import ValidationError
from django.db import models

from timeline.errors import ApplicationError


def validated(instance: models.Model, *, exclude: list[str] | None = None) -> None:
    """Run the model's field and constraint checks; raise ApplicationError on the first problem."""
    try:
        instance.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
    except ValidationError as exc:
        if hasattr(exc, "error_dict"):
            field, errors = next(iter(exc.error_dict.items()))
            message = "; ".join(str(m) for e in errors for m in e.messages)
            label = None if field == "__all__" else field
            raise ApplicationError(
                f"{label}: {message}" if label else message, field=label
            ) from exc
        raise ApplicationError("; ".join(exc.messages)) from exc
