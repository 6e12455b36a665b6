"""The site as production runs it, for the benchmark: gunicorn with two sync workers on
127.0.0.1, on the benchmark's database, and the resident memory of its workers."""

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from django.conf import settings

WORKERS = 2


class Server:
    def __init__(self, *, port: int, env: dict[str, str]):
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.env = {**os.environ, **env}
        self.process: subprocess.Popen | None = None

    def __enter__(self):
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "digikunta.wsgi",
                "--workers",
                str(WORKERS),
                "--worker-class",
                "sync",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--log-level",
                "warning",
            ],
            cwd=settings.BASE_DIR,
            env=self.env,
        )
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{self.url}/robots.txt", timeout=2).read()
                return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not answer on 127.0.0.1")

    def __exit__(self, *exc):
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=30)

    def worker_cpu_seconds(self) -> float:
        """The CPU time the workers have used so far (user and system, from /proc): what the
        requests cost in Python, whatever else the machine is doing."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        ticks = 0
        for pid in children.read_text().split():
            # After the process's name (in parentheses), utime and stime are the 12th and 13th.
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])
        return ticks / os.sysconf("SC_CLK_TCK")

    def worker_rss_mib(self) -> list[float]:
        """The resident memory of each worker, from /proc."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        rss = []
        for pid in children.read_text().split():
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    rss.append(int(line.split()[1]) / 1024)
        return rss
