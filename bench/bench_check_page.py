"""How fast /check/ answers: a 1,000-word press release posted to the page, the whole Django
stack (middleware, CSRF-exempt test client, form, reader, checker, throttle, template), on
the bundled record in a fresh SQLite database. Prints the median and the 90th percentile of
the page, and of POST /api/v1/check on the same text for comparison (target: the page under
300 ms median). The first request, which builds the record's snapshot and spaCy's pipeline,
is timed apart: it is paid once per process and record version.

    .venv/bin/python bench/bench_check_page.py [--runs 40]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TREATYWATCH = str(Path(sys.executable).parent / "treatywatch")
WORDS = 1000
# Campaign prose with the kinds of claim the checker looks for, and sentences without any.
PARAGRAPHS = [
    "Geneva, 30 November 2009. Ten years after the Mine Ban Treaty entered into force, a total "
    "of 156 nations are party to it, and the Second Review Conference in Cartagena in 2009 "
    "opens this week with delegations from every region.",
    "Burma is not party to the treaty, and nearly all of the 37 states that have not yet "
    "joined the Mine Ban Treaty still stockpile antipersonnel mines. The United States has "
    "not used antipersonnel mines since 1991, its delegation said, though it has not joined.",
    "Campaigners from mine-affected communities told the meeting that clearance deadlines "
    "matter most to the farmers who cannot use their land, and that survivors still wait for "
    "the help the treaty promises them in its article on victim assistance.",
    "Every other member of NATO is a State Party. About 150 states are party to the Mine Ban "
    "Treaty, said one speaker; more than 160 countries are party, said another, and the "
    "First Review Conference in Nairobi in 2005 was recalled as a turning point.",
    "The campaign asked the states that remain outside to join without delay, to destroy "
    "their stockpiles, and to report each year on what they have done, as States Parties do.",
]


def press_release(words: int = WORDS) -> str:
    text, count, i = [], 0, 0
    while count < words:
        paragraph = PARAGRAPHS[i % len(PARAGRAPHS)]
        text.append(paragraph)
        count += len(paragraph.split())
        i += 1
    return "\n\n".join(text)


def database(folder: str) -> str:
    url = f"sqlite:///{folder}/bench.sqlite3"
    env = {**os.environ, "TREATYWATCH_DATABASE_URL": url}
    for command in (["migrate", "--verbosity", "0"], ["load"]):
        subprocess.run([TREATYWATCH, *command], env=env, check=True, capture_output=True)
    return url


def timed(post, runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of each run: on a shared machine the CPU time of
    this process is what another's load does not stretch."""
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        response = post()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        assert response.status_code == 200, response.content[:300]
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=40)
    runs = parser.parse_args().runs
    text = press_release()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["TREATYWATCH_DATABASE_URL"] = database(folder)
        os.environ["DJANGO_SETTINGS_MODULE"] = "treatywatch.settings"
        import django

        django.setup()
        from django.test import Client

        from treatywatch.accounts.throttle import Throttle
        from treatywatch.claims import views

        # Every run from one address: lift the hourly limit, keep its cost (a count, a write).
        views.CHECKS = Throttle("check", 10 * runs, views.CHECKS.period)
        client = Client()
        page = lambda: client.post("/check/", {"text": text})  # noqa: E731
        body = json.dumps({"text": text})
        api = lambda: client.post("/api/v1/check", body, content_type="application/json")  # noqa: E731
        first = timed(page, 1)[0][0]
        claims = len(api().json()["claims"])
        measured = {"/check/ page": timed(page, runs), "POST /api/v1/check": timed(api, runs)}
    print(f"text: {len(text.split())} words, {len(text)} characters, {claims} claims found")
    print(f"first request (snapshot, spaCy): {first:7.1f} ms")
    for name, (wall, cpu) in measured.items():
        ninetieth = statistics.quantiles(wall, n=10)[-1]
        print(
            f"{name:<20} median {statistics.median(wall):6.1f} ms, 90th percentile "
            f"{ninetieth:6.1f} ms, CPU median {statistics.median(cpu):6.1f} ms ({runs} runs)"
        )
    print(f"target: the page under 300 ms median; load average now {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
