"""The README's two commands, as make would run them (make -n prints without running)."""

import subprocess
from pathlib import Path

from django.test import SimpleTestCase

ROOT = Path(__file__).resolve().parent.parent


def planned(*arguments: str) -> str:
    return subprocess.run(
        ["make", "-n", *arguments], cwd=ROOT, capture_output=True, text=True, timeout=60
    ).stdout


class RunTestCase(SimpleTestCase):
    def test_the_links_in_e_mail_lead_to_the_port_the_server_runs_on(self):
        commands = planned("run", "PORT=8123")
        self.assertIn("SITE_URL=${SITE_URL:-http://127.0.0.1:8123}", commands)
        self.assertIn("runserver 127.0.0.1:8123", commands)
        self.assertIn("manage.py send_mail &", commands, "the mail worker runs beside it")
