"""Synthetic records at k times today's size, for bench_scale.py.

`build_dataset(folder, k)` writes a dataset folder that `treatywatch validate` accepts: the
bundled files of data/, plus synthetic rows so that each scaled file holds k times its 1x
count. The states stay the ~200 of today, with their treaty actions: it is the facts about
each state that grow (events, figures, UNGA resolutions and each member's vote on them,
compliance findings, extensions, and the sources they cite). `build_changed_copy` makes a
copy with about 1% of those rows corrected or removed. The revisions and feedback messages
of size k are written straight into the database by scale_worker.py (they are not files).

The 1x count of a file is its row count in data/ today, or NOMINAL where that is larger (a
file data/ leaves empty; revisions and feedback). Compliance findings cannot grow without
end: a State Party has one deadline per obligation (and per year for annual reports), and
a source says of each at most that it was missed and then met, so they stop at every such
finding there can be (12,600 with today's parties). Synthetic rows are deterministic (a
seeded random generator), cite synthetic sources, and only ever add to the bundled rows.
"""

import csv
import random
import shutil
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from treatywatch.dataset.schema import EVENT_CATEGORIES

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "data"

# Rows at 1x where data/ has fewer (or, for revisions and feedback, where they are not files).
NOMINAL = {
    "compliance.csv": 150,
    "extensions.csv": 30,
    "revisions": 200,
    "feedback": 200,
}
# The files whose rows grow with k. Others (states, treaty actions, meetings, conflicts,
# national measures, global casualties) are kept as they are: one row per state and treaty
# at most, or not per state at all.
SCALED_FILES = (
    "sources.csv",
    "events.csv",
    "figures.csv",
    "unga_resolutions.csv",
    "unga_votes.csv",
    "compliance.csv",
    "extensions.csv",
)
SEED = 20261123
LAST_YEAR = 2025

_MEASURES = ("apm_stockpile", "apm_destroyed", "apm_retained", "cm_stockpile", "cm_destroyed")
_WORDS = (
    "antipersonnel mines stockpile destruction clearance survey contaminated area ministry "
    "defence statement parliament delegation intersessional meeting convention cluster "
    "munitions submunitions transfer export moratorium production facility training retained "
    "victims assistance report transparency deadline extension request completed programme "
    "border minefield deminers released hectares humanitarian campaign government announced "
    "committee review conference observer policy legislation adopted signed ratified"
).split()


@dataclass
class Built:
    """What build_dataset wrote: rows per file (the bundled rows included)."""

    rows: dict[str, int]


def base_counts(bundled: Path = BUNDLED) -> dict[str, int]:
    """The 1x count of every scaled thing: today's rows, or the nominal count."""
    counts = {name: len(_read(bundled / name)) for name in SCALED_FILES}
    for name, nominal in NOMINAL.items():
        counts[name] = max(counts.get(name, 0), nominal)
    return counts


