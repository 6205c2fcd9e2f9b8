"""HTTP speed on loopback: baked pages under nginx, the dynamic profile page and the API under
gunicorn, and the same state row served by Datasette, side by side in one run. Prints
figures; asserts nothing about time.

    .venv/bin/python bench/bench_http.py [--seconds 10] [--rounds 3] [--connections 32]

Installs what it needs when missing: nginx and wrk with apt (as root), gunicorn and
Datasette into this virtual environment (the project's `bench` extra). Everything listens
on 127.0.0.1 only, each wrk run is bounded in time, and every server is stopped at the end.

The servers run side by side and are measured in turn, round after round, so that whatever
else the 2 cores are doing falls on all of them alike; the report gives each one's best and
median round, and the TreatyWatch/Datasette ratio of each round.
"""

import argparse
import os
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from http_servers import LOOPBACK, Server, apt_ensure, fetch, free_port, wrk

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PROFILE = "/countries/usa/"
API_STATE = "/api/v1/states/usa"
# Datasette names a database after its file: treatywatch.db -> /treatywatch/...
DATASETTE_ROW = "/treatywatch/record_state/USA.json"


@dataclass
class Target:
    label: str
    url: str
    expect: bytes  # in the body of a right answer
    goal: str
    rates: list[float] = field(default_factory=list)
    bad: int = 0


def main() -> None:
    options = _options()
    # Stopped from outside (kill, a CI time limit): still run `finally`, stopping every server.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    missing = _ensure_tools()
    work = Path(tempfile.mkdtemp(prefix="treatywatch-bench-"))
    work.chmod(0o755)  # nginx's workers run as another user
    servers: list[Server] = []
    notes = [f"not installed, skipped: {name}" for name in missing]
    try:
        env = _prepare_database(work)
        bake_seconds, baked = _bake(work, env, notes)
        targets = _start_servers(options, work, env, baked, missing, servers)
        targets = _measurable(targets, notes)
        _measure(options, targets)
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)
    _print_report(options, bake_seconds, targets, notes)


def _options() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--seconds", type=int, default=10, help="length of each measured wrk run (default 10)"
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="measured runs of each server (default 3)"
    )
    parser.add_argument("--connections", type=int, default=32, help="wrk connections (default 32)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument(
        "--workers", type=int, default=2, help="gunicorn worker processes (default 2)"
    )
    return parser.parse_args()


def _ensure_tools() -> list[str]:
    missing = apt_ensure({"nginx": "nginx", "wrk": "wrk"})
    if not (BIN / "gunicorn").exists() or not (BIN / "datasette").exists():
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "-e", f"{REPO}[bench]"], check=False
        )
    return missing + [name for name in ("gunicorn", "datasette") if not (BIN / name).exists()]


