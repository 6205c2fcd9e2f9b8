"""How long loading the whole bundled dataset into a fresh SQLite database takes.

Prints the time of `treatywatch load` into a new database (after migrate), the time of a
second load of the same files (nothing to change), and the ratio of the first to the time
of merely validating the files, measured in the same run.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TREATYWATCH = str(Path(sys.executable).parent / "treatywatch")
RUNS = 3


def timed(args, env) -> float:
    start = time.perf_counter()
    subprocess.run([TREATYWATCH, *args], env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def one_run() -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "TREATYWATCH_DATABASE_URL": f"sqlite:///{folder}/bench.sqlite3"}
        timed(["migrate", "--verbosity", "0"], env)
        return timed(["validate"], env), timed(["load"], env), timed(["load"], env)


def main() -> None:
    runs = [one_run() for _ in range(RUNS)]
    validate, first, second = (statistics.median(column) for column in zip(*runs))
    print(f"validate only (whole command):       {validate:6.2f} s")
    print(f"load into a fresh SQLite database:   {first:6.2f} s   (target: under 5 s)")
    print(f"load again (nothing changes):        {second:6.2f} s")
    print(f"ratio first load / validate:         {first / validate:6.2f}")


if __name__ == "__main__":
    main()
