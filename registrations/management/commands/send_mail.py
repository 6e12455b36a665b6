"""The mail worker: sends the queued e-mail (registrations.services.outbox), round after round,
until it is stopped (SIGTERM or Ctrl-C, after the message in hand). Any number may run at once.
"""

import logging
import signal
import threading

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from registrations.services import outbox

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Send the queued e-mail, trying failures again with growing pauses. Runs until "
        "stopped; --once does one round and stops (for tests, or cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="One round, then stop (for tests, or cron)."
        )
        parser.add_argument(
            "--interval",
            type=float,
            default=2.0,
            help="Seconds between rounds (default 2): how long a new message may wait.",
        )

    def handle(self, *args, once=False, interval=2.0, **options):
        if once:
            self.report(outbox.work())
            return
        stopping = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stopping.set())
        self.stdout.write(f"Sending the queued e-mail every {interval:g} s; Ctrl-C stops.")
        try:
            while not stopping.is_set():
                # A connection that the database closed meanwhile is replaced, not reused.
                close_old_connections()
                try:
                    done = outbox.work(stopping=stopping.is_set)
                except Exception:  # the database may be away for a moment: wait and go on
                    logger.exception("A round of the mail worker failed; trying again.")
                    done = None
                if done and done.handled:
                    self.report(done)
                stopping.wait(interval)
        except KeyboardInterrupt:
            pass
        self.stdout.write("The mail worker stopped.")

    def report(self, done: outbox.Round) -> None:
        self.stdout.write(
            f"Requests for new links: {done.link_requests}. E-mail sent: {done.sent}, "
            f"to be tried again: {done.retrying}, failed: {done.failed}."
        )