def build_dataset(folder: Path, k: int, bundled: Path = BUNDLED) -> Built:
    """Write the dataset at k times today's size into `folder` (created if missing)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for path in bundled.glob("*.csv"):
        shutil.copyfile(path, folder / path.name)
    maker = _Maker(bundled, k)
    additions = {
        "sources.csv": maker.sources(),
        "unga_resolutions.csv": maker.resolutions(),
        "unga_votes.csv": maker.votes(),
        "events.csv": maker.events(),
        "figures.csv": maker.figures(),
        "compliance.csv": maker.compliance(),
        "extensions.csv": maker.extensions(),
    }
    for name, rows in additions.items():
        _append(folder / name, rows)
    return Built({path.name: len(_read(path)) for path in sorted(folder.glob("*.csv"))})


class _Maker:
    def __init__(self, bundled: Path, k: int):
        self.k, self.random = k, random.Random(SEED + k)
        self.base = base_counts(bundled)
        self.bundled = {name: _read(bundled / name) for name in SCALED_FILES}
        self.states = _read(bundled / "states.csv")
        self.actions = _read(bundled / "treaty_actions.csv")
        self._sources: list[str] = []

    def wanted(self, name: str) -> int:
        """Synthetic rows to add to reach k times the 1x count."""
        return max(0, self.base[name] * self.k - len(self.bundled[name]))

    def source(self) -> str:
        return self.random.choice(self._sources)

    def sources(self) -> list[dict]:
        rows = []
        for n in range(1, self.wanted("sources.csv") + 1):
            year = self.random.randint(1992, LAST_YEAR)
            rows.append(
                {
                    "id": f"scale-source-{n:06d}",
                    "title": f"Synthetic source {n}: {self._words(6)}",
                    "publisher": "TreatyWatch scale benchmark",
                    "published": f"{year}-{self.random.randint(1, 12):02d}",
                    "url": f"https://scale.treatywatch.test/sources/{n}",
                }
            )
        # Synthetic rows cite the synthetic sources, or at 1x (none made) the bundled ones.
        self._sources = [row["id"] for row in rows] or [
            row["id"] for row in self.bundled["sources.csv"]
        ]
        return rows

    def resolutions(self) -> list[dict]:
        """Copies of the real roll-call resolutions under new symbols, each a new year's vote
        with its own source; their votes (votes()) copy the model's roll call."""
        models = [r for r in self.bundled["unga_resolutions.csv"] if r["roll_call"] == "yes"]
        self._copies = []
        rows = []
        for n in range(self.wanted("unga_resolutions.csv")):
            model = models[n % len(models)]
            year = int(model["year"])
            symbol = f"A/RES/{year - 1945}/{1000 + n}"
            source = self.source()
            self._copies.append((symbol, model["symbol"], source))
            rows.append({**model, "symbol": symbol, "source_id": source, "date_source_id": source})
            rows[-1]["notes"] = "Synthetic: a copy of the roll call of " + model["symbol"]
        return rows

    def votes(self) -> list[dict]:
        by_symbol = defaultdict(list)
        for vote in self.bundled["unga_votes.csv"]:
            by_symbol[vote["symbol"]].append(vote)
        return [
            {**vote, "symbol": symbol, "source_id": source}
            for symbol, model, source in self._copies
            for vote in by_symbol[model]
        ]

    def events(self) -> list[dict]:
        rows = []
        for n in range(self.wanted("events.csv")):
            state = self.states[n % len(self.states)]
            rows.append(
                {
                    "id": f"scale-{state['iso3'].lower()}-{n:07d}",
                    "iso3": state["iso3"],
                    "date": self._partial_date(),
                    "category": self.random.choice(EVENT_CATEGORIES),
                    "treaty": self.random.choice(("mbt", "ccm", "")),
                    "text": f"{state['name']}: {self._words(18).capitalize()}.",
                    "source_id": self.source(),
                }
            )
        return rows

    def figures(self) -> list[dict]:
        rows = []
        for n in range(self.wanted("figures.csv")):
            state = self.states[n % len(self.states)]
            rows.append(
                {
                    "iso3": state["iso3"],
                    "as_of": self._partial_date(),
                    "measure": self.random.choice(_MEASURES),
                    "item": self.random.choice(("", "", f"Type {n % 7 + 1}")),
                    "quantity": str(self.random.randint(0, 5_000_000)),
                    "approximate": self.random.choice(("yes", "no")),
                    # One row per state, date, measure, item and source: n keeps them apart.
                    "source_id": self._sources[n % len(self._sources)],
                    "notes": "",
                }
            )
        key = ("iso3", "as_of", "measure", "item", "source_id")
        return self._unique(rows, key, self._bundled_keys("figures.csv", key))

    def compliance(self) -> list[dict]:
        """Findings on the parties' obligations, drawn from every (party, obligation, period,
        finding) there can be; both completed and missed for one deadline is allowed (missed on
        the day, met late)."""
        pool = []
        for treaty, iso3, consented in self._consents():
            first = consented.year + 1
            for obligation in ("initial_report", "stockpile_destruction", "clearance"):
                for finding in ("completed", "missed", "not_applicable"):
                    if finding != "not_applicable" or obligation != "initial_report":
                        pool.append((treaty, iso3, obligation, None, finding, first))
            for period in range(first, LAST_YEAR):
                for finding in ("completed", "missed"):
                    pool.append((treaty, iso3, "annual_report", period, finding, period + 1))
        self.random.shuffle(pool)
        taken = self._bundled_keys(
            "compliance.csv", ("treaty", "iso3", "obligation", "period", "finding")
        )
        pool = [
            fact
            for fact in pool
            if (*fact[:3], "" if fact[3] is None else str(fact[3]), fact[4]) not in taken
        ]
        return [
            {
                "treaty": treaty,
                "iso3": iso3,
                "obligation": obligation,
                "period": "" if period is None else str(period),
                "finding": finding,
                "date": f"{min(year + self.random.randint(0, 3), LAST_YEAR)}",
                "source_id": self.source(),
                "notes": "",
            }
            for treaty, iso3, obligation, period, finding, year in pool[
                : self.wanted("compliance.csv")
            ]
        ]

    def extensions(self) -> list[dict]:
        articles = {"mbt": ("5",), "ccm": ("3", "4")}
        consents = self._consents()
        rows = []
        for n in range(self.wanted("extensions.csv")):
            treaty, iso3, consented = consents[n % len(consents)]
            # Some day between the deposit and the end of the record's last year.
            span = max(1, (date(LAST_YEAR, 12, 31) - consented).days)
            granted = consented + timedelta(days=self.random.randint(1, span))
            rows.append(
                {
                    "treaty": treaty,
                    "iso3": iso3,
                    "article": self.random.choice(articles[treaty]),
                    "granted_on": granted.isoformat(),
                    "new_deadline": (granted + timedelta(days=365 * 5)).isoformat(),
                    "meeting": "",
                    "source_id": self.source(),
                }
            )
        key = ("treaty", "iso3", "article", "granted_on")
        return self._unique(rows, key, self._bundled_keys("extensions.csv", key))

    def _consents(self) -> list[tuple[str, str, date]]:
        return sorted(
            (a["treaty"], a["iso3"], date.fromisoformat(a["date"]))
            for a in self.actions
            if a["action"] == "consent"
        )

    def _partial_date(self) -> str:
        year = self.random.randint(1992, LAST_YEAR)
        precision = self.random.random()
        if precision < 0.2:
            return str(year)
        if precision < 0.4:
            return f"{year}-{self.random.randint(1, 12):02d}"
        day = date(year, 1, 1) + timedelta(days=self.random.randint(0, 364))
        return day.isoformat()

    def _words(self, count: int) -> str:
        return " ".join(self.random.choice(_WORDS) for _ in range(count))

    def _bundled_keys(self, name: str, key: tuple[str, ...]) -> set[tuple]:
        return {tuple(row[field] for field in key) for row in self.bundled[name]}

    @staticmethod
    def _unique(rows: list[dict], key: tuple[str, ...], taken: set = frozenset()) -> list[dict]:
        """The rows whose key no earlier row, and no row in `taken`, has."""
        seen, kept = set(taken), []
        for row in rows:
            name = tuple(row[field] for field in key)
            if name not in seen:
                seen.add(name)
                kept.append(row)
        return kept


