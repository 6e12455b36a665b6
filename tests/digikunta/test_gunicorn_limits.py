"""gunicorn with the repository's gunicorn.conf.py, as the README's production example runs it:
its limits hold, and a 200 MB upload is answered 413 without being read."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from django.test import SimpleTestCase

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class GunicornLimitsTestCase(SimpleTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.port = free_port()
        environment = {
            "PATH": os.environ.get("PATH", ""),
            "DEBUG": "false",
            "SECRET_KEY": "x" * 50,
            "ALLOWED_HOSTS": "127.0.0.1",
            "STATIC_MANIFEST": "false",
            "SECURE_COOKIES": "false",
            "LOG_LEVEL": "CRITICAL",
        }
        cls.server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "digikunta.wsgi"]
            + ["--bind", f"127.0.0.1:{cls.port}", "--workers", "1", "--no-control-socket"],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", cls.port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)

    @classmethod
    def tearDownClass(cls):
        cls.server.terminate()
        cls.server.wait(timeout=10)
        super().tearDownClass()

    def status_of(self, head: bytes, body: bytes = b"") -> str:
        """The status line gunicorn answers to a request that starts with head and body."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=10) as connection:
            connection.sendall(head + b"\r\n" + body)
            return connection.recv(4096).split(b"\r\n", 1)[0].decode()

    def test_a_200_megabyte_upload_is_refused_unread(self):
        head = (
            b"POST /sv/min-anmalan/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: multipart/form-data; boundary=x\r\n"
            b"Content-Length: 209715200\r\n"
        )
        # Only the first 64 KiB are ever sent: the answer comes without waiting for the rest.
        self.assertEqual(
            self.status_of(head, b"--x" + b"a" * 65536), "HTTP/1.1 413 Request Entity Too Large"
        )

    def test_an_address_too_long_for_the_site_gets_its_400_page(self):
        head = b"GET /fi/kokeilut/?q=" + b"x" * 5000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        self.assertEqual(self.status_of(head), "HTTP/1.1 400 Bad Request")

    def test_an_absurd_request_line_is_refused_by_gunicorn(self):
        head = b"GET /fi/kokeilut/?q=" + b"x" * 8200 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        self.assertEqual(self.status_of(head), "HTTP/1.1 414 URI Too Long")

    def test_too_many_headers_are_refused(self):
        headers = b"".join(b"X-%d: a\r\n" % number for number in range(60))
        head = b"GET /fi/ HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers
        self.assertEqual(self.status_of(head), "HTTP/1.1 431 Request Header Fields Too Large")

    def test_a_page_answers_within_the_limits(self):
        head = b"GET /robots.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        self.assertEqual(self.status_of(head), "HTTP/1.1 200 OK")
