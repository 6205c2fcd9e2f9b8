"""Delivering the outbox through one SMTP connection per run.

Each message is claimed, sent and marked sent in one short transaction of its own, so a
crash loses nothing and resends at most the one message that was in flight (see
docs/alerts.md, "Delivery guarantees"). On PostgreSQL the claim is a row lock that other
senders skip; SQLite has no row locks, so there a single sender is assumed.
"""

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, parseaddr

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from treatywatch.alerts.config import SmtpConfig, mail_from
from treatywatch.alerts.models import OutboxMessage


class ServerUnreachable(Exception):
    """No connection to the SMTP server, or it was lost: what is not sent stays queued."""


@dataclass
class Report:
    sent: int = 0
    refused: int = 0  # refused for good by the server (5xx); kept with failed_at set
    deferred: int = 0  # refused for now (4xx); tried again next run
    problem: str = ""  # why the run stopped early, if it did

    @property
    def complete(self) -> bool:
        return not self.problem and not self.deferred


def send_pending(config: SmtpConfig, stop=lambda: False) -> Report:
    """Send every pending message, oldest first; `stop()` true ends the run between two."""
    report = Report()
    if not OutboxMessage.objects.pending().exists():
        return report
    try:
        smtp = _connect(config)
    except (OSError, smtplib.SMTPException) as error:
        report.problem = f"cannot use the SMTP server {config.address}: {_describe(error)}"
        _note_failure_of_all(report.problem)
        return report
    try:
        _send_each(smtp, report, stop)
    except ServerUnreachable as error:
        report.problem = str(error)
    finally:
        _quit(smtp)
    return report


def _send_each(smtp, report: Report, stop) -> None:
    tried: set[int] = set()
    while not stop():
        outcome = _send_next(smtp, tried)
        if outcome is None:
            return
        setattr(report, outcome, getattr(report, outcome) + 1)


def _send_next(smtp, tried: set[int]) -> str | None:
    """Claim, send and mark the oldest pending message not yet tried in this run."""
    with transaction.atomic():
        message = _claim_next(tried)
        if message is None:
            return None
        tried.add(message.pk)
        outcome, error = _deliver(smtp, message)
        _record(message, outcome, error)
    if outcome == "lost":
        raise ServerUnreachable(error)
    return outcome


def _claim_next(tried: set[int]) -> OutboxMessage | None:
    # skip_locked: a message another sender holds is its business, not a reason to wait.
    pending = OutboxMessage.objects.pending().exclude(pk__in=tried).order_by("created_at", "pk")
    return pending.select_for_update(skip_locked=True).first()


def _deliver(smtp, message: OutboxMessage) -> tuple[str, str]:
    """Hand one message to the server: ("sent" | "refused" | "deferred" | "lost", error)."""
    try:
        email = as_email(message)
    except (ValueError, TypeError) as error:
        # Retrying cannot help, and a message left pending would be retried first every run.
        return "refused", f"the message cannot be written as an email: {error}"
    try:
        smtp.send_message(email, from_addr=_envelope_sender(), to_addrs=[message.to])
    except smtplib.SMTPRecipientsRefused as error:
        codes = [code for code, _ in error.recipients.values()]
        return ("refused" if all(code >= 500 for code in codes) else "deferred"), _describe(error)
    except smtplib.SMTPResponseException as error:
        return ("refused" if error.smtp_code >= 500 else "deferred"), _describe(error)
    except (OSError, smtplib.SMTPException) as error:
        # The connection broke: whether the server kept the message is unknown, so it stays queued.
        return "lost", f"lost the connection to the SMTP server while sending: {_describe(error)}"
    return "sent", ""


def _record(message: OutboxMessage, outcome: str, error: str) -> None:
    now = timezone.now()
    if outcome == "sent":
        OutboxMessage.objects.filter(pk=message.pk).update(sent_at=now, last_error="")
        return
    changes = {"attempts": F("attempts") + 1, "last_error": error}
    if outcome == "refused":
        changes["failed_at"] = now
    OutboxMessage.objects.filter(pk=message.pk).update(**changes)


def _note_failure_of_all(error: str) -> None:
    with transaction.atomic():
        claimable = OutboxMessage.objects.pending().select_for_update(skip_locked=True)
        ids = list(claimable.values_list("pk", flat=True))
        OutboxMessage.objects.filter(pk__in=ids).update(
            attempts=F("attempts") + 1, last_error=error
        )


def as_email(message: OutboxMessage) -> EmailMessage:
    email = EmailMessage()
    email["From"] = mail_from()
    email["To"] = message.to
    email["Subject"] = message.subject
    email["Date"] = formatdate(usegmt=True)
    email["Message-ID"] = message.message_id
    for name, value in message.headers.items():
        email[name] = value
    email.set_content(message.body)
    return email


def _connect(config: SmtpConfig) -> smtplib.SMTP:
    smtp = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
    try:
        if config.starttls:
            smtp.starttls(context=ssl.create_default_context())
        if config.user:
            smtp.login(config.user, config.password)
    except BaseException:
        smtp.close()
        raise
    return smtp


def _quit(smtp: smtplib.SMTP) -> None:
    # Every message is already marked: a server that hangs up first changes nothing.
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()


def _envelope_sender() -> str:
    return parseaddr(mail_from())[1]


def _describe(error: BaseException) -> str:
    if isinstance(error, smtplib.SMTPResponseException):
        return f"{error.smtp_code} {error.smtp_error.decode(errors='replace')}"
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return "; ".join(
            f"{to}: {code} {text.decode(errors='replace')}"
            for to, (code, text) in error.recipients.items()
        )
    return str(error) or type(error).__name__