def build_changed_copy(folder: Path, dest: Path, every: int = 200) -> dict[str, int]:
    """A copy of the dataset in `folder` with about one row in `every` of the per-state files
    updated and as many deleted, as a batch of editors' corrections would: the load after it
    has rows to compare, change and remove. Returns the rows changed or removed, by file."""
    dest = Path(dest)
    shutil.copytree(folder, dest, dirs_exist_ok=True)
    touched = {}
    for name, update in _UPDATES.items():
        rows = _read(dest / name)
        kept = []
        for n, row in enumerate(rows):
            if n % every == every // 2 and name in _DELETABLE:
                continue
            kept.append(update(row) if n % every == 0 else row)
        removed = len(rows) - len(kept)
        touched[name] = removed + sum(1 for n in range(0, len(rows), every))
        _rewrite(dest / name, kept)
    touched.update(_change_roll_calls(dest, every))
    return touched


def _change_roll_calls(dest: Path, every: int) -> dict[str, int]:
    """Some roll calls become partial: a quarter of their votes dropped, a quarter of the
    yes votes now 'absent' (a partial roll call stays within the recorded totals)."""
    resolutions = _read(dest / "unga_resolutions.csv")
    roll_calls = [r for r in resolutions if r["roll_call"] == "yes"]
    partial = {r["symbol"] for r in roll_calls[:: max(1, every // 4)]}
    for row in resolutions:
        if row["symbol"] in partial:
            row["roll_call"] = "partial"
    votes, kept, touched = _read(dest / "unga_votes.csv"), [], 0
    for n, vote in enumerate(votes):
        if vote["symbol"] in partial and n % 4 == 0:
            touched += 1
            continue
        if vote["symbol"] in partial and n % 4 == 1 and vote["vote"] == "yes":
            vote, touched = {**vote, "vote": "absent"}, touched + 1
        kept.append(vote)
    _rewrite(dest / "unga_resolutions.csv", resolutions)
    _rewrite(dest / "unga_votes.csv", kept)
    return {"unga_resolutions.csv": len(partial), "unga_votes.csv": touched}


_UPDATES = {
    "events.csv": lambda row: {**row, "text": row["text"] + " (Corrected wording.)"},
    "figures.csv": lambda row: {**row, "quantity": str(int(row["quantity"]) + 1)},
    "compliance.csv": lambda row: {**row, "notes": "Corrected after review."},
    "extensions.csv": lambda row: {
        **row,
        "new_deadline": (date.fromisoformat(row["new_deadline"]) + timedelta(days=1)).isoformat(),
    },
}
_DELETABLE = ("events.csv", "compliance.csv", "extensions.csv")


def _rewrite(path: Path, rows: list[dict]) -> None:
    with path.open(newline="", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _read(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _append(path: Path, rows: list[dict]) -> None:
    if not rows:
        return
    with path.open(newline="", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    with path.open("a", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, header, lineterminator="\n", restval="")
        writer.writerows(rows)
