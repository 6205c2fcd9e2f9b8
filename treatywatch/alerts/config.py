"""What a deployment sets for alerts, read from TREATYWATCH_* variables when needed (never at
import time, so a test or a long-running sender sees the environment it was started with)."""

import os
from dataclasses import dataclass
from email.utils import parseaddr

DEFAULT_SITE_URL = "http://127.0.0.1:8000"
DEFAULT_MAIL_FROM = "TreatyWatch <alerts@localhost>"


def site_url() -> str:
    """The public address of the site, for absolute links in emails: no trailing slash."""
    return os.environ.get("TREATYWATCH_SITE_URL", DEFAULT_SITE_URL).rstrip("/")


def absolute(path: str) -> str:
    return site_url() + path


def mail_from() -> str:
    return os.environ.get("TREATYWATCH_MAIL_FROM", DEFAULT_MAIL_FROM)


def mail_domain() -> str:
    """The domain of the sender's address: Message-IDs are made under it."""
    address = parseaddr(mail_from())[1]
    return address.rpartition("@")[2] or "localhost"


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    user: str
    password: str
    starttls: bool
    timeout: float

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"


def smtp_config() -> SmtpConfig:
    environ = os.environ
    return SmtpConfig(
        host=environ.get("TREATYWATCH_SMTP_HOST", "127.0.0.1"),
        port=int(environ.get("TREATYWATCH_SMTP_PORT", "25")),
        user=environ.get("TREATYWATCH_SMTP_USER", ""),
        password=environ.get("TREATYWATCH_SMTP_PASSWORD", ""),
        starttls=environ.get("TREATYWATCH_SMTP_STARTTLS", "0") == "1",
        # A server that accepts the connection and then hangs must not stall the sender for ever.
        timeout=float(environ.get("TREATYWATCH_SMTP_TIMEOUT", "30")),
    )
