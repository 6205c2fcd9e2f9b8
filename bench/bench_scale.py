"""How cost grows with the size of the record: synthetic records at 1x, 10x and 100x today's
size, on SQLite and on PostgreSQL, side by side. Prints figures; asserts nothing about time.

    .venv/bin/python bench/bench_scale.py [--sizes 1,10,100] [--databases sqlite,postgresql]
                                          [--repeat 5] [--states 9] [--quick]

For each size k, bench/scale_records.py writes a dataset folder with k times today's
per-state facts (events, figures, UNGA resolutions and their votes, compliance findings,
extensions, and the sources they cite; the ~200 states and their treaty actions stay as
they are), and a copy of it with about 1% of those rows corrected or removed. Then, on a
fresh database of each kind:

- `treatywatch validate` and `treatywatch load` of the folder, whole commands as a user
  runs them (the start-up of a command, `treatywatch --version`, is given for reference);
  `load` again (nothing changes), and `load` of the corrected copy;
- revisions (one corrected vote each) and feedback messages written straight into the
  database, 200 of each at 1x;
- in one process, with Django's test client, each request after a warm-up and with the
  page cache emptied: a country profile (median over several states), the engine's treaty
  records rebuilt (what the first page after a publication pays), the Mine Ban Treaty page,
  the API's status list, search (median over a few queries), and the claim checker (a
  press release checked through the API, and its snapshot of the record rebuilt).

Each figure is the best of its runs (of a path's requests, of a command's runs below 100x),
since the other work on a shared machine only ever adds to a time; where several paths are
measured (states, queries), the median of their best times.

The commands run size after size; the in-process measurements are taken by one worker
per size (bench/scale_worker.py), asked in turn, round after round, so that whatever else
the 2 cores are doing falls on every size alike.

Then a table per database: each figure, its ratio to the 1x figure of the same run, and
the growth exponent log(t_max/t_min) / log(k_max/k_min) (1.0 is linear, 2.0 quadratic),
from the smallest size and from the second (where a command's start-up weighs less).
PostgreSQL runs under scripts/with-postgres, on a free loopback port, removed afterwards.
"""

import argparse
import json
import math
import os
import platform
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from scale_records import NOMINAL, base_counts, build_changed_copy, build_dataset

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
BIN = Path(sys.executable).parent
TREATYWATCH = str(BIN / "treatywatch")
WITH_POSTGRES = REPO / "scripts" / "with-postgres"
PROFILE_GOAL_MS = 50
LINEAR = 1.1

# Measured in the workers, one round at a time (scale_worker.py).
IN_PROCESS = (
    "profile",
    "profile, no votes",
    "treaty records",
    "treaty page",
    "API status list",
    "search",
    "claim checker",
    "claims snapshot",
)
# (key, label, unit) in the order of the table.
OPERATIONS = (
    ("startup", "command start-up (`treatywatch --version`)", "s"),
    ("validate", "`treatywatch validate`", "s"),
    ("load", "`treatywatch load` into an empty database", "s"),
    ("load again", "`load` again, nothing changes", "s"),
    ("load changes", "`load` of the copy with ~1% corrected or removed", "s"),
    ("profile", "country profile, uncached (median of the states)", "ms"),
    ("profile, no votes", "profile of a state that does not vote in the UNGA, uncached", "ms"),
    ("treaty records", "engine's treaty records rebuilt, both treaties", "ms"),
    ("treaty page", "treaty page /treaties/mbt/, uncached", "ms"),
    ("API status list", "API /api/v1/treaties/mbt/status", "ms"),
    ("search", "search /search/?q= (median of the queries)", "ms"),
    ("claim checker", "claim checker, POST /api/v1/check of a press release", "ms"),
    ("claims snapshot", "claim checker's snapshot of the record rebuilt", "ms"),
)


