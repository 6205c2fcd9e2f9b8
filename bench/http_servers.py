"""The servers and the load generator bench_http.py runs, all on 127.0.0.1 only.

Every server is started in its own process group and stopped by that group's id, so
nothing started here outlives the run, whatever way it ends."""

import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

LOOPBACK = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]


def apt_ensure(programs: dict[str, str]) -> list[str]:
    """Install the Debian packages of the programs not on PATH ({program: package});
    return the programs still missing (apt needs root)."""
    missing = {name: package for name, package in programs.items() if not _which(name)}
    if missing and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(
            ["apt-get", "update", "-qq"], env=env, check=False, stdout=subprocess.DEVNULL
        )
        packages = sorted(set(missing.values()))
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages],
            env=env,
            check=False,
            stdout=subprocess.DEVNULL,
        )
    return [name for name in programs if not _which(name)]


def _which(program: str) -> str | None:
    # nginx lives in /usr/sbin, which a non-root PATH may lack.
    return shutil.which(program) or shutil.which(program, path="/usr/sbin:/sbin")


class Server:
    """A server process, started in its own session and stopped with its whole group."""

    def __init__(
        self, name: str, command: list[str], port: int, log: Path, env: dict | None = None
    ):
        self.name, self.port = name, port
        self.command = [_which(command[0]) or command[0], *command[1:]]
        self.log = log
        self.process = subprocess.Popen(
            self.command,
            env=env,
            stdout=log.open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_until_listening(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"{self.name} exited: see {self.log}\n{self.log.read_text()[-2000:]}"
                )
            try:
                socket.create_connection((LOOPBACK, self.port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(
            f"{self.name} is not listening on {LOOPBACK}:{self.port} after {timeout} s"
        )

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


@dataclass
class Answer:
    status: int
    headers: dict
    body: bytes


def fetch(url: str) -> Answer:
    """One GET, whatever its status."""
    assert url.startswith(f"http://{LOOPBACK}:"), url
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return Answer(response.status, dict(response.headers), response.read())
    except urllib.error.HTTPError as error:
        return Answer(error.code, dict(error.headers), error.read())


@dataclass
class Load:
    url: str
    requests_per_second: float
    requests: int
    bad_responses: int  # non-2xx/3xx answers and socket errors
    latency: str


def wrk(url: str, seconds: int, connections: int, threads: int) -> Load:
    """Run wrk against a loopback URL for a bounded time and read its summary."""
    assert url.startswith(f"http://{LOOPBACK}:"), url
    done = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "5s", url],
        capture_output=True,
        text=True,
        timeout=seconds + 60,
        check=True,
    )
    return _parse_wrk(url, done.stdout)


def _parse_wrk(url: str, text: str) -> Load:
    def number(pattern: str, default: str = "0") -> str:
        found = re.search(pattern, text)
        return found.group(1) if found else default

    socket_errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", text))
    return Load(
        url=url,
        requests_per_second=float(number(r"Requests/sec:\s+([\d.]+)")),
        requests=int(number(r"(\d+) requests in")),
        bad_responses=int(number(r"Non-2xx or 3xx responses:\s+(\d+)")) + socket_errors,
        latency=number(r"Latency\s+(\S+)", "?"),
    )
