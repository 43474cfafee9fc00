"""Readers' correction reports: submitted from an event's page, resolved by editors."""

from django.db import transaction
from django.utils import timezone

from timeline.choices import CorrectionStatus
from timeline.errors import ApplicationError
from timeline.models import CorrectionReport, Event
from timeline.permissions import User, can_publish
from timeline.services.validation import validated

MAX_MESSAGE_LENGTH = 5000


@transaction.atomic
def correction_submit(*, event: Event, message: str, contact: str = "") -> CorrectionReport:
    """File a reader's report about an event; it waits in the editors' queue."""
    message = message.strip()
    if not message:
        raise ApplicationError("please say what is wrong", field="message")
    if len(message) > MAX_MESSAGE_LENGTH:
        raise ApplicationError(
            f"please keep the report under {MAX_MESSAGE_LENGTH} characters", field="message"
        )
    report = CorrectionReport(event=event, message=message, contact=contact.strip())
    validated(report)
    report.save()
    return report


@transaction.atomic
def correction_close(*, report: CorrectionReport, user: User, resolved: bool) -> CorrectionReport:
    """Mark a report as resolved (the event was corrected) or dismissed."""
    if not can_publish(user):
        raise ApplicationError("only editors can close correction reports")
    report.status = CorrectionStatus.RESOLVED if resolved else CorrectionStatus.DISMISSED
    report.resolved_at = timezone.now()
    report.resolved_by_id = user.pk if user.is_authenticated else None
    report.save(update_fields=["status", "resolved_at", "resolved_by"])
    return report
