"""How long a country profile takes to render uncached on the bundled record.

Loads the bundled dataset into a fresh SQLite database, then requests the profile of every
state, and of the seven states issue #8 names, through Django's test client with the page
cache emptied before each request. Prints the median and the slowest, per group, of the
best of `ROUNDS` rounds per page, with the page's size and number of footnotes. Each time
is given as elapsed (wall clock) and as the process's CPU time: on a machine other jobs
keep busy, the CPU time is what the render itself costs.

    .venv/bin/python bench/bench_profile.py
"""

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NAMED = ("UKR", "POL", "FIN", "RUS", "TON", "AFG", "USA")
ROUNDS = 5
TREATYWATCH = str(Path(sys.executable).parent / "treatywatch")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["TREATYWATCH_DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
        for command in (["migrate", "--verbosity", "0"], ["load"]):
            subprocess.run([TREATYWATCH, *command], check=True, capture_output=True)
        _measure()


def _measure() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "treatywatch.settings")
    import django

    django.setup()
    from django.core.cache import cache
    from django.test import Client

    from treatywatch.record.models import State

    client, states = Client(), list(State.objects.values_list("iso3", flat=True))

    def render(iso3: str) -> tuple[tuple[float, float], bytes]:
        cache.clear()
        started, cpu = time.perf_counter(), time.process_time()
        response = client.get(f"/countries/{iso3.lower()}/")
        spent = (time.perf_counter() - started, time.process_time() - cpu)
        assert response.status_code == 200, (iso3, response.status_code)
        return spent, response.content

    for iso3 in states:  # templates, the engine's treaty records: built once
        render(iso3)
    best = {iso3: min(render(iso3)[0] for _ in range(ROUNDS)) for iso3 in states}
    _report("all states", [best[iso3] for iso3 in states])
    _report("the seven named", [best[iso3] for iso3 in NAMED])
    for iso3 in NAMED:
        content = render(iso3)[1]
        notes = len(re.findall(rb'<li id="fn-', content))
        wall, cpu = (t * 1000 for t in best[iso3])
        print(
            f"  {iso3}: {wall:6.1f} ms ({cpu:5.1f} ms CPU), {len(content) / 1024:4.0f} KB, {notes} notes"
        )


def _report(group: str, times: list[tuple[float, float]]) -> None:
    wall, cpu = ([t[n] * 1000 for t in times] for n in (0, 1))
    print(
        f"profile uncached, {group} ({len(times)}): median {statistics.median(wall):.1f} ms "
        f"({statistics.median(cpu):.1f} ms CPU), slowest {max(wall):.1f} ms "
        f"({max(cpu):.1f} ms CPU)   (target: median under 50 ms)"
    )


if __name__ == "__main__":
    main()
