"""How long a PDF profile takes: one state's PDF rendered uncached, and `treatywatch bake`
with every state's PDF against the same bake with one (`--pdf-sample usa`).

Works on a fresh SQLite database in a temporary folder, loaded with the bundled dataset.
The PDFs are rendered in-process through the site (Django's test client, the page cache
cleared before each), after one warm-up render that reads the system's fonts.

    .venv/bin/python bench/bench_pdf.py [--rounds 3] [--no-bake]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TREATYWATCH = str(Path(sys.executable).parent / "treatywatch")
# The states of issue 8's reading list: short and long records, parties and not.
SAMPLE = ["usa", "ukr", "pol", "fin", "rus", "ton", "afg"]


def render_times(rounds: int) -> dict[str, list[float]]:
    import django
    from django.core.cache import cache
    from django.test import Client

    django.setup()
    client = Client()
    client.get("/countries/ton.pdf")  # warm-up: fonts, templates
    times: dict[str, list[float]] = {iso3: [] for iso3 in SAMPLE}
    for _ in range(rounds):
        for iso3 in SAMPLE:
            cache.clear()
            started = time.perf_counter()
            response = client.get(f"/countries/{iso3}.pdf")
            times[iso3].append(time.perf_counter() - started)
            assert response.status_code == 200 and response.content.startswith(b"%PDF-")
    return times


def bake_seconds(folder: Path, *options: str) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        [TREATYWATCH, "bake", str(folder / "site"), *options],
        check=True,
        capture_output=True,
        text=True,
    )
    return time.perf_counter() - started, done.stdout.strip().split(": ", 1)[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-bake", action="store_true", help="time the PDFs only")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["TREATYWATCH_DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "treatywatch.settings")
        for command in (["migrate", "--verbosity", "0"], ["load"]):
            subprocess.run([TREATYWATCH, *command], check=True, capture_output=True)
        times = render_times(options.rounds)
        _print_renders(times)
        if not options.no_bake:
            _print_bakes(Path(folder))
    print(f"load average at the end: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")


def _print_renders(times: dict[str, list[float]]) -> None:
    every = [seconds for state in times.values() for seconds in state]
    for iso3, seconds in times.items():
        print(
            f"PDF of {iso3}, uncached, median of {len(seconds)}: {statistics.median(seconds):6.2f} s"
        )
    print(
        f"PDF of one profile, median over the sample:  {statistics.median(every):6.2f} s   (target: under 2 s)"
    )


def _print_bakes(folder: Path) -> None:
    one, said_one = bake_seconds(folder, "--pdf-sample", "usa")
    every, said_every = bake_seconds(folder)
    print(f"bake with one PDF (--pdf-sample usa), whole command: {one:7.1f} s   ({said_one})")
    print(f"bake with every state's PDF, whole command:          {every:7.1f} s   ({said_every})")
    print(f"the PDFs add:                                         {every - one:7.1f} s")


if __name__ == "__main__":
    main()