def main() -> None:
    options = _options()
    if options.inside:
        _inside_one_database(options)
        return
    print(_machine())
    work = Path(tempfile.mkdtemp(prefix="treatywatch-scale-"))
    try:
        folders = _build_datasets(work, options.sizes)
        for database in options.databases:
            started = time.perf_counter()
            results = _run_database(database, work, folders, options)
            minutes = (time.perf_counter() - started) / 60
            _print_report(database, results, options.sizes, minutes)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _options() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        type=_sizes,
        default=None,
        help="comma-separated multiples of today's record (default 1,10,100; --quick: 1,10)",
    )
    parser.add_argument(
        "--databases",
        type=lambda text: text.split(","),
        default=["sqlite", "postgresql"],
        help="sqlite, postgresql or both (default both)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=None,
        help="rounds of the page measurements (default 5; --quick 3)",
    )
    parser.add_argument(
        "--states", type=int, default=None, help="profiles measured (default 9; --quick 5)"
    )
    parser.add_argument(
        "--quick", action="store_true", help="sizes 1 and 10, fewer requests: about a minute"
    )
    # Used by the run itself: PostgreSQL's measurements run under scripts/with-postgres.
    parser.add_argument("--inside", help=argparse.SUPPRESS)
    options = parser.parse_args()
    options.sizes = options.sizes or ([1, 10] if options.quick else [1, 10, 100])
    options.repeat = options.repeat or (3 if options.quick else 5)
    options.states = options.states or (5 if options.quick else 9)
    unknown = set(options.databases) - {"sqlite", "postgresql"}
    if unknown:
        parser.error(f"unknown database {', '.join(sorted(unknown))}: use sqlite or postgresql")
    return options


def _sizes(text: str) -> list[int]:
    sizes = sorted({int(part) for part in text.split(",") if part.strip()})
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError("sizes are whole multiples of today's record, from 1")
    return sizes


def _machine() -> str:
    versions = [f"Python {platform.python_version()}", f"SQLite {sqlite3.sqlite_version}"]
    django = subprocess.run(
        [sys.executable, "-c", "import django; print(django.get_version())"],
        capture_output=True,
        text=True,
    )
    versions.append(f"Django {django.stdout.strip()}")
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    return (
        f"{platform.machine()}, {os.cpu_count()} cores, {', '.join(versions)}; "
        f"load average at the start: {load}"
    )


def _build_datasets(work: Path, sizes: list[int]) -> dict[int, tuple[Path, Path]]:
    folders = {}
    base = base_counts()
    for k in sizes:
        folder, changed = work / f"data-{k}x", work / f"data-{k}x-changed"
        built = build_dataset(folder, k)
        build_changed_copy(folder, changed)
        counts = ", ".join(
            f"{name.removesuffix('.csv')} {built.rows[name]:,}"
            for name in base
            if name in built.rows
        )
        extra = ", ".join(
            f"{name} {count * k:,}" for name, count in NOMINAL.items() if "." not in name
        )
        print(f"{k}x: {sum(built.rows.values()):,} rows in the files ({counts}); {extra}")
        folders[k] = (folder, changed)
    print()
    return folders


def _run_database(database: str, work: Path, folders, options) -> dict:
    """{size: {operation: figures}} for one kind of database."""
    out = work / f"{database}.json"
    args = [
        "--inside",
        json.dumps({"database": database, "work": str(work), "out": str(out)}),
        "--sizes",
        ",".join(map(str, options.sizes)),
        "--repeat",
        str(options.repeat),
        "--states",
        str(options.states),
    ]
    command = [sys.executable, str(BENCH / "bench_scale.py"), *args]
    if database == "postgresql":
        env = {**os.environ, "TREATYWATCH_TEST_PG_PORT": str(_free_port())}
        done = subprocess.run([str(WITH_POSTGRES), *command], env=env)
    else:
        done = subprocess.run(command)
    if done.returncode != 0 or not out.exists():
        raise SystemExit(f"the {database} run failed (exit {done.returncode})")
    return {int(k): figures for k, figures in json.loads(out.read_text()).items()}


