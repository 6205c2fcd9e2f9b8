"""`treatywatch send-alerts [--loop SECONDS]`: deliver the outbox through SMTP.

Once (for a timer) by default: exit 0 when everything queued was sent or there was nothing
to send, 1 when something stays queued (server down, a message deferred). With --loop, it
runs until stopped, and a failed run is reported on stderr and retried on the next round.
"""

import argparse
import signal
import sys
import threading

from django.core.management.base import CommandError
from django.db import close_old_connections

from treatywatch.alerts.config import mail_from, smtp_config
from treatywatch.alerts.models import OutboxMessage
from treatywatch.alerts.sending import Report, send_pending
from treatywatch.command_base import TreatyWatchCommand


def seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0
    if not value > 0:
        raise argparse.ArgumentTypeError(
            f"--loop takes a number of seconds greater than 0, not '{text}'"
        )
    return value


class Command(TreatyWatchCommand):
    help = "Send the queued emails (alerts, confirmations) through the SMTP server set by TREATYWATCH_SMTP_*."

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop",
            type=seconds,
            metavar="SECONDS",
            help="run for ever, waiting SECONDS between runs",
        )

    def handle(self, *args, loop=None, **options):
        self.verbosity = options["verbosity"]
        self.require_migrated_database()
        config = self._config()
        if loop is None:
            self._finish(send_pending(config), fail=True)
        else:
            self._run_forever(config, loop)

    def _config(self):
        try:
            config = smtp_config()
        except ValueError as error:
            raise CommandError(
                f"TREATYWATCH_SMTP_PORT or _TIMEOUT is not a number ({error}): set it to one, e.g. 587"
            ) from error
        if "@" not in mail_from():
            raise CommandError(
                f"TREATYWATCH_MAIL_FROM '{mail_from()}' has no address: set it, e.g. 'TreatyWatch <alerts@example.org>'"
            )
        return config

    def _run_forever(self, config, pause: float):
        stopping = threading.Event()
        # systemd and Ctrl-C stop the loop between two messages, never in the middle of one.
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: stopping.set())
        while not stopping.is_set():
            close_old_connections()
            self._finish(send_pending(config, stop=stopping.is_set), fail=False)
            stopping.wait(pause)

    def _finish(self, report: Report, fail: bool):
        if report.sent or report.refused:
            self._say(f"sent {report.sent}, refused for good {report.refused}")
        if report.complete:
            return
        left = OutboxMessage.objects.pending().count()
        line = f"{report.problem or f'{report.deferred} deferred by the server'}; {left} email(s) stay queued"
        if fail:
            raise CommandError(line)
        sys.stderr.write(f"treatywatch send-alerts: {line}\n")

    def _say(self, line: str):
        if self.verbosity > 0:
            self.stdout.write(line)