def _prepare_database(work: Path) -> dict:
    """A fresh SQLite database with the bundled record; the environment that names it."""
    env = {**os.environ, "TREATYWATCH_DATABASE_URL": f"sqlite:///{work / 'treatywatch.db'}"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    for command in (["migrate", "--verbosity", "0"], ["load"]):
        subprocess.run(
            [BIN / "treatywatch", *command], env=env, check=True, stdout=subprocess.DEVNULL
        )
    return env


def _bake(work: Path, env: dict, notes: list) -> tuple[float | None, Path | None]:
    """`treatywatch bake` of the whole site, timed as a user would: the whole command. With
    one state's PDF only: every state's takes minutes, timed by bench_pdf.py."""
    out = work / "site"
    started = time.perf_counter()
    done = subprocess.run(
        [BIN / "treatywatch", "bake", out, "--pdf-sample", "usa"],
        env=env,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        notes.append(
            f"bake failed or missing: {(done.stderr or done.stdout).strip().splitlines()[-1:]}"
        )
        return None, None
    notes.append(f"bake said: {done.stdout.strip().split(': ', 1)[-1]}")
    return seconds, out


def _start_servers(options, work, env, baked, missing, servers) -> list[Target]:
    targets = []
    if "wrk" in missing:
        return targets
    if baked and "nginx" not in missing:
        port = _start(servers, _nginx(work, baked))
        targets.append(
            Target(
                "baked profile page, nginx (1 worker)",
                _url(port, PROFILE),
                b"United States",
                "over 10,000 req/s",
            )
        )
    if "gunicorn" not in missing:
        port = _start(servers, _gunicorn(options, work, env))
        workers = f"gunicorn, {options.workers} sync workers"
        targets.append(
            Target(
                f"profile page {PROFILE} ({workers}, cached)",
                _url(port, PROFILE),
                b"United States",
                "over 500 req/s",
            )
        )
        targets.append(
            Target(
                f"API {API_STATE} ({workers})",
                _url(port, API_STATE),
                b'"USA"',
                "faster than Datasette",
            )
        )
    if "datasette" not in missing:
        port = _start(servers, _datasette(work))
        targets.append(
            Target(
                f"Datasette row {DATASETTE_ROW} (1 process, immutable)",
                _url(port, DATASETTE_ROW),
                b"United States",
                "",
            )
        )
    return targets


def _url(port: int, path: str) -> str:
    return f"http://{LOOPBACK}:{port}{path}"


def _nginx(work: Path, baked: Path) -> Server:
    port, config = free_port(), work / "nginx.conf"
    text = (REPO / "bench" / "nginx.conf.template").read_text()
    for word, value in {"@PORT@": str(port), "@ROOT@": str(baked), "@WORKDIR@": str(work)}.items():
        text = text.replace(word, value)
    config.write_text(text)
    return Server("nginx", ["nginx", "-c", str(config), "-p", str(work)], port, work / "nginx.log")


def _gunicorn(options, work: Path, env: dict) -> Server:
    port = free_port()
    production = {
        **env,
        "DJANGO_SETTINGS_MODULE": "treatywatch.settings_production",
        "TREATYWATCH_SECRET_KEY": secrets.token_urlsafe(50),
        "TREATYWATCH_ALLOWED_HOSTS": f"{LOOPBACK},localhost",
        # Plain HTTP on loopback: no redirect to HTTPS.
        "TREATYWATCH_SSL_REDIRECT": "0",
    }
    command = [
        str(BIN / "gunicorn"),
        "treatywatch.wsgi:application",
        "--bind",
        f"{LOOPBACK}:{port}",
        "--workers",
        str(options.workers),
        "--chdir",
        str(REPO),
    ]
    return Server("gunicorn", command, port, work / "gunicorn.log", env=production)


def _datasette(work: Path) -> Server:
    # A copy of the very database gunicorn serves: the same row, read by Datasette.
    copy = work / "datasette" / "treatywatch.db"
    copy.parent.mkdir()
    shutil.copy(work / "treatywatch.db", copy)
    port = free_port()
    # --immutable: Datasette's fastest mode, for a database that does not change.
    command = [
        str(BIN / "datasette"),
        "serve",
        "--immutable",
        str(copy),
        "--host",
        LOOPBACK,
        "--port",
        str(port),
    ]
    return Server("datasette", command, port, work / "datasette.log")


def _start(servers: list[Server], server: Server) -> int:
    servers.append(server)
    server.wait_until_listening()
    return server.port


def _measurable(targets: list[Target], notes: list) -> list[Target]:
    """The targets that give the right answer; a note for each that does not."""
    kept = []
    for target in targets:
        answer = fetch(target.url)
        if answer.status != 200 or target.expect not in answer.body:
            notes.append(f"{target.url}: HTTP {answer.status}, not measured")
            continue
        if "Datasette" not in target.label and "Content-Security-Policy" not in answer.headers:
            notes.append(f"{target.url}: no Content-Security-Policy header")
        kept.append(target)
    return kept


def _measure(options, targets: list[Target]) -> None:
    """A 2 s warm-up of each (caches, worker start-up), then the rounds, in turn."""
    for target in targets:
        wrk(target.url, 2, options.connections, options.threads)
    for _ in range(options.rounds):
        for target in targets:
            load = wrk(target.url, options.seconds, options.connections, options.threads)
            target.rates.append(load.requests_per_second)
            target.bad += load.bad_responses


def _print_report(options, bake_seconds: float | None, targets: list[Target], notes: list) -> None:
    # The load average says how much else the 2 cores were doing: figures vary with it.
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    print(
        f"wrk -t{options.threads} -c{options.connections} -d{options.seconds}s on {LOOPBACK}, "
        f"{options.rounds} rounds after a 2 s warm-up; load average at the end: {load}\n"
    )
    print("| what | best round | median round | bad answers | target |")
    print("|---|---|---|---|---|")
    bake = f"{bake_seconds:.1f} s" if bake_seconds else "missing"
    print(
        f"| `treatywatch bake` of the whole site with one PDF (`--pdf-sample usa`), whole command | {bake} | | | under 15 s |"
    )
    for target in targets:
        print(
            f"| {target.label} | {max(target.rates):,.0f} req/s | {statistics.median(target.rates):,.0f} req/s | {target.bad} | {target.goal} |"
        )
    _print_ratio(targets)
    for note in notes:
        print(f"- {note}")


def _print_ratio(targets: list[Target]) -> None:
    api = next((t for t in targets if t.label.startswith("API")), None)
    datasette = next((t for t in targets if t.label.startswith("Datasette")), None)
    if api and datasette:
        ratios = [ours / theirs for ours, theirs in zip(api.rates, datasette.rates)]
        print(
            f"| ratio TreatyWatch API / Datasette, same row, round by round | {max(ratios):.2f}x | "
            f"{statistics.median(ratios):.2f}x | | above 1 |"
        )


if __name__ == "__main__":
    main()
