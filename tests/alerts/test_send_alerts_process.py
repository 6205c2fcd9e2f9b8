"""`treatywatch send-alerts` as a process of its own, killed or stopped as a power cut or an
operator would. Each test gets a fresh SQLite file that both processes open; the SMTP
server is the real one on loopback from conftest.py."""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

TREATYWATCH = str(Path(sys.executable).parent / "treatywatch")
PATIENCE = 60  # seconds: the bound on every wait, never an expectation of speed
QUEUE_SCRIPT = """
import sys, django
django.setup()
from treatywatch.alerts.outbox import queue_email
for n in range(int(sys.argv[1])):
    print(queue_email(f"reader{n}@example.org", f"Message {n}", "Body").message_id)
"""


@pytest.fixture(scope="module")
def migrated_file(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("outbox")
    path = folder / "template.sqlite3"
    result = subprocess.run(
        [TREATYWATCH, "migrate", "--verbosity", "0"],
        env=_env(path, folder),
        capture_output=True,
        text=True,
        timeout=PATIENCE * 3,
    )
    assert result.returncode == 0, result.stderr
    return path


class Outbox:
    """The sender's world: its database file and its environment."""

    def __init__(self, path: Path):
        self.path = path
        self.env = _env(path, path.parent)

    def queue(self, count: int) -> list[str]:
        result = self._run([sys.executable, "-c", QUEUE_SCRIPT, str(count)])
        return result.stdout.split()

    def send_alerts(self) -> subprocess.CompletedProcess:
        return self._run([TREATYWATCH, "send-alerts"])

    def start_send_alerts(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen(
            [TREATYWATCH, "send-alerts", *args],
            env=self.env,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

    def sent(self) -> list[str]:
        with sqlite3.connect(self.path) as db:
            rows = db.execute(
                "SELECT message_id FROM alerts_outboxmessage WHERE sent_at IS NOT NULL ORDER BY id"
            )
            return [message_id for (message_id,) in rows]

    def _run(self, command: list[str]) -> subprocess.CompletedProcess:
        return subprocess.run(
            command, env=self.env, capture_output=True, text=True, timeout=PATIENCE
        )


@pytest.fixture
def outbox(migrated_file, tmp_path, alert_env) -> Outbox:
    path = tmp_path / "outbox.sqlite3"
    shutil.copyfile(migrated_file, path)
    return Outbox(path)


def _env(database: Path, home: Path) -> dict:
    # os.environ as the test set it (alert_env): the SMTP server's port and the sender's address.
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "treatywatch.settings",
        "TREATYWATCH_DATABASE_URL": f"sqlite:///{database}",
        "XDG_DATA_HOME": str(home),
    }


def wait_until(condition) -> bool:
    deadline = time.monotonic() + PATIENCE
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def kill_while_the_server_holds_a_message(outbox, smtp):
    sender = outbox.start_send_alerts()
    assert smtp.inbox.holding.wait(PATIENCE), "the sender never reached the held message"
    sender.kill()  # SIGKILL: no cleanup, like a power cut
    sender.wait(PATIENCE)
    smtp.inbox.release.set()


def test_a_sender_killed_mid_run_resends_none_of_the_messages_already_accepted(outbox, smtp):
    queued = outbox.queue(5)
    smtp.inbox.trouble[3] = "hold"  # the server has not kept the third message when the sender dies
    kill_while_the_server_holds_a_message(outbox, smtp)
    assert outbox.sent() == queued[:2]
    result = outbox.send_alerts()
    assert result.returncode == 0, result.stderr
    assert smtp.inbox.count_by_message_id() == {message_id: 1 for message_id in queued}
    assert outbox.sent() == queued


def test_a_sender_killed_between_the_servers_acceptance_and_its_own_record_resends_that_one_only(
    outbox, smtp
):
    # The documented window: the server kept the third message, the sender died before it knew.
    queued = outbox.queue(5)
    smtp.inbox.trouble[3] = "keep-then-hold"
    kill_while_the_server_holds_a_message(outbox, smtp)
    assert outbox.send_alerts().returncode == 0
    counts = smtp.inbox.count_by_message_id()
    assert counts == {**{message_id: 1 for message_id in queued}, queued[2]: 2}


def test_the_command_exits_1_with_one_line_while_the_server_is_down(outbox, stopped_smtp):
    outbox.queue(2)
    result = outbox.send_alerts()
    assert result.returncode == 1
    assert result.stderr.startswith(
        "treatywatch send-alerts: cannot use the SMTP server 127.0.0.1:"
    )
    assert result.stderr.count("\n") == 1 and result.stderr.endswith("2 email(s) stay queued\n")


def test_the_loop_sends_what_is_queued_while_it_runs_and_stops_cleanly_on_sigterm(outbox, smtp):
    first = outbox.queue(2)
    sender = outbox.start_send_alerts("--loop", "0.2")
    try:
        assert wait_until(lambda: len(smtp.inbox.accepted) == 2)
        later = outbox.queue(1)
        assert wait_until(lambda: len(smtp.inbox.accepted) == 3)
        sender.send_signal(signal.SIGTERM)
        assert sender.wait(PATIENCE) == 0
    finally:
        sender.kill()
    assert smtp.inbox.count_by_message_id() == {message_id: 1 for message_id in first + later}


def test_the_loop_outlives_the_server_going_down_and_catches_up_when_it_returns(
    outbox, stopped_smtp
):
    queued = outbox.queue(2)
    sender = outbox.start_send_alerts("--loop", "0.2")
    try:
        assert wait_until(lambda: "stay queued" in _read_some(sender))
        stopped_smtp.start()
        assert wait_until(lambda: len(stopped_smtp.inbox.accepted) == 2)
        sender.send_signal(signal.SIGTERM)
        assert sender.wait(PATIENCE) == 0
    finally:
        sender.kill()
    assert stopped_smtp.inbox.count_by_message_id() == {message_id: 1 for message_id in queued}


def _read_some(process: subprocess.Popen) -> str:
    return process.stderr.readline()
