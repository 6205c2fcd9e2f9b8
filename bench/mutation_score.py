"""The mutation score of the engine after `mutmut run` (see `make mutation`): mutants killed
out of all mutants made, and the ones that survived. Exits 1 below the minimum (90%), so
a drop shows. Run from the repository root: python bench/mutation_score.py [--minimum 90]
"""

import argparse
import json
import subprocess
import sys
from pathlib import Path

STATS = Path("mutants/mutmut-cicd-stats.json")
MUTMUT = Path(sys.executable).with_name("mutmut")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minimum", type=float, default=90.0, help="percent killed (90)")
    minimum = parser.parse_args().minimum
    subprocess.run([MUTMUT, "export-cicd-stats"], check=True, stdout=subprocess.DEVNULL)
    stats = json.loads(STATS.read_text(encoding="utf-8"))
    score = 100 * stats["killed"] / stats["total"]
    print(f"killed {stats['killed']} of {stats['total']} mutants: {score:.1f}%")
    others = ("survived", "no_tests", "timeout", "suspicious", "skipped", "segfault")
    print(", ".join(f"{name} {stats[name]}" for name in others))
    # Every mutant not killed, by name; `mutmut show NAME` prints its diff.
    subprocess.run([MUTMUT, "results"], check=True)
    if score < minimum:
        print(f"below the minimum of {minimum:.0f}%: kill the survivors that change behaviour")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