def _inside_one_database(options) -> None:
    """Every size on one kind of database; the figures go to a JSON file. The commands run
    size after size; then one worker per size answers the in-process measurements, asked in
    turn, round after round, so that the machine's other work falls on every size alike."""
    job = json.loads(options.inside)
    work, sizes = Path(job["work"]), options.sizes
    databases, workers, results = {}, {}, {k: {} for k in sizes}
    try:
        for k in sizes:
            databases[k] = _Database(job["database"], work, k)
            folder, changed = work / f"data-{k}x", work / f"data-{k}x-changed"
            results[k].update(_commands(databases[k].env, folder, changed, k))
            print(f"  {job['database']}: {k}x loaded", file=sys.stderr)
        for k in sizes:
            workers[k] = _Worker(databases[k].env, k, options.states)
            results[k]["rows"] = workers[k].hello["rows"]
        times = {k: defaultdict(lambda: defaultdict(list)) for k in sizes}
        for round_number in range(options.repeat):
            # Each round in the other order: no size is always measured first.
            order = sizes if round_number % 2 == 0 else sizes[::-1]
            for operation in IN_PROCESS:
                for k in order:
                    for path, seconds in workers[k].ask(operation).items():
                        times[k][operation][path].append(seconds)
        for k in sizes:
            for operation, details in workers[k].hello["details"].items():
                best = [min(runs) for runs in times[k].get(operation, {}).values()]
                results[k][operation] = {**details, **_median(best)}
        print(f"  {job['database']}: pages measured", file=sys.stderr)
    finally:
        for worker in workers.values():
            worker.stop()
        for database in databases.values():
            database.drop()
    Path(job["out"]).write_text(json.dumps(results))


def _median(values: list[float]) -> dict:
    return {"seconds": statistics.median(values)} if values else {}


class _Database:
    """An empty, migrated database for one size, dropped by drop(); `env` names it."""

    def __init__(self, database: str, work: Path, k: int):
        self.database = database
        self.env = {
            **os.environ,
            "TREATYWATCH_PRIVATE_DIR": str(work / "private"),
            "DJANGO_SETTINGS_MODULE": "treatywatch.settings",
        }
        if database == "sqlite":
            self.path = work / f"scale-{k}x.sqlite3"
            self.env["TREATYWATCH_DATABASE_URL"] = f"sqlite:///{self.path}"
        else:
            self.server = os.environ["TREATYWATCH_DATABASE_URL"].rsplit("/", 1)[0]
            self.name = f"treatywatch_scale_{k}x"
            _postgres(self.server, f'CREATE DATABASE "{self.name}"')
            self.env["TREATYWATCH_DATABASE_URL"] = f"{self.server}/{self.name}"
        _run(["migrate", "--verbosity", "0"], self.env)

    def drop(self) -> None:
        if self.database == "sqlite":
            self.path.unlink(missing_ok=True)
        else:
            _postgres(self.server, f'DROP DATABASE "{self.name}" WITH (FORCE)')


