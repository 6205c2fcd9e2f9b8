"""Two `treatywatch send-alerts` processes at once share the queue and never send the same
message. Needs PostgreSQL's row locks (SQLite has none: one sender per SQLite database, as
docs/alerts.md says); the suite runs again on PostgreSQL."""

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from django.db import connection

TREATYWATCH = str(Path(sys.executable).parent / "treatywatch")
PATIENCE = 120  # seconds: the bound on every wait, never an expectation of speed
QUEUE_SCRIPT = """
import sys, django
django.setup()
from treatywatch.alerts.outbox import queue_email
for n in range(int(sys.argv[1])):
    print(queue_email(f"reader{n}@example.org", f"Message {n}", "Body").message_id)
"""

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="row locks need PostgreSQL; the suite runs again on it",
)


@pytest.fixture
def own_database(alert_env, tmp_path):
    """A database of its own on the test server: the senders must see committed rows, and the
    test database's record must stay as it is for the tests after this one."""
    settings = connection.settings_dict
    name = f"treatywatch_alerts_{os.getpid()}"
    server = dict(
        host=settings["HOST"],
        port=settings["PORT"] or 5432,
        user=settings["USER"],
        password=settings["PASSWORD"],
    )
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    auth = f"{server['user']}:{server['password']}" if server["password"] else server["user"]
    yield {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "treatywatch.settings",
        "XDG_DATA_HOME": str(tmp_path),
        "TREATYWATCH_DATABASE_URL": f"postgresql://{auth}@{server['host']}:{server['port']}/{name}",
    }
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(env, *command) -> subprocess.CompletedProcess:
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=PATIENCE)
    assert result.returncode == 0, result.stderr
    return result


def test_two_senders_at_once_share_the_queue_and_send_each_message_once(own_database, smtp):
    run(own_database, TREATYWATCH, "migrate", "--verbosity", "0")
    queued = run(own_database, sys.executable, "-c", QUEUE_SCRIPT, "12").stdout.split()
    smtp.inbox.rendezvous = True  # the first message waits until the other sender sends one too
    senders = [
        subprocess.Popen(
            [TREATYWATCH, "send-alerts"], env=own_database, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    for sender in senders:
        assert sender.wait(PATIENCE) == 0, sender.stderr.read()
    assert len(smtp.inbox.peers) == 2  # both really sent
    assert smtp.inbox.count_by_message_id() == {message_id: 1 for message_id in queued}
