"""How long the annual report takes: the whole `treatywatch report --out FILE.pdf` command
(start-up included) for a sample of years, and, in one process, each step of the PDF (CPU time): the
figures from the record, the HTML, and WeasyPrint's layout. Target: the PDF under 10 s. Prints wall-clock
and CPU seconds: on a shared machine the CPU time is the steadier figure.

Loads the bundled dataset into a fresh SQLite database first."""

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

TREATYWATCH = str(Path(sys.executable).parent / "treatywatch")
YEARS = (1999, 2009, 2025)
RUNS = 3


def timed(args, env) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one command: on a shared machine the CPU time is the
    steadier figure."""
    before = _children_cpu()
    start = time.perf_counter()
    subprocess.run([TREATYWATCH, *args], env=env, check=True, capture_output=True)
    return time.perf_counter() - start, _children_cpu() - before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def steps(year: int) -> tuple[float, float, float]:
    """Seconds to compute the figures, render the HTML and lay out the PDF, in-process."""
    from django.template.loader import render_to_string

    from treatywatch.reports import document
    from treatywatch.reports.pdf import html_to_pdf

    day = date(year, 12, 31)
    start = time.process_time()
    context = document.report_context(year, day)
    figured = time.process_time()
    html = render_to_string("reports/report_print.html", context)
    rendered = time.process_time()
    html_to_pdf(html, "http://localhost/")
    return figured - start, rendered - figured, time.process_time() - rendered


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "TREATYWATCH_DATABASE_URL": f"sqlite:///{folder}/bench.sqlite3"}
        timed(["migrate", "--verbosity", "0"], env)
        timed(["load"], env)
        for year in YEARS:
            out = f"{folder}/report-{year}.pdf"
            runs = [timed(["report", "--year", str(year), "--out", out], env) for _ in range(RUNS)]
            wall, cpu = (statistics.median(column) for column in zip(*runs))
            size = Path(out).stat().st_size // 1024
            print(
                f"treatywatch report --year {year} --out report.pdf: {wall:5.2f} s wall, "
                f"{cpu:5.2f} s CPU (medians of {RUNS}; {size} KiB; target under 10 s)"
            )
        os.environ.update(env, DJANGO_SETTINGS_MODULE="treatywatch.settings")
        import django

        django.setup()
        for year in YEARS:
            runs = [steps(year) for _ in range(RUNS)]
            figures, html, pdf = (statistics.median(column) for column in zip(*runs))
            print(
                f"{year} in-process CPU: figures {figures:5.2f} s, HTML {html:5.2f} s, "
                f"PDF layout {pdf:5.2f} s"
            )


if __name__ == "__main__":
    main()