def _postgres(server: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(statement)


def _commands(env: dict, folder: Path, changed: Path, k: int) -> dict:
    """The whole commands, as a user runs them; the best of 3 runs below 100x."""
    runs = 3 if k < 100 else 1
    seconds = {
        "startup": _best_seconds(lambda: _run(["--version"], env), runs),
        "validate": _best_seconds(lambda: _run(["validate", str(folder)], env), runs),
        "load": _seconds(lambda: _run(["load", str(folder)], env)),
        "load again": _seconds(lambda: _run(["load", str(folder)], env)),
        "load changes": _seconds(lambda: _run(["load", str(changed)], env)),
    }
    return {name: {"seconds": value} for name, value in seconds.items()}


class _Worker:
    """bench/scale_worker.py for one size: set up once, then asked one round at a time."""

    def __init__(self, env: dict, k: int, states: int):
        command = [sys.executable, str(BENCH / "scale_worker.py"), str(k), str(states)]
        self.k = k
        self.process = subprocess.Popen(
            command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        self.hello = self._read()

    def ask(self, operation: str) -> dict:
        self.process.stdin.write(operation + "\n")
        self.process.stdin.flush()
        return self._read()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.write("quit\n")
            self.process.stdin.close()
            self.process.wait(timeout=60)

    def _read(self) -> dict:
        line = self.process.stdout.readline()
        if not line:
            raise SystemExit(f"scale_worker.py at {self.k}x stopped (exit {self.process.wait()})")
        return json.loads(line)


def _run(args: list[str], env: dict) -> None:
    done = subprocess.run([TREATYWATCH, *args], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"treatywatch {' '.join(args)} failed:\n{done.stderr[-3000:]}")


def _seconds(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _best_seconds(action, runs: int) -> float:
    return min(_seconds(action) for _ in range(runs))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _print_report(database: str, results: dict, sizes: list[int], minutes: float) -> None:
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"### {database}: {minutes:.1f} min; load average at the end: {load}\n")
    spans = _spans(sizes)
    header = " | ".join(f"{k}x" for k in sizes)
    exponents = " | ".join(f"growth exponent {low}x..{high}x" for low, high in spans)
    print(f"| operation | {header} | {exponents} |")
    print("|---" * (len(sizes) + len(spans) + 1) + "|")
    for key, label, unit in OPERATIONS:
        baseline = results[sizes[0]].get(key, {})
        cells = [_cell(results[k].get(key, {}), baseline, unit) for k in sizes]
        growth = [_exponent(results, key, low, high) for low, high in spans]
        print(f"| {label} | {' | '.join(cells + growth)} |")
    print()
    for k in sizes:
        rows = ", ".join(f"{name} {count:,}" for name, count in results[k]["rows"].items())
        print(f"- {k}x: {rows}")
    _print_goals(results, sizes)


def _spans(sizes: list[int]) -> list[tuple[int, int]]:
    """The smallest to the largest size; and, with three sizes or more, the second to the
    largest, where a command's fixed start-up weighs less."""
    if len(sizes) < 2:
        return []
    spans = [(sizes[0], sizes[-1])]
    return spans + ([(sizes[1], sizes[-1])] if len(sizes) > 2 else [])


def _cell(figures: dict, baseline: dict, unit: str) -> str:
    if "missing" in figures:
        return figures["missing"]
    if "seconds" not in figures:
        return "not measured"
    value = figures["seconds"] * (1000 if unit == "ms" else 1)
    text = f"{value:,.1f} {unit}" if unit == "ms" else f"{value:,.2f} {unit}"
    if baseline.get("seconds") and figures is not baseline:
        text += f" ({figures['seconds'] / baseline['seconds']:.1f}x)"
    details = []
    if "queries" in figures:
        details.append(f"{figures['queries']} queries")
    if "kb" in figures:
        details.append(f"{figures['kb']:,.0f} KB")
    return text + (f", {', '.join(details)}" if details else "")


def _exponent(results: dict, key: str, first: int, last: int) -> str:
    """log(t_last / t_first) / log(last / first): 1.0 is linear growth, 2.0 quadratic."""
    low, high = results[first].get(key, {}), results[last].get(key, {})
    if first == last or not low.get("seconds") or not high.get("seconds"):
        return ""
    return f"{math.log(high['seconds'] / low['seconds']) / math.log(last / first):.2f}"


def _print_goals(results: dict, sizes: list[int]) -> None:
    """The issue's two goals, checked over every span the table gives. An exponent up to
    1.1 counts as linear: the figures of a shared machine are not finer than that."""
    last = sizes[-1]
    faster = [
        f"{label} ({low}x..{high}x: {value})"
        for key, label, _ in OPERATIONS
        for low, high in _spans(sizes)
        if (value := _exponent(results, key, low, high)) and float(value) > LINEAR
    ]
    profiles = {
        label: results[last][key]["seconds"] * 1000
        for key, label, _ in OPERATIONS
        if key.startswith("profile") and "seconds" in results[last].get(key, {})
    }
    over = [label for label, ms in profiles.items() if ms >= PROFILE_GOAL_MS]
    shown = "; ".join(f"{label}: {ms:,.1f} ms" for label, ms in profiles.items())
    print(
        "\nGoals: cost grows no faster than linearly: "
        + (f"not met by {'; '.join(faster)}" if faster else f"met (no exponent above {LINEAR})")
        + f". Uncached profile under {PROFILE_GOAL_MS} ms at {last}x: "
        + ("not met" if over else "met")
        + f" ({shown}).\n"
    )


if __name__ == "__main__":
    main()
