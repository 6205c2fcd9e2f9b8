"""How fast the treaty engine answers, on the Mine Ban Treaty record of the test fixtures.

Prints the median time of `statuses_on` for every state on one date, and the time of
`daily_counts` over 1997-12-03..2026-12-31 (a sweep over the change dates) against a
naive recount with `counts_on` for every day, both measured in this run. Figures only:
nothing here asserts on time. Run from the repository root: python bench/bench_engine.py
"""

import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from treatywatch.treaties import MBT, TreatyRecord  # noqa: E402
from treatywatch.treaties.participation_csv import (  # noqa: E402
    read_iso3_codes,
    read_participations,
)

FIXTURES = REPO / "tests" / "treaties" / "fixtures"
START, END = date(1997, 12, 3), date(2026, 12, 31)
ONE_DAY = date(2009, 11, 30)
STATUS_RUNS = 200
SERIES_RUNS = 5
NAIVE_RUNS = 3


def mbt_record() -> TreatyRecord:
    with open(FIXTURES / "mbt_participation.csv", encoding="utf-8", newline="") as lines:
        participations = read_participations(lines)
    with open(FIXTURES / "mbt_nonparties.csv", encoding="utf-8", newline="") as lines:
        nonparties = read_iso3_codes(lines)
    return TreatyRecord(MBT, participations, nonparties)


def median_ms(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def naive_daily_counts(record: TreatyRecord) -> list:
    days = (START + timedelta(days=n) for n in range((END - START).days + 1))
    return [(day, record.counts_on(day)) for day in days]


def main() -> None:
    record = mbt_record()
    days = (END - START).days + 1
    statuses = median_ms(lambda: record.statuses_on(ONE_DAY), STATUS_RUNS)
    sweep = median_ms(lambda: record.daily_counts(START, END), SERIES_RUNS)
    naive = median_ms(lambda: naive_daily_counts(record), NAIVE_RUNS)
    same = record.daily_counts(START, END) == naive_daily_counts(record)
    print(
        f"Mine Ban Treaty record: {len(record.states)} states, "
        f"{len(record.change_dates())} change dates, {days} days"
    )
    print(f"{'measure':<44}{'median ms':>12}")
    print(f"{'statuses_on, every state, ' + ONE_DAY.isoformat():<44}{statuses:>12.3f}")
    print(f"{'daily_counts (sweep), ' + str(days) + ' days':<44}{sweep:>12.1f}")
    print(f"{'naive recount, counts_on per day':<44}{naive:>12.1f}")
    print(f"{'ratio naive / sweep':<44}{naive / sweep:>12.1f}")
    print(f"sweep and recount agree on every day: {same}")


if __name__ == "__main__":
    main()
