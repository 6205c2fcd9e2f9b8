"""Alerts are tested against a real SMTP server (aiosmtpd) on loopback, which a test may stop,
start again, or make misbehave; nothing in smtplib is mocked."""

import asyncio
import email
import email.policy
import socket
import threading
from collections import Counter
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

SITE = "https://treatywatch.example"
# Bounded waits only: a broken test fails after this long instead of hanging.
PATIENCE = 30


class Inbox:
    """The aiosmtpd handler: keeps every message it accepts, parsed. `trouble` lets a test
    make the server misbehave on the nth message that reaches DATA (counting from 1)."""

    def __init__(self):
        self.accepted: list[email.message.EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.data_seen = 0
        self.trouble: dict[int, str] = {}  # nth DATA -> "hang-up" | "hold" | "keep-then-hold"
        self.holding = threading.Event()  # set while a message is held
        self.release = threading.Event()
        self.rendezvous = False  # True: the first message waits for one from a second connection
        self.peers: set = set()  # the connections that reached DATA, when rendezvous is on
        self._together = threading.Event()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        # Addresses that say how the server should answer: for good (5xx) or for now (4xx).
        if address.startswith("refuse@"):
            return "550 5.1.1 No such mailbox"
        if address.startswith("defer@"):
            return "450 4.2.1 Mailbox busy, try later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.data_seen += 1
        if self.rendezvous:
            await self._meet(session.peer)
        trouble = self.trouble.get(self.data_seen)
        if trouble == "hang-up":
            server.transport.abort()  # the connection dies before the server answers
            return "451 gone"
        if trouble == "keep-then-hold":
            self._keep(envelope)
        if trouble in ("hold", "keep-then-hold"):
            return await self._hold()
        self._keep(envelope)
        return "250 Message accepted for delivery"

    async def _meet(self, peer):
        # Two senders are certainly at work at once when both are in the middle of a message.
        self.peers.add(peer)
        if len(self.peers) > 1:
            self._together.set()
        await asyncio.get_running_loop().run_in_executor(None, self._together.wait, PATIENCE)

    async def _hold(self):
        # Never answer until the test says so: the sender waits in the middle of a message.
        self.holding.set()
        await asyncio.get_running_loop().run_in_executor(None, self.release.wait, PATIENCE)
        return "451 Held by the test"

    def _keep(self, envelope):
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        self.accepted.append(
            email.message_from_bytes(envelope.content, policy=email.policy.default)
        )

    def count_by_message_id(self) -> Counter:
        return Counter(message["Message-ID"] for message in self.accepted)

    def to(self, address: str) -> list:
        return [message for message in self.accepted if message["To"] == address]


class SmtpServer:
    """A real SMTP server on 127.0.0.1 and a port of its own; stop() and start() keep the port."""

    def __init__(self, port: int):
        self.port = port
        self.inbox = Inbox()
        self._controller = None

    def start(self) -> None:
        self._controller = Controller(
            self.inbox, hostname="127.0.0.1", port=self.port, ready_timeout=PATIENCE
        )
        self._controller.start()

    def stop(self) -> None:
        """Stop now: a connection in the middle of a message is cut, not answered."""
        if self._controller is not None:
            self._controller.stop()
            self._controller = None
        self.inbox.release.set()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def alert_env(monkeypatch):
    """The variables a deployment sets; the SMTP port is one where nothing listens yet."""
    port = free_port()
    monkeypatch.setenv("TREATYWATCH_SITE_URL", SITE + "/")
    monkeypatch.setenv("TREATYWATCH_MAIL_FROM", "TreatyWatch <alerts@treatywatch.example>")
    monkeypatch.setenv("TREATYWATCH_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("TREATYWATCH_SMTP_PORT", str(port))
    monkeypatch.setenv("TREATYWATCH_SMTP_TIMEOUT", str(PATIENCE))
    return port


@pytest.fixture
def stopped_smtp(alert_env):
    server = SmtpServer(alert_env)
    yield server
    server.stop()


@pytest.fixture
def smtp(stopped_smtp):
    stopped_smtp.start()
    return stopped_smtp


@pytest.fixture
def send_alerts():
    """`treatywatch send-alerts` in this process (so it sees the test's transaction): returns
    (exit status, stdout)."""

    def run(*args: str) -> tuple[int, str]:
        out = []

        class Out:
            def write(self, text):
                out.append(text)

            def flush(self):
                pass

        try:
            call_command("send-alerts", *args, stdout=Out())
        except CommandError as error:
            return error.returncode, str(error)
        return 0, "".join(out)

    return run


@pytest.fixture
def publish(db):
    """Publish Revision rows together, as the loader does, and return them."""
    from treatywatch.record.models import Revision, State

    def make(*iso3s, summary="1 event created"):
        now = timezone.now()
        names = dict(
            State.objects.filter(iso3__in=[c for c in iso3s if c]).values_list("iso3", "name")
        )
        return [
            Revision.objects.create(
                published_at=now,
                state_id=iso3,
                state_name=names.get(iso3, ""),
                summary=summary,
                changes=[{"file": "events.csv", "key": f"{iso3}-test", "change": "created"}],
            )
            for iso3 in iso3s
        ]

    return make


@pytest.fixture
def subscribed(db):
    """A subscription, confirmed unless told otherwise."""
    from treatywatch.alerts.models import Subscription

    def make(address, iso3=None, confirmed=True):
        confirmed_at = timezone.now() - timedelta(days=1) if confirmed else None
        return Subscription.objects.create(email=address, state_id=iso3, confirmed_at=confirmed_at)

    return make
